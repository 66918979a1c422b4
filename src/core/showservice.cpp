#include "showservice.h"

#include "auditamounts.h"
#include "audittrail.h"
#include "checkinservice.h"
#include "doorsupport.h"
#include "showversion.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidField, message, {}};
}

std::optional<Error> invalidDraft(const ShowDraft &draft, const StaffActor &actor)
{
    if (actor.name.trimmed().isEmpty())
        return invalid(u"A show is set up under a manager's name."_s);
    if (draft.title.trimmed().isEmpty())
        return invalid(u"A show needs a title."_s);
    if (!draft.startsAt.isValid())
        return invalid(u"A show needs a start date and time."_s);
    if (draft.durationMinutes < 0)
        return invalid(u"A show cannot last %1 minutes."_s.arg(draft.durationMinutes));
    if (draft.webSalesCloseMinutes < 0)
        return invalid(u"Web sales cannot close %1 minutes before the start."_s.arg(draft.webSalesCloseMinutes));
    return std::nullopt;
}

Result<QSet<QString>> hallCategories(Database &database, qint64 hall)
{
    auto found = database.run(u"SELECT 1 FROM halls WHERE id = ?"_s, {hall});
    if (!found.ok())
        return found.error();
    if (!found.value().next())
        return Error{ErrorCode::NotFound, u"There is no hall %1."_s.arg(hall), {}};
    found.value().finish();
    // Halls filled before they kept categories (the demo's) name them only on their seats.
    auto categories = database.run(u"SELECT key FROM hall_categories WHERE hall_id = ?"
                                   " UNION SELECT category FROM seats WHERE hall_id = ? AND grid_row >= 0"_s,
                                   {hall, hall});
    if (!categories.ok())
        return categories.error();
    QSet<QString> keys;
    while (categories.value().next())
        keys.insert(categories.value().value(0).toString());
    return keys;
}

/// The keys of the ticket types on sale, and of those retired.
struct TicketTypeKeys
{
    QSet<QString> active;
    QSet<QString> retired;
};

Result<TicketTypeKeys> ticketTypeKeys(Database &database)
{
    auto rows = database.run(u"SELECT key, retired_at FROM ticket_types"_s);
    if (!rows.ok())
        return rows.error();
    TicketTypeKeys keys;
    while (rows.value().next())
        (rows.value().value(1).isNull() ? keys.active : keys.retired).insert(rows.value().value(0).toString());
    return keys;
}

std::optional<Error> invalidPrices(const QList<Price> &prices, const QSet<QString> &categories,
                                   const TicketTypeKeys &ticketTypes)
{
    QSet<QPair<QString, QString>> seen;
    for (const Price &price : prices) {
        if (!categories.contains(price.category))
            return invalid(u"The hall has no seat category \"%1\"."_s.arg(price.category));
        const QString ticketType = price.ticketType.trimmed();
        if (ticketType.isEmpty())
            return invalid(u"A price in category \"%1\" names no ticket type."_s.arg(price.category));
        if (ticketTypes.retired.contains(ticketType))
            return invalid(u"The ticket type \"%1\" is retired and can no longer be priced."_s.arg(ticketType));
        if (!ticketTypes.active.contains(ticketType))
            return invalid(u"There is no ticket type \"%1\"."_s.arg(ticketType));
        if (price.priceCents < 0)
            return invalid(u"The price of %1 / %2 cannot be negative."_s.arg(price.category, price.ticketType));
        const QPair<QString, QString> key{price.category, price.ticketType};
        if (seen.contains(key))
            return invalid(u"%1 / %2 is priced twice."_s.arg(price.category, price.ticketType));
        seen.insert(key);
    }
    return std::nullopt;
}

QList<Price> sortedPrices(QList<Price> prices)
{
    std::sort(prices.begin(), prices.end(), [](const Price &a, const Price &b) {
        return std::tie(a.category, a.ticketType) < std::tie(b.category, b.ticketType);
    });
    return prices;
}

} // namespace

