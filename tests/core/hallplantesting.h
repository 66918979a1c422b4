#pragma once

#include "hallplangenerator.h"
#include "planproblem.h"

#include <QStringList>

namespace boxoffice::testing {

/// Two rows (A, B) of three seats, categories "stalls" (every seat) and "box".
inline HallPlanGeneratorOptions smallHall()
{
    using namespace Qt::StringLiterals;
    HallPlanGeneratorOptions options;
    options.hallName = u"Studio"_s;
    options.rows = 2;
    options.seatsPerRow = 3;
    options.categories = {{u"stalls"_s, u"Stalls"_s, u"#336699"_s}, {u"box"_s, u"Box"_s, u"#993366"_s}};
    return options;
}

/// "path: message" of each problem, for comparing whole lists.
inline QStringList problemTexts(const QList<PlanProblem> &problems)
{
    QStringList texts;
    for (const PlanProblem &problem : problems)
        texts.append(problem.toString());
    return texts;
}

} // namespace boxoffice::testing
