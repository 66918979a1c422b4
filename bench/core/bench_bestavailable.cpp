// Best-available and the stranded-seat check on a 5,000-seat hall three quarters sold, against the
// plain hold of the same seats, in the same run, rounds alternating. Two shows of the hall have the
// same seats taken: one under the rule "allow" (the plain hold), one under "warn" (the checked hold).
// Each hold is released again (not timed), so every round sees the same state.
// usage: bench_bestavailable [--holds N] [--rounds N] [--count N] [--dir DIR]
#include "benchsupport.h"
#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "migrations.h"
#include "reservationservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace boxoffice;
using namespace boxoffice::bench;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int hallRows = 50;
constexpr int seatsPerRow = 100;

void must(const Result<SqlRows> &result)
{
    if (!result.ok())
        qFatal("%s", qPrintable(result.error().message));
}

/// 50 rows of 100 seats, aisles after seats 25 and 75, and two shows of it with the same seats
/// sold: runs of 2–14 sold seats and 1–5 empty ones, about three quarters sold.
void createHall(Database &db, qint64 startsAtMs)
{
    must(db.run(u"INSERT INTO halls (id, name, grid_rows, grid_columns) VALUES (1, 'Big', ?, ?)"_s,
                {hallRows, seatsPerRow + 2}));
    must(db.run(u"INSERT INTO shows (id, hall_id, title, starts_at, orphan_rule) VALUES (1, 1, 'Plain', ?, 'allow')"_s,
                {startsAtMs}));
    must(db.run(u"INSERT INTO shows (id, hall_id, title, starts_at, orphan_rule) VALUES (2, 1, 'Checked', ?, 'warn')"_s,
                {startsAtMs}));
    QRandomGenerator random(20261213u);
    qint64 id = 1;
    int sold = 0;
    int runLeft = 0;
    bool selling = true;
    db.write<bool>([&]() -> Result<bool> {
        for (int row = 0; row < hallRows; ++row) {
            for (int number = 1; number <= seatsPerRow; ++number, ++id) {
                const int column = number - 1 + (number > 25 ? 1 : 0) + (number > 75 ? 1 : 0);
                must(db.run(u"INSERT INTO seats (id, hall_id, label, row_label, number, grid_row, grid_column, category,"
                            " x, y) VALUES (?, 1, ?, ?, ?, ?, ?, 'standard', ?, ?)"_s,
                            {id, u"R%1-%2"_s.arg(row + 1).arg(number), u"R%1"_s.arg(row + 1), number, row, column,
                             column, row}));
                if (runLeft == 0) {
                    selling = !selling;
                    runLeft = selling ? 2 + int(random.bounded(13)) : 1 + int(random.bounded(5));
                }
                --runLeft;
                if (!selling)
                    continue;
                ++sold;
                for (int show : {1, 2})
                    must(db.run(u"INSERT INTO seat_claims (show_id, seat_id, kind, created_at) VALUES (?, ?, 'block', 0)"_s,
                                {show, id}));
            }
        }
        return true;
    });
    std::printf("hall: %d seats, %d sold (%.0f%%)\n", hallRows * seatsPerRow, sold, 100.0 * sold / (hallRows * seatsPerRow));
}

struct Timing
{
    double wallMicroseconds = 0;
    double cpuMicroseconds = 0;
};

template<typename Work>
Timing timed(Work work)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuMicroseconds();
    work();
    return {timer.nsecsElapsed() / 1e3, cpuMicroseconds() - cpuBefore};
}

