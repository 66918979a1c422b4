#pragma once

#include "databaseconfig.h"
#include "sqlrows.h"
#include "types.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QHash>
#include <QVariant>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace boxoffice {

/// The few places where SQLite and PostgreSQL differ; every domain query is plain SQL.
class SqlDialect
{
public:
    explicit SqlDialect(DatabaseConfig::Backend backend) : m_backend(backend) {}

    DatabaseConfig::Backend backend() const { return m_backend; }
    /// Column definition of an auto-numbered primary key.
    QString autoIncrementKey() const;
    /// Suffix of a CREATE TABLE that stores rows in primary key order (saves an index on SQLite).
    QString clusteredTableSuffix() const;
    /// Starts a transaction that takes the write lock at once, so that a read-then-write
    /// transaction never fails half-way on a lock another writer took meanwhile.
    QString beginWrite() const;
    QString beginRead() const;
    /// A lock or serialization failure that is worth retrying.
    bool isBusy(const QSqlError &error) const;
    bool isUniqueViolation(const QSqlError &error) const;
    /// The disk (SQLite's SQLITE_FULL) or the server's storage (PostgreSQL's 53100) is full.
    bool isStorageFull(const QSqlError &error) const;

private:
    DatabaseConfig::Backend m_backend;
};

/// What a write transaction's commit promises.
///
/// A hold or a release is a promise of minutes, not a sale: it need not wait for the disk. If the
/// machine (SQLite) or the server (PostgreSQL) crashes, the holds and releases of the last moments
/// (a few hundred ms) before it may be gone; the database is never corrupted, and a customer whose
/// hold is gone hears so when booking, an answer they handle already. Everything else (bookings,
/// payments, refunds, check-ins, settings) is durable: answered only once it is on disk. A durable
/// commit also makes every commit before it durable, as both logs are written in order.
enum class Durability {
    Durable,
    /// SQLite: synchronous = NORMAL in WAL mode (safe from application crashes, may lose the last
    /// commits on a power cut); PostgreSQL: SET LOCAL synchronous_commit TO OFF.
    MayLoseLastMoments,
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

    /// Runs a statement with positional values. Inside a transaction the rows returned share
    /// their statement with the next run of the same SQL on this connection (read them before
    /// running that again).
    Result<SqlRows> run(const QString &sql, const QVariantList &values = {}) const;
    /// Runs an INSERT into a table whose key is an auto-numbered `id` and returns that id, or 0
    /// when no row was inserted (ON CONFLICT DO NOTHING). On SQLite the id comes from the
    /// connection, not from RETURNING, which costs a temporary table on every run.
    Result<qint64> insert(const QString &sql, const QVariantList &values) const;
    /// Runs an UPDATE or DELETE and returns how many rows it changed.
    Result<qint64> change(const QString &sql, const QVariantList &values) const;
    /// Whether the last failed `run` broke a unique constraint (e.g. a seat claimed meanwhile).
    bool lastRunViolatedUniqueness() const { return m_lastRunViolatedUniqueness; }
    /// Runs a statement without preparing it: schema changes, which PostgreSQL cannot prepare.
    Result<bool> execute(const QString &sql) const;

    /// Runs `work` inside a write transaction, committed when it returns a value and rolled back
    /// otherwise. A busy database is retried a bounded number of times before giving up.
    template<typename T>
    Result<T> write(const std::function<Result<T>()> &work, Durability durability = Durability::Durable);
    /// Runs `work` inside a read transaction, so that every query sees the same snapshot. Inside
    /// a transaction already, `work` joins it: its snapshot serves.
    template<typename T>
    Result<T> read(const std::function<Result<T>()> &work);

    Error errorFrom(const QSqlError &error, const QString &what) const;

    /// Whether the last write transaction on this connection failed for lack of space; the
    /// next one that commits clears it.
    bool storageFull() const { return m_storageFull; }
    /// Commits one small write of its own (a marker row in `settings`), so that a connection that
    /// found the storage full learns when it can save again even while nobody else writes.
    Result<bool> probeWrite();

    /// Makes every write transaction of this connection durable, whatever it asks for: what
    /// relaxed commits save can then be measured against the same work.
    void requireDurableCommits() { m_durableCommitsOnly = true; }

    /// Statements this connection has sent to the database, transaction control included: what a
    /// transaction costs in round trips (each waits on the database, under its locks).
    quint64 statementsRun() const { return m_statementsRun; }

private:
    Database(const DatabaseConfig &config, const QString &connectionName);
    /// BEGIN, COMMIT and ROLLBACK; `what` names the step in an error.
    Result<bool> runControl(const QString &sql, const QString &what) const;
    template<typename T>
    Result<T> inTransaction(const QString &begin, int attempts, const std::function<Result<T>()> &work);
    /// The statement that starts a write transaction of this durability. On SQLite the setting
    /// cannot change inside a transaction, so it is switched here, before, when it differs.
    Result<QString> beginWrite(Durability durability);

