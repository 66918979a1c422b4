#pragma once

#include "changefeed.h"
#include "clock.h"
#include "commandline.h"

namespace boxoffice {

/// Runs the cashier window with the web endpoint beside it until the window closes (or a
/// shutdown signal); returns the exit code.
int runCashierApp(const AppOptions &options, ChangeFeed &feed, const Clock &clock);

} // namespace boxoffice
