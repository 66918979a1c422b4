#include "showcatalog.h"

#include "bookingreference.h"
#include "migrations.h"
#include "ticketcode.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Seats a new plan dropped are retired: kept for the bookings of past shows, with no grid cell
// (grid_row < 0), so out of every seat map and count. The test works on every schema version.
const QString seatStateColumns =
        u"SELECT s.id, s.label, s.row_label, s.number, s.grid_row, s.grid_column, s.category, s.accessible,"
        " c.kind, h.owner, h.expires_at, hs.seat_id"
        " FROM seats s"
        " LEFT JOIN seat_claims c ON c.show_id = ? AND c.seat_id = s.id"
        " LEFT JOIN holds h ON h.id = c.hold_id"
        " LEFT JOIN house_seats hs ON hs.show_id = ? AND hs.seat_id = s.id"
        " WHERE s.hall_id = ? AND s.grid_row >= 0"_s;

SeatState seatStateFrom(const SqlRows &query, const QHash<QString, qint64> &adultPrices)
{
    SeatState state;
    state.seat.id = query.value(0).toLongLong();
    state.seat.label = query.value(1).toString();
    state.seat.rowLabel = query.value(2).toString();
    state.seat.number = query.value(3).toInt();
    state.seat.gridRow = query.value(4).toInt();
    state.seat.gridColumn = query.value(5).toInt();
    state.seat.category = query.value(6).toString();
    state.seat.accessible = query.value(7).toInt() != 0;
    const QString kind = query.value(8).toString();
    state.status = kind == u"hold"_s      ? SeatStatus::Held
                 : kind == u"booking"_s   ? SeatStatus::Booked
                 : kind == u"block"_s     ? SeatStatus::Blocked
                                          : SeatStatus::Available;
    if (state.status == SeatStatus::Held) {
        state.holdOwner = query.value(9).toString();
        state.holdExpiresAt = fromMs(query.value(10));
    }
    state.houseSeat = !query.value(11).isNull();
    state.priceCents = adultPrices.value(state.seat.category, 0);
    return state;
}

} // namespace

ShowCatalog::ShowCatalog(Database &database) : m_database(database) {}

Result<QList<Show>> ShowCatalog::shows(const QDateTime &from, const QDateTime &to, Channel channel) const
{
    return showsStarting(from, to, channel, false);
}

