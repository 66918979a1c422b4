#include "audittrail.h"

#include "csvfield.h"
#include "sqlvalues.h"

#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

/// The WHERE terms of a filter over `audit_log a`, and their values.
struct Conditions
{
    QStringList terms;
    QVariantList values;
};

Result<Conditions> conditionsFor(const AuditFilter &filter)
{
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to)
        return Error{ErrorCode::InvalidField, u"The time range must end after it starts."_s, {}};
    Conditions conditions;
    if (filter.staffId > 0) {
        conditions.terms.append(u"a.staff_id = ?"_s);
        conditions.values.append(filter.staffId);
    }
    if (!filter.actions.isEmpty()) {
        conditions.terms.append(u"a.action IN (%1)"_s.arg(placeholders(filter.actions.size())));
        for (const QString &action : filter.actions)
            conditions.values.append(action);
    }
    if (filter.showId > 0) {
        conditions.terms.append(u"a.show_id = ?"_s);
        conditions.values.append(filter.showId);
    }
    if (filter.from.isValid()) {
        conditions.terms.append(u"a.at >= ?"_s);
        conditions.values.append(filter.from.toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        conditions.terms.append(u"a.at < ?"_s);
        conditions.values.append(filter.to.toMSecsSinceEpoch());
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // '!' escapes the pattern's wildcards: a backslash would need escaping differently on PostgreSQL.
        QString pattern = text;
        pattern.replace(u"!"_s, u"!!"_s).replace(u"%"_s, u"!%"_s).replace(u"_"_s, u"!_"_s);
        pattern = u'%' + pattern + u'%';
        conditions.terms.append(u"(LOWER(a.details) LIKE LOWER(?) ESCAPE '!' OR LOWER(a.reason) LIKE LOWER(?) ESCAPE '!')"_s);
        conditions.values.append(pattern);
        conditions.values.append(pattern);
    }
    if (filter.withReasonOnly)
        conditions.terms.append(u"a.reason <> ''"_s);
    return conditions;
}

Result<bool> checkPageSize(int count)
{
    if (count < 1 || count > AuditTrail::maxPageSize)
        return Error{ErrorCode::InvalidField,
                     u"A page holds 1 to %1 entries, not %2."_s.arg(AuditTrail::maxPageSize).arg(count), {}};
    return true;
}

QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

/// ISO 8601 with the zone's offset always written out ("+00:00", never "Z"), whatever Qt's version.
QString isoTime(const QDateTime &at, const QTimeZone &zone)
{
    const QDateTime local = at.toTimeZone(zone);
    const int offsetMinutes = local.offsetFromUtc() / 60;
    const int absoluteMinutes = qAbs(offsetMinutes);
    return local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + (offsetMinutes < 0 ? u'-' : u'+')
            + u"%1:%2"_s.arg(absoluteMinutes / 60, 2, 10, QChar(u'0')).arg(absoluteMinutes % 60, 2, 10, QChar(u'0'));
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(u',') + u"\r\n"_s;
}

} // namespace

AuditTrail::AuditTrail(Database &database) : m_database(database) {}

Result<bool> AuditTrail::record(const Database &database, const QDateTime &at, const AuditEvent &event)
{
    QVariantList values{at.toMSecsSinceEpoch(), notNull(event.actor.name.trimmed()), event.action,
                        idOrNull(event.showId), notNull(event.details), notNull(event.reason)};
    const bool byStaff = event.actor.staffId > 0 || event.actor.authorisedById > 0;
    if (byStaff)
        values << idOrNull(event.actor.staffId) << idOrNull(event.actor.authorisedById);
    auto written = database.run(byStaff ? u"INSERT INTO audit_log (at, actor, action, show_id, details, reason,"
                                          " staff_id, authorised_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s
                                        : u"INSERT INTO audit_log (at, actor, action, show_id, details, reason)"
                                          " VALUES (?, ?, ?, ?, ?, ?)"_s,
                                values);
    if (!written.ok())
        return written.error();
    return true;
}

Result<AuditPage> AuditTrail::newest(const AuditFilter &filter, int count) const
{
    return page(filter, 0, Direction::Older, count);
}

Result<AuditPage> AuditTrail::olderThan(const AuditFilter &filter, qint64 id, int count) const
{
    return page(filter, id, Direction::Older, count);
}

