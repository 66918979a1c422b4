#pragma once

#include "database.h"
#include "types.h"
#include "venueservice.h"

namespace boxoffice {

/// How far a venue got in setting itself up: the first-run assistant opens until a show exists,
/// and offers the halls already stored instead of making another.
struct SetupProgress
{
    QList<HallSummary> halls;
    /// Any show at all, past, cancelled or to come.
    bool hasShows = false;

    bool needsFirstRun() const { return !hasShows; }

    static Result<SetupProgress> read(Database &database, const VenueService &venues);
};

} // namespace boxoffice
