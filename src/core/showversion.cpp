#include "showversion.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

Result<qint64> bumpVersion(Database &database, qint64 show, const QString &sql)
{
    auto bumped = database.run(sql, {show});
    if (!bumped.ok())
        return bumped.error();
    if (!bumped.value().next())
        return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(show), {}};
    const qint64 version = bumped.value().value(0).toLongLong();
    bumped.value().finish();
    if (database.dialect().backend() == DatabaseConfig::Backend::Postgres) {
        // Other processes' watchers LISTEN on this channel; delivered on commit.
        auto notified = database.run(u"SELECT pg_notify('boxoffice_changes', ?)"_s, {u"%1:%2"_s.arg(show).arg(version)});
        if (!notified.ok())
            return notified.error();
    }
    return version;
}

} // namespace

Result<qint64> startShowVersionAfresh(Database &database, qint64 show)
{
    return bumpVersion(
            database, show,
            u"UPDATE shows SET version = version + 1, changes_from = version + 1 WHERE id = ? RETURNING version"_s);
}

Result<qint64> moveShowVersionOn(Database &database, qint64 show)
{
    return bumpVersion(database, show, u"UPDATE shows SET version = version + 1 WHERE id = ? RETURNING version"_s);
}

} // namespace boxoffice
