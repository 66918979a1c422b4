#pragma once

#include "backupstatus.h"
#include "changefeed.h"
#include "clock.h"
#include "dailybackup.h"
#include "databaseconfig.h"
#include "types.h"

#include <QThread>

namespace boxoffice {

class DatabaseWatcher;
class HoldExpiryScheduler;

/// The housekeeping that runs whatever the windows and the web do: releasing lapsed holds,
/// noticing what other processes wrote and the daily backup. They run in one thread of their own,
/// each with its own database connection.
class BackgroundServices final
{
    Q_DISABLE_COPY_MOVE(BackgroundServices)

public:
    BackgroundServices(const DatabaseConfig &config, ChangeFeed &feed, const Clock &clock,
                       DailyBackup::FolderSource backupFolder, BackupStatus &backupStatus);
    ~BackgroundServices();

    Result<bool> start();

private:
    QThread m_thread;
    DatabaseWatcher *m_watcher = nullptr;
    HoldExpiryScheduler *m_expiry = nullptr;
    DailyBackup *m_backup = nullptr;
};

} // namespace boxoffice
