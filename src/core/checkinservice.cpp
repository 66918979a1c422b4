#include "checkinservice.h"

#include "audittrail.h"
#include "doorsupport.h"
#include "showversion.h"
#include "sqlvalues.h"
#include "ticketcode.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

using doorsupport::fromMs;

const QString keyOpensMinutes = u"checkin.opens_minutes"_s;
const QString keyReentry = u"checkin.reentry"_s;

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidField, message, {}};
}

/// One booked seat as the door sees it.
struct Ticket
{
    QString code;
    qint64 bookingId = 0;
    qint64 seatId = 0;
    qint64 showId = 0;
    QString reference;
    QString seatLabel;
    QString ticketType;
    QString showTitle;
    QDateTime showStartsAt;
    /// Released, or its booking cancelled, refunded or expired, or its show cancelled.
    bool dead = false;
    bool reserved = false;
    ShowCheckinOverride override;
};

const QString selectTicket =
        u"SELECT bs.ticket_code, bs.booking_id, bs.seat_id, b.show_id, b.reference, s.label, bs.ticket_type, sh.title,"
        " sh.starts_at, bs.released_at, b.cancelled_at, b.payment_state, sh.cancelled_at, sh.checkin_opens_minutes,"
        " sh.checkin_reentry FROM booking_seats bs JOIN bookings b ON b.id = bs.booking_id"
        " JOIN shows sh ON sh.id = b.show_id JOIN seats s ON s.id = bs.seat_id WHERE "_s;

Result<std::optional<Ticket>> findTicket(const Database &database, const QString &condition, const QVariantList &values)
{
    auto rows = database.run(selectTicket + condition, values);
    if (!rows.ok())
        return rows.error();
    SqlRows &row = rows.value();
    if (!row.next())
        return std::optional<Ticket>();
    Ticket ticket;
    ticket.code = row.value(0).toString();
    ticket.bookingId = row.value(1).toLongLong();
    ticket.seatId = row.value(2).toLongLong();
    ticket.showId = row.value(3).toLongLong();
    ticket.reference = row.value(4).toString();
    ticket.seatLabel = row.value(5).toString();
    ticket.ticketType = row.value(6).toString();
    ticket.showTitle = row.value(7).toString();
    ticket.showStartsAt = fromMs(row.value(8));
    const QString paymentState = row.value(11).toString();
    ticket.dead = !row.value(9).isNull() || !row.value(10).isNull() || !row.value(12).isNull()
            || paymentState == u"refunded" || paymentState == u"expired";
    ticket.reserved = paymentState == u"reserved";
    if (!row.value(13).isNull())
        ticket.override.opensMinutesBeforeStart = row.value(13).toInt();
    if (!row.value(14).isNull())
        ticket.override.reentry = row.value(14).toLongLong() != 0;
    row.finish();
    return std::optional<Ticket>(ticket);
}

CheckinSettings applied(CheckinSettings settings, const ShowCheckinOverride &override)
{
    settings.opensMinutesBeforeStart = override.opensMinutesBeforeStart.value_or(settings.opensMinutesBeforeStart);
    settings.reentry = override.reentry.value_or(settings.reentry);
    return settings;
}

Result<bool> validate(const ShowCheckinOverride &override)
{
    if (override.opensMinutesBeforeStart
        && (*override.opensMinutesBeforeStart < 0
            || *override.opensMinutesBeforeStart > CheckinSettings::maximumOpensMinutesBeforeStart))
        return invalid(u"Check-in opens between 0 and %1 minutes before the show starts."_s.arg(
                CheckinSettings::maximumOpensMinutesBeforeStart));
    return true;
}

