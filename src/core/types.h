#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "staffactor.h"

#include <chrono>
#include <optional>

namespace boxoffice {

/// Who asks for a seat: the web channel never sells house seats, the counter may.
enum class Channel { Web, Counter };

/// The state of one seat of one show, as everybody sees it.
enum class SeatStatus { Available, Held, Booked, Blocked };

QString seatStatusName(SeatStatus status);

/// What a show does about a hold that strands a single empty seat (see docs/seating.md).
enum class OrphanRule { Allow, Warn, Refuse };

/// "allow", "warn" or "refuse", as the database names them.
QString orphanRuleName(OrphanRule rule);
std::optional<OrphanRule> orphanRuleFromName(const QString &name);

/// Where a booking's money stands. A web booking is a reservation (`Reserved`) until it is paid at
/// the counter; one whose deadline passed unpaid is `Expired`, its seats back on sale; `Refunded`
/// once every seat was refunded.
enum class PaymentState { Reserved, Paid, Expired, Refunded };

/// "reserved", "paid", "expired" or "refunded", as the database and the web API name them.
QString paymentStateName(PaymentState state);
std::optional<PaymentState> paymentStateFromName(const QString &name);

/// One seat of a hall's layout. `label` ("C7") is the seat's id in the API.
struct Seat
{
    qint64 id = 0;
    QString label;
    QString rowLabel;
    int number = 0;
    /// Position in the hall's grid; columns without a seat are aisles or gaps.
    int gridRow = 0;
    int gridColumn = 0;
    QString category;
    bool accessible = false;
};

struct Hall
{
    qint64 id = 0;
    QString name;
    int gridRows = 0;
    int gridColumns = 0;
    QList<Seat> seats;
};

/// Price of one ticket type ("adult", "child", "concession") in one seat category of a show.
struct Price
{
    QString category;
    QString ticketType;
    qint64 priceCents = 0;
};

/// A kind of ticket the venue sells ("adult", "child"): prices name it by `key`, people read `name`.
/// Retired types stay, as prices and bookings made before still name them, but are sold no more.
struct TicketType
{
    QString key;
    QString name;
    /// Whether the web may sell it; the counter sells every active type.
    bool webSellable = true;
    int position = 0;
    bool retired = false;

    friend bool operator==(const TicketType &, const TicketType &) = default;
};

struct Show
{
    qint64 id = 0;
    QString title;
    qint64 hallId = 0;
    QString hallName;
    QDateTime startsAt;
    qint64 version = 0;
    int seatsTotal = 0;
    int seatsAvailable = 0;
    QList<Price> prices;
    /// A cancelled show is no longer listed but still found by its id, for its seat page.
    bool cancelled = false;
    OrphanRule orphanRule = OrphanRule::Warn;

    /// Price of a ticket type in a category, if the show sells it.
    std::optional<qint64> priceFor(const QString &category, const QString &ticketType) const;
};

/// The state of one seat of a show at a version.
struct SeatState
{
    Seat seat;
    SeatStatus status = SeatStatus::Available;
    /// Kept back for the counter: shown as blocked on the web, sellable at the counter.
    bool houseSeat = false;
    /// The owner token of a hold (empty unless held) and when that hold lapses.
    QString holdOwner;
    QDateTime holdExpiresAt;
    /// Adult price of the seat's category for this show.
    qint64 priceCents = 0;

