// The caps per address counted for the whole site, below the HTTP server: AddressQuota with
// SiteAddressCounts, and two SiteLoadSyncs on two connections of one SQLite file standing for
// two processes. tests/app/tst_sitelimits runs the real processes.
#include "addressquota.h"
#include "siteaddresscounts.h"
#include "siteloadsync.h"
#include "testdatabase.h"

#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

const QHostAddress client(u"10.0.0.1"_s);

/// Counts every row written to the site's two tables from here on, by any connection.
void countWrites(TestDatabase &database)
{
    database.exec(u"CREATE TABLE site_writes (site_table TEXT NOT NULL)"_s);
    for (const QString table : {u"web_address_load"_s, u"web_processes"_s}) {
        for (const QString event : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}) {
            database.exec(u"CREATE TRIGGER count_%1_%2 AFTER %2 ON %1 BEGIN INSERT INTO site_writes VALUES ('%1'); END"_s
                                  .arg(table, event));
        }
    }
}

qint64 writesTo(const TestDatabase &database, const QString &table)
{
    return database.scalar(u"SELECT COUNT(*) FROM site_writes WHERE site_table = ?"_s, {table});
}

} // namespace

class tst_SiteQuota : public QObject
{
    Q_OBJECT

private slots:
    void whatOthersHoldCountsAgainstTheCapPerAddressOnly()
    {
        SiteAddressCounts site;
        site.setElsewhere({{u"10.0.0.1"_s, {2, 0, 0}}, {u"10.0.0.2"_s, {5, 0, 0}}});
        AddressQuota streams({3, 2}, site, AddressLoad::Kind::Streams);
        AddressQuota connections({3, 10}, site, AddressLoad::Kind::Connections);

        QVERIFY(streams.tryTake(client));
        QVERIFY(!streams.tryTake(client));
        QCOMPARE(streams.heldBy(client), 1);
        // Another kind is counted on its own.
        QVERIFY(connections.tryTake(client));
        QVERIFY(connections.tryTake(client));
        // The cap in all stays this process's: the other processes' five do not count there.
        QVERIFY(!streams.tryTake(QHostAddress(u"10.0.0.2"_s)));
        QVERIFY(streams.tryTake(QHostAddress(u"10.0.0.3"_s)));
        QVERIFY(!streams.tryTake(QHostAddress(u"10.0.0.4"_s)));

        QCOMPARE(site.changed(), (QHash<QString, AddressLoad>{{u"10.0.0.1"_s, {1, 0, 2}}, {u"10.0.0.3"_s, {1, 0, 0}}}));
        site.clearChanged();
        streams.giveBack(client);
        QCOMPARE(site.changed(), (QHash<QString, AddressLoad>{{u"10.0.0.1"_s, {0, 0, 2}}}));
    }

    void anIPv4MappedAddressIsItsIPv4Address()
    {
        SiteAddressCounts site;
        site.setElsewhere({{u"10.0.0.1"_s, {0, 3, 0}}});
        AddressQuota longPolls({3, 100}, site, AddressLoad::Kind::LongPolls);
        QVERIFY(!longPolls.tryTake(QHostAddress(u"::ffff:10.0.0.1"_s)));
        AddressQuota streams({3, 100}, site, AddressLoad::Kind::Streams);
        QVERIFY(streams.tryTake(QHostAddress(u"::ffff:10.0.0.1"_s)));
        QCOMPARE(site.changed().keys(), QStringList{u"10.0.0.1"_s});
    }

    void twoProcessesHearOfEachOthersTakesAndReleases()
    {
        TestDatabase database;
        auto connectionA = database.openAnother(u"a"_s);
        auto connectionB = database.openAnother(u"b"_s);
        SiteLoadSync a(*connectionA, database.clock, 500);
        SiteLoadSync b(*connectionB, database.clock, 500);
        a.start();
        b.start();
        AddressQuota streamsA({2, 100}, a.counts(), AddressLoad::Kind::Streams);
        AddressQuota streamsB({2, 100}, b.counts(), AddressLoad::Kind::Streams);

        QVERIFY(streamsA.tryTake(client));
        QVERIFY(streamsA.tryTake(client));
        // A, alone, beats; B sees it and beats; A sees B and publishes its counts; B reads them.
        a.syncNow();
        b.syncNow();
        a.syncNow();
        b.syncNow();
        QVERIFY(!streamsB.tryTake(client));

        streamsA.giveBack(client);
        a.syncNow();
        b.syncNow();
        QVERIFY(streamsB.tryTake(client));
        b.syncNow();
        a.syncNow();
        QVERIFY(!streamsA.tryTake(client));
    }

    // Nobody reads the counts of a process alone: it writes only a heartbeat, at most every two
    // intervals (here an hour: no second one), and the counts once another process beats.
    void aProcessAloneWritesItsHeartbeatButNoCounts()
    {
        TestDatabase database;
        countWrites(database);
        auto connectionA = database.openAnother(u"a"_s);
        SiteLoadSync a(*connectionA, database.clock, 1'800'000);
        a.start();
        AddressQuota streamsA({2, 100}, a.counts(), AddressLoad::Kind::Streams);
        for (int turn = 0; turn < 20; ++turn) {
            QVERIFY(streamsA.tryTake(QHostAddress(u"10.0.1.%1"_s.arg(turn))));
            a.syncNow();
            streamsA.giveBack(QHostAddress(u"10.0.1.%1"_s.arg(turn)));
            a.syncNow();
        }
        QVERIFY(streamsA.tryTake(client));
        QVERIFY(streamsA.tryTake(client));
        a.syncNow();
        QCOMPARE(writesTo(database, u"web_address_load"_s), 0);
        QCOMPARE(writesTo(database, u"web_processes"_s), 1);

        {
            auto connectionB = database.openAnother(u"b"_s);
            SiteLoadSync b(*connectionB, database.clock, 1'800'000);
            b.start();
            AddressQuota streamsB({2, 100}, b.counts(), AddressLoad::Kind::Streams);
            a.syncNow();
            QCOMPARE(database.scalar(u"SELECT COUNT(*) FROM web_address_load"_s), 1);
            b.syncNow();
            QVERIFY(!streamsB.tryTake(client));
        }
        // Alone again, A takes its counts back.
        a.syncNow();
        QCOMPARE(database.scalar(u"SELECT COUNT(*) FROM web_address_load"_s), 0);
        QCOMPARE(database.scalar(u"SELECT COUNT(*) FROM web_processes"_s), 1);
    }

    void aProcessThatStopsTakesItsCountsAlong()
    {
        TestDatabase database;
        auto connectionB = database.openAnother(u"b"_s);
        SiteLoadSync b(*connectionB, database.clock, 500);
        b.start();
        AddressQuota streamsB({1, 100}, b.counts(), AddressLoad::Kind::Streams);
        {
            auto connectionA = database.openAnother(u"a"_s);
            SiteLoadSync a(*connectionA, database.clock, 500);
            a.start();
            AddressQuota streamsA({1, 100}, a.counts(), AddressLoad::Kind::Streams);
            QVERIFY(streamsA.tryTake(client));
            a.syncNow();
            b.syncNow();
            a.syncNow();
            b.syncNow();
            QVERIFY(!streamsB.tryTake(client));
        }
        b.syncNow();
        QVERIFY(streamsB.tryTake(client));
        QCOMPARE(database.scalar(u"SELECT COUNT(*) FROM web_address_load"_s), 0);
        QCOMPARE(database.scalar(u"SELECT COUNT(*) FROM web_processes"_s), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SiteQuota)
#include "tst_sitequota.moc"
