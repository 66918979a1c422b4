#pragma once

#include "changefeed.h"
#include "checkintypes.h"
#include "clock.h"
#include "database.h"
#include "reservationservice.h"
#include "types.h"

#include <QDate>

namespace boxoffice {

/// A show as the venue sets it up.
struct ShowDraft
{
    qint64 hall = 0;
    QString title;
    QDateTime startsAt;
    int durationMinutes = 0;
    bool webSales = true;
    /// The web stops selling this many minutes before the start; the counter sells on. 0 never
    /// closes, as shows did before.
    int webSalesCloseMinutes = 0;
    /// Category × ticket type → price in the currency's minor units.
    QList<Price> prices;
    /// Seats (labels) kept back for the counter; unset for the hall's default house seats.
    std::optional<QStringList> houseSeats;
    /// What a hold that strands a single empty seat meets (docs/seating.md).
    OrphanRule orphanRule = OrphanRule::Warn;
    /// The show's own door settings, saved with the show; unset keeps those stored.
    std::optional<ShowCheckinOverride> doorOverride;
};

/// The dates of a run of performances: every day from `from` until `until` (both included), or
/// only the chosen weekdays, leaving out the skipped dates.
struct ShowRunPattern
{
    QDate from;
    QDate until;
    /// Empty for every day.
    QList<Qt::DayOfWeek> weekdays;
    QList<QDate> skipped;
};

/// The only writer of shows and their price lists (halls are VenueService's, seat state
/// ReservationService's, which cancellation goes through).
///
/// Each operation is one transaction, audited under the acting staff member; the shows it wrote are
/// announced on the change feed once committed, so every counter and the web see them at once.
/// An instance belongs to the thread of its Database.
class ShowService final
{
    Q_DISABLE_COPY_MOVE(ShowService)

public:
    ShowService(Database &database, ChangeFeed &feed, const Clock &clock, ReservationService &reservations);

    /// The dates the pattern names, in order; refused when `until` is before `from`.
    static Result<QList<QDate>> runDates(const ShowRunPattern &pattern);

    Result<qint64> createShow(const ShowDraft &draft, const StaffActor &actor);
    /// One show per date, each at the draft's start time of day, all or none.
    Result<QList<qint64>> createRun(const ShowDraft &draft, const QList<QDate> &dates, const StaffActor &actor);
    /// Changes title, hall, start, duration and web sales; prices and house seats stay (see
    /// setPrices). Moving a show with seats held, booked or blocked to another hall is refused.
    Result<bool> updateShow(qint64 show, const ShowDraft &draft, const StaffActor &actor);
    /// Replaces the show's price list; bookings made keep the prices they were made at. Prices
    /// must name ticket types the venue sells (not retired ones).
    Result<bool> setPrices(qint64 show, const QList<Price> &prices, const StaffActor &actor);
    Result<bool> copyPrices(qint64 fromShow, qint64 toShow, const StaffActor &actor);
    /// Needs the manager's name and a reason: holds end, bookings are cancelled.
    Result<ChangeResult> cancelShow(qint64 show, const QString &reason, const StaffActor &manager);

private:
    Result<qint64> insertShow(const ShowDraft &draft, const QDateTime &startsAt);
    Result<bool> writePrices(qint64 show, qint64 hall, const QList<Price> &prices);
    /// Refuses a draft that changes the door settings unless a manager saves it.
    Result<bool> mayChangeDoor(const ShowDraft &draft, const StaffActor &actor);
    /// Writes the draft's door settings, if it has any, in the show's transaction.
    Result<bool> writeDoorOverride(qint64 show, const ShowDraft &draft, const StaffActor &actor);
    Result<bool> audit(const StaffActor &actor, const QString &action, qint64 show, const QString &details);

    Database &m_database;
    ChangeFeed &m_feed;
    const Clock &m_clock;
    ReservationService &m_reservations;
};

} // namespace boxoffice
