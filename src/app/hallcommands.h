#pragma once

#include "backupcommands.h"
#include "clock.h"
#include "commandline.h"

namespace boxoffice {

/// Whether the options ask for --import-hall or --export-hall.
bool asksForHallCommand(const AppOptions &options);
/// Runs --import-hall or --export-hall on a database already brought to the latest schema.
CommandOutcome runHallCommand(const AppOptions &options, const Clock &clock);

} // namespace boxoffice
