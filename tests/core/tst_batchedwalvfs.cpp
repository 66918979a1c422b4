// The VFS behind every SQLite connection of Database: a commit's log frames leave in one write,
// and nothing SQLite or another connection reads ever differs from what SQLite wrote.
#include "batchedwalvfs.h"
#include "database.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cerrno>
#include <sys/types.h>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

using PwriteFunction = ssize_t (*)(int, const void *, size_t, off_t);

/// The unix VFS's own pwrite, counted and, on request, failing as a full disk does.
struct PwriteSpy
{
    const char *name = nullptr;
    PwriteFunction real = nullptr;
    int calls = 0;
    bool failAsFullDisk = false;
};
PwriteSpy spy;

ssize_t spiedPwrite(int fd, const void *data, size_t size, off_t offset)
{
    ++spy.calls;
    if (spy.failAsFullDisk) {
        errno = ENOSPC;
        return -1;
    }
    return spy.real(fd, data, size, offset);
}

} // namespace

class TestBatchedWalVfs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(BatchedWalVfs::name());
        sqlite3_vfs *platform = sqlite3_vfs_find(nullptr);
        QVERIFY(platform && platform->xGetSystemCall);
        // The unix VFS uses one of the two, depending on how SQLite was built.
        for (const char *name : {"pwrite64", "pwrite"}) {
            if (sqlite3_syscall_ptr call = platform->xGetSystemCall(platform, name)) {
                spy.name = name;
                spy.real = reinterpret_cast<PwriteFunction>(call);
                break;
            }
        }
        QVERIFY(spy.name);
        QCOMPARE(platform->xSetSystemCall(platform, spy.name, reinterpret_cast<sqlite3_syscall_ptr>(spiedPwrite)),
                 SQLITE_OK);
    }

    void cleanupTestCase()
    {
        sqlite3_vfs *platform = sqlite3_vfs_find(nullptr);
        platform->xSetSystemCall(platform, spy.name, nullptr);
    }

    void init()
    {
        spy.calls = 0;
        spy.failAsFullDisk = false;
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"log-%1.sqlite"_s.arg(++m_files));
    }

    void aCommitReachesTheLogInOneWrite()
    {
        auto opened = Database::open(DatabaseConfig::sqlite(m_path), u"writer"_s);
        QVERIFY(opened.ok());
        Database &database = *opened.value();
        // No checkpoint: it would write the database file within the commit.
        QVERIFY(database.run(u"PRAGMA wal_autocheckpoint = 0"_s).ok());
        for (int table = 0; table < tables; ++table)
            QVERIFY(database.execute(u"CREATE TABLE t%1 (id INTEGER PRIMARY KEY, note TEXT)"_s.arg(table)).ok());

        spy.calls = 0;
        auto written = database.write<bool>([&]() -> Result<bool> {
            for (int table = 0; table < tables; ++table) {
                auto inserted = database.run(u"INSERT INTO t%1 (note) VALUES ('one page each')"_s.arg(table));
                if (!inserted.ok())
                    return inserted.error();
            }
            return true;
        });
        QVERIFY(written.ok());
        QCOMPARE(spy.calls, 1);

        // The same commit through the platform's VFS alone: a header and a page per table.
        sqlite3 *plain = nullptr;
        QCOMPARE(sqlite3_open_v2(qPrintable(m_dir.filePath(u"plain.sqlite"_s)), &plain,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(plain, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0", nullptr, nullptr,
                              nullptr),
                 SQLITE_OK);
        for (int table = 0; table < tables; ++table)
            sqlite3_exec(plain, qPrintable(u"CREATE TABLE t%1 (id INTEGER PRIMARY KEY, note TEXT)"_s.arg(table)),
                         nullptr, nullptr, nullptr);
        spy.calls = 0;
        QString transaction = u"BEGIN IMMEDIATE;"_s;
        for (int table = 0; table < tables; ++table)
            transaction += u"INSERT INTO t%1 (note) VALUES ('one page each');"_s.arg(table);
        QCOMPARE(sqlite3_exec(plain, qPrintable(transaction + u"COMMIT"_s), nullptr, nullptr, nullptr), SQLITE_OK);
        QVERIFY2(spy.calls >= 2 * tables, qPrintable(u"%1 writes"_s.arg(spy.calls)));
        sqlite3_close(plain);
    }

    void otherConnectionsSeeEveryCommitAtOnce_data()
    {
        QTest::addColumn<QString>("synchronous");
        QTest::newRow("full: written out before the sync") << u"FULL"_s;
        // Without a sync, SQLite publishes the commit right after writing its last frame.
        QTest::newRow("normal: written out with the commit frame") << u"NORMAL"_s;
    }

    void otherConnectionsSeeEveryCommitAtOnce()
    {
        QFETCH(QString, synchronous);
        auto writer = Database::open(DatabaseConfig::sqlite(m_path), u"writer"_s);
        auto reader = Database::open(DatabaseConfig::sqlite(m_path), u"reader"_s);
        QVERIFY(writer.ok() && reader.ok());
        QVERIFY(writer.value()->run(u"PRAGMA synchronous = %1"_s.arg(synchronous)).ok());
        QVERIFY(writer.value()->execute(u"CREATE TABLE pages (id INTEGER PRIMARY KEY, round INTEGER, body TEXT)"_s)
                        .ok());
        for (int round = 1; round <= 200; ++round) {
            // Several pages per commit, rewritten every round.
            const QString body = QString(3000, QChar(u'a' + round % 26));
            auto written = writer.value()->write<bool>([&]() -> Result<bool> {
                auto replaced = writer.value()->run(u"INSERT OR REPLACE INTO pages (id, round, body) VALUES (?, ?, ?)"_s,
                                                    {round % 7, round, body});
                if (!replaced.ok())
                    return replaced.error();
                return true;
            });
            QVERIFY(written.ok());
            auto seen = reader.value()->run(u"SELECT round, body FROM pages WHERE id = ?"_s, {round % 7});
            QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error().message));
            QVERIFY(seen.value().next());
            QCOMPARE(seen.value().value(0).toInt(), round);
            QCOMPARE(seen.value().value(1).toString(), body);
        }
    }

    void aTransactionLargerThanTheCacheCommitsAndRollsBack()
    {
        auto opened = Database::open(DatabaseConfig::sqlite(m_path), u"writer"_s);
        QVERIFY(opened.ok());
        Database &database = *opened.value();
        // A tiny cache makes SQLite spill pages to the log mid-transaction and read them back.
        QVERIFY(database.run(u"PRAGMA cache_size = 8"_s).ok());
        QVERIFY(database.execute(u"CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT)"_s).ok());
        const auto insertMany = [&](int from, bool keep) {
            return database.write<bool>([&]() -> Result<bool> {
                for (int id = from; id < from + 400; ++id) {
                    auto inserted = database.run(u"INSERT INTO rows (id, body) VALUES (?, ?)"_s,
                                                 {id, QString(600, QChar(u'a' + id % 26))});
                    if (!inserted.ok())
                        return inserted.error();
                }
                auto counted = database.run(u"SELECT COUNT(*), SUM(LENGTH(body)) FROM rows"_s);
                if (!counted.ok() || !counted.value().next() || counted.value().value(1).toInt() != 600 * (from + 400))
                    return Error{ErrorCode::DatabaseError, u"spilled rows did not read back"_s, {}};
                if (!keep)
                    return Error{ErrorCode::InvalidField, u"rolled back on purpose"_s, {}};
                return true;
            });
        };
        QVERIFY(insertMany(0, true).ok());
        QCOMPARE(insertMany(400, false).error().code, ErrorCode::InvalidField);
        QVERIFY(insertMany(400, true).ok());

        auto fresh = Database::open(DatabaseConfig::sqlite(m_path), u"fresh"_s);
        QVERIFY(fresh.ok());
        auto checked = fresh.value()->run(u"PRAGMA integrity_check"_s);
        QVERIFY(checked.ok() && checked.value().next());
        QCOMPARE(checked.value().value(0).toString(), u"ok"_s);
        auto counted = fresh.value()->run(u"SELECT COUNT(*), MIN(id), MAX(id) FROM rows"_s);
        QVERIFY(counted.ok() && counted.value().next());
        QCOMPARE(counted.value().value(0).toInt(), 800);
        QCOMPARE(counted.value().value(2).toInt(), 799);
    }

    void aFailedLogWriteFailsTheCommitAndLosesNothing()
    {
        auto opened = Database::open(DatabaseConfig::sqlite(m_path), u"writer"_s);
        QVERIFY(opened.ok());
        Database &database = *opened.value();
        QVERIFY(database.execute(u"CREATE TABLE bookings (id INTEGER PRIMARY KEY, reference TEXT)"_s).ok());
        const auto book = [&](const QString &reference, bool diskFillsUp) {
            return database.write<bool>([&]() -> Result<bool> {
                auto inserted = database.run(u"INSERT INTO bookings (reference) VALUES (?)"_s, {reference});
                if (!inserted.ok())
                    return inserted.error();
                // The frames are written at commit, after this returns.
                spy.failAsFullDisk = diskFillsUp;
                return true;
            });
        };
        QVERIFY(book(u"BO-KEPT"_s, false).ok());
        auto failed = book(u"BO-LOST"_s, true);
        spy.failAsFullDisk = false;
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::StorageFull);
        QVERIFY(book(u"BO-LATER"_s, false).ok());

        auto fresh = Database::open(DatabaseConfig::sqlite(m_path), u"fresh"_s);
        QVERIFY(fresh.ok());
        auto references = fresh.value()->run(u"SELECT reference FROM bookings ORDER BY id"_s);
        QVERIFY(references.ok());
        QStringList found;
        while (references.value().next())
            found.append(references.value().value(0).toString());
        QCOMPARE(found, (QStringList{u"BO-KEPT"_s, u"BO-LATER"_s}));
        auto checked = fresh.value()->run(u"PRAGMA integrity_check"_s);
        QVERIFY(checked.ok() && checked.value().next());
        QCOMPARE(checked.value().value(0).toString(), u"ok"_s);
    }

    void aPathOfAnyCharactersIsOpenedAsItIs()
    {
        // The VFS is chosen by URI, where these characters mean something.
        const QString folder = m_dir.filePath(u"Kasse #1? 100%20 Bühne"_s);
        const QString path = folder + u"/box office.sqlite"_s;
        auto opened = Database::open(DatabaseConfig::sqlite(path), u"odd path"_s);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QVERIFY(opened.value()->execute(u"CREATE TABLE kept (id INTEGER PRIMARY KEY)"_s).ok());
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QDir(folder).entryList(QDir::Files).filter(u".sqlite"_s).first(), u"box office.sqlite"_s);
    }

private:
    static constexpr int tables = 6;
    QTemporaryDir m_dir;
    QString m_path;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestBatchedWalVfs)
#include "tst_batchedwalvfs.moc"