Result<QList<Show>> ShowCatalog::showsStarting(const QDateTime &from, const QDateTime &to, Channel channel,
                                               bool withCancelled) const
{
    if (!m_showsHaveSalesSettings)
        m_showsHaveSalesSettings = Migrations::showsHaveSalesSettings(m_database);
    const QString cancelled = m_showsHaveSalesSettings ? u"sh.cancelled_at IS NOT NULL"_s : u"0 = 1"_s;
    const QString leftOut = withCancelled ? QString() : u" AND NOT (%1)"_s.arg(cancelled);
    if (!m_showsHaveOrphanRule)
        m_showsHaveOrphanRule = Migrations::showsHaveOrphanRule(m_database);
    const QString orphanRule = m_showsHaveOrphanRule ? u"sh.orphan_rule"_s : u"'warn'"_s;
    return m_database.read<QList<Show>>([&]() -> Result<QList<Show>> {
        auto query = m_database.run(
                u"SELECT sh.id, sh.title, sh.hall_id, h.name, sh.starts_at, sh.version,"
                " (SELECT COUNT(*) FROM seats WHERE hall_id = sh.hall_id AND grid_row >= 0),"
                " (SELECT COUNT(*) FROM seat_claims c JOIN seats s ON s.id = c.seat_id"
                "   WHERE c.show_id = sh.id AND s.grid_row >= 0),"
                " (SELECT COUNT(*) FROM house_seats hs JOIN seats s ON s.id = hs.seat_id"
                "   WHERE hs.show_id = sh.id AND s.grid_row >= 0 AND NOT EXISTS"
                "   (SELECT 1 FROM seat_claims c WHERE c.show_id = hs.show_id AND c.seat_id = hs.seat_id)),"
                " %1, %3"
                " FROM shows sh JOIN halls h ON h.id = sh.hall_id"
                " WHERE sh.starts_at >= ? AND sh.starts_at < ?%2 ORDER BY sh.starts_at, sh.id"_s.arg(cancelled, leftOut,
                                                                                                       orphanRule),
                {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()});
        if (!query.ok())
            return query.error();
        QList<Show> shows;
        while (query.value().next()) {
            const SqlRows &row = query.value();
            Show show;
            show.id = row.value(0).toLongLong();
            show.title = row.value(1).toString();
            show.hallId = row.value(2).toLongLong();
            show.hallName = row.value(3).toString();
            show.startsAt = fromMs(row.value(4));
            show.version = row.value(5).toLongLong();
            show.seatsTotal = row.value(6).toInt();
            show.seatsAvailable = show.seatsTotal - row.value(7).toInt()
                    - (channel == Channel::Web ? row.value(8).toInt() : 0);
            show.cancelled = row.value(9).toBool();
            show.orphanRule = orphanRuleFromName(row.value(10).toString()).value_or(OrphanRule::Warn);
            shows.append(show);
        }
        query.value().finish();
        auto prices = m_database.run(u"SELECT p.show_id, p.category, p.ticket_type, p.price_cents FROM show_prices p"
                                     " JOIN shows sh ON sh.id = p.show_id WHERE sh.starts_at >= ? AND sh.starts_at < ?"
                                     " ORDER BY p.show_id, p.category, p.ticket_type"_s,
                                     {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()});
        if (!prices.ok())
            return prices.error();
        QHash<qint64, QList<Price>> byShow;
        while (prices.value().next())
            byShow[prices.value().value(0).toLongLong()].append(
                    {prices.value().value(1).toString(), prices.value().value(2).toString(),
                     prices.value().value(3).toLongLong()});
        for (Show &show : shows)
            show.prices = byShow.value(show.id);
        return shows;
    });
}

Result<Show> ShowCatalog::show(qint64 id, Channel channel) const
{
    auto startsAt = m_database.read<QDateTime>([&]() -> Result<QDateTime> {
        auto query = m_database.run(u"SELECT starts_at FROM shows WHERE id = ?"_s, {id});
        if (!query.ok())
            return query.error();
        if (!query.value().next())
            return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(id), {}};
        return fromMs(query.value().value(0));
    });
    if (!startsAt.ok())
        return startsAt.error();
    auto shows = showsStarting(startsAt.value(), startsAt.value().addMSecs(1), channel, true);
    if (!shows.ok())
        return shows.error();
    for (const Show &show : shows.value()) {
        if (show.id == id)
            return show;
    }
    return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(id), {}};
}

Result<Hall> ShowCatalog::hall(qint64 id) const
{
    auto all = halls();
    if (!all.ok())
        return all.error();
    for (const Hall &hall : all.value()) {
        if (hall.id == id)
            return hall;
    }
    return Error{ErrorCode::NotFound, u"There is no hall %1."_s.arg(id), {}};
}

Result<QList<Hall>> ShowCatalog::halls() const
{
    return m_database.read<QList<Hall>>([&]() -> Result<QList<Hall>> {
        auto query = m_database.run(u"SELECT id, name, grid_rows, grid_columns FROM halls ORDER BY id"_s);
        if (!query.ok())
            return query.error();
        QList<Hall> halls;
        QHash<qint64, qsizetype> index;
        while (query.value().next()) {
            index.insert(query.value().value(0).toLongLong(), halls.size());
            halls.append(Hall{query.value().value(0).toLongLong(), query.value().value(1).toString(),
                              query.value().value(2).toInt(), query.value().value(3).toInt(), {}});
        }
        query.value().finish();
        auto seats = m_database.run(u"SELECT id, hall_id, label, row_label, number, grid_row, grid_column, category,"
                                    " accessible FROM seats WHERE grid_row >= 0 ORDER BY hall_id, grid_row, grid_column"_s);
        if (!seats.ok())
            return seats.error();
        while (seats.value().next()) {
            const SqlRows &row = seats.value();
            Seat seat{row.value(0).toLongLong(), row.value(2).toString(), row.value(3).toString(), row.value(4).toInt(),
                      row.value(5).toInt(), row.value(6).toInt(), row.value(7).toString(), row.value(8).toInt() != 0};
            halls[index.value(row.value(1).toLongLong())].seats.append(seat);
        }
        return halls;
    });
}

