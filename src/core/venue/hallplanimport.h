#pragma once

#include "hallplan.h"
#include "planproblem.h"

namespace boxoffice {

/// What reading a plan file gives: the plan when `errors` is empty, and in any case what was
/// wrong (`errors`) or could not be carried over (`warnings`), each with its path in the file.
struct HallPlanImport
{
    HallPlan plan;
    QList<PlanProblem> errors;
    QList<PlanProblem> warnings;

    bool ok() const { return errors.isEmpty(); }
};

} // namespace boxoffice
