#pragma once

#include "database.h"
#include "types.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace boxoffice {

/// The folder automatic backups of an SQLite database go to, keeping the newest few.
///
/// Backups are named `boxoffice-<UTC time>-<reason>.sqlite`; only files named so are counted and
/// deleted, so the folder may hold other files too.
class BackupFolder final
{
public:
    static constexpr int defaultKept = 7;

    BackupFolder(const QString &path, int kept);

    /// `backups` in the application's data folder.
    static QString defaultPath();

    QString path() const { return m_path; }
    int kept() const { return m_kept; }

    /// Backs up the database at `databasePath` now, then deletes the oldest backups beyond the
    /// number kept. `reason` ("daily", "before-schema-5") ends the file's name; returns the file.
    Result<QString> take(const QString &databasePath, const QString &reason, const QDateTime &now) const;
    /// Before `database`'s schema is upgraded: a backup when it has a schema older than this
    /// build's (nothing for an empty or current database, or on PostgreSQL). Returns the file, or
    /// an empty string when none was needed.
    Result<QString> takeBeforeMigration(const Database &database, const QDateTime &now) const;
    /// The backups in the folder, oldest first.
    QStringList backups() const;
    /// When the newest backup in the folder was taken; invalid when there is none.
    QDateTime latest() const;

private:
    void deleteOldest() const;

    QString m_path;
    int m_kept;
};

} // namespace boxoffice