Result<ShowSnapshot> ShowCatalog::snapshot(qint64 show) const
{
    auto delta = changesSince(show, -1);
    if (!delta.ok())
        return delta.error();
    auto info = this->show(show);
    if (!info.ok())
        return info.error();
    ShowSnapshot snapshot;
    snapshot.show = info.value();
    snapshot.show.version = delta->version;
    snapshot.seats = delta->seats;
    for (const SeatState &seat : std::as_const(snapshot.seats)) {
        snapshot.gridRows = qMax(snapshot.gridRows, seat.seat.gridRow + 1);
        snapshot.gridColumns = qMax(snapshot.gridColumns, seat.seat.gridColumn + 1);
    }
    return snapshot;
}

Result<std::pair<ShowSnapshot, SeatDelta>> ShowCatalog::snapshotAndChangesSince(qint64 show, qint64 since) const
{
    using Both = std::pair<ShowSnapshot, SeatDelta>;
    return m_database.read<Both>([&]() -> Result<Both> {
        auto all = snapshot(show);
        if (!all.ok())
            return all.error();
        auto changed = changesSince(show, since);
        if (!changed.ok())
            return changed.error();
        return Both{std::move(all.value()), std::move(changed.value())};
    });
}

Result<SeatDelta> ShowCatalog::changesSince(qint64 show, qint64 since) const
{
    return m_database.read<SeatDelta>([&]() -> Result<SeatDelta> {
        auto header = m_database.run(u"SELECT hall_id, version, changes_from FROM shows WHERE id = ?"_s, {show});
        if (!header.ok())
            return header.error();
        if (!header.value().next())
            return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(show), {}};
        const qint64 hallId = header.value().value(0).toLongLong();
        SeatDelta delta;
        delta.show = show;
        delta.version = header.value().value(1).toLongLong();
        const qint64 changesFrom = header.value().value(2).toLongLong();
        header.value().finish();
        delta.full = since < changesFrom || since > delta.version;

        auto prices = m_database.run(
                u"SELECT category, price_cents FROM show_prices WHERE show_id = ? AND ticket_type = 'adult'"_s, {show});
        if (!prices.ok())
            return prices.error();
        QHash<QString, qint64> adultPrices;
        while (prices.value().next())
            adultPrices.insert(prices.value().value(0).toString(), prices.value().value(1).toLongLong());
        prices.value().finish();

        QString sql = seatStateColumns;
        QVariantList values{show, show, hallId};
        if (!delta.full) {
            sql += u" AND s.id IN (SELECT seat_id FROM seat_changes WHERE show_id = ? AND version > ?)"_s;
            values << show << since;
        }
        sql += u" ORDER BY s.grid_row, s.grid_column"_s;
        auto seats = m_database.run(sql, values);
        if (!seats.ok())
            return seats.error();
        while (seats.value().next())
            delta.seats.append(seatStateFrom(seats.value(), adultPrices));
        return delta;
    });
}

Result<qint64> ShowCatalog::version(qint64 show) const
{
    auto query = m_database.run(u"SELECT version FROM shows WHERE id = ?"_s, {show});
    if (!query.ok())
        return query.error();
    if (!query.value().next())
        return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(show), {}};
    return query.value().value(0).toLongLong();
}

Result<QHash<qint64, qint64>> ShowCatalog::versions() const
{
    auto query = m_database.run(u"SELECT id, version FROM shows"_s);
    if (!query.ok())
        return query.error();
    QHash<qint64, qint64> versions;
    while (query.value().next())
        versions.insert(query.value().value(0).toLongLong(), query.value().value(1).toLongLong());
    return versions;
}

