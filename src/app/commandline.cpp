#include "commandline.h"

#include "weblimits.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

std::optional<int> boundedNumber(const QString &text, int minimum, int maximum)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return int(value);
}

CommandLine failure(const QString &message)
{
    CommandLine result;
    result.output = message + u"\nTry 'boxoffice --help' for the options.\n"_s;
    result.exitCode = 2;
    return result;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Box Office: the ticket counter of a cinema or theatre, with a seat page for online customers."_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help and exit."_s);
    const QCommandLineOption version({u"v"_s, u"version"_s}, u"Show the version and exit."_s);
    const QCommandLineOption headless(u"headless"_s, u"Run only the web endpoint, without the cashier window."_s);
    const QCommandLineOption db(u"db"_s,
                                u"SQLite file (created if missing) or postgresql://user:pass@host:port/dbname. "
                                "Default: boxoffice.sqlite in the application data folder."_s,
                                u"path-or-url"_s);
    const QCommandLineOption bind(u"bind"_s, u"Address the web endpoint listens on (default 127.0.0.1)."_s,
                                  u"address"_s);
    const QCommandLineOption port(u"port"_s, u"Port of the web endpoint (default 8080; 0 picks a free port)."_s,
                                  u"port"_s);
    const QCommandLineOption demo(u"demo"_s, u"Fill an empty database with demo halls and a week of shows (exit 2 if it holds the venue's own)."_s);
    const QCommandLineOption hold(u"hold-seconds"_s, u"How long a hold lasts, in seconds (default: the venue's, 600 unless set)."_s,
                                  u"seconds"_s);
    const QCommandLineOption poll(u"poll-interval-ms"_s,
                                  u"How often the seat page polls when it cannot be pushed to (default 5000)."_s,
                                  u"ms"_s);
    const QCommandLineOption backup(u"backup"_s,
                                    u"Write a consistent copy of the database to FILE while counters keep selling, "
                                    "check it, and exit."_s,
                                    u"file"_s);
    const QCommandLineOption restore(u"restore"_s,
                                     u"Put the backup FILE in place of the database and exit. Refused while the "
                                     "database is open elsewhere; the current one is kept beside it."_s,
                                     u"file"_s);
    const QCommandLineOption importHall(u"import-hall"_s,
                                        u"Create a hall from the seat plan FILE (Box Office's format or a pretix "
                                        "seating plan), print its id and exit."_s,
                                        u"file"_s);
    const QCommandLineOption exportHall(u"export-hall"_s,
                                        u"Write the seat plan of hall ID to standard output in Box Office's format "
                                        "and exit."_s,
                                        u"id"_s);
    const QCommandLineOption seatsPerAddress(
            u"max-seats-per-address"_s,
            u"Seats the web lets one client address hold at once for a show (default 20; 0 for no cap)."_s,
            u"n"_s);
    const QCommandLineOption trustedProxy(
            u"trusted-proxy"_s,
            u"Reverse proxies (IP addresses or networks such as 10.0.0.0/8, comma-separated) whose "
            "X-Forwarded-For, -Proto and -Host headers are believed; ignored from anyone else."_s,
            u"addresses"_s);
    const QCommandLineOption streamsPerAddress(
            u"max-streams-per-address"_s,
            u"Seat event streams one client address may have open at once, on all web processes on the "
            "database together (default 200)."_s,
            u"n"_s);
    const QCommandLineOption longPollsPerAddress(
            u"max-long-polls-per-address"_s,
            u"Waiting seat-status requests (long polls) one client address may have at once, on all web "
            "processes on the database together (default 200)."_s,
            u"n"_s);
    const QCommandLineOption connectionsPerAddress(
            u"max-connections-per-address"_s,
            u"Connections one client address may have open at once, on all web processes on the database "
            "together (default 256)."_s,
            u"n"_s);
    parser.addOptions({help, version, headless, db, bind, port, demo, hold, poll, seatsPerAddress, streamsPerAddress,
                       longPollsPerAddress, connectionsPerAddress, trustedProxy, backup, restore, importHall,
                       exportHall});

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return failure(u"Unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst()));

    CommandLine result;
    if (parser.isSet(help)) {
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.output = u"boxoffice %1\n"_s.arg(QStringLiteral(BOXOFFICE_VERSION));
        return result;
    }

    AppOptions options;
    options.headless = parser.isSet(headless);
    options.demo = parser.isSet(demo);
    if (parser.isSet(db)) {
        auto config = DatabaseConfig::fromArgument(parser.value(db));
        if (!config.ok())
            return failure(config.error().message);
        options.database = config.value();
    } else {
        options.database = DatabaseConfig::sqlite(DatabaseConfig::defaultSqlitePath());
    }
    if (parser.isSet(bind)) {
        const QString text = parser.value(bind);
        const QHostAddress address(text == u"localhost"_s ? u"127.0.0.1"_s : text);
        if (address.isNull())
            return failure(u"--bind needs an IP address such as 127.0.0.1 or ::1, not '%1'."_s.arg(text));
        options.bindAddress = address;
        options.bindGiven = true;
    }
    if (parser.isSet(trustedProxy)) {
        auto proxies = TrustedProxies::parse(parser.values(trustedProxy).join(u','));
        if (!proxies.ok())
            return failure(proxies.error().message);
        options.trustedProxies = proxies.value();
    }
    // The numeric options: each bounded, each refused with the range it takes.
    std::optional<QString> badNumber;
    const auto readNumber = [&parser, &badNumber](const QCommandLineOption &option, int minimum, int maximum,
                                                  const QString &expected, const auto &store) {
        if (badNumber || !parser.isSet(option))
            return;
        if (const auto value = boundedNumber(parser.value(option), minimum, maximum))
            store(*value);
        else
            badNumber = u"--%1 needs %2, not '%3'."_s.arg(option.names().constFirst(), expected, parser.value(option));
    };
    readNumber(port, 0, 65535, u"a number from 0 to 65535"_s, [&options](int value) {
        options.port = quint16(value);
        options.portGiven = true;
    });
    readNumber(hold, 1, 24 * 3600, u"a number of seconds from 1 to 86400"_s, [&options](int value) {
        options.holdSeconds = value;
        options.holdGiven = true;
    });
    readNumber(poll, 100, 3'600'000, u"a number of milliseconds from 100 to 3600000"_s, [&options](int value) {
        options.pollIntervalMs = value;
        options.pollGiven = true;
    });
    readNumber(seatsPerAddress, 0, 100'000, u"a number of seats from 0 (no cap) to 100000"_s, [&options](int value) {
        options.maxSeatsPerAddress = value;
        options.maxSeatsPerAddressGiven = true;
    });
    for (const auto &[option, cap] : {std::pair{&streamsPerAddress, &options.maxStreamsPerAddress},
                                      std::pair{&longPollsPerAddress, &options.maxLongPollsPerAddress},
                                      std::pair{&connectionsPerAddress, &options.maxConnectionsPerAddress}}) {
        readNumber(*option, 1, 100'000, u"a number from 1 to 100000"_s, [cap](int value) { *cap = value; });
    }
    if (badNumber)
        return failure(*badNumber);
    if (parser.isSet(backup) && parser.isSet(restore))
        return failure(u"--backup and --restore cannot be used together."_s);
    for (const QCommandLineOption *file : {&backup, &restore, &importHall}) {
        if (parser.isSet(*file) && parser.value(*file).trimmed().isEmpty())
            return failure(u"--%1 needs a file name."_s.arg(file->names().constFirst()));
    }
    options.backupFile = parser.value(backup);
    options.restoreFile = parser.value(restore);
    if (int(parser.isSet(backup) || parser.isSet(restore)) + int(parser.isSet(importHall)) + int(parser.isSet(exportHall)) > 1)
        return failure(u"Only one of --backup, --restore, --import-hall and --export-hall can be used at a time."_s);
    options.importHallFile = parser.value(importHall);
    if (parser.isSet(exportHall)) {
        bool ok = false;
        options.exportHallId = parser.value(exportHall).toLongLong(&ok);
        if (!ok || options.exportHallId <= 0)
            return failure(u"--export-hall needs the id of a hall (a positive number), not '%1'."_s.arg(
                    parser.value(exportHall)));
    }
    result.options = options;
    return result;
}

void AppOptions::applyAddressCaps(WebLimits &limits) const
{
    limits.streams.perAddress = maxStreamsPerAddress.value_or(limits.streams.perAddress);
    limits.longPolls.perAddress = maxLongPollsPerAddress.value_or(limits.longPolls.perAddress);
    limits.connections.perAddress = maxConnectionsPerAddress.value_or(limits.connections.perAddress);
}

} // namespace boxoffice
