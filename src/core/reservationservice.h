#pragma once

#include "changefeed.h"
#include "collectedreservation.h"
#include "clock.h"
#include "database.h"
#include "paymenttypes.h"
#include "seatrows.h"
#include "types.h"

#include <chrono>
#include <optional>

namespace boxoffice {

/// Per seat of a show (by SeatRows index): the hold that claims it (0 for none, -1 for a booking
/// or a block) and whether it is a house seat.
struct SeatClaims
{
    QList<qint64> claimedBy;
    QList<bool> house;
};

struct SeatingTerms;

/// Where a web hold comes from, for the cap on seats held at once from one client address:
/// sessions cost nothing to start, so they alone do not stop one client holding a hall.
struct HoldOrigin
{
    /// The client's address; empty for holds that are not capped (the counter's).
    QString address;
    /// Seats that may be held at once from `address` for one show; 0 for no cap.
    int maxSeatsPerAddress = 0;
};

struct BestHoldResult
{
    /// As holdSeats answers: every seat the owner now holds.
    HoldResult hold;
    /// The seats picked, best first.
    QStringList chosen;
    /// Whether all chosen seats sit side by side in one row.
    bool adjacent = false;
    BestStep step = BestStep::TogetherNoStranded;
};

struct HoldOptions
{
    /// Counter only, and only under OrphanRule::Warn: the cashier chose to strand a seat; recorded
    /// in the audit log (action "hold_stranding_seat") under `actor`.
    bool acceptStrandedSeat = false;
    StaffActor actor;
};

/// The only writer of seat state.
///
/// Every operation is one transaction that also bumps the version of each show it touched,
/// records the changed seats in the show's change log and appends to the audit log; the change
/// feed hears of it only after the commit. An instance belongs to the thread that made it (it
/// uses that thread's Database); the feed and the clock may be shared.
class ReservationService final
{
    Q_DISABLE_COPY_MOVE(ReservationService)

public:
    struct Limits
    {
        /// Seats one owner may hold in one show, per channel.
        int maxSeatsWeb = 10;
        int maxSeatsCounter = 50;
        /// Versions of a show's change log kept at least (for `since=` deltas).
        int changeLogVersions = 1000;
    };

    ReservationService(Database &database, ChangeFeed &feed, const Clock &clock);
    ReservationService(Database &database, ChangeFeed &feed, const Clock &clock, Limits limits);

    const Limits &limits() const { return m_limits; }

    /// Holds every seat or none. Adding seats to an owner's hold keeps its expiry. Seats the
    /// owner holds already are fine; any other taken seat refuses the whole request and is named
    /// in the error. A hold that would take the seats held from `origin`'s address for the show
    /// past its cap is refused (TooManyHeldFromAddress, with when the first of them lapses).
    ///
    /// The show's orphan rule judges the owner's whole hold in the rows the new seats are in
    /// (docs/seating.md): under Refuse, and under Warn at the counter unless `options` accept it,
    /// a hold stranding a seat is refused (OrphanSeat, with the stranded seats and a suggestion);
    /// under Warn a web hold goes through with both in the result.
    Result<HoldResult> holdSeats(qint64 show, const QStringList &seats, const QString &owner,
                                 std::chrono::seconds duration, Channel channel, const HoldOrigin &origin = {});
    Result<HoldResult> holdSeats(qint64 show, const QStringList &seats, const QString &owner,
                                 std::chrono::seconds duration, Channel channel, const HoldOrigin &origin,
                                 const HoldOptions &options);
    /// Replaces the owner's hold on the show by the best `request.count` seats, in one transaction
    /// (the owner's own held seats count as free), following the ladder of docs/seating.md.
    /// Deterministic for the same state. Fails with SeatsUnavailable only when fewer seats remain.
    Result<BestHoldResult> holdBestAvailable(qint64 show, const BestAvailableRequest &request, const QString &owner,
                                             std::chrono::seconds duration, Channel channel,
                                             const HoldOrigin &origin = {});
    /// Releases the owner's hold on a show: all of it, or only `seats`.
    Result<ChangeResult> releaseHolds(const QString &owner, qint64 show,
                                      const std::optional<QStringList> &seats = std::nullopt);
    /// Turns the owner's hold into a booking. Refuses a missing (NoHold) or lapsed (HoldExpired)
    /// hold; a lapsed hold is released on the way. A web booking is a reservation, due by the
    /// deadline the venue's settings give (refused when that has passed already); a counter
    /// booking is paid at once, into the selling staff member's open shift.
    Result<Booking> convertHoldsToBookings(const QString &owner, qint64 show, const BookingRequest &request);
    /// Releases every hold that lapsed by `now`, and the seats of every reservation left unpaid
    /// past its deadline; returns the number of seats freed.
    Result<int> cleanupExpiredHolds(const QDateTime &now);

    /// Takes the payment of a reservation at the counter, into `staff`'s open shift. `tenderedCents`
    /// is the cash handed over (at least the amount; the change is the rest) and ignored for
    /// other methods. Of two counters collecting at once exactly one succeeds; the other is
    /// refused with AlreadyPaid, naming who collected it and when. A reservation past its
    /// deadline, cancelled or refunded is refused (Forbidden).
    Result<CollectedReservation> collectReservation(const QString &reference, const QString &method,
                                                    qint64 tenderedCents, const StaffActor &staff);

