#include "planproblem.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

QString PlanProblem::toString() const
{
    return path.isEmpty() ? message : u"%1: %2"_s.arg(path, message);
}

} // namespace boxoffice
