#include "database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
QAtomicInteger<quint64> connectionCounter;

const QString sqliteBusy = u"5"_s;
const QString sqliteLocked = u"6"_s;
const QString sqliteConstraint = u"19"_s;
const QString sqliteConstraintUnique = u"2067"_s;
const QString sqliteConstraintPrimaryKey = u"1555"_s;
const QString sqliteFull = u"13"_s;
const QString postgresDiskFull = u"53100"_s;

Error storageFullError()
{
    return Error{ErrorCode::StorageFull,
                 u"The disk is full: the database cannot save anything until space is freed. Nothing was changed."_s,
                 {}};
}
} // namespace

QString SqlDialect::autoIncrementKey() const
{
    return m_backend == DatabaseConfig::Backend::Sqlite ? u"INTEGER PRIMARY KEY"_s
                                                        : u"BIGSERIAL PRIMARY KEY"_s;
}

QString SqlDialect::clusteredTableSuffix() const
{
    return m_backend == DatabaseConfig::Backend::Sqlite ? u"WITHOUT ROWID"_s : QString();
}

QString SqlDialect::beginWrite() const
{
    // Qt's SQLite driver starts deferred transactions; an immediate one takes the write lock up
    // front so the busy timeout applies instead of a late SQLITE_BUSY. PostgreSQL serializes
    // writers per show through the row lock of the version bump.
    return m_backend == DatabaseConfig::Backend::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
}

QString SqlDialect::beginRead() const
{
    return m_backend == DatabaseConfig::Backend::Sqlite ? u"BEGIN"_s
                                                        : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s;
}

bool SqlDialect::isBusy(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (m_backend == DatabaseConfig::Backend::Sqlite)
        return code == sqliteBusy || code == sqliteLocked || code.toInt() % 256 == 5 || code.toInt() % 256 == 6;
    return code == u"40001"_s || code == u"40P01"_s || code == u"55P03"_s;
}

bool SqlDialect::isUniqueViolation(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (m_backend == DatabaseConfig::Backend::Sqlite)
        return code == sqliteConstraint || code == sqliteConstraintUnique || code == sqliteConstraintPrimaryKey;
    return code == u"23505"_s;
}

bool SqlDialect::isStorageFull(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (m_backend == DatabaseConfig::Backend::Sqlite)
        return code == sqliteFull;
    return code == postgresDiskFull;
}

QString placeholders(qsizetype count)
{
    QString result;
    result.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        result += (i == 0 ? u"?"_s : u", ?"_s);
    return result;
}

QString valueRows(qsizetype rows, qsizetype columns)
{
    const QString row = u"(%1)"_s.arg(placeholders(columns));
    QString result;
    result.reserve(rows * (row.size() + 2));
    for (qsizetype i = 0; i < rows; ++i) {
        if (i > 0)
            result += u", "_s;
        result += row;
    }
    return result;
}

Database::Database(const DatabaseConfig &config, const QString &connectionName)
    : m_config(config), m_connectionName(connectionName), m_dialect(config.backend)
{
}