void release(ReservationService &reservations, const QString &owner, qint64 show)
{
    if (!reservations.releaseHolds(owner, show).ok())
        qFatal("release failed");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption holdsOption(u"holds"_s, u"holds of each kind per round"_s, u"n"_s, u"100"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"rounds"_s, u"n"_s, u"7"_s);
    const QCommandLineOption countOption(u"count"_s, u"seats per hold"_s, u"n"_s, u"4"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"folder for the database (a real disk, not tmpfs)"_s, u"dir"_s,
                                       QDir::currentPath());
    parser.addOptions({holdsOption, roundsOption, countOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    const int holds = std::max(1, parser.value(holdsOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int count = std::max(1, parser.value(countOption).toInt());
    QTemporaryDir dir(QDir(parser.value(dirOption)).filePath(u"bench-XXXXXX"_s));

    auto database = Database::open(DatabaseConfig::sqlite(dir.filePath(u"boxoffice.sqlite"_s)), u"bench"_s);
    if (!database.ok())
        qFatal("%s", qPrintable(database.error().message));
    Database &db = *database.value();
    SystemClock clock;
    ChangeFeed feed;
    if (auto migrated = Migrations::migrate(db); !migrated.ok())
        qFatal("%s", qPrintable(migrated.error().message));
    createHall(db, clock.now().addDays(2).toMSecsSinceEpoch());
    ReservationService reservations(db, feed, clock);

    {
        // A service's first best-available reads the show's claims in full; later ones catch up
        // through the change log.
        ReservationService cold(db, feed, clock);
        const Timing first = timed([&] {
            if (!cold.holdBestAvailable(2, {count}, u"bench:cold"_s, 600s, Channel::Web).ok())
                qFatal("best available failed");
        });
        release(cold, u"bench:cold"_s, 2);
        std::printf("first best-available of a service (reads all claims): %.0f us (cpu %.0f)\n", first.wallMicroseconds,
                    first.cpuMicroseconds);
    }

    std::vector<double> plainWall, checkedWall, bestWall, plainCpu, checkedCpu, bestCpu;
    QStringList chosen;
    BestStep step = BestStep::TogetherNoStranded;
    // Round 0 is not counted: it brings the log and the caches to a steady state.
    for (int round = 0; round <= rounds; ++round) {
        Timing plain, checked, best;
        for (int i = 0; i < holds; ++i) {
            const QString owner = u"bench:%1:%2"_s.arg(round).arg(i);
            const Timing bestOne = timed([&] {
                auto held = reservations.holdBestAvailable(2, {count}, owner, 600s, Channel::Web);
                if (!held.ok())
                    qFatal("best available failed: %s", qPrintable(held.error().message));
                chosen = held->hold.seats;
                step = held->step;
            });
            release(reservations, owner, 2);
            const Timing plainOne = timed([&] {
                if (!reservations.holdSeats(1, chosen, owner, 600s, Channel::Web).ok())
                    qFatal("plain hold failed");
            });
            release(reservations, owner, 1);
            const Timing checkedOne = timed([&] {
                if (!reservations.holdSeats(2, chosen, owner, 600s, Channel::Web).ok())
                    qFatal("checked hold failed");
            });
            release(reservations, owner, 2);
            for (auto [sum, one] : {std::pair{&plain, plainOne}, {&checked, checkedOne}, {&best, bestOne}}) {
                sum->wallMicroseconds += one.wallMicroseconds / holds;
                sum->cpuMicroseconds += one.cpuMicroseconds / holds;
            }
        }
        if (round == 0)
            continue;
        plainWall.push_back(plain.wallMicroseconds);
        checkedWall.push_back(checked.wallMicroseconds);
        bestWall.push_back(best.wallMicroseconds);
        plainCpu.push_back(plain.cpuMicroseconds);
        checkedCpu.push_back(checked.cpuMicroseconds);
        bestCpu.push_back(best.cpuMicroseconds);
        std::printf("round %d: plain %.0f us (cpu %.0f), checked %.0f us (cpu %.0f), best %.0f us (cpu %.0f)\n", round,
                    plain.wallMicroseconds, plain.cpuMicroseconds, checked.wallMicroseconds, checked.cpuMicroseconds,
                    best.wallMicroseconds, best.cpuMicroseconds);
    }
    const char *const steps[] = {"side by side, stranding none", "side by side, stranding a seat", "scattered"};
    std::printf("best %d: %s (%s)\n", count, qPrintable(chosen.join(u' ')), steps[int(step)]);
    const double plainW = median(plainWall), plainC = median(plainCpu);
    const double checkW = median(checkedWall), checkC = median(checkedCpu);
    const double bestW = median(bestWall), bestC = median(bestCpu);
    std::printf("median per hold: plain %.0f us (cpu %.0f), checked %.0f us (cpu %.0f), best %.0f us (cpu %.0f)\n",
                plainW, plainC, checkW, checkC, bestW, bestC);
    std::printf("extra cost / the hold's own (must be < 1):\n");
    std::printf("  stranded-seat check: wall %.2f, cpu %.2f\n", (checkW - plainW) / plainW, (checkC - plainC) / plainC);
    std::printf("  best available:      wall %.2f, cpu %.2f\n", (bestW - plainW) / plainW, (bestC - plainC) / plainC);
    return 0;
}
