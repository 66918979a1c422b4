// The GUI thread's longest event-loop stall while the web endpoint is under full load.
// A QApplication with the endpoint in its own thread (as the app runs it), a 1 ms timer on the
// GUI thread recording the gaps between its ticks, first idle (the reference), then while wrk
// hammers /api/seat-status/ and another wrk holds and releases seats.
// usage: bench_gui_stall [--seconds S]  (needs wrk)
#include "changefeed.h"
#include "clock.h"
#include "database.h"
#include "demodata.h"
#include "holdexpiryscheduler.h"
#include "migrations.h"
#include "webendpoint.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

struct Gaps
{
    double maxMs = 0;
    double p99Ms = 0;
};

/// Runs the event loop for `seconds` with a 1 ms timer and returns the gaps between its ticks.
Gaps measure(int seconds)
{
    std::vector<qint64> gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(now - last);
        last = now;
    });
    tick.start(1);
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    std::sort(gaps.begin(), gaps.end());
    if (gaps.empty())
        return {};
    return {gaps.back() / 1e6, gaps[gaps.size() * 99 / 100] / 1e6};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = app.arguments().contains(u"--seconds"_s)
            ? app.arguments().at(app.arguments().indexOf(u"--seconds"_s) + 1).toInt()
            : 10;
    QTemporaryDir dir;
    const DatabaseConfig config = DatabaseConfig::sqlite(dir.filePath(u"stall.sqlite"_s));
    SystemClock clock;
    ChangeFeed feed;
    {
        auto database = Database::open(config, u"setup"_s);
        Migrations::migrate(*database.value());
        DemoData::populate(*database.value(), clock);
    }
    WebOptions options;
    options.port = 0;
    options.database = config;
    // A load probe, not a customer: the rate limits would turn most writes into 429s.
    options.limits.perSession = {0, 0};
    options.limits.perAddress = {0, 0};
    WebEndpoint endpoint(options, feed, clock);
    auto url = endpoint.start();
    if (!url.ok())
        qFatal("%s", qPrintable(url.error().message));
    // The GUI follows every change, as the main window does.
    int changes = 0;
    QObject::connect(&feed, &ChangeFeed::showChanged, &app, [&] { ++changes; });

    const Gaps idle = measure(seconds / 2);
    const QString base = url.value().toString(QUrl::StripTrailingSlash);
    QProcess readers;
    readers.start(u"wrk"_s, {u"-t1"_s, u"-c64"_s, u"-d%1s"_s.arg(seconds), base + u"/api/seat-status/?show=1"_s});
    QFile script(dir.filePath(u"hold.lua"_s));
    script.open(QIODevice::WriteOnly);
    // One session per connection, kept from the first answer, holding and releasing a seat.
    script.write("counter = 0\n"
                 "cookie = nil\n"
                 "request = function()\n"
                 "  counter = counter + 1\n"
                 "  local headers = {['Content-Type'] = 'application/json'}\n"
                 "  if cookie then headers['Cookie'] = cookie end\n"
                 "  if counter % 2 == 0 then\n"
                 "    return wrk.format('DELETE', '/api/holds?show=1', headers)\n"
                 "  end\n"
                 "  local seat = 'B' .. (math.random(25))\n"
                 "  return wrk.format('POST', '/api/holds', headers,\n"
                 "    '{\"show\": 1, \"seats\": [\"' .. seat .. '\"]}')\n"
                 "end\n"
                 "response = function(status, headers, body)\n"
                 "  local set = headers['Set-Cookie']\n"
                 "  if set and not cookie then cookie = string.match(set, '^[^;]+') end\n"
                 "end\n");
    script.close();
    QProcess writers;
    writers.start(u"wrk"_s, {u"-t1"_s, u"-c4"_s, u"-d%1s"_s.arg(seconds), u"-s"_s, script.fileName(), base});
    if (!readers.waitForStarted() || !writers.waitForStarted())
        qFatal("wrk is needed (apt-get install wrk)");
    const Gaps loaded = measure(seconds);
    readers.waitForFinished();
    writers.waitForFinished();
    const QByteArray readOut = readers.readAllStandardOutput();
    const QByteArray writeOut = writers.readAllStandardOutput();
    auto rate = [](const QByteArray &out) {
        const qsizetype at = out.indexOf("Requests/sec:");
        return at < 0 ? QByteArray("?") : out.mid(at + 13, out.indexOf('\n', at) - at - 13).trimmed();
    };
    std::printf("GUI thread event-loop gaps (1 ms timer), %d s each:\n", seconds);
    std::printf("  idle:       max %6.2f ms  p99 %6.2f ms\n", idle.maxMs, idle.p99Ms);
    std::printf("  under load: max %6.2f ms  p99 %6.2f ms  (target: max < 10 ms)\n", loaded.maxMs, loaded.p99Ms);
    std::printf("  ratio loaded/idle max stall: %.2f\n", idle.maxMs > 0 ? loaded.maxMs / idle.maxMs : 0.0);
    std::printf("  load: %s reads/s, %s holds+releases/s; %d change announcements reached the GUI thread\n",
                rate(readOut).constData(), rate(writeOut).constData(), changes);
    return 0;
}
