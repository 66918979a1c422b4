#include "hallplaneditor.h"
#include "hallplaneditcommand.h"
#include "hallplanreplacecommand.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

bool isColour(const QString &colour)
{
    static const QRegularExpression pattern(u"^#[0-9a-fA-F]{6}$"_s);
    return pattern.match(colour).hasMatch();
}

/// The first label of the labelling the plan's rows use that no row has yet.
QString nextRowLabel(const HallPlan &plan)
{
    QSet<QString> used;
    bool numbers = !plan.seats.isEmpty();
    for (const HallPlanSeat &seat : plan.seats) {
        used.insert(seat.rowLabel);
        bool isNumber = false;
        seat.rowLabel.toInt(&isNumber);
        numbers = numbers && isNumber;
    }
    const RowLabelling labelling = numbers ? RowLabelling::Numbers : RowLabelling::Letters;
    const int count = int(used.size()) + 1;
    for (const QString &label : HallPlanGenerator::rowLabels(count, labelling, u"IO"_s)) {
        if (!used.contains(label))
            return label;
    }
    return QString::number(count);
}

} // namespace

HallPlanEditor::HallPlanEditor(QObject *parent) : QObject(parent)
{
}

void HallPlanEditor::setPlan(const HallPlan &plan)
{
    m_undoStack.clear();
    m_selection.clear();
    m_focusSeat.clear();
    putPlan(plan);
    m_undoStack.setClean();
}

QList<qsizetype> HallPlanEditor::selectedIndices() const
{
    QList<qsizetype> indices;
    indices.reserve(m_selection.size());
    for (const QString &guid : m_selection) {
        if (const qsizetype index = indexOf(guid); index >= 0)
            indices.append(index);
    }
    std::sort(indices.begin(), indices.end());
    return indices;
}

void HallPlanEditor::setSelection(const QSet<QString> &guids)
{
    if (guids == m_selection)
        return;
    m_selection = guids;
    emit selectionChanged();
}

void HallPlanEditor::selectAll()
{
    QSet<QString> all;
    all.reserve(m_plan.seats.size());
    for (const HallPlanSeat &seat : std::as_const(m_plan.seats))
        all.insert(seat.guid);
    setSelection(all);
}

void HallPlanEditor::setFocusSeat(const QString &guid)
{
    if (guid == m_focusSeat)
        return;
    m_focusSeat = guid;
    emit selectionChanged();
}

void HallPlanEditor::generate(const HallPlanGeneratorOptions &options)
{
    HallPlanGeneratorOptions withName = options;
    if (withName.hallName.isEmpty())
        withName.hallName = m_plan.name;
    replacePlan(HallPlanGenerator(withName).generate(), tr("Generate hall"));
}

void HallPlanEditor::replacePlan(const HallPlan &plan, const QString &undoText)
{
    m_undoStack.push(new HallPlanReplaceCommand(this, m_plan, plan, undoText));
}

QString HallPlanEditor::pushSeatChanges(const QList<qsizetype> &indices,
                                        const std::function<void(HallPlanSeat &)> &change, const QString &text,
                                        int mergeKey)
{
    HallPlanDelta delta;
    delta.changed.reserve(indices.size());
    for (const qsizetype index : indices) {
        HallPlanSeat after = m_plan.seats.at(index);
        change(after);
        if (!(after == m_plan.seats.at(index)))
            delta.changed.append({index, m_plan.seats.at(index), std::move(after)});
    }
    if (delta.changed.isEmpty())
        return tr("Nothing to change.");
    m_undoStack.push(new HallPlanEditCommand(this, std::move(delta), text, mergeKey));
    return {};
}

QString HallPlanEditor::setCategoryOfSelection(const QString &categoryKey)
{
    if (!m_plan.category(categoryKey))
        return tr("The hall has no category \"%1\".").arg(categoryKey);
    if (m_selection.isEmpty())
        return tr("Select the seats first.");
    return pushSeatChanges(
        selectedIndices(), [&](HallPlanSeat &seat) { seat.category = categoryKey; },
        tr("Set category of %n seat(s)", nullptr, int(m_selection.size())));
}

