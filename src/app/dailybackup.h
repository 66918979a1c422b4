#pragma once

#include "backupfolder.h"
#include "backupstatus.h"
#include "clock.h"
#include "databaseconfig.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace boxoffice {

/// Backs up the SQLite database once a day into the folder the settings name, from the
/// background thread, and tells BackupStatus how it went. PostgreSQL is left to pg_dump.
class DailyBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyBackup)

public:
    /// Read again before every backup, so that a folder chosen in the settings applies.
    using FolderSource = std::function<BackupFolder()>;

    /// A backup is due this long after the newest one, an hour before the windows call it late.
    static constexpr qint64 dueAfterSeconds = 23 * 3600;

    DailyBackup(const DatabaseConfig &config, FolderSource folder, BackupStatus &status, const Clock &clock);

    /// Reports the newest backup there is and takes one soon after when it is due.
    void start();

private:
    void takeIfDue();

    DatabaseConfig m_config;
    FolderSource m_folder;
    BackupStatus &m_status;
    const Clock &m_clock;
    QTimer m_nextCheck;
};

} // namespace boxoffice
