#include "pretixplanimport.h"

#include "hallplanvalidator.h"
#include "planjsonreader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

using Presence = PlanJsonReader::Presence;

/// Colours for categories whose pretix colour is missing or not of the form #rgb or #rrggbb.
const QStringList fallbackColours = {u"#4a7fb5"_s, u"#c0504d"_s, u"#9bbb59"_s, u"#8064a2"_s, u"#f79646"_s, u"#4bacc6"_s};

/// Features of the file we cannot keep, one warning per kind (the first place and a count) so that
/// a large plan does not bury the list in thousands of equal lines.
class LostFeatures
{
public:
    void note(const QString &path, const QString &what)
    {
        const auto known = m_index.constFind(what);
        if (known != m_index.cend()) {
            ++m_entries[*known].count;
            return;
        }
        m_index.insert(what, m_entries.size());
        m_entries.append({path, what, 1});
    }

    /// Notes each of `fields` that `object` has (and is not null) with what is lost with it.
    void noteFields(const QJsonObject &object, const QString &path,
                    std::initializer_list<std::pair<QStringView, QString>> fields)
    {
        for (const auto &[key, what] : fields) {
            const QJsonValue value = object.value(key);
            if (!value.isUndefined() && !value.isNull())
                note(PlanJsonReader::join(path, key), what);
        }
    }

    void noteUnknownKeys(const QJsonObject &object, const QString &path, std::initializer_list<QStringView> known)
    {
        for (const QString &key : PlanJsonReader::unknownKeys(object, known))
            note(PlanJsonReader::join(path, key), u"\"%1\" is not part of pretix's seating plan schema; ignored"_s.arg(key));
    }

    QList<PlanProblem> warnings() const
    {
        QList<PlanProblem> warnings;
        for (const Entry &entry : m_entries) {
            warnings.append({entry.path, entry.count == 1 ? entry.what
                                                          : u"%1 (and %2 more like it)"_s.arg(entry.what).arg(entry.count - 1)});
        }
        return warnings;
    }

private:
    struct Entry
    {
        QString path;
        QString what;
        int count = 0;
    };
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
};

struct PretixRow
{
    QString path;
    QString rowNumber;
    QPointF position;
};

struct PretixSeat
{
    QString path;
    qsizetype row = 0;
    HallPlanSeat seat;
};

/// "#abc" and "#aabbcc" as "#aabbcc"; anything else (CSS names, rgb(…)) as nothing.
std::optional<QString> normalisedColour(const QString &colour)
{
    static const QRegularExpression shortForm(u"^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$"_s);
    static const QRegularExpression longForm(u"^#[0-9a-fA-F]{6}$"_s);
    if (longForm.match(colour).hasMatch())
        return colour.toLower();
    if (const auto match = shortForm.match(colour); match.hasMatch())
        return (u"#"_s + match.captured(1).repeated(2) + match.captured(2).repeated(2) + match.captured(3).repeated(2)).toLower();
    return std::nullopt;
}

class PretixReader
{
public:
    HallPlanImport read(QByteArrayView data);

private:
    void readCategories(const QJsonArray &categories);
    void readZone(const QJsonObject &zone, const QString &path, QList<qsizetype> &zoneRows);
    void readAreas(const QJsonArray &areas, const QString &path);
    void readRow(const QJsonObject &row, const QString &path, QPointF zonePosition, QList<qsizetype> &zoneRows);
    void readSeat(const QJsonObject &seat, const QString &path, QPointF rowPosition);
    /// Rows of a later zone whose numbers an earlier zone uses already get the zone's name in front.
    void nameRowsApart(const QList<QList<qsizetype>> &rowsOfZones, const QStringList &zoneNames);
    double seatDistance() const;
    QString filePath(const PlanProblem &problem) const;

    PlanJsonReader m_reader;
    LostFeatures m_lost;
    HallPlan m_plan;
    QList<QString> m_categoryPaths;
    QList<PretixRow> m_rows;
    QList<PretixSeat> m_seats;
};

void PretixReader::readCategories(const QJsonArray &categories)
{
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString path = PlanJsonReader::join(u"categories"_s, i);
        const QJsonObject object = m_reader.element(categories, i, path).value_or(QJsonObject());
        m_lost.noteUnknownKeys(object, path, {u"name", u"color"});
        const QString name = m_reader.field<QString>(object, path, u"name").value_or(QString());
        const auto colour = m_reader.field<QString>(object, path, u"color", Presence::Optional);
        const auto normalised = normalisedColour(colour.value_or(QString()));
        if (colour && !normalised)
            m_lost.note(PlanJsonReader::join(path, u"color"), u"only colours of the form #rgb or #rrggbb are kept; another was chosen"_s);
        m_plan.categories.append({name, name, normalised.value_or(fallbackColours.at(i % fallbackColours.size()))});
        m_categoryPaths.append(path);
    }
}

