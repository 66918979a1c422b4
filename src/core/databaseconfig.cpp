#include "databaseconfig.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace boxoffice {

Result<DatabaseConfig> DatabaseConfig::fromArgument(const QString &argument)
{
    if (argument.trimmed().isEmpty())
        return Error{ErrorCode::InvalidField, u"The database path is empty."_s, {}};

    if (argument.startsWith(u"postgresql://"_s) || argument.startsWith(u"postgres://"_s)) {
        const QUrl url(argument, QUrl::StrictMode);
        const QString databaseName = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || databaseName.isEmpty())
            return Error{ErrorCode::InvalidField,
                         u"Not a usable PostgreSQL URL (expected postgresql://user:pass@host:port/dbname): %1"_s
                                 .arg(url.toDisplayString(QUrl::RemovePassword)),
                         {}};
        DatabaseConfig config;
        config.backend = Backend::Postgres;
        config.host = url.host();
        config.port = url.port(5432);
        config.user = url.userName();
        config.password = url.password();
        config.databaseName = databaseName;
        return config;
    }
    return sqlite(argument);
}

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig config;
    config.sqlitePath = path;
    return config;
}

QString DatabaseConfig::defaultSqlitePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(u"boxoffice.sqlite"_s);
}

QString DatabaseConfig::describe() const
{
    if (backend == Backend::Sqlite)
        return sqlitePath;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(databaseName);
}

} // namespace boxoffice
