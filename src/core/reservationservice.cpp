#include "reservationservice.h"

#include "auditamounts.h"
#include "audittrail.h"
#include "bestseatfinder.h"
#include "bookingreference.h"
#include "migrations.h"
#include "paymentledger.h"
#include "showversion.h"
#include "sqlvalues.h"
#include "strandedseatrule.h"
#include "ticketcode.h"
#include "venuesettingsstore.h"

#include <QRegularExpression>

#include <algorithm>
#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace boxoffice {

/// What a hold needs of a show: whether it is on sale, and what the stranded-seat rule and
/// best-available need.
struct SeatingTerms
{
    qint64 hall = 0;
    qint64 version = 0;
    qint64 changesFrom = 0;
    std::optional<QPointF> stage;
    OrphanRule rule = OrphanRule::Allow;
    bool cancelled = false;
    bool webSales = true;
    /// Minutes before the start the web stops selling; 0 for never.
    qint64 webSalesCloseMinutes = 0;
    qint64 startsAtMs = 0;
};

namespace {

const QString kindHold = u"hold"_s;
const QString kindBooking = u"booking"_s;
const QString kindBlock = u"block"_s;
const QString systemActor = u"system"_s;
// Claims are found through the show and seat (the index every hold uses), not by booking.
// The seats held at once from a client address (show, address, now) and when the first lapses.
const QString addressHoldsQuery = u"SELECT COUNT(c.seat_id) AS held, MIN(h.expires_at) AS first_expiry FROM holds h"
                                  " JOIN seat_claims c ON c.hold_id = h.id WHERE h.show_id = ? AND h.client_address = ?"
                                  " AND h.ended_at IS NULL AND h.expires_at > ?"_s;
const QString freeBookedSeats = u"DELETE FROM seat_claims WHERE booking_id = ? AND show_id = ? AND seat_id IN"
                                " (SELECT seat_id FROM booking_seats WHERE booking_id = ?)"_s;

QString channelName(Channel channel)
{
    return channel == Channel::Web ? u"web"_s : u"counter"_s;
}

Error invalid(const QString &message, QStringList seats = {})
{
    return Error{ErrorCode::InvalidField, message, std::move(seats)};
}

/// What a new booking owes, recorded once the database has the money trail (schema 10).
struct NewBookingTerms
{
    PaymentState state = PaymentState::Paid;
    /// A reservation's deadline; invalid for a paid booking.
    QDateTime payBy;
    qint64 staffId = 0;
};

/// What a booking made at `nowMs` by `request` owes: a deadline for a web reservation, paid at
/// once at the counter. The web sells until the venue closes its web sales, which may be after the
/// usual deadline: such a late reservation is due when the show starts, paid on arrival.
Result<NewBookingTerms> bookingMoney(Database &database, const Clock &clock, qint64 nowMs, const BookingRequest &request,
                                  const QDateTime &showStartsAt)
{
    if (request.channel == Channel::Counter)
        return NewBookingTerms{PaymentState::Paid, {}, request.staff.staffId};
    // Read in the booking's transaction, so that it never sees half of a settings save.
    auto settings = VenueSettingsStore(database, clock).load();
    if (!settings.ok())
        return settings.error();
    const QDateTime bookedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    const QDateTime usualPayBy = settings->payBy(bookedAt, showStartsAt).toUTC();
    const QDateTime payBy = usualPayBy > bookedAt ? usualPayBy : showStartsAt.toUTC();
    if (payBy <= bookedAt)
        return Error{ErrorCode::SeatsUnavailable,
                     u"This show has started; tickets are now sold at the box office."_s, {}};
    return NewBookingTerms{PaymentState::Reserved, payBy, 0};
}

struct ShowRow
{
    qint64 hallId = 0;
    qint64 startsAtMs = 0;
};

struct SeatRef
{
    qint64 id = 0;
    QString label;
    QString category;
};

/// What one transaction changed, written out at its end: one version bump per touched show,
/// the change log of the seats, and the audit rows.
class ChangeSet
{
public:
    ChangeSet(Database &database, qint64 nowMs, int keepVersions)
        : m_database(database), m_nowMs(nowMs), m_keepVersions(keepVersions)
    {
    }

    void seatChanged(qint64 show, qint64 seat) { m_seats[show].insert(seat); }
    QSet<qint64> seatsChanged(qint64 show) const { return m_seats.value(show); }
    void touchShow(qint64 show) { m_seats[show]; }
    /// The show's version as this transaction locked it: the version bump then need not read it back.
    void showLockedAt(qint64 show, qint64 version) { m_versions.insert(show, version); }
    void audit(const QString &actor, const QString &action, qint64 show, const QString &details,
               const QString &reason = {})
    {
        m_audit.append(AuditEvent{StaffActor{0, actor, 0, {}}, action, show, details, reason});
    }
    /// A staff member's action, recorded under their name with their account (and the manager's
    /// who authorised it, for an override).
    void audit(const StaffActor &actor, const QString &action, qint64 show, const QString &details,
               const QString &reason = {})
    {
        m_audit.append(AuditEvent{actor, action, show, details, reason});
    }
    bool isEmpty() const { return m_seats.isEmpty(); }

    /// Writes everything down; returns each touched show with its new version.
    Result<QList<QPair<qint64, qint64>>> write()
    {
        QList<QPair<qint64, qint64>> versions;
        for (auto it = m_seats.cbegin(); it != m_seats.cend(); ++it) {
            auto version = bumpVersion(it.key());
            if (!version.ok())
                return version.error();
            if (auto logged = logSeats(it.key(), version.value(), it.value()); !logged.ok())
                return logged.error();
            // Pruning in steps keeps the log between keepVersions and twice that, without a
            // delete on every write.
            if (version.value() % m_keepVersions == 0 && version.value() > 2 * m_keepVersions) {
                const qint64 from = version.value() - m_keepVersions;
                auto pruned = m_database.run(u"DELETE FROM seat_changes WHERE show_id = ? AND version <= ?"_s,
                                             {it.key(), from});
                if (!pruned.ok())
                    return pruned.error();
                // Never below a floor a new seat plan set (VenueService::saveHallPlan).
                auto floor = m_database.run(u"UPDATE shows SET changes_from = ? WHERE id = ? AND changes_from < ?"_s,
                                            {from, it.key(), from});
                if (!floor.ok())
                    return floor.error();
            }
            versions.append({it.key(), version.value()});
            if (m_database.dialect().backend() == DatabaseConfig::Backend::Postgres) {
                // Other processes' watchers LISTEN on this channel; delivered on commit.
                auto notified = m_database.run(u"SELECT pg_notify('boxoffice_changes', ?)"_s,
                                               {u"%1:%2"_s.arg(it.key()).arg(version.value())});
                if (!notified.ok())
                    return notified.error();
            }
        }
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC);
        for (const AuditEvent &event : std::as_const(m_audit)) {
            if (auto written = AuditTrail::record(m_database, now, event); !written.ok())
                return written.error();
        }
        return versions;
    }

private:
    /// Moves the show's version on and returns the new one. The update keeps the row locked (or the
    /// whole database, on SQLite) until commit.
    Result<qint64> bumpVersion(qint64 show)
    {
        const QString bump = u"UPDATE shows SET version = version + 1 WHERE id = ?"_s;
        // Known when the show was locked in this transaction: its row cannot move meanwhile.
        if (auto locked = m_versions.find(show); locked != m_versions.end()) {
            if (auto bumped = m_database.run(bump, {show}); !bumped.ok())
                return bumped.error();
            return ++locked.value();
        }
        // Read back on SQLite, which builds a temporary table for every UPDATE ... RETURNING.
        const bool postgres = m_database.dialect().backend() == DatabaseConfig::Backend::Postgres;
        if (!postgres) {
            if (auto bumped = m_database.run(bump, {show}); !bumped.ok())
                return bumped.error();
        }
        auto current = m_database.run(postgres ? bump + u" RETURNING version"_s
                                               : u"SELECT version FROM shows WHERE id = ?"_s,
                                      {show});
        if (!current.ok())
            return current.error();
        if (!current.value().next())
            return Error{ErrorCode::NotFound, u"The show no longer exists."_s, {}};
        const qint64 version = current.value().value(0).toLongLong();
        current.value().finish();
        m_versions.insert(show, version);
        return version;
    }

    /// Records the seats in the show's change log, many rows per statement.
    Result<bool> logSeats(qint64 show, qint64 version, const QSet<qint64> &seats)
    {
        // Bounded, so that a whole hall's change (a cancelled show) stays within the values a
        // statement may take and few statements of different lengths are prepared.
        constexpr qsizetype rowsPerStatement = 64;
        const QList<qint64> ids = seats.values();
        for (qsizetype from = 0; from < ids.size(); from += rowsPerStatement) {
            const qsizetype rows = std::min(rowsPerStatement, ids.size() - from);
            QVariantList values;
            values.reserve(rows * 3);
            for (qsizetype i = from; i < from + rows; ++i)
                values << show << version << ids.at(i);
            auto logged = m_database.run(
                    u"INSERT INTO seat_changes (show_id, version, seat_id) VALUES %1"_s.arg(valueRows(rows, 3)), values);
            if (!logged.ok())
                return logged.error();
        }
        return true;
    }

    Database &m_database;
    qint64 m_nowMs;
    int m_keepVersions;
    QHash<qint64, QSet<qint64>> m_seats;
    QHash<qint64, qint64> m_versions;
    QList<AuditEvent> m_audit;
};

/// A seat asked for in a hold, with what stands in its way.
struct RequestedSeat
{
    SeatRef ref;
    bool claimed = false;
    qint64 holdId = 0;
    qint64 holdExpiresAtMs = 0;
    bool houseSeat = false;
    /// (row, column) in the hall's grid: the order seats are named in, front to back.
    std::pair<int, int> gridPosition;

    bool lapsed(qint64 nowMs) const { return holdId != 0 && holdExpiresAtMs <= nowMs; }
};

struct ActiveHold
{
    qint64 id = 0;
    qint64 expiresAtMs = 0;
};

/// Seats held at once from one client address for a show, and when the first of them lapses.
struct AddressHolds
{
    int seats = 0;
    qint64 firstExpiryMs = 0;
};

/// Whether a hold from `origin` is capped at all.
bool addressCapped(const HoldOrigin &origin)
{
    return !origin.address.isEmpty() && origin.maxSeatsPerAddress > 0;
}

/// The seats a hold asks for and the hold their owner already has for the show.
struct HoldRequest
{
    QList<RequestedSeat> seats;
    std::optional<ActiveHold> ownHold;
    /// Seats of the owner's hold.
    int ownSeats = 0;
    /// Read only when the origin's address is capped.
    AddressHolds fromAddress;

    bool anyLapsed(qint64 nowMs) const
    {
        return (ownHold && ownHold->expiresAtMs <= nowMs)
                || std::any_of(seats.cbegin(), seats.cend(),
                               [nowMs](const RequestedSeat &seat) { return seat.lapsed(nowMs); });
    }
};

/// A seat of the hold being booked, with the price of the ticket type asked for.
struct HeldSeat
{
    qint64 id = 0;
    BookedSeat seat;
    bool priced = false;
    std::pair<int, int> gridPosition;
};

/// The hall of the show a release is for, and the owner's hold on it with its number of seats.
struct ReleaseTarget
{
    qint64 hallId = 0;
    std::optional<ActiveHold> hold;
    int heldSeats = 0;
};

/// The show a booking is for and the owner's hold on it.
struct BookingTarget
{
    Booking booking;
    std::optional<ActiveHold> hold;
};

/// The seats of a hold request the owner does not hold yet, or the refusal naming those taken.
Result<QList<RequestedSeat>> seatsToAdd(const HoldRequest &request, Channel channel)
{
    QList<RequestedSeat> toAdd;
    QStringList unavailable;
    for (const RequestedSeat &seat : request.seats) {
        if (request.ownHold && seat.holdId == request.ownHold->id)
            continue;
        if (seat.claimed || (channel == Channel::Web && seat.houseSeat))
            unavailable.append(seat.ref.label);
        else
            toAdd.append(seat);
    }
    if (!unavailable.isEmpty())
        return Error{ErrorCode::SeatsUnavailable,
                     u"These seats are no longer available: %1."_s.arg(unavailable.join(u", "_s)), unavailable};
    return toAdd;
}

/// The booking's total, or the refusal of a seat whose category has no price for its ticket type.
Result<qint64> totalPrice(const QList<HeldSeat> &held)
{
    qint64 total = 0;
    for (const HeldSeat &entry : held) {
        if (!entry.priced)
            return invalid(u"Seat %1 cannot be sold as a %2 ticket for this show."_s.arg(entry.seat.label,
                                                                                        entry.seat.ticketType),
                           {entry.seat.label});
        total += entry.seat.priceCents;
    }
    return total;
}


/// A show's seats as one hold sees them, by SeatRows index: which are empty (the owner's own held
/// seats included, as a hold judges the owner's seats afresh; a house seat only at the counter, as
/// the web sees it blocked), which are house seats, and which the owner holds.
struct SeatMasks
{
    QList<bool> empty;
    QList<bool> house;
    QList<int> own;
};

/// The masks of `claims` for an owner and channel, over every seat or `only` those.
SeatMasks masksOf(const SeatClaims &claims, qint64 ownHold, Channel channel, const std::optional<QList<int>> &only)
{
    const qsizetype size = claims.claimedBy.size();
    SeatMasks masks{QList<bool>(size, true), claims.house, {}};
    auto judge = [&](int seat) {
        const qint64 claimedBy = claims.claimedBy.at(seat);
        if (ownHold != 0 && claimedBy == ownHold)
            masks.own.append(seat);
        else
            masks.empty[seat] = claimedBy == 0 && !(channel == Channel::Web && claims.house.at(seat));
    };
    if (only) {
        for (int seat : *only)
            judge(seat);
        std::sort(masks.own.begin(), masks.own.end());
    } else {
        for (int seat = 0; seat < size; ++seat)
            judge(seat);
    }
    return masks;
}

