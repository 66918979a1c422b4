#pragma once

#include "backupstatus.h"
#include "changefeed.h"
#include "clock.h"
#include "commandline.h"

namespace boxoffice {

/// Runs the cashier window with the web endpoint beside it until the window closes (or a
/// shutdown signal); returns the exit code. The status bar shows how the backups go, and changed
/// settings are passed on to them.
int runCashierApp(const AppOptions &options, ChangeFeed &feed, const Clock &clock, BackupStatus &backups);

} // namespace boxoffice
