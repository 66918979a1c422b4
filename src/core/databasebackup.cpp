#include "databasebackup.h"

#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

/// Pages copied per step of the backup API.
constexpr int pagesPerStep = 128;
/// Byte ranges SQLite's unix VFS locks (see os_unix.c): the database file's pending, reserved and
/// shared bytes, and the -shm byte every connection holds a shared lock on while it is open.
constexpr off_t databaseLockStart = 0x40000000;
constexpr off_t databaseLockLength = 512;
constexpr off_t sharedMemoryConnectedByte = 128;

struct SqliteCloser
{
    void operator()(sqlite3 *handle) const { sqlite3_close_v2(handle); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

Error failure(const QString &message)
{
    return Error{ErrorCode::DatabaseError, message, {}};
}

QString sqliteMessage(sqlite3 *handle)
{
    return QString::fromUtf8(sqlite3_errmsg(handle));
}

Result<SqliteHandle> openSqlite(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    SqliteHandle handle(raw);
    if (opened != SQLITE_OK)
        return failure(u"Cannot open %1: %2"_s.arg(path, raw ? sqliteMessage(raw) : QString::fromUtf8(sqlite3_errstr(opened))));
    sqlite3_busy_timeout(handle.get(), 5000);
    return handle;
}

Result<bool> exec(sqlite3 *handle, const char *sql, const QString &what)
{
    if (sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure(u"Cannot %1: %2"_s.arg(what, sqliteMessage(handle)));
    return true;
}

/// The first column of each row `sql` returns, as text.
Result<QStringList> column(sqlite3 *handle, const char *sql)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &raw, nullptr) != SQLITE_OK)
        return failure(sqliteMessage(handle));
    const auto finalize = qScopeGuard([raw] { sqlite3_finalize(raw); });
    QStringList values;
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(raw)) == SQLITE_ROW)
        values.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0))));
    if (stepped != SQLITE_DONE)
        return failure(sqliteMessage(handle));
    return values;
}

/// Makes `file` stand alone: a copy of a database in WAL mode would otherwise need its -wal and
/// -shm files beside it to be opened, even read-only.
Result<bool> leaveWalMode(const QString &file)
{
    auto opened = openSqlite(file, SQLITE_OPEN_READWRITE);
    if (!opened.ok())
        return opened.error();
    return exec(opened.value().get(), "PRAGMA journal_mode = DELETE", u"prepare the copy %1"_s.arg(file));
}

/// Flushes a file or folder to the disk, so that a rename that follows cannot outlive its content.
bool syncToDisk(const QString &path)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    const bool synced = ::fsync(descriptor) == 0;
    ::close(descriptor);
    return synced;
}

/// Replaces `target` by `source` in one step: readers see the old file or the new one, never half.
Result<bool> moveIntoPlace(const QString &source, const QString &target)
{
    if (!syncToDisk(source))
        return failure(u"Cannot write %1 to the disk: %2"_s.arg(source, QString::fromLocal8Bit(std::strerror(errno))));
    if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) != 0)
        return failure(u"Cannot rename %1 to %2: %3"_s.arg(source, target, QString::fromLocal8Bit(std::strerror(errno))));
    syncToDisk(QFileInfo(target).absolutePath());
    return true;
}

/// Removes a database file of our own making, with whatever logs SQLite left beside it.
void removeWithLogs(const QString &file)
{
    for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(file + suffix);
}

