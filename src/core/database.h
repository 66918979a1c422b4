#pragma once

#include "databaseconfig.h"
#include "types.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>

namespace boxoffice {

/// The few places where SQLite and PostgreSQL differ; every domain query is plain SQL.
class SqlDialect
{
public:
    explicit SqlDialect(DatabaseConfig::Backend backend) : m_backend(backend) {}

    DatabaseConfig::Backend backend() const { return m_backend; }
    /// Column definition of an auto-numbered primary key.
    QString autoIncrementKey() const;
    /// Starts a transaction that takes the write lock at once, so that a read-then-write
    /// transaction never fails half-way on a lock another writer took meanwhile.
    QString beginWrite() const;
    QString beginRead() const;
    /// A lock or serialization failure that is worth retrying.
    bool isBusy(const QSqlError &error) const;
    bool isUniqueViolation(const QSqlError &error) const;

private:
    DatabaseConfig::Backend m_backend;
};

/// One connection to the database, owned by the thread that opened it.
///
/// Qt connections must not be shared across threads: every thread that reads or writes opens
/// its own Database.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    /// Opens a new connection. `purpose` names it in logs ("web", "gui", ...).
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config, const QString &purpose);
    ~Database();

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseConfig &config() const { return m_config; }

    /// Prepares and runs a statement with positional values.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {}) const;
    /// Like exec(), but turns a failure into an Error.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;

    /// Runs `work` inside a write transaction, committed when it returns a value and rolled back
    /// otherwise. A busy database is retried a bounded number of times before giving up.
    template<typename T>
    Result<T> write(const std::function<Result<T>()> &work);
    /// Runs `work` inside a read transaction, so that every query sees the same snapshot.
    template<typename T>
    Result<T> read(const std::function<Result<T>()> &work);

    Error errorFrom(const QSqlError &error, const QString &what) const;

private:
    Database(const DatabaseConfig &config, const QString &connectionName);
    bool runControl(const QString &statement, QSqlError *error) const;
    template<typename T>
    Result<T> inTransaction(const QString &begin, int attempts, const std::function<Result<T>()> &work);

    DatabaseConfig m_config;
    QString m_connectionName;
    SqlDialect m_dialect;
};

/// Builds "?, ?, ?" for an IN list of `count` values.
QString placeholders(qsizetype count);

template<typename T>
Result<T> Database::inTransaction(const QString &begin, int attempts, const std::function<Result<T>()> &work)
{
    Error lastError{ErrorCode::DatabaseBusy, {}, {}};
    for (int attempt = 0; attempt < attempts; ++attempt) {
        QSqlError sqlError;
        if (!runControl(begin, &sqlError)) {
            lastError = errorFrom(sqlError, QStringLiteral("start a transaction"));
            if (lastError.code == ErrorCode::DatabaseBusy)
                continue;
            return lastError;
        }
        Result<T> result = work();
        if (!result.ok()) {
            runControl(QStringLiteral("ROLLBACK"), nullptr);
            if (result.error().code == ErrorCode::DatabaseBusy) {
                lastError = result.error();
                continue;
            }
            return result;
        }
        if (!runControl(QStringLiteral("COMMIT"), &sqlError)) {
            lastError = errorFrom(sqlError, QStringLiteral("commit"));
            runControl(QStringLiteral("ROLLBACK"), nullptr);
            if (lastError.code == ErrorCode::DatabaseBusy)
                continue;
            return lastError;
        }
        return result;
    }
    lastError.message = QStringLiteral("The database is busy: another counter or process kept it locked. "
                                       "Nothing was changed; please try again.");
    return lastError;
}

template<typename T>
Result<T> Database::write(const std::function<Result<T>()> &work)
{
    return inTransaction<T>(m_dialect.beginWrite(), 3, work);
}

template<typename T>
Result<T> Database::read(const std::function<Result<T>()> &work)
{
    return inTransaction<T>(m_dialect.beginRead(), 3, work);
}

} // namespace boxoffice
