#pragma once

#include "addressquota.h"
#include "ratelimiter.h"
#include "requestheadscanner.h"

namespace boxoffice {

/// The endpoint's defences and timings; the defaults suit production, tests shorten them.
struct WebLimits
{
    RequestHeadScanner::Limits request;
    /// A connection that sends nothing between requests is closed after this.
    int idleTimeoutMs = 30'000;
    /// A request must arrive completely within this from its first byte (slowloris).
    int requestTimeoutMs = 10'000;
    /// After refusing a request, how long its unread rest is drained before closing, so that
    /// the client reads the refusal instead of a reset.
    int lingerMs = 2'000;
    /// What one connection may have buffered unread; more waits in the kernel.
    qint64 readBufferSize = 64 * 1024;
    RateLimiter::Rule perSession{20, 60};
    /// Many customers can share one address behind a NAT.
    RateLimiter::Rule perAddress{500, 1000};
    /// Seats held at once from one client address for one show (0: no cap). Sessions cost
    /// nothing to start, so without it one client could hold a whole hall.
    int maxSeatsPerAddress = 20;
    qsizetype rateLimiterEntries = 65536;
    /// Longest `wait=` of a long poll.
    int maxWaitSeconds = 30;
    /// A comment on every event stream at least this often, so that proxies keep it open.
    int heartbeatMs = 14'000;
    /// Seat-status answers at least this large go out from a memory file by sendfile(), as a
    /// static server sends them; smaller ones cost less to copy.
    qsizetype sendFileMinBytes = 16 * 1024;
    /// Event streams, and parked long polls, from one address and in all. Beyond either cap the
    /// request is answered 503 with Retry-After, and the seat page falls back to long polling,
    /// then to plain polling. The caps per address hold for the whole site (all web processes on
    /// one database, see siteSyncIntervalMs); the caps in all for this process.
    AddressQuota::Cap streams{200, 12'000};
    AddressQuota::Cap longPolls{200, 12'000};
    /// Open connections from one address (generous: many customers can share one behind a NAT)
    /// and in all, parked watchers included; the process's file descriptor limit may bound them
    /// sooner.
    AddressQuota::Cap connections{256, 25'000};
    /// How often this process publishes what each address holds of it and reads what the other
    /// web processes on the same database publish. Within one interval processes do not see each
    /// other's new takes, so a burst from one address spread over N processes can pass its cap
    /// by what each of the others took meanwhile (docs/api.md).
    int siteSyncIntervalMs = 500;
    /// Retry-After of the 503 answered when one of the caps above is reached, and of a write
    /// refused after maxWriteQueueMs.
    int busyRetryAfterSeconds = 5;
    /// A hold, release or booking that waited longer than this for the writer thread (WebWriter)
    /// is answered 503 busy and not carried out. Below nginx's 60 s, so that the client hears
    /// whether its write happened instead of a proxy's 504.
    int maxWriteQueueMs = 20'000;
    /// Where holds, releases and bookings run. ByBackend: on the writer thread (WebWriter) on
    /// PostgreSQL, where a hold can wait for another process's lock and every statement is a round
    /// trip the web thread must not wait through; on the web thread on SQLite, where a second
    /// connection of the same process only contends for the file's one write lock, whose waits
    /// SQLite sleeps through (the web thread's own writes then stalled behind the writer: the
    /// surge sold out 2.7 times slower with it).
    enum class WriteThread { ByBackend, Writer, WebThread };
    WriteThread writeThread = WriteThread::ByBackend;
    /// The kernel send buffer of an event stream. A stream that falls behind (its client reads
    /// slower than seats change, or not at all) is not sent every change: what the kernel does
    /// not take of one event waits in the socket, and once that is gone the client gets one
    /// event with all it missed. So a stalled stream pins this much in the kernel and at most
    /// one event in the process, however fast seats change.
    int streamSendBufferBytes = 64 * 1024;
    /// A stream whose bytes (an event, or the head) have waited this long for the client to
    /// read them is closed, at the next change or heartbeat: its browser reconnects with
    /// Last-Event-ID and catches up, instead of the process keeping what it cannot deliver.
    int streamStallMs = 15'000;
    /// Connections the kernel completes before they are accepted; Qt's default of 50 overflows
    /// at a burst of connects. The kernel caps it at net.core.somaxconn.
    int listenBacklog = 4096;
    /// Out of file descriptors, the server answers the waiting connections 503 and closes them,
    /// then stops accepting until a connection closes, or for this long at most.
    int acceptPauseMs = 250;
};

} // namespace boxoffice