QString answerJson(const CheckinAnswer &answer)
{
    const QJsonObject object{{u"outcome"_s, checkinOutcomeName(answer.outcome)},
                             {u"code"_s, answer.code},
                             {u"show"_s, answer.showId},
                             {u"title"_s, answer.showTitle},
                             {u"starts"_s, answer.showStartsAt.isValid() ? answer.showStartsAt.toMSecsSinceEpoch() : 0},
                             {u"seat"_s, answer.seatLabel},
                             {u"type"_s, answer.ticketType},
                             {u"reference"_s, answer.bookingReference},
                             {u"at"_s, answer.at.isValid() ? answer.at.toMSecsSinceEpoch() : 0},
                             {u"device"_s, answer.byDevice},
                             {u"staff"_s, answer.byStaff}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

CheckinAnswer answerFromJson(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto time = [&](const QString &key) {
        const qint64 ms = object.value(key).toInteger();
        return ms != 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    };
    CheckinAnswer answer;
    answer.outcome = checkinOutcomeFromName(object.value(u"outcome"_s).toString()).value_or(CheckinOutcome::Unknown);
    answer.code = object.value(u"code"_s).toString();
    answer.showId = object.value(u"show"_s).toInteger();
    answer.showTitle = object.value(u"title"_s).toString();
    answer.showStartsAt = time(u"starts"_s);
    answer.seatLabel = object.value(u"seat"_s).toString();
    answer.ticketType = object.value(u"type"_s).toString();
    answer.bookingReference = object.value(u"reference"_s).toString();
    answer.at = time(u"at"_s);
    answer.byDevice = object.value(u"device"_s).toString();
    answer.byStaff = object.value(u"staff"_s).toString();
    answer.repeated = true;
    return answer;
}

/// The scanning device, as far as a check-in needs it.
struct Scanner
{
    qint64 id = 0;
    QString name;
    ScannerScope scope;
};

Result<Scanner> activeScanner(const Database &database, qint64 id)
{
    auto rows = database.run(u"SELECT name, paired_at, revoked_at, scope_day FROM scanner_devices WHERE id = ?"_s, {id});
    if (!rows.ok())
        return rows.error();
    if (!rows.value().next() || rows.value().value(1).isNull())
        return Error{ErrorCode::Forbidden, u"This device is not paired as a scanner."_s, {}};
    if (!rows.value().value(2).isNull())
        return Error{ErrorCode::Forbidden, u"This scanner was revoked; ask a manager to pair it again."_s, {}};
    Scanner scanner{id, rows.value().value(0).toString(), {}};
    scanner.scope.day = QDate::fromString(rows.value().value(3).toString(), Qt::ISODate);
    rows.value().finish();
    auto shows = database.run(u"SELECT show_id FROM scanner_device_shows WHERE device_id = ?"_s, {id});
    if (!shows.ok())
        return shows.error();
    while (shows.value().next())
        scanner.scope.shows.append(shows.value().value(0).toLongLong());
    return scanner;
}

/// One check-in, inside its write transaction.
class CheckinPass
{
public:
    CheckinPass(Database &database, qint64 nowMs, const CheckinSettings &venue)
        : m_database(database), m_nowMs(nowMs), m_venue(venue)
    {
    }

    /// The answer for `ticket`, passing it when every check allows; `scanner` is null for a
    /// manager's check-in, which needs no open door.
    Result<CheckinAnswer> pass(const Ticket &ticket, CheckinDirection direction, const Scanner *scanner,
                               const StaffActor &staff, const QString &reason)
    {
        CheckinAnswer answer = described(ticket);
        const CheckinSettings settings = applied(m_venue, ticket.override);
        if (ticket.dead)
            return outcome(answer, CheckinOutcome::Cancelled);
        if (scanner) {
            const QDateTime opens = ticket.showStartsAt.addSecs(-qint64(settings.opensMinutesBeforeStart) * 60);
            if (m_nowMs < opens.toMSecsSinceEpoch()) {
                answer.at = opens;
                return outcome(answer, CheckinOutcome::NotOpenYet);
            }
        }
        if (ticket.reserved)
            return outcome(answer, CheckinOutcome::Unpaid);
        if (direction == CheckinDirection::Exit)
            return leave(ticket, answer, settings, scanner);
        auto entered = m_database.change(u"UPDATE booking_seats SET inside = 1, entered_at = ? WHERE booking_id = ?"
                                         " AND seat_id = ? AND ticket_code = ? AND released_at IS NULL AND inside = 0"
                                         " AND (entered_at IS NULL OR ? <> 0)"_s,
                                         {m_nowMs, ticket.bookingId, ticket.seatId, ticket.code, settings.reentry ? 1 : 0});
        if (!entered.ok())
            return entered.error();
        if (entered.value() == 1)
            return recorded(ticket, answer, CheckinDirection::Entry, scanner, staff, reason);
        auto last = m_database.run(u"SELECT c.at, d.name, st.name FROM checkins c"
                                   " LEFT JOIN scanner_devices d ON d.id = c.device_id"
                                   " LEFT JOIN staff st ON st.id = c.staff_id"
                                   " WHERE c.ticket_code = ? AND c.direction = 'entry' ORDER BY c.id DESC LIMIT 1"_s,
                                   {ticket.code});
        if (!last.ok())
            return last.error();
        if (last.value().next()) {
            answer.at = fromMs(last.value().value(0));
            answer.byDevice = last.value().value(1).toString();
            answer.byStaff = last.value().value(2).toString();
            last.value().finish();
        }
        return outcome(answer, CheckinOutcome::AlreadyCheckedIn);
    }

    static CheckinAnswer described(const Ticket &ticket)
    {
        CheckinAnswer answer;
        answer.code = ticket.code;
        answer.showId = ticket.showId;
        answer.showTitle = ticket.showTitle;
        answer.showStartsAt = ticket.showStartsAt;
        answer.seatLabel = ticket.seatLabel;
        answer.ticketType = ticket.ticketType;
        answer.bookingReference = ticket.reference;
        return answer;
    }

    static CheckinAnswer outcome(CheckinAnswer answer, CheckinOutcome outcome)
    {
        answer.outcome = outcome;
        return answer;
    }

private:
    Result<CheckinAnswer> leave(const Ticket &ticket, CheckinAnswer answer, const CheckinSettings &settings,
                                const Scanner *scanner)
    {
        if (!settings.reentry)
            return outcome(answer, CheckinOutcome::ExitNotAllowed);
        auto left = m_database.change(u"UPDATE booking_seats SET inside = 0 WHERE booking_id = ? AND seat_id = ?"
                                      " AND ticket_code = ? AND inside = 1"_s,
                                      {ticket.bookingId, ticket.seatId, ticket.code});
        if (!left.ok())
            return left.error();
        if (left.value() != 1)
            return outcome(answer, CheckinOutcome::NotInside);
        return recorded(ticket, answer, CheckinDirection::Exit, scanner, {}, {});
    }

    Result<CheckinAnswer> recorded(const Ticket &ticket, CheckinAnswer answer, CheckinDirection direction,
                                   const Scanner *scanner, const StaffActor &staff, const QString &reason)
    {
        auto written = m_database.run(u"INSERT INTO checkins (ticket_code, booking_id, seat_id, show_id, direction, at,"
                                      " device_id, staff_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                      {ticket.code, ticket.bookingId, ticket.seatId, ticket.showId,
                                       checkinDirectionName(direction), m_nowMs, idOrNull(scanner ? scanner->id : 0),
                                       idOrNull(staff.staffId), notNull(reason)});
        if (!written.ok())
            return written.error();
        if (auto moved = moveShowVersionOn(m_database, ticket.showId); !moved.ok())
            return moved.error();
        answer.at = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC);
        answer.byDevice = scanner ? scanner->name : QString();
        answer.byStaff = staff.name;
        return outcome(answer, CheckinOutcome::Ok);
    }

    Database &m_database;
    qint64 m_nowMs;
    CheckinSettings m_venue;
};

