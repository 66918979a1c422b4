#pragma once

#include "hallplan.h"
#include "hallplandelta.h"
#include "hallplangenerator.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUndoStack>

#include <functional>

namespace boxoffice {

/// The hall designer's document: the plan being edited, its selection and focus seat, and every
/// edit as an undo step on one QUndoStack. Widgets show it and call its edits; it knows no widget.
/// Selection and focus hold seat guids, so that they survive edits that shift indices.
class HallPlanEditor final : public QObject
{
    Q_OBJECT

public:
    explicit HallPlanEditor(QObject *parent = nullptr);

    const HallPlan &plan() const { return m_plan; }
    /// Starts afresh with `plan`: no undo history, nothing selected.
    void setPlan(const HallPlan &plan);
    QUndoStack *undoStack() { return &m_undoStack; }

    /// -1 for a guid the plan does not hold.
    qsizetype indexOf(const QString &guid) const { return m_indexOfGuid.value(guid, -1); }

    const QSet<QString> &selection() const { return m_selection; }
    bool isSelected(const QString &guid) const { return m_selection.contains(guid); }
    /// Ascending.
    QList<qsizetype> selectedIndices() const;
    void setSelection(const QSet<QString> &guids);
    void selectAll();
    QString focusSeat() const { return m_focusSeat; }
    void setFocusSeat(const QString &guid);

    // Edits. Each is one undo step; those that can be refused say why (empty when done).
    void generate(const HallPlanGeneratorOptions &options);
    void replacePlan(const HallPlan &plan, const QString &undoText);
    QString setCategoryOfSelection(const QString &categoryKey);
    /// Unmarking a wheelchair space also frees its companion seats.
    QString setWheelchairOfSelection(bool wheelchairSpace);
    /// The selection holds one wheelchair space; the other selected seats become its companions.
    QString markCompanionsOfSelection();
    QString clearCompanionsOfSelection();
    /// Whether the selected seats are kept back for the counter in every new show of the hall.
    QString setHouseSeatOfSelection(bool houseSeat);
    /// A seat to the right of the focus seat (or of the rightmost seat), in its row and category.
    QString addSeat();
    /// A row behind the last one, with the last row's seats, numbers and category, and the next free label.
    QString addRow();
    QString deleteSelection();
    /// Seats of one drag pass the same non-zero `dragKey` and become one undo step.
    QString moveSelection(QPointF offset, int dragKey = 0);
    QString relabelSeat(const QString &guid, const QString &rowLabel, const QString &number);
    /// Gives every seat of the row the selection lies in the label `rowLabel`.
    QString relabelRowOfSelection(const QString &rowLabel);
    /// Numbers the seats of each row the selection touches afresh, by their x.
    QString renumberRowsOfSelection(SeatNumbering numbering);
    void setStage(std::optional<QPointF> stage);

    /// The new category's key, derived from the name and unique in the hall.
    QString addCategory(const QString &name, const QString &colour);
    QString renameCategory(const QString &key, const QString &name);
    QString recolourCategory(const QString &key, const QString &colour);
    /// Refused while seats use the category.
    QString removeCategory(const QString &key);

    /// For the undo steps only.
    void applyDelta(const HallPlanDelta &delta, bool forward);
    void putPlan(const HallPlan &plan);

signals:
    void planChanged();
    void selectionChanged();

private:
    QString pushSeatChanges(const QList<qsizetype> &indices, const std::function<void(HallPlanSeat &)> &change,
                            const QString &text, int mergeKey = 0);
    QString pushCategories(QList<HallCategory> categories, const QString &text);
    void planWasChanged();

    HallPlan m_plan;
    QHash<QString, qsizetype> m_indexOfGuid;
    QSet<QString> m_selection;
    QString m_focusSeat;
    QUndoStack m_undoStack;
};

} // namespace boxoffice