Result<std::optional<QDateTime>> ShowCatalog::nextHoldExpiry() const
{
    auto query = m_database.run(u"SELECT MIN(expires_at) FROM holds WHERE ended_at IS NULL"_s);
    if (!query.ok())
        return query.error();
    if (!query.value().next() || query.value().value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromMs(query.value().value(0)));
}

Result<std::optional<QDateTime>> ShowCatalog::nextPaymentDeadline() const
{
    if (!m_bookingsHavePaymentState)
        m_bookingsHavePaymentState = Migrations::bookingsHavePaymentState(m_database);
    if (!m_bookingsHavePaymentState)
        return std::optional<QDateTime>();
    auto query = m_database.run(u"SELECT MIN(pay_by) FROM bookings WHERE payment_state = 'reserved'"_s);
    if (!query.ok())
        return query.error();
    if (!query.value().next() || query.value().value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromMs(query.value().value(0)));
}

Result<QList<Booking>> ShowCatalog::bookingsWhere(const QString &condition, const QVariantList &values, int limit) const
{
    if (!m_bookingsHavePaymentState)
        m_bookingsHavePaymentState = Migrations::bookingsHavePaymentState(m_database);
    const QString moneyColumns = m_bookingsHavePaymentState ? u"b.payment_state, b.pay_by, b.staff_id"_s
                                                            : u"'paid', NULL, NULL"_s;
    if (!m_ticketsHaveCodes)
        m_ticketsHaveCodes = Migrations::ticketsHaveCodes(m_database);
    const QString ticketCode = m_ticketsHaveCodes ? u"bs.ticket_code"_s : u"''"_s;
    return m_database.read<QList<Booking>>([&]() -> Result<QList<Booking>> {
        QVariantList bound = values;
        bound.append(limit);
        auto query = m_database.run(
                u"SELECT b.id, b.reference, b.show_id, sh.title, h.name, sh.starts_at, c.id, c.name, c.email,"
                " b.owner, b.channel, b.payment_method, b.created_at, b.total_cents, b.cancelled_at, "_s
                        + moneyColumns + u" FROM bookings b JOIN shows sh ON sh.id = b.show_id JOIN halls h ON h.id = sh.hall_id"
                " LEFT JOIN customers c ON c.id = b.customer_id WHERE "_s
                        + condition + u" ORDER BY b.created_at DESC, b.id DESC LIMIT ?"_s,
                bound);
        if (!query.ok())
            return query.error();
        QList<Booking> bookings;
        QHash<qint64, qsizetype> index;
        while (query.value().next()) {
            const SqlRows &row = query.value();
            Booking booking;
            booking.id = row.value(0).toLongLong();
            booking.reference = row.value(1).toString();
            booking.showId = row.value(2).toLongLong();
            booking.showTitle = row.value(3).toString();
            booking.hallName = row.value(4).toString();
            booking.showStartsAt = fromMs(row.value(5));
            booking.customer = Customer{row.value(6).toLongLong(), row.value(7).toString(), row.value(8).toString()};
            booking.owner = row.value(9).toString();
            booking.channel = row.value(10).toString() == u"web"_s ? Channel::Web : Channel::Counter;
            booking.paymentMethod = row.value(11).toString();
            booking.createdAt = fromMs(row.value(12));
            booking.totalCents = row.value(13).toLongLong();
            booking.cancelled = !row.value(14).isNull();
            booking.paymentState = paymentStateFromName(row.value(15).toString()).value_or(PaymentState::Paid);
            if (!row.value(16).isNull())
                booking.payBy = fromMs(row.value(16));
            booking.staffId = row.value(17).toLongLong();
            index.insert(booking.id, bookings.size());
            bookings.append(booking);
        }
        query.value().finish();
        if (bookings.isEmpty())
            return bookings;
        QVariantList ids;
        for (const Booking &booking : std::as_const(bookings))
            ids.append(booking.id);
        auto seats = m_database.run(
                u"SELECT bs.booking_id, s.label, s.row_label, s.number, s.category, bs.ticket_type, bs.price_cents,"
                " bs.released_at, %1 FROM booking_seats bs JOIN seats s ON s.id = bs.seat_id"
                " WHERE bs.booking_id IN (%2) ORDER BY s.grid_row, s.grid_column"_s.arg(ticketCode, placeholders(ids.size())),
                ids);
        if (!seats.ok())
            return seats.error();
        while (seats.value().next()) {
            const SqlRows &row = seats.value();
            BookedSeat seat{row.value(1).toString(), row.value(2).toString(), row.value(3).toInt(),
                            row.value(4).toString(), row.value(5).toString(), row.value(6).toLongLong(),
                            !row.value(7).isNull(), row.value(8).toString()};
            bookings[index.value(row.value(0).toLongLong())].seats.append(seat);
        }
        return bookings;
    });
}

