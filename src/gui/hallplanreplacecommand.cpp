#include "hallplanreplacecommand.h"
#include "hallplaneditor.h"

namespace boxoffice {

HallPlanReplaceCommand::HallPlanReplaceCommand(HallPlanEditor *editor, HallPlan before, HallPlan after,
                                               const QString &text)
    : m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void HallPlanReplaceCommand::redo()
{
    m_editor->putPlan(m_after);
}

void HallPlanReplaceCommand::undo()
{
    m_editor->putPlan(m_before);
}

} // namespace boxoffice