QStringList labelsOf(const SeatRows &rows, const QList<int> &seats)
{
    QStringList labels;
    for (int seat : seats)
        labels.append(rows.seats().at(seat).label);
    return labels;
}

Error orphanSeat(const QStringList &stranded, const QStringList &suggestion)
{
    Error error{ErrorCode::OrphanSeat,
                u"These seats would leave %1 empty on its own; %2 would leave no seat alone."_s.arg(
                        stranded.join(u", "_s), suggestion.join(u", "_s)),
                stranded};
    error.suggestion = suggestion;
    return error;
}

/// What the stranded-seat rule says of the owner's seats once a hold adds seats.
struct StrandingVerdict
{
    QStringList stranded;
    /// The owner's whole hold with the seats of each block that strands replaced by as many that
    /// do not; empty when no such seats exist (then the hold may strand: nothing could do better).
    QStringList suggestion;
};

/// The seats of the blocks `seats` are in: those a hold of them changes.
QList<int> blocksOf(const SeatRows &rows, const QList<int> &seats)
{
    QSet<int> touched;
    QList<int> inBlocks;
    for (int seat : seats) {
        if (!touched.contains(rows.blockOf(seat))) {
            touched.insert(rows.blockOf(seat));
            inBlocks.append(rows.blocks().at(rows.blockOf(seat)));
        }
    }
    return inBlocks;
}

/// Judges the owner's seats in the blocks of `added` (masks read for those blocks only); the
/// suggestion names only seats of those blocks.
StrandingVerdict judgeStranding(const SeatRows &rows, const SeatMasks &masks, const QList<int> &added)
{
    QList<int> judged = masks.own;
    for (int seat : added) {
        if (!judged.contains(seat))
            judged.append(seat);
    }
    const StrandedSeatRule rule(rows, masks.empty);
    const QList<int> stranded = rule.strandedBy(judged);
    if (stranded.isEmpty())
        return {};
    auto better = rule.betterSelection(judged, masks.empty);
    if (!better)
        return {};
    std::sort(better->begin(), better->end());
    return {labelsOf(rows, stranded), labelsOf(rows, *better)};
}

} // namespace

class ReservationService::Transaction
{
public:
    Transaction(ReservationService &service)
        : db(service.m_database), nowMs(service.m_clock.now().toMSecsSinceEpoch()),
          changes(service.m_database, nowMs, service.m_limits.changeLogVersions), m_service(service)
    {
    }