Result<Booking> ShowCatalog::booking(const QString &reference) const
{
    auto found = bookingsWhere(u"b.reference = ?"_s, {reference.trimmed().toUpper()}, 1);
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return Error{ErrorCode::NotFound, u"There is no booking %1."_s.arg(reference), {}};
    return found->constFirst();
}

Result<QList<Booking>> ShowCatalog::findBookings(const QString &text, int limit) const
{
    const QString pattern = u"%"_s + text.trimmed().toLower() + u"%"_s;
    return bookingsWhere(u"(LOWER(b.reference) LIKE ? OR LOWER(COALESCE(c.name, '')) LIKE ?"
                         " OR LOWER(COALESCE(c.email, '')) LIKE ? OR LOWER(sh.title) LIKE ?)"_s,
                         {pattern, pattern, pattern, pattern}, limit);
}

Result<QList<Booking>> ShowCatalog::findReservations(const QString &text, const QDateTime &showsFrom, int limit) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return QList<Booking>();
    const QString reference = BookingReference::fromScanOrTyped(wanted);
    if (!reference.isEmpty())
        return bookingsWhere(u"b.reference = ? AND b.channel = 'web' AND sh.starts_at >= ?"_s,
                             {reference, showsFrom.toMSecsSinceEpoch()}, limit);
    if (const QString ticketCode = TicketCode::normalized(wanted); !ticketCode.isEmpty()) {
        if (!m_ticketsHaveCodes)
            m_ticketsHaveCodes = Migrations::ticketsHaveCodes(m_database);
        if (m_ticketsHaveCodes) {
            auto found = bookingsWhere(u"b.id IN (SELECT booking_id FROM booking_seats WHERE ticket_code = ?)"
                                       " AND b.channel = 'web' AND sh.starts_at >= ?"_s,
                                       {ticketCode, showsFrom.toMSecsSinceEpoch()}, limit);
            // Twenty-six letters and digits could also be part of a name or an email address.
            if (!found.ok() || !found->isEmpty())
                return found;
        }
    }
    // What is typed is matched as text: a "%" or "_" in it is no wildcard.
    QString literal = wanted.toLower();
    literal.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    const QString pattern = u"%"_s + literal + u"%"_s;
    return bookingsWhere(u"b.channel = 'web' AND sh.starts_at >= ? AND (LOWER(COALESCE(c.name, '')) LIKE ? ESCAPE '\\'"
                         " OR LOWER(COALESCE(c.email, '')) LIKE ? ESCAPE '\\')"_s,
                         {showsFrom.toMSecsSinceEpoch(), pattern, pattern}, limit);
}

Result<QList<Booking>> ShowCatalog::bookingsForShow(qint64 show) const
{
    return bookingsWhere(u"b.show_id = ?"_s, {show}, 100000);
}

Result<QList<Customer>> ShowCatalog::findCustomers(const QString &text, int limit) const
{
    const QString pattern = u"%"_s + text.trimmed().toLower() + u"%"_s;
    auto query = m_database.run(u"SELECT id, name, email FROM customers WHERE deleted_at IS NULL"
                                " AND (LOWER(name) LIKE ? OR LOWER(email) LIKE ?) ORDER BY name, id LIMIT ?"_s,
                                {pattern, pattern, limit});
    if (!query.ok())
        return query.error();
    QList<Customer> customers;
    while (query.value().next())
        customers.append({query.value().value(0).toLongLong(), query.value().value(1).toString(),
                          query.value().value(2).toString()});
    return customers;
}

