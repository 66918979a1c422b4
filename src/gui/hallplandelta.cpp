#include "hallplandelta.h"

namespace boxoffice {

bool HallPlanDelta::isEmpty() const
{
    return changed.isEmpty() && removed.isEmpty() && appended.isEmpty() && !categories && !stage;
}

void HallPlanDelta::apply(HallPlan &plan) const
{
    for (const SeatChange &change : changed)
        plan.seats[change.index] = change.after;
    if (!removed.isEmpty()) {
        QList<HallPlanSeat> kept;
        kept.reserve(plan.seats.size() - removed.size());
        auto next = removed.cbegin();
        for (qsizetype i = 0; i < plan.seats.size(); ++i) {
            if (next != removed.cend() && next->first == i)
                ++next;
            else
                kept.append(plan.seats.at(i));
        }
        plan.seats = std::move(kept);
    }
    plan.seats.append(appended);
    if (categories)
        plan.categories = categories->second;
    if (stage)
        plan.stage = stage->second;
}

void HallPlanDelta::revert(HallPlan &plan) const
{
    plan.seats.resize(plan.seats.size() - appended.size());
    if (!removed.isEmpty()) {
        QList<HallPlanSeat> restored;
        restored.reserve(plan.seats.size() + removed.size());
        auto next = removed.cbegin();
        qsizetype kept = 0;
        while (kept < plan.seats.size() || next != removed.cend()) {
            if (next != removed.cend() && next->first == restored.size())
                restored.append((next++)->second);
            else
                restored.append(plan.seats.at(kept++));
        }
        plan.seats = std::move(restored);
    }
    for (const SeatChange &change : changed)
        plan.seats[change.index] = change.before;
    if (categories)
        plan.categories = categories->first;
    if (stage)
        plan.stage = stage->first;
}

} // namespace boxoffice
