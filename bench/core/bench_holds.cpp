// Holds per second on one show from K concurrent connections (threads, each with its own
// connection and ReservationService), against the floor measured in the same run: a transaction
// that locks the show's row, inserts one row and commits, from as many connections. Both are
// measured with durable commits and with the relaxed commits holds use (Durability), rounds
// alternating. SQLite by default; PostgreSQL with --db postgresql://... (bench/core/holds.sh
// starts a throw-away server with fsync on).
// usage: bench_holds [--db URL] [--threads K] [--holds N] [--rounds N] [--durable]
#include "benchsupport.h"
#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "migrations.h"
#include "reservationservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <atomic>
#include <cstdio>
#include <latch>
#include <thread>

using namespace boxoffice;
using namespace boxoffice::bench;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int seatsPerRow = 20;
constexpr int seatsPerHold = 2;

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct Run
{
    double perSecond = 0;
    /// Process CPU time over wall time: how busy the machine's cores were with this process.
    double cpuShare = 0;
    double statementsEach = 0;
};

struct Setup
{
    DatabaseConfig config;
    int threads = 8;
    int holds = 100;
    bool durableOnly = false;
};

void check(bool ok, const char *what)
{
    if (!ok)
        qFatal("bench_holds: %s failed", what);
}

/// A hall with room for every hold of one measurement.
qint64 createHall(Database &database, int seats)
{
    const int rows = (seats + seatsPerRow - 1) / seatsPerRow;
    // Named by the time, as hall names are unique and a PostgreSQL database may be measured again.
    auto hall = database.insert(u"INSERT INTO halls (name, grid_rows, grid_columns) VALUES (?, ?, ?)"_s,
                                {u"Bench Hall %1"_s.arg(QDateTime::currentMSecsSinceEpoch()), rows, seatsPerRow});
    check(hall.ok(), "the hall");
    auto written = database.write<bool>([&]() -> Result<bool> {
        for (int row = 0; row < rows; ++row) {
            for (int number = 1; number <= seatsPerRow; ++number) {
                auto seat = database.run(u"INSERT INTO seats (hall_id, label, row_label, number, grid_row, grid_column,"
                                         " category) VALUES (?, ?, ?, ?, ?, ?, 'standard')"_s,
                                         {hall.value(), u"R%1-%2"_s.arg(row + 1).arg(number), u"R%1"_s.arg(row + 1),
                                          number, row, number - 1});
                if (!seat.ok())
                    return seat.error();
            }
        }
        return true;
    });
    check(written.ok(), "the seats");
    return hall.value();
}

qint64 createShow(Database &database, qint64 hall, const Clock &clock)
{
    auto show = database.insert(u"INSERT INTO shows (hall_id, title, starts_at) VALUES (?, 'Bench', ?)"_s,
                                {hall, clock.now().addDays(3).toMSecsSinceEpoch()});
    check(show.ok(), "the show");
    return show.value();
}

/// Runs `work(thread, connection)` on every thread at once, each `count` times; returns the rate.
template<typename Work>
Run concurrently(const Setup &setup, Work work)
{
    std::latch ready(setup.threads + 1);
    std::latch start(1);
    std::atomic<quint64> statements = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < setup.threads; ++t) {
        threads.emplace_back([&, t] {
            auto database = Database::open(setup.config, u"bench%1"_s.arg(t));
            check(database.ok(), "a connection");
            auto perThread = work.prepare(*database.value());
            ready.count_down();
            start.wait();
            const quint64 before = database.value()->statementsRun();
            for (int i = 0; i < setup.holds; ++i)
                work.once(*perThread, t, i);
            statements += database.value()->statementsRun() - before;
        });
    }
    ready.arrive_and_wait();
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = processCpuSeconds();
    start.count_down();
    for (std::thread &thread : threads)
        thread.join();
    const double seconds = std::max<qint64>(1, timer.nsecsElapsed() / 1000) / 1e6;
    const double done = double(setup.threads) * setup.holds;
    return {done / seconds, (processCpuSeconds() - cpuBefore) / seconds, double(statements.load()) / done};
}

/// The floor: lock the show's row, insert one row, commit.
struct Floor
{
    qint64 show;
    Durability durability;

    struct Connection
    {
        Database &database;
        bool postgres;
    };
    std::unique_ptr<Connection> prepare(Database &database) const
    {
        return std::make_unique<Connection>(
                Connection{database, database.dialect().backend() == DatabaseConfig::Backend::Postgres});
    }
    void once(Connection &connection, int thread, int i) const
    {
        Database &database = connection.database;
        auto written = database.write<bool>([&]() -> Result<bool> {
            auto locked = database.run(connection.postgres ? u"SELECT version FROM shows WHERE id = ? FOR UPDATE"_s
                                                           : u"SELECT version FROM shows WHERE id = ?"_s,
                                       {show});
            if (!locked.ok())
                return locked.error();
            locked.value().finish();
            auto inserted = database.run(u"INSERT INTO bench_floor (show_id, thread, i) VALUES (?, ?, ?)"_s,
                                         {show, thread, i});
            if (!inserted.ok())
                return inserted.error();
            return true;
        }, durability);
        check(written.ok(), "a floor transaction");
    }
};