    /// Manager operations: each needs the manager's name and a reason, both audited.
    Result<ChangeResult> unbookBooking(const QString &reference, const StaffActor &manager, const QString &reason);
    Result<ChangeResult> unbookSeats(qint64 show, const QStringList &seats, const StaffActor &manager,
                                     const QString &reason);
    Result<ChangeResult> blockSeats(qint64 show, const QStringList &seats, const StaffActor &manager,
                                    const QString &reason);
    Result<ChangeResult> unblockSeats(qint64 show, const QStringList &seats, const StaffActor &manager,
                                      const QString &reason);
    /// Keeps seats back for the counter (or gives them back to the web when `keep` is false).
    Result<ChangeResult> setHouseSeats(qint64 show, const QStringList &seats, bool keep,
                                       const StaffActor &manager, const QString &reason);
    /// Cancels a show: its live holds end, its bookings are marked cancelled and their seats
    /// freed, and the show is announced at a version its seat maps read in full.
    Result<ChangeResult> cancelShow(qint64 show, const StaffActor &manager, const QString &reason);
    /// Releases the customer's holds and future bookings and erases their personal data.
    Result<int> deleteCustomer(qint64 customer, const StaffActor &manager, const QString &reason);

    /// Refunds seats of a booking (all its live seats when `seats` is empty) and puts them back
    /// on sale. A reason and the staff member are required; a staff account must be a manager's or
    /// authorised by one (Forbidden otherwise). The amount is the price of the seats,
    /// never more than the booking still holds, and all it holds when its last seats go (an unpaid
    /// reservation refunds nothing and only releases; what it owes drops to the seats it keeps); it
    /// goes back to the methods that paid as refund lines (PaymentLedger's order), into the staff
    /// member's open shift. With no live seat left the booking is `Refunded`. A
    /// cancelled show's booking, whose seats were freed already, is refunded whole: just the money.
    Result<RefundResult> refund(const QString &reference, const QStringList &seats, const QString &reason,
                                const StaffActor &staff);
    /// Moves seats of a paid booking to other seats (a manager's action, as refund), in one transaction: the target seats must be
    /// free (a hold, even the counter's own, refuses them; a seat the booking gives up may be taken
    /// again) and are claimed before the old seats are released. In the same show the booking
    /// keeps its reference; for another show a new booking takes the seats and the value moves as
    /// `transfer` lines (−X on the old booking, +X on the new, by the methods it was paid with;
    /// they are no cash in any drawer); an old booking left without seats moves all it holds and is
    /// closed as `Refunded`. A higher price is collected (payment line by `paymentMethod`, cash must cover it),
    /// a lower one refunded. An unpaid reservation is refused: collect it first.
    Result<ExchangeResult> exchange(const ExchangeRequest &request, const StaffActor &staff);

private:
    class Transaction;

    /// Runs `work` in one write transaction and announces the versions it wrote once committed.
    /// Holds and releases pass Durability::MayLoseLastMoments (see Durability); all else is durable.
    template<typename T, typename Work>
    Result<T> inTransaction(Work work, Durability durability = Durability::Durable);
    /// inTransaction for a manager operation, which needs the manager's name and a reason.
    template<typename T, typename Work>
    Result<T> managerTransaction(const StaffActor &manager, const QString &reason, Work work);
    Result<ChangeResult> changeClaims(qint64 show, const QStringList &seats, const StaffActor &manager,
                                      const QString &reason, const QString &action);
    void announce(const QList<QPair<qint64, qint64>> &versions);
    /// Migrations::showsHaveSalesSettings, asked again only while the answer is no.
    bool showsHaveSalesColumns();
    /// Migrations::bookingsHavePaymentState, asked again only while the answer is no.
    bool bookingsHavePaymentColumns();
    /// Migrations::ticketsHaveCodes, asked again only while the answer is no.
    bool ticketsHaveCodes();
    /// Migrations::showsHaveOrphanRule, asked again only while the answer is no.
    bool showsHaveOrphanRule();
    /// The rows of a show's hall, read again only when its seat plan may have changed (the show's
    /// `changes_from` moved: a new plan, another hall, or the change log's pruning).
    Result<const SeatRows *> seatRows(Transaction &tx, qint64 show, qint64 hall, qint64 changesFrom,
                                      const std::optional<QPointF> &stage);

    Database &m_database;
    ChangeFeed &m_feed;
    const Clock &m_clock;
    Limits m_limits;
    bool m_showsHaveSalesColumns = false;
    bool m_bookingsHavePaymentColumns = false;
    bool m_ticketsHaveCodes = false;
    bool m_showsHaveOrphanRule = false;
    /// The show's claims as of its current version, from the cache brought up to date through the
    /// change log (in full when the log no longer reaches back to the cached version).
    Result<const SeatClaims *> committedClaims(Transaction &tx, qint64 show, const SeatingTerms &terms);

    struct CachedRows
    {
        qint64 hall = 0;
        qint64 changesFrom = 0;
        SeatRows rows;
        /// The version `claims` were read at; -1 for none.
        qint64 claimsVersion = -1;
        SeatClaims claims = {};
    };
    QHash<qint64, CachedRows> m_seatRows;
};

} // namespace boxoffice