    Result<ShowRow> show(qint64 id)
    {
        auto query = db.run(u"SELECT hall_id, starts_at FROM shows WHERE id = ?"_s, {id});
        if (!query.ok())
            return query.error();
        if (!query.value().next())
            return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(id), {}};
        return ShowRow{query.value().value(0).toLongLong(), query.value().value(1).toLongLong()};
    }

    /// Seat ids of the labels in a hall, in the hall's order; unknown labels are refused. Here and
    /// in requestedSeats, seats without a grid cell (grid_row < 0) are retired: no longer in the hall.
    Result<QList<SeatRef>> seats(qint64 hallId, const QStringList &labels)
    {
        if (labels.isEmpty())
            return invalid(u"No seats were given."_s);
        QVariantList values{hallId};
        for (const QString &label : labels)
            values.append(label);
        auto query = db.run(u"SELECT id, label, category FROM seats WHERE hall_id = ? AND grid_row >= 0 AND label IN (%1)"
                            " ORDER BY grid_row, grid_column"_s.arg(placeholders(labels.size())),
                            values);
        if (!query.ok())
            return query.error();
        QList<SeatRef> found;
        QSet<QString> known;
        while (query.value().next()) {
            found.append({query.value().value(0).toLongLong(), query.value().value(1).toString(),
                          query.value().value(2).toString()});
            known.insert(found.last().label);
        }
        QStringList unknown;
        for (const QString &label : labels) {
            if (!known.contains(label))
                unknown.append(label);
        }
        if (!unknown.isEmpty())
            return invalid(u"These seats do not exist in this hall: %1."_s.arg(unknown.join(u", "_s)), unknown);
        return found;
    }

    /// The seats asked for, each with its claim and house flag, the owner's hold with its number
    /// of seats, and the seats held from the origin's address when it is capped, in one query: the
    /// hot path of every hold, run under the show's lock. Unknown seats (or show) are refused.
    Result<HoldRequest> requestedSeats(qint64 show, const QStringList &labels, const QString &owner,
                                       const HoldOrigin &origin)
    {
        if (labels.isEmpty())
            return invalid(u"No seats were given."_s);
        const bool capped = addressCapped(origin);
        QVariantList values{owner};
        if (capped)
            values << show << origin.address << nowMs;
        values << show;
        for (const QString &label : labels)
            values.append(label);
        auto query = db.run(u"SELECT s.id, s.label, s.category, c.kind, c.hold_id, h.expires_at, hs.seat_id,"
                            " mine.id, mine.expires_at, s.grid_row, s.grid_column,"
                            " (SELECT COUNT(*) FROM seat_claims own WHERE own.hold_id = mine.id), %1"
                            " FROM shows sh JOIN seats s ON s.hall_id = sh.hall_id"
                            " LEFT JOIN seat_claims c ON c.show_id = sh.id AND c.seat_id = s.id"
                            " LEFT JOIN holds h ON h.id = c.hold_id"
                            " LEFT JOIN house_seats hs ON hs.show_id = sh.id AND hs.seat_id = s.id"
                            " LEFT JOIN holds mine ON mine.show_id = sh.id AND mine.owner = ? AND mine.ended_at IS NULL%2"
                            " WHERE sh.id = ? AND s.grid_row >= 0 AND s.label IN (%3)"_s.arg(
                                    capped ? u"cap.held, cap.first_expiry"_s : u"0, 0"_s,
                                    capped ? u" CROSS JOIN (%1) cap"_s.arg(addressHoldsQuery) : QString(),
                                    placeholders(labels.size())),
                            values);
        if (!query.ok())
            return query.error();
        HoldRequest request;
        QSet<QString> known;
        while (query.value().next()) {
            const SqlRows &row = query.value();
            RequestedSeat seat;
            seat.ref = {row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString()};
            seat.claimed = !row.value(3).isNull();
            seat.holdId = row.value(4).isNull() ? 0 : row.value(4).toLongLong();
            seat.holdExpiresAtMs = row.value(5).toLongLong();
            seat.houseSeat = !row.value(6).isNull();
            seat.gridPosition = {row.value(9).toInt(), row.value(10).toInt()};
            if (!row.value(7).isNull())
                request.ownHold = ActiveHold{row.value(7).toLongLong(), row.value(8).toLongLong()};
            request.ownSeats = row.value(11).toInt();
            request.fromAddress = {row.value(12).toInt(), row.value(13).toLongLong()};
            known.insert(seat.ref.label);
            request.seats.append(seat);
        }
        query.value().finish();
        // Sorted here rather than by ORDER BY, which costs SQLite a sorter on every hold.
        std::sort(request.seats.begin(), request.seats.end(), [](const RequestedSeat &a, const RequestedSeat &b) {
            return a.gridPosition < b.gridPosition;
        });
        if (request.seats.size() == labels.size())
            return request;
        auto showRow = this->show(show);
        if (!showRow.ok())
            return showRow.error();
        QStringList unknown;
        for (const QString &label : labels) {
            if (!known.contains(label))
                unknown.append(label);
        }
        return invalid(u"These seats do not exist in this hall: %1."_s.arg(unknown.join(u", "_s)), unknown);
    }

    /// Ends every lapsed hold (of one show, or of all when show is 0) and frees its seats.
    Result<int> expireHolds(qint64 show)
    {
        QString sql = u"SELECT id, show_id, owner FROM holds WHERE ended_at IS NULL AND expires_at <= ?"_s;
        QVariantList values{nowMs};
        if (show > 0) {
            sql += u" AND show_id = ?"_s;
            values.append(show);
        }
        auto lapsed = db.run(sql, values);
        if (!lapsed.ok())
            return lapsed.error();
        struct Lapsed { qint64 hold; qint64 show; QString owner; };
        QList<Lapsed> holds;
        while (lapsed.value().next())
            holds.append({lapsed.value().value(0).toLongLong(), lapsed.value().value(1).toLongLong(),
                          lapsed.value().value(2).toString()});
        lapsed.value().finish();
        int freed = 0;
        for (const Lapsed &hold : std::as_const(holds)) {
            auto released = endHold(hold.hold, hold.show, u"expired"_s);
            if (!released.ok())
                return released.error();
            freed += released.value().size();
            changes.audit(systemActor, u"hold_expired"_s, hold.show,
                          u"%1: %2"_s.arg(hold.owner, released.value().join(u", "_s)));
        }
        return freed;
    }

    /// Runs `sql` (selecting seat id and label for one key), records each seat as changing in
    /// `show`, and returns the labels.
    Result<QStringList> seatsChanging(const QString &sql, qint64 key, qint64 show)
    {
        auto seats = db.run(sql, {key});
        if (!seats.ok())
            return seats.error();
        QStringList labels;
        while (seats.value().next()) {
            changes.seatChanged(show, seats.value().value(0).toLongLong());
            labels.append(seats.value().value(1).toString());
        }
        seats.value().finish();
        return labels;
    }

    /// Frees every seat of a hold and closes it; returns the labels freed.
    Result<QStringList> endHold(qint64 hold, qint64 show, const QString &reason)
    {
        auto labels = seatsChanging(u"SELECT c.seat_id, s.label FROM seat_claims c JOIN seats s ON s.id = c.seat_id"
                                    " WHERE c.hold_id = ? ORDER BY s.grid_row, s.grid_column"_s,
                                    hold, show);
        if (!labels.ok())
            return labels;
        auto freed = db.run(u"DELETE FROM seat_claims WHERE hold_id = ?"_s, {hold});
        if (!freed.ok())
            return freed.error();
        if (auto closed = closeHold(hold, reason); !closed.ok())
            return closed.error();
        return labels;
    }

    /// Closes a hold whose seats are all freed already.
    Result<bool> closeHold(qint64 hold, const QString &reason)
    {
        auto ended = db.run(u"UPDATE holds SET ended_at = ?, end_reason = ? WHERE id = ?"_s, {nowMs, reason, hold});
        if (!ended.ok())
            return ended.error();
        return true;
    }

    /// Frees every seat a booking still has and cancels it; returns the labels freed.
    Result<QStringList> releaseBooking(qint64 booking, qint64 show)
    {
        auto labels = freeBookingSeats(booking, show);
        if (!labels.ok() || labels->isEmpty())
            return labels;
        auto cancelled = db.run(u"UPDATE bookings SET cancelled_at = ? WHERE id = ?"_s, {nowMs, booking});
        if (!cancelled.ok())
            return cancelled.error();
        return labels;
    }

    /// Frees every seat a booking still has, putting them back on sale; returns the labels freed.
    Result<QStringList> freeBookingSeats(qint64 booking, qint64 show)
    {
        auto labels = seatsChanging(u"SELECT bs.seat_id, s.label FROM booking_seats bs JOIN seats s ON s.id = bs.seat_id"
                                    " WHERE bs.booking_id = ? AND bs.released_at IS NULL ORDER BY s.grid_row, s.grid_column"_s,
                                    booking, show);
        if (!labels.ok() || labels->isEmpty())
            return labels;
        for (const auto &[sql, values] :
             {std::pair{u"UPDATE booking_seats SET released_at = ? WHERE booking_id = ? AND released_at IS NULL"_s,
                        QVariantList{nowMs, booking}},
              std::pair{freeBookedSeats, QVariantList{booking, show, booking}}}) {
            auto done = db.run(sql, values);
            if (!done.ok())
                return done.error();
        }
        return labels;
    }

    /// Releases the seats of every reservation whose deadline passed unpaid; returns the seats freed.
    Result<int> expireReservations()
    {
        auto due = db.run(u"SELECT id, show_id, reference FROM bookings"
                          " WHERE payment_state = 'reserved' AND pay_by <= ? AND cancelled_at IS NULL"_s,
                          {nowMs});
        if (!due.ok())
            return due.error();
        struct Due { qint64 booking; qint64 show; QString reference; };
        QList<Due> reservations;
        while (due.value().next())
            reservations.append({due.value().value(0).toLongLong(), due.value().value(1).toLongLong(),
                                 due.value().value(2).toString()});
        due.value().finish();
        int freed = 0;
        for (const Due &reservation : std::as_const(reservations)) {
            auto released = freeBookingSeats(reservation.booking, reservation.show);
            if (!released.ok())
                return released.error();
            auto expired = db.run(u"UPDATE bookings SET payment_state = 'expired' WHERE id = ?"_s,
                                  {reservation.booking});
            if (!expired.ok())
                return expired.error();
            freed += released->size();
            changes.touchShow(reservation.show);
            changes.audit(systemActor, u"reservation_expired"_s, reservation.show,
                          u"%1: %2"_s.arg(reservation.reference, released->join(u", "_s)));
        }
        return freed;
    }

    /// Writes a payment line into the staff member's open shift (none without one); returns the
    /// line's id and the shift's (0 for none).
    Result<std::pair<qint64, qint64>> recordPayment(qint64 booking, const QString &method, qint64 amountCents,
                                                    const QVariant &tenderedCents, qint64 staffId)
    {
        qint64 shift = 0;
        if (staffId > 0) {
            auto open = db.run(u"SELECT id FROM shifts WHERE staff_id = ? AND closed_at IS NULL"_s, {staffId});
            if (!open.ok())
                return open.error();
            if (open.value().next())
                shift = open.value().value(0).toLongLong();
            open.value().finish();
        }
        auto line = db.insert(u"INSERT INTO payments (booking_id, at, kind, method, amount_cents, tendered_cents,"
                              " shift_id, staff_id) VALUES (?, ?, 'payment', ?, ?, ?, ?, ?)"_s,
                              {booking, nowMs, method, amountCents, tenderedCents, idOrNull(shift), idOrNull(staffId)});
        if (!line.ok())
            return line.error();
        return std::pair{line.value(), shift};
    }

    /// The refusal of collecting a booking that is paid already, naming who took the money and when.
    Error alreadyPaid(qint64 booking, const QString &reference, const QTimeZone &zone)
    {
        auto last = db.run(u"SELECT p.at, st.name FROM payments p LEFT JOIN staff st ON st.id = p.staff_id"
                           " WHERE p.booking_id = ? AND p.kind = 'payment' ORDER BY p.id DESC LIMIT 1"_s,
                           {booking});
        if (!last.ok())
            return last.error();
        if (!last.value().next())
            return Error{ErrorCode::AlreadyPaid, u"Booking %1 is paid already."_s.arg(reference), {}};
        const QString at = QDateTime::fromMSecsSinceEpoch(last.value().value(0).toLongLong(), zone)
                                   .toString(u"yyyy-MM-dd HH:mm:ss"_s);
        const QString by = last.value().value(1).toString();
        return Error{ErrorCode::AlreadyPaid,
                     by.isEmpty() ? u"Reservation %1 was already collected at %2."_s.arg(reference, at)
                                  : u"Reservation %1 was already collected by %2 at %3."_s.arg(reference, by, at),
                     {}};
    }

    Result<std::optional<ActiveHold>> activeHold(const QString &owner, qint64 show)
    {
        auto query = db.run(u"SELECT id, expires_at FROM holds WHERE show_id = ? AND owner = ? AND ended_at IS NULL"_s,
                            {show, owner});
        if (!query.ok())
            return query.error();
        if (!query.value().next())
            return std::optional<ActiveHold>();
        return std::optional<ActiveHold>(
                ActiveHold{query.value().value(0).toLongLong(), query.value().value(1).toLongLong()});
    }

    Result<QStringList> holdLabels(qint64 hold)
    {
        auto query = db.run(u"SELECT s.label FROM seat_claims c JOIN seats s ON s.id = c.seat_id"
                            " WHERE c.hold_id = ? ORDER BY s.grid_row, s.grid_column"_s,
                            {hold});
        if (!query.ok())
            return query.error();
        QStringList labels;
        while (query.value().next())
            labels.append(query.value().value(0).toString());
        return labels;
    }

    /// requestedSeats, after ending the lapsed holds in the way (which then no longer count).
    Result<HoldRequest> requestedSeatsNow(qint64 show, const QStringList &labels, const QString &owner,
                                          const HoldOrigin &origin)
    {
        auto request = requestedSeats(show, labels, owner, origin);
        if (!request.ok() || !request->anyLapsed(nowMs))
            return request;
        auto expired = expireHolds(show);
        if (!expired.ok())
            return expired.error();
        return requestedSeats(show, labels, owner, origin);
    }

    /// Refuses holds on a cancelled show, and web holds once the show's web sales are off or
    /// closed (web_sales_close_minutes, when set, before the start, that minute included).
    Result<bool> refuseClosedSales(qint64 show, Channel channel)
    {
        auto terms = lockShow(show);
        if (!terms.ok())
            return terms.error();
        if (terms->cancelled)
            return Error{ErrorCode::SeatsUnavailable, u"Show %1 is cancelled."_s.arg(show), {}};
        if (channel != Channel::Web)
            return true;
        if (!terms->webSales)
            return Error{ErrorCode::SeatsUnavailable, u"Show %1 is not sold on the web."_s.arg(show), {}};
        const qint64 closeMinutes = terms->webSalesCloseMinutes;
        if (closeMinutes > 0 && nowMs >= terms->startsAtMs - closeMinutes * 60 * 1000)
            return Error{ErrorCode::SeatsUnavailable,
                         u"Web sales for show %1 have closed; tickets are sold at the box office."_s.arg(show), {}};
        return true;
    }

    /// The ids a query of one show's rows (and of one more key, when given) selects, read to the
    /// end before they are changed.
    Result<QList<qint64>> ids(const QString &sql, qint64 show, std::optional<qint64> key = std::nullopt)
    {
        auto query = db.run(sql, key ? QVariantList{show, *key} : QVariantList{show});
        if (!query.ok())
            return query.error();
        QList<qint64> found;
        while (query.value().next())
            found.append(query.value().value(0).toLongLong());
        query.value().finish();
        return found;
    }

    /// Refuses `adding` seats more when the seats held at once from the origin's address for the
    /// show would pass its cap. Counted in this transaction, so concurrent holds cannot both pass:
    /// here, or in the request's query (`known`) made under the show's lock.
    Result<bool> checkAddressCap(qint64 show, const HoldOrigin &origin, int adding,
                                 std::optional<AddressHolds> known = std::nullopt)
    {
        if (!addressCapped(origin) || adding == 0)
            return true;
        if (adding > origin.maxSeatsPerAddress)
            return Error{ErrorCode::TooManySeats,
                         u"At most %1 seats can be held at once from one network for a show."_s.arg(
                                 origin.maxSeatsPerAddress),
                         {}};
        if (!known) {
            // The show's lock makes the holds of one show count one after the other.
            if (auto locked = lockShow(show); !locked.ok())
                return locked.error();
            auto held = db.run(addressHoldsQuery, {show, origin.address, nowMs});
            if (!held.ok())
                return held.error();
            known = AddressHolds{};
            if (held.value().next())
                known = AddressHolds{held.value().value(0).toInt(), held.value().value(1).toLongLong()};
            held.value().finish();
        }
        if (known->seats + adding <= origin.maxSeatsPerAddress)
            return true;
        const qint64 waitMs = std::max<qint64>(1000, known->firstExpiryMs - nowMs);
        return Error{ErrorCode::TooManyHeldFromAddress,
                     u"Too many seats are being held from your network for this show. Please book or release the "
                     "seats you have selected, or try again in a few minutes."_s,
                     {},
                     std::chrono::seconds((waitMs + 999) / 1000)};
    }

    Result<qint64> createHold(qint64 show, const QString &owner, Channel channel, qint64 expiresAtMs,
                              const QString &address)
    {
        QVariantList values{show, owner, channelName(channel), nowMs, expiresAtMs};
        // A hold without an address leaves the column out, as it was before schema 5 added it.
        if (!address.isEmpty())
            values.append(address);
        auto created = db.insert(address.isEmpty()
                                         ? u"INSERT INTO holds (show_id, owner, channel, created_at, expires_at)"
                                           " VALUES (?, ?, ?, ?, ?)"_s
                                         : u"INSERT INTO holds (show_id, owner, channel, created_at, expires_at,"
                                           " client_address) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                 values);
        if (!created.ok())
            return created.error();
        if (created.value() == 0)
            return Error{ErrorCode::DatabaseError, u"The hold could not be created."_s, {}};
        return created.value();
    }

    /// Claims the seats for a hold in one statement; returns their labels.
    Result<QStringList> claimForHold(qint64 show, qint64 hold, const QList<RequestedSeat> &seats)
    {
        if (seats.isEmpty())
            return QStringList();
        QVariantList values;
        values.reserve(seats.size() * 5);
        for (const RequestedSeat &requested : seats)
            values << show << requested.ref.id << kindHold << hold << nowMs;
        // A seat claimed meanwhile is skipped rather than failing the statement, which on
        // PostgreSQL would leave no way to ask which seat it was.
        auto inserted = db.change(u"INSERT INTO seat_claims (show_id, seat_id, kind, hold_id, created_at) VALUES %1"
                                  " ON CONFLICT (show_id, seat_id) DO NOTHING"_s.arg(valueRows(seats.size(), 5)),
                                  values);
        if (!inserted.ok())
            return inserted.error();
        if (inserted.value() != seats.size())
            return seatTakenMeanwhile(show, hold, seats);
        QStringList added;
        for (const RequestedSeat &requested : seats) {
            changes.seatChanged(show, requested.ref.id);
            added.append(requested.ref.label);
        }
        return added;
    }

    /// The refusal naming the first of `seats` that another claim took before this hold could.
    Error seatTakenMeanwhile(qint64 show, qint64 hold, const QList<RequestedSeat> &seats)
    {
        auto claimed = ids(u"SELECT seat_id FROM seat_claims WHERE show_id = ? AND hold_id = ?"_s, show, hold);
        if (!claimed.ok())
            return claimed.error();
        const auto taken = std::find_if(seats.cbegin(), seats.cend(), [&](const RequestedSeat &seat) {
            return !claimed->contains(seat.ref.id);
        });
        const QString label = taken == seats.cend() ? QString() : taken->ref.label;
        return Error{ErrorCode::SeatsUnavailable, u"Seat %1 was just taken by someone else."_s.arg(label), {label}};
    }

    /// The show's terms, read once per transaction with the show's row locked until commit (on
    /// PostgreSQL; SQLite's BEGIN IMMEDIATE lets one writer in at a time anyway). Every transaction
    /// that claims seats takes it before it reads them, so that the claims of one show are made one
    /// after the other and each sees the one before: a seat chosen is never taken meanwhile.
    Result<SeatingTerms> lockShow(qint64 show)
    {
        if (auto locked = m_lockedShows.constFind(show); locked != m_lockedShows.cend())
            return locked.value();
        const bool withRule = m_service.showsHaveOrphanRule();
        const bool withSales = m_service.showsHaveSalesColumns();
        const bool postgres = db.dialect().backend() == DatabaseConfig::Backend::Postgres;
        // A database not yet upgraded may lack the stage (schema 6) and the rule (12); it sells on.
        auto query = db.run(u"SELECT sh.hall_id, sh.changes_from, %1, sh.version, %2,"
                            " sh.starts_at FROM shows sh JOIN halls h ON h.id = sh.hall_id WHERE sh.id = ?%3"_s.arg(
                                    withRule ? u"h.stage_x, h.stage_y, sh.orphan_rule"_s : u"NULL, NULL, 'allow'"_s,
                                    withSales ? u"sh.cancelled_at, sh.web_sales, sh.web_sales_close_minutes"_s
                                              : u"NULL, 1, 0"_s,
                                    postgres ? u" FOR UPDATE OF sh"_s : QString()),
                            {show});
        if (!query.ok())
            return query.error();
        const SqlRows &row = query.value();
        if (!query.value().next())
            return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(show), {}};
        SeatingTerms terms;
        terms.hall = row.value(0).toLongLong();
        terms.changesFrom = row.value(1).toLongLong();
        if (!row.value(2).isNull() && !row.value(3).isNull())
            terms.stage = QPointF(row.value(2).toDouble(), row.value(3).toDouble());
        terms.rule = orphanRuleFromName(row.value(4).toString()).value_or(OrphanRule::Warn);
        terms.version = row.value(5).toLongLong();
        terms.cancelled = !row.value(6).isNull();
        terms.webSales = row.value(7).toInt() != 0;
        terms.webSalesCloseMinutes = row.value(8).toLongLong();
        terms.startsAtMs = row.value(9).toLongLong();
        query.value().finish();
        m_lockedShows.insert(show, terms);
        changes.showLockedAt(show, terms.version);
        return terms;
    }

    /// The seats of a hall in the order they were added (the first names the front row).
    Result<QList<SeatPlace>> seatPlaces(qint64 hall)
    {
        auto query = db.run(u"SELECT id, label, row_label, COALESCE(x, grid_column), COALESCE(y, grid_row), category,"
                            " accessible, guid, companion_of FROM seats WHERE hall_id = ? AND grid_row >= 0 ORDER BY id"_s,
                            {hall});
        if (!query.ok())
            return query.error();
        QList<SeatPlace> places;
        while (query.value().next()) {
            const SqlRows &row = query.value();
            places.append({row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                           QPointF(row.value(3).toDouble(), row.value(4).toDouble()), row.value(5).toString(),
                           row.value(6).toInt() != 0, row.value(7).toString(), row.value(8).toString()});
        }
        query.value().finish();
        return places;
    }

    /// Reads every claim and house seat of the show into `claims`, or of `only` those seats
    /// (indices), in one read.
    Result<bool> readClaims(const SeatRows &rows, qint64 show, SeatClaims &claims,
                            const std::optional<QList<int>> &only = std::nullopt)
    {
        QString among;
        QVariantList ids;
        if (only) {
            if (only->isEmpty())
                return true;
            // Padded to a power of two with id 0 (no seat), so that few statements are prepared.
            qsizetype size = 1;
            while (size < only->size())
                size *= 2;
            for (int seat : *only) {
                ids.append(rows.seats().at(seat).id);
                claims.claimedBy[seat] = 0;
                claims.house[seat] = false;
            }
            while (ids.size() < size)
                ids.append(0);
            among = u" AND seat_id IN (%1)"_s.arg(placeholders(size));
        } else {
            claims.claimedBy = QList<qint64>(rows.size(), 0);
            claims.house = QList<bool>(rows.size(), false);
        }
        auto query = db.run(u"SELECT seat_id, COALESCE(hold_id, -1), 0 FROM seat_claims WHERE show_id = ?%1"
                            " UNION ALL SELECT seat_id, 0, 1 FROM house_seats WHERE show_id = ?%1"_s.arg(among),
                            QVariantList{show} + ids + QVariantList{show} + ids);
        if (!query.ok())
            return query.error();
        while (query.value().next()) {
            const SqlRows &row = query.value();
            const int seat = rows.indexOfId(row.value(0).toLongLong());
            if (seat < 0)
                continue;
            if (row.value(2).toInt() != 0)
                claims.house[seat] = true;
            else
                claims.claimedBy[seat] = row.value(1).toLongLong();
        }
        query.value().finish();
        return true;
    }

    /// The seats (indices) whose claims changed after `version`, by the change log.
    Result<QList<int>> changedSince(const SeatRows &rows, qint64 show, qint64 version)
    {
        auto query = db.run(u"SELECT DISTINCT seat_id FROM seat_changes WHERE show_id = ? AND version > ?"_s,
                            {show, version});
        if (!query.ok())
            return query.error();
        QList<int> changed;
        while (query.value().next()) {
            const int seat = rows.indexOfId(query.value().value(0).toLongLong());
            if (seat >= 0)
                changed.append(seat);
        }
        query.value().finish();
        return changed;
    }

    /// The seats (indices) this transaction changed in the show so far.
    QList<int> changedHere(const SeatRows &rows, qint64 show) const
    {
        QList<int> changed;
        for (qint64 id : changes.seatsChanged(show)) {
            if (const int seat = rows.indexOfId(id); seat >= 0)
                changed.append(seat);
        }
        return changed;
    }

    /// Writes the changes down; the versions written are announced after the commit.
    Result<QList<QPair<qint64, qint64>>> writeChanges()
    {
        auto written = changes.write();
        if (written.ok())
            versions = written.value();
        return written;
    }

    /// The show's version once this transaction's changes are written (they may be none).
    Result<qint64> versionAfterChanges(qint64 show)
    {
        if (!changes.isEmpty()) {
            auto written = writeChanges();
            if (!written.ok())
                return written.error();
            for (const auto &[changedShow, version] : written.value()) {
                if (changedShow == show)
                    return version;
            }
            return 0;
        }
        auto current = db.run(u"SELECT version FROM shows WHERE id = ?"_s, {show});
        if (!current.ok())
            return current.error();
        return current.value().next() ? current.value().value(0).toLongLong() : 0;
    }

    /// Runs `sql`, which selects the row of a show (the owner and the show its values), and steps
    /// onto that row; a show that does not exist is refused.
    Result<SqlRows> showRowOf(const QString &sql, const QString &owner, qint64 show)
    {
        auto details = db.run(sql, {owner, show});
        if (!details.ok())
            return details.error();
        if (!details.value().next())
            return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(show), {}};
        return std::move(details.value());
    }

    /// The show and the owner's hold in one query: this runs for every booking.
    Result<BookingTarget> bookingTarget(const QString &owner, qint64 show)
    {
        auto details = showRowOf(u"SELECT s.title, h.name, s.starts_at, mine.id, mine.expires_at"
                                 " FROM shows s JOIN halls h ON h.id = s.hall_id"
                                 " LEFT JOIN holds mine ON mine.show_id = s.id AND mine.owner = ? AND mine.ended_at IS NULL"
                                 " WHERE s.id = ?"_s,
                                 owner, show);
        if (!details.ok())
            return details.error();
        SqlRows &row = details.value();
        BookingTarget target;
        target.booking.showTitle = row.value(0).toString();
        target.booking.hallName = row.value(1).toString();
        target.booking.showStartsAt = QDateTime::fromMSecsSinceEpoch(row.value(2).toLongLong(), Qt::UTC);
        if (!row.value(3).isNull())
            target.hold = ActiveHold{row.value(3).toLongLong(), row.value(4).toLongLong()};
        row.finish();
        return target;
    }

    /// The show and the owner's hold in one query: this runs for every release.
    Result<ReleaseTarget> releaseTarget(const QString &owner, qint64 show)
    {
        auto details = showRowOf(u"SELECT sh.hall_id, mine.id, mine.expires_at,"
                                 " (SELECT COUNT(*) FROM seat_claims c WHERE c.hold_id = mine.id), sh.version"
                                 " FROM shows sh"
                                 " LEFT JOIN holds mine ON mine.show_id = sh.id AND mine.owner = ? AND mine.ended_at IS NULL"
                                 " WHERE sh.id = ?"_s,
                                 owner, show);
        if (!details.ok())
            return details.error();
        SqlRows &row = details.value();
        ReleaseTarget target{row.value(0).toLongLong(), std::nullopt, row.value(3).toInt()};
        if (!row.value(1).isNull())
            target.hold = ActiveHold{row.value(1).toLongLong(), row.value(2).toLongLong()};
        // SQLite's write transaction locks the whole database: the version read is the one the
        // bump moves on. PostgreSQL's row lock comes only with the bump.
        if (db.dialect().backend() == DatabaseConfig::Backend::Sqlite)
            changes.showLockedAt(show, row.value(4).toLongLong());
        row.finish();
        return target;
    }

    /// Frees the target hold's seats: all of them, or only `labels`; a hold left without seats
    /// ends. Returns the labels freed, in the hall's order.
    Result<QStringList> releaseSeats(qint64 show, const ReleaseTarget &target, const std::optional<QStringList> &labels)
    {
        const qint64 hold = target.hold->id;
        if (!labels)
            return endHold(hold, show, u"released"_s);
        if (labels->isEmpty())
            return QStringList();
        auto refs = seats(target.hallId, *labels);
        if (!refs.ok())
            return refs.error();
        QVariantList values{hold};
        for (const SeatRef &seat : refs.value())
            values.append(seat.id);
        auto freed = db.run(u"DELETE FROM seat_claims WHERE hold_id = ? AND seat_id IN (%1) RETURNING seat_id"_s.arg(
                                    placeholders(refs->size())),
                            values);
        if (!freed.ok())
            return freed.error();
        QSet<qint64> freedIds;
        while (freed.value().next())
            freedIds.insert(freed.value().value(0).toLongLong());
        freed.value().finish();
        QStringList released;
        for (const SeatRef &seat : refs.value()) {
            if (freedIds.contains(seat.id)) {
                changes.seatChanged(show, seat.id);
                released.append(seat.label);
            }
        }
        if (released.size() == target.heldSeats) {
            if (auto closed = closeHold(hold, u"released"_s); !closed.ok())
                return closed.error();
        }
        return released;
    }

    /// Why an owner has no hold to book: it lapsed, or there never was one.
    Error missingHold(const QString &owner, qint64 show)
    {
        auto last = db.run(u"SELECT end_reason FROM holds WHERE show_id = ? AND owner = ?"
                           " ORDER BY ended_at DESC, id DESC LIMIT 1"_s,
                           {show, owner});
        if (!last.ok())
            return last.error();
        if (last.value().next() && last.value().value(0).toString() == u"expired"_s)
            return Error{ErrorCode::HoldExpired, u"Your hold has expired; please select the seats again."_s, {}};
        return Error{ErrorCode::NoHold, u"There are no held seats to book."_s, {}};
    }

    /// The seats of a hold in the hall's order, each priced for the ticket type asked for
    /// (adult unless named in `ticketTypes`).
    Result<QList<HeldSeat>> heldSeats(qint64 hold, const QHash<QString, QString> &ticketTypes)
    {
        // Each held seat once per ticket type its category has a price for.
        auto rows = db.run(u"SELECT s.id, s.label, s.row_label, s.number, s.category, p.ticket_type, p.price_cents,"
                           " s.grid_row, s.grid_column"
                           " FROM seat_claims c JOIN seats s ON s.id = c.seat_id"
                           " LEFT JOIN show_prices p ON p.show_id = c.show_id AND p.category = s.category"
                           " WHERE c.hold_id = ?"_s,
                           {hold});
        if (!rows.ok())
            return rows.error();
        QList<HeldSeat> held;
        QHash<qint64, qsizetype> heldIndex;
        while (rows.value().next()) {
            const SqlRows &row = rows.value();
            const qint64 seatId = row.value(0).toLongLong();
            auto known = heldIndex.constFind(seatId);
            if (known == heldIndex.cend()) {
                BookedSeat seat;
                seat.label = row.value(1).toString();
                seat.rowLabel = row.value(2).toString();
                seat.number = row.value(3).toInt();
                seat.category = row.value(4).toString();
                seat.ticketType = ticketTypes.value(seat.label, u"adult"_s);
                known = heldIndex.insert(seatId, held.size());
                held.append({seatId, seat, false, {row.value(7).toInt(), row.value(8).toInt()}});
            }
            HeldSeat &entry = held[known.value()];
            if (!entry.priced && row.value(5).toString() == entry.seat.ticketType) {
                entry.seat.priceCents = row.value(6).toLongLong();
                entry.priced = true;
            }
        }
        rows.value().finish();
        // Sorted here rather than by ORDER BY, which costs SQLite a sorter on every booking.
        std::sort(held.begin(), held.end(),
                  [](const HeldSeat &a, const HeldSeat &b) { return a.gridPosition < b.gridPosition; });
        return held;
    }

    /// A customer record when the booking names someone; id 0 when it is anonymous.
    Result<Customer> createCustomer(const QString &name, const QString &email)
    {
        if (name.isEmpty() && email.isEmpty())
            return Customer{};
        auto created = db.insert(u"INSERT INTO customers (name, email, created_at) VALUES (?, ?, ?)"_s,
                                 {notNull(name), notNull(email.toLower()), nowMs});
        if (!created.ok())
            return created.error();
        return Customer{created.value(), name, email.toLower()};
    }

    /// Inserts the booking under a fresh reference, with what it owes where the database records
    /// that; returns its id and reference.
    Result<std::pair<qint64, QString>> insertBooking(qint64 show, const Customer &customer, const QString &owner,
                                                     const BookingRequest &request, qint64 totalCents,
                                                     const std::optional<NewBookingTerms> &money)
    {
        const QString sql = money ? u"INSERT INTO bookings (reference, show_id, customer_id, owner, channel,"
                                    " payment_method, created_at, total_cents, payment_state, pay_by, staff_id)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reference) DO NOTHING"_s
                                  : u"INSERT INTO bookings (reference, show_id, customer_id, owner, channel,"
                                    " payment_method, created_at, total_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                    " ON CONFLICT (reference) DO NOTHING"_s;
        // A clash of 40 random bits is rare; the unique reference makes it a retry, not an error.
        for (int attempt = 0; attempt < 5; ++attempt) {
            const QString reference = BookingReference::generate();
            QVariantList values{reference, show, idOrNull(customer.id), owner, channelName(request.channel),
                                notNull(request.paymentMethod), nowMs, totalCents};
            if (money)
                values << paymentStateName(money->state)
                       << (money->payBy.isValid() ? QVariant(money->payBy.toMSecsSinceEpoch())
                                                  : QVariant(QMetaType(QMetaType::LongLong)))
                       << idOrNull(money->staffId);
            auto inserted = db.insert(sql, values);
            if (!inserted.ok())
                return inserted.error();
            if (inserted.value() != 0)
                return std::pair{inserted.value(), reference};
        }
        return Error{ErrorCode::DatabaseError, u"No unique booking reference could be made."_s, {}};
    }

    /// Turns the held seats' claims into the booking's and closes the hold. Each seat is a ticket
    /// with a code of its own once the schema has them (11), kept in `held` for the booking's answer
    /// (the tickets printed right after a sale carry it).
    Result<bool> bookHeldSeats(qint64 booking, qint64 show, qint64 hold, QList<HeldSeat> &held, bool withCodes)
    {
        const QString insertSeat = withCodes ? u"INSERT INTO booking_seats (booking_id, seat_id, ticket_type,"
                                               " price_cents, ticket_code) VALUES (?, ?, ?, ?, ?)"_s
                                             : u"INSERT INTO booking_seats (booking_id, seat_id, ticket_type,"
                                               " price_cents) VALUES (?, ?, ?, ?)"_s;
        for (HeldSeat &entry : held) {
            QVariantList values{booking, entry.id, entry.seat.ticketType, entry.seat.priceCents};
            if (withCodes) {
                entry.seat.ticketCode = TicketCode::generate();
                values.append(entry.seat.ticketCode);
            }
            auto seat = db.run(insertSeat, values);
            if (!seat.ok())
                return seat.error();
            // Seat by seat through the unique index: an update found through the index on the
            // column it changes (hold_id) first collects its rows, three times slower on SQLite.
            auto claimed = db.change(u"UPDATE seat_claims SET kind = 'booking', hold_id = NULL, booking_id = ?"
                                     " WHERE show_id = ? AND seat_id = ? AND hold_id = ?"_s,
                                     {booking, show, entry.id, hold});
            if (!claimed.ok())
                return claimed.error();
            if (claimed.value() != 1)
                return Error{ErrorCode::SeatsUnavailable,
                             u"Seat %1 is no longer held for you; please select the seats again."_s.arg(
                                     entry.seat.label),
                             {entry.seat.label}};
            changes.seatChanged(show, entry.id);
        }
        auto ended = db.run(u"UPDATE holds SET ended_at = ?, end_reason = 'booked' WHERE id = ?"_s, {nowMs, hold});
        if (!ended.ok())
            return ended.error();
        return true;
    }

    Database &db;
    qint64 nowMs;
    ChangeSet changes;
    /// Each show this transaction wrote, with its new version.
    QList<QPair<qint64, qint64>> versions;

