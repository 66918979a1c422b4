#include "hallplanvalidator.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

QString seatPath(qsizetype index, QStringView field)
{
    return u"seats[%1].%2"_s.arg(index).arg(field);
}

bool withinRange(double coordinate)
{
    return std::isfinite(coordinate) && std::abs(coordinate) <= maxPlanCoordinate;
}

void validateCategories(const HallPlan &plan, QList<PlanProblem> &problems)
{
    QHash<QString, qsizetype> keys;
    for (qsizetype i = 0; i < plan.categories.size(); ++i) {
        const HallCategory &category = plan.categories.at(i);
        const QString path = u"categories[%1]"_s.arg(i);
        if (category.key.isEmpty())
            problems.append({path + u".key", u"a category needs a key"_s});
        else if (const auto earlier = keys.constFind(category.key); earlier != keys.cend())
            problems.append({path + u".key", u"category \"%1\" is already categories[%2]"_s.arg(category.key).arg(*earlier)});
        else
            keys.insert(category.key, i);
        if (category.name.trimmed().isEmpty())
            problems.append({path + u".name", u"a category needs a name"_s});
        static const QRegularExpression colour(u"^#[0-9a-fA-F]{6}$"_s);
        if (!colour.match(category.colour).hasMatch())
            problems.append({path + u".colour", u"\"%1\" is not a colour of the form #rrggbb"_s.arg(category.colour)});
    }
}

void validateSeats(const HallPlan &plan, QList<PlanProblem> &problems)
{
    QHash<QString, qsizetype> guids;
    QHash<QString, qsizetype> labels;
    for (qsizetype i = 0; i < plan.seats.size(); ++i) {
        const HallPlanSeat &seat = plan.seats.at(i);
        if (seat.guid.isEmpty())
            problems.append({seatPath(i, u"guid"), u"a seat needs a guid"_s});
        else if (const auto earlier = guids.constFind(seat.guid); earlier != guids.cend())
            problems.append({seatPath(i, u"guid"), u"guid \"%1\" is already seats[%2]"_s.arg(seat.guid).arg(*earlier)});
        else
            guids.insert(seat.guid, i);
        if (seat.rowLabel.trimmed().isEmpty())
            problems.append({seatPath(i, u"row"), u"a seat needs a row label"_s});
        if (seat.number.trimmed().isEmpty())
            problems.append({seatPath(i, u"number"), u"a seat needs a number"_s});
        if (!seat.rowLabel.trimmed().isEmpty() && !seat.number.trimmed().isEmpty()) {
            const QString label = seat.label();
            if (const auto earlier = labels.constFind(label); earlier != labels.cend())
                problems.append({seatPath(i, u"number"), u"seat %1 is already seats[%2]"_s.arg(label).arg(*earlier)});
            else
                labels.insert(label, i);
        }
        if (seat.category.isEmpty())
            problems.append({seatPath(i, u"category"), u"a seat needs a category"_s});
        else if (!plan.category(seat.category))
            problems.append({seatPath(i, u"category"), u"unknown category \"%1\""_s.arg(seat.category)});
        if (!withinRange(seat.position.x()) || !withinRange(seat.position.y()))
            problems.append({seatPath(i, u"position"), u"x and y must lie within ±%1"_s.arg(maxPlanCoordinate)});
    }
    for (qsizetype i = 0; i < plan.seats.size(); ++i) {
        const HallPlanSeat &seat = plan.seats.at(i);
        if (seat.companionOf.isEmpty())
            continue;
        const auto space = guids.constFind(seat.companionOf);
        if (seat.wheelchairSpace)
            problems.append({seatPath(i, u"companion_of"), u"a wheelchair space cannot be a companion seat"_s});
        else if (space == guids.cend())
            problems.append({seatPath(i, u"companion_of"), u"no seat has the guid \"%1\""_s.arg(seat.companionOf)});
        else if (!plan.seats.at(*space).wheelchairSpace)
            problems.append({seatPath(i, u"companion_of"),
                             u"seats[%1] (%2) is not a wheelchair space"_s.arg(*space).arg(plan.seats.at(*space).label())});
    }
}

} // namespace

QList<PlanProblem> validateHallPlan(const HallPlan &plan)
{
    QList<PlanProblem> problems;
    if (plan.name.trimmed().isEmpty())
        problems.append({u"name"_s, u"a hall needs a name"_s});
    validateCategories(plan, problems);
    if (plan.seats.isEmpty())
        problems.append({u"seats"_s, u"a hall needs at least one seat"_s});
    validateSeats(plan, problems);
    if (plan.stage && (!withinRange(plan.stage->x()) || !withinRange(plan.stage->y())))
        problems.append({u"stage"_s, u"x and y must lie within ±%1"_s.arg(maxPlanCoordinate)});
    const auto validLength = [](double length) { return length > 0 && length <= maxPlanCoordinate; };
    if (plan.size && (!validLength(plan.size->width()) || !validLength(plan.size->height())))
        problems.append({u"size"_s, u"width and height must be positive and at most %1"_s.arg(maxPlanCoordinate)});
    return problems;
}

} // namespace boxoffice
