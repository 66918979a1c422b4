#include "shiftservice.h"

#include "auditamounts.h"
#include "audittrail.h"
#include "staffservice.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

const QString selectShifts = u"SELECT sh.id, sh.staff_id, st.name, sh.counter, sh.opened_at, sh.float_cents,"
                             " sh.closed_at, sh.counted_cash_cents, sh.counted_card_cents, sh.expected_cash_cents,"
                             " sh.expected_card_cents, sh.close_note FROM shifts sh JOIN staff st ON st.id = sh.staff_id"_s;

const QString cash = u"cash"_s;
const QString card = u"card"_s;

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidField, message, {}};
}

Error refused(const QString &message)
{
    return Error{ErrorCode::Forbidden, message, {}};
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

std::optional<DrawerSums> sumsFrom(const QVariant &cashCents, const QVariant &cardCents)
{
    if (cashCents.isNull())
        return std::nullopt;
    return DrawerSums{cashCents.toLongLong(), cardCents.toLongLong()};
}

Shift shiftFrom(const SqlRows &row)
{
    Shift shift;
    shift.id = row.value(0).toLongLong();
    shift.staffId = row.value(1).toLongLong();
    shift.staffName = row.value(2).toString();
    shift.counter = row.value(3).toString();
    shift.openedAt = timeFrom(row.value(4));
    shift.floatCents = row.value(5).toLongLong();
    shift.closedAt = timeFrom(row.value(6));
    shift.counted = sumsFrom(row.value(7), row.value(8));
    shift.expected = sumsFrom(row.value(9), row.value(10));
    shift.closeNote = row.value(11).toString();
    return shift;
}

Error databaseError(const SqlRows &rows)
{
    return Error{ErrorCode::DatabaseError, rows.error(), {}};
}

/// The venue day's span in milliseconds since the epoch: [its midnight in `zone`, the next).
std::pair<qint64, qint64> daySpan(const QDate &day, const QTimeZone &zone)
{
    return {day.startOfDay(zone).toMSecsSinceEpoch(), day.addDays(1).startOfDay(zone).toMSecsSinceEpoch()};
}

/// The report lines of one grouping, found by their key as the payment lines come.
class LineGroup
{
public:
    DayReportLine &line(const QString &key, qint64 id, const QString &name)
    {
        auto found = m_index.constFind(key);
        if (found != m_index.cend())
            return m_lines[*found];
        m_index.insert(key, m_lines.size());
        m_lines.append(DayReportLine{id, name});
        return m_lines.last();
    }

    QList<DayReportLine> sorted() const
    {
        QList<DayReportLine> lines = m_lines;
        std::sort(lines.begin(), lines.end(), [](const DayReportLine &a, const DayReportLine &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        return lines;
    }

private:
    QHash<QString, qsizetype> m_index;
    QList<DayReportLine> m_lines;
};

void addPayment(DayReportLine &line, const QString &kind, qint64 amountCents, bool collects)
{
    if (kind == u"payment"_s)
        line.salesCents += amountCents;
    else if (kind == u"refund"_s)
        line.refundsCents -= amountCents;
    else
        line.transfersCents += amountCents;
    line.reservationsCollected += collects ? 1 : 0;
}

} // namespace

ShiftService::ShiftService(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

Result<Shift> ShiftService::openShift(const StaffActor &actor, qint64 floatCents, const QString &counter)
{
    if (actor.staffId == 0)
        return refused(u"A shift is opened by a signed-in staff member."_s);
    if (floatCents < 0)
        return invalid(u"A float cannot be negative."_s);
    const QString counterName = counter.simplified();
    if (counterName.size() > maxCounterLength)
        return invalid(u"A counter's name has at most %1 characters."_s.arg(maxCounterLength));
    return m_database.write<Shift>([&]() -> Result<Shift> {
        StaffService staff(m_database, m_clock);
        auto member = staff.member(actor.staffId);
        if (!member.ok())
            return member.error();
        if (member->disabled())
            return refused(u"%1's account is disabled."_s.arg(member->name));
        auto open = currentShift(actor.staffId);
        if (!open.ok())
            return open.error();
        if (open.value())
            return refused(u"%1 already has a shift open since %2; close it first."_s.arg(
                    member->name, open.value()->openedAt.toString(Qt::ISODate)));
        auto id = m_database.insert(u"INSERT INTO shifts (staff_id, counter, opened_at, float_cents) VALUES (?, ?, ?, ?)"_s,
                                    {actor.staffId, counterName, m_clock.now().toMSecsSinceEpoch(), floatCents});
        if (!id.ok())
            return id.error();
        if (auto audited = audit(actor, u"open shift"_s, AuditAmounts::openShift(floatCents, counterName));
            !audited.ok())
            return audited.error();
        return readShift(id.value());
    });
}

Result<std::optional<Shift>> ShiftService::currentShift(qint64 staffId) const
{
    auto shifts = readShifts(u"sh.staff_id = ? AND sh.closed_at IS NULL"_s, {staffId});
    if (!shifts.ok())
        return shifts.error();
    if (shifts->isEmpty())
        return std::optional<Shift>();
    return std::optional<Shift>(shifts->first());
}

Result<Shift> ShiftService::shift(qint64 id) const
{
    return readShift(id);
}

Result<DrawerSums> ShiftService::expected(qint64 shift) const
{
    return m_database.read<DrawerSums>([&]() -> Result<DrawerSums> {
        auto found = readShift(shift);
        if (!found.ok())
            return found.error();
        return expectedNow(found.value());
    });
}

Result<ShiftCount> ShiftService::countShift(qint64 shift, const DrawerSums &counted, const StaffActor &actor)
{
    if (counted.cashCents < 0 || counted.cardCents < 0)
        return invalid(u"A counted sum cannot be negative."_s);
    return m_database.write<ShiftCount>([&]() -> Result<ShiftCount> {
        auto found = openShiftHandledBy(shift, actor);
        if (!found.ok())
            return found.error();
        if (found->isCounted())
            return refused(u"This shift's drawer was counted already; close it, with a note for any difference."_s);
        auto expectedSums = expectedNow(found.value());
        if (!expectedSums.ok())
            return expectedSums.error();
        auto recorded = m_database.change(u"UPDATE shifts SET counted_cash_cents = ?, counted_card_cents = ?"
                                          " WHERE id = ? AND closed_at IS NULL AND counted_cash_cents IS NULL"_s,
                                          {counted.cashCents, counted.cardCents, shift});
        if (!recorded.ok())
            return recorded.error();
        if (auto audited = audit(actor, u"count shift"_s, AuditAmounts::countShift(shift, found->staffName, counted));
            !audited.ok())
            return audited.error();
        return ShiftCount{expectedSums.value(), counted};
    });
}

Result<ShiftCount> ShiftService::closeShift(qint64 shift, const QString &note, const StaffActor &actor)
{
    const QString cleanNote = note.trimmed();
    if (cleanNote.size() > maxTextLength)
        return invalid(u"A note has at most %1 characters."_s.arg(maxTextLength));
    return m_database.write<ShiftCount>([&]() -> Result<ShiftCount> {
        auto found = openShiftHandledBy(shift, actor);
        if (!found.ok())
            return found.error();
        if (!found->isCounted())
            return refused(u"Count the drawer before closing the shift."_s);
        auto expectedSums = expectedNow(found.value());
        if (!expectedSums.ok())
            return expectedSums.error();
        const ShiftCount count{expectedSums.value(), *found->counted};
        if (!count.balances() && cleanNote.isEmpty())
            return invalid(u"The count differs from what was expected (cash %1, card %2 cents); add a note"
                           " explaining the difference."_s.arg(count.cashDifferenceCents()).arg(count.cardDifferenceCents()));
        auto closed = m_database.change(u"UPDATE shifts SET closed_at = ?, expected_cash_cents = ?,"
                                        " expected_card_cents = ?, close_note = ? WHERE id = ? AND closed_at IS NULL"_s,
                                        {m_clock.now().toMSecsSinceEpoch(), count.expected.cashCents,
                                         count.expected.cardCents, cleanNote, shift});
        if (!closed.ok())
            return closed.error();
        if (auto audited = audit(actor, u"close shift"_s, AuditAmounts::closeShift(shift, found->staffName, count),
                                 cleanNote);
            !audited.ok())
            return audited.error();
        return count;
    });
}

Result<Shift> ShiftService::reopenShift(qint64 shift, const QString &reason, const StaffActor &actor)
{
    const QString cleanReason = reason.trimmed();
    if (cleanReason.isEmpty())
        return invalid(u"Reopening a shift needs a reason."_s);
    if (cleanReason.size() > maxTextLength)
        return invalid(u"A reason has at most %1 characters."_s.arg(maxTextLength));
    return m_database.write<Shift>([&]() -> Result<Shift> {
        auto manager = isManager(actor.isOverride() ? actor.authorisedById : actor.staffId);
        if (!manager.ok())
            return manager.error();
        if (!manager.value())
            return refused(u"Only a manager can reopen a shift."_s);
        auto found = readShift(shift);
        if (!found.ok())
            return found.error();
        if (found->isOpen())
            return refused(u"This shift is open."_s);
        auto open = currentShift(found->staffId);
        if (!open.ok())
            return open.error();
        if (open.value())
            return refused(u"%1 has another shift open; close it before reopening this one."_s.arg(found->staffName));
        auto reopened = m_database.change(u"UPDATE shifts SET closed_at = NULL, counted_cash_cents = NULL,"
                                          " counted_card_cents = NULL, expected_cash_cents = NULL,"
                                          " expected_card_cents = NULL, close_note = '' WHERE id = ?"_s,
                                          {shift});
        if (!reopened.ok())
            return reopened.error();
        if (auto audited = audit(actor, u"reopen shift"_s,
                                 u"shift %1 of %2, closed with the note \"%3\""_s.arg(shift).arg(found->staffName,
                                                                                         found->closeNote),
                                 cleanReason);
            !audited.ok())
            return audited.error();
        return readShift(shift);
    });
}

Result<QList<Shift>> ShiftService::shiftsOn(const QDate &day, const QTimeZone &zone) const
{
    const auto [from, to] = daySpan(day, zone);
    return readShifts(u"sh.opened_at < ? AND (sh.closed_at IS NULL OR sh.closed_at >= ?)"_s, {to, from});
}

Result<DayReport> ShiftService::dayClose(const QDate &day, const QTimeZone &zone, const StaffActor &actor)
{
    if (actor.staffId == 0)
        return refused(u"A day is closed by a signed-in staff member."_s);
    return m_database.write<DayReport>([&]() -> Result<DayReport> {
        auto shifts = shiftsOn(day, zone);
        if (!shifts.ok())
            return shifts.error();
        QStringList open;
        for (const Shift &shift : shifts.value()) {
            if (shift.isOpen())
                open.append(shift.staffName);
        }
        if (!open.isEmpty())
            return refused(u"%1 cannot be closed while shifts are open: %2."_s.arg(day.toString(Qt::ISODate),
                                                                                 open.join(u", "_s)));
        const QString dayName = day.toString(Qt::ISODate);
        auto closedBefore = m_database.run(u"SELECT 1 FROM day_closes WHERE day = ?"_s, {dayName});
        if (!closedBefore.ok())
            return closedBefore.error();
        if (closedBefore.value().next())
            return refused(u"%1 is closed already."_s.arg(dayName));
        auto inserted = m_database.run(u"INSERT INTO day_closes (day, closed_at, staff_id) VALUES (?, ?, ?)"_s,
                                       {dayName, m_clock.now().toMSecsSinceEpoch(), actor.staffId});
        if (!inserted.ok())
            return inserted.error();
        if (auto audited = audit(actor, u"close day"_s, dayName); !audited.ok())
            return audited.error();
        return readDayReport(day, zone);
    });
}

Result<DayReport> ShiftService::dayReport(const QDate &day, const QTimeZone &zone) const
{
    return m_database.read<DayReport>([&]() -> Result<DayReport> { return readDayReport(day, zone); });
}

Result<DayReport> ShiftService::readDayReport(const QDate &day, const QTimeZone &zone) const
{
    const auto [from, to] = daySpan(day, zone);
    DayReport report;
    report.day = day;

    auto closed = m_database.run(u"SELECT dc.closed_at, st.name FROM day_closes dc"
                                 " LEFT JOIN staff st ON st.id = dc.staff_id WHERE dc.day = ?"_s,
                                 {day.toString(Qt::ISODate)});
    if (!closed.ok())
        return closed.error();
    if (closed.value().next()) {
        report.closedAt = timeFrom(closed.value().value(0));
        report.closedBy = closed.value().value(1).toString();
    }

    LineGroup cashiers;
    LineGroup methods;
    LineGroup shows;
    auto payments = m_database.run(
            u"SELECT p.staff_id, st.name, p.method, b.show_id, s.title, p.kind, p.amount_cents, b.channel"
            " FROM payments p JOIN bookings b ON b.id = p.booking_id JOIN shows s ON s.id = b.show_id"
            " LEFT JOIN staff st ON st.id = p.staff_id WHERE p.at >= ? AND p.at < ?"_s,
            {from, to});
    if (!payments.ok())
        return payments.error();
    SqlRows &rows = payments.value();
    while (rows.next()) {
        const qint64 staffId = rows.value(0).toLongLong();
        const QString method = rows.value(2).toString();
        const qint64 showId = rows.value(3).toLongLong();
        const QString kind = rows.value(5).toString();
        const qint64 amount = rows.value(6).toLongLong();
        const bool collects = kind == u"payment"_s && rows.value(7).toString() == u"web"_s;
        addPayment(cashiers.line(QString::number(staffId), staffId, rows.value(1).toString()), kind, amount, collects);
        addPayment(methods.line(method, 0, method), kind, amount, collects);
        addPayment(shows.line(QString::number(showId), showId, rows.value(4).toString()), kind, amount, collects);
        addPayment(report.total, kind, amount, collects);
    }
    if (!rows.error().isEmpty())
        return databaseError(rows);

    auto expired = m_database.run(u"SELECT b.show_id, s.title FROM bookings b JOIN shows s ON s.id = b.show_id"
                                  " WHERE b.payment_state = 'expired' AND b.pay_by >= ? AND b.pay_by < ?"_s,
                                  {from, to});
    if (!expired.ok())
        return expired.error();
    while (expired.value().next()) {
        const qint64 showId = expired.value().value(0).toLongLong();
        ++shows.line(QString::number(showId), showId, expired.value().value(1).toString()).reservationsExpired;
        ++report.total.reservationsExpired;
    }
    if (!expired.value().error().isEmpty())
        return databaseError(expired.value());
    report.byCashier = cashiers.sorted();
    report.byMethod = methods.sorted();
    report.byShow = shows.sorted();

    auto unpaid = m_database.run(
            u"SELECT COUNT(DISTINCT b.id), COUNT(bs.seat_id), COALESCE(SUM(bs.price_cents), 0)"
            " FROM bookings b JOIN shows s ON s.id = b.show_id"
            " JOIN booking_seats bs ON bs.booking_id = b.id AND bs.released_at IS NULL"
            " WHERE b.payment_state = 'reserved' AND b.cancelled_at IS NULL AND s.starts_at >= ? AND s.starts_at < ?"_s,
            {from, to});
    if (!unpaid.ok())
        return unpaid.error();
    if (unpaid.value().next()) {
        report.unpaidReservations = unpaid.value().value(0).toInt();
        report.unpaidSeats = unpaid.value().value(1).toInt();
        report.unpaidCents = unpaid.value().value(2).toLongLong();
    }

    auto shifts = shiftsOn(day, zone);
    if (!shifts.ok())
        return shifts.error();
    report.shifts = shifts.value();
    return report;
}

Result<Shift> ShiftService::readShift(qint64 id) const
{
    auto shifts = readShifts(u"sh.id = ?"_s, {id});
    if (!shifts.ok())
        return shifts.error();
    if (shifts->isEmpty())
        return Error{ErrorCode::NotFound, u"There is no shift %1."_s.arg(id), {}};
    return shifts->first();
}

Result<QList<Shift>> ShiftService::readShifts(const QString &condition, const QVariantList &values) const
{
    auto rows = m_database.run(selectShifts + u" WHERE "_s + condition + u" ORDER BY sh.opened_at, sh.id"_s, values);
    if (!rows.ok())
        return rows.error();
    QList<Shift> shifts;
    while (rows.value().next())
        shifts.append(shiftFrom(rows.value()));
    if (!rows.value().error().isEmpty())
        return databaseError(rows.value());
    return shifts;
}

Result<DrawerSums> ShiftService::expectedNow(const Shift &shift) const
{
    auto rows = m_database.run(u"SELECT method, COALESCE(SUM(amount_cents), 0) FROM payments"
                               " WHERE shift_id = ? AND (kind = 'payment' OR kind = 'refund') GROUP BY method"_s,
                               {shift.id});
    if (!rows.ok())
        return rows.error();
    DrawerSums sums{shift.floatCents, 0};
    while (rows.value().next()) {
        const QString method = rows.value().value(0).toString();
        if (method == cash)
            sums.cashCents += rows.value().value(1).toLongLong();
        else if (method == card)
            sums.cardCents += rows.value().value(1).toLongLong();
    }
    if (!rows.value().error().isEmpty())
        return databaseError(rows.value());
    return sums;
}

Result<Shift> ShiftService::openShiftHandledBy(qint64 id, const StaffActor &actor) const
{
    auto found = readShift(id);
    if (!found.ok())
        return found.error();
    if (auto allowed = mayHandle(found.value(), actor); !allowed.ok())
        return allowed.error();
    if (!found->isOpen())
        return refused(u"This shift is closed; a manager can reopen it."_s);
    return found;
}

Result<bool> ShiftService::mayHandle(const Shift &shift, const StaffActor &actor) const
{
    if (actor.staffId == shift.staffId && actor.staffId != 0)
        return true;
    auto manager = isManager(actor.isOverride() ? actor.authorisedById : actor.staffId);
    if (!manager.ok())
        return manager.error();
    if (!manager.value())
        return refused(u"Only %1 or a manager can count and close this shift."_s.arg(shift.staffName));
    return true;
}

Result<bool> ShiftService::isManager(qint64 staffId) const
{
    if (staffId == 0)
        return false;
    StaffService staff(m_database, m_clock);
    auto member = staff.member(staffId);
    if (!member.ok())
        return member.error().code == ErrorCode::NotFound ? Result<bool>(false) : Result<bool>(member.error());
    return member->isManager() && !member->disabled();
}

Result<bool> ShiftService::audit(const StaffActor &actor, const QString &action, const QString &details,
                                 const QString &reason)
{
    return AuditTrail::record(m_database, m_clock.now(), {actor, action, 0, details, reason});
}

} // namespace boxoffice
