#include "sqlrows.h"

#include <QSqlError>

#include <sqlite3.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace boxoffice {

CachedSqliteStatement::~CachedSqliteStatement()
{
    sqlite3_finalize(statement);
}

SqlRows::SqlRows(QSqlQuery query, std::shared_ptr<ReadFailures> failures)
    : m_query(std::move(query)), m_failures(std::move(failures))
{
}

SqlRows::SqlRows(std::shared_ptr<KeptQtStatement> kept, QSqlQuery query, std::shared_ptr<ReadFailures> failures)
    : m_query(std::move(query)), m_keptQt(std::move(kept)), m_failures(std::move(failures)), m_run(m_keptQt->runs)
{
}

SqlRows::SqlRows(std::shared_ptr<CachedSqliteStatement> cached, bool hasRow, std::shared_ptr<ReadFailures> failures)
    : m_statement(cached->statement), m_cached(std::move(cached)), m_failures(std::move(failures)),
      m_run(m_cached->runs), m_firstRowPending(hasRow)
{
}

SqlRows::SqlRows(sqlite3_stmt *owned, bool hasRow, std::shared_ptr<ReadFailures> failures)
    : m_statement(owned), m_failures(std::move(failures)), m_firstRowPending(hasRow)
{
}

SqlRows::SqlRows(SqlRows &&other) noexcept
    : m_query(std::move(other.m_query)), m_keptQt(std::move(other.m_keptQt)),
      m_statement(std::exchange(other.m_statement, nullptr)), m_cached(std::move(other.m_cached)),
      m_failures(std::move(other.m_failures)), m_run(other.m_run),
      m_firstRowPending(std::exchange(other.m_firstRowPending, false)), m_onRow(std::exchange(other.m_onRow, false)),
      m_error(std::move(other.m_error))
{
    other.m_query.reset();
}

SqlRows &SqlRows::operator=(SqlRows &&other) noexcept
{
    if (this != &other) {
        release();
        m_query = std::move(other.m_query);
        other.m_query.reset();
        m_keptQt = std::move(other.m_keptQt);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_cached = std::move(other.m_cached);
        m_failures = std::move(other.m_failures);
        m_run = other.m_run;
        m_firstRowPending = std::exchange(other.m_firstRowPending, false);
        m_onRow = std::exchange(other.m_onRow, false);
        m_error = std::move(other.m_error);
    }
    return *this;
}

SqlRows::~SqlRows()
{
    release();
}

bool SqlRows::stale() const
{
    if (m_keptQt)
        return m_keptQt->runs != m_run;
    return m_cached && m_cached->runs != m_run;
}

void SqlRows::fail(const QString &why) const
{
    if (m_error.isEmpty())
        m_error = why;
    if (m_failures && m_failures->first.isEmpty())
        m_failures->first = why;
    Q_ASSERT_X(false, "SqlRows", qPrintable(why));
}

bool SqlRows::next()
{
    if (stale()) {
        m_onRow = false;
        fail(u"Rows were read after their statement ran again or their transaction ended."_s);
        return false;
    }
    if (m_query) {
        if (m_query->next())
            return true;
        if (m_query->lastError().isValid())
            fail(u"Reading rows failed: %1"_s.arg(m_query->lastError().text()));
        return false;
    }
    if (!m_statement) {
        m_onRow = false;
        return false;
    }
    if (m_firstRowPending) {
        m_firstRowPending = false;
        m_onRow = true;
    } else if (m_onRow) {
        const int stepped = sqlite3_step(m_statement);
        m_onRow = stepped == SQLITE_ROW;
        if (stepped != SQLITE_ROW && stepped != SQLITE_DONE)
            fail(u"Reading rows failed: %1 (%2)"_s.arg(QString::fromUtf8(sqlite3_errstr(stepped))).arg(stepped));
    }
    return m_onRow;
}

QVariant SqlRows::value(int column) const
{
    if (stale()) {
        fail(u"A value was read after its statement ran again or its transaction ended."_s);
        return {};
    }
    if (m_query)
        return m_query->value(column);
    if (!m_onRow)
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
        // A kept statement may already be running again for someone else; only its own run is ended.
        if (!stale())
            m_query->finish();
        return;
    }
    if (m_statement && !stale())
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