Database::~Database()
{
    // Before the connection closes, which SQLite refuses while statements are left.
    m_sqliteStatementsRun.clear();
    m_sqliteStatementsByLiteral.clear();
    m_sqliteStatements.clear();
    m_statements.clear();
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config, const QString &purpose)
{
    const QString name = u"boxoffice-%1-%2"_s.arg(purpose).arg(connectionCounter.fetchAndAddRelaxed(1));
    const bool sqlite = config.backend == DatabaseConfig::Backend::Sqlite;
    const QString driver = sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{ErrorCode::DatabaseError,
                     u"The Qt SQL driver %1 is not installed (Debian package %2)."_s.arg(
                             driver, sqlite ? u"libqt6sql6-sqlite"_s : u"libqt6sql6-psql"_s),
                     {}};

    std::unique_ptr<Database> database(new Database(config, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (sqlite) {
            const QFileInfo file(config.sqlitePath);
            if (!QDir().mkpath(file.absolutePath()))
                return Error{ErrorCode::DatabaseError,
                             u"Cannot create the folder for the database %1."_s.arg(config.sqlitePath),
                             {}};
            db.setDatabaseName(config.sqlitePath);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(config.busyTimeoutMs));
        } else {
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setUserName(config.user);
            db.setPassword(config.password);
            db.setDatabaseName(config.databaseName);
            db.setConnectOptions(u"connect_timeout=5"_s);
        }
        if (!db.open())
            return Error{ErrorCode::DatabaseError,
                         u"Cannot open the database %1: %2"_s.arg(config.describe(), db.lastError().text()),
                         {}};
        database->m_connection = db;
    }

    const QStringList setup = sqlite
            ? QStringList{u"PRAGMA busy_timeout = %1"_s.arg(config.busyTimeoutMs),
                          // Small pages: a booking touches a dozen b-tree leaves, and each of them is
                          // written to the log and synced. Only takes effect on a new file.
                          u"PRAGMA page_size = 1024"_s,
                          u"PRAGMA journal_mode = WAL"_s,
                          // FULL: an acknowledged booking survives a power cut, not only a crash.
                          // Holds and releases relax it per transaction (Durability).
                          u"PRAGMA synchronous = FULL"_s,
                          u"PRAGMA foreign_keys = ON"_s,
                          // SQLite checkpoints every 1,000 pages, about 4 MiB of log at its default page
                          // size; at ours that would be four times as many checkpoints (each two syncs
                          // and scattered writes) for the same work.
                          u"PRAGMA wal_autocheckpoint = 4000"_s}
            : QStringList{u"SET lock_timeout = %1"_s.arg(config.busyTimeoutMs),
                          u"SET TIME ZONE 'UTC'"_s};
    for (const QString &statement : setup) {
        QSqlQuery query(database->connection());
        if (!query.exec(statement))
            return Error{ErrorCode::DatabaseError,
                         u"The database %1 is not usable (%2): %3"_s.arg(config.describe(), statement,
                                                                           query.lastError().text()),
                         {}};
        if (sqlite && statement.contains(u"journal_mode"_s) && query.next()
            && query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            return Error{ErrorCode::DatabaseError,
                         u"The database %1 cannot use write-ahead logging (got journal mode %2)."_s.arg(
                                 config.describe(), query.value(0).toString()),
                         {}};
    }
    if (sqlite) {
        // Qt's driver links the system SQLite library, as this code does: its handle is ours too.
        const QVariant handle = database->m_connection.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            database->m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        if (!database->m_sqlite)
            return Error{ErrorCode::DatabaseError,
                         u"The SQLite driver gave no handle for the database %1."_s.arg(config.describe()), {}};
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return m_connection;
}

Result<Database::QtRun> Database::statement(const QString &sql) const
{
    if (!m_inTransaction) {
        QSqlQuery query(m_connection);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return errorFrom(query.lastError(), sql);
        return QtRun{std::move(query), nullptr};
    }
    // The copies handed out share the prepared statement with the cache; that sharing is the
    // point, so Qt's "do not copy" deprecation does not apply here.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    if (auto cached = m_statements.constFind(sql); cached != m_statements.cend()) {
        const std::shared_ptr<KeptQtStatement> &kept = cached.value();
        kept->query.finish();
        ++kept->runs;
        return QtRun{QSqlQuery(kept->query), kept};
    }
    // Statements whose IN lists vary in length are many; keep the cache bounded.
    if (m_statements.size() > 256)
        m_statements.clear();
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), sql);
    auto kept = std::make_shared<KeptQtStatement>(KeptQtStatement{query, 0});
    m_statements.insert(sql, kept);
    return QtRun{QSqlQuery(query), kept};
    QT_WARNING_POP
}

void Database::resetStatements() const
{
    for (const std::shared_ptr<KeptQtStatement> &kept : std::as_const(m_statements)) {
        kept->query.finish();
        ++kept->runs;
    }
    // Rows still around from the transaction read as ended from now on.
    for (const std::shared_ptr<CachedSqliteStatement> &cached : m_sqliteStatementsRun) {
        if (sqlite3_stmt_busy(cached->statement))
            sqlite3_reset(cached->statement);
        ++cached->runs;
    }
    m_sqliteStatementsRun.clear();
    // Statements whose IN lists vary in length are many; keep the cache bounded.
    if (m_sqliteStatements.size() > 256) {
        m_sqliteStatements.clear();
        m_sqliteStatementsByLiteral.clear();
    }
}

