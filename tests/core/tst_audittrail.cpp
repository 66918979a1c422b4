#include "audittrail.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QSet>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
QString failureOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

QList<qint64> idsOf(const AuditPage &page)
{
    QList<qint64> ids;
    for (const AuditRecord &record : page.records)
        ids.append(record.entry.id);
    return ids;
}

/// The test database with two staff accounts (manager Maria, cashier Carl) and a second show.
struct AuditDatabase
{
    AuditDatabase()
    {
        db.exec(u"INSERT INTO staff (id, name, role, secret_hash, created_at) VALUES (1, 'Maria', 'manager', 'x', 0),"
                " (2, 'Carl', 'cashier', 'x', 0)"_s);
        db.exec(u"INSERT INTO shows (id, hall_id, title, starts_at) VALUES (2, 1, 'Second Show', ?)"_s,
                {db.clock.now().addDays(3).toMSecsSinceEpoch()});
    }

    /// Appends an entry `minutes` after the test clock's start.
    void add(int minutes, const QString &actor, const QString &action, qint64 show, const QString &details,
             const QString &reason = {}, qint64 staff = 0, qint64 authorisedBy = 0)
    {
        db.exec(u"INSERT INTO audit_log (at, actor, action, show_id, details, reason, staff_id, authorised_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {db.clock.now().addSecs(minutes * 60).toMSecsSinceEpoch(), actor, action,
                 show > 0 ? QVariant(show) : QVariant(QMetaType::fromType<qint64>()), details, reason,
                 staff > 0 ? QVariant(staff) : QVariant(QMetaType::fromType<qint64>()),
                 authorisedBy > 0 ? QVariant(authorisedBy) : QVariant(QMetaType::fromType<qint64>())});
    }

    /// A day at the counter: ids 1 to 6, oldest first.
    void addDay()
    {
        add(0, u"web:abc"_s, u"hold"_s, 1, u"A1, A2"_s);
        add(10, u"Carl"_s, u"book"_s, 1, u"B1"_s, {}, 2);
        add(20, u"Maria"_s, u"block"_s, 2, u"A3"_s, u"Camera platform"_s, 1);
        add(30, u"Carl"_s, u"unbook"_s, 1, u"B1"_s, u"Customer 50% ill"_s, 2, 1);
        add(40, u"system"_s, u"hold_expired"_s, 1, u"A1, A2"_s);
        add(50, u"Maria"_s, u"delete_customer"_s, 0, u"Priya"_s, u"GDPR erasure"_s, 1);
    }

    QList<qint64> matching(const AuditFilter &filter)
    {
        auto page = trail.newest(filter, 100);
        if (!page.ok())
            qWarning() << page.error().message;
        return page.ok() ? idsOf(page.value()) : QList<qint64>{-1};
    }

    TestDatabase db;
    AuditTrail trail{*db.database};
};

} // namespace