/// A scanner's check-in: the ticket of the code, if any, and whether it is for the show scanned
/// for and within the scanner's scope, then the pass.
Result<CheckinAnswer> scanTicket(Database &database, const CheckinRequest &request, const Scanner &scanner,
                                 const QTimeZone &zone, const CheckinSettings &venue, qint64 nowMs)
{
    const QString code = TicketCode::normalized(request.code);
    CheckinAnswer unknown;
    unknown.outcome = CheckinOutcome::Unknown;
    unknown.code = code.isEmpty() ? request.code.trimmed().left(TicketCode::length * 2) : code;
    if (code.isEmpty())
        return unknown;
    auto found = findTicket(database, u"bs.ticket_code = ?"_s, {code});
    if (!found.ok())
        return found.error();
    if (!found.value())
        return unknown;
    const Ticket &ticket = *found.value();
    if (!ticket.dead) {
        const QDate showDay = ticket.showStartsAt.toTimeZone(zone).date();
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
        const bool forThisShow = request.show ? *request.show == ticket.showId : showDay == today;
        const bool inScope = scanner.scope.isDay() ? showDay == scanner.scope.day
                                                   : scanner.scope.shows.contains(ticket.showId);
        if (!forThisShow || !inScope)
            return CheckinPass::outcome(CheckinPass::described(ticket), CheckinOutcome::WrongShow);
    }
    return CheckinPass(database, nowMs, venue).pass(ticket, request.direction, &scanner, {}, {});
}

} // namespace