ShowService::ShowService(Database &database, ChangeFeed &feed, const Clock &clock, ReservationService &reservations)
    : m_database(database), m_feed(feed), m_clock(clock), m_reservations(reservations)
{
}

Result<QList<QDate>> ShowService::runDates(const ShowRunPattern &pattern)
{
    if (!pattern.from.isValid() || !pattern.until.isValid())
        return invalid(u"A run needs a first and a last date."_s);
    if (pattern.until < pattern.from)
        return invalid(u"A run cannot end (%1) before it starts (%2)."_s.arg(pattern.until.toString(Qt::ISODate),
                                                                             pattern.from.toString(Qt::ISODate)));
    const QSet<QDate> skipped(pattern.skipped.cbegin(), pattern.skipped.cend());
    QList<QDate> dates;
    for (QDate date = pattern.from; date <= pattern.until; date = date.addDays(1)) {
        const bool onWeekday = pattern.weekdays.isEmpty()
                || pattern.weekdays.contains(static_cast<Qt::DayOfWeek>(date.dayOfWeek()));
        if (onWeekday && !skipped.contains(date))
            dates.append(date);
    }
    return dates;
}

Result<qint64> ShowService::createShow(const ShowDraft &draft, const StaffActor &actor)
{
    auto created = createRun(draft, {draft.startsAt.date()}, actor);
    if (!created.ok())
        return created.error();
    return created->constFirst();
}

Result<QList<qint64>> ShowService::createRun(const ShowDraft &draft, const QList<QDate> &dates, const StaffActor &actor)
{
    if (auto refused = invalidDraft(draft, actor))
        return *refused;
    if (dates.isEmpty())
        return invalid(u"A run needs at least one date."_s);
    if (auto door = mayChangeDoor(draft, actor); !door.ok())
        return door.error();
    QList<qint64> shows;
    auto written = m_database.write<bool>([&]() -> Result<bool> {
        shows.clear();
        if (auto hall = hallCategories(m_database, draft.hall); !hall.ok())
            return hall.error();
        for (const QDate &date : dates) {
            auto show = insertShow(draft, QDateTime(date, draft.startsAt.time(), draft.startsAt.timeZone()));
            if (!show.ok())
                return show.error();
            // At version 1, so that every counter and the web hear of the new show.
            if (auto announced = startShowVersionAfresh(m_database, show.value()); !announced.ok())
                return announced.error();
            if (auto door = writeDoorOverride(show.value(), draft, actor); !door.ok())
                return door.error();
            shows.append(show.value());
        }
        return audit(actor, dates.size() == 1 ? u"create show"_s : u"create run"_s, shows.constFirst(),
                     u"\"%1\" in hall %2, %3 performances"_s.arg(draft.title).arg(draft.hall).arg(dates.size()));
    });
    if (!written.ok())
        return written.error();
    for (qint64 show : std::as_const(shows))
        m_feed.publish(show, 1);
    return shows;
}