Result<AuditPage> AuditTrail::newerThan(const AuditFilter &filter, qint64 id, int count) const
{
    return page(filter, id, Direction::Newer, count);
}

Result<AuditPage> AuditTrail::page(const AuditFilter &filter, qint64 cursor, Direction direction, int count) const
{
    auto size = checkPageSize(count);
    if (!size.ok())
        return size.error();
    return m_database.read<AuditPage>([&]() -> Result<AuditPage> {
        // One more than asked tells whether the page is the last in its direction.
        auto selected = select(filter, cursor, direction, count + 1);
        if (!selected.ok())
            return selected.error();
        QList<AuditRecord> records = std::move(selected.value());
        const bool more = records.size() > count;
        if (more)
            records.removeLast();
        AuditPage page;
        if (direction == Direction::Older) {
            page.hasOlder = more;
            if (cursor > 0) {
                auto newer = exists(filter, records.isEmpty() ? cursor - 1 : records.constFirst().entry.id,
                                    Direction::Newer);
                if (!newer.ok())
                    return newer.error();
                page.hasNewer = newer.value();
            }
        } else {
            std::reverse(records.begin(), records.end());
            page.hasNewer = more;
            auto older = exists(filter, records.isEmpty() ? cursor + 1 : records.constLast().entry.id,
                                Direction::Older);
            if (!older.ok())
                return older.error();
            page.hasOlder = older.value();
        }
        page.records = std::move(records);
        return page;
    });
}

Result<AuditTrail::Statement> AuditTrail::selectStatement(const AuditFilter &filter, qint64 cursor,
                                                          Direction direction, int limit)
{
    auto conditions = conditionsFor(filter);
    if (!conditions.ok())
        return conditions.error();
    QStringList terms = conditions->terms;
    Statement statement{{}, conditions->values};
    if (cursor > 0) {
        terms.append(direction == Direction::Older ? u"a.id < ?"_s : u"a.id > ?"_s);
        statement.values.append(cursor);
    }
    statement.values.append(limit);
    statement.sql =
            u"SELECT a.id, a.at, a.actor, a.action, a.show_id, a.details, a.reason, a.staff_id, s.name,"
            " a.authorised_by, m.name, sh.title"
            " FROM audit_log a"
            " LEFT JOIN staff s ON s.id = a.staff_id"
            " LEFT JOIN staff m ON m.id = a.authorised_by"
            " LEFT JOIN shows sh ON sh.id = a.show_id"
            "%1 ORDER BY a.id %2 LIMIT ?"_s.arg(terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s),
                                               direction == Direction::Older ? u"DESC"_s : u"ASC"_s);
    return statement;
}

Result<QStringList> AuditTrail::queryPlan(const AuditFilter &filter) const
{
    auto statement = selectStatement(filter, 0, Direction::Older, maxPageSize);
    if (!statement.ok())
        return statement.error();
    // PostgreSQL prepares no EXPLAIN, and every statement here is prepared.
    if (m_database.dialect().backend() != DatabaseConfig::Backend::Sqlite)
        return Error{ErrorCode::InvalidField, u"Query plans are read on SQLite only."_s, {}};
    auto rows = m_database.run(u"EXPLAIN QUERY PLAN "_s + statement->sql, statement->values);
    if (!rows.ok())
        return rows.error();
    QStringList steps;
    // A plan row is (id, parent, unused, detail).
    while (rows.value().next())
        steps.append(rows.value().value(3).toString());
    if (!rows.value().error().isEmpty())
        return Error{ErrorCode::DatabaseError, rows.value().error(), {}};
    return steps;
}

Result<QList<AuditRecord>> AuditTrail::select(const AuditFilter &filter, qint64 cursor, Direction direction,
                                              int limit) const
{
    auto statement = selectStatement(filter, cursor, direction, limit);
    if (!statement.ok())
        return statement.error();
    auto rows = m_database.run(statement->sql, statement->values);
    if (!rows.ok())
        return rows.error();
    QList<AuditRecord> records;
    SqlRows &row = rows.value();
    while (row.next()) {
        AuditRecord record;
        record.entry = {row.value(0).toLongLong(), fromMs(row.value(1)), row.value(2).toString(),
                        row.value(3).toString(),   row.value(4).toLongLong(), row.value(5).toString(),
                        row.value(6).toString()};
        record.staffId = row.value(7).toLongLong();
        record.staffName = row.value(8).isNull() ? record.entry.actor : row.value(8).toString();
        record.authorisedById = row.value(9).toLongLong();
        record.authorisedByName = row.value(10).toString();
        record.showTitle = row.value(11).toString();
        records.append(std::move(record));
    }
    if (!row.error().isEmpty())
        return Error{ErrorCode::DatabaseError, row.error(), {}};
    return records;
}