private:
    ReservationService &m_service;
    QHash<qint64, SeatingTerms> m_lockedShows;
};

ReservationService::ReservationService(Database &database, ChangeFeed &feed, const Clock &clock)
    : ReservationService(database, feed, clock, Limits())
{
}

ReservationService::ReservationService(Database &database, ChangeFeed &feed, const Clock &clock, Limits limits)
    : m_database(database), m_feed(feed), m_clock(clock), m_limits(limits)
{
}

void ReservationService::announce(const QList<QPair<qint64, qint64>> &versions)
{
    for (const auto &[show, version] : versions)
        m_feed.publish(show, version);
}

bool ReservationService::bookingsHavePaymentColumns()
{
    if (!m_bookingsHavePaymentColumns)
        m_bookingsHavePaymentColumns = Migrations::bookingsHavePaymentState(m_database);
    return m_bookingsHavePaymentColumns;
}

bool ReservationService::ticketsHaveCodes()
{
    if (!m_ticketsHaveCodes)
        m_ticketsHaveCodes = Migrations::ticketsHaveCodes(m_database);
    return m_ticketsHaveCodes;
}

bool ReservationService::showsHaveSalesColumns()
{
    // Once there, the columns stay: only a database not yet upgraded asks again.
    if (!m_showsHaveSalesColumns)
        m_showsHaveSalesColumns = Migrations::showsHaveSalesSettings(m_database);
    return m_showsHaveSalesColumns;
}

template<typename T, typename Work>
Result<T> ReservationService::inTransaction(Work work, Durability durability)
{
    QList<QPair<qint64, qint64>> versions;
    auto result = m_database.write<T>([&]() -> Result<T> {
        Transaction tx(*this);
        Result<T> done = work(tx);
        versions = tx.versions;
        return done;
    }, durability);
    if (result.ok())
        announce(versions);
    return result;
}

namespace {

Error needsReason()
{
    return invalid(u"A manager action needs the manager's name and a reason."_s);
}

} // namespace

