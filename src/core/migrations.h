#pragma once

#include "database.h"

namespace boxoffice {

/// Brings a database's schema to the version this build knows, one step at a time.
class Migrations final
{
public:
    static int latestVersion();
    /// The schema version the database is at: 0 for an empty database.
    static Result<int> currentVersion(const Database &database);
    /// Runs every step between the database's version and `target` (default: the latest), each
    /// in its own transaction. A database from a newer build is refused and left untouched.
    static Result<int> migrate(Database &database, int target = -1);
    /// Whether shows have their web sales settings and cancellation (schema 7). Seat state and
    /// the catalog also work on older databases: their upgrades are tested with bookings in them.
    static bool showsHaveSalesSettings(const Database &database);
    /// Whether bookings have their payment state, deadline and seller (schema 10).
    static bool bookingsHavePaymentState(const Database &database);
    /// Whether booked seats have their ticket codes and door state (schema 11).
    static bool ticketsHaveCodes(const Database &database);
    /// Whether shows have their stranded-seat rule (schema 12).
    static bool showsHaveOrphanRule(const Database &database);
};

} // namespace boxoffice
