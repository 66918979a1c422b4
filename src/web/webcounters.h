#pragma once

#include <QtGlobal>

#include <atomic>

namespace boxoffice {

/// What the server's shortcuts did, readable from any thread. Each counts only when its own path
/// answered, so that a test can tell a shortcut from the general way, which gives the same bytes.
struct WebCounters
{
    /// Requests the connection guard took apart and answered itself (parsePlainRequest).
    std::atomic<quint64> plainRequests = 0;
    /// Answers whose body went out by sendfile() from a memory file.
    std::atomic<quint64> bodiesFromFile = 0;
    /// Event-stream events built: once per show version and `since` for every stream without a
    /// hold, once per stream for those with one.
    std::atomic<quint64> eventBuilds = 0;
    /// Holds, releases and bookings handed to the writer thread (WebWriter), their connection detached.
    std::atomic<quint64> writesQueued = 0;
    /// Long-poll answers (head and body) built after waiting: once per show version, `since` and
    /// keep-alive for every poll of a session without a hold or a new cookie, once per poll for
    /// the others.
    std::atomic<quint64> answerBuilds = 0;
};

} // namespace boxoffice
