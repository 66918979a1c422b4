#include "backupcommands.h"

#include "databasebackup.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

CommandOutcome failed(const QString &message, int exitCode = 1)
{
    return CommandOutcome{u"boxoffice: %1\n"_s.arg(message), exitCode};
}

} // namespace

std::optional<CommandOutcome> runBackupCommand(const AppOptions &options, const QDateTime &now)
{
    const bool restoring = !options.restoreFile.isEmpty();
    if (!restoring && options.backupFile.isEmpty())
        return std::nullopt;
    const QString file = restoring ? options.restoreFile : options.backupFile;
    if (options.database.backend != DatabaseConfig::Backend::Sqlite)
        return failed(u"--%1 works on SQLite files only. %2"_s.arg(restoring ? u"restore"_s : u"backup"_s,
                                                                   DatabaseBackup::postgresAdvice(options.database, file,
                                                                                                  restoring)),
                      2);
    const QString database = options.database.sqlitePath;
    if (!restoring) {
        auto copied = DatabaseBackup::copy(database, file);
        if (!copied.ok())
            return failed(copied.error().message);
        return CommandOutcome{u"Backed up %1 to %2 (integrity check ok).\n"_s.arg(database, file), 0};
    }
    auto restored = DatabaseBackup::restore(database, file, now);
    if (!restored.ok())
        return failed(restored.error().message);
    const QString formerly = restored.value().isEmpty()
            ? u"there was no database before"_s
            : u"the former database is kept as %1"_s.arg(restored.value());
    return CommandOutcome{u"Restored %1 to %2; %3.\n"_s.arg(file, database, formerly), 0};
}

} // namespace boxoffice