CheckinService::CheckinService(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

Result<CheckinAnswer> CheckinService::checkIn(const CheckinRequest &request)
{
    const QString nonce = request.nonce.trimmed();
    if (nonce.isEmpty() || nonce.size() > CheckinRequest::maxNonceLength)
        return invalid(u"Each scan needs a nonce of 1 to %1 characters."_s.arg(CheckinRequest::maxNonceLength));
    auto zone = doorsupport::venueZone(m_database, m_clock);
    if (!zone.ok())
        return zone.error();
    auto venue = venueSettings();
    if (!venue.ok())
        return venue.error();
    return m_database.write<CheckinAnswer>([&]() -> Result<CheckinAnswer> {
        const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
        auto scanner = activeScanner(m_database, request.deviceId);
        if (!scanner.ok())
            return scanner.error();
        auto stored = m_database.run(u"SELECT answer FROM checkin_answers WHERE device_id = ? AND nonce = ?"_s,
                                     {request.deviceId, nonce});
        if (!stored.ok())
            return stored.error();
        if (stored.value().next()) {
            const CheckinAnswer answer = answerFromJson(stored.value().value(0).toString());
            stored.value().finish();
            return answer;
        }

        const qint64 windowMs = qint64(std::chrono::milliseconds(unknownWindow).count());
        auto unknown = m_database.run(u"SELECT COUNT(*), MIN(at) FROM checkin_answers WHERE device_id = ?"
                                      " AND outcome = 'unknown' AND at > ?"_s,
                                      {request.deviceId, nowMs - windowMs});
        if (!unknown.ok())
            return unknown.error();
        unknown.value().next();
        const qint64 unknownCount = unknown.value().value(0).toLongLong();
        const qint64 oldestUnknownMs = unknown.value().value(1).toLongLong();
        unknown.value().finish();
        if (unknownCount >= maxUnknownPerWindow) {
            CheckinAnswer limited;
            limited.outcome = CheckinOutcome::RateLimited;
            const qint64 waitMs = oldestUnknownMs + windowMs - nowMs;
            limited.retryAfter = std::chrono::seconds(std::max<qint64>(1, (waitMs + 999) / 1000));
            return limited;
        }

        auto answer = scanTicket(m_database, request, scanner.value(), zone.value(), venue.value(), nowMs);
        if (!answer.ok())
            return answer.error();
        if (answer->outcome == CheckinOutcome::Unknown) {
            const QString details = u"device %1 (%2): %3"_s.arg(scanner->id).arg(scanner->name, request.code.left(80));
            const StaffActor device{0, scanner->name, 0, {}};
            const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
            auto audited = AuditTrail::record(m_database, now, {device, u"checkin_unknown_code"_s, 0, details, {}});
            if (!audited.ok())
                return audited.error();
            if (unknownCount + 1 == maxUnknownPerWindow) {
                audited = AuditTrail::record(m_database, now,
                                             {device, u"checkin_rate_limited"_s, 0,
                                              u"device %1 (%2)"_s.arg(scanner->id).arg(scanner->name), {}});
                if (!audited.ok())
                    return audited.error();
            }
        }
        auto kept = m_database.change(u"INSERT INTO checkin_answers (device_id, nonce, at, outcome, answer)"
                                      " VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id, nonce) DO NOTHING"_s,
                                      {request.deviceId, nonce, nowMs, checkinOutcomeName(answer->outcome),
                                       answerJson(answer.value())});
        if (!kept.ok())
            return kept.error();
        // The same nonce answered meanwhile by another connection (a retry that overtook the first
        // try): this try's changes roll back, and the next attempt repeats the kept answer.
        if (kept.value() != 1)
            return Error{ErrorCode::DatabaseBusy, u"The same scan was answered meanwhile."_s, {}};
        auto used = m_database.change(u"UPDATE scanner_devices SET last_used_at = ? WHERE id = ?"_s,
                                      {nowMs, request.deviceId});
        if (!used.ok())
            return used.error();
        return answer;
    });
}

Result<CheckinAnswer> CheckinService::manualCheckIn(qint64 show, const QString &seatLabel, const QString &reason,
                                                    const StaffActor &actor)
{
    const QString why = reason.trimmed();
    if (why.isEmpty() || why.size() > maxReasonLength)
        return invalid(u"A manual check-in needs a reason (at most %1 characters)."_s.arg(maxReasonLength));
    auto manager = doorsupport::requireManager(m_database, m_clock, actor, u"Only a manager can check a ticket in by hand."_s);
    if (!manager.ok())
        return manager.error();
    auto venue = venueSettings();
    if (!venue.ok())
        return venue.error();
    return m_database.write<CheckinAnswer>([&]() -> Result<CheckinAnswer> {
        const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
        auto found = findTicket(m_database,
                                u"b.show_id = ? AND s.label = ? AND bs.released_at IS NULL AND b.cancelled_at IS NULL"
                                " AND (b.payment_state = 'paid' OR b.payment_state = 'reserved')"_s,
                                {show, seatLabel.trimmed()});
        if (!found.ok())
            return found.error();
        if (!found.value())
            return Error{ErrorCode::NotFound, u"No ticket is sold for seat %1 of this show."_s.arg(seatLabel.trimmed()), {}};
        auto answer = CheckinPass(m_database, nowMs, venue.value())
                              .pass(*found.value(), CheckinDirection::Entry, nullptr, actor, why);
        if (!answer.ok() || !answer->ok())
            return answer;
        auto audited = AuditTrail::record(
                m_database, QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC),
                {actor, u"checkin_manual"_s, show,
                 u"seat %1 of booking %2"_s.arg(answer->seatLabel, answer->bookingReference), why});
        if (!audited.ok())
            return audited.error();
        return answer;
    });
}

