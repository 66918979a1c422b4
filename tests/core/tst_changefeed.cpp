#include "databasewatcher.h"
#include "demodata.h"
#include "holdexpiryscheduler.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

class tst_ChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void announcesEachVersionOnceToOtherThreads()
    {
        ChangeFeed feed;
        QThread listenerThread;
        QObject listener;
        listener.moveToThread(&listenerThread);
        QList<qint64> heard;
        QMutex mutex;
        connect(&feed, &ChangeFeed::showChanged, &listener, [&](qint64, qint64 version) {
            QMutexLocker lock(&mutex);
            heard.append(version);
        });
        listenerThread.start();
        feed.publish(1, 1);
        feed.publish(1, 1);
        feed.publish(1, 3);
        feed.publish(1, 2);
        QTRY_VERIFY([&] { QMutexLocker lock(&mutex); return heard.size() == 2; }());
        QCOMPARE(heard, (QList<qint64>{1, 3}));
        QCOMPARE(feed.lastVersion(1), 3);
        QCOMPARE(feed.lastVersion(2), 0);
        listenerThread.quit();
        listenerThread.wait();
    }

    void watcherNoticesWhatAnotherProcessCommitted()
    {
        TestDatabase db;
        ChangeFeed appFeed;
        DatabaseWatcher watcher(db.config, appFeed);
        QVERIFY(watcher.start(100).ok());
        QSignalSpy heard(&appFeed, &ChangeFeed::showChanged);

        // "Another process": its own connection and its own feed, which this one never hears.
        auto other = db.openAnother();
        ChangeFeed otherFeed;
        ReservationService otherService(*other, otherFeed, db.clock);
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(otherService.holdSeats(db.show, {u"A1"_s}, u"web:other"_s, 600s, Channel::Web).ok());
        QTRY_VERIFY_WITH_TIMEOUT(heard.count() == 1, 2000);
        qInfo("noticed after %lld ms", elapsed.elapsed());
        QCOMPARE(heard.at(0).at(0).toLongLong(), db.show);
        QCOMPARE(heard.at(0).at(1).toLongLong(), 1);
        QCOMPARE(watcher.checkNow(), 0);
    }

    void expirySchedulerReleasesLapsedHolds()
    {
        TestDatabase db;
        HoldExpiryScheduler scheduler(db.config, db.feed, db.clock);
        QVERIFY(scheduler.start(60'000).ok());
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"A2"_s}, u"web:x"_s, 30s, Channel::Web).ok());
        QSignalSpy heard(&db.feed, &ChangeFeed::showChanged);
        QCOMPARE(scheduler.releaseExpiredNow(), 0);
        db.clock.advance(30'000);
        QCOMPARE(scheduler.releaseExpiredNow(), 2);
        QCOMPARE(heard.count(), 1);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Available);
    }

    void demoDataFillsAnEmptyDatabaseOnce()
    {
        TestDatabase db;
        db.removeTestHall();
        auto created = DemoData::populate(*db.database, db.clock);
        QVERIFY(created.ok());
        QCOMPARE(created.value(), 7 * 7);
        QCOMPARE(DemoData::populate(*db.database, db.clock).value(), 0);
        auto halls = db.catalog->halls();
        QCOMPARE(halls->size(), 3);
        QCOMPARE(halls->at(0).seats.size(), 500);
        QCOMPARE(halls->at(0).gridColumns, 26);
        QCOMPARE(halls->at(2).seats.size(), 2000);
        auto shows = db.catalog->shows(db.clock.now().addDays(-1), db.clock.now().addDays(8), Channel::Web);
        QCOMPARE(shows->size(), 49);
        QVERIFY(shows->at(0).seatsAvailable > shows->at(0).seatsTotal * 9 / 10);
    }
};

QTEST_GUILESS_MAIN(tst_ChangeFeed)
#include "tst_changefeed.moc"
