#include "database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
QAtomicInteger<quint64> connectionCounter;

const QString sqliteBusy = u"5"_s;
const QString sqliteLocked = u"6"_s;
const QString sqliteConstraint = u"19"_s;
const QString sqliteConstraintUnique = u"2067"_s;
const QString sqliteConstraintPrimaryKey = u"1555"_s;
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

QString placeholders(qsizetype count)
{
    QString result;
    result.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        result += (i == 0 ? u"?"_s : u", ?"_s);
    return result;
}

Database::Database(const DatabaseConfig &config, const QString &connectionName)
    : m_config(config), m_connectionName(connectionName), m_dialect(config.backend)
{
}

Database::~Database()
{
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
                          u"PRAGMA synchronous = FULL"_s,
                          u"PRAGMA foreign_keys = ON"_s}
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
    return database;
}

QSqlDatabase Database::connection() const
{
    return m_connection;
}

Result<QSqlQuery> Database::statement(const QString &sql) const
{
    if (!m_inTransaction) {
        QSqlQuery query(m_connection);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return errorFrom(query.lastError(), sql);
        return query;
    }
    // The copies handed out share the prepared statement with the cache; that sharing is the
    // point, so Qt's "do not copy" deprecation does not apply here.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    auto cached = m_statements.find(sql);
    if (cached != m_statements.end()) {
        cached->finish();
        return QSqlQuery(*cached);
    }
    // Statements whose IN lists vary in length are many; keep the cache bounded.
    if (m_statements.size() > 256)
        m_statements.clear();
    QSqlQuery query(m_connection);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), sql);
    m_statements.insert(sql, query);
    return QSqlQuery(query);
    QT_WARNING_POP
}

void Database::resetStatements() const
{
    for (QSqlQuery &query : m_statements)
        query.finish();
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values) const
{
    auto prepared = statement(sql);
    if (!prepared.ok())
        return prepared;
    QSqlQuery &query = prepared.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        return errorFrom(error, sql);
    }
    return prepared;
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const
{
    if (m_dialect.isBusy(error))
        return Error{ErrorCode::DatabaseBusy,
                     u"The database is busy (another counter is writing). Please try again."_s, {}};
    return Error{ErrorCode::DatabaseError,
                 u"Database error while trying to %1: %2"_s.arg(what, error.text()), {}};
}

Result<bool> Database::execute(const QString &sql) const
{
    QSqlQuery query(m_connection);
    if (!query.exec(sql))
        return errorFrom(query.lastError(), sql);
    return true;
}

bool Database::runControl(const QString &sql, QSqlError *error) const
{
    QSqlQuery query(m_connection);
    const bool ok = query.exec(sql);
    if (!ok && error)
        *error = query.lastError();
    return ok;
}

} // namespace boxoffice
