#include "venueservice.h"

#include "audittrail.h"
#include "defaultcategories.h"
#include "hallplanvalidator.h"
#include "settingsrevision.h"
#include "sqlvalues.h"

#include <QLocale>
#include <QMap>
#include <QSet>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableDouble(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

/// Seats written before halls kept plans (and by the demo data) have no guid: theirs is derived
/// from the seat's id, the same on every read, and stored with the next save of the plan.
QString guidOf(const QVariant &stored, qint64 seatId)
{
    static const QUuid seatNamespace(u"5c0d8f2e-3b4a-4f7e-9a61-2f0e6b1d7c38"_s);
    if (!stored.isNull() && !stored.toString().isEmpty())
        return stored.toString();
    return QUuid::createUuidV5(seatNamespace, QString::number(seatId)).toString(QUuid::WithoutBraces);
}

/// The number column holds the leading digits of the printed number ("12a" → 12), for sorting.
int leadingNumber(const QString &number)
{
    qsizetype digits = 0;
    while (digits < number.size() && digits < 9 && number.at(digits).isDigit())
        ++digits;
    return number.left(digits).toInt();
}

Error invalidPlan(const QList<PlanProblem> &problems)
{
    QStringList lines;
    for (const PlanProblem &problem : problems)
        lines.append(problem.toString());
    return Error{ErrorCode::InvalidField, u"The hall plan cannot be saved:\n"_s + lines.join(u'\n'), {}};
}

struct GridSize
{
    int rows = 0;
    int columns = 0;
};

GridSize gridSizeOf(const QList<GridCell> &cells)
{
    GridSize size;
    for (const GridCell &cell : cells) {
        size.rows = std::max(size.rows, cell.row + 1);
        size.columns = std::max(size.columns, cell.column + 1);
    }
    return size;
}

QVariantList hallValues(const HallPlan &plan, const GridSize &grid)
{
    return {plan.name,
            grid.rows,
            grid.columns,
            nullableDouble(plan.stage ? std::optional(plan.stage->x()) : std::nullopt),
            nullableDouble(plan.stage ? std::optional(plan.stage->y()) : std::nullopt),
            nullableDouble(plan.size ? std::optional(plan.size->width()) : std::nullopt),
            nullableDouble(plan.size ? std::optional(plan.size->height()) : std::nullopt)};
}

/// The seat's columns in the order of seatColumns, after the hall and before any key.
QVariantList seatValues(const HallPlanSeat &seat, const GridCell &cell)
{
    return {seat.label(),     notNull(seat.rowLabel),       leadingNumber(seat.number), notNull(seat.number),
            cell.row,         cell.column,                  notNull(seat.category),     seat.wheelchairSpace ? 1 : 0,
            seat.guid,        seat.position.x(),            seat.position.y(),          nullableText(seat.companionOf),
            seat.houseSeat ? 1 : 0};
}

const QString seatColumns = u"label, row_label, number, number_text, grid_row, grid_column, category, accessible,"
                            " guid, x, y, companion_of, house_default"_s;

/// A seat of the hall as stored, matched against the plan being saved.
struct StoredSeat
{
    qint64 id = 0;
    QString label;
    bool retired = false;
};

Result<bool> replaceCategories(Database &database, qint64 hall, const QList<HallCategory> &categories)
{
    auto removed = database.run(u"DELETE FROM hall_categories WHERE hall_id = ?"_s, {hall});
    if (!removed.ok())
        return removed.error();
    for (qsizetype position = 0; position < categories.size(); ++position) {
        const HallCategory &category = categories.at(position);
        auto added = database.run(u"INSERT INTO hall_categories (hall_id, key, name, colour, position)"
                                  " VALUES (?, ?, ?, ?, ?)"_s,
                                  {hall, category.key, notNull(category.name), notNull(category.colour), int(position)});
        if (!added.ok())
            return added.error();
    }
    return true;
}

Result<bool> insertSeat(Database &database, qint64 hall, const HallPlanSeat &seat, const GridCell &cell)
{
    auto inserted = database.run(u"INSERT INTO seats (hall_id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                                         seatColumns),
                                 QVariantList{hall} + seatValues(seat, cell));
    if (!inserted.ok())
        return inserted.error();
    return true;
}

