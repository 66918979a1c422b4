#include "demodata.h"
#include "testdatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private slots:
    // A process killed in the middle of a stream of bookings leaves a sound database that holds
    // every booking it acknowledged.
    void killedWriterLosesNothingItAcknowledged_data()
    {
        QTest::addColumn<int>("killAfter");
        QRandomGenerator random(quint32(QDateTime::currentMSecsSinceEpoch()));
        for (int i = 0; i < 3; ++i) {
            const int killAfter = random.bounded(5, 60);
            QTest::addRow("kill after %d acknowledgements", killAfter) << killAfter;
        }
    }

    void killedWriterLosesNothingItAcknowledged()
    {
        QFETCH(int, killAfter);
        TestDatabase db;
        // The demo's Grand Hall: 500 seats to book one by one.
        db.removeTestHall();
        QVERIFY(DemoData::populate(*db.database, db.clock).ok());
        const qint64 show = db.scalar(u"SELECT MIN(id) FROM shows WHERE hall_id = (SELECT id FROM halls WHERE name = 'Grand Hall')"_s);
        // The worker runs on the system's clock: web bookings are taken only before their deadline.
        db.exec(u"UPDATE shows SET starts_at = ? WHERE id = ?"_s,
                {QDateTime::currentDateTimeUtc().addDays(2).toMSecsSinceEpoch(), show});
        QProcess writer;
        writer.start(QStringLiteral(BOXOFFICE_CORE_WORKER),
                     {u"book-stream"_s, db.config.sqlitePath, QString::number(show)});
        QVERIFY(writer.waitForStarted());

        QList<QPair<QString, QString>> acknowledged;
        QByteArray pending;
        while (acknowledged.size() < killAfter) {
            QVERIFY2(writer.waitForReadyRead(30'000), "the writer stopped acknowledging");
            pending += writer.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype end = pending.indexOf('\n');
                const QList<QByteArray> fields = pending.left(end).split(' ');
                pending.remove(0, end + 1);
                QCOMPARE(fields.size(), 3);
                acknowledged.append({QString::fromLatin1(fields.at(1)), QString::fromLatin1(fields.at(2))});
            }
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10'000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // Whatever it printed before dying was acknowledged too.
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 3)
                acknowledged.append({QString::fromLatin1(fields.at(1)), QString::fromLatin1(fields.at(2))});
        }

        auto reopened = db.openAnother(u"after-crash"_s);
        QVERIFY(reopened);
        auto integrity = reopened->run(u"PRAGMA integrity_check"_s);
        QVERIFY(integrity.ok() && integrity.value().next());
        QCOMPARE(integrity.value().value(0).toString(), u"ok"_s);
        integrity.value().finish();
        ShowCatalog catalog(*reopened);
        for (const auto &[reference, seat] : std::as_const(acknowledged)) {
            auto booking = catalog.booking(reference);
            QVERIFY2(booking.ok(), qPrintable(u"acknowledged booking %1 is missing"_s.arg(reference)));
            QCOMPARE(booking->seats.size(), 1);
            QCOMPARE(booking->seats.at(0).label, seat);
        }
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
