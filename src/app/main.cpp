#include "appsettings.h"
#include "backgroundservices.h"
#include "backupcommands.h"
#include "backupfolder.h"
#include "cashierapp.h"
#include "commandline.h"
#include "database.h"
#include "demodata.h"
#include "hallcommands.h"
#include "listeningannouncement.h"
#include "migrations.h"
#include "shutdownsignals.h"
#include "webendpoint.h"

#include <QApplication>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>
#include <memory>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

/// Every web watcher is an open socket: allow as many as the system lets this process have.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

void printTo(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

/// The folder of automatic backups the settings name, read afresh each time.
BackupFolder settingsBackupFolder()
{
    const AppSettings settings;
    return BackupFolder(settings.backupFolder(), settings.backupsKept());
}

/// Opens the database in the calling thread, brings its schema up to date (after a backup of an
/// older one) and adds demo data.
Result<bool> prepareDatabase(const AppOptions &options, const Clock &clock)
{
    auto database = Database::open(options.database, u"startup"_s);
    if (!database.ok())
        return database.error();
    if (auto saved = settingsBackupFolder().takeBeforeMigration(*database.value(), clock.now()); !saved.ok())
        return saved.error();
    auto migrated = Migrations::migrate(*database.value());
    if (!migrated.ok())
        return migrated.error();
    if (options.demo) {
        auto real = DemoData::holdsRealData(*database.value());
        if (!real.ok())
            return real.error();
        if (real.value())
            return Error{ErrorCode::InvalidField,
                         u"--demo fills only an empty database (or one with nothing but demo data); %1 holds the"
                         " venue's own halls or shows and was left untouched."_s.arg(options.database.describe()),
                         {}};
        auto demo = DemoData::populate(*database.value(), clock);
        if (!demo.ok())
            return demo.error();
    }
    return true;
}

/// Prints why the program cannot start; a request it refuses (--demo on real data) exits 2,
/// like other bad arguments, and a database it cannot use 1.
int refuseStart(const Error &error)
{
    printTo(stderr, u"boxoffice: %1\n"_s.arg(error.message));
    return error.code == ErrorCode::InvalidField ? 2 : 1;
}

int finishCommand(const CommandOutcome &outcome)
{
    printTo(outcome.exitCode == 0 ? stdout : stderr, outcome.output);
    printTo(stderr, outcome.diagnostics);
    return outcome.exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    // Set before anything asks QStandardPaths, so that the default database lands in our folder.
    QCoreApplication::setOrganizationName(u"BoxOffice"_s);
    QCoreApplication::setApplicationName(u"boxoffice"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BOXOFFICE_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine commandLine = CommandLine::parse(arguments);
    if (!commandLine.options) {
        printTo(commandLine.exitCode == 0 ? stdout : stderr, commandLine.output);
        return commandLine.exitCode;
    }
    const AppOptions &options = *commandLine.options;
    if (auto outcome = runBackupCommand(options, QDateTime::currentDateTimeUtc()))
        return finishCommand(*outcome);
    if (asksForHallCommand(options)) {
        const SystemClock clock;
        if (auto prepared = prepareDatabase(options, clock); !prepared.ok())
            return refuseStart(prepared.error());
        return finishCommand(runHallCommand(options, clock));
    }
    raiseOpenFileLimit();

    std::unique_ptr<QCoreApplication> application;
    if (options.headless)
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);

    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, application.get(),
                     [] { QCoreApplication::exit(0); });

    SystemClock clock;
    ChangeFeed feed;
    BackupStatus backupStatus;
    if (auto prepared = prepareDatabase(options, clock); !prepared.ok())
        return refuseStart(prepared.error());
    BackgroundServices background(options.database, feed, clock, settingsBackupFolder, backupStatus);
    if (auto started = background.start(); !started.ok()) {
        printTo(stderr, u"boxoffice: %1\n"_s.arg(started.error().message));
        return 1;
    }

    if (!options.headless)
        return runCashierApp(options, feed, clock, backupStatus);

    WebOptions web;
    web.address = options.bindAddress;
    web.port = options.port;
    // Without --hold-seconds the venue's default applies, as saved at any counter.
    web.holdSeconds = options.holdGiven ? options.holdSeconds : 0;
    web.pollIntervalMs = options.pollIntervalMs;
    web.limits.maxSeatsPerAddress = options.maxSeatsPerAddress;
    options.applyAddressCaps(web.limits);
    web.database = options.database;
    web.trustedProxies = options.trustedProxies;
    WebEndpoint endpoint(web, feed, clock);
    auto listening = endpoint.start();
    if (!listening.ok()) {
        printTo(stderr, u"boxoffice: %1\n"_s.arg(listening.error().message));
        return 1;
    }
    announceListening(listening.value());
    return application->exec();
}