/// Web holds of two seats each, every one by a new customer from an address of its own.
struct Holds
{
    qint64 show;
    const Clock &clock;
    int holdsPerThread;
    bool durableOnly;

    struct Connection
    {
        Connection(Database &database, const Clock &clock) : reservations(database, feed, clock) {}
        ChangeFeed feed;
        ReservationService reservations;
    };
    std::unique_ptr<Connection> prepare(Database &database) const
    {
        if (durableOnly)
            database.requireDurableCommits();
        return std::make_unique<Connection>(database, clock);
    }
    void once(Connection &connection, int thread, int i) const
    {
        const int first = (thread * holdsPerThread + i) * seatsPerHold;
        QStringList seats;
        for (int seat = first; seat < first + seatsPerHold; ++seat)
            seats.append(u"R%1-%2"_s.arg(seat / seatsPerRow + 1).arg(seat % seatsPerRow + 1));
        const HoldOrigin origin{u"10.%1.%2.%3"_s.arg(thread).arg(i / 250).arg(i % 250), 10};
        auto held = connection.reservations.holdSeats(show, seats, u"bench:%1:%2"_s.arg(thread).arg(i), 600s,
                                                      Channel::Web, origin);
        if (!held.ok())
            qFatal("bench_holds: a hold failed: %s", qPrintable(held.error().message));
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"A postgresql:// URL; a temporary SQLite file when not given."_s, u"url"_s);
    const QCommandLineOption threadsOption(u"threads"_s, u"Concurrent connections (default 8)."_s, u"k"_s, u"8"_s);
    const QCommandLineOption holdsOption(u"holds"_s, u"Holds per connection and round (default 100)."_s, u"n"_s,
                                         u"100"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Rounds, alternating (default 3)."_s, u"n"_s, u"3"_s);
    const QCommandLineOption durable(u"durable"_s, u"Holds commit durably too, as before relaxed commits."_s);
    parser.addOptions({db, threadsOption, holdsOption, roundsOption, durable});
    parser.process(app);

    QTemporaryDir dir;
    Setup setup;
    setup.threads = std::max(1, parser.value(threadsOption).toInt());
    setup.holds = std::max(1, parser.value(holdsOption).toInt());
    setup.durableOnly = parser.isSet(durable);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    if (parser.isSet(db)) {
        auto config = DatabaseConfig::fromArgument(parser.value(db));
        check(config.ok(), "the --db URL");
        setup.config = config.value();
    } else {
        setup.config = DatabaseConfig::sqlite(dir.filePath(u"bench.sqlite"_s));
    }
    auto opened = Database::open(setup.config, u"setup"_s);
    check(opened.ok(), "opening the database");
    Database &database = *opened.value();
    check(Migrations::migrate(database).ok(), "migrating");
    check(database.execute(u"CREATE TABLE IF NOT EXISTS bench_floor (show_id BIGINT, thread INTEGER, i INTEGER)"_s).ok(),
          "the floor's table");
    SystemClock clock;
    const qint64 hall = createHall(database, setup.threads * setup.holds * seatsPerHold);

    std::printf("%s, %d connections, %d holds of %d seats each per round%s\n",
                setup.config.backend == DatabaseConfig::Backend::Sqlite ? "SQLite" : "PostgreSQL", setup.threads,
                setup.threads * setup.holds, seatsPerHold, setup.durableOnly ? ", every commit durable" : "");
    std::vector<double> floorDurable, floorRelaxed, holds, cpu, statements;
    for (int round = 0; round < rounds; ++round) {
        floorDurable.push_back(concurrently(setup, Floor{createShow(database, hall, clock), Durability::Durable}).perSecond);
        floorRelaxed.push_back(
                concurrently(setup, Floor{createShow(database, hall, clock), Durability::MayLoseLastMoments}).perSecond);
        const Run run = concurrently(setup, Holds{createShow(database, hall, clock), clock, setup.holds, setup.durableOnly});
        holds.push_back(run.perSecond);
        cpu.push_back(run.cpuShare);
        statements.push_back(run.statementsEach);
        std::printf("round %d: floor durable %.0f/s, floor relaxed %.0f/s, holds %.0f/s\n", round + 1,
                    floorDurable.back(), floorRelaxed.back(), holds.back());
    }
    const double held = median(holds);
    std::printf("holds %.0f/s (%.1f statements each, CPU/wall %.2f); floor durable %.0f/s, relaxed %.0f/s;"
                " holds / durable floor %.2f, holds / relaxed floor %.2f\n",
                held, median(statements), median(cpu), median(floorDurable), median(floorRelaxed),
                held / median(floorDurable), held / median(floorRelaxed));
    return 0;
}
