#pragma once

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
    /// An event stream whose client stopped reading is dropped once this much is queued.
    qint64 maxStreamBacklog = 1024 * 1024;
};

} // namespace boxoffice