template<typename T, typename Work>
Result<T> ReservationService::managerTransaction(const StaffActor &manager, const QString &reason, Work work)
{
    if (manager.name.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return needsReason();
    return inTransaction<T>(work);
}

bool ReservationService::showsHaveOrphanRule()
{
    if (!m_showsHaveOrphanRule)
        m_showsHaveOrphanRule = Migrations::showsHaveOrphanRule(m_database);
    return m_showsHaveOrphanRule;
}

Result<const SeatRows *> ReservationService::seatRows(Transaction &tx, qint64 show, qint64 hall, qint64 changesFrom,
                                                      const std::optional<QPointF> &stage)
{
    auto cached = m_seatRows.constFind(show);
    if (cached != m_seatRows.cend() && cached->hall == hall && cached->changesFrom == changesFrom)
        return &cached->rows;
    auto places = tx.seatPlaces(hall);
    if (!places.ok())
        return places.error();
    // A few shows are on sale at once; the plans of those long over need not stay.
    constexpr qsizetype keptShows = 32;
    if (m_seatRows.size() >= keptShows && !m_seatRows.contains(show))
        m_seatRows.clear();
    auto stored = m_seatRows.insert(show, CachedRows{hall, changesFrom, SeatRows(std::move(places.value()), stage)});
    return &stored->rows;
}

Result<const SeatClaims *> ReservationService::committedClaims(Transaction &tx, qint64 show, const SeatingTerms &terms)
{
    CachedRows &cached = m_seatRows[show];
    const SeatRows &rows = cached.rows;
    if (cached.claimsVersion == terms.version)
        return &cached.claims;
    // Read before this transaction changes anything, so that the cache holds committed state only.
    if (cached.claimsVersion >= terms.changesFrom && cached.claimsVersion < terms.version) {
        auto changed = tx.changedSince(rows, show, cached.claimsVersion);
        if (!changed.ok())
            return changed.error();
        if (auto read = tx.readClaims(rows, show, cached.claims, changed.value()); !read.ok())
            return read.error();
    } else if (auto read = tx.readClaims(rows, show, cached.claims); !read.ok()) {
        return read.error();
    }
    cached.claimsVersion = terms.version;
    return &cached.claims;
}

Result<HoldResult> ReservationService::holdSeats(qint64 show, const QStringList &requested, const QString &owner,
                                                 std::chrono::seconds duration, Channel channel,
                                                 const HoldOrigin &origin)
{
    return holdSeats(show, requested, owner, duration, channel, origin, HoldOptions{});
}

Result<HoldResult> ReservationService::holdSeats(qint64 show, const QStringList &requested, const QString &owner,
                                                 std::chrono::seconds duration, Channel channel,
                                                 const HoldOrigin &origin, const HoldOptions &options)
{
    QStringList labels = requested;
    labels.removeDuplicates();
    if (owner.isEmpty())
        return invalid(u"A hold needs an owner."_s);
    if (duration.count() <= 0)
        return invalid(u"A hold needs a positive duration."_s);
    const int limit = channel == Channel::Web ? m_limits.maxSeatsWeb : m_limits.maxSeatsCounter;
    if (labels.size() > limit)
        return Error{ErrorCode::TooManySeats, u"At most %1 seats can be held at once for a show."_s.arg(limit), {}};

    return inTransaction<HoldResult>([&](Transaction &tx) -> Result<HoldResult> {
        if (auto open = tx.refuseClosedSales(show, channel); !open.ok())
            return open.error();
        auto shown = tx.lockShow(show);
        if (!shown.ok())
            return shown.error();
        std::optional<SeatingTerms> terms;
        if (shown->rule != OrphanRule::Allow)
            terms = shown.value();
        auto request = tx.requestedSeatsNow(show, labels, owner, origin);
        if (!request.ok())
            return request.error();
        auto toAdd = seatsToAdd(request.value(), channel);
        if (!toAdd.ok())
            return toAdd.error();
        const std::optional<ActiveHold> &hold = request->ownHold;
        if (request->ownSeats + toAdd->size() > limit)
            return Error{ErrorCode::TooManySeats,
                         u"At most %1 seats can be held for a show; %2 are held already."_s.arg(limit).arg(
                                 request->ownSeats),
                         {}};
        auto capped = tx.checkAddressCap(show, origin, int(toAdd->size()), request->fromAddress);
        if (!capped.ok())
            return capped.error();
        StrandingVerdict verdict;
        if (terms && !toAdd->isEmpty()) {
            auto rows = seatRows(tx, show, terms->hall, terms->changesFrom, terms->stage);
            if (!rows.ok())
                return rows.error();
            const SeatRows &seats = *rows.value();
            QList<int> added;
            for (const RequestedSeat &seat : toAdd.value())
                added.append(seats.indexOfId(seat.ref.id));
            const QList<int> judged = blocksOf(seats, added);
            SeatClaims claims{QList<qint64>(seats.size(), 0), QList<bool>(seats.size(), false)};
            if (auto read = tx.readClaims(seats, show, claims, judged); !read.ok())
                return read.error();
            const SeatMasks masks = masksOf(claims, hold ? hold->id : 0, channel, judged);
            verdict = judgeStranding(seats, masks, added);
            if (!verdict.suggestion.isEmpty() && hold) {
                // The owner's seats in other blocks stay in the suggestion as they are.
                auto owned = tx.holdLabels(hold->id);
                if (!owned.ok())
                    return owned.error();
                QStringList elsewhere;
                for (const QString &label : owned.value()) {
                    if (!judged.contains(seats.indexOf(label)))
                        elsewhere.append(label);
                }
                verdict.suggestion = elsewhere + verdict.suggestion;
            }
        }
        if (!verdict.suggestion.isEmpty()) {
            const bool accepted = terms->rule == OrphanRule::Warn && channel == Channel::Counter
                    && options.acceptStrandedSeat;
            if (terms->rule == OrphanRule::Refuse || (channel == Channel::Counter && !accepted))
                return orphanSeat(verdict.stranded, verdict.suggestion);
            if (accepted)
                tx.changes.audit(options.actor, u"hold_stranding_seat"_s, show,
                                 u"%1: %2"_s.arg(owner, verdict.stranded.join(u", "_s)));
        }

        const qint64 expiresAtMs = hold ? hold->expiresAtMs : tx.nowMs + qint64(duration.count()) * 1000;
        auto holdId = hold ? Result<qint64>(hold->id) : tx.createHold(show, owner, channel, expiresAtMs, origin.address);
        if (!holdId.ok())
            return holdId.error();
        auto added = tx.claimForHold(show, holdId.value(), toAdd.value());
        if (!added.ok())
            return added.error();
        if (!added->isEmpty())
            tx.changes.audit(owner, u"hold"_s, show, added->join(u", "_s));
        // A new hold holds exactly what was added; only a grown one needs asking.
        auto all = hold ? tx.holdLabels(holdId.value()) : added;
        if (!all.ok())
            return all.error();
        auto version = tx.versionAfterChanges(show);
        if (!version.ok())
            return version.error();
        return HoldResult{show, all.value(), QDateTime::fromMSecsSinceEpoch(expiresAtMs, Qt::UTC), version.value(),
                          verdict.stranded, verdict.suggestion};
    }, Durability::MayLoseLastMoments);
}

namespace {

std::optional<Error> invalidBestRequest(const BestAvailableRequest &request, Channel channel, int limit)
{
    if (request.count <= 0)
        return invalid(u"Ask for at least one seat."_s);
    if (request.count > limit)
        return Error{ErrorCode::TooManySeats, u"At most %1 seats can be held at once for a show."_s.arg(limit), {}};
    const int spaceSeats = request.wheelchairSpaces * (request.withCompanions ? 2 : 1);
    if (request.wheelchairSpaces < 0 || spaceSeats > request.count)
        return invalid(u"%1 wheelchair spaces (with their companion seats) do not fit in %2 seats."_s.arg(
                request.wheelchairSpaces).arg(request.count));
    if (request.includeHouseSeats && channel == Channel::Web)
        return invalid(u"The web never sells house seats."_s);
    return std::nullopt;
}

} // namespace

// A category the hall does not have is refused (InvalidField); too few seats left are refused
// naming how many are left, counted in this transaction.
Result<BestHoldResult> ReservationService::holdBestAvailable(qint64 show, const BestAvailableRequest &request,
                                                             const QString &owner, std::chrono::seconds duration,
                                                             Channel channel, const HoldOrigin &origin)
{
    if (owner.isEmpty())
        return invalid(u"A hold needs an owner."_s);
    if (duration.count() <= 0)
        return invalid(u"A hold needs a positive duration."_s);
    const int limit = channel == Channel::Web ? m_limits.maxSeatsWeb : m_limits.maxSeatsCounter;
    if (auto refused = invalidBestRequest(request, channel, limit))
        return *refused;

    return inTransaction<BestHoldResult>([&](Transaction &tx) -> Result<BestHoldResult> {
        if (auto open = tx.refuseClosedSales(show, channel); !open.ok())
            return open.error();
        auto terms = tx.lockShow(show);
        if (!terms.ok())
            return terms.error();
        auto rows = seatRows(tx, show, terms->hall, terms->changesFrom, terms->stage);
        if (!rows.ok())
            return rows.error();
        const SeatRows &seats = *rows.value();
        auto committed = committedClaims(tx, show, terms.value());
        if (!committed.ok())
            return committed.error();
        SeatClaims claims = *committed.value();
        if (auto expired = tx.expireHolds(show); !expired.ok())
            return expired.error();
        if (auto read = tx.readClaims(seats, show, claims, tx.changedHere(seats, show)); !read.ok())
            return read.error();
        auto own = tx.activeHold(owner, show);
        if (!own.ok())
            return own.error();
        SeatMasks masks = masksOf(claims, own.value() ? own.value()->id : 0, channel, std::nullopt);
        QList<bool> choosable(seats.size(), false);
        bool categoryKnown = request.category.isEmpty();
        int left = 0;
        for (int seat = 0; seat < seats.size(); ++seat) {
            const bool inCategory = request.category.isEmpty() || seats.seats().at(seat).category == request.category;
            categoryKnown = categoryKnown || inCategory;
            choosable[seat] = inCategory && masks.empty.at(seat) && (!masks.house.at(seat) || request.includeHouseSeats);
            left += choosable[seat] ? 1 : 0;
        }
        if (!categoryKnown)
            return invalid(u"\"%1\" is not a seat category of this show's hall."_s.arg(request.category));
        if (own.value()) {
            auto released = tx.endHold(own.value()->id, show, u"released"_s);
            if (!released.ok())
                return released.error();
            if (!released->isEmpty())
                tx.changes.audit(owner, u"release"_s, show, released->join(u", "_s));
        }
        if (auto capped = tx.checkAddressCap(show, origin, request.count); !capped.ok())
            return capped.error();
        const qint64 expiresAtMs = tx.nowMs + qint64(duration.count()) * 1000;
        auto holdId = tx.createHold(show, owner, channel, expiresAtMs, origin.address);
        if (!holdId.ok())
            return holdId.error();
        const auto best = BestSeatFinder(seats, masks.empty, choosable).find(request);
        if (!best && left < request.count)
            return Error{ErrorCode::SeatsUnavailable,
                         request.category.isEmpty()
                                 ? u"Only %1 seats are left for this show; ask for fewer."_s.arg(left)
                                 : u"Only %1 seats are left in \"%2\"; ask for fewer or another area."_s.arg(left).arg(
                                           request.category),
                         {}};
        if (!best)
            return Error{ErrorCode::SeatsUnavailable,
                         u"There are not %1 seats left together or apart that fit this request."_s.arg(request.count),
                         {}};
        QList<RequestedSeat> toClaim;
        for (int seat : best->seats) {
            const SeatPlace &place = seats.seats().at(seat);
            toClaim.append(RequestedSeat{SeatRef{place.id, place.label, place.category}});
        }
        auto claimed = tx.claimForHold(show, holdId.value(), toClaim);
        if (!claimed.ok())
            return claimed.error();
        tx.changes.audit(owner, u"hold"_s, show, claimed->join(u", "_s));
        auto version = tx.versionAfterChanges(show);
        if (!version.ok())
            return version.error();
        QList<int> inOrder = best->seats;
        std::sort(inOrder.begin(), inOrder.end(), [&](int a, int b) {
            return std::pair(seats.blockOf(a), seats.placeInBlock(a)) < std::pair(seats.blockOf(b), seats.placeInBlock(b));
        });
        HoldResult hold{show, labelsOf(seats, inOrder), QDateTime::fromMSecsSinceEpoch(expiresAtMs, Qt::UTC),
                        version.value(), {}, {}};
        if (best->step != BestStep::TogetherNoStranded)
            hold.strandedSeats = labelsOf(seats, StrandedSeatRule(seats, masks.empty).strandedBy(best->seats));
        return BestHoldResult{hold, *claimed, best->adjacent, best->step};
    }, Durability::MayLoseLastMoments);
}

Result<ChangeResult> ReservationService::releaseHolds(const QString &owner, qint64 show,
                                                      const std::optional<QStringList> &seats)
{
    return inTransaction<ChangeResult>([&](Transaction &tx) -> Result<ChangeResult> {
        auto target = tx.releaseTarget(owner, show);
        if (!target.ok())
            return target.error();
        auto released = target->hold ? tx.releaseSeats(show, target.value(), seats) : Result<QStringList>(QStringList());
        if (!released.ok())
            return released.error();
        if (!released->isEmpty())
            tx.changes.audit(owner, u"release"_s, show, released->join(u", "_s));
        auto version = tx.versionAfterChanges(show);
        if (!version.ok())
            return version.error();
        return ChangeResult{show, released.value(), version.value()};
    }, Durability::MayLoseLastMoments);
}

namespace {

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(
            u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"_s);
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

/// The refusal of a booking request's customer details or payment, if any.
std::optional<Error> invalidBookingRequest(const BookingRequest &request)
{
    const QString name = request.customer.name.trimmed();
    const QString email = request.customer.email.trimmed();
    const bool web = request.channel == Channel::Web;
    if ((web && name.isEmpty()) || name.size() > 100 || hasControlCharacters(name))
        return invalid(u"The name must be 1 to 100 characters long."_s);
    if ((web || !email.isEmpty()) && !isValidEmail(email))
        return invalid(u"The email address is not valid."_s);
    if (request.paymentMethod.size() > 40)
        return invalid(u"The payment method is too long."_s);
    return std::nullopt;
}

} // namespace

Result<Booking> ReservationService::convertHoldsToBookings(const QString &owner, qint64 show,
                                                           const BookingRequest &request)
{
    if (const std::optional<Error> refused = invalidBookingRequest(request))
        return *refused;

    bool expiredHold = false;
    auto result = inTransaction<Booking>([&](Transaction &tx) -> Result<Booking> {
        auto target = tx.bookingTarget(owner, show);
        if (!target.ok())
            return target.error();
        const std::optional<ActiveHold> &hold = target->hold;
        if (!hold)
            return tx.missingHold(owner, show);
        if (hold->expiresAtMs <= tx.nowMs) {
            // Released here and committed, so that the seats are free again at once.
            auto expired = tx.expireHolds(show);
            if (!expired.ok())
                return expired.error();
            expiredHold = true;
            auto written = tx.writeChanges();
            if (!written.ok())
                return written.error();
            return Booking{};
        }

        auto held = tx.heldSeats(hold->id, request.ticketTypes);
        if (!held.ok())
            return held.error();
        if (held->isEmpty())
            return Error{ErrorCode::NoHold, u"There are no held seats to book."_s, {}};
        auto total = totalPrice(held.value());
        if (!total.ok())
            return total.error();
        std::optional<NewBookingTerms> money;
        if (bookingsHavePaymentColumns()) {
            auto owed = bookingMoney(m_database, m_clock, tx.nowMs, request, target->booking.showStartsAt);
            if (!owed.ok())
                return owed.error();
            money = owed.value();
        }
        auto customer = tx.createCustomer(request.customer.name.trimmed(), request.customer.email.trimmed());
        if (!customer.ok())
            return customer.error();
        auto inserted = tx.insertBooking(show, customer.value(), owner, request, total.value(), money);
        if (!inserted.ok())
            return inserted.error();
        const auto &[bookingId, reference] = inserted.value();
        auto booked = tx.bookHeldSeats(bookingId, show, hold->id, held.value(), ticketsHaveCodes());
        if (!booked.ok())
            return booked.error();
        if (money && money->state == PaymentState::Paid) {
            const QString method = request.paymentMethod.isEmpty() ? u"unrecorded"_s : request.paymentMethod;
            auto paid = tx.recordPayment(bookingId, method, total.value(), QVariant(QMetaType(QMetaType::LongLong)),
                                         request.staff.staffId);
            if (!paid.ok())
                return paid.error();
        }

        Booking booking = target->booking;
        QStringList labels;
        for (const HeldSeat &entry : held.value()) {
            labels.append(entry.seat.label);
            booking.seats.append(entry.seat);
        }
        const QString bookedSeats = u"%1: %2"_s.arg(reference, labels.join(u", "_s));
        if (request.staff.name.trimmed().isEmpty())
            tx.changes.audit(owner, u"book"_s, show, bookedSeats);
        else
            tx.changes.audit(request.staff, u"book"_s, show, bookedSeats);
        auto written = tx.writeChanges();
        if (!written.ok())
            return written.error();

        booking.id = bookingId;
        booking.reference = reference;
        booking.showId = show;
        booking.customer = customer.value();
        booking.owner = owner;
        booking.channel = request.channel;
        booking.paymentMethod = request.paymentMethod;
        booking.createdAt = QDateTime::fromMSecsSinceEpoch(tx.nowMs, Qt::UTC);
        booking.totalCents = total.value();
        if (money) {
            booking.paymentState = money->state;
            booking.payBy = money->payBy;
            booking.staffId = money->staffId;
        }
        return booking;
    });
    if (result.ok() && expiredHold)
        return Error{ErrorCode::HoldExpired, u"Your hold has expired; please select the seats again."_s, {}};
    return result;
}

Result<int> ReservationService::cleanupExpiredHolds(const QDateTime &now)
{
    return inTransaction<int>([&](Transaction &tx) -> Result<int> {
        tx.nowMs = now.toMSecsSinceEpoch();
        auto freed = tx.expireHolds(0);
        if (!freed.ok())
            return freed.error();
        auto unpaid = bookingsHavePaymentColumns() ? tx.expireReservations() : Result<int>(0);
        if (!unpaid.ok())
            return unpaid.error();
        auto written = tx.writeChanges();
        if (!written.ok())
            return written.error();
        return freed.value() + unpaid.value();
    });
}

Result<CollectedReservation> ReservationService::collectReservation(const QString &reference, const QString &method,
                                                                    qint64 tenderedCents, const StaffActor &staff)
{
    const QString wanted = BookingReference::fromScanOrTyped(reference);
    if (wanted.isEmpty())
        return invalid(u"\"%1\" is not a booking reference."_s.arg(reference.left(40)));
    if (method.isEmpty() || method.size() > 40 || hasControlCharacters(method))
        return invalid(u"A payment needs its method, such as cash or card."_s);
    if (!bookingsHavePaymentColumns())
        return Error{ErrorCode::NotFound, u"This database records no reservations; it needs its upgrade first."_s, {}};
    const bool cash = method == u"cash"_s;
    return inTransaction<CollectedReservation>([&](Transaction &tx) -> Result<CollectedReservation> {
        auto settings = VenueSettingsStore(m_database, m_clock).load();
        if (!settings.ok())
            return settings.error();
        const Currency &currency = settings->currency;
        auto found = tx.db.run(u"SELECT id, show_id, payment_state, pay_by, total_cents, cancelled_at FROM bookings"
                               " WHERE reference = ?"_s,
                               {wanted});
        if (!found.ok())
            return found.error();
        SqlRows &row = found.value();
        if (!row.next())
            return Error{ErrorCode::NotFound, u"There is no booking %1."_s.arg(wanted), {}};
        CollectedReservation collected;
        collected.bookingId = row.value(0).toLongLong();
        collected.reference = wanted;
        collected.showId = row.value(1).toLongLong();
        const std::optional<PaymentState> state = paymentStateFromName(row.value(2).toString());
        const QDateTime payBy = QDateTime::fromMSecsSinceEpoch(row.value(3).toLongLong(), settings->zone());
        collected.amountCents = row.value(4).toLongLong();
        const bool cancelled = !row.value(5).isNull();
        row.finish();

        if (state == PaymentState::Paid)
            return tx.alreadyPaid(collected.bookingId, wanted, settings->zone());
        if (cancelled)
            return Error{ErrorCode::Forbidden, u"Booking %1 was cancelled; there is nothing to collect."_s.arg(wanted), {}};
        if (state == PaymentState::Refunded)
            return Error{ErrorCode::Forbidden, u"Booking %1 was refunded; there is nothing to collect."_s.arg(wanted), {}};
        if (state == PaymentState::Expired || payBy.toMSecsSinceEpoch() <= tx.nowMs)
            return Error{ErrorCode::Forbidden,
                         u"Reservation %1 had to be paid by %2; its seats are back on sale."_s.arg(
                                 wanted, payBy.toString(u"yyyy-MM-dd HH:mm"_s)),
                         {}};
        if (cash && tenderedCents < collected.amountCents)
            return invalid(u"The cash handed over (%1) is less than the amount due (%2)."_s.arg(
                    currency.plainNumber(tenderedCents), currency.plainNumber(collected.amountCents)));

        // Only the first of two counters finds it still reserved; on PostgreSQL the second waits
        // for the first's row lock and then matches nothing.
        auto claimed = tx.db.change(u"UPDATE bookings SET payment_state = 'paid'"
                                    " WHERE id = ? AND payment_state = 'reserved' AND cancelled_at IS NULL"_s,
                                    {collected.bookingId});
        if (!claimed.ok())
            return claimed.error();
        if (claimed.value() != 1)
            return tx.alreadyPaid(collected.bookingId, wanted, settings->zone());

        collected.method = method;
        collected.tenderedCents = cash ? tenderedCents : collected.amountCents;
        collected.changeCents = collected.tenderedCents - collected.amountCents;
        auto line = tx.recordPayment(collected.bookingId, method, collected.amountCents,
                                     cash ? QVariant(tenderedCents) : QVariant(QMetaType(QMetaType::LongLong)),
                                     staff.staffId);
        if (!line.ok())
            return line.error();
        std::tie(collected.paymentId, collected.shiftId) = line.value();
        collected.at = QDateTime::fromMSecsSinceEpoch(tx.nowMs, Qt::UTC);
        StaffActor collector = staff;
        if (collector.name.trimmed().isEmpty())
            collector.name = u"counter"_s;
        tx.changes.audit(collector, u"collect"_s, collected.showId,
                         u"%1: %2 %3"_s.arg(wanted, method, currency.plainNumber(collected.amountCents)));
        if (auto written = tx.writeChanges(); !written.ok())
            return written.error();
        return collected;
    });
}

Result<ChangeResult> ReservationService::unbookBooking(const QString &reference, const StaffActor &manager,
                                                       const QString &reason)
{
    return managerTransaction<ChangeResult>(manager, reason, [&](Transaction &tx) -> Result<ChangeResult> {
        auto booking = tx.db.run(u"SELECT id, show_id FROM bookings WHERE reference = ?"_s, {reference});
        if (!booking.ok())
            return booking.error();
        if (!booking.value().next())
            return Error{ErrorCode::NotFound, u"There is no booking %1."_s.arg(reference), {}};
        const qint64 bookingId = booking.value().value(0).toLongLong();
        const qint64 show = booking.value().value(1).toLongLong();
        booking.value().finish();
        auto released = tx.releaseBooking(bookingId, show);
        if (!released.ok())
            return released.error();
        const QStringList labels = released.value();
        if (labels.isEmpty())
            return Error{ErrorCode::NotFound, u"Booking %1 has no seats left to unbook."_s.arg(reference), {}};
        tx.changes.audit(manager, u"unbook"_s, show, u"%1: %2"_s.arg(reference, labels.join(u", "_s)), reason);
        auto written = tx.writeChanges();
        if (!written.ok())
            return written.error();
        return ChangeResult{show, labels, written.value().constFirst().second};
    });
}

Result<ChangeResult> ReservationService::unbookSeats(qint64 show, const QStringList &seats, const StaffActor &manager,
                                                     const QString &reason)
{
    return changeClaims(show, seats, manager, reason, u"unbook"_s);
}

Result<ChangeResult> ReservationService::blockSeats(qint64 show, const QStringList &seats, const StaffActor &manager,
                                                    const QString &reason)
{
    return changeClaims(show, seats, manager, reason, u"block"_s);
}

Result<ChangeResult> ReservationService::unblockSeats(qint64 show, const QStringList &seats, const StaffActor &manager,
                                                      const QString &reason)
{
    return changeClaims(show, seats, manager, reason, u"unblock"_s);
}

Result<ChangeResult> ReservationService::setHouseSeats(qint64 show, const QStringList &seats, bool keep,
                                                       const StaffActor &manager, const QString &reason)
{
    return changeClaims(show, seats, manager, reason, keep ? u"keep_house"_s : u"release_house"_s);
}

Result<ChangeResult> ReservationService::changeClaims(qint64 show, const QStringList &requested,
                                                       const StaffActor &manager,
                                                      const QString &reason, const QString &action)
{
    QStringList labels = requested;
    labels.removeDuplicates();
    return managerTransaction<ChangeResult>(manager, reason, [&](Transaction &tx) -> Result<ChangeResult> {
        // Blocking claims seats: it waits for the holds of the show as they wait for each other.
        auto terms = tx.lockShow(show);
        if (!terms.ok())
            return terms.error();
        auto seats = tx.seats(terms->hall, labels);
        if (!seats.ok())
            return seats.error();
        auto expired = tx.expireHolds(show);
        if (!expired.ok())
            return expired.error();

        QStringList refused;
        QSet<qint64> cancelledBookings;
        for (const SeatRef &seat : seats.value()) {
            auto claim = tx.db.run(u"SELECT kind, booking_id FROM seat_claims WHERE show_id = ? AND seat_id = ?"_s,
                                   {show, seat.id});
            if (!claim.ok())
                return claim.error();
            const bool claimed = claim.value().next();
            const QString kind = claimed ? claim.value().value(0).toString() : QString();
            const qint64 bookingId = claimed ? claim.value().value(1).toLongLong() : 0;
            claim.value().finish();

            QList<std::pair<QString, QVariantList>> statements;
            if (action == u"unbook"_s) {
                if (kind != kindBooking) {
                    refused.append(seat.label);
                    continue;
                }
                statements = {{u"DELETE FROM seat_claims WHERE show_id = ? AND seat_id = ?"_s, {show, seat.id}},
                              {u"UPDATE booking_seats SET released_at = ? WHERE booking_id = ? AND seat_id = ?"_s,
                               {tx.nowMs, bookingId, seat.id}}};
                cancelledBookings.insert(bookingId);
            } else if (action == u"block"_s) {
                if (claimed) {
                    refused.append(seat.label);
                    continue;
                }
                statements = {{u"INSERT INTO seat_claims (show_id, seat_id, kind, created_at) VALUES (?, ?, 'block', ?)"_s,
                               {show, seat.id, tx.nowMs}}};
            } else if (action == u"unblock"_s) {
                if (kind != kindBlock) {
                    refused.append(seat.label);
                    continue;
                }
                statements = {{u"DELETE FROM seat_claims WHERE show_id = ? AND seat_id = ?"_s, {show, seat.id}}};
            } else if (action == u"keep_house"_s) {
                statements = {{u"DELETE FROM house_seats WHERE show_id = ? AND seat_id = ?"_s, {show, seat.id}},
                              {u"INSERT INTO house_seats (show_id, seat_id) VALUES (?, ?)"_s, {show, seat.id}}};
            } else {
                statements = {{u"DELETE FROM house_seats WHERE show_id = ? AND seat_id = ?"_s, {show, seat.id}}};
            }
            for (const auto &[sql, values] : std::as_const(statements)) {
                auto done = tx.db.run(sql, values);
                if (!done.ok())
                    return done.error();
            }
            tx.changes.seatChanged(show, seat.id);
        }
        if (!refused.isEmpty()) {
            const QString why = action == u"unbook"_s    ? u"not booked"_s
                              : action == u"block"_s     ? u"not available"_s
                                                         : u"not blocked"_s;
            return Error{ErrorCode::SeatsUnavailable,
                         u"Nothing was changed: these seats are %1: %2."_s.arg(why, refused.join(u", "_s)), refused};
        }
        for (qint64 bookingId : std::as_const(cancelledBookings)) {
            auto done = tx.db.run(u"UPDATE bookings SET cancelled_at = ? WHERE id = ? AND NOT EXISTS"
                                  " (SELECT 1 FROM booking_seats WHERE booking_id = ? AND released_at IS NULL)"_s,
                                  {tx.nowMs, bookingId, bookingId});
            if (!done.ok())
                return done.error();
        }
        QStringList changed;
        for (const SeatRef &seat : seats.value())
            changed.append(seat.label);
        tx.changes.audit(manager, action, show, changed.join(u", "_s), reason);
        auto written = tx.writeChanges();
        if (!written.ok())
            return written.error();
        return ChangeResult{show, changed, written.value().constFirst().second};
    });
}

namespace {

/// A booking as refunds and exchanges see it.
struct MoneyBooking
{
    qint64 id = 0;
    qint64 show = 0;
    QString reference;
    PaymentState state = PaymentState::Paid;
    bool showCancelled = false;
    Customer customer;
    QString owner;
    QString paymentMethod;
};

/// A seat a booking still has.
struct LiveSeat
{
    qint64 seatId = 0;
    QString label;
    qint64 priceCents = 0;
};

/// A seat an exchange moves to, priced for its ticket type.
struct TargetSeat
{
    SeatRef ref;
    QString ticketType;
    qint64 priceCents = 0;
};

Result<MoneyBooking> moneyBooking(const Database &db, const QString &reference)
{
    auto query = db.run(u"SELECT b.id, b.show_id, b.reference, b.payment_state, s.cancelled_at, b.customer_id,"
                        " b.owner, b.payment_method FROM bookings b JOIN shows s ON s.id = b.show_id"
                        " WHERE b.reference = ?"_s,
                        {reference.trimmed().toUpper()});
    if (!query.ok())
        return query.error();
    const SqlRows &row = query.value();
    if (!query.value().next())
        return Error{ErrorCode::NotFound, u"There is no booking %1."_s.arg(reference), {}};
    MoneyBooking booking;
    booking.id = row.value(0).toLongLong();
    booking.show = row.value(1).toLongLong();
    booking.reference = row.value(2).toString();
    booking.state = paymentStateFromName(row.value(3).toString()).value_or(PaymentState::Paid);
    booking.showCancelled = !row.value(4).isNull();
    booking.customer.id = row.value(5).toLongLong();
    booking.owner = row.value(6).toString();
    booking.paymentMethod = row.value(7).toString();
    query.value().finish();
    return booking;
}

Result<QList<LiveSeat>> liveSeats(const Database &db, qint64 booking)
{
    auto query = db.run(u"SELECT bs.seat_id, s.label, bs.price_cents FROM booking_seats bs JOIN seats s ON s.id = bs.seat_id"
                        " WHERE bs.booking_id = ? AND bs.released_at IS NULL ORDER BY s.grid_row, s.grid_column"_s,
                        {booking});
    if (!query.ok())
        return query.error();
    QList<LiveSeat> seats;
    while (query.value().next())
        seats.append({query.value().value(0).toLongLong(), query.value().value(1).toString(),
                      query.value().value(2).toLongLong()});
    query.value().finish();
    return seats;
}

/// The live seats named by `labels` (all of them when empty), or the refusal naming the others.
Result<QList<LiveSeat>> chosenSeats(const QList<LiveSeat> &live, const QStringList &labels, const QString &reference)
{
    if (live.isEmpty())
        return Error{ErrorCode::NotFound, u"Booking %1 has no seats left."_s.arg(reference), {}};
    if (labels.isEmpty())
        return live;
    QList<LiveSeat> chosen;
    for (const LiveSeat &seat : live) {
        if (labels.contains(seat.label))
            chosen.append(seat);
    }
    QStringList foreign;
    for (const QString &label : labels) {
        if (std::none_of(chosen.cbegin(), chosen.cend(), [&](const LiveSeat &seat) { return seat.label == label; }))
            foreign.append(label);
    }
    if (!foreign.isEmpty())
        return invalid(u"These seats are not booked on %1: %2."_s.arg(reference, foreign.join(u", "_s)), foreign);
    return chosen;
}

qint64 priceOf(const QList<LiveSeat> &seats)
{
    qint64 total = 0;
    for (const LiveSeat &seat : seats)
        total += seat.priceCents;
    return total;
}

QStringList labelsOf(const QList<LiveSeat> &seats)
{
    QStringList labels;
    for (const LiveSeat &seat : seats)
        labels.append(seat.label);
    return labels;
}

/// Frees booked seats: released on the booking, unclaimed, put back on sale.
Result<bool> releaseSeats(const Database &db, ChangeSet &changes, qint64 nowMs, qint64 booking, qint64 show,
                          const QList<LiveSeat> &seats)
{
    for (const LiveSeat &seat : seats) {
        for (const auto &[sql, values] :
             {std::pair{u"UPDATE booking_seats SET released_at = ? WHERE booking_id = ? AND seat_id = ?"_s,
                        QVariantList{nowMs, booking, seat.seatId}},
              std::pair{u"DELETE FROM seat_claims WHERE show_id = ? AND seat_id = ? AND booking_id = ?"_s,
                        QVariantList{show, seat.seatId, booking}}}) {
            auto done = db.run(sql, values);
            if (!done.ok())
                return done.error();
        }
        changes.seatChanged(show, seat.seatId);
    }
    return true;
}

/// The refund (or transfer out) of `amountCents` from a booking, one line per method it goes back to.
Result<QList<PaymentLine>> payBack(const PaymentLedger &ledger, qint64 booking, const QHash<QString, qint64> &byMethod,
                                   qint64 amountCents, const QString &kind, const StaffActor &staff,
                                   const QString &reason, qint64 nowMs)
{
    QList<PaymentLine> lines;
    for (const auto &[method, part] : PaymentLedger::refundSplit(byMethod, amountCents)) {
        PaymentLine line;
        line.bookingId = booking;
        line.kind = kind;
        line.method = method;
        line.amountCents = -part;
        line.staffId = staff.staffId;
        line.reason = reason;
        auto recorded = ledger.record(line, nowMs);
        if (!recorded.ok())
            return recorded.error();
        lines.append(recorded.value());
    }
    return lines;
}

/// Refuses a money operation without a reason or without the staff member doing it.
std::optional<Error> invalidMoneyAction(const QString &reason, const StaffActor &staff, const QString &what)
{
    if (staff.name.trimmed().isEmpty())
        return invalid(u"%1 needs the staff member who makes it."_s.arg(what));
    if (reason.trimmed().isEmpty())
        return invalid(u"%1 needs a reason."_s.arg(what));
    return std::nullopt;
}

/// Refunds and exchanges are a manager's: one signed in, or one who authorised this action. An
/// actor without a staff account (a tool, an older counter) is taken at its name, as manager
/// actions always were.
Result<bool> requireManager(const Database &db, const StaffActor &staff, const QString &what)
{
    const qint64 authority = staff.isOverride() ? staff.authorisedById : staff.staffId;
    if (authority == 0)
        return true;
    auto role = db.run(u"SELECT role FROM staff WHERE id = ? AND disabled_at IS NULL"_s, {authority});
    if (!role.ok())
        return role.error();
    const bool manager = role.value().next() && role.value().value(0).toString() == u"manager"_s;
    role.value().finish();
    if (!manager)
        return Error{ErrorCode::Forbidden,
                     u"%1 needs a manager: sign in as one or have one authorise it."_s.arg(what), {}};
    return true;
}

Result<QList<TargetSeat>> priceTargets(const Database &db, qint64 show, const QList<SeatRef> &seats,
                                       const QHash<QString, QString> &ticketTypes)
{
    QList<TargetSeat> priced;
    for (const SeatRef &seat : seats) {
        const QString type = ticketTypes.value(seat.label, u"adult"_s);
        auto price = db.run(u"SELECT price_cents FROM show_prices WHERE show_id = ? AND category = ? AND ticket_type = ?"_s,
                            {show, seat.category, type});
        if (!price.ok())
            return price.error();
        if (!price.value().next())
            return invalid(u"Seat %1 cannot be sold as a %2 ticket for this show."_s.arg(seat.label, type), {seat.label});
        priced.append({seat, type, price.value().value(0).toLongLong()});
        price.value().finish();
    }
    return priced;
}

} // namespace

Result<RefundResult> ReservationService::refund(const QString &reference, const QStringList &seats,
                                                const QString &reason, const StaffActor &staff)
{
    if (const std::optional<Error> refused = invalidMoneyAction(reason, staff, u"A refund"_s))
        return *refused;
    QStringList labels = seats;
    labels.removeDuplicates();
    return inTransaction<RefundResult>([&](Transaction &tx) -> Result<RefundResult> {
        if (auto allowed = requireManager(tx.db, staff, u"A refund"_s); !allowed.ok())
            return allowed.error();
        auto booking = moneyBooking(tx.db, reference);
        if (!booking.ok())
            return booking.error();
        if (booking->state == PaymentState::Refunded)
            return invalid(u"Booking %1 is refunded already."_s.arg(booking->reference));
        if (booking->state == PaymentState::Expired)
            return invalid(u"Reservation %1 expired unpaid: there is nothing to refund."_s.arg(booking->reference));
        PaymentLedger ledger(tx.db);
        auto money = ledger.moneyOf(booking->id);
        if (!money.ok())
            return money.error();

        RefundResult result;
        result.reference = booking->reference;
        result.showId = booking->show;
        qint64 amount = 0;
        bool seatsLeft = false;
        if (booking->showCancelled) {
            // Cancelling the show freed the seats already; what is left to give back is the money.
            if (!labels.isEmpty())
                return invalid(u"The show of booking %1 is cancelled: the booking is refunded whole."_s.arg(
                        booking->reference));
            if (money->balanceCents <= 0)
                return invalid(u"Booking %1 holds no money to refund."_s.arg(booking->reference));
            amount = money->balanceCents;
        } else {
            auto live = liveSeats(tx.db, booking->id);
            if (!live.ok())
                return live.error();
            auto chosen = chosenSeats(live.value(), labels, booking->reference);
            if (!chosen.ok())
                return chosen.error();
            seatsLeft = chosen->size() < live->size();
            // The last seats take with them all the booking still holds.
            const qint64 holds = std::max<qint64>(0, money->balanceCents);
            amount = seatsLeft ? std::min(priceOf(chosen.value()), holds) : holds;
            auto released = releaseSeats(tx.db, tx.changes, tx.nowMs, booking->id, booking->show, chosen.value());
            if (!released.ok())
                return released.error();
            result.seats = labelsOf(chosen.value());
            if (seatsLeft && booking->state == PaymentState::Reserved) {
                // What a reservation still owes is the price of the seats it keeps.
                auto due = tx.db.run(u"UPDATE bookings SET total_cents = total_cents - ? WHERE id = ?"_s,
                                     {priceOf(chosen.value()), booking->id});
                if (!due.ok())
                    return due.error();
            }
        }
        auto lines = payBack(ledger, booking->id, money->balanceByMethod, amount, u"refund"_s, staff, reason, tx.nowMs);
        if (!lines.ok())
            return lines.error();
        result.lines = lines.value();
        result.refundedCents = amount;
        result.paymentState = booking->state;
        if (!seatsLeft) {
            result.paymentState = PaymentState::Refunded;
            auto closed = tx.db.run(u"UPDATE bookings SET payment_state = 'refunded', cancelled_at = COALESCE(cancelled_at, ?)"
                                    " WHERE id = ?"_s,
                                    {tx.nowMs, booking->id});
            if (!closed.ok())
                return closed.error();
        }
        const QString refunded = result.seats.isEmpty() ? u"show cancelled"_s : result.seats.join(u", "_s);
        tx.changes.audit(staff, u"refund"_s, booking->show,
                         u"%1: %2; %3"_s.arg(booking->reference, refunded, AuditAmounts::paymentLines(result.lines)), reason);
        if (auto written = tx.writeChanges(); !written.ok())
            return written.error();
        return result;
    });
}

Result<ExchangeResult> ReservationService::exchange(const ExchangeRequest &request, const StaffActor &staff)
{
    if (staff.name.trimmed().isEmpty())
        return invalid(u"An exchange needs the staff member who makes it."_s);
    QStringList targetLabels = request.targetSeats;
    targetLabels.removeDuplicates();
    QStringList giveUp = request.giveUp;
    giveUp.removeDuplicates();
    if (targetLabels.isEmpty())
        return invalid(u"An exchange needs the seats to move to."_s);
    if (request.paymentMethod.size() > 40)
        return invalid(u"The payment method is too long."_s);

    return inTransaction<ExchangeResult>([&](Transaction &tx) -> Result<ExchangeResult> {
        if (auto allowed = requireManager(tx.db, staff, u"An exchange"_s); !allowed.ok())
            return allowed.error();
        auto booking = moneyBooking(tx.db, request.reference);
        if (!booking.ok())
            return booking.error();
        if (booking->showCancelled)
            return invalid(u"The show of booking %1 is cancelled: refund it instead."_s.arg(booking->reference));
        if (booking->state == PaymentState::Reserved)
            return invalid(u"Reservation %1 is not paid yet: collect it before exchanging it."_s.arg(booking->reference));
        if (booking->state != PaymentState::Paid)
            return Error{ErrorCode::NotFound, u"Booking %1 has no seats left."_s.arg(booking->reference), {}};
        auto live = liveSeats(tx.db, booking->id);
        if (!live.ok())
            return live.error();
        auto chosen = chosenSeats(live.value(), giveUp, booking->reference);
        if (!chosen.ok())
            return chosen.error();

        const qint64 targetShow = request.targetShow;
        const bool sameShow = targetShow == booking->show;
        auto showRow = tx.show(targetShow);
        if (!showRow.ok())
            return showRow.error();
        if (auto open = tx.refuseClosedSales(targetShow, Channel::Counter); !open.ok())
            return open.error();
        if (auto expired = tx.expireHolds(targetShow); !expired.ok())
            return expired.error();
        auto refs = tx.seats(showRow->hallId, targetLabels);
        if (!refs.ok())
            return refs.error();
        auto targets = priceTargets(tx.db, targetShow, refs.value(), request.ticketTypes);
        if (!targets.ok())
            return targets.error();

        // A seat given up and taken again (moving along a row) keeps its claim.
        QSet<qint64> kept;
        QStringList unavailable;
        for (const TargetSeat &target : targets.value()) {
            auto claim = tx.db.run(u"SELECT booking_id FROM seat_claims WHERE show_id = ? AND seat_id = ?"_s,
                                   {targetShow, target.ref.id});
            if (!claim.ok())
                return claim.error();
            const bool claimed = claim.value().next();
            const qint64 claimedBy = claimed ? claim.value().value(0).toLongLong() : 0;
            claim.value().finish();
            const bool givenUp = sameShow && claimedBy == booking->id
                    && std::any_of(chosen->cbegin(), chosen->cend(),
                                   [&](const LiveSeat &seat) { return seat.seatId == target.ref.id; });
            if (givenUp)
                kept.insert(target.ref.id);
            else if (claimed)
                unavailable.append(target.ref.label);
        }
        if (!unavailable.isEmpty())
            return Error{ErrorCode::SeatsUnavailable,
                         u"These seats are no longer available: %1."_s.arg(unavailable.join(u", "_s)), unavailable};

        PaymentLedger ledger(tx.db);
        auto money = ledger.moneyOf(booking->id);
        if (!money.ok())
            return money.error();
        qint64 newPrice = 0;
        for (const TargetSeat &target : targets.value())
            newPrice += target.priceCents;
        const qint64 holds = std::max<qint64>(0, money->balanceCents);
        const bool givesUpAll = chosen->size() == live->size();
        const qint64 moved = givesUpAll ? holds : std::min(priceOf(chosen.value()), holds);
        const qint64 difference = newPrice - moved;
        if (difference > 0 && request.paymentMethod.trimmed().isEmpty())
            return invalid(u"The difference of %1 needs a payment method."_s.arg(difference));
        if (difference > 0 && request.paymentMethod == u"cash"_s && request.tenderedCents < difference)
            return invalid(u"The cash tendered (%1) does not cover the difference (%2)."_s.arg(request.tenderedCents)
                                   .arg(difference));

        ExchangeResult result;
        result.previousReference = booking->reference;
        result.previousShowId = booking->show;
        result.showId = targetShow;
        qint64 targetBooking = booking->id;
        result.reference = booking->reference;
        QHash<QString, qint64> targetByMethod = money->balanceByMethod;
        if (!sameShow) {
            BookingRequest newBooking;
            newBooking.channel = Channel::Counter;
            newBooking.paymentMethod = booking->paymentMethod;
            auto inserted = tx.insertBooking(targetShow, booking->customer, booking->owner, newBooking, newPrice,
                                             NewBookingTerms{PaymentState::Paid, {}, staff.staffId});
            if (!inserted.ok())
                return inserted.error();
            std::tie(targetBooking, result.reference) = inserted.value();
            auto paid = tx.db.run(u"UPDATE bookings SET payment_state = 'paid', staff_id = ? WHERE id = ?"_s,
                                  {staff.staffId > 0 ? QVariant(staff.staffId) : QVariant(QMetaType(QMetaType::LongLong)),
                                   targetBooking});
            if (!paid.ok())
                return paid.error();
        }

        // The new seats are claimed before the old ones are let go: a seat taken meanwhile (the
        // unique index, on PostgreSQL) fails the whole exchange and the booking keeps its seats.
        for (const TargetSeat &target : targets.value()) {
            if (!kept.contains(target.ref.id)) {
                auto claimed = tx.db.run(u"INSERT INTO seat_claims (show_id, seat_id, kind, booking_id, created_at)"
                                         " VALUES (?, ?, 'booking', ?, ?)"_s,
                                         {targetShow, target.ref.id, targetBooking, tx.nowMs});
                if (!claimed.ok()) {
                    if (tx.db.lastRunViolatedUniqueness())
                        return Error{ErrorCode::SeatsUnavailable,
                                     u"Seat %1 was just taken by someone else."_s.arg(target.ref.label), {target.ref.label}};
                    return claimed.error();
                }
            }
            // A seat kept by the exchange keeps its ticket; one released before and taken again is
            // a new ticket, so the code its old printout carries stays dead.
            auto seat = tx.db.run(u"INSERT INTO booking_seats (booking_id, seat_id, ticket_type, price_cents, ticket_code)"
                                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT (booking_id, seat_id) DO UPDATE SET"
                                  " ticket_type = excluded.ticket_type, price_cents = excluded.price_cents,"
                                  " ticket_code = CASE WHEN booking_seats.released_at IS NULL"
                                  " THEN booking_seats.ticket_code ELSE excluded.ticket_code END,"
                                  " inside = CASE WHEN booking_seats.released_at IS NULL THEN booking_seats.inside ELSE 0 END,"
                                  " entered_at = CASE WHEN booking_seats.released_at IS NULL"
                                  " THEN booking_seats.entered_at ELSE NULL END,"
                                  " released_at = NULL"_s,
                                  {targetBooking, target.ref.id, target.ticketType, target.priceCents,
                                   TicketCode::generate()});
            if (!seat.ok())
                return seat.error();
            tx.changes.seatChanged(targetShow, target.ref.id);
            result.newSeats.append(target.ref.label);
        }
        QList<LiveSeat> released;
        for (const LiveSeat &seat : chosen.value()) {
            if (!kept.contains(seat.seatId))
                released.append(seat);
        }
        if (auto done = releaseSeats(tx.db, tx.changes, tx.nowMs, booking->id, booking->show, released); !done.ok())
            return done.error();
        result.releasedSeats = labelsOf(released);

        if (!sameShow) {
            // The value moves by the methods it was paid with, so that refunds of the new booking
            // still go back to them.
            auto out = payBack(ledger, booking->id, money->balanceByMethod, moved, u"transfer"_s, staff,
                               request.reason, tx.nowMs);
            if (!out.ok())
                return out.error();
            targetByMethod.clear();
            for (PaymentLine line : std::as_const(out.value())) {
                result.lines.append(line);
                line.bookingId = targetBooking;
                line.amountCents = -line.amountCents;
                auto in = ledger.record(line, tx.nowMs);
                if (!in.ok())
                    return in.error();
                result.lines.append(in.value());
                targetByMethod[line.method] += line.amountCents;
            }
            if (givesUpAll) {
                auto closed = tx.db.run(u"UPDATE bookings SET payment_state = 'refunded', cancelled_at = ? WHERE id = ?"_s,
                                        {tx.nowMs, booking->id});
                if (!closed.ok())
                    return closed.error();
            }
        }
        if (difference > 0) {
            PaymentLine line;
            line.bookingId = targetBooking;
            line.kind = u"payment"_s;
            line.method = request.paymentMethod;
            line.amountCents = difference;
            line.tenderedCents = request.paymentMethod == u"cash"_s ? request.tenderedCents : 0;
            line.staffId = staff.staffId;
            line.reason = request.reason;
            auto paid = ledger.record(line, tx.nowMs);
            if (!paid.ok())
                return paid.error();
            result.lines.append(paid.value());
            result.changeCents = line.tenderedCents > 0 ? line.tenderedCents - difference : 0;
        } else if (difference < 0) {
            auto back = payBack(ledger, targetBooking, targetByMethod, -difference, u"refund"_s, staff,
                                request.reason, tx.nowMs);
            if (!back.ok())
                return back.error();
            result.lines += back.value();
        }
        result.differenceCents = difference;
        auto total = tx.db.run(u"UPDATE bookings SET total_cents = (SELECT COALESCE(SUM(price_cents), 0) FROM booking_seats"
                               " WHERE booking_id = ? AND released_at IS NULL) WHERE id = ?"_s,
                               {targetBooking, targetBooking});
        if (!total.ok())
            return total.error();

        tx.changes.audit(staff, u"exchange"_s, booking->show,
                         u"%1: %2 → %3 (show %4): %5; %6"_s.arg(booking->reference, labelsOf(chosen.value()).join(u", "_s),
                                                               result.reference, QString::number(targetShow),
                                                               result.newSeats.join(u", "_s), AuditAmounts::paymentLines(result.lines)),
                         request.reason);
        if (auto written = tx.writeChanges(); !written.ok())
            return written.error();
        return result;
    });
}

Result<ChangeResult> ReservationService::cancelShow(qint64 show, const StaffActor &manager, const QString &reason)
{
    return managerTransaction<ChangeResult>(manager, reason, [&](Transaction &tx) -> Result<ChangeResult> {
        auto cancelled = tx.db.run(u"UPDATE shows SET cancelled_at = ?, cancel_reason = ? WHERE id = ? AND cancelled_at IS NULL"
                                   " RETURNING id"_s,
                                   {tx.nowMs, reason, show});
        if (!cancelled.ok())
            return cancelled.error();
        if (!cancelled.value().next())
            return tx.show(show).ok() ? invalid(u"Show %1 is cancelled already."_s.arg(show))
                                      : Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(show), {}};
        cancelled.value().finish();

        QStringList freed;
        auto liveHolds = tx.ids(u"SELECT id FROM holds WHERE show_id = ? AND ended_at IS NULL"_s, show);
        if (!liveHolds.ok())
            return liveHolds.error();
        for (qint64 hold : liveHolds.value()) {
            auto ended = tx.endHold(hold, show, u"show cancelled"_s);
            if (!ended.ok())
                return ended.error();
            freed += ended.value();
        }

        auto liveBookings = tx.ids(u"SELECT id FROM bookings WHERE show_id = ? AND cancelled_at IS NULL"_s, show);
        if (!liveBookings.ok())
            return liveBookings.error();
        for (qint64 booking : liveBookings.value()) {
            auto released = tx.releaseBooking(booking, show);
            if (!released.ok())
                return released.error();
            freed += released.value();
        }
        tx.changes.audit(manager, u"cancel_show"_s, show,
                         u"%1 bookings cancelled, %2 seats freed"_s.arg(liveBookings->size()).arg(freed.size()), reason);
        if (auto written = tx.writeChanges(); !written.ok())
            return written.error();

        // The seat maps of a cancelled show say so: they start again from a full read.
        auto version = startShowVersionAfresh(tx.db, show);
        if (!version.ok())
            return version.error();
        tx.versions = {{show, version.value()}};
        return ChangeResult{show, freed, version.value()};
    });
}

Result<int> ReservationService::deleteCustomer(qint64 customer, const StaffActor &manager, const QString &reason)
{
    return managerTransaction<int>(manager, reason, [&](Transaction &tx) -> Result<int> {
        auto found = tx.db.run(u"SELECT 1 FROM customers WHERE id = ? AND deleted_at IS NULL"_s, {customer});
        if (!found.ok())
            return found.error();
        if (!found.value().next())
            return Error{ErrorCode::NotFound, u"There is no customer %1."_s.arg(customer), {}};
        found.value().finish();

        int freed = 0;
        // Their holds: those of a web session that booked for this customer. A counter's token
        // books for everyone at that counter, so what it holds now is for someone else.
        auto holds = tx.db.run(u"SELECT h.id, h.show_id FROM holds h WHERE h.ended_at IS NULL AND h.channel = 'web'"
                               " AND h.owner IN (SELECT owner FROM bookings WHERE customer_id = ? AND channel = 'web')"_s,
                               {customer});
        if (!holds.ok())
            return holds.error();
        QList<QPair<qint64, qint64>> activeHolds;
        while (holds.value().next())
            activeHolds.append({holds.value().value(0).toLongLong(), holds.value().value(1).toLongLong()});
        holds.value().finish();
        for (const auto &[hold, show] : std::as_const(activeHolds)) {
            auto ended = tx.endHold(hold, show, u"released"_s);
            if (!ended.ok())
                return ended.error();
            freed += ended.value().size();
            tx.changes.audit(manager, u"release"_s, show, ended.value().join(u", "_s), reason);
        }

        auto bookings = tx.db.run(u"SELECT b.id, b.show_id, b.reference FROM bookings b JOIN shows s ON s.id = b.show_id"
                                  " WHERE b.customer_id = ? AND b.cancelled_at IS NULL AND s.starts_at > ?"_s,
                                  {customer, tx.nowMs});
        if (!bookings.ok())
            return bookings.error();
        struct Future { qint64 id; qint64 show; QString reference; };
        QList<Future> future;
        while (bookings.value().next())
            future.append({bookings.value().value(0).toLongLong(), bookings.value().value(1).toLongLong(),
                           bookings.value().value(2).toString()});
        bookings.value().finish();
        for (const Future &booking : std::as_const(future)) {
            auto released = tx.releaseBooking(booking.id, booking.show);
            if (!released.ok())
                return released.error();
            freed += released.value().size();
            tx.changes.audit(manager, u"unbook"_s, booking.show, booking.reference, reason);
        }
        auto erased = tx.db.run(u"UPDATE customers SET name = '', email = '', deleted_at = ? WHERE id = ?"_s,
                                {tx.nowMs, customer});
        if (!erased.ok())
            return erased.error();
        tx.changes.audit(manager, u"delete_customer"_s, 0, u"customer %1"_s.arg(customer), reason);
        auto written = tx.writeChanges();
        if (!written.ok())
            return written.error();
        return freed;
    });
}

} // namespace boxoffice
