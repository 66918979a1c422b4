#include "settingsrevision.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

Result<qint64> storedRevision(const Database &database, const QString &key)
{
    auto query = database.run(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (!query.ok())
        return query.error();
    const qint64 revision = query.value().next() ? query.value().value(0).toString().toLongLong() : 0;
    query.value().finish();
    return revision;
}

Result<qint64> advanceRevision(Database &database, const QString &key, const QString &notice)
{
    auto current = storedRevision(database, key);
    if (!current.ok())
        return current.error();
    const qint64 next = current.value() + 1;
    auto written = database.run(u"INSERT INTO settings (key, value) VALUES (?, ?)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                {key, QString::number(next)});
    if (!written.ok())
        return written.error();
    if (database.dialect().backend() == DatabaseConfig::Backend::Postgres) {
        // Other processes' watchers LISTEN on this channel (see DatabaseWatcher); delivered on commit.
        auto notified = database.run(u"SELECT pg_notify('boxoffice_changes', ?)"_s, {u"%1:%2"_s.arg(notice).arg(next)});
        if (!notified.ok())
            return notified.error();
    }
    return next;
}

} // namespace boxoffice