    /// A Qt statement run, and the kept statement it is a copy of (none outside transactions).
    struct QtRun
    {
        QSqlQuery query;
        std::shared_ptr<KeptQtStatement> kept;
    };
    /// The prepared statement for `sql`. Inside transactions statements are prepared once per
    /// connection (preparing costs more than running most of ours) and all reset before the
    /// transaction ends; outside, each is the caller's alone, so that none keeps a read open.
    Result<QtRun> statement(const QString &sql) const;
    /// `run` through Qt's driver (PostgreSQL).
    Result<QtRun> runQt(const QString &sql, const QVariantList &values) const;
    void resetStatements() const;
    /// `run` on SQLite, through the library's own API. Statements run inside transactions (and
    /// the transaction control statements) are prepared once and kept. An error names `what`, or
    /// the statement when that is empty.
    Result<SqlRows> runSqlite(const QString &sql, const QVariantList &values, bool keep,
                              const QString &what = {}) const;
    Error errorFromSqlite(int code, const QString &what) const;

    DatabaseConfig m_config;
    QString m_connectionName;
    SqlDialect m_dialect;
    QSqlDatabase m_connection;
    mutable QHash<QString, std::shared_ptr<KeptQtStatement>> m_statements;
    /// What rows of this connection could not read during the current transaction.
    std::shared_ptr<ReadFailures> m_readFailures = std::make_shared<ReadFailures>();
    /// The connection's SQLite handle, when it is one.
    sqlite3 *m_sqlite = nullptr;
    mutable std::unordered_map<QString, std::shared_ptr<CachedSqliteStatement>> m_sqliteStatements;
    /// Entries of m_sqliteStatements found by the address of a literal's text.
    mutable std::unordered_map<const QChar *, const std::pair<const QString, std::shared_ptr<CachedSqliteStatement>> *>
            m_sqliteStatementsByLiteral;
    /// Kept statements run since the last transaction ended: their rows end with it.
    mutable std::vector<std::shared_ptr<CachedSqliteStatement>> m_sqliteStatementsRun;
    mutable bool m_lastRunViolatedUniqueness = false;
    mutable quint64 m_statementsRun = 0;
    /// Whether this SQLite connection runs with synchronous = NORMAL now (FULL otherwise).
    bool m_sqliteSyncRelaxed = false;
    bool m_durableCommitsOnly = false;
    bool m_inTransaction = false;
    bool m_storageFull = false;
};

/// Builds "?, ?, ?" for an IN list of `count` values.
QString placeholders(qsizetype count);
/// Builds "(?, ?), (?, ?)" for a multi-row VALUES list of `rows` rows of `columns` values.
QString valueRows(qsizetype rows, qsizetype columns);

template<typename T>
Result<T> Database::inTransaction(const QString &begin, int attempts, const std::function<Result<T>()> &work)
{
    Error lastError{ErrorCode::DatabaseBusy, {}, {}};
    for (int attempt = 0; attempt < attempts; ++attempt) {
        auto begun = runControl(begin, QStringLiteral("start a transaction"));
        if (!begun.ok()) {
            lastError = begun.error();
            if (lastError.code == ErrorCode::DatabaseBusy)
                continue;
            return lastError;
        }
        m_inTransaction = true;
        m_readFailures->first.clear();
        Result<T> result = work();
        resetStatements();
        m_inTransaction = false;
        // Rows the work could not read leave its outcome in doubt, whatever it returned.
        if (!m_readFailures->first.isEmpty())
            result = Error{ErrorCode::DatabaseError, m_readFailures->first, {}};
        if (!result.ok()) {
            runControl(QStringLiteral("ROLLBACK"), QStringLiteral("roll back"));
            if (result.error().code == ErrorCode::DatabaseBusy) {
                lastError = result.error();
                continue;
            }
            return result;
        }
        auto committed = runControl(QStringLiteral("COMMIT"), QStringLiteral("commit"));
        if (!committed.ok()) {
            lastError = committed.error();
            runControl(QStringLiteral("ROLLBACK"), QStringLiteral("roll back"));
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
Result<T> Database::write(const std::function<Result<T>()> &work, Durability durability)
{
    auto begin = beginWrite(durability);
    if (!begin.ok())
        return begin.error();
    Result<T> result = inTransaction<T>(begin.value(), 3, work);
    if (result.ok())
        m_storageFull = false;
    else if (result.error().code == ErrorCode::StorageFull)
        m_storageFull = true;
    return result;
}

template<typename T>
Result<T> Database::read(const std::function<Result<T>()> &work)
{
    if (m_inTransaction)
        return work();
    return inTransaction<T>(m_dialect.beginRead(), 3, work);
}

} // namespace boxoffice
