#pragma once

#include "database.h"
#include "staffactor.h"
#include "types.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

class QIODevice;

namespace boxoffice {

/// Which audit entries to read. A part left empty (0, no actions, an invalid time, no text)
/// does not narrow.
struct AuditFilter
{
    /// The staff account that acted (audit_log.staff_id).
    qint64 staffId = 0;
    /// Entries of any of these action codes.
    QStringList actions;
    qint64 showId = 0;
    /// Entries at or after `from` and before `to`.
    QDateTime from;
    QDateTime to;
    /// Found in the details or the reason, whatever its case (ASCII case only on SQLite).
    QString text;
    /// Only entries that give a reason: the manager actions, which all need one.
    bool withReasonOnly = false;
};

/// An audit entry with the names of those involved as the accounts have them now.
struct AuditRecord
{
    AuditEntry entry;
    qint64 staffId = 0;
    /// The account's name; the recorded actor for the web, the system's own clean-ups and
    /// entries from before staff accounts.
    QString staffName;
    /// The manager whose PIN authorised this one action (an override); 0 and empty otherwise.
    qint64 authorisedById = 0;
    QString authorisedByName;
    /// Empty when the entry concerns no show.
    QString showTitle;
};

/// Something done that goes into the audit log.
struct AuditEvent
{
    /// Who acted: a staff member (and the manager who authorised this one action), or, with a
    /// staff id of 0, whatever `actor.name` names: the web, the system, a scanner device.
    StaffActor actor;
    QString action;
    /// 0 when the event concerns no show.
    qint64 showId = 0;
    QString details;
    /// Why a manager did it; empty for most actions.
    QString reason;
};

/// Entries of the audit log that match a filter, newest first, and whether more match on either side.
struct AuditPage
{
    QList<AuditRecord> records;
    bool hasNewer = false;
    bool hasOlder = false;
};

/// The audit log: the one writer of its entries (record) and its reader, filtered and a page at a
/// time, with an export as CSV.
///
/// Pages are found by entry id (keyset paging), never by an offset, so the millionth entry costs
/// what the first does: a page goes on from the id of the last or first record of the page shown.
/// A staff filter reads the audit_log_staff index; the other filters walk the log from the
/// cursor by id until a page is full. Belongs to the thread of its Database.
class AuditTrail final
{
    Q_DISABLE_COPY_MOVE(AuditTrail)

public:
    static constexpr int maxPageSize = 1000;

    explicit AuditTrail(Database &database);

    /// Appends `event` at `at` in the caller's transaction. Without a staff account the entry
    /// leaves out the staff columns, so it also fits the log of schemas before 10 (the upgrade
    /// tests still write to those).
    static Result<bool> record(const Database &database, const QDateTime &at, const AuditEvent &event);

    /// The newest `count` matching entries.
    Result<AuditPage> newest(const AuditFilter &filter, int count) const;
    /// The `count` matching entries next older than the entry `id`.
    Result<AuditPage> olderThan(const AuditFilter &filter, qint64 id, int count) const;
    /// The `count` matching entries next newer than the entry `id`, still newest first.
    Result<AuditPage> newerThan(const AuditFilter &filter, qint64 id, int count) const;
    /// The action codes among the newest `entries` entries, sorted. Not all the log's: that
    /// would read the whole log (3.5 s for a million entries), as no index leads with the action.
    Result<QStringList> recentActions(int entries) const;
    /// Every show the log may name, cancelled ones too, the latest start first; with their id,
    /// title and start only.
    Result<QList<Show>> shows() const;
    /// Writes every matching entry, newest first, as CSV (UTF-8 with a byte order mark, a header
    /// row, times in ISO 8601 in `zone`) to `device`, read `pageSize` entries at a time so that
    /// neither memory nor a read transaction grows with the log. Returns how many were written.
    Result<qint64> exportCsv(const AuditFilter &filter, QIODevice &device, const QTimeZone &zone,
                             int pageSize = maxPageSize) const;
    /// How SQLite finds the newest page of `filter`, one step of its query plan a line ("SEARCH a
    /// USING INDEX audit_log_staff ..."). Refused on PostgreSQL.
    Result<QStringList> queryPlan(const AuditFilter &filter) const;

private:
    enum class Direction { Older, Newer };
    struct Statement
    {
        QString sql;
        QVariantList values;
    };

    /// The query of `select`.
    static Result<Statement> selectStatement(const AuditFilter &filter, qint64 cursor, Direction direction,
                                             int limit);

    /// The matching entries past `cursor` in `direction` (all when `cursor` is 0), at most `limit`,
    /// in the direction's order.
    Result<QList<AuditRecord>> select(const AuditFilter &filter, qint64 cursor, Direction direction, int limit) const;
    /// Whether an entry matches past `boundary` in `direction`.
    Result<bool> exists(const AuditFilter &filter, qint64 boundary, Direction direction) const;
    Result<AuditPage> page(const AuditFilter &filter, qint64 cursor, Direction direction, int count) const;

    Database &m_database;
};

} // namespace boxoffice

