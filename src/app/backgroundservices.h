#pragma once

#include "changefeed.h"
#include "clock.h"
#include "databaseconfig.h"
#include "types.h"

#include <QThread>

namespace boxoffice {

class DatabaseWatcher;
class HoldExpiryScheduler;

/// The housekeeping that runs whatever the windows and the web do: releasing lapsed holds and
/// noticing what other processes wrote. Both run in one thread of their own, each with its own
/// database connection.
class BackgroundServices final
{
    Q_DISABLE_COPY_MOVE(BackgroundServices)

public:
    BackgroundServices(const DatabaseConfig &config, ChangeFeed &feed, const Clock &clock);
    ~BackgroundServices();

    Result<bool> start();

private:
    QThread m_thread;
    DatabaseWatcher *m_watcher = nullptr;
    HoldExpiryScheduler *m_expiry = nullptr;
};

} // namespace boxoffice
