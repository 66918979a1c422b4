#pragma once

#include <QList>
#include <QString>

namespace boxoffice {

/// One thing wrong with (or lost from) a seat plan, and where: `path` is a JSON-ish path into
/// the plan or file ("seats[12].category"), empty for the file as a whole.
struct PlanProblem
{
    QString path;
    QString message;

    /// "seats[12].category: unknown category "vip"".
    QString toString() const;

    friend bool operator==(const PlanProblem &, const PlanProblem &) = default;
};

} // namespace boxoffice
