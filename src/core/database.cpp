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
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
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
    }

    const QStringList setup = sqlite
            ? QStringList{u"PRAGMA busy_timeout = %1"_s.arg(config.busyTimeoutMs),
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
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return query;
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.exec();
    return query;
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return errorFrom(query.lastError(), sql);
    return query;
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const
{
    if (m_dialect.isBusy(error))
        return Error{ErrorCode::DatabaseBusy,
                     u"The database is busy (another counter is writing). Please try again."_s, {}};
    return Error{ErrorCode::DatabaseError,
                 u"Database error while trying to %1: %2"_s.arg(what, error.text()), {}};
}

bool Database::runControl(const QString &statement, QSqlError *error) const
{
    QSqlQuery query(connection());
    const bool ok = query.exec(statement);
    if (!ok && error)
        *error = query.lastError();
    return ok;
}

} // namespace boxoffice
