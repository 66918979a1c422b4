#pragma once

#include "database.h"

namespace boxoffice {

/// Moves the show to a new version its seat maps read in full (a change that is not one of
/// seats: settings, prices, cancellation) and, on PostgreSQL, tells the other processes on
/// commit. Returns the new version, for the change feed once committed.
Result<qint64> startShowVersionAfresh(Database &database, qint64 show);
/// Moves the show to a new version that changed none of its seats (a check-in), so that the
/// watchers of every process hear of it while seat maps read no more than an empty delta.
Result<qint64> moveShowVersionOn(Database &database, qint64 show);

} // namespace boxoffice