Result<bool> refuseTakenName(Database &database, const QString &name, qint64 hall)
{
    auto named = database.run(u"SELECT id FROM halls WHERE name = ? AND id <> ?"_s, {name, hall});
    if (!named.ok())
        return named.error();
    if (named.value().next())
        return Error{ErrorCode::InvalidField, u"There is a hall named \"%1\" already."_s.arg(name), {}};
    return true;
}

const QString ticketTypesRevisionKey = u"ticket_types.revision"_s;

bool isAsciiKeyCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

/// "Senior Citizen" → "senior_citizen", "Ermäßigt" → "erma_igt": lowercase ASCII letters and
/// digits, anything else a separator (accents dropped), then made unique among `taken`.
QString keyFromName(const QString &name, const QSet<QString> &taken)
{
    QString key;
    for (QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if (isAsciiKeyCharacter(c))
            key.append(c);
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!key.isEmpty() && !key.endsWith(u'_'))
            key.append(u'_');
    }
    if (key.endsWith(u'_'))
        key.chop(1);
    if (key.isEmpty())
        key = u"type"_s;
    QString unique = key;
    for (int suffix = 2; taken.contains(unique); ++suffix)
        unique = u"%1_%2"_s.arg(key).arg(suffix);
    return unique;
}

bool isValidKey(const QString &key)
{
    return !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return isAsciiKeyCharacter(c) || c == u'_' || c == u'-';
    });
}

std::optional<Error> invalidTicketTypes(const QList<TicketType> &types)
{
    const auto invalid = [](const QString &message) { return Error{ErrorCode::InvalidField, message, {}}; };
    QSet<QString> keys;
    QSet<QString> activeNames;
    for (qsizetype i = 0; i < types.size(); ++i) {
        const TicketType &type = types.at(i);
        const QString name = type.name.trimmed();
        if (name.isEmpty())
            return invalid(u"Ticket type %1 in the list has no name."_s.arg(i + 1));
        if (!type.key.isEmpty()) {
            if (!isValidKey(type.key))
                return invalid(u"The ticket type key \"%1\" may hold only lowercase letters a-z, digits, \"_\" and \"-\"."_s
                                       .arg(type.key));
            if (keys.contains(type.key))
                return invalid(u"The ticket type \"%1\" is listed twice."_s.arg(type.key));
            keys.insert(type.key);
        }
        if (type.retired)
            continue;
        if (activeNames.contains(name.toCaseFolded()))
            return invalid(u"Two ticket types on sale are named \"%1\"."_s.arg(name));
        activeNames.insert(name.toCaseFolded());
    }
    if (activeNames.isEmpty())
        return invalid(u"At least one ticket type must stay on sale."_s);
    return std::nullopt;
}

/// "Adult (adult, web), Senior (senior, retired)" for the audit log.
QString describeTicketTypes(const QList<TicketType> &types)
{
    QStringList described;
    for (const TicketType &type : types) {
        QStringList flags{type.key};
        if (type.webSellable)
            flags.append(u"web"_s);
        if (type.retired)
            flags.append(u"retired"_s);
        described.append(u"%1 (%2)"_s.arg(type.name, flags.join(u", "_s)));
    }
    return described.join(u", "_s);
}

} // namespace

VenueService::VenueService(Database &database, ChangeFeed &feed, const Clock &clock)
    : m_database(database), m_feed(feed), m_clock(clock)
{
}

