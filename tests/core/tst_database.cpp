#include "database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace boxoffice;
using namespace Qt::StringLiterals;

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(DatabaseConfig::sqlite(m_dir.filePath(u"db.sqlite"_s)), u"test"_s);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        m_database = std::move(opened.value());
        QVERIFY(m_database->execute(u"CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT UNIQUE,"
                                    " price REAL, photo BLOB, note TEXT)"_s).ok());
        QVERIFY(m_database->run(u"DELETE FROM items"_s).ok());
    }

    void cleanup() { m_database.reset(); }

    void valuesComeBackAsTheyWent()
    {
        const QByteArray photo("\x00\x01\xfe\xff", 4);
        QVERIFY(m_database->run(u"INSERT INTO items (id, name, price, photo, note) VALUES (?, ?, ?, ?, ?)"_s,
                                {qint64(1) << 40, u"Zauberflöte – 魔笛"_s, 12.5, photo, QVariant()})
                        .ok());
        auto rows = m_database->run(u"SELECT id, name, price, photo, note FROM items"_s);
        QVERIFY(rows.ok());
        QVERIFY(rows.value().next());
        QCOMPARE(rows.value().value(0).toLongLong(), qint64(1) << 40);
        QCOMPARE(rows.value().value(1).toString(), u"Zauberflöte – 魔笛"_s);
        QCOMPARE(rows.value().value(2).toDouble(), 12.5);
        QCOMPARE(rows.value().value(3).toByteArray(), photo);
        QVERIFY(rows.value().value(4).isNull());
        QVERIFY(!rows.value().next());
    }

    // Reading stale rows is a mistake that debug builds stop at once; release builds report it.
    void rowsReadAfterTheirStatementRanAgainFailTheirTransaction()
    {
#ifndef QT_NO_DEBUG
        QSKIP("Debug builds assert on rows read after their statement ran again.");
#endif
        for (int id = 1; id <= 3; ++id)
            QVERIFY(m_database->run(u"INSERT INTO items (id, name) VALUES (?, ?)"_s, {id, u"n%1"_s.arg(id)}).ok());
        const QString sql = u"SELECT id FROM items ORDER BY id"_s;
        QString firstError;
        auto written = m_database->write<bool>([&]() -> Result<bool> {
            auto first = m_database->run(sql);
            if (!first.ok() || !first.value().next() || first.value().value(0).toInt() != 1)
                return Error{ErrorCode::DatabaseError, u"first run"_s, {}};
            auto second = m_database->run(sql);
            if (!second.ok() || !second.value().next() || second.value().value(0).toInt() != 1)
                return Error{ErrorCode::DatabaseError, u"second run"_s, {}};
            // The statement is shared: the first rows must not step the second run on, nor end as if empty.
            if (first.value().next() || !first.value().value(0).isNull())
                return Error{ErrorCode::DatabaseError, u"the first rows went on"_s, {}};
            firstError = first.value().error();
            first.value().finish();
            if (!second.value().next() || second.value().value(0).toInt() != 2)
                return Error{ErrorCode::DatabaseError, u"the second rows were disturbed"_s, {}};
            second.value().finish();
            // A caller that does not look at the rows' error still cannot commit.
            auto inserted = m_database->run(u"INSERT INTO items (id, name) VALUES (4, 'n4')"_s);
            return inserted.ok() ? Result<bool>(true) : Result<bool>(inserted.error());
        });
        QVERIFY(!firstError.isEmpty());
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::DatabaseError);
        QCOMPARE(written.error().message, firstError);
        auto count = m_database->run(u"SELECT COUNT(*) FROM items"_s);
        QVERIFY(count.ok() && count.value().next());
        QCOMPARE(count.value().value(0).toInt(), 3);
        count.value().finish();
        // The next transaction starts clean.
        QVERIFY(m_database->read<bool>([&]() -> Result<bool> {
            auto rows = m_database->run(sql);
            return rows.ok() && rows.value().next() ? Result<bool>(true) : Result<bool>(rows.error());
        }).ok());
    }

    void rowsOfKeptStatementsEndWithTheirRun()
    {
        for (int id = 1; id <= 3; ++id)
            QVERIFY(m_database->run(u"INSERT INTO items (id, name) VALUES (?, ?)"_s, {id, u"n%1"_s.arg(id)}).ok());
        auto read = m_database->read<bool>([&]() -> Result<bool> {
            auto first = m_database->run(u"SELECT id FROM items ORDER BY id"_s);
            if (!first.ok() || !first.value().next() || first.value().value(0).toInt() != 1)
                return Error{ErrorCode::DatabaseError, u"first run"_s, {}};
            first.value().finish();
            auto second = m_database->run(u"SELECT id FROM items ORDER BY id"_s);
            if (!second.ok())
                return second.error();
            int rows = 0;
            while (second.value().next())
                ++rows;
            if (rows != 3 || !second.value().error().isEmpty())
                return Error{ErrorCode::DatabaseError, u"the second run read %1 rows"_s.arg(rows), {}};
            return true;
        });
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    }

    void rowsMayOutliveTheTransaction()
    {
        QVERIFY(m_database->run(u"INSERT INTO items (id, name) VALUES (1, 'kept')"_s).ok());
        std::optional<SqlRows> kept;
        auto read = m_database->read<bool>([&]() -> Result<bool> {
            auto rows = m_database->run(u"SELECT name FROM items"_s);
            if (!rows.ok())
                return rows.error();
            kept.emplace(std::move(rows.value()));
            return true;
        });
        QVERIFY(read.ok());
        // Many distinct statements make the connection drop its cache, and the rows' statement with it.
        for (int i = 0; i < 300; ++i) {
            auto many = m_database->read<bool>([&]() -> Result<bool> {
                auto rows = m_database->run(u"SELECT %1 FROM items"_s.arg(i));
                return rows.ok() ? Result<bool>(true) : Result<bool>(rows.error());
            });
            QVERIFY(many.ok());
        }
#ifdef QT_NO_DEBUG
        // Read after their transaction ended: no rows, and said so.
        QVERIFY(!kept->next());
        QVERIFY(!kept->error().isEmpty());
#endif
        kept.reset();
        QVERIFY(m_database->run(u"SELECT name FROM items"_s).ok());
    }

    void aBrokenUniqueConstraintIsToldApart()
    {
        QVERIFY(m_database->run(u"INSERT INTO items (name) VALUES (?)"_s, {u"twice"_s}).ok());
        QVERIFY(!m_database->lastRunViolatedUniqueness());
        auto again = m_database->run(u"INSERT INTO items (name) VALUES (?)"_s, {u"twice"_s});
        QVERIFY(!again.ok());
        QVERIFY(m_database->lastRunViolatedUniqueness());
        QCOMPARE(again.error().code, ErrorCode::DatabaseError);
        QVERIFY2(again.error().message.contains(u"UNIQUE"_s), qPrintable(again.error().message));
        QVERIFY(m_database->run(u"SELECT 1"_s).ok());
        QVERIFY(!m_database->lastRunViolatedUniqueness());
    }

    void wrongNumberOfValuesIsRefused()
    {
        auto tooFew = m_database->run(u"INSERT INTO items (id, name) VALUES (?, ?)"_s, {1});
        QVERIFY(!tooFew.ok());
        QVERIFY2(tooFew.error().message.contains(u"wrong number of values"_s), qPrintable(tooFew.error().message));
        auto badSql = m_database->run(u"SELEKT 1"_s);
        QVERIFY(!badSql.ok());
        QVERIFY2(badSql.error().message.contains(u"SELEKT"_s), qPrintable(badSql.error().message));
    }

    void failedWorkIsRolledBack()
    {
        auto failed = m_database->write<bool>([&]() -> Result<bool> {
            auto inserted = m_database->run(u"INSERT INTO items (id, name) VALUES (7, 'lost')"_s);
            if (!inserted.ok())
                return inserted.error();
            return Error{ErrorCode::InvalidField, u"refused"_s, {}};
        });
        QVERIFY(!failed.ok());
        auto count = m_database->run(u"SELECT COUNT(*) FROM items"_s);
        QVERIFY(count.ok() && count.value().next());
        QCOMPARE(count.value().value(0).toInt(), 0);
    }

    void insertGivesTheNewIdOrNoneWhenSkipped()
    {
        const QString sql = u"INSERT INTO items (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s;
        auto first = m_database->insert(sql, {u"first"_s});
        auto second = m_database->insert(sql, {u"second"_s});
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first.value() > 0);
        QCOMPARE(second.value(), first.value() + 1);
        auto skipped = m_database->insert(sql, {u"first"_s});
        QVERIFY(skipped.ok());
        QCOMPARE(skipped.value(), 0);
    }

    void changeCountsTheRowsItChanged()
    {
        for (int id = 1; id <= 3; ++id)
            QVERIFY(m_database->run(u"INSERT INTO items (id, name, price) VALUES (?, ?, ?)"_s,
                                    {id, u"n%1"_s.arg(id), id * 10}).ok());
        QCOMPARE(m_database->change(u"UPDATE items SET note = 'cheap' WHERE price < ?"_s, {25}).value(), 2);
        QCOMPARE(m_database->change(u"UPDATE items SET note = 'none' WHERE id = ?"_s, {99}).value(), 0);
        QCOMPARE(m_database->change(u"DELETE FROM items WHERE note = 'cheap'"_s, {}).value(), 2);
    }

    void aKeptStatementIsFoundByItsTextNotItsAddress()
    {
        // Statements written as literals are looked up by where their text lies; text that
        // changes in place must still run as what it says now.
        char16_t text[] = u"SELECT 1";
        const QString sql = QString::fromRawData(reinterpret_cast<const QChar *>(text), 8);
        const auto runInTransaction = [&]() {
            return m_database->read<int>([&]() -> Result<int> {
                auto rows = m_database->run(sql);
                if (!rows.ok())
                    return rows.error();
                return rows.value().next() ? rows.value().value(0).toInt() : -1;
            });
        };
        QCOMPARE(runInTransaction().value(), 1);
        QCOMPARE(runInTransaction().value(), 1);
        text[7] = u'2';
        QCOMPARE(runInTransaction().value(), 2);
    }

    void aFullDiskIsToldApart()
    {
        // max_page_count fails a write that needs a new page with SQLITE_FULL, the code SQLite's
        // own file layer gives for ENOSPC.
        auto pages = m_database->run(u"PRAGMA page_count"_s);
        QVERIFY(pages.ok() && pages.value().next());
        const qint64 pageCount = pages.value().value(0).toLongLong();
        pages.value().finish();
        QVERIFY(m_database->execute(u"PRAGMA max_page_count = %1"_s.arg(pageCount)).ok());
        const auto insertPhoto = [&](int id) {
            return m_database->write<bool>([&]() -> Result<bool> {
                auto inserted = m_database->run(u"INSERT INTO items (id, photo) VALUES (?, ?)"_s,
                                                {id, QByteArray(16 * 1024, 'p')});
                if (!inserted.ok())
                    return inserted.error();
                return true;
            });
        };
        const auto refused = insertPhoto(1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::StorageFull);
        QVERIFY(m_database->storageFull());

        QVERIFY(m_database->execute(u"PRAGMA max_page_count = 1000000"_s).ok());
        QVERIFY(insertPhoto(2).ok());
        QVERIFY(!m_database->storageFull());
        auto ids = m_database->run(u"SELECT group_concat(id) FROM items"_s);
        QVERIFY(ids.ok() && ids.value().next());
        QCOMPARE(ids.value().value(0).toString(), u"2"_s);
    }

    void storageFullIsToldApartOnBothBackends_data()
    {
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<QString>("nativeCode");
        QTest::addColumn<bool>("full");
        QTest::newRow("SQLITE_FULL") << true << u"13"_s << true;
        QTest::newRow("SQLITE_IOERR") << true << u"10"_s << false;
        QTest::newRow("PostgreSQL disk_full") << false << u"53100"_s << true;
        QTest::newRow("PostgreSQL out_of_memory") << false << u"53200"_s << false;
    }

    void storageFullIsToldApartOnBothBackends()
    {
        QFETCH(bool, sqlite);
        QFETCH(QString, nativeCode);
        QFETCH(bool, full);
        const SqlDialect dialect(sqlite ? DatabaseConfig::Backend::Sqlite : DatabaseConfig::Backend::Postgres);
        const QSqlError error(u"driver"_s, u"could not extend file"_s, QSqlError::StatementError, nativeCode);
        QCOMPARE(dialect.isStorageFull(error), full);
        if (sqlite)
            QCOMPARE(m_database->errorFrom(error, u"save"_s).code == ErrorCode::StorageFull, full);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
