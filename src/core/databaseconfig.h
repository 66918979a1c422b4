#pragma once

#include "types.h"

#include <QString>

namespace boxoffice {

/// Where the data lives: an SQLite file (the embedded default) or a PostgreSQL server.
struct DatabaseConfig
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    /// How long a connection waits for another writer before giving up. The GUI thread's
    /// connections keep this short so that the counter never freezes.
    int busyTimeoutMs = 5000;

    /// A file path, or a `postgresql://user:pass@host:port/dbname` URL.
    static Result<DatabaseConfig> fromArgument(const QString &argument);
    static DatabaseConfig sqlite(const QString &path);
    /// The default SQLite file in the user's application data folder.
    static QString defaultSqlitePath();

    /// For messages: the file, or the server without the password.
    QString describe() const;
};

} // namespace boxoffice
