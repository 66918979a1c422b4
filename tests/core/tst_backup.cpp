// Backups of the SQLite database: an online copy taken while bookings go on, putting a copy back,
// and the folder of automatic backups.
#include "backupfolder.h"
#include "databasebackup.h"
#include "demodata.h"
#include "testdatabase.h"

#include <QFile>
#include <QMutex>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <thread>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// Books one seat after another on the demo's shows, each in its own transaction, until told to
/// stop; every booking it was told is committed goes into `acknowledged`.
class Booker final
{
public:
    explicit Booker(const DatabaseConfig &config) : m_thread([this, config] { bookUntilStopped(config); }) {}
    ~Booker()
    {
        m_stop = true;
        m_thread.join();
    }

    QStringList acknowledged() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_acknowledged;
    }
    QString failure() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_failure;
    }

private:
    void bookUntilStopped(const DatabaseConfig &config)
    {
        auto opened = Database::open(config, u"booker"_s);
        if (!opened.ok())
            return fail(opened.error().message);
        SystemClock clock;
        ChangeFeed feed;
        ReservationService reservations(*opened.value(), feed, clock);
        ShowCatalog catalog(*opened.value());
        auto shows = catalog.shows(clock.now(), clock.now().addDays(8), Channel::Counter);
        if (!shows.ok())
            return fail(shows.error().message);
        BookingRequest atTheCounter;
        atTheCounter.channel = Channel::Counter;
        int count = 0;
        for (const Show &show : shows.value()) {
            auto snapshot = catalog.snapshot(show.id);
            if (!snapshot.ok())
                return fail(snapshot.error().message);
            for (const SeatState &seat : snapshot->seats) {
                if (m_stop)
                    return;
                if (seat.status != SeatStatus::Available)
                    continue;
                const QString owner = u"booker-%1"_s.arg(++count);
                auto held = reservations.holdSeats(show.id, {seat.seat.label}, owner, 600s, Channel::Counter);
                if (!held.ok())
                    return fail(held.error().message);
                auto booked = reservations.convertHoldsToBookings(owner, show.id, atTheCounter);
                if (!booked.ok())
                    return fail(booked.error().message);
                const QMutexLocker locker(&m_mutex);
                m_acknowledged.append(booked->reference);
            }
        }
        fail(u"ran out of seats"_s);
    }

    void fail(const QString &message)
    {
        const QMutexLocker locker(&m_mutex);
        m_failure = message;
    }

    mutable QMutex m_mutex;
    QStringList m_acknowledged;
    QString m_failure;
    std::atomic<bool> m_stop = false;
    std::thread m_thread;
};

QString errorOf(const auto &result)
{
    return result.ok() ? QString() : result.error().message;
}

/// An SQLite database with the latest schema and the demo's halls and shows.
std::unique_ptr<Database> demoDatabase(const QString &path)
{
    auto opened = Database::open(DatabaseConfig::sqlite(path), u"demo"_s);
    if (!opened.ok() || !Migrations::migrate(*opened.value()).ok()
        || !DemoData::populate(*opened.value(), SystemClock()).ok())
        return nullptr;
    return std::move(opened.value());
}

qint64 count(const QString &path, const QString &sql)
{
    auto opened = Database::open(DatabaseConfig::sqlite(path), u"count"_s);
    if (!opened.ok())
        return -1;
    auto rows = opened.value()->run(sql);
    return rows.ok() && rows.value().next() ? rows.value().value(0).toLongLong() : -1;
}

} // namespace

class tst_Backup : public QObject
{
    Q_OBJECT

private slots:
    // The copy is the database at the instant it began: every booking acknowledged before then
    // is in it, although another connection kept booking while it was read.
    void backupDuringContinuousBookingsHoldsEveryAcknowledgedBooking()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(u"live.sqlite"_s);
        QVERIFY(demoDatabase(live));
        const QString backup = dir.filePath(u"backup.sqlite"_s);
        const QString restored = dir.filePath(u"restored.sqlite"_s);

