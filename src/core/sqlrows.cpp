#include "sqlrows.h"

#include <sqlite3.h>

#include <utility>

namespace boxoffice {

CachedSqliteStatement::~CachedSqliteStatement()
{
    sqlite3_finalize(statement);
}

SqlRows::SqlRows(QSqlQuery query) : m_query(std::move(query)) {}

SqlRows::SqlRows(std::shared_ptr<CachedSqliteStatement> cached, bool hasRow)
    : m_statement(cached->statement), m_cached(std::move(cached)), m_run(m_cached->runs), m_firstRowPending(hasRow)
{
}

SqlRows::SqlRows(sqlite3_stmt *owned, bool hasRow) : m_statement(owned), m_firstRowPending(hasRow) {}

SqlRows::SqlRows(SqlRows &&other) noexcept
    : m_query(std::move(other.m_query)), m_statement(std::exchange(other.m_statement, nullptr)),
      m_cached(std::move(other.m_cached)), m_run(other.m_run),
      m_firstRowPending(std::exchange(other.m_firstRowPending, false)), m_onRow(std::exchange(other.m_onRow, false))
{
    other.m_query.reset();
}

SqlRows &SqlRows::operator=(SqlRows &&other) noexcept
{
    if (this != &other) {
        release();
        m_query = std::move(other.m_query);
        other.m_query.reset();
        m_statement = std::exchange(other.m_statement, nullptr);
        m_cached = std::move(other.m_cached);
        m_run = other.m_run;
        m_firstRowPending = std::exchange(other.m_firstRowPending, false);
        m_onRow = std::exchange(other.m_onRow, false);
    }
    return *this;
}

SqlRows::~SqlRows()
{
    release();
}

bool SqlRows::next()
{
    if (m_query)
        return m_query->next();
    if (!m_statement || (m_cached && m_cached->runs != m_run)) {
        m_onRow = false;
        return false;
    }
    if (m_firstRowPending) {
        m_firstRowPending = false;
        m_onRow = true;
    } else if (m_onRow) {
        m_onRow = sqlite3_step(m_statement) == SQLITE_ROW;
    }
    return m_onRow;
}

QVariant SqlRows::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    if (!m_onRow || (m_cached && m_cached->runs != m_run))
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                                          sqlite3_column_bytes(m_statement, column)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                                   sqlite3_column_bytes(m_statement, column)));
    default:
        return {};
    }
}

void SqlRows::finish()
{
    if (m_query) {
        m_query->finish();
        return;
    }
    // A kept statement may already be running again for someone else; only its own run is ended.
    if (m_statement && (!m_cached || m_cached->runs == m_run))
        sqlite3_reset(m_statement);
    m_firstRowPending = false;
    m_onRow = false;
}

void SqlRows::release()
{
    if (m_query)
        return;
    if (m_cached) {
        finish();
    } else if (m_statement) {
        sqlite3_finalize(m_statement);
    }
    m_statement = nullptr;
    m_cached.reset();
}

} // namespace boxoffice
