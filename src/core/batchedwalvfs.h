#pragma once

namespace boxoffice {

/// An SQLite VFS that writes the frames of a commit to the write-ahead log in one system call.
///
/// SQLite writes each frame as two calls (a 24-byte header, then the page), so a booking that
/// touches a dozen b-tree pages costs two dozen pwrite() calls before its sync; in our
/// benchmark those calls took a sixth of the CPU time of every operation. This VFS wraps the
/// platform's default one and, for write-ahead log files only, keeps contiguous writes in memory
/// until the commit frame is complete, then hands them to the default VFS as one write. Any read,
/// sync, size query, truncation or close of the log writes out what is kept first, so that
/// SQLite and other connections never see the log differ from what SQLite wrote. Database files
/// and everything else go straight to the default VFS.
class BatchedWalVfs
{
public:
    /// The VFS's name for `?vfs=` in an SQLite URI, registering it on first use (thread-safe);
    /// null when SQLite refused to register it.
    static const char *name();
};

} // namespace boxoffice
