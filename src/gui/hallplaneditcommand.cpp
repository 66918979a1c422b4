#include "hallplaneditcommand.h"
#include "hallplaneditor.h"

namespace boxoffice {

namespace {

constexpr int mergeableId = 1;

bool sameSeats(const QList<HallPlanDelta::SeatChange> &a, const QList<HallPlanDelta::SeatChange> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const auto &x, const auto &y) { return x.index == y.index; });
}

} // namespace

HallPlanEditCommand::HallPlanEditCommand(HallPlanEditor *editor, HallPlanDelta delta, const QString &text,
                                         int mergeKey)
    : m_editor(editor), m_delta(std::move(delta)), m_mergeKey(mergeKey)
{
    setText(text);
}

void HallPlanEditCommand::redo()
{
    m_editor->applyDelta(m_delta, true);
}

void HallPlanEditCommand::undo()
{
    m_editor->applyDelta(m_delta, false);
}

int HallPlanEditCommand::id() const
{
    return m_mergeKey != 0 ? mergeableId : -1;
}

bool HallPlanEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const HallPlanEditCommand *>(other);
    const bool onlySeatChanges = m_delta.removed.isEmpty() && m_delta.appended.isEmpty() && !m_delta.categories
                                 && !m_delta.stage && next->m_delta.removed.isEmpty()
                                 && next->m_delta.appended.isEmpty() && !next->m_delta.categories
                                 && !next->m_delta.stage;
    if (next->m_mergeKey != m_mergeKey || !onlySeatChanges || !sameSeats(m_delta.changed, next->m_delta.changed))
        return false;
    for (qsizetype i = 0; i < m_delta.changed.size(); ++i)
        m_delta.changed[i].after = next->m_delta.changed.at(i).after;
    return true;
}

} // namespace boxoffice