Result<QList<AuditEntry>> ShowCatalog::auditLog(int limit, qint64 show) const
{
    QString sql = u"SELECT id, at, actor, action, show_id, details, reason FROM audit_log"_s;
    QVariantList values;
    if (show > 0) {
        sql += u" WHERE show_id = ?"_s;
        values.append(show);
    }
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    values.append(limit);
    auto query = m_database.run(sql, values);
    if (!query.ok())
        return query.error();
    QList<AuditEntry> entries;
    while (query.value().next()) {
        const SqlRows &row = query.value();
        entries.append({row.value(0).toLongLong(), fromMs(row.value(1)), row.value(2).toString(),
                        row.value(3).toString(), row.value(4).toLongLong(), row.value(5).toString(),
                        row.value(6).toString()});
    }
    return entries;
}

Result<ShowReport> ShowCatalog::showReport(qint64 show) const
{
    auto info = this->show(show);
    if (!info.ok())
        return info.error();
    if (!m_bookingsHavePaymentState)
        m_bookingsHavePaymentState = Migrations::bookingsHavePaymentState(m_database);
    // Before the money trail every live booking counted as paid, at its seats' prices.
    const QString paymentState = m_bookingsHavePaymentState ? u"b.payment_state"_s : u"'paid'"_s;
    return m_database.read<ShowReport>([&]() -> Result<ShowReport> {
        auto query = m_database.run(
                u"SELECT s.category, "_s + paymentState
                        + u" = 'reserved', COUNT(*), SUM(bs.price_cents) FROM booking_seats bs"
                          " JOIN bookings b ON b.id = bs.booking_id JOIN seats s ON s.id = bs.seat_id"
                          " WHERE b.show_id = ? AND bs.released_at IS NULL AND "_s
                        + paymentState + u" IN ('paid', 'reserved') GROUP BY s.category, 2 ORDER BY s.category"_s,
                {show});
        if (!query.ok())
            return query.error();
        ShowReport report;
        report.show = info.value();
        report.seatsTotal = info->seatsTotal;
        SqlRows &rows = query.value();
        while (rows.next()) {
            if (rows.value(1).toBool()) {
                report.reservedSeats += rows.value(2).toInt();
                report.reservedCents += rows.value(3).toLongLong();
                continue;
            }
            CategorySales sales{rows.value(0).toString(), rows.value(2).toInt(), rows.value(3).toLongLong()};
            report.seatsSold += sales.seatsSold;
            report.revenueCents += sales.revenueCents;
            report.categories.append(sales);
        }
        if (!rows.error().isEmpty())
            return Error{ErrorCode::DatabaseError, rows.error(), {}};
        if (!m_bookingsHavePaymentState)
            return report;
        auto paid = m_database.run(u"SELECT COALESCE(SUM(p.amount_cents), 0) FROM payments p"
                                   " JOIN bookings b ON b.id = p.booking_id WHERE b.show_id = ?"_s,
                                   {show});
        if (!paid.ok())
            return paid.error();
        report.revenueCents = paid.value().next() ? paid.value().value(0).toLongLong() : 0;
        return report;
    });
}

Result<QList<Show>> ShowCatalog::showsOn(const QDate &day, const QTimeZone &zone, Channel channel) const
{
    return shows(day.startOfDay(zone), day.addDays(1).startOfDay(zone), channel);
}

Result<QList<ShowReport>> ShowCatalog::dayReport(const QDate &day, const QTimeZone &zone) const
{
    auto shows = showsOn(day, zone, Channel::Counter);
    if (!shows.ok())
        return shows.error();
    QList<ShowReport> reports;
    for (const Show &show : shows.value()) {
        auto report = showReport(show.id);
        if (!report.ok())
            return report.error();
        reports.append(report.value());
    }
    return reports;
}

} // namespace boxoffice