QString HallPlanEditor::setWheelchairOfSelection(bool wheelchairSpace)
{
    if (m_selection.isEmpty())
        return tr("Select the seats first.");
    QList<qsizetype> indices = selectedIndices();
    if (!wheelchairSpace) {
        // Companions of spaces that stop being spaces would point at nothing valid.
        for (qsizetype i = 0; i < m_plan.seats.size(); ++i) {
            if (m_selection.contains(m_plan.seats.at(i).companionOf))
                indices.append(i);
        }
        std::sort(indices.begin(), indices.end());
        indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    }
    return pushSeatChanges(
        indices,
        [&](HallPlanSeat &seat) {
            if (m_selection.contains(seat.guid)) {
                seat.wheelchairSpace = wheelchairSpace;
                if (wheelchairSpace)
                    seat.companionOf.clear();
            } else {
                seat.companionOf.clear();
            }
        },
        wheelchairSpace ? tr("Mark wheelchair space") : tr("Unmark wheelchair space"));
}

QString HallPlanEditor::setHouseSeatOfSelection(bool houseSeat)
{
    if (m_selection.isEmpty())
        return tr("Select the seats first.");
    return pushSeatChanges(
        selectedIndices(), [houseSeat](HallPlanSeat &seat) { seat.houseSeat = houseSeat; },
        houseSeat ? tr("Mark house seats") : tr("Unmark house seats"));
}

QString HallPlanEditor::markCompanionsOfSelection()
{
    const QList<qsizetype> indices = selectedIndices();
    QString space;
    for (const qsizetype index : indices) {
        if (m_plan.seats.at(index).wheelchairSpace) {
            if (!space.isEmpty())
                return tr("Select one wheelchair space and its companion seats, not several spaces.");
            space = m_plan.seats.at(index).guid;
        }
    }
    if (space.isEmpty() || indices.size() < 2)
        return tr("Select one wheelchair space and its companion seats.");
    return pushSeatChanges(
        indices,
        [&](HallPlanSeat &seat) {
            if (seat.guid != space)
                seat.companionOf = space;
        },
        tr("Mark companion seats"));
}

QString HallPlanEditor::clearCompanionsOfSelection()
{
    if (m_selection.isEmpty())
        return tr("Select the seats first.");
    return pushSeatChanges(
        selectedIndices(), [](HallPlanSeat &seat) { seat.companionOf.clear(); }, tr("Unmark companion seats"));
}

QString HallPlanEditor::addSeat()
{
    HallPlanSeat seat;
    qsizetype besideIndex = indexOf(m_focusSeat);
    if (besideIndex < 0 && !m_plan.seats.isEmpty()) {
        besideIndex = std::max_element(m_plan.seats.cbegin(), m_plan.seats.cend(), [](const auto &a, const auto &b) {
                          return a.position.x() < b.position.x();
                      }) - m_plan.seats.cbegin();
    }
    if (besideIndex >= 0) {
        const HallPlanSeat &beside = m_plan.seats.at(besideIndex);
        seat.rowLabel = beside.rowLabel;
        seat.category = beside.category;
        seat.position = beside.position + QPointF(1.0, 0.0);
        int highest = 0;
        for (const HallPlanSeat &other : std::as_const(m_plan.seats)) {
            if (other.rowLabel == beside.rowLabel)
                highest = std::max(highest, other.number.toInt());
        }
        seat.number = QString::number(highest + 1);
    } else {
        seat.rowLabel = u"A"_s;
        seat.number = u"1"_s;
        seat.category = m_plan.categories.isEmpty() ? QString() : m_plan.categories.first().key;
    }
    seat.guid = HallPlanSeat::newGuids(1).constFirst();
    HallPlanDelta delta;
    delta.appended.append(seat);
    m_undoStack.push(new HallPlanEditCommand(this, std::move(delta), tr("Add seat %1").arg(seat.label())));
    setSelection({seat.guid});
    setFocusSeat(seat.guid);
    return {};
}

QString HallPlanEditor::addRow()
{
    if (m_plan.seats.isEmpty())
        return addSeat();
    const auto last = std::max_element(m_plan.seats.cbegin(), m_plan.seats.cend(), [](const auto &a, const auto &b) {
        return a.position.y() < b.position.y();
    });
    const QString lastRow = last->rowLabel;
    const QString label = nextRowLabel(m_plan);
    HallPlanDelta delta;
    for (const HallPlanSeat &seat : std::as_const(m_plan.seats)) {
        if (seat.rowLabel != lastRow)
            continue;
        HallPlanSeat added = seat;
        added.rowLabel = label;
        added.position += QPointF(0.0, 1.0);
        added.wheelchairSpace = false;
        added.companionOf.clear();
        added.houseSeat = false;
        delta.appended.append(added);
    }
    const QStringList guids = HallPlanSeat::newGuids(delta.appended.size());
    QSet<QString> added;
    for (qsizetype i = 0; i < delta.appended.size(); ++i) {
        delta.appended[i].guid = guids.at(i);
        added.insert(guids.at(i));
    }
    m_undoStack.push(new HallPlanEditCommand(this, std::move(delta), tr("Add row %1").arg(label)));
    setSelection(added);
    return {};
}

