#pragma once

#include "databaseconfig.h"
#include "trustedproxies.h"

#include <QHostAddress>
#include <QStringList>

#include <optional>

namespace boxoffice {

struct WebLimits;

/// What the command line asked for (the options of the API contract).
struct AppOptions
{
    bool headless = false;
    bool demo = false;
    DatabaseConfig database;
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8080;
    int holdSeconds = 600;
    int pollIntervalMs = 5000;
    /// --backup FILE or --restore FILE: do that and exit.
    QString backupFile;
    QString restoreFile;
    /// --import-hall FILE or --export-hall ID: do that and exit.
    QString importHallFile;
    qint64 exportHallId = 0;
    /// Seats held at once from one client address for one show on the web; 0 for no cap.
    int maxSeatsPerAddress = 20;
    /// --trusted-proxy: whose X-Forwarded-For, -Proto and -Host the web believes.
    TrustedProxies trustedProxies;
    /// Event streams, parked long polls and connections one client address may have open on the
    /// whole site at once; unset: WebLimits' defaults.
    std::optional<int> maxStreamsPerAddress;
    std::optional<int> maxLongPollsPerAddress;
    std::optional<int> maxConnectionsPerAddress;
    /// Which options were given explicitly, so that they win over the GUI's saved settings.
    bool bindGiven = false;
    bool portGiven = false;
    bool holdGiven = false;
    bool pollGiven = false;
    bool maxSeatsPerAddressGiven = false;

    /// Puts the caps per address that were given into `limits`.
    void applyAddressCaps(WebLimits &limits) const;
};

/// The outcome of reading the command line: options to run with, or text to print and an exit code.
struct CommandLine
{
    std::optional<AppOptions> options;
    QString output;
    int exitCode = 0;

    static CommandLine parse(const QStringList &arguments);
};

} // namespace boxoffice
