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
            QVERIFY(!streamsB.tryTake(client));
        }
        b.syncNow();
        QVERIFY(streamsB.tryTake(client));
        QCOMPARE(database.scalar(u"SELECT COUNT(*) FROM web_processes"_s), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SiteQuota)
#include "tst_sitequota.moc"
