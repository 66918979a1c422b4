#pragma once

#include "databaseconfig.h"
#include "types.h"

#include <QDateTime>
#include <QString>

namespace boxoffice {

/// Copies an SQLite database while counters and the web keep selling, and puts such a copy back.
///
/// A copy is read in one read transaction of the write-ahead log, so it is the database as it was
/// at one instant and writers are never blocked; it is written under a temporary name, checked,
/// and only then renamed to the file asked for.
class DatabaseBackup final
{
public:
    /// Writes a consistent copy of the SQLite database at `databasePath` to `targetFile`
    /// (replacing it). Fails, leaving `targetFile` untouched, when the copy does not pass
    /// SQLite's integrity check.
    static Result<bool> copy(const QString &databasePath, const QString &targetFile);

    /// Checks that `file` passes SQLite's integrity check and is a Box Office database of a
    /// schema version this build knows; returns that version.
    static Result<int> check(const QString &file);

    /// Puts the backup `backupFile` in place of the database at `databasePath`. Refuses while any
    /// other process has that database open. The database being replaced is kept beside it,
    /// renamed with `now`'s time (returned; empty when there was none), together with its log.
    static Result<QString> restore(const QString &databasePath, const QString &backupFile, const QDateTime &now);

    /// On PostgreSQL: the pg_dump or pg_restore command that backs up or restores `config`'s
    /// database from `file`, with what to take care of.
    static QString postgresAdvice(const DatabaseConfig &config, const QString &file, bool restoring);
};

} // namespace boxoffice
