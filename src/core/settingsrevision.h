#pragma once

#include "database.h"

namespace boxoffice {

/// A counter kept in the `settings` table that moves on with every save of what it stands for
/// (the venue's settings, its ticket types), so that readers in any process can tell. 0 if never saved.
Result<qint64> storedRevision(const Database &database, const QString &key);

/// Moves the counter on by one inside the caller's transaction, and on PostgreSQL tells the other
/// processes' watchers on commit as `<notice>:<revision>`. Returns the new revision.
Result<qint64> advanceRevision(Database &database, const QString &key, const QString &notice);

} // namespace boxoffice