QString HallPlanEditor::deleteSelection()
{
    const QList<qsizetype> indices = selectedIndices();
    if (indices.isEmpty())
        return tr("Select the seats first.");
    HallPlanDelta delta;
    for (qsizetype i = 0; i < m_plan.seats.size(); ++i) {
        const HallPlanSeat &seat = m_plan.seats.at(i);
        if (!seat.companionOf.isEmpty() && m_selection.contains(seat.companionOf) && !m_selection.contains(seat.guid)) {
            HallPlanSeat freed = seat;
            freed.companionOf.clear();
            delta.changed.append({i, seat, freed});
        }
    }
    for (const qsizetype index : indices)
        delta.removed.append({index, m_plan.seats.at(index)});
    m_undoStack.push(
        new HallPlanEditCommand(this, std::move(delta), tr("Delete %n seat(s)", nullptr, int(indices.size()))));
    return {};
}

QString HallPlanEditor::moveSelection(QPointF offset, int dragKey)
{
    if (m_selection.isEmpty())
        return tr("Select the seats first.");
    return pushSeatChanges(
        selectedIndices(), [&](HallPlanSeat &seat) { seat.position += offset; },
        tr("Move %n seat(s)", nullptr, int(m_selection.size())), dragKey);
}

QString HallPlanEditor::relabelSeat(const QString &guid, const QString &rowLabel, const QString &number)
{
    const qsizetype index = indexOf(guid);
    if (index < 0)
        return tr("Select one seat first.");
    if (rowLabel.trimmed().isEmpty() || number.trimmed().isEmpty())
        return tr("A seat needs a row label and a number.");
    return pushSeatChanges(
        {index},
        [&](HallPlanSeat &seat) {
            seat.rowLabel = rowLabel.trimmed();
            seat.number = number.trimmed();
        },
        tr("Relabel seat"));
}

QString HallPlanEditor::relabelRowOfSelection(const QString &rowLabel)
{
    const QList<qsizetype> indices = selectedIndices();
    if (indices.isEmpty())
        return tr("Select a seat of the row first.");
    const QString oldLabel = m_plan.seats.at(indices.first()).rowLabel;
    for (const qsizetype index : indices) {
        if (m_plan.seats.at(index).rowLabel != oldLabel)
            return tr("The selection spans several rows; select seats of one row.");
    }
    if (rowLabel.trimmed().isEmpty())
        return tr("A row needs a label.");
    QList<qsizetype> row;
    for (qsizetype i = 0; i < m_plan.seats.size(); ++i) {
        if (m_plan.seats.at(i).rowLabel == oldLabel)
            row.append(i);
    }
    return pushSeatChanges(
        row, [&](HallPlanSeat &seat) { seat.rowLabel = rowLabel.trimmed(); },
        tr("Relabel row %1 as %2").arg(oldLabel, rowLabel.trimmed()));
}

QString HallPlanEditor::renumberRowsOfSelection(SeatNumbering numbering)
{
    if (m_selection.isEmpty())
        return tr("Select a seat of each row first.");
    QSet<QString> rows;
    for (const qsizetype index : selectedIndices())
        rows.insert(m_plan.seats.at(index).rowLabel);
    QHash<QString, QList<qsizetype>> seatsOfRow;
    for (qsizetype i = 0; i < m_plan.seats.size(); ++i) {
        if (rows.contains(m_plan.seats.at(i).rowLabel))
            seatsOfRow[m_plan.seats.at(i).rowLabel].append(i);
    }
    QHash<QString, QString> numberOfGuid;
    QList<qsizetype> indices;
    for (QList<qsizetype> &row : seatsOfRow) {
        std::stable_sort(row.begin(), row.end(), [&](qsizetype a, qsizetype b) {
            return m_plan.seats.at(a).position.x() < m_plan.seats.at(b).position.x();
        });
        const QList<int> rowNumbers = HallPlanGenerator::seatNumbers(int(row.size()), numbering);
        for (qsizetype i = 0; i < row.size(); ++i)
            numberOfGuid.insert(m_plan.seats.at(row.at(i)).guid, QString::number(rowNumbers.at(i)));
        indices.append(row);
    }
    std::sort(indices.begin(), indices.end());
    return pushSeatChanges(
        indices, [&](HallPlanSeat &seat) { seat.number = numberOfGuid.value(seat.guid); },
        tr("Renumber %n row(s)", nullptr, int(rows.size())));
}

