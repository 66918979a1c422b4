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

/// The rows a statement run by `Database::run` produced, read forward only.
///
/// On SQLite the rows come straight from the library: Qt's driver would copy every value into
/// QVariants twice and convert text to UTF-16 and back, which costs more than most of our
/// statements take to run. Other databases go through QSqlQuery.
class SqlRows final
{
    Q_DISABLE_COPY(SqlRows)

public:
    explicit SqlRows(QSqlQuery query);
    /// Rows of a statement the connection keeps; `hasRow` when its first step found one.
    SqlRows(std::shared_ptr<CachedSqliteStatement> cached, bool hasRow);
    /// Rows of a statement of their own, finalized with them.
    SqlRows(sqlite3_stmt *owned, bool hasRow);
    SqlRows(SqlRows &&other) noexcept;
    SqlRows &operator=(SqlRows &&other) noexcept;
    ~SqlRows();

    /// Moves to the next row; false after the last one.
    bool next();
    /// A column of the current row: qlonglong, double, QString, QByteArray or a null QVariant.
    QVariant value(int column) const;
    /// Ends reading early, so that the statement holds no read open.
    void finish();

private:
    void release();

    std::optional<QSqlQuery> m_query;
    sqlite3_stmt *m_statement = nullptr;
    std::shared_ptr<CachedSqliteStatement> m_cached;
    quint64 m_run = 0;
    bool m_firstRowPending = false;
    bool m_onRow = false;
};

} // namespace boxoffice
