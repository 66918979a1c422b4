#pragma once

#include "commandline.h"

#include <QDateTime>

#include <optional>

namespace boxoffice {

/// What a --backup or --restore run ends with: the text to print and the exit code.
struct CommandOutcome
{
    QString output;
    int exitCode = 0;
    /// Printed to standard error whatever the exit code (an import's warnings).
    QString diagnostics;
};

/// Runs --backup or --restore when the options ask for one; nothing otherwise.
std::optional<CommandOutcome> runBackupCommand(const AppOptions &options, const QDateTime &now);

} // namespace boxoffice