Result<SqlRows> Database::run(const QString &sql, const QVariantList &values) const
{
    m_lastRunViolatedUniqueness = false;
    if (m_sqlite)
        return runSqlite(sql, values, m_inTransaction);
    auto ran = runQt(sql, values);
    if (!ran.ok())
        return ran.error();
    QtRun &run = ran.value();
    if (run.kept)
        return SqlRows(std::move(run.kept), std::move(run.query), m_readFailures);
    return SqlRows(std::move(run.query), m_readFailures);
}

Result<Database::QtRun> Database::runQt(const QString &sql, const QVariantList &values) const
{
    auto prepared = statement(sql);
    if (!prepared.ok())
        return prepared.error();
    ++m_statementsRun;
    QSqlQuery &query = prepared.value().query;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        m_lastRunViolatedUniqueness = m_dialect.isUniqueViolation(error);
        return errorFrom(error, sql);
    }
    return std::move(prepared.value());
}

Result<QString> Database::beginWrite(Durability durability)
{
    const bool relaxed = durability == Durability::MayLoseLastMoments && !m_durableCommitsOnly;
    if (!m_sqlite)
        return relaxed ? m_dialect.beginWrite() + u"; SET LOCAL synchronous_commit TO OFF"_s : m_dialect.beginWrite();
    if (relaxed != m_sqliteSyncRelaxed) {
        auto switched = runControl(relaxed ? u"PRAGMA synchronous = NORMAL"_s : u"PRAGMA synchronous = FULL"_s,
                                   u"set how commits reach the disk"_s);
        if (!switched.ok())
            return switched.error();
        m_sqliteSyncRelaxed = relaxed;
    }
    return m_dialect.beginWrite();
}

Result<bool> Database::probeWrite()
{
    // An update rewrites its page even when the value stays the same, so this needs space as
    // any sale does, and it leaves no growing trail behind.
    return write<bool>([this]() -> Result<bool> {
        auto written = change(u"INSERT INTO settings (key, value) VALUES ('health.write_probe', '1')"
                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                              {});
        if (!written.ok())
            return written.error();
        return true;
    });
}

Result<qint64> Database::change(const QString &sql, const QVariantList &values) const
{
    m_lastRunViolatedUniqueness = false;
    if (m_sqlite) {
        auto changed = runSqlite(sql, values, m_inTransaction);
        if (!changed.ok())
            return changed.error();
        return qint64(sqlite3_changes(m_sqlite));
    }
    auto ran = runQt(sql, values);
    if (!ran.ok())
        return ran.error();
    const qint64 changed = ran.value().query.numRowsAffected();
    ran.value().query.finish();
    return changed;
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &values) const
{
    if (!m_sqlite) {
        auto inserted = run(sql + u" RETURNING id"_s, values);
        if (!inserted.ok())
            return inserted.error();
        return inserted.value().next() ? inserted.value().value(0).toLongLong() : 0;
    }
    auto inserted = run(sql, values);
    if (!inserted.ok())
        return inserted.error();
    return sqlite3_changes(m_sqlite) > 0 ? sqlite3_last_insert_rowid(m_sqlite) : 0;
}

