// Time from start to a usable cashier window with the demo data, and memory at rest.
// Measured in one process, against a reference measured in the same run: showing a bare
// QMainWindow. A fresh database each round, so migrations and demo data are included.
// usage: bench_startup [--rounds N]   (QT_QPA_PLATFORM=offscreen or under xvfb-run)
#include "appsettings.h"
#include "changefeed.h"
#include "clock.h"
#include "corebackend.h"
#include "database.h"
#include "demodata.h"
#include "mainwindow.h"
#include "managerapproval.h"
#include "staffsession.h"
#include "migrations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

double bareWindowMs()
{
    QElapsedTimer timer;
    timer.start();
    QMainWindow window;
    window.setCentralWidget(new QLabel(u"Box Office"_s));
    window.resize(1440, 900);
    window.show();
    QCoreApplication::processEvents();
    return timer.nsecsElapsed() / 1e6;
}

/// Database preparation as the app does it, then the window until its shows are listed and the
/// first show's seat map is drawn.
double cashierWindowMs(const QString &folder, qint64 *restingKiB)
{
    QElapsedTimer timer;
    timer.start();
    SystemClock clock;
    ChangeFeed feed;
    const DatabaseConfig config = DatabaseConfig::sqlite(folder + u"/startup.sqlite"_s);
    {
        auto database = Database::open(config, u"startup"_s);
        Migrations::migrate(*database.value());
        DemoData::populate(*database.value(), clock);
    }
    AppSettings settings(folder + u"/settings.ini"_s);
    CoreBackend backend(config, feed, clock);
    StaffSession staffSession(clock);
    ManagerApproval approval(backend, staffSession);
    MainWindow window(backend, settings, approval);
    window.resize(1440, 900);
    QSignalSpy loaded(&window, &MainWindow::showsLoaded);
    backend.start();
    window.show();
    if (!loaded.wait(30'000))
        qFatal("the window never listed its shows");
    QCoreApplication::processEvents();
    const double elapsed = timer.nsecsElapsed() / 1e6;
    QTest::qWait(2000);
    *restingKiB = residentKiB();
    return elapsed;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qsizetype roundsAt = app.arguments().indexOf(u"--rounds"_s);
    const int rounds = roundsAt > 0 ? app.arguments().at(roundsAt + 1).toInt() : 5;
    std::vector<double> bare, cashier;
    qint64 resting = 0;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir dir;
        bare.push_back(bareWindowMs());
        cashier.push_back(cashierWindowMs(dir.path(), &resting));
        std::printf("round %d: bare window %.1f ms, cashier window usable after %.1f ms\n", round + 1, bare.back(),
                    cashier.back());
    }
    std::printf("\nmedian of %d rounds:\n", rounds);
    std::printf("  bare QMainWindow shown:                       %8.1f ms\n", median(bare));
    std::printf("  cashier window usable (fresh demo database): %8.1f ms  (%.1fx the bare window)\n",
                median(cashier), median(cashier) / median(bare));
    std::printf("  resident memory at rest after the last round: %6lld KiB\n", resting);
    return 0;
}