Result<ShowCheckins> CheckinService::showCheckins(qint64 show) const
{
    return m_database.read<ShowCheckins>([&]() -> Result<ShowCheckins> {
        auto exists = m_database.run(u"SELECT 1 FROM shows WHERE id = ?"_s, {show});
        if (!exists.ok())
            return exists.error();
        if (!exists.value().next())
            return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(show), {}};
        exists.value().finish();
        ShowCheckins checkins;
        checkins.showId = show;
        auto counts = m_database.run(u"SELECT COUNT(*), COALESCE(SUM(CASE WHEN bs.entered_at IS NULL THEN 0 ELSE 1 END), 0),"
                                     " COALESCE(SUM(bs.inside), 0) FROM booking_seats bs JOIN bookings b ON b.id = bs.booking_id"
                                     " WHERE b.show_id = ? AND bs.released_at IS NULL AND b.cancelled_at IS NULL"
                                     " AND (b.payment_state = 'paid' OR b.payment_state = 'reserved')"_s,
                                     {show});
        if (!counts.ok())
            return counts.error();
        counts.value().next();
        checkins.ticketsSold = counts.value().value(0).toInt();
        checkins.checkedIn = counts.value().value(1).toInt();
        checkins.insideNow = counts.value().value(2).toInt();
        counts.value().finish();
        auto records = m_database.run(u"SELECT c.id, s.label, b.reference, c.direction, c.at, d.name, st.name, c.reason"
                                      " FROM checkins c JOIN seats s ON s.id = c.seat_id JOIN bookings b ON b.id = c.booking_id"
                                      " LEFT JOIN scanner_devices d ON d.id = c.device_id"
                                      " LEFT JOIN staff st ON st.id = c.staff_id WHERE c.show_id = ? ORDER BY c.id DESC"_s,
                                      {show});
        if (!records.ok())
            return records.error();
        while (records.value().next()) {
            const SqlRows &row = records.value();
            checkins.records.append({row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                                     checkinDirectionFromName(row.value(3).toString()).value_or(CheckinDirection::Entry),
                                     fromMs(row.value(4)), row.value(5).toString(), row.value(6).toString(),
                                     row.value(7).toString()});
        }
        return checkins;
    });
}

Result<CheckinSettings> CheckinService::venueSettings() const
{
    auto rows = m_database.run(u"SELECT key, value FROM settings WHERE key = ? OR key = ?"_s, {keyOpensMinutes, keyReentry});
    if (!rows.ok())
        return rows.error();
    CheckinSettings settings;
    while (rows.value().next()) {
        const QString value = rows.value().value(1).toString();
        bool number = false;
        const int minutes = value.toInt(&number);
        if (rows.value().value(0).toString() == keyReentry)
            settings.reentry = value == u"1";
        else if (number && minutes >= 0 && minutes <= CheckinSettings::maximumOpensMinutesBeforeStart)
            settings.opensMinutesBeforeStart = minutes;
    }
    return settings;
}

