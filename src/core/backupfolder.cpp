#include "backupfolder.h"

#include "databasebackup.h"
#include "migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

const QString timeFormat = u"yyyyMMdd-HHmmss-zzz"_s;

const QRegularExpression &backupName()
{
    static const QRegularExpression name(u"^boxoffice-(\\d{8}-\\d{6}-\\d{3})-[a-z0-9-]+\\.sqlite$"_s);
    return name;
}

} // namespace

BackupFolder::BackupFolder(const QString &path, int kept) : m_path(path), m_kept(std::max(1, kept)) {}

QString BackupFolder::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"backups"_s);
}

Result<QString> BackupFolder::take(const QString &databasePath, const QString &reason, const QDateTime &now) const
{
    const QString file =
            QDir(m_path).filePath(u"boxoffice-%1-%2.sqlite"_s.arg(now.toUTC().toString(timeFormat), reason));
    auto copied = DatabaseBackup::copy(databasePath, file);
    if (!copied.ok())
        return copied.error();
    deleteOldest();
    return file;
}

Result<QString> BackupFolder::takeBeforeMigration(const Database &database, const QDateTime &now) const
{
    if (database.config().backend != DatabaseConfig::Backend::Sqlite)
        return QString();
    auto version = Migrations::currentVersion(database);
    if (!version.ok())
        return version.error();
    if (version.value() == 0 || version.value() >= Migrations::latestVersion())
        return QString();
    auto taken = take(database.config().sqlitePath, u"before-schema-%1"_s.arg(Migrations::latestVersion()), now);
    if (!taken.ok())
        return Error{taken.error().code,
                     u"The database was not upgraded, because the backup before the upgrade failed: %1"_s.arg(
                             taken.error().message),
                     {}};
    return taken;
}

QStringList BackupFolder::backups() const
{
    QStringList names = QDir(m_path).entryList({u"boxoffice-*.sqlite"_s}, QDir::Files, QDir::Name);
    names.removeIf([](const QString &name) { return !backupName().match(name).hasMatch(); });
    QStringList files;
    for (const QString &name : std::as_const(names))
        files.append(QDir(m_path).filePath(name));
    return files;
}

QDateTime BackupFolder::latest() const
{
    const QStringList files = backups();
    if (files.isEmpty())
        return {};
    const QString stamp = backupName().match(QFileInfo(files.constLast()).fileName()).captured(1);
    return QDateTime(QDate::fromString(stamp.left(8), u"yyyyMMdd"_s), QTime::fromString(stamp.mid(9), u"HHmmss-zzz"_s),
                     QTimeZone::utc());
}

void BackupFolder::deleteOldest() const
{
    const QStringList files = backups();
    for (qsizetype i = 0; i + m_kept < files.size(); ++i)
        QFile::remove(files.at(i));
}

} // namespace boxoffice
