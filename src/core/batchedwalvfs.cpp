#include "batchedwalvfs.h"

#include <sqlite3.h>

#include <cstddef>
#include <mutex>
#include <new>
#include <vector>

namespace boxoffice {

namespace {

constexpr char vfsName[] = "boxoffice-batched-wal";
/// Several times what a booking writes; a larger transaction goes out in pieces of this size.
/// (The unix VFS takes at most 128 KiB - 1 bytes per write.)
constexpr std::size_t keepAtMost = 64 * 1024;
/// A WAL frame header; bytes 4-7 are non-zero only in the header of a commit frame.
constexpr int frameHeaderBytes = 24;

sqlite3_vfs *defaultVfs = nullptr;
sqlite3_vfs batchedVfs{};
const char *registeredName = nullptr;

/// A write-ahead log file as SQLite sees it; the default VFS's file follows it in memory.
struct WalFile
{
    sqlite3_file file; // first, so that SQLite's pointer is this object's
    sqlite3_file *real = nullptr;
    std::vector<char> kept;
    sqlite3_int64 keptFrom = 0;
    bool commitPageNext = false;

    int writeOut()
    {
        if (kept.empty())
            return SQLITE_OK;
        const int written = real->pMethods->xWrite(real, kept.data(), int(kept.size()), keptFrom);
        kept.clear();
        return written;
    }
};

constexpr std::size_t realFileOffset = (sizeof(WalFile) + alignof(std::max_align_t) - 1)
        / alignof(std::max_align_t) * alignof(std::max_align_t);

WalFile *walFile(sqlite3_file *file)
{
    return reinterpret_cast<WalFile *>(file);
}

bool isCommitFrameHeader(const void *data, int amount)
{
    if (amount != frameHeaderBytes)
        return false;
    const auto *bytes = static_cast<const unsigned char *>(data);
    return (bytes[4] | bytes[5] | bytes[6] | bytes[7]) != 0;
}

int walClose(sqlite3_file *file)
{
    WalFile *wal = walFile(file);
    const int written = wal->writeOut();
    const int closed = wal->real->pMethods->xClose(wal->real);
    wal->~WalFile();
    return written != SQLITE_OK ? written : closed;
}

int walRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    WalFile *wal = walFile(file);
    if (const int written = wal->writeOut(); written != SQLITE_OK)
        return written;
    return wal->real->pMethods->xRead(wal->real, buffer, amount, offset);
}

int walWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    WalFile *wal = walFile(file);
    const bool follows = !wal->kept.empty() && offset == wal->keptFrom + sqlite3_int64(wal->kept.size());
    if (!follows || wal->kept.size() + std::size_t(amount) > keepAtMost) {
        if (const int written = wal->writeOut(); written != SQLITE_OK)
            return written;
        if (std::size_t(amount) > keepAtMost)
            return wal->real->pMethods->xWrite(wal->real, data, amount, offset);
        wal->keptFrom = offset;
    }
    const auto *bytes = static_cast<const char *>(data);
    wal->kept.insert(wal->kept.end(), bytes, bytes + amount);
    // The page after a commit frame's header ends the transaction's frames: out they go, before
    // SQLite syncs the log or, without a sync, publishes the commit to other connections.
    if (wal->commitPageNext) {
        wal->commitPageNext = false;
        return wal->writeOut();
    }
    wal->commitPageNext = isCommitFrameHeader(data, amount);
    return SQLITE_OK;
}

int walTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    WalFile *wal = walFile(file);
    if (const int written = wal->writeOut(); written != SQLITE_OK)
        return written;
    return wal->real->pMethods->xTruncate(wal->real, size);
}

int walSync(sqlite3_file *file, int flags)
{
    WalFile *wal = walFile(file);
    if (const int written = wal->writeOut(); written != SQLITE_OK)
        return written;
    return wal->real->pMethods->xSync(wal->real, flags);
}

int walFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    WalFile *wal = walFile(file);
    if (const int written = wal->writeOut(); written != SQLITE_OK)
        return written;
    return wal->real->pMethods->xFileSize(wal->real, size);
}

int walLock(sqlite3_file *file, int lock)
{
    sqlite3_file *real = walFile(file)->real;
    return real->pMethods->xLock(real, lock);
}

int walUnlock(sqlite3_file *file, int lock)
{
    sqlite3_file *real = walFile(file)->real;
    return real->pMethods->xUnlock(real, lock);
}

int walCheckReservedLock(sqlite3_file *file, int *reserved)
{
    sqlite3_file *real = walFile(file)->real;
    return real->pMethods->xCheckReservedLock(real, reserved);
}

int walFileControl(sqlite3_file *file, int operation, void *argument)
{
    WalFile *wal = walFile(file);
    if (const int written = wal->writeOut(); written != SQLITE_OK)
        return written;
    return wal->real->pMethods->xFileControl(wal->real, operation, argument);
}

int walSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = walFile(file)->real;
    return real->pMethods->xSectorSize(real);
}

int walDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = walFile(file)->real;
    return real->pMethods->xDeviceCharacteristics(real);
}

