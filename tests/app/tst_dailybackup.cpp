// The daily backup's schedule, with a clock the test moves.
#include "dailybackup.h"
#include "database.h"
#include "databasebackup.h"
#include "migrations.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace boxoffice;
using namespace Qt::StringLiterals;

class tst_DailyBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    const QDateTime m_start{QDate(2026, 12, 1), QTime(2, 0), QTimeZone::utc()};

    QString folderPath(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_database = m_dir.filePath(u"live.sqlite"_s);
        auto opened = Database::open(DatabaseConfig::sqlite(m_database), u"setup"_s);
        QVERIFY(opened.ok() && Migrations::migrate(*opened.value()).ok());
    }

    void takesOneAtOnceThenOnlyWhenADayHasPassed()
    {
        BackupStatus status;
        ManualClock clock(m_start);
        const QString path = folderPath(u"daily"_s);
        DailyBackup daily(DatabaseConfig::sqlite(m_database), [path] { return BackupFolder(path, 7); }, status, clock);
        daily.start();
        QVERIFY(status.state().automatic);
        QCOMPARE(status.state().folder, path);
        QVERIFY(!status.state().lastSuccess.isValid());
        QTRY_COMPARE(status.state().lastSuccess, m_start);
        QCOMPARE(BackupFolder(path, 7).backups().size(), 1);

        clock.advance(22 * 3600 * 1000LL);
        status.requestCheck();
        QCoreApplication::processEvents();
        QCOMPARE(BackupFolder(path, 7).backups().size(), 1);

        clock.advance(1 * 3600 * 1000LL);
        status.requestCheck();
        QTRY_COMPARE(status.state().lastSuccess, m_start.addSecs(23 * 3600));
        QCOMPARE(BackupFolder(path, 7).backups().size(), 2);
        QCOMPARE(DatabaseBackup::check(BackupFolder(path, 7).backups().constLast()).value(), Migrations::latestVersion());
    }

    // A folder chosen in the settings is used from the next check on, and gets a backup at once.
    void aNewFolderGetsABackupAtOnce()
    {
        BackupStatus status;
        ManualClock clock(m_start);
        QString path = folderPath(u"first"_s);
        DailyBackup daily(DatabaseConfig::sqlite(m_database), [&path] { return BackupFolder(path, 7); }, status, clock);
        daily.start();
        QTRY_VERIFY(status.state().lastSuccess.isValid());
        path = folderPath(u"second"_s);
        clock.advance(60 * 1000);
        status.requestCheck();
        QTRY_COMPARE(status.state().folder, path);
        QTRY_COMPARE(BackupFolder(path, 7).backups().size(), 1);
        QCOMPARE(status.state().lastSuccess, m_start.addSecs(60));
    }

    void aFailureIsReported()
    {
        BackupStatus status;
        ManualClock clock(m_start);
        QFile blocker(folderPath(u"a-file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        const QString path = folderPath(u"a-file/backups"_s);
        DailyBackup daily(DatabaseConfig::sqlite(m_database), [path] { return BackupFolder(path, 7); }, status, clock);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^The daily backup failed"_s));
        daily.start();
        QTRY_VERIFY(status.state().lastFailure.isValid());
        QVERIFY2(status.state().failureMessage.contains(path), qPrintable(status.state().failureMessage));
        QVERIFY(!status.state().lastSuccess.isValid());
    }

    void postgresIsLeftToPgDump()
    {
        BackupStatus status;
        ManualClock clock(m_start);
        auto config = DatabaseConfig::fromArgument(u"postgresql://box@127.0.0.1:5432/boxoffice"_s);
        QVERIFY(config.ok());
        bool asked = false;
        DailyBackup daily(config.value(), [&asked] { asked = true; return BackupFolder(QString(), 7); }, status, clock);
        daily.start();
        status.requestCheck();
        QCoreApplication::processEvents();
        QVERIFY(!status.state().automatic);
        QVERIFY(!asked);
    }
};

QTEST_GUILESS_MAIN(tst_DailyBackup)
#include "tst_dailybackup.moc"
