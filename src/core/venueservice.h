#pragma once

#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "hallplan.h"
#include "staffactor.h"
#include "types.h"

namespace boxoffice {

/// A hall as the list of halls shows it.
struct HallSummary
{
    qint64 id = 0;
    QString name;
    int seats = 0;
};

/// The only writer of halls, their seats and categories, and of the venue's ticket types.
///
/// Each operation is one transaction, audited under the acting staff member. Seat state stays
/// ReservationService's: a plan that would take away or rename a seat someone holds or booked for
/// a show still to come is refused, and seats a plan drops are retired (kept for the bookings of
/// past shows, out of every show's seat map) instead of deleted. An instance belongs to the
/// thread of its Database.
class VenueService final
{
    Q_DISABLE_COPY_MOVE(VenueService)

public:
    VenueService(Database &database, ChangeFeed &feed, const Clock &clock);

    /// Validates the plan (refused with its problems, one per line) and stores it as a new hall.
    Result<qint64> createHall(const HallPlan &plan, const StaffActor &actor);
    /// The hall's plan as it is stored, for export and the designer.
    Result<HallPlan> hallPlan(qint64 hall) const;
    /// Stores a changed plan: seats are matched by guid, moved seats get new grid cells, new seats
    /// are added, dropped ones retired. Every show of the hall is announced at a new version.
    Result<bool> saveHallPlan(qint64 hall, const HallPlan &plan, const StaffActor &actor);
    Result<QList<HallSummary>> halls() const;

    /// The venue's ticket types in their order; retired ones only when asked for.
    Result<QList<TicketType>> ticketTypes(bool includeRetired = false) const;
    /// Stores the venue's ticket types in the order given: types without a key are added (their
    /// key made from the name), the others renamed, moved, flagged for the web, retired or brought
    /// back. Stored types the list leaves out are retired; none is ever deleted, as prices and
    /// bookings name them. Refused unless every name is given, the active ones' names differ and at
    /// least one type stays active. Announced on the change feed (ticketTypesChanged).
    Result<bool> saveTicketTypes(const QList<TicketType> &types, const StaffActor &actor);
    /// Moves on with every save of the ticket types, so that readers in any process can tell.
    static Result<qint64> ticketTypesRevision(const Database &database);

private:
    Database &m_database;
    ChangeFeed &m_feed;
    const Clock &m_clock;
};

} // namespace boxoffice