/// A name beside `file` for work in progress; nobody else picks the same.
QString temporaryNameBeside(const QString &file, const QString &purpose)
{
    return u"%1.%2-%3"_s.arg(file, purpose).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

/// Write locks on the bytes SQLite's connections lock: taken only when no other process has the
/// database open, and keeping others from opening it until released.
///
/// POSIX locks belong to the process: this must not be used while this process has the database
/// open through SQLite, whose closing a descriptor would drop them.
class ExclusiveFileLocks final
{
    Q_DISABLE_COPY_MOVE(ExclusiveFileLocks)

public:
    ExclusiveFileLocks() = default;
    ~ExclusiveFileLocks()
    {
        for (int descriptor : m_descriptors)
            ::close(descriptor);
    }

    /// False when another process holds a lock on the range (a missing file has none).
    Result<bool> lock(const QString &path, off_t start, off_t length)
    {
        const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
        if (descriptor < 0 && errno == ENOENT)
            return true;
        if (descriptor < 0)
            return failure(u"Cannot open %1: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        m_descriptors.append(descriptor);
        struct flock range{};
        range.l_type = F_WRLCK;
        range.l_whence = SEEK_SET;
        range.l_start = start;
        range.l_len = length;
        return ::fcntl(descriptor, F_SETLK, &range) == 0;
    }

private:
    QList<int> m_descriptors;
};

/// Moves the database, and its log when it has one, to `aside`.
Result<bool> moveAside(const QString &databasePath, const QString &aside)
{
    for (const QString &suffix : {u"-wal"_s, u"-journal"_s}) {
        if (QFileInfo::exists(databasePath + suffix)) {
            auto moved = moveIntoPlace(databasePath + suffix, aside + suffix);
            if (!moved.ok())
                return moved;
        }
    }
    return moveIntoPlace(databasePath, aside);
}

} // namespace

Result<bool> DatabaseBackup::copy(const QString &databasePath, const QString &targetFile)
{
    if (!QFileInfo(databasePath).isFile())
        return failure(u"There is no database at %1 to back up."_s.arg(databasePath));
    if (QFileInfo(targetFile).canonicalFilePath() == QFileInfo(databasePath).canonicalFilePath())
        return failure(u"%1 is the database itself: back it up to another file."_s.arg(targetFile));
    if (const QString folder = QFileInfo(targetFile).absolutePath(); !QDir().mkpath(folder))
        return failure(u"Cannot create the folder %1 for the backup."_s.arg(folder));
    auto source = openSqlite(databasePath, SQLITE_OPEN_READWRITE);
    if (!source.ok())
        return source.error();
    sqlite3 *from = source.value().get();

    const QString partial = temporaryNameBeside(targetFile, u"partial"_s);
    const auto removePartial = qScopeGuard([&partial] { removeWithLogs(partial); });
    {
        auto target = openSqlite(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!target.ok())
            return target.error();
        // One read transaction for the whole copy: it sees a single instant of the log, and as
        // readers never block writers in WAL mode, bookings go on meanwhile.
        if (auto begun = exec(from, "BEGIN", u"read %1"_s.arg(databasePath)); !begun.ok())
            return begun;
        const auto endRead = qScopeGuard([from] { sqlite3_exec(from, "COMMIT", nullptr, nullptr, nullptr); });
        if (auto snapshot = column(from, "SELECT COUNT(*) FROM sqlite_schema"); !snapshot.ok())
            return failure(u"Cannot read %1: %2"_s.arg(databasePath, snapshot.error().message));
        sqlite3_backup *backup = sqlite3_backup_init(target.value().get(), "main", from, "main");
        if (!backup)
            return failure(u"Cannot start the backup to %1: %2"_s.arg(targetFile, sqliteMessage(target.value().get())));
        int stepped = SQLITE_OK;
        do
            stepped = sqlite3_backup_step(backup, pagesPerStep);
        while (stepped == SQLITE_OK);
        sqlite3_backup_finish(backup);
        if (stepped != SQLITE_DONE)
            return failure(u"Copying %1 to %2 failed: %3"_s.arg(databasePath, targetFile,
                                                                  QString::fromUtf8(sqlite3_errstr(stepped))));
    }
    if (auto standalone = leaveWalMode(partial); !standalone.ok())
        return standalone;
    if (auto checked = check(partial); !checked.ok())
        return failure(u"The copy of %1 is not sound, so %2 was not written: %3"_s.arg(databasePath, targetFile,
                                                                                         checked.error().message));
    auto placed = moveIntoPlace(partial, targetFile);
    if (!placed.ok())
        return placed;
    return true;
}

Result<int> DatabaseBackup::check(const QString &file)
{
    if (!QFileInfo(file).isFile())
        return failure(u"There is no file %1."_s.arg(file));
    auto opened = openSqlite(file, SQLITE_OPEN_READONLY);
    if (!opened.ok())
        return opened.error();
    sqlite3 *handle = opened.value().get();
    auto integrity = column(handle, "PRAGMA integrity_check(5)");
    if (!integrity.ok())
        return failure(u"%1 cannot be read as an SQLite database: %2"_s.arg(file, integrity.error().message));
    if (integrity.value() != QStringList{u"ok"_s})
        return failure(u"%1 fails SQLite's integrity check: %2"_s.arg(file, integrity.value().join(u"; "_s)));
    auto tables = column(handle, "SELECT name FROM sqlite_schema WHERE type = 'table'");
    if (!tables.ok())
        return failure(u"Cannot read %1: %2"_s.arg(file, tables.error().message));
    for (const QString &table : {u"schema_version"_s, u"shows"_s, u"seats"_s, u"bookings"_s, u"seat_claims"_s}) {
        if (!tables.value().contains(table))
            return failure(u"%1 is not a Box Office database (it has no table %2)."_s.arg(file, table));
    }
    auto versions = column(handle, "SELECT MAX(version) FROM schema_version");
    const int version = versions.ok() && !versions.value().isEmpty() ? versions.value().constFirst().toInt() : 0;
    if (version < 1 || version > Migrations::latestVersion())
        return failure(u"%1 has schema version %2, which this Box Office does not know (it knows 1 to %3)."_s
                               .arg(file)
                               .arg(version)
                               .arg(Migrations::latestVersion()));
    return version;
}

Result<QString> DatabaseBackup::restore(const QString &databasePath, const QString &backupFile, const QDateTime &now)
{
    if (!QFileInfo(backupFile).isFile())
        return failure(u"There is no backup file %1."_s.arg(backupFile));
    ExclusiveFileLocks locks;
    auto connections = locks.lock(databasePath + u"-shm"_s, sharedMemoryConnectedByte, 1);
    if (!connections.ok())
        return connections.error();
    auto readers = locks.lock(databasePath, databaseLockStart, databaseLockLength);
    if (!readers.ok())
        return readers.error();
    if (!connections.value() || !readers.value())
        return Error{ErrorCode::DatabaseBusy,
                     u"The database %1 is open in another program (a counter or the web endpoint). Close every "
                     "Box Office using it, then restore again. Nothing was changed."_s.arg(databasePath),
                     {}};
    if (!QDir().mkpath(QFileInfo(databasePath).absolutePath()))
        return failure(u"Cannot create the folder for %1."_s.arg(databasePath));

    const QString incoming = temporaryNameBeside(databasePath, u"restoring"_s);
    const auto removeIncoming = qScopeGuard([&incoming] { removeWithLogs(incoming); });
    if (!QFile::copy(backupFile, incoming))
        return failure(u"Cannot copy %1 next to %2."_s.arg(backupFile, databasePath));
    QFile::setPermissions(incoming, QFile::permissions(backupFile) | QFileDevice::WriteOwner | QFileDevice::WriteUser);
    if (auto standalone = leaveWalMode(incoming); !standalone.ok())
        return failure(u"%1 is not a usable backup: %2"_s.arg(backupFile, standalone.error().message));
    if (auto checked = check(incoming); !checked.ok())
        return failure(u"%1 is not a usable backup: %2 Nothing was changed."_s.arg(
                backupFile, QString(checked.error().message).replace(incoming, backupFile)));

    QString aside;
    if (QFileInfo::exists(databasePath)) {
        aside = u"%1.before-restore-%2"_s.arg(databasePath, now.toUTC().toString(u"yyyyMMdd-HHmmss"_s));
        // Never over the database an earlier restore of the same second kept.
        for (int attempt = 2; QFileInfo::exists(aside) || QFileInfo::exists(aside + u"-wal"_s); ++attempt)
            aside = u"%1.before-restore-%2-%3"_s.arg(databasePath, now.toUTC().toString(u"yyyyMMdd-HHmmss"_s)).arg(attempt);
        if (auto moved = moveAside(databasePath, aside); !moved.ok())
            return moved.error();
    }
    // The shared memory index describes the log that went aside with the old database.
    QFile::remove(databasePath + u"-shm"_s);
    if (auto placed = moveIntoPlace(incoming, databasePath); !placed.ok())
        return placed.error();
    return aside;
}

QString DatabaseBackup::postgresAdvice(const DatabaseConfig &config, const QString &file, bool restoring)
{
    // Quoted for a POSIX shell, so that the command can be pasted as it is.
    const auto quoted = [](QString text) -> QString { return u"'"_s + text.replace(u"'"_s, u"'\\''"_s) + u"'"_s; };
    const QString url = quoted(config.describe());
    if (restoring)
        return u"On PostgreSQL, restore with pg_restore after closing every Box Office that uses the database:\n"
               "  pg_restore --clean --if-exists --single-transaction --no-owner --dbname=%1 %2\n"
               "(the password is asked for, or taken from ~/.pgpass or PGPASSWORD)."_s.arg(url, quoted(file));
    return u"On PostgreSQL, back up with pg_dump, which takes a consistent copy while counters keep selling:\n"
           "  pg_dump --format=custom --file=%2 %1\n"
           "(the password is asked for, or taken from ~/.pgpass or PGPASSWORD)."_s.arg(url, quoted(file));
}

} // namespace boxoffice
