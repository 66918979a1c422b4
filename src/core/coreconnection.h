#pragma once

#include "database.h"
#include "reservationservice.h"
#include "showcatalog.h"
#include "staffservice.h"
#include "venueservice.h"

#include <memory>

namespace boxoffice {

class ChangeFeed;
class Clock;

/// One thread's own connection to the database with the core services that work through it.
/// Qt connections belong to the thread that opened them, so each thread that reads or writes
/// seat state (the counter's worker, the web server, the hold expiry) opens one of these.
class CoreConnection final
{
    Q_DISABLE_COPY_MOVE(CoreConnection)

public:
    /// `purpose` names the connection ("gui", "web", ...).
    static Result<std::unique_ptr<CoreConnection>> open(const DatabaseConfig &config, const QString &purpose,
                                                        ChangeFeed &feed, const Clock &clock);

    Database &database() const { return *m_database; }
    ShowCatalog &catalog() { return m_catalog; }
    ReservationService &reservations() { return m_reservations; }
    VenueService &venues() { return m_venues; }
    StaffService &staff() { return m_staff; }

private:
    CoreConnection(std::unique_ptr<Database> database, ChangeFeed &feed, const Clock &clock);

    std::unique_ptr<Database> m_database;
    ShowCatalog m_catalog;
    ReservationService m_reservations;
    VenueService m_venues;
    StaffService m_staff;
};

} // namespace boxoffice