void HallPlanEditor::setStage(std::optional<QPointF> stage)
{
    HallPlanDelta delta;
    delta.stage = {m_plan.stage, stage};
    m_undoStack.push(new HallPlanEditCommand(this, std::move(delta), tr("Set stage position")));
}

QString HallPlanEditor::pushCategories(QList<HallCategory> categories, const QString &text)
{
    HallPlanDelta delta;
    delta.categories = {m_plan.categories, std::move(categories)};
    m_undoStack.push(new HallPlanEditCommand(this, std::move(delta), text));
    return {};
}

QString HallPlanEditor::addCategory(const QString &name, const QString &colour)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || !isColour(colour))
        return {};
    QString base = trimmed.toLower();
    base.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    if (base.isEmpty() || base == u"-"_s)
        base = u"category"_s;
    QString key = base;
    for (int suffix = 2; m_plan.category(key); ++suffix)
        key = base + u'-' + QString::number(suffix);
    QList<HallCategory> categories = m_plan.categories;
    categories.append({key, trimmed, colour.toLower()});
    pushCategories(std::move(categories), tr("Add category %1").arg(trimmed));
    return key;
}

QString HallPlanEditor::renameCategory(const QString &key, const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A category needs a name.");
    QList<HallCategory> categories = m_plan.categories;
    for (HallCategory &category : categories) {
        if (category.key == key) {
            category.name = name.trimmed();
            return pushCategories(std::move(categories), tr("Rename category"));
        }
    }
    return tr("The hall has no category \"%1\".").arg(key);
}

QString HallPlanEditor::recolourCategory(const QString &key, const QString &colour)
{
    if (!isColour(colour))
        return tr("\"%1\" is not a colour of the form #rrggbb.").arg(colour);
    QList<HallCategory> categories = m_plan.categories;
    for (HallCategory &category : categories) {
        if (category.key == key) {
            category.colour = colour.toLower();
            return pushCategories(std::move(categories), tr("Recolour category"));
        }
    }
    return tr("The hall has no category \"%1\".").arg(key);
}

QString HallPlanEditor::removeCategory(const QString &key)
{
    const qsizetype users = std::count_if(m_plan.seats.cbegin(), m_plan.seats.cend(),
                                          [&](const HallPlanSeat &seat) { return seat.category == key; });
    const HallCategory *category = m_plan.category(key);
    if (!category)
        return tr("The hall has no category \"%1\".").arg(key);
    if (users > 0)
        return tr("%n seat(s) still use the category %1; give them another one first.", nullptr, int(users))
            .arg(category->name);
    QList<HallCategory> categories = m_plan.categories;
    categories.removeIf([&](const HallCategory &c) { return c.key == key; });
    return pushCategories(std::move(categories), tr("Remove category"));
}

void HallPlanEditor::applyDelta(const HallPlanDelta &delta, bool forward)
{
    if (forward)
        delta.apply(m_plan);
    else
        delta.revert(m_plan);
    planWasChanged();
}

void HallPlanEditor::putPlan(const HallPlan &plan)
{
    m_plan = plan;
    planWasChanged();
}

void HallPlanEditor::planWasChanged()
{
    m_indexOfGuid.clear();
    m_indexOfGuid.reserve(m_plan.seats.size());
    for (qsizetype i = 0; i < m_plan.seats.size(); ++i)
        m_indexOfGuid.insert(m_plan.seats.at(i).guid, i);
    emit planChanged();
    const bool selectionGone = std::any_of(m_selection.cbegin(), m_selection.cend(),
                                           [&](const QString &guid) { return !m_indexOfGuid.contains(guid); });
    if (selectionGone || (!m_focusSeat.isEmpty() && !m_indexOfGuid.contains(m_focusSeat))) {
        m_selection.removeIf([&](const QString &guid) { return !m_indexOfGuid.contains(guid); });
        if (!m_indexOfGuid.contains(m_focusSeat))
            m_focusSeat.clear();
        emit selectionChanged();
    }
}

} // namespace boxoffice
