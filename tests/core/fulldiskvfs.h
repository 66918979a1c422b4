#pragma once

#include <QtGlobal>

#include <sqlite3.h>

#include <atomic>

namespace boxoffice::testing {

/// A full disk for tests: wraps SQLite's default VFS (and becomes the default) so that, while
/// `setFull(true)`, every write of every connection fails with SQLITE_FULL, the code SQLite's own
/// Unix layer gives when write() fails with ENOSPC. Reads, syncs and locks pass through.
/// `install()` before the first connection opens: a connection keeps the VFS it opened with.
class FullDiskVfs
{
public:
    static void install()
    {
        static const bool installed = [] {
            s_base = sqlite3_vfs_find(nullptr);
            static sqlite3_vfs vfs = *s_base;
            vfs.szOsFile = int(sizeof(File)) + s_base->szOsFile;
            vfs.zName = "boxoffice-test-full-disk";
            vfs.pNext = nullptr;
            vfs.xOpen = open;
            return sqlite3_vfs_register(&vfs, 1) == SQLITE_OK;
        }();
        Q_ASSERT(installed);
    }
    static void setFull(bool full) { s_full.store(full); }

private:
    /// The wrapper's part of a file; the base VFS's file follows it in the same allocation.
    struct File
    {
        sqlite3_file base;
        sqlite3_file *real;
    };

    static sqlite3_file *real(sqlite3_file *file) { return reinterpret_cast<File *>(file)->real; }

    static int open(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
    {
        auto *wrapper = reinterpret_cast<File *>(file);
        wrapper->real = reinterpret_cast<sqlite3_file *>(wrapper + 1);
        const int opened = s_base->xOpen(s_base, name, wrapper->real, flags, outFlags);
        file->pMethods = wrapper->real->pMethods ? &s_methods : nullptr;
        return opened;
    }

    static int write(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
    {
        if (s_full.load())
            return SQLITE_FULL;
        return real(file)->pMethods->xWrite(real(file), data, amount, offset);
    }

    static inline sqlite3_vfs *s_base = nullptr;
    static inline std::atomic<bool> s_full = false;
    static inline const sqlite3_io_methods s_methods = {
            3,
            [](sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); },
            [](sqlite3_file *f, void *data, int amount, sqlite3_int64 offset) {
                return real(f)->pMethods->xRead(real(f), data, amount, offset);
            },
            write,
            [](sqlite3_file *f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); },
            [](sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); },
            [](sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); },
            [](sqlite3_file *f, int level) { return real(f)->pMethods->xLock(real(f), level); },
            [](sqlite3_file *f, int level) { return real(f)->pMethods->xUnlock(real(f), level); },
            [](sqlite3_file *f, int *reserved) { return real(f)->pMethods->xCheckReservedLock(real(f), reserved); },
            [](sqlite3_file *f, int op, void *arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); },
            [](sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); },
            [](sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); },
            [](sqlite3_file *f, int region, int size, int extend, void volatile **memory) {
                return real(f)->pMethods->xShmMap(real(f), region, size, extend, memory);
            },
            [](sqlite3_file *f, int offset, int count, int flags) {
                return real(f)->pMethods->xShmLock(real(f), offset, count, flags);
            },
            [](sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); },
            [](sqlite3_file *f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); },
            [](sqlite3_file *f, sqlite3_int64 offset, int amount, void **page) {
                return real(f)->pMethods->xFetch(real(f), offset, amount, page);
            },
            [](sqlite3_file *f, sqlite3_int64 offset, void *page) {
                return real(f)->pMethods->xUnfetch(real(f), offset, page);
            },
    };
};

/// A full disk for as long as it lives.
class FullDisk
{
public:
    FullDisk() { FullDiskVfs::setFull(true); }
    ~FullDisk() { FullDiskVfs::setFull(false); }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;
};

} // namespace boxoffice::testing