namespace {

int bindSqliteValue(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, index, text.constData(), sqlite3_uint64(text.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

} // namespace

Result<SqlRows> Database::runSqlite(const QString &sql, const QVariantList &values, bool keep,
                                    const QString &what) const
{
    sqlite3_stmt *statement = nullptr;
    std::shared_ptr<CachedSqliteStatement> cached;
    // Most statements are string literals (u""_s), whose text does not move: found by its address,
    // their text is compared but need not be hashed on every run.
    const bool literal = !sql.data_ptr().isMutable() && !sql.isEmpty();
    if (keep && literal) {
        if (auto found = m_sqliteStatementsByLiteral.find(sql.constData());
            found != m_sqliteStatementsByLiteral.end() && found->second->first == sql)
            cached = found->second->second;
    }
    if (keep && !cached) {
        if (auto found = m_sqliteStatements.find(sql); found != m_sqliteStatements.end()) {
            cached = found->second;
            if (literal)
                m_sqliteStatementsByLiteral[sql.constData()] = &*found;
        }
    }
    if (!cached) {
        const QByteArray utf8 = sql.toUtf8();
        const int prepared = sqlite3_prepare_v3(m_sqlite, utf8.constData(), int(utf8.size()),
                                                keep ? SQLITE_PREPARE_PERSISTENT : 0, &statement, nullptr);
        if (prepared != SQLITE_OK)
            return errorFromSqlite(prepared, what.isEmpty() ? sql : what);
        if (keep) {
            // A text the string does not own (a literal's, or fromRawData's) is copied: the key must
            // keep saying what was prepared.
            const QString key = literal ? QString(sql.constData(), sql.size()) : sql;
            auto kept = m_sqliteStatements.emplace(key, std::make_shared<CachedSqliteStatement>(statement)).first;
            cached = kept->second;
            if (literal)
                m_sqliteStatementsByLiteral[sql.constData()] = &*kept;
        }
    }
    ++m_statementsRun;
    if (cached) {
        statement = cached->statement;
        sqlite3_reset(statement);
        ++cached->runs;
        m_sqliteStatementsRun.push_back(cached);
    }
    const auto giveUp = [&](int code) {
        sqlite3_reset(statement);
        const Error error = errorFromSqlite(code, what.isEmpty() ? sql : what);
        if (!cached)
            sqlite3_finalize(statement);
        return error;
    };
    if (values.size() != sqlite3_bind_parameter_count(statement))
        return giveUp(SQLITE_RANGE);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const int bound = bindSqliteValue(statement, int(i) + 1, values.at(i));
        if (bound != SQLITE_OK)
            return giveUp(bound);
    }
    const int stepped = sqlite3_step(statement);
    if (stepped != SQLITE_ROW && stepped != SQLITE_DONE)
        return giveUp(sqlite3_extended_errcode(m_sqlite));
    const bool hasRow = stepped == SQLITE_ROW;
    if (!hasRow)
        sqlite3_reset(statement);
    return cached ? SqlRows(std::move(cached), hasRow, m_readFailures) : SqlRows(statement, hasRow, m_readFailures);
}

Error Database::errorFromSqlite(int code, const QString &what) const
{
    const int primary = code & 0xff;
    m_lastRunViolatedUniqueness =
            code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return Error{ErrorCode::DatabaseBusy,
                     u"The database is busy (another counter is writing). Please try again."_s, {}};
    if (primary == SQLITE_FULL)
        return storageFullError();
    const QString reason = code == SQLITE_RANGE ? u"the statement got the wrong number of values"_s
                                                : QString::fromUtf8(sqlite3_errmsg(m_sqlite));
    return Error{ErrorCode::DatabaseError,
                 u"Database error while trying to %1: %2 (%3)"_s.arg(what, reason).arg(code), {}};
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const
{
    if (m_dialect.isBusy(error))
        return Error{ErrorCode::DatabaseBusy,
                     u"The database is busy (another counter is writing). Please try again."_s, {}};
    if (m_dialect.isStorageFull(error))
        return storageFullError();
    return Error{ErrorCode::DatabaseError,
                 u"Database error while trying to %1: %2"_s.arg(what, error.text()), {}};
}

Result<bool> Database::execute(const QString &sql) const
{
    ++m_statementsRun;
    QSqlQuery query(m_connection);
    if (!query.exec(sql))
        return errorFrom(query.lastError(), sql);
    return true;
}

Result<bool> Database::runControl(const QString &sql, const QString &what) const
{
    if (m_sqlite) {
        auto done = runSqlite(sql, {}, true, what);
        if (!done.ok())
            return done.error();
        return true;
    }
    // PostgreSQL cannot prepare transaction control statements.
    ++m_statementsRun;
    QSqlQuery query(m_connection);
    if (!query.exec(sql))
        return errorFrom(query.lastError(), what);
    return true;
}

} // namespace boxoffice
