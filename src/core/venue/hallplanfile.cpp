#include "hallplanfile.h"

#include "hallplanvalidator.h"
#include "planjsonreader.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

const QString formatName = u"boxoffice-hall"_s;

QJsonObject pointObject(QPointF point)
{
    return {{u"x"_s, point.x()}, {u"y"_s, point.y()}};
}

QJsonObject seatObject(const HallPlanSeat &seat)
{
    QJsonObject object{{u"guid"_s, seat.guid},
                       {u"row"_s, seat.rowLabel},
                       {u"number"_s, seat.number},
                       {u"position"_s, pointObject(seat.position)},
                       {u"category"_s, seat.category}};
    if (seat.wheelchairSpace)
        object.insert(u"wheelchair"_s, true);
    if (!seat.companionOf.isEmpty())
        object.insert(u"companion_of"_s, seat.companionOf);
    if (seat.houseSeat)
        object.insert(u"house_seat"_s, true);
    return object;
}

/// Unknown fields are errors: a misspelt optional field would otherwise vanish without a word.
void rejectUnknownKeys(PlanJsonReader &reader, const QJsonObject &object, const QString &path,
                       std::initializer_list<QStringView> known)
{
    for (const QString &key : PlanJsonReader::unknownKeys(object, known))
        reader.report(PlanJsonReader::join(path, key), u"unknown field"_s);
}

void readCategories(PlanJsonReader &reader, const QJsonArray &categories, HallPlan &plan)
{
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString path = PlanJsonReader::join(u"categories"_s, i);
        const QJsonObject object = reader.element(categories, i, path).value_or(QJsonObject());
        if (object.isEmpty() && reader.hasProblemAt(path)) {
            plan.categories.append(HallCategory());
            continue;
        }
        rejectUnknownKeys(reader, object, path, {u"key", u"name", u"colour"});
        plan.categories.append({reader.field<QString>(object, path, u"key").value_or(QString()),
                                reader.field<QString>(object, path, u"name").value_or(QString()),
                                reader.field<QString>(object, path, u"colour").value_or(QString())});
    }
}

void readSeats(PlanJsonReader &reader, const QJsonArray &seats, HallPlan &plan)
{
    plan.seats.reserve(seats.size());
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const QString path = PlanJsonReader::join(u"seats"_s, i);
        const QJsonObject object = reader.element(seats, i, path).value_or(QJsonObject());
        if (object.isEmpty() && reader.hasProblemAt(path)) {
            plan.seats.append(HallPlanSeat());
            continue;
        }
        rejectUnknownKeys(reader, object, path,
                          {u"guid", u"row", u"number", u"position", u"category", u"wheelchair", u"companion_of",
                           u"house_seat"});
        constexpr auto optional = PlanJsonReader::Presence::Optional;
        plan.seats.append({reader.field<QString>(object, path, u"guid").value_or(QString()),
                           reader.field<QString>(object, path, u"row").value_or(QString()),
                           reader.field<QString>(object, path, u"number").value_or(QString()),
                           reader.point(object, path, u"position").value_or(QPointF()),
                           reader.field<QString>(object, path, u"category").value_or(QString()),
                           reader.field<bool>(object, path, u"wheelchair", optional).value_or(false),
                           reader.field<QString>(object, path, u"companion_of", optional).value_or(QString()),
                           reader.field<bool>(object, path, u"house_seat", optional).value_or(false)});
    }
}

} // namespace

QByteArray HallPlanFile::write(const HallPlan &plan)
{
    QJsonArray categories;
    for (const HallCategory &category : plan.categories)
        categories.append(QJsonObject{{u"key"_s, category.key}, {u"name"_s, category.name}, {u"colour"_s, category.colour}});
    QJsonArray seats;
    for (const HallPlanSeat &seat : plan.seats)
        seats.append(seatObject(seat));
    QJsonObject root{{u"format"_s, formatName},
                     {u"version"_s, version},
                     {u"name"_s, plan.name},
                     {u"categories"_s, categories},
                     {u"seats"_s, seats}};
    if (plan.stage)
        root.insert(u"stage"_s, pointObject(*plan.stage));
    if (plan.size)
        root.insert(u"size"_s, QJsonObject{{u"width"_s, plan.size->width()}, {u"height"_s, plan.size->height()}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

HallPlanImport HallPlanFile::read(QByteArrayView data)
{
    HallPlanImport result;
    PlanJsonReader reader;
    const auto root = reader.parse(data);
    if (!root) {
        result.errors = reader.problems();
        return result;
    }
    const auto format = reader.field<QString>(*root, QString(), u"format");
    if (format && *format != formatName)
        reader.report(u"format"_s, u"\"%1\" is not a Box Office hall file (\"%2\")"_s.arg(*format, formatName));
    const auto fileVersion = reader.field<double>(*root, QString(), u"version");
    if (fileVersion && *fileVersion != version)
        reader.report(u"version"_s, u"version %1 is not supported (this Box Office reads version %2)"_s
                                        .arg(*fileVersion)
                                        .arg(version));
    // Nothing else of a file of another format or version is read: its fields may mean other things.
    if (reader.hasProblems()) {
        result.errors = reader.problems();
        return result;
    }
    rejectUnknownKeys(reader, *root, QString(),
                      {u"format", u"version", u"name", u"categories", u"seats", u"stage", u"size"});
    HallPlan &plan = result.plan;
    plan.name = reader.field<QString>(*root, QString(), u"name").value_or(QString());
    if (const auto categories = reader.field<QJsonArray>(*root, QString(), u"categories"))
        readCategories(reader, *categories, plan);
    if (const auto seats = reader.field<QJsonArray>(*root, QString(), u"seats"))
        readSeats(reader, *seats, plan);
    plan.stage = reader.point(*root, QString(), u"stage", PlanJsonReader::Presence::Optional);
    if (const auto size = reader.field<QJsonObject>(*root, QString(), u"size", PlanJsonReader::Presence::Optional)) {
        const auto width = reader.field<double>(*size, u"size"_s, u"width");
        const auto height = reader.field<double>(*size, u"size"_s, u"height");
        if (width && height)
            plan.size = QSizeF(*width, *height);
    }
    reader.reportUnlessExplained(validateHallPlan(plan));
    result.errors = reader.problems();
    return result;
}

} // namespace boxoffice