void PretixReader::readAreas(const QJsonArray &areas, const QString &path)
{
    for (qsizetype i = 0; i < areas.size(); ++i) {
        const QString areaPath = PlanJsonReader::join(path, i);
        const QJsonObject area = areas.at(i).toObject();
        if (area.value(u"shape").toString() == u"text" || area.contains(u"text"))
            m_lost.note(areaPath, u"texts on the plan are not kept"_s);
        else
            m_lost.note(areaPath, u"areas (shapes such as the stage outline) are not kept"_s);
    }
}

void PretixReader::readSeat(const QJsonObject &object, const QString &path, QPointF rowPosition)
{
    m_lost.noteUnknownKeys(object, path, {u"seat_guid", u"seat_number", u"position", u"category", u"uuid",
                                          u"start_direction", u"radius"});
    m_lost.noteFields(object, path,
                      {{u"uuid", u"seat uuids are not kept (seat_guid is the seat's identity)"_s},
                       {u"start_direction", u"start directions for booking in order are not kept"_s},
                       {u"radius", u"seat sizes are not kept; all seats are drawn alike"_s}});
    HallPlanSeat seat;
    seat.guid = m_reader.field<QString>(object, path, u"seat_guid").value_or(QString());
    seat.number = m_reader.field<QString>(object, path, u"seat_number").value_or(QString());
    seat.position = rowPosition + m_reader.point(object, path, u"position").value_or(QPointF());
    seat.category = m_reader.field<QString>(object, path, u"category").value_or(QString());
    m_seats.append({path, m_rows.size() - 1, std::move(seat)});
}

void PretixReader::readRow(const QJsonObject &object, const QString &path, QPointF zonePosition,
                           QList<qsizetype> &zoneRows)
{
    m_lost.noteUnknownKeys(object, path, {u"row_number", u"row_label", u"seat_label", u"uuid", u"seats",
                                          u"row_number_position", u"position", u"seats_spacing", u"number_of_seats"});
    m_lost.noteFields(object, path,
                      {{u"row_label", u"row labels for texts are not kept; rows are named by row_number"_s},
                       {u"seat_label", u"seat label templates are not kept; seats are named by row and seat_number"_s},
                       {u"row_number_position", u"where row numbers are drawn is not kept"_s},
                       {u"uuid", u"row uuids are not kept"_s},
                       {u"seats_spacing", u"seat spacing is not kept; seat positions are"_s},
                       {u"number_of_seats", u"the seat count is not kept; the seats are counted"_s}});
    const QPointF position = zonePosition + m_reader.point(object, path, u"position", Presence::Optional).value_or(QPointF());
    zoneRows.append(m_rows.size());
    m_rows.append({path, m_reader.field<QString>(object, path, u"row_number").value_or(QString()), position});
    const QJsonArray seats = m_reader.field<QJsonArray>(object, path, u"seats").value_or(QJsonArray());
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const QString seatPath = PlanJsonReader::join(path + u".seats"_s, i);
        if (const auto seat = m_reader.element(seats, i, seatPath))
            readSeat(*seat, seatPath, position);
    }
}

void PretixReader::readZone(const QJsonObject &object, const QString &path, QList<qsizetype> &zoneRows)
{
    m_lost.noteUnknownKeys(object, path, {u"name", u"zone_id", u"uuid", u"position", u"rows", u"areas", u"displayed"});
    if (object.contains(u"name") || object.contains(u"zone_id"))
        m_lost.note(path, u"zones are merged into one plan; their names are not kept"_s);
    m_lost.noteFields(object, path,
                      {{u"uuid", u"zone uuids are not kept"_s}, {u"displayed", u"zone outlines are not drawn"_s}});
    const QPointF position = m_reader.point(object, path, u"position").value_or(QPointF());
    const QJsonArray rows = m_reader.field<QJsonArray>(object, path, u"rows").value_or(QJsonArray());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString rowPath = PlanJsonReader::join(path + u".rows"_s, i);
        if (const auto row = m_reader.element(rows, i, rowPath))
            readRow(*row, rowPath, position, zoneRows);
    }
    if (const auto areas = m_reader.field<QJsonArray>(object, path, u"areas", Presence::Optional))
        readAreas(*areas, PlanJsonReader::join(path, u"areas"));
}

void PretixReader::nameRowsApart(const QList<QList<qsizetype>> &rowsOfZones, const QStringList &zoneNames)
{
    QSet<QString> earlierRows;
    for (qsizetype zone = 0; zone < rowsOfZones.size(); ++zone) {
        const QList<qsizetype> &rows = rowsOfZones.at(zone);
        const bool clash = std::any_of(rows.cbegin(), rows.cend(),
                                       [&](qsizetype row) { return earlierRows.contains(m_rows.at(row).rowNumber); });
        if (clash) {
            const QString prefix = zoneNames.at(zone);
            for (qsizetype row : rows)
                m_rows[row].rowNumber = prefix + u' ' + m_rows.at(row).rowNumber;
            m_lost.note(PlanJsonReader::join(u"zones"_s, zone),
                        u"row numbers of this zone are used by an earlier zone too; its rows are named \"%1 …\""_s.arg(prefix));
        }
        for (qsizetype row : rows)
            earlierRows.insert(m_rows.at(row).rowNumber);
    }
}