// Version 1: SQLite maps shared memory and database pages through the database file, never
// through the log.
const sqlite3_io_methods walMethods = {
    1,
    walClose,
    walRead,
    walWrite,
    walTruncate,
    walSync,
    walFileSize,
    walLock,
    walUnlock,
    walCheckReservedLock,
    walFileControl,
    walSectorSize,
    walDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

int batchedOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    // Every file but a log is the default VFS's own, in the space SQLite gave us.
    if (!(flags & SQLITE_OPEN_WAL))
        return defaultVfs->xOpen(defaultVfs, name, file, flags, outFlags);
    auto *wal = new (file) WalFile;
    wal->file.pMethods = nullptr;
    wal->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + realFileOffset);
    wal->real->pMethods = nullptr;
    const int opened = defaultVfs->xOpen(defaultVfs, name, wal->real, flags, outFlags);
    if (opened != SQLITE_OK) {
        if (wal->real->pMethods)
            wal->real->pMethods->xClose(wal->real);
        wal->~WalFile();
        file->pMethods = nullptr;
        return opened;
    }
    wal->file.pMethods = &walMethods;
    return SQLITE_OK;
}

int batchedDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    return defaultVfs->xDelete(defaultVfs, name, syncDirectory);
}

int batchedAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return defaultVfs->xAccess(defaultVfs, name, flags, result);
}

int batchedFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return defaultVfs->xFullPathname(defaultVfs, name, size, out);
}

void *batchedDlOpen(sqlite3_vfs *, const char *name)
{
    return defaultVfs->xDlOpen(defaultVfs, name);
}

void batchedDlError(sqlite3_vfs *, int size, char *message)
{
    defaultVfs->xDlError(defaultVfs, size, message);
}

void (*batchedDlSym(sqlite3_vfs *, void *library, const char *symbol))(void)
{
    return defaultVfs->xDlSym(defaultVfs, library, symbol);
}

void batchedDlClose(sqlite3_vfs *, void *library)
{
    defaultVfs->xDlClose(defaultVfs, library);
}

int batchedRandomness(sqlite3_vfs *, int size, char *out)
{
    return defaultVfs->xRandomness(defaultVfs, size, out);
}

int batchedSleep(sqlite3_vfs *, int microseconds)
{
    return defaultVfs->xSleep(defaultVfs, microseconds);
}

int batchedCurrentTime(sqlite3_vfs *, double *now)
{
    return defaultVfs->xCurrentTime(defaultVfs, now);
}

int batchedGetLastError(sqlite3_vfs *, int size, char *message)
{
    return defaultVfs->xGetLastError(defaultVfs, size, message);
}

int batchedCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return defaultVfs->xCurrentTimeInt64(defaultVfs, now);
}

int batchedSetSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call)
{
    return defaultVfs->xSetSystemCall(defaultVfs, name, call);
}

sqlite3_syscall_ptr batchedGetSystemCall(sqlite3_vfs *, const char *name)
{
    return defaultVfs->xGetSystemCall(defaultVfs, name);
}

const char *batchedNextSystemCall(sqlite3_vfs *, const char *name)
{
    return defaultVfs->xNextSystemCall(defaultVfs, name);
}

void registerVfs()
{
    // Before SQLite initializes: its allocator then skips a mutex and counters on every call.
    // Refused harmlessly when something in the process initialized SQLite already.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    defaultVfs = sqlite3_vfs_find(nullptr);
    // The wrapper forwards the version 3 methods; an older default VFS is used as it is.
    if (!defaultVfs || defaultVfs->iVersion < 3)
        return;
    batchedVfs.iVersion = 3;
    batchedVfs.szOsFile = int(realFileOffset) + defaultVfs->szOsFile;
    batchedVfs.mxPathname = defaultVfs->mxPathname;
    batchedVfs.zName = vfsName;
    batchedVfs.xOpen = batchedOpen;
    batchedVfs.xDelete = batchedDelete;
    batchedVfs.xAccess = batchedAccess;
    batchedVfs.xFullPathname = batchedFullPathname;
    batchedVfs.xDlOpen = batchedDlOpen;
    batchedVfs.xDlError = batchedDlError;
    batchedVfs.xDlSym = batchedDlSym;
    batchedVfs.xDlClose = batchedDlClose;
    batchedVfs.xRandomness = batchedRandomness;
    batchedVfs.xSleep = batchedSleep;
    batchedVfs.xCurrentTime = batchedCurrentTime;
    batchedVfs.xGetLastError = batchedGetLastError;
    batchedVfs.xCurrentTimeInt64 = batchedCurrentTimeInt64;
    batchedVfs.xSetSystemCall = batchedSetSystemCall;
    batchedVfs.xGetSystemCall = batchedGetSystemCall;
    batchedVfs.xNextSystemCall = batchedNextSystemCall;
    if (sqlite3_vfs_register(&batchedVfs, 0) == SQLITE_OK)
        registeredName = vfsName;
}

} // namespace

const char *BatchedWalVfs::name()
{
    static std::once_flag once;
    std::call_once(once, registerVfs);
    return registeredName;
}

} // namespace boxoffice