        QStringList acknowledgedBefore;
        qsizetype acknowledgedAfter = 0;
        {
            Booker booker(DatabaseConfig::sqlite(live));
            QTRY_VERIFY2_WITH_TIMEOUT(booker.acknowledged().size() >= 20 || !booker.failure().isEmpty(),
                                      "the booker made no bookings", 30'000);
            acknowledgedBefore = booker.acknowledged();
            auto copied = DatabaseBackup::copy(live, backup);
            QVERIFY2(copied.ok(), qPrintable(errorOf(copied)));
            // Still booking after the copy: it was taken while bookings went on.
            QTRY_VERIFY_WITH_TIMEOUT(booker.acknowledged().size() > acknowledgedBefore.size() + 20, 30'000);
            QVERIFY2(booker.failure().isEmpty(), qPrintable(booker.failure()));
            acknowledgedAfter = booker.acknowledged().size();
        }

        auto restoredOver = DatabaseBackup::restore(restored, backup, QDateTime::currentDateTimeUtc());
        QVERIFY2(restoredOver.ok(), qPrintable(errorOf(restoredOver)));
        QVERIFY(restoredOver.value().isEmpty());
        QCOMPARE(DatabaseBackup::check(restored).value(), Migrations::latestVersion());
        auto opened = Database::open(DatabaseConfig::sqlite(restored), u"restored"_s);
        QVERIFY(opened.ok());
        auto integrity = opened.value()->run(u"PRAGMA integrity_check"_s);
        QVERIFY(integrity.ok() && integrity.value().next());
        QCOMPARE(integrity.value().value(0).toString(), u"ok"_s);
        integrity.value().finish();
        ShowCatalog catalog(*opened.value());
        for (const QString &reference : std::as_const(acknowledgedBefore))
            QVERIFY2(catalog.booking(reference).ok(), qPrintable(u"booking %1 is missing"_s.arg(reference)));
        const qint64 bookings = count(restored, u"SELECT COUNT(*) FROM bookings"_s);
        QVERIFY(bookings >= acknowledgedBefore.size());
        QVERIFY(bookings < acknowledgedAfter);
    }

    void backupOfAMissingDatabaseFailsAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"copy.sqlite"_s);
        auto copied = DatabaseBackup::copy(dir.filePath(u"missing.sqlite"_s), target);
        QVERIFY(!copied.ok());
        QVERIFY2(copied.error().message.contains(u"missing.sqlite"_s), qPrintable(copied.error().message));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"missing.sqlite"_s)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void backupOntoTheDatabaseItselfIsRefused()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(u"live.sqlite"_s);
        QVERIFY(demoDatabase(live));
        const qint64 seats = count(live, u"SELECT COUNT(*) FROM seats"_s);
        auto copied = DatabaseBackup::copy(live, dir.filePath(u"./live.sqlite"_s));
        QVERIFY(!copied.ok());
        QVERIFY2(copied.error().message.contains(u"database itself"_s), qPrintable(copied.error().message));
        QCOMPARE(count(live, u"SELECT COUNT(*) FROM seats"_s), seats);
    }

    // A database a crash left with its -wal and -shm: restoring over it keeps it aside whole (its
    // log goes with it) and leaves no log behind that would belong to the wrong database.
    void restoreKeepsTheFormerDatabaseAsideAndLeavesNoLogBehind()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(u"live.sqlite"_s);
        const QString backup = dir.filePath(u"backup.sqlite"_s);
        const QString crashed = dir.filePath(u"crashed.sqlite"_s);
        {
            auto database = demoDatabase(live);
            QVERIFY(database);
            QVERIFY(DatabaseBackup::copy(live, backup).ok());
            QVERIFY(database->run(u"INSERT INTO customers (name, email, created_at) VALUES ('Only in the log', 'x@example.com', 1)"_s).ok());
            QVERIFY(QFileInfo(live + u"-wal"_s).size() > 0);
            // What a kill -9 leaves: the file, its log and the shared memory index.
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QVERIFY(QFile::copy(live + suffix, crashed + suffix));
        }
        const QDateTime now(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::utc());
        auto restored = DatabaseBackup::restore(crashed, backup, now);
        QVERIFY2(restored.ok(), qPrintable(errorOf(restored)));
        QCOMPARE(restored.value(), crashed + u".before-restore-20261201-093000"_s);
        QVERIFY(!QFileInfo::exists(crashed + u"-wal"_s));
        QVERIFY(!QFileInfo::exists(crashed + u"-shm"_s));
        QVERIFY(!QFileInfo::exists(restored.value() + u"-shm"_s));
        const QStringList leftovers = QDir(dir.path()).entryList({u"*restoring*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));

        const QString onlyInTheLog = u"SELECT COUNT(*) FROM customers WHERE name = 'Only in the log'"_s;
        QCOMPARE(count(crashed, onlyInTheLog), 0);
        QCOMPARE(count(restored.value(), onlyInTheLog), 1);
    }

    void restoresWithinOneSecondKeepEachFormerDatabase()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(u"live.sqlite"_s);
        const QString backup = dir.filePath(u"backup.sqlite"_s);
        QVERIFY(demoDatabase(live));
        QVERIFY(DatabaseBackup::copy(live, backup).ok());
        const QDateTime now(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::utc());
        auto first = DatabaseBackup::restore(live, backup, now);
        auto second = DatabaseBackup::restore(live, backup, now);
        QVERIFY2(first.ok() && second.ok(), qPrintable(errorOf(first) + errorOf(second)));
        QCOMPARE(second.value(), first.value() + u"-2"_s);
        QVERIFY(QFileInfo::exists(first.value()));
        QVERIFY(QFileInfo::exists(second.value()));
    }

    void restoreRefusesWhatIsNotASoundBoxOfficeDatabase_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addRow("not a database") << u"text"_s;
        QTest::addRow("another program's database") << u"foreign"_s;
        QTest::addRow("schema from a newer version") << u"newer"_s;
        QTest::addRow("damaged pages") << u"corrupt"_s;
        QTest::addRow("missing file") << u"missing"_s;
    }

    void restoreRefusesWhatIsNotASoundBoxOfficeDatabase()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString live = dir.filePath(u"live.sqlite"_s);
        const QString bad = dir.filePath(u"bad.sqlite"_s);
        QVERIFY(demoDatabase(live));
        const qint64 seats = count(live, u"SELECT COUNT(*) FROM seats"_s);
        if (damage == u"text"_s) {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("these are the minutes of the last meeting\n");
        } else if (damage == u"foreign"_s) {
            auto other = Database::open(DatabaseConfig::sqlite(bad), u"foreign"_s);
            QVERIFY(other.value()->execute(u"CREATE TABLE recipes (name TEXT)"_s).ok());
        } else if (damage == u"newer"_s) {
            QVERIFY(DatabaseBackup::copy(live, bad).ok());
            auto newer = Database::open(DatabaseConfig::sqlite(bad), u"newer"_s);
            QVERIFY(newer.value()->run(u"INSERT INTO schema_version (version) VALUES (999)"_s).ok());
        } else if (damage == u"corrupt"_s) {
            QVERIFY(DatabaseBackup::copy(live, bad).ok());
            QFile file(bad);
            QVERIFY(file.open(QIODevice::ReadWrite));
            // Past the schema, in the middle of the table pages.
            QVERIFY(file.seek(file.size() / 2));
            file.write(QByteArray(4096, '\x5a'));
        }
        QCOMPARE(DatabaseBackup::check(bad).ok(), false);
        auto restored = DatabaseBackup::restore(live, bad, QDateTime::currentDateTimeUtc());
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().message.contains(bad), qPrintable(restored.error().message));
        QCOMPARE(count(live, u"SELECT COUNT(*) FROM seats"_s), seats);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &file : files)
            QVERIFY2(!file.contains(u"before-restore"_s) && !file.contains(u"restoring"_s), qPrintable(file));
    }

    // Only the newest backups stay, and only files named as ours are ever deleted.
    void folderKeepsTheNewestBackupsAndLeavesOtherFilesAlone()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(u"live.sqlite"_s);
        QVERIFY(demoDatabase(live));
        const QString folderPath = dir.filePath(u"backups"_s);
        QVERIFY(QDir().mkpath(folderPath));
        const QStringList others = {u"notes.txt"_s, u"boxoffice.sqlite"_s, u"boxoffice-by-hand.sqlite"_s};
        for (const QString &name : others) {
            QFile file(QDir(folderPath).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const BackupFolder folder(folderPath, 3);
        QVERIFY(!folder.latest().isValid());
        const QDateTime first(QDate(2026, 11, 20), QTime(3, 0), QTimeZone::utc());
        for (int day = 0; day < 5; ++day) {
            auto taken = folder.take(live, u"daily"_s, first.addDays(day));
            QVERIFY2(taken.ok(), qPrintable(errorOf(taken)));
            QVERIFY(QFileInfo::exists(taken.value()));
        }
        const QStringList kept = folder.backups();
        QCOMPARE(kept.size(), 3);
        QVERIFY2(kept.at(0).endsWith(u"boxoffice-20261122-030000-000-daily.sqlite"_s), qPrintable(kept.at(0)));
        QVERIFY(kept.at(2).endsWith(u"boxoffice-20261124-030000-000-daily.sqlite"_s));
        QCOMPARE(folder.latest(), first.addDays(4));
        for (const QString &name : others)
            QVERIFY2(QFileInfo::exists(QDir(folderPath).filePath(name)), qPrintable(name));
        for (const QString &file : kept)
            QCOMPARE(DatabaseBackup::check(file).value(), Migrations::latestVersion());
    }

    // Upgrading a database that has a schema backs it up first, as it was; an empty or current
    // database needs none.
    void backupBeforeMigrationOnlyWhenAnOlderSchemaIsUpgraded()
    {
        QTemporaryDir dir;
        const BackupFolder folder(dir.filePath(u"backups"_s), 7);
        const QDateTime now(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc());

        auto empty = Database::open(DatabaseConfig::sqlite(dir.filePath(u"empty.sqlite"_s)), u"empty"_s);
        auto none = folder.takeBeforeMigration(*empty.value(), now);
        QVERIFY(none.ok() && none.value().isEmpty());
        QVERIFY(Migrations::migrate(*empty.value()).ok());
        none = folder.takeBeforeMigration(*empty.value(), now);
        QVERIFY(none.ok() && none.value().isEmpty());
        QVERIFY(folder.backups().isEmpty());

        auto old = Database::open(DatabaseConfig::sqlite(dir.filePath(u"old.sqlite"_s)), u"old"_s);
        QVERIFY(Migrations::migrate(*old.value(), 2).ok());
        QVERIFY(DemoData::populate(*old.value(), SystemClock()).ok());
        auto taken = folder.takeBeforeMigration(*old.value(), now);
        QVERIFY2(taken.ok(), qPrintable(errorOf(taken)));
        QCOMPARE(folder.backups(), QStringList{taken.value()});
        QVERIFY(taken.value().endsWith(u"-before-schema-%1.sqlite"_s.arg(Migrations::latestVersion())));
        QVERIFY(Migrations::migrate(*old.value()).ok());
        QCOMPARE(DatabaseBackup::check(taken.value()).value(), 2);
        QCOMPARE(count(taken.value(), u"SELECT COUNT(*) FROM shows"_s),
                 count(dir.filePath(u"old.sqlite"_s), u"SELECT COUNT(*) FROM shows"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