class tst_AuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void eachFilterNarrows()
    {
        AuditDatabase a;
        a.addDay();
        QCOMPARE(a.matching({}), (QList<qint64>{6, 5, 4, 3, 2, 1}));

        AuditFilter staff;
        staff.staffId = 2;
        QCOMPARE(a.matching(staff), (QList<qint64>{4, 2}));

        AuditFilter actions;
        actions.actions = {u"block"_s, u"unbook"_s};
        QCOMPARE(a.matching(actions), (QList<qint64>{4, 3}));

        AuditFilter show;
        show.showId = 2;
        QCOMPARE(a.matching(show), (QList<qint64>{3}));

        // [from, to): the entry at `to` is left out.
        AuditFilter time;
        time.from = a.db.clock.now().addSecs(10 * 60);
        time.to = a.db.clock.now().addSecs(40 * 60);
        QCOMPARE(a.matching(time), (QList<qint64>{4, 3, 2}));
        time.to = QDateTime();
        QCOMPARE(a.matching(time), (QList<qint64>{6, 5, 4, 3, 2}));

        AuditFilter text;
        text.text = u"camera"_s;
        QCOMPARE(a.matching(text), (QList<qint64>{3}));
        text.text = u"a1"_s;
        QCOMPARE(a.matching(text), (QList<qint64>{5, 1}));
        // Wildcards are text, not patterns.
        text.text = u"50%"_s;
        QCOMPARE(a.matching(text), (QList<qint64>{4}));
        text.text = u"5_%"_s;
        QCOMPARE(a.matching(text), QList<qint64>{});

        AuditFilter managerActions;
        managerActions.withReasonOnly = true;
        QCOMPARE(a.matching(managerActions), (QList<qint64>{6, 4, 3}));
    }

    void filtersCombine()
    {
        AuditDatabase a;
        a.addDay();
        AuditFilter filter;
        filter.staffId = 2;
        filter.showId = 1;
        filter.actions = {u"unbook"_s};
        QCOMPARE(a.matching(filter), (QList<qint64>{4}));
        filter.from = a.db.clock.now().addSecs(31 * 60);
        QCOMPARE(a.matching(filter), QList<qint64>{});

        AuditFilter manager;
        manager.staffId = 1;
        manager.text = u"gdpr"_s;
        QCOMPARE(a.matching(manager), (QList<qint64>{6}));
        manager.actions = {u"block"_s};
        QCOMPARE(a.matching(manager), QList<qint64>{});
    }

    void badFiltersAndPageSizesAreRefused()
    {
        AuditDatabase a;
        AuditFilter backwards;
        backwards.from = a.db.clock.now();
        backwards.to = a.db.clock.now().addSecs(-1);
        auto refused = a.trail.newest(backwards, 10);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidField);
        QCOMPARE(a.trail.newest({}, 0).error().code, ErrorCode::InvalidField);
        QCOMPARE(a.trail.newest({}, AuditTrail::maxPageSize + 1).error().code, ErrorCode::InvalidField);
        QVERIFY(a.trail.newest({}, AuditTrail::maxPageSize).ok());
    }

    void namesComeFromTheAccounts()
    {
        AuditDatabase a;
        a.addDay();
        // A renamed account is shown by its name of today; the recorded actor stays as written.
        a.db.exec(u"UPDATE staff SET name = 'Carl Berg' WHERE id = 2"_s);
        auto page = a.trail.newest({}, 10);
        QVERIFY2(page.ok(), qPrintable(failureOf(page)));
        const QList<AuditRecord> &records = page->records;
        QCOMPARE(records.size(), 6);
        const AuditRecord &unbook = records.at(2);
        QCOMPARE(unbook.entry.action, u"unbook"_s);
        QCOMPARE(unbook.staffId, 2);
        QCOMPARE(unbook.staffName, u"Carl Berg"_s);
        QCOMPARE(unbook.entry.actor, u"Carl"_s);
        QCOMPARE(unbook.authorisedById, 1);
        QCOMPARE(unbook.authorisedByName, u"Maria"_s);
        QCOMPARE(unbook.showTitle, u"Test Show"_s);
        QCOMPARE(unbook.entry.at, a.db.clock.now().addSecs(30 * 60));
        // The web and the system have no account: their recorded actor names them.
        QCOMPARE(records.at(1).staffName, u"system"_s);
        QCOMPARE(records.at(1).staffId, 0);
        QCOMPARE(records.at(5).staffName, u"web:abc"_s);
        QVERIFY(records.at(5).authorisedByName.isEmpty());
        QCOMPARE(records.at(3).showTitle, u"Second Show"_s);
        QVERIFY(records.at(0).showTitle.isEmpty());
    }

    void listsTheRecentActions()
    {
        AuditDatabase a;
        QCOMPARE(a.trail.recentActions(100).value(), QStringList{});
        a.addDay();
        a.add(60, u"web:x"_s, u"hold"_s, 1, u"B2"_s);
        QCOMPARE(a.trail.recentActions(100).value(), (QStringList{u"block"_s, u"book"_s, u"delete_customer"_s,
                                                                  u"hold"_s, u"hold_expired"_s, u"unbook"_s}));
        QCOMPARE(a.trail.recentActions(3).value(), (QStringList{u"delete_customer"_s, u"hold"_s, u"hold_expired"_s}));
    }

    void listsEveryShowCancelledToo()
    {
        AuditDatabase a;
        a.db.exec(u"UPDATE shows SET cancelled_at = 1 WHERE id = 1"_s);
        auto shows = a.trail.shows();
        QVERIFY2(shows.ok(), qPrintable(failureOf(shows)));
        QCOMPARE(shows->size(), 2);
        QCOMPARE(shows->at(0).title, u"Second Show"_s);
        QCOMPARE(shows->at(1).id, 1);
        QCOMPARE(shows->at(1).startsAt, a.db.clock.now().addDays(2));
    }

    void pagesThroughThousandsWithoutGapsOrRepeats_data()
    {
        QTest::addColumn<bool>("onlyCarl");
        QTest::newRow("everything") << false;
        QTest::newRow("one cashier") << true;
    }

    void pagesThroughThousandsWithoutGapsOrRepeats()
    {
        QFETCH(bool, onlyCarl);
        constexpr int entries = 5000;
        constexpr int pageSize = 97;
        AuditDatabase a;
        auto inserted = a.db.database->write<bool>([&]() -> Result<bool> {
            for (int i = 0; i < entries; ++i) {
                auto row = a.db.database->run(
                        u"INSERT INTO audit_log (at, actor, action, show_id, details, staff_id) VALUES (?, ?, ?, 1, ?, ?)"_s,
                        {a.db.clock.now().addSecs(i).toMSecsSinceEpoch(), u"x"_s, u"hold"_s, QString::number(i),
                         i % 3 == 0 ? QVariant(qint64(2)) : QVariant(qint64(1))});
                if (!row.ok())
                    return row.error();
            }
            return true;
        });
        QVERIFY2(inserted.ok(), qPrintable(failureOf(inserted)));
        AuditFilter filter;
        QList<qint64> expected;
        for (qint64 id = entries; id >= 1; --id) {
            if (!onlyCarl || (id - 1) % 3 == 0)
                expected.append(id);
        }
        if (onlyCarl)
            filter.staffId = 2;

        // Older, page by page, from the newest to the oldest.
        QList<QList<qint64>> pages;
        auto page = a.trail.newest(filter, pageSize);
        QVERIFY2(page.ok(), qPrintable(failureOf(page)));
        QVERIFY(!page->hasNewer);
        QList<qint64> seen;
        while (true) {
            QVERIFY(!page->records.isEmpty());
            QVERIFY(page->records.size() <= pageSize);
            pages.append(idsOf(page.value()));
            seen += pages.constLast();
            QCOMPARE(page->hasNewer, pages.size() > 1);
            if (!page->hasOlder)
                break;
            QVERIFY(pages.size() <= entries / pageSize + 1);
            page = a.trail.olderThan(filter, page->records.constLast().entry.id, pageSize);
            QVERIFY2(page.ok(), qPrintable(failureOf(page)));
        }
        QCOMPARE(seen, expected);

        // And newer again from the oldest page: the same pages, each newest first.
        for (qsizetype index = pages.size() - 2; index >= 0; --index) {
            page = a.trail.newerThan(filter, pages.at(index + 1).constFirst(), pageSize);
            QVERIFY2(page.ok(), qPrintable(failureOf(page)));
            QCOMPARE(idsOf(page.value()), pages.at(index));
            QVERIFY(page->hasOlder);
            QCOMPARE(page->hasNewer, index > 0);
        }
    }

    void pagesAtTheEdges()
    {
        AuditDatabase a;
        QVERIFY(a.trail.newest({}, 10)->records.isEmpty());
        a.addDay();
        auto past = a.trail.olderThan({}, 1, 10);
        QVERIFY(past->records.isEmpty());
        QVERIFY(!past->hasOlder);
        QVERIFY(past->hasNewer);
        auto future = a.trail.newerThan({}, 6, 10);
        QVERIFY(future->records.isEmpty());
        QVERIFY(!future->hasNewer);
        QVERIFY(future->hasOlder);
        auto middle = a.trail.olderThan({}, 4, 2);
        QCOMPARE(idsOf(middle.value()), (QList<qint64>{3, 2}));
        QVERIFY(middle->hasNewer && middle->hasOlder);
    }

    void exportsCsvQuotedAndDefused()
    {
        AuditDatabase a;
        a.addDay();
        a.add(60, u"Maria"_s, u"block"_s, 1, u"=HYPERLINK(\"http://x\")"_s, u"-1, \"broken\"\nseat"_s, 1);
        a.add(61, u"@evil"_s, u"block"_s, 1, u"+1"_s, u"Plain"_s);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        AuditFilter blocks;
        blocks.actions = {u"block"_s};
        // Pages of 1 entry: the export goes through every page.
        auto written = a.trail.exportCsv(blocks, buffer, QTimeZone::utc(), 1);
        QVERIFY2(written.ok(), qPrintable(failureOf(written)));
        QCOMPARE(written.value(), 3);
        const QByteArray csv = buffer.data();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        const QStringList lines = text.split(u"\r\n"_s);
        QCOMPARE(lines.at(0), u"id,time,staff_id,staff,authorised_by,action,show_id,show,details,reason"_s);
        QCOMPARE(lines.at(1), u"8,2026-11-27T11:01:00+00:00,,'@evil,,block,1,Test Show,'+1,Plain"_s);
        QCOMPARE(lines.at(2), u"7,2026-11-27T11:00:00+00:00,1,Maria,,block,1,Test Show,\"'=HYPERLINK(\"\"http://x\"\")\","
                              "\"'-1, \"\"broken\"\"\nseat\""_s);
        QCOMPARE(lines.at(3), u"3,2026-11-27T10:20:00+00:00,1,Maria,,block,2,Second Show,A3,Camera platform"_s);
        QCOMPARE(lines.at(4), QString());
        QCOMPARE(lines.size(), 5);

        // In the venue's zone, as its clocks show the time.
        QBuffer local;
        QVERIFY(local.open(QIODevice::WriteOnly));
        AuditFilter first;
        first.to = a.db.clock.now().addSecs(1);
        QCOMPARE(a.trail.exportCsv(first, local, QTimeZone(QByteArrayLiteral("Europe/Berlin"))).value(), 1);
        QVERIFY2(local.data().contains(",2026-11-27T11:00:00+01:00,"), local.data().constData());
    }

    void exportReportsAFailedWrite()
    {
        AuditDatabase a;
        a.addDay();
        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        auto written = a.trail.exportCsv({}, readOnly, QTimeZone::utc());
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(u"could not be written"_s), qPrintable(written.error().message));
    }

    void staffFilterReadsItsIndex()
    {
        AuditDatabase a;
        a.addDay();
        a.db.exec(u"ANALYZE"_s);
        AuditFilter filter;
        filter.staffId = 2;
        auto plan = a.trail.queryPlan(filter);
        QVERIFY2(plan.ok(), qPrintable(failureOf(plan)));
        const QString steps = plan->join(u'\n');
        QVERIFY2(steps.contains(u"USING INDEX audit_log_staff"_s), qPrintable(steps));
        QVERIFY2(!steps.contains(u"TEMP B-TREE"_s), qPrintable(steps));
        // With an action, a show and a time too, the staff index still leads.
        filter.actions = {u"unbook"_s};
        filter.showId = 1;
        filter.from = a.db.clock.now();
        plan = a.trail.queryPlan(filter);
        QVERIFY2(plan->join(u'\n').contains(u"USING INDEX audit_log_staff"_s), qPrintable(plan->join(u'\n')));
        // Without filters the log is read by its key, newest first, with no sorting.
        plan = a.trail.queryPlan({});
        QVERIFY2(!plan->join(u'\n').contains(u"TEMP B-TREE"_s), qPrintable(plan->join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(tst_AuditTrail)
#include "tst_audittrail.moc"
