// Hold+book throughput through ReservationService against a bare SQLite insert loop with the same
// durability settings (WAL, synchronous=FULL), measured in the same run, rounds alternating.
// usage: bench_reservations [--cycles N] [--rounds N] [--dir DIR]
#include "benchsupport.h"
#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "demodata.h"
#include "migrations.h"
#include "reservationservice.h"
#include "showcatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace boxoffice;
using namespace boxoffice::bench;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Rate
{
    double perSecond = 0;
    double cpuMicrosecondsEach = 0;
};

/// Single-row write transactions per second on a bare table, as fast as SQLite goes.
Rate bareInserts(const QString &path, int count)
{
    auto database = Database::open(DatabaseConfig::sqlite(path), u"bare"_s);
    database.value()->run(u"CREATE TABLE IF NOT EXISTS bare (id INTEGER PRIMARY KEY, show_id BIGINT, seat TEXT, at BIGINT)"_s);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuMicroseconds();
    for (int i = 0; i < count; ++i) {
        database.value()->write<bool>([&]() -> Result<bool> {
            auto inserted = database.value()->run(u"INSERT INTO bare (show_id, seat, at) VALUES (?, ?, ?)"_s,
                                                  {1, u"A1"_s, i});
            if (!inserted.ok())
                return inserted.error();
            return true;
        });
    }
    return {count * 1000.0 / std::max<qint64>(1, timer.elapsed()), (cpuMicroseconds() - cpuBefore) / count};
}

struct Cycles
{
    Rate operations;
    double cyclesPerSecond = 0;
};

Cycles holdAndBook(ReservationService &reservations, const QList<QPair<qint64, QString>> &seats, qsizetype &next,
                   int count)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuMicroseconds();
    int done = 0;
    for (int i = 0; i < count && next < seats.size(); ++i, ++next) {
        const auto &[show, seat] = seats.at(next);
        const QString owner = u"bench:%1"_s.arg(next);
        if (!reservations.holdSeats(show, {seat}, owner, 600s, Channel::Web).ok())
            qFatal("hold failed");
        BookingRequest request;
        request.customer = {u"Bench"_s, u"bench@example.com"_s};
        if (!reservations.convertHoldsToBookings(owner, show, request).ok())
            qFatal("booking failed");
        ++done;
    }
    const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
    return {{2 * done / seconds, (cpuMicroseconds() - cpuBefore) / std::max(1, 2 * done)}, done / seconds};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption cyclesOption(u"cycles"_s, u"hold+book cycles per round"_s, u"n"_s, u"1000"_s);
    // Many short rounds: on a shared machine the disk's speed drifts, and both loops see the same drift.
    const QCommandLineOption roundsOption(u"rounds"_s, u"rounds, each bare loop then service"_s, u"n"_s, u"9"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"folder for the databases (a real disk, not tmpfs)"_s, u"dir"_s,
                                       QDir::currentPath());
    parser.addOptions({cyclesOption, roundsOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    const int cycles = parser.value(cyclesOption).toInt();
    QTemporaryDir dir(QDir(parser.value(dirOption)).filePath(u"bench-XXXXXX"_s));

    auto database = Database::open(DatabaseConfig::sqlite(dir.filePath(u"boxoffice.sqlite"_s)), u"bench"_s);
    if (!database.ok())
        qFatal("%s", qPrintable(database.error().message));
    SystemClock clock;
    ChangeFeed feed;
    Migrations::migrate(*database.value());
    DemoData::populate(*database.value(), clock);
    ShowCatalog catalog(*database.value());
    ReservationService reservations(*database.value(), feed, clock);
    QList<QPair<qint64, QString>> seats;
    auto shows = catalog.shows(clock.now().addDays(-1), clock.now().addDays(8), Channel::Web);
    for (const Show &show : shows.value()) {
        const auto snapshot = catalog.snapshot(show.id);
        for (const SeatState &seat : snapshot->seats) {
            if (seat.status == SeatStatus::Available && !seat.houseSeat)
                seats.append({show.id, seat.seat.label});
        }
    }

    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    std::vector<double> bare, operations, cyclesPerSecond;
    qsizetype next = 0;
    // Not counted: brings both write-ahead logs to their working size (a growing file costs
    // every sync more) and the caches to a steady state.
    bareInserts(dir.filePath(u"bare.sqlite"_s), 2 * cycles);
    holdAndBook(reservations, seats, next, cycles);
    for (int round = 0; round < rounds; ++round) {
        const Rate bareRate = bareInserts(dir.filePath(u"bare.sqlite"_s), 2 * cycles);
        const Cycles measured = holdAndBook(reservations, seats, next, cycles);
        bare.push_back(bareRate.perSecond);
        operations.push_back(measured.operations.perSecond);
        cyclesPerSecond.push_back(measured.cyclesPerSecond);
        std::printf("round %d: bare %.0f tx/s (%.0f us CPU each), service %.0f ops/s (%.0f us CPU each),"
                    " %.0f hold+book cycles/s\n",
                    round + 1, bare.back(), bareRate.cpuMicrosecondsEach, operations.back(),
                    measured.operations.cpuMicrosecondsEach, cyclesPerSecond.back());
    }
    const double ratio = median(operations) / median(bare);
    std::printf("\nmedian of %d rounds (WAL, synchronous=FULL, %s):\n", rounds, qPrintable(dir.path()));
    std::printf("  bare single-row transactions: %8.0f /s\n", median(bare));
    std::printf("  ReservationService operations: %8.0f /s  (hold or book, each one transaction)\n", median(operations));
    std::printf("  complete hold+book cycles:    %8.0f /s  (target >= 2000)\n", median(cyclesPerSecond));
    std::printf("  ratio service/bare:           %8.2f     (target >= 0.50)\n", ratio);
    return 0;
}