Result<qint64> ShowService::insertShow(const ShowDraft &draft, const QDateTime &startsAt)
{
    auto show = m_database.insert(u"INSERT INTO shows (hall_id, title, starts_at, duration_minutes, web_sales,"
                                  " web_sales_close_minutes, orphan_rule) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                  {draft.hall, draft.title.trimmed(), startsAt.toMSecsSinceEpoch(),
                                   draft.durationMinutes, draft.webSales ? 1 : 0, draft.webSalesCloseMinutes,
                                   orphanRuleName(draft.orphanRule)});
    if (!show.ok())
        return show.error();
    if (auto prices = writePrices(show.value(), draft.hall, draft.prices); !prices.ok())
        return prices.error();
    if (!draft.houseSeats) {
        auto defaults = m_database.run(u"INSERT INTO house_seats (show_id, seat_id) SELECT CAST(? AS BIGINT), id FROM seats"
                                       " WHERE hall_id = ? AND house_default = 1 AND grid_row >= 0"_s,
                                       {show.value(), draft.hall});
        if (!defaults.ok())
            return defaults.error();
        return show;
    }
    if (draft.houseSeats->isEmpty())
        return show;
    QStringList labels = *draft.houseSeats;
    labels.removeDuplicates();
    auto seats = m_database.run(u"SELECT id, label FROM seats WHERE hall_id = ? AND grid_row >= 0 AND label IN (%1)"_s.arg(
                                        placeholders(labels.size())),
                                QVariantList{draft.hall} + QVariantList(labels.cbegin(), labels.cend()));
    if (!seats.ok())
        return seats.error();
    QList<qint64> seatIds;
    QStringList unknown = labels;
    while (seats.value().next()) {
        seatIds.append(seats.value().value(0).toLongLong());
        unknown.removeAll(seats.value().value(1).toString());
    }
    seats.value().finish();
    if (!unknown.isEmpty())
        return invalid(u"These house seats are not in the hall: %1."_s.arg(unknown.join(u", "_s)));
    for (qint64 seat : std::as_const(seatIds)) {
        auto kept = m_database.run(u"INSERT INTO house_seats (show_id, seat_id) VALUES (?, ?)"_s, {show.value(), seat});
        if (!kept.ok())
            return kept.error();
    }
    return show;
}

Result<bool> ShowService::writePrices(qint64 show, qint64 hall, const QList<Price> &prices)
{
    auto categories = hallCategories(m_database, hall);
    if (!categories.ok())
        return categories.error();
    auto ticketTypes = ticketTypeKeys(m_database);
    if (!ticketTypes.ok())
        return ticketTypes.error();
    if (auto refused = invalidPrices(prices, categories.value(), ticketTypes.value()))
        return *refused;
    auto removed = m_database.run(u"DELETE FROM show_prices WHERE show_id = ?"_s, {show});
    if (!removed.ok())
        return removed.error();
    for (const Price &price : prices) {
        auto added = m_database.run(u"INSERT INTO show_prices (show_id, category, ticket_type, price_cents)"
                                    " VALUES (?, ?, ?, ?)"_s,
                                    {show, price.category, price.ticketType.trimmed(), price.priceCents});
        if (!added.ok())
            return added.error();
    }
    return true;
}

Result<bool> ShowService::updateShow(qint64 show, const ShowDraft &draft, const StaffActor &actor)
{
    if (auto refused = invalidDraft(draft, actor))
        return *refused;
    if (auto door = mayChangeDoor(draft, actor); !door.ok())
        return door;
    qint64 version = 0;
    auto written = m_database.write<bool>([&]() -> Result<bool> {
        auto current = m_database.run(u"SELECT hall_id, cancelled_at FROM shows WHERE id = ?"_s, {show});
        if (!current.ok())
            return current.error();
        if (!current.value().next())
            return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(show), {}};
        const qint64 hall = current.value().value(0).toLongLong();
        if (!current.value().value(1).isNull())
            return invalid(u"Show %1 is cancelled and can no longer be changed."_s.arg(show));
        current.value().finish();
        if (draft.hall != hall) {
            if (auto categories = hallCategories(m_database, draft.hall); !categories.ok())
                return categories.error();
            auto claimed = m_database.run(u"SELECT COUNT(*) FROM seat_claims WHERE show_id = ?"_s, {show});
            if (!claimed.ok())
                return claimed.error();
            if (claimed.value().next() && claimed.value().value(0).toLongLong() > 0)
                return invalid(u"Show %1 has seats held, booked or blocked in its hall; it cannot move to another."_s.arg(
                        show));
            claimed.value().finish();
            // House seats and prices name the old hall's seats and categories.
            for (const QString &table : {u"house_seats"_s, u"show_prices"_s}) {
                auto cleared = m_database.run(u"DELETE FROM %1 WHERE show_id = ?"_s.arg(table), {show});
                if (!cleared.ok())
                    return cleared.error();
            }
        }
        auto updated = m_database.run(u"UPDATE shows SET hall_id = ?, title = ?, starts_at = ?, duration_minutes = ?,"
                                      " web_sales = ?, web_sales_close_minutes = ?, orphan_rule = ? WHERE id = ?"_s,
                                      {draft.hall, draft.title.trimmed(), draft.startsAt.toMSecsSinceEpoch(),
                                       draft.durationMinutes, draft.webSales ? 1 : 0, draft.webSalesCloseMinutes,
                                       orphanRuleName(draft.orphanRule), show});
        if (!updated.ok())
            return updated.error();
        auto bumped = startShowVersionAfresh(m_database, show);
        if (!bumped.ok())
            return bumped.error();
        version = bumped.value();
        if (auto door = writeDoorOverride(show, draft, actor); !door.ok())
            return door.error();
        return audit(actor, u"update show"_s, show, u"\"%1\" in hall %2"_s.arg(draft.title).arg(draft.hall));
    });
    if (written.ok())
        m_feed.publish(show, version);
    return written;
}