    /// What a channel shows: house seats read as blocked on the web.
    SeatStatus statusFor(Channel channel) const;
};

/// Every seat of a show, read in one transaction, so consistent with `version`.
struct ShowSnapshot
{
    Show show;
    int gridRows = 0;
    int gridColumns = 0;
    QList<SeatState> seats;
};

/// The seats that changed after a version. `full` is set when the change log no longer reaches
/// back that far (or `since` is ahead of the show): then `seats` holds every seat.
struct SeatDelta
{
    qint64 show = 0;
    qint64 version = 0;
    bool full = false;
    QList<SeatState> seats;
};

struct Customer
{
    qint64 id = 0;
    QString name;
    QString email;
};

struct BookedSeat
{
    QString label;
    QString rowLabel;
    int number = 0;
    QString category;
    QString ticketType;
    qint64 priceCents = 0;
    /// Set once a manager unbooked the seat.
    bool released = false;
    /// The ticket's code (TicketCode), which its QR code carries and the door checks in.
    QString ticketCode;
};

struct Booking
{
    qint64 id = 0;
    QString reference;
    qint64 showId = 0;
    QString showTitle;
    QString hallName;
    QDateTime showStartsAt;
    Customer customer;
    QString owner;
    Channel channel = Channel::Web;
    QString paymentMethod;
    QDateTime createdAt;
    qint64 totalCents = 0;
    bool cancelled = false;
    QList<BookedSeat> seats;
    PaymentState paymentState = PaymentState::Paid;
    /// A reservation's payment deadline; invalid for a booking that is not one.
    QDateTime payBy;
    /// The staff member who sold it at the counter; 0 for the web and older bookings.
    qint64 staffId = 0;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    qint64 showId = 0;
    QString details;
    QString reason;
};

/// Sales of one seat category, for reports.
struct CategorySales
{
    QString category;
    int seatsSold = 0;
    qint64 revenueCents = 0;
};

/// A show's sales. Revenue is what its payment lines took in (payments less refunds, with
/// exchanges' transfers); seats sold are those of paid bookings. Reservations not yet paid are
/// apart: never revenue.
struct ShowReport
{
    Show show;
    int seatsTotal = 0;
    int seatsSold = 0;
    qint64 revenueCents = 0;
    /// Per category: seats of paid bookings and their prices.
    QList<CategorySales> categories;
    int reservedSeats = 0;
    qint64 reservedCents = 0;
    double occupancy() const { return seatsTotal > 0 ? double(seatsSold) / seatsTotal : 0.0; }
};

/// The ways a seat operation can be refused; the web layer maps them to HTTP statuses.
enum class ErrorCode {
    SeatsUnavailable,
    NoHold,
    HoldExpired,
    TooManySeats,
    /// The seats held at once from one client address for a show reached their cap.
    TooManyHeldFromAddress,
    InvalidField,
    NotFound,
    Forbidden,
    /// The booking was paid already (e.g. collected at another counter a moment ago).
    AlreadyPaid,
    DatabaseBusy,
    /// The disk (or the database server's) is full: nothing can be saved until space is freed.
    StorageFull,
    DatabaseError,
    /// The hold would strand a single empty seat while a selection of the same size would not.
    OrphanSeat,
};

QString errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::DatabaseError;
    QString message;
    /// The seats that caused a refusal (e.g. those not available, or those an OrphanSeat hold
    /// would strand).
    QStringList seats;
    /// For a refusal that time lifts (TooManyHeldFromAddress): how long until it may succeed.
    std::chrono::seconds retryAfter{0};
    /// For OrphanSeat: a selection of the same size that strands no seat (may be empty).
    QStringList suggestion = {};
};

/// A value or the reason there is none.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Error &error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

struct HoldResult
{
    qint64 show = 0;
    /// Every seat the owner now holds for the show, not only the new ones.
    QStringList seats;
    QDateTime expiresAt;
    qint64 version = 0;
    /// Empty unless a hold went through stranding a seat (the Warn rule): the seats it strands
    /// and a selection of the same size that would not.
    QStringList strandedSeats = {};
    QStringList suggestion = {};
};

/// What a best-available hold asks for (see docs/seating.md).
struct BestAvailableRequest
{
    /// Seats wanted, 1 up to the channel's cap.
    int count = 0;
    /// A hall category key; empty for any.
    QString category = {};
    /// How many of `count` are wheelchair spaces.
    int wheelchairSpaces = 0;
    /// Each wheelchair space brings its companion seat, counted in `count`.
    bool withCompanions = false;
    /// Only the counter may set it: the web never gets house seats.
    bool includeHouseSeats = false;
};

/// The rung of the ladder a best-available hold was found on.
enum class BestStep {
    /// Side by side in one row, stranding no seat.
    TogetherNoStranded,
    /// Side by side in one row, stranding a seat (no group avoided it).
    TogetherStranding,
    /// The closest seats across rows, kept as together as they could be.
    Scattered,
};

struct ChangeResult
{
    qint64 show = 0;
    QStringList seats;
    qint64 version = 0;
};

struct CustomerDetails
{
    QString name;
    QString email;
};

/// How a hold becomes a booking. Seats without an entry in `ticketTypes` are "adult".
struct BookingRequest
{
    CustomerDetails customer;
    Channel channel = Channel::Web;
    QString paymentMethod;
    QHash<QString, QString> ticketTypes;
    /// Who sells at the counter (and takes its payment); empty for the web.
    StaffActor staff;
};

} // namespace boxoffice

Q_DECLARE_METATYPE(boxoffice::Booking)
Q_DECLARE_METATYPE(boxoffice::ShowSnapshot)
Q_DECLARE_METATYPE(boxoffice::Error)