double PretixReader::seatDistance() const
{
    QList<double> distances;
    for (qsizetype i = 1; i < m_seats.size(); ++i) {
        if (m_seats.at(i).row != m_seats.at(i - 1).row)
            continue;
        const QPointF step = m_seats.at(i).seat.position - m_seats.at(i - 1).seat.position;
        const double distance = std::hypot(step.x(), step.y());
        if (std::isfinite(distance) && distance > 0)
            distances.append(distance);
    }
    if (distances.isEmpty())
        return PretixPlanImport::defaultSeatDistance;
    const auto middle = distances.begin() + distances.size() / 2;
    std::nth_element(distances.begin(), middle, distances.end());
    return *middle;
}

/// Where a problem found in the merged plan sits in the pretix file.
QString PretixReader::filePath(const PlanProblem &problem) const
{
    static const QRegularExpression seatField(u"^seats\\[(\\d+)\\](?:\\.(\\w+))?$"_s);
    static const QRegularExpression categoryField(u"^categories\\[(\\d+)\\]\\.(\\w+)$"_s);
    if (const auto match = seatField.match(problem.path); match.hasMatch()) {
        const PretixSeat &seat = m_seats.at(match.captured(1).toLongLong());
        const QString field = match.captured(2);
        if (field == u"row")
            return PlanJsonReader::join(m_rows.at(seat.row).path, u"row_number");
        if (field == u"guid" || field == u"number")
            return PlanJsonReader::join(seat.path, QString(u"seat_" + field));
        return field.isEmpty() ? seat.path : PlanJsonReader::join(seat.path, field);
    }
    if (const auto match = categoryField.match(problem.path); match.hasMatch())
        return PlanJsonReader::join(m_categoryPaths.at(match.captured(1).toLongLong()),
                                    match.captured(2) == u"colour" ? u"color" : u"name");
    if (problem.path == u"seats")
        return u"zones"_s;
    return problem.path;
}

HallPlanImport PretixReader::read(QByteArrayView data)
{
    HallPlanImport result;
    const auto root = m_reader.parse(data);
    if (!root) {
        result.errors = m_reader.problems();
        return result;
    }
    m_lost.noteUnknownKeys(*root, QString(), {u"name", u"zones", u"categories", u"size"});
    m_plan.name = m_reader.field<QString>(*root, QString(), u"name").value_or(QString());
    readCategories(m_reader.field<QJsonArray>(*root, QString(), u"categories").value_or(QJsonArray()));
    const QJsonArray zones = m_reader.field<QJsonArray>(*root, QString(), u"zones").value_or(QJsonArray());
    QList<QList<qsizetype>> rowsOfZones;
    QStringList zoneNames;
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QString path = PlanJsonReader::join(u"zones"_s, i);
        rowsOfZones.append(QList<qsizetype>());
        const auto zone = m_reader.element(zones, i, path);
        zoneNames.append(zone ? zone->value(u"name").toString(u"Zone %1"_s.arg(i + 1)) : QString());
        if (zone)
            readZone(*zone, path, rowsOfZones.last());
    }
    nameRowsApart(rowsOfZones, zoneNames);
    // Pretix positions are pixels; ours count seat widths.
    const double unit = seatDistance();
    m_plan.seats.reserve(m_seats.size());
    for (const PretixSeat &seat : std::as_const(m_seats)) {
        m_plan.seats.append(seat.seat);
        m_plan.seats.last().rowLabel = m_rows.at(seat.row).rowNumber;
        m_plan.seats.last().position /= unit;
    }
    if (const auto size = m_reader.field<QJsonObject>(*root, QString(), u"size", Presence::Optional)) {
        const auto width = m_reader.field<double>(*size, u"size"_s, u"width");
        const auto height = m_reader.field<double>(*size, u"size"_s, u"height");
        if (width && height)
            m_plan.size = QSizeF(*width / unit, *height / unit);
    }
    static const QRegularExpression seatReference(u"seats\\[(\\d+)\\]"_s);
    QList<PlanProblem> problems = validateHallPlan(m_plan);
    for (PlanProblem &problem : problems) {
        problem.path = filePath(problem);
        // Messages that name another seat by its index in the merged plan name its place in the file.
        if (const auto match = seatReference.match(problem.message); match.hasMatch())
            problem.message.replace(match.capturedStart(), match.capturedLength(),
                                    m_seats.at(match.captured(1).toLongLong()).path);
    }
    m_reader.reportUnlessExplained(problems);
    result.errors = m_reader.problems();
    result.warnings = m_lost.warnings();
    result.plan = std::move(m_plan);
    return result;
}

} // namespace

HallPlanImport PretixPlanImport::read(QByteArrayView data)
{
    return PretixReader().read(data);
}

} // namespace boxoffice