Result<bool> ShowService::setPrices(qint64 show, const QList<Price> &prices, const StaffActor &actor)
{
    if (actor.name.trimmed().isEmpty())
        return invalid(u"A price list is changed under a manager's name."_s);
    qint64 version = 0;
    auto written = m_database.write<bool>([&]() -> Result<bool> {
        auto hall = m_database.run(u"SELECT hall_id FROM shows WHERE id = ?"_s, {show});
        if (!hall.ok())
            return hall.error();
        if (!hall.value().next())
            return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(show), {}};
        const qint64 hallId = hall.value().value(0).toLongLong();
        hall.value().finish();
        if (auto stored = writePrices(show, hallId, prices); !stored.ok())
            return stored;
        auto bumped = startShowVersionAfresh(m_database, show);
        if (!bumped.ok())
            return bumped.error();
        version = bumped.value();
        return audit(actor, u"set prices"_s, show, AuditAmounts::prices(sortedPrices(prices)));
    });
    if (written.ok())
        m_feed.publish(show, version);
    return written;
}

Result<bool> ShowService::copyPrices(qint64 fromShow, qint64 toShow, const StaffActor &actor)
{
    auto source = m_database.read<QList<Price>>([&]() -> Result<QList<Price>> {
        auto found = m_database.run(u"SELECT 1 FROM shows WHERE id = ?"_s, {fromShow});
        if (!found.ok())
            return found.error();
        if (!found.value().next())
            return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(fromShow), {}};
        found.value().finish();
        auto rows = m_database.run(u"SELECT category, ticket_type, price_cents FROM show_prices WHERE show_id = ?"_s,
                                   {fromShow});
        if (!rows.ok())
            return rows.error();
        QList<Price> prices;
        while (rows.value().next())
            prices.append({rows.value().value(0).toString(), rows.value().value(1).toString(),
                           rows.value().value(2).toLongLong()});
        return prices;
    });
    if (!source.ok())
        return source.error();
    return setPrices(toShow, source.value(), actor);
}

Result<ChangeResult> ShowService::cancelShow(qint64 show, const QString &reason, const StaffActor &manager)
{
    return m_reservations.cancelShow(show, manager, reason);
}

Result<bool> ShowService::mayChangeDoor(const ShowDraft &draft, const StaffActor &actor)
{
    if (!draft.doorOverride)
        return true;
    return doorsupport::requireManager(m_database, m_clock, actor, u"Only a manager can change the door settings."_s);
}

Result<bool> ShowService::writeDoorOverride(qint64 show, const ShowDraft &draft, const StaffActor &actor)
{
    if (!draft.doorOverride)
        return true;
    return CheckinService::writeShowOverride(m_database, m_clock.now(), show, *draft.doorOverride, actor);
}

Result<bool> ShowService::audit(const StaffActor &actor, const QString &action, qint64 show, const QString &details)
{
    return AuditTrail::record(m_database, m_clock.now(), {actor, action, show, details, {}});
}

} // namespace boxoffice