Result<bool> CheckinService::saveVenueSettings(const CheckinSettings &settings, const StaffActor &actor)
{
    if (auto valid = validate(ShowCheckinOverride{settings.opensMinutesBeforeStart, settings.reentry}); !valid.ok())
        return valid;
    auto manager = doorsupport::requireManager(m_database, m_clock, actor, u"Only a manager can change the door settings."_s);
    if (!manager.ok())
        return manager.error();
    return m_database.write<bool>([&]() -> Result<bool> {
        for (const auto &[key, value] : {std::pair{keyOpensMinutes, QString::number(settings.opensMinutesBeforeStart)},
                                         std::pair{keyReentry, settings.reentry ? u"1"_s : u"0"_s}}) {
            auto saved = m_database.run(u"INSERT INTO settings (key, value) VALUES (?, ?)"
                                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                        {key, value});
            if (!saved.ok())
                return saved.error();
        }
        const QString reentry = settings.reentry ? u"allowed"_s : u"not allowed"_s;
        return AuditTrail::record(
                m_database, m_clock.now(),
                {actor, u"checkin_settings_changed"_s, 0,
                 u"opens %1 minutes before; re-entry %2"_s.arg(settings.opensMinutesBeforeStart).arg(reentry), {}});
    });
}

Result<ShowCheckinOverride> CheckinService::showOverride(qint64 show) const
{
    auto rows = m_database.run(u"SELECT checkin_opens_minutes, checkin_reentry FROM shows WHERE id = ?"_s, {show});
    if (!rows.ok())
        return rows.error();
    if (!rows.value().next())
        return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(show), {}};
    ShowCheckinOverride override;
    if (!rows.value().value(0).isNull())
        override.opensMinutesBeforeStart = rows.value().value(0).toInt();
    if (!rows.value().value(1).isNull())
        override.reentry = rows.value().value(1).toLongLong() != 0;
    rows.value().finish();
    return override;
}

Result<bool> CheckinService::saveShowOverride(qint64 show, const ShowCheckinOverride &override, const StaffActor &actor)
{
    if (auto valid = validate(override); !valid.ok())
        return valid;
    auto manager = doorsupport::requireManager(m_database, m_clock, actor, u"Only a manager can change the door settings."_s);
    if (!manager.ok())
        return manager.error();
    return m_database.write<bool>(
            [&]() -> Result<bool> { return writeShowOverride(m_database, m_clock.now(), show, override, actor); });
}

Result<bool> CheckinService::writeShowOverride(Database &database, const QDateTime &now, qint64 show,
                                               const ShowCheckinOverride &override, const StaffActor &actor)
{
    if (auto valid = validate(override); !valid.ok())
        return valid;
    auto saved = database.change(u"UPDATE shows SET checkin_opens_minutes = ?, checkin_reentry = ? WHERE id = ?"_s,
                                 {override.opensMinutesBeforeStart ? QVariant(*override.opensMinutesBeforeStart)
                                                                   : QVariant(QMetaType(QMetaType::Int)),
                                  override.reentry ? QVariant(*override.reentry ? 1 : 0)
                                                   : QVariant(QMetaType(QMetaType::Int)),
                                  show});
    if (!saved.ok())
        return saved.error();
    if (saved.value() != 1)
        return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(show), {}};
    const auto part = [](const auto &value, const QString &text) { return value ? text : u"venue's"_s; };
    const QString reentry = override.reentry.value_or(false) ? u"allowed"_s : u"not allowed"_s;
    return AuditTrail::record(
            database, now,
            {actor, u"checkin_settings_changed"_s, show,
             u"opens %1 minutes before; re-entry %2"_s.arg(
                     part(override.opensMinutesBeforeStart, QString::number(override.opensMinutesBeforeStart.value_or(0))),
                     part(override.reentry, reentry)),
             {}});
}

Result<CheckinSettings> CheckinService::settingsFor(qint64 show) const
{
    auto venue = venueSettings();
    if (!venue.ok())
        return venue.error();
    auto override = showOverride(show);
    if (!override.ok())
        return override.error();
    return applied(venue.value(), override.value());
}

} // namespace boxoffice
