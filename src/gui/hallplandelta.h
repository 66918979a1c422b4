#pragma once

#include "hallplan.h"

#include <optional>
#include <utility>

namespace boxoffice {

/// One edit of a hall plan as what it changes, so that an undo step keeps only the seats it
/// touched: a whole-plan copy per step would hold a megabyte for every move in a 5,000-seat hall.
struct HallPlanDelta
{
    struct SeatChange
    {
        /// Index into the plan before the edit.
        qsizetype index = 0;
        HallPlanSeat before;
        HallPlanSeat after;
    };

    QList<SeatChange> changed;
    /// Ascending indices into the plan once `changed` is applied, with the seats they held.
    QList<std::pair<qsizetype, HallPlanSeat>> removed;
    /// Seats added at the end, after the removal.
    QList<HallPlanSeat> appended;
    /// The categories before and after, when the edit changes them.
    std::optional<std::pair<QList<HallCategory>, QList<HallCategory>>> categories;
    /// The stage before and after, when the edit moves it.
    std::optional<std::pair<std::optional<QPointF>, std::optional<QPointF>>> stage;

    bool isEmpty() const;
    /// Both linear in the number of seats, however many are removed or restored.
    void apply(HallPlan &plan) const;
    void revert(HallPlan &plan) const;
};

} // namespace boxoffice
