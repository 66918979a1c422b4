// The table where the web processes of one site publish what each client address holds of
// them: two SiteAddressLoads on two connections of one SQLite file stand for two processes.
#include "siteaddressload.h"
#include "testdatabase.h"

#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 expiryMs = 4000;

/// One process's side: its own connection and its own row in web_processes.
struct Process
{
    explicit Process(TestDatabase &site, const Clock &clock) : database(site.openAnother()), load(*database, clock, expiryMs) {}

    std::unique_ptr<Database> database;
    SiteAddressLoad load;
};

SiteAddressLoad::Others others(const SiteAddressLoad &load)
{
    auto read = load.readOthers();
    if (!read.ok())
        qWarning("%s", qPrintable(read.error().message));
    return read.ok() ? read.value() : SiteAddressLoad::Others{-1, {}};
}

} // namespace

class tst_SiteAddressLoad : public QObject
{
    Q_OBJECT

private slots:
    void eachProcessReadsTheOthersSummedButNotItself()
    {
        TestDatabase site;
        Process a(site, site.clock);
        Process b(site, site.clock);
        Process c(site, site.clock);
        QVERIFY(a.load.processId() != b.load.processId());
        QCOMPARE(others(a.load).liveProcesses, 0);

        QVERIFY(a.load.publish({{u"10.0.0.1"_s, {2, 0, 3}}, {u"10.0.0.2"_s, {0, 1, 1}}}).ok());
        QVERIFY(b.load.publish({{u"10.0.0.1"_s, {1, 4, 2}}}).ok());

        const auto seenByC = others(c.load);
        QCOMPARE(seenByC.liveProcesses, 2);
        QCOMPARE(seenByC.byAddress.size(), 2);
        QCOMPARE(seenByC.byAddress.value(u"10.0.0.1"_s), (AddressLoad{3, 4, 5}));
        QCOMPARE(seenByC.byAddress.value(u"10.0.0.2"_s), (AddressLoad{0, 1, 1}));

        const auto seenByA = others(a.load);
        QCOMPARE(seenByA.liveProcesses, 1);
        QCOMPARE(seenByA.byAddress, (QHash<QString, AddressLoad>{{u"10.0.0.1"_s, {1, 4, 2}}}));
    }

    void onlyTheChangedAddressesAreRewrittenAndZeroLosesItsRow()
    {
        TestDatabase site;
        Process a(site, site.clock);
        Process b(site, site.clock);
        QVERIFY(a.load.publish({{u"10.0.0.1"_s, {2, 0, 3}}, {u"10.0.0.2"_s, {1, 1, 1}}}).ok());
        QVERIFY(a.load.publish({{u"10.0.0.1"_s, {}}, {u"10.0.0.3"_s, {0, 0, 7}}}).ok());

        QCOMPARE(others(b.load).byAddress, (QHash<QString, AddressLoad>{{u"10.0.0.2"_s, {1, 1, 1}},
                                                                      {u"10.0.0.3"_s, {0, 0, 7}}}));
        QCOMPARE(site.scalar(u"SELECT COUNT(*) FROM web_address_load"_s), 2);
    }

    // A process that stops beating (killed, frozen) stops counting after the expiry, and its
    // rows go with the next publish of any process.
    void aSilentProcessIsForgottenAfterTheExpiry()
    {
        TestDatabase site;
        ManualClock clockA(site.clock.now());
        Process a(site, clockA);
        Process b(site, site.clock);
        QVERIFY(a.load.publish({{u"10.0.0.1"_s, {3, 0, 3}}}).ok());

        site.clock.advance(expiryMs);
        QCOMPARE(others(b.load).byAddress.value(u"10.0.0.1"_s), (AddressLoad{3, 0, 3}));
        site.clock.advance(1);
        const auto afterExpiry = others(b.load);
        QCOMPARE(afterExpiry.liveProcesses, 0);
        QVERIFY(afterExpiry.byAddress.isEmpty());
        QCOMPARE(site.scalar(u"SELECT COUNT(*) FROM web_address_load"_s), 1);

        QVERIFY(b.load.publish({}).ok());
        QCOMPARE(site.scalar(u"SELECT COUNT(*) FROM web_address_load"_s), 0);
        QCOMPARE(site.scalar(u"SELECT COUNT(*) FROM web_processes"_s), 1);
    }

    // A heartbeat with nothing changed keeps the counts alive.
    void aHeartbeatKeepsTheCountsAlive()
    {
        TestDatabase site;
        Process a(site, site.clock);
        Process b(site, site.clock);
        QVERIFY(a.load.publish({{u"10.0.0.1"_s, {1, 0, 1}}}).ok());
        site.clock.advance(expiryMs - 1);
        QVERIFY(a.load.publish({}).ok());
        site.clock.advance(expiryMs - 1);
        QCOMPARE(others(b.load).byAddress.value(u"10.0.0.1"_s), (AddressLoad{1, 0, 1}));
    }

    void withdrawingRemovesOnlyThisProcesssRows()
    {
        TestDatabase site;
        Process a(site, site.clock);
        Process b(site, site.clock);
        Process c(site, site.clock);
        QVERIFY(a.load.publish({{u"10.0.0.1"_s, {1, 0, 1}}}).ok());
        QVERIFY(b.load.publish({{u"10.0.0.1"_s, {2, 0, 2}}}).ok());
        QVERIFY(a.load.withdraw().ok());
        const auto seenByC = others(c.load);
        QCOMPARE(seenByC.liveProcesses, 1);
        QCOMPARE(seenByC.byAddress.value(u"10.0.0.1"_s), (AddressLoad{2, 0, 2}));
        QCOMPARE(site.scalar(u"SELECT COUNT(*) FROM web_processes WHERE process_id = ?"_s, {a.load.processId()}), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SiteAddressLoad)
#include "tst_siteaddressload.moc"
