#pragma once

#include "hallplan.h"
#include "planproblem.h"

namespace boxoffice {

/// Everything that keeps a plan from being saved, each with the path of the field at fault: a
/// name, at least one seat, unique category keys, seat guids and labels, a known category for
/// every seat, companion seats of existing wheelchair spaces, positions within range.
QList<PlanProblem> validateHallPlan(const HallPlan &plan);

} // namespace boxoffice