Result<qint64> VenueService::createHall(const HallPlan &plan, const StaffActor &actor)
{
    if (actor.name.trimmed().isEmpty())
        return Error{ErrorCode::InvalidField, u"A hall is created under a manager's name."_s, {}};
    if (const QList<PlanProblem> problems = validateHallPlan(plan); !problems.isEmpty())
        return invalidPlan(problems);
    const QList<GridCell> cells = plan.gridCells();
    return m_database.write<qint64>([&]() -> Result<qint64> {
        if (auto free = refuseTakenName(m_database, plan.name, 0); !free.ok())
            return free.error();
        auto hall = m_database.insert(u"INSERT INTO halls (name, grid_rows, grid_columns, stage_x, stage_y, width, height)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                      hallValues(plan, gridSizeOf(cells)));
        if (!hall.ok())
            return hall.error();
        if (auto categories = replaceCategories(m_database, hall.value(), plan.categories); !categories.ok())
            return categories.error();
        for (qsizetype i = 0; i < plan.seats.size(); ++i) {
            if (auto seat = insertSeat(m_database, hall.value(), plan.seats.at(i), cells.at(i)); !seat.ok())
                return seat.error();
        }
        auto audited = AuditTrail::record(
                m_database, m_clock.now(),
                {actor, u"create hall"_s, 0,
                 u"Hall %1 \"%2\" with %3 seats"_s.arg(hall.value()).arg(plan.name).arg(plan.seats.size()), {}});
        if (!audited.ok())
            return audited.error();
        return hall.value();
    });
}

Result<HallPlan> VenueService::hallPlan(qint64 hall) const
{
    return m_database.read<HallPlan>([&]() -> Result<HallPlan> {
        auto header = m_database.run(u"SELECT name, stage_x, stage_y, width, height FROM halls WHERE id = ?"_s, {hall});
        if (!header.ok())
            return header.error();
        if (!header.value().next())
            return Error{ErrorCode::NotFound, u"There is no hall %1."_s.arg(hall), {}};
        HallPlan plan;
        const SqlRows &row = header.value();
        plan.name = row.value(0).toString();
        if (!row.value(1).isNull() && !row.value(2).isNull())
            plan.stage = QPointF(row.value(1).toDouble(), row.value(2).toDouble());
        if (!row.value(3).isNull() && !row.value(4).isNull())
            plan.size = QSizeF(row.value(3).toDouble(), row.value(4).toDouble());
        header.value().finish();

        auto categories = m_database.run(
                u"SELECT key, name, colour FROM hall_categories WHERE hall_id = ? ORDER BY position"_s, {hall});
        if (!categories.ok())
            return categories.error();
        while (categories.value().next())
            plan.categories.append({categories.value().value(0).toString(), categories.value().value(1).toString(),
                                    categories.value().value(2).toString()});
        categories.value().finish();

        // In the order they were added, which is the plan's order when the hall was created.
        auto seats = m_database.run(
                u"SELECT id, guid, row_label, COALESCE(number_text, CAST(number AS TEXT)),"
                " COALESCE(x, grid_column), COALESCE(y, grid_row), category, accessible, companion_of, house_default"
                " FROM seats WHERE hall_id = ? AND retired_at IS NULL ORDER BY id"_s,
                {hall});
        if (!seats.ok())
            return seats.error();
        QStringList unlisted;
        while (seats.value().next()) {
            const SqlRows &seat = seats.value();
            plan.seats.append({guidOf(seat.value(1), seat.value(0).toLongLong()), seat.value(2).toString(),
                               seat.value(3).toString(), QPointF(seat.value(4).toDouble(), seat.value(5).toDouble()),
                               seat.value(6).toString(), seat.value(7).toInt() != 0, seat.value(8).toString(),
                               seat.value(9).toInt() != 0});
            if (!plan.category(plan.seats.constLast().category) && !unlisted.contains(plan.seats.constLast().category))
                unlisted.append(plan.seats.constLast().category);
        }
        // Halls written without categories (the demo data's) get those of their seats.
        const QList<HallCategory> defaults = defaultCategories(unlisted);
        plan.categories.append(defaults);
        return plan;
    });
}

Result<bool> VenueService::saveHallPlan(qint64 hall, const HallPlan &plan, const StaffActor &actor)
{
    if (actor.name.trimmed().isEmpty())
        return Error{ErrorCode::InvalidField, u"A hall plan is saved under a manager's name."_s, {}};
    if (const QList<PlanProblem> problems = validateHallPlan(plan); !problems.isEmpty())
        return invalidPlan(problems);
    const QList<GridCell> cells = plan.gridCells();
    const QDateTime now = m_clock.now();
    QList<QPair<qint64, qint64>> versions;
    auto saved = m_database.write<bool>([&]() -> Result<bool> {
        versions.clear();
        auto exists = m_database.run(u"SELECT id FROM halls WHERE id = ?"_s, {hall});
        if (!exists.ok())
            return exists.error();
        if (!exists.value().next())
            return Error{ErrorCode::NotFound, u"There is no hall %1."_s.arg(hall), {}};
        exists.value().finish();
        if (auto free = refuseTakenName(m_database, plan.name, hall); !free.ok())
            return free.error();

        auto stored = m_database.run(u"SELECT id, guid, label, retired_at FROM seats WHERE hall_id = ?"_s, {hall});
        if (!stored.ok())
            return stored.error();
        QHash<QString, StoredSeat> byGuid;
        while (stored.value().next()) {
            const qint64 id = stored.value().value(0).toLongLong();
            byGuid.insert(guidOf(stored.value().value(1), id),
                          {id, stored.value().value(2).toString(), !stored.value().value(3).isNull()});
        }
        stored.value().finish();

        QSet<QString> planGuids;
        QSet<QString> planLabels;
        QSet<qint64> takenAway; // removed or relabelled
        for (const HallPlanSeat &seat : plan.seats) {
            planGuids.insert(seat.guid);
            planLabels.insert(seat.label());
            const auto known = byGuid.constFind(seat.guid);
            if (known != byGuid.cend() && !known->retired && known->label != seat.label())
                takenAway.insert(known->id);
        }
        QSet<qint64> removed;
        for (auto seat = byGuid.cbegin(); seat != byGuid.cend(); ++seat) {
            if (!seat->retired && !planGuids.contains(seat.key())) {
                removed.insert(seat->id);
                takenAway.insert(seat->id);
            }
        }

        auto claims = m_database.run(
                u"SELECT c.seat_id, s.label, sh.title, sh.starts_at FROM seat_claims c"
                " JOIN shows sh ON sh.id = c.show_id JOIN seats s ON s.id = c.seat_id"
                " WHERE sh.hall_id = ? AND sh.starts_at > ? AND (c.kind = 'hold' OR c.kind = 'booking')"
                " ORDER BY s.label, sh.starts_at"_s,
                {hall, now.toMSecsSinceEpoch()});
        if (!claims.ok())
            return claims.error();
        QMap<QString, QStringList> showsBySeat;
        while (claims.value().next()) {
            if (!takenAway.contains(claims.value().value(0).toLongLong()))
                continue;
            const QDateTime startsAt =
                    QDateTime::fromMSecsSinceEpoch(claims.value().value(3).toLongLong(), Qt::UTC).toLocalTime();
            showsBySeat[claims.value().value(1).toString()].append(
                    u"%1, %2"_s.arg(claims.value().value(2).toString(), QLocale::c().toString(startsAt, u"d MMM HH:mm"_s)));
        }
        claims.value().finish();
        if (!showsBySeat.isEmpty()) {
            QStringList named;
            for (auto seat = showsBySeat.cbegin(); seat != showsBySeat.cend(); ++seat)
                named.append(u"%1 (%2)"_s.arg(seat.key(), seat.value().join(u"; "_s)));
            return Error{ErrorCode::SeatsUnavailable,
                         u"These seats are held or booked for shows still to come, so the plan may not remove or "
                         "relabel them: %1."_s.arg(named.join(u", "_s)),
                         showsBySeat.keys()};
        }

        for (qint64 seat : std::as_const(removed)) {
            // A negative grid row takes the seat out of every seat map and hold (ShowCatalog and
            // ReservationService test that, on any schema version); the label stays for history.
            auto retired = m_database.run(u"UPDATE seats SET retired_at = ?, grid_row = ?, grid_column = 0 WHERE id = ?"_s,
                                          {now.toMSecsSinceEpoch(), -seat, seat});
            if (!retired.ok())
                return retired.error();
        }
        for (auto seat = byGuid.cbegin(); seat != byGuid.cend(); ++seat) {
            const bool retiredForGood = (seat->retired || removed.contains(seat->id)) && !planGuids.contains(seat.key());
            if (!retiredForGood || !planLabels.contains(seat->label))
                continue;
            // A retired seat gives its label up to a new seat, keeping it recognisable in old bookings.
            auto renamed = m_database.run(u"UPDATE seats SET label = ? WHERE id = ?"_s,
                                          {u"%1 (removed #%2)"_s.arg(seat->label).arg(seat->id), seat->id});
            if (!renamed.ok())
                return renamed.error();
        }
        // Labels and cells may be swapped between seats: each kept seat first moves to a place of
        // its own that no plan seat can have, so that no unique constraint sees two at once.
        for (const HallPlanSeat &seat : plan.seats) {
            const auto known = byGuid.constFind(seat.guid);
            if (known == byGuid.cend())
                continue;
            auto parked = m_database.run(u"UPDATE seats SET label = ?, grid_row = ?, grid_column = 0 WHERE id = ?"_s,
                                         {u"\t%1"_s.arg(known->id), -known->id, known->id});
            if (!parked.ok())
                return parked.error();
        }
        for (qsizetype i = 0; i < plan.seats.size(); ++i) {
            const HallPlanSeat &seat = plan.seats.at(i);
            const auto known = byGuid.constFind(seat.guid);
            if (known == byGuid.cend()) {
                if (auto added = insertSeat(m_database, hall, seat, cells.at(i)); !added.ok())
                    return added.error();
                continue;
            }
            auto updated = m_database.run(u"UPDATE seats SET (%1, retired_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"
                                          " WHERE id = ?"_s.arg(seatColumns),
                                          seatValues(seat, cells.at(i)) + QVariantList{known->id});
            if (!updated.ok())
                return updated.error();
        }
        if (auto categories = replaceCategories(m_database, hall, plan.categories); !categories.ok())
            return categories.error();
        auto header = m_database.run(u"UPDATE halls SET name = ?, grid_rows = ?, grid_columns = ?, stage_x = ?,"
                                     " stage_y = ?, width = ?, height = ? WHERE id = ?"_s,
                                     hallValues(plan, gridSizeOf(cells)) + QVariantList{hall});
        if (!header.ok())
            return header.error();

        // Seats moved or came and went: every seat map of the hall starts again from a full read.
        auto bumped = m_database.run(
                u"UPDATE shows SET version = version + 1, changes_from = version + 1 WHERE hall_id = ?"_s, {hall});
        if (!bumped.ok())
            return bumped.error();
        auto shows = m_database.run(u"SELECT id, version FROM shows WHERE hall_id = ?"_s, {hall});
        if (!shows.ok())
            return shows.error();
        while (shows.value().next())
            versions.append({shows.value().value(0).toLongLong(), shows.value().value(1).toLongLong()});
        shows.value().finish();
        if (m_database.dialect().backend() == DatabaseConfig::Backend::Postgres) {
            for (const auto &[show, version] : std::as_const(versions)) {
                // Other processes' watchers LISTEN on this channel; delivered on commit.
                auto notified = m_database.run(u"SELECT pg_notify('boxoffice_changes', ?)"_s,
                                               {u"%1:%2"_s.arg(show).arg(version)});
                if (!notified.ok())
                    return notified.error();
            }
        }
        return AuditTrail::record(m_database, now,
                                  {actor, u"save hall plan"_s, 0,
                                   u"Hall %1 \"%2\": %3 seats, %4 removed"_s.arg(hall).arg(plan.name).arg(
                                           plan.seats.size()).arg(removed.size()),
                                   {}});
    });
    if (!saved.ok())
        return saved;
    for (const auto &[show, version] : std::as_const(versions))
        m_feed.publish(show, version);
    return saved;
}

Result<QList<HallSummary>> VenueService::halls() const
{
    return m_database.read<QList<HallSummary>>([&]() -> Result<QList<HallSummary>> {
        auto query = m_database.run(u"SELECT h.id, h.name,"
                                    " (SELECT COUNT(*) FROM seats s WHERE s.hall_id = h.id AND s.retired_at IS NULL)"
                                    " FROM halls h ORDER BY h.id"_s);
        if (!query.ok())
            return query.error();
        QList<HallSummary> halls;
        while (query.value().next())
            halls.append({query.value().value(0).toLongLong(), query.value().value(1).toString(),
                          query.value().value(2).toInt()});
        return halls;
    });
}

Result<QList<TicketType>> VenueService::ticketTypes(bool includeRetired) const
{
    return m_database.read<QList<TicketType>>([&]() -> Result<QList<TicketType>> {
        auto query = m_database.run(u"SELECT key, name, web_sellable, position, retired_at FROM ticket_types"
                                    " WHERE retired_at IS NULL OR ? = 1 ORDER BY position, key"_s,
                                    {includeRetired ? 1 : 0});
        if (!query.ok())
            return query.error();
        QList<TicketType> types;
        while (query.value().next()) {
            const SqlRows &row = query.value();
            types.append({row.value(0).toString(), row.value(1).toString(), row.value(2).toInt() != 0,
                          row.value(3).toInt(), !row.value(4).isNull()});
        }
        return types;
    });
}

Result<qint64> VenueService::ticketTypesRevision(const Database &database)
{
    return storedRevision(database, ticketTypesRevisionKey);
}

Result<bool> VenueService::saveTicketTypes(const QList<TicketType> &types, const StaffActor &actor)
{
    if (actor.name.trimmed().isEmpty())
        return Error{ErrorCode::InvalidField, u"Ticket types are saved under a manager's name."_s, {}};
    if (auto refused = invalidTicketTypes(types))
        return *refused;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    qint64 revision = 0;
    auto saved = m_database.write<bool>([&]() -> Result<bool> {
        auto stored = m_database.run(u"SELECT key FROM ticket_types"_s);
        if (!stored.ok())
            return stored.error();
        QSet<QString> storedKeys;
        while (stored.value().next())
            storedKeys.insert(stored.value().value(0).toString());
        stored.value().finish();

        QSet<QString> taken = storedKeys;
        for (const TicketType &type : types)
            taken.insert(type.key);
        QList<TicketType> written;
        for (qsizetype position = 0; position < types.size(); ++position) {
            TicketType type = types.at(position);
            type.name = type.name.trimmed();
            type.position = int(position);
            if (type.key.isEmpty()) {
                type.key = keyFromName(type.name, taken);
                taken.insert(type.key);
            }
            const QVariant retiredAt = type.retired ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong));
            auto row = storedKeys.contains(type.key)
                    ? m_database.run(u"UPDATE ticket_types SET name = ?, web_sellable = ?, position = ?,"
                                     " retired_at = CASE WHEN ? = 1 THEN COALESCE(retired_at, ?) END WHERE key = ?"_s,
                                     {type.name, type.webSellable ? 1 : 0, type.position, type.retired ? 1 : 0, now,
                                      type.key})
                    : m_database.run(u"INSERT INTO ticket_types (key, name, web_sellable, position, retired_at)"
                                     " VALUES (?, ?, ?, ?, ?)"_s,
                                     {type.key, type.name, type.webSellable ? 1 : 0, type.position, retiredAt});
            if (!row.ok())
                return row.error();
            storedKeys.remove(type.key);
            written.append(type);
        }
        QStringList leftOut(storedKeys.cbegin(), storedKeys.cend());
        leftOut.sort();
        for (const QString &left : std::as_const(leftOut)) {
            auto retired = m_database.run(u"UPDATE ticket_types SET retired_at = COALESCE(retired_at, ?),"
                                          " position = ? WHERE key = ?"_s,
                                          {now, int(types.size()), left});
            if (!retired.ok())
                return retired.error();
        }

        auto advanced = advanceRevision(m_database, ticketTypesRevisionKey, u"ticket_types"_s);
        if (!advanced.ok())
            return advanced.error();
        revision = advanced.value();
        QString details = describeTicketTypes(written);
        if (!leftOut.isEmpty())
            details += u"; left out, retired: %1"_s.arg(leftOut.join(u", "_s));
        return AuditTrail::record(m_database, m_clock.now(), {actor, u"save ticket types"_s, 0, details, {}});
    });
    if (saved.ok())
        m_feed.publishTicketTypes(revision);
    return saved;
}

} // namespace boxoffice
