#pragma once

#include "database.h"
#include "types.h"
#include "venueservice.h"

namespace boxoffice {

/// How far a venue got in setting itself up: the first-run assistant opens until a show exists,
/// offers the halls already stored instead of making another, and asks for the first manager's
/// account only while there is none.
struct SetupProgress
{
    QList<HallSummary> halls;
    /// Any show at all, past, cancelled or to come.
    bool hasShows = false;
    /// Any staff account, active or disabled: the first manager's account was made.
    bool hasStaff = false;

    bool needsFirstRun() const { return !hasShows; }

    static Result<SetupProgress> read(Database &database, const VenueService &venues);
};

} // namespace boxoffice