Result<bool> AuditTrail::exists(const AuditFilter &filter, qint64 boundary, Direction direction) const
{
    auto conditions = conditionsFor(filter);
    if (!conditions.ok())
        return conditions.error();
    QStringList terms = conditions->terms;
    QVariantList values = conditions->values;
    terms.append(direction == Direction::Older ? u"a.id < ?"_s : u"a.id > ?"_s);
    values.append(boundary);
    const QString sql = u"SELECT a.id FROM audit_log a WHERE %1 ORDER BY a.id %2 LIMIT 1"_s.arg(
            terms.join(u" AND "_s), direction == Direction::Older ? u"DESC"_s : u"ASC"_s);
    auto rows = m_database.run(sql, values);
    if (!rows.ok())
        return rows.error();
    const bool found = rows.value().next();
    if (!rows.value().error().isEmpty())
        return Error{ErrorCode::DatabaseError, rows.value().error(), {}};
    return found;
}

Result<QStringList> AuditTrail::recentActions(int entries) const
{
    auto rows = m_database.run(u"SELECT DISTINCT action FROM (SELECT action FROM audit_log ORDER BY id DESC LIMIT ?) recent"
                               " ORDER BY action"_s,
                               {std::max(entries, 0)});
    if (!rows.ok())
        return rows.error();
    QStringList actions;
    while (rows.value().next())
        actions.append(rows.value().value(0).toString());
    if (!rows.value().error().isEmpty())
        return Error{ErrorCode::DatabaseError, rows.value().error(), {}};
    return actions;
}

Result<QList<Show>> AuditTrail::shows() const
{
    auto rows = m_database.run(u"SELECT id, title, starts_at FROM shows ORDER BY starts_at DESC, id DESC"_s);
    if (!rows.ok())
        return rows.error();
    QList<Show> shows;
    while (rows.value().next()) {
        Show show;
        show.id = rows.value().value(0).toLongLong();
        show.title = rows.value().value(1).toString();
        show.startsAt = fromMs(rows.value().value(2));
        shows.append(show);
    }
    if (!rows.value().error().isEmpty())
        return Error{ErrorCode::DatabaseError, rows.value().error(), {}};
    return shows;
}

Result<qint64> AuditTrail::exportCsv(const AuditFilter &filter, QIODevice &device, const QTimeZone &zone,
                                     int pageSize) const
{
    auto size = checkPageSize(pageSize);
    if (!size.ok())
        return size.error();
    const auto write = [&device](const QByteArray &bytes) -> Result<bool> {
        if (device.write(bytes) != bytes.size())
            return Error{ErrorCode::DatabaseError,
                         u"The export could not be written: %1"_s.arg(device.errorString()), {}};
        return true;
    };
    auto header = write(QByteArray("\xEF\xBB\xBF")
                        + csvLine({u"id"_s, u"time"_s, u"staff_id"_s, u"staff"_s, u"authorised_by"_s, u"action"_s,
                                   u"show_id"_s, u"show"_s, u"details"_s, u"reason"_s})
                                  .toUtf8());
    if (!header.ok())
        return header.error();
    qint64 written = 0;
    auto page = newest(filter, pageSize);
    while (true) {
        if (!page.ok())
            return page.error();
        QString lines;
        for (const AuditRecord &record : std::as_const(page->records)) {
            lines += csvLine({QString::number(record.entry.id), isoTime(record.entry.at, zone),
                              record.staffId > 0 ? QString::number(record.staffId) : QString(), record.staffName,
                              record.authorisedByName, record.entry.action,
                              record.entry.showId > 0 ? QString::number(record.entry.showId) : QString(),
                              record.showTitle, record.entry.details, record.entry.reason});
        }
        auto wrote = write(lines.toUtf8());
        if (!wrote.ok())
            return wrote.error();
        written += page->records.size();
        if (!page->hasOlder || page->records.isEmpty())
            return written;
        page = olderThan(filter, page->records.constLast().entry.id, pageSize);
    }
}

} // namespace boxoffice
