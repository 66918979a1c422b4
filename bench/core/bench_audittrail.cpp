// Reading a large audit log through AuditTrail: how long a page takes for the filters a manager
// uses, newest and deep in the past, with SQLite's plan for each; with --candidate-indexes also
// with indexes on (show_id, id) and (action, id), and what they cost 100,000 inserts.
// usage: bench_audittrail [--entries N] [--candidate-indexes] [--dir DIR]
#include "audittrail.h"
#include "database.h"
#include "migrations.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

constexpr int shows = 200;
constexpr int staffMembers = 12;
const QDateTime firstEntry(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc());

/// Milliseconds of the median of five runs.
double medianMs(const std::function<void()> &work)
{
    std::vector<double> runs;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

/// A busy venue's log: nineteen of twenty entries are web holds and releases; the rest are
/// counter sales and, one in ten of those, a manager's action with a reason. A minute apart.
bool fill(Database &database, qint64 entries, qint64 firstId)
{
    auto written = database.write<bool>([&]() -> Result<bool> {
        for (qint64 i = firstId; i < firstId + entries; ++i) {
            const bool web = i % 20 != 0;
            const bool manager = !web && i % 200 == 0;
            const QString action = web ? (i % 2 ? u"hold"_s : u"release"_s) : (manager ? u"unbook"_s : u"book"_s);
            auto row = database.run(
                    u"INSERT INTO audit_log (at, actor, action, show_id, details, reason, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                    {firstEntry.addSecs(60 * i).toMSecsSinceEpoch(), web ? u"web:%1"_s.arg(i % 977) : u"counter"_s, action,
                     1 + i % shows, u"A%1, A%2"_s.arg(i % 20).arg(i % 20 + 1), manager ? u"Customer ill"_s : QString(),
                     web ? QVariant(QMetaType::fromType<qint64>()) : QVariant(qint64(1 + i % staffMembers))});
            if (!row.ok())
                return row.error();
        }
        return true;
    });
    if (!written.ok())
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
    return written.ok();
}

void report(const AuditTrail &trail, qint64 entries)
{
    struct Case
    {
        const char *name;
        AuditFilter filter;
    };
    AuditFilter staff;
    staff.staffId = 5;
    AuditFilter unbook;
    unbook.actions = {u"unbook"_s};
    AuditFilter show;
    show.showId = 17;
    AuditFilter managerActions;
    managerActions.withReasonOnly = true;
    AuditFilter week;
    week.from = firstEntry.addSecs(60 * (entries / 2));
    week.to = week.from.addDays(7);
    AuditFilter staffAndShow = staff;
    staffAndShow.showId = 17;
    AuditFilter text;
    text.text = u"ill"_s;
    const QList<Case> cases = {{"no filter", {}},        {"staff", staff},        {"action unbook", unbook},
                               {"show", show},           {"reason given", managerActions},
                               {"a week, mid-log", week}, {"staff+show", staffAndShow}, {"text", text}};
    const qint64 middle = entries / 2;
    std::printf("%-18s %12s %14s  plan\n", "filter", "newest (ms)", "mid-log (ms)");
    for (const Case &c : cases) {
        const double newest = medianMs([&] { trail.newest(c.filter, AuditTrail::maxPageSize / 5); });
        const double deep = medianMs([&] { trail.olderThan(c.filter, middle, AuditTrail::maxPageSize / 5); });
        std::printf("%-18s %12.2f %14.2f  %s\n", c.name, newest, deep,
                    qPrintable(trail.queryPlan(c.filter).value().join(u"; "_s)));
    }
    std::printf("actions of the newest 20,000 entries: %.1f ms\n", medianMs([&] { trail.recentActions(20000); }));
    QElapsedTimer timer;
    timer.start();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const qint64 exported = trail.exportCsv(staff, buffer, QTimeZone::utc()).value();
    std::printf("CSV export of one staff member: %lld entries, %.1f MB in %.0f ms\n", exported,
                double(buffer.size()) / 1e6, double(timer.elapsed()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption entriesOption(u"entries"_s, u"Audit entries to fill the log with."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption indexesOption(u"candidate-indexes"_s,
                                           u"Also measure with indexes on (show_id, id) and (action, id)."_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where to keep the database (a temporary folder by default)."_s,
                                       u"DIR"_s);
    parser.addOptions({entriesOption, indexesOption, dirOption});
    parser.process(app);
    const qint64 entries = std::max<qint64>(1000, parser.value(entriesOption).toLongLong());
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();

    auto opened = Database::open(DatabaseConfig::sqlite(dir + u"/audit.sqlite"_s), u"bench"_s);
    if (!opened.ok() || !Migrations::migrate(*opened.value()).ok()) {
        std::fprintf(stderr, "cannot open the database\n");
        return 1;
    }
    Database &database = *opened.value();
    database.run(u"INSERT INTO halls (id, name, grid_rows, grid_columns) VALUES (1, 'Hall', 1, 1)"_s);
    for (int id = 1; id <= shows; ++id)
        database.run(u"INSERT INTO shows (id, hall_id, title, starts_at) VALUES (?, 1, ?, 0)"_s, {id, u"Show %1"_s.arg(id)});
    for (int id = 1; id <= staffMembers; ++id) {
        database.run(u"INSERT INTO staff (id, name, role, secret_hash, created_at) VALUES (?, ?, 'cashier', 'x', 0)"_s,
                     {id, u"Staff %1"_s.arg(id)});
    }
    QElapsedTimer timer;
    timer.start();
    if (!fill(database, entries, 0))
        return 1;
    std::printf("%lld entries written in %.1f s\n", entries, double(timer.elapsed()) / 1000.0);
    database.execute(u"ANALYZE"_s);
    AuditTrail trail(database);
    report(trail, entries);
    if (!parser.isSet(indexesOption))
        return 0;

    constexpr qint64 more = 100000;
    timer.restart();
    fill(database, more, entries);
    const double without = double(timer.elapsed());
    database.execute(u"CREATE INDEX audit_log_show ON audit_log (show_id, id)"_s);
    database.execute(u"CREATE INDEX audit_log_action ON audit_log (action, id)"_s);
    database.execute(u"ANALYZE"_s);
    timer.restart();
    fill(database, more, entries + more);
    std::printf("\n%lld more entries in one transaction: %.0f ms without, %.0f ms with the two candidate indexes\n",
                more, without, double(timer.elapsed()));
    std::printf("with the candidate indexes:\n");
    report(trail, entries);
    return 0;
}
