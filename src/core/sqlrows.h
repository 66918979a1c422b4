#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <optional>

struct sqlite3_stmt;

namespace boxoffice {

/// A statement prepared once per connection and reused; `runs` tells the rows of one run from
/// those of the next. Finalized when neither the connection's cache nor any rows need it.
struct CachedSqliteStatement
{
    Q_DISABLE_COPY_MOVE(CachedSqliteStatement)
    explicit CachedSqliteStatement(sqlite3_stmt *prepared) : statement(prepared) {}
    ~CachedSqliteStatement();

    sqlite3_stmt *statement = nullptr;
    quint64 runs = 0;
};

/// A Qt statement prepared once per connection and reused (PostgreSQL); its copies share one
/// result, and `runs` tells the rows of one run from those of the next.
struct KeptQtStatement
{
    QSqlQuery query;
    quint64 runs = 0;
};

/// Where the rows of one connection report a read that could not be done, so that the
/// transaction they were read in fails with it instead of going on as if they had ended.
struct ReadFailures
{
    /// The first failure since the connection's transaction began; empty when none.
    QString first;
};

/// The rows a statement run by `Database::run` produced, read forward only.
///
/// On SQLite the rows come straight from the library: Qt's driver would copy every value into
/// QVariants twice and convert text to UTF-16 and back, which costs more than most of our
/// statements take to run. Other databases go through QSqlQuery.
///
/// Rows of a kept statement end when the statement runs again or the transaction ends. Reading
/// them after that is a mistake in the caller, never the end of the rows: next() returns false,
/// error() says what happened, the connection's transaction fails with it (see ReadFailures),
/// and debug builds assert. A step that fails is reported the same way.
class SqlRows final
{
    Q_DISABLE_COPY(SqlRows)

public:
    /// Rows of a Qt statement of their own.
    SqlRows(QSqlQuery query, std::shared_ptr<ReadFailures> failures);
    /// Rows of a Qt statement the connection keeps, read through `query`, a copy of it.
    SqlRows(std::shared_ptr<KeptQtStatement> kept, QSqlQuery query, std::shared_ptr<ReadFailures> failures);
    /// Rows of a statement the connection keeps; `hasRow` when its first step found one.
    SqlRows(std::shared_ptr<CachedSqliteStatement> cached, bool hasRow, std::shared_ptr<ReadFailures> failures);
    /// Rows of a statement of their own, finalized with them.
    SqlRows(sqlite3_stmt *owned, bool hasRow, std::shared_ptr<ReadFailures> failures);
    SqlRows(SqlRows &&other) noexcept;
    SqlRows &operator=(SqlRows &&other) noexcept;
    ~SqlRows();

    /// Moves to the next row; false after the last one, or when the rows cannot be read (error()).
    bool next();
    /// A column of the current row: qlonglong, double, QString, QByteArray or a null QVariant.
    QVariant value(int column) const;
    /// Ends reading early, so that the statement holds no read open.
    void finish();
    /// Why the rows could not be read; empty when they could.
    const QString &error() const { return m_error; }

private:
    void release();
    /// Whether the statement ran again (or its transaction ended) since these rows' run.
    bool stale() const;
    /// Records a read that could not be done, here and with the connection.
    void fail(const QString &why) const;

    std::optional<QSqlQuery> m_query;
    std::shared_ptr<KeptQtStatement> m_keptQt;
    sqlite3_stmt *m_statement = nullptr;
    std::shared_ptr<CachedSqliteStatement> m_cached;
    std::shared_ptr<ReadFailures> m_failures;
    quint64 m_run = 0;
    bool m_firstRowPending = false;
    bool m_onRow = false;
    mutable QString m_error;
};

} // namespace boxoffice
