#pragma once

#include "addressquota.h"
#include "seatstatuscache.h"
#include "session.h"
#include "weblimits.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <map>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace boxoffice {

class ApiError;
class ChangeFeed;

/// Where long polls and event streams wait for their show to change.
///
/// A waiting request is an entry in a hash and costs no CPU: the hub wakes only when the change
/// feed announces a version (from this process's writers or, through the database watcher,
/// from another process), when the earliest long-poll deadline passes, or to send a heartbeat
/// comment on the streams. Every answer of one show and `since` shares its bytes; only
/// `my_hold` is per session. Sockets are held by QPointer and checked before every write, as a
/// client that leaves deletes its socket. Streams and long polls are each capped per address
/// and in all (WebLimits); a stream that falls behind gets one catch-up event once it has read
/// what was sent, never a queue of every change. Lives in the web thread.
class WatchHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchHub)

public:
    /// The caps per address count what `site` says the site's other processes hold.
    WatchHub(SeatStatusCache &cache, ChangeFeed &feed, const WebLimits &limits, SiteAddressCounts &site,
             QObject *parent = nullptr);
    ~WatchHub() override;

    /// Parks a long poll, answered once the show is past `since` or with no seats after `wait`.
    /// Throws ApiError (503) when the long polls of the client's address, or all, are at their cap.
    void park(QTcpSocket *socket, qint64 show, qint64 since, std::chrono::milliseconds wait, const Session &session,
              bool keepAlive);
    /// Starts an event stream: the head, then the seats changed after `lastEventId` or, without
    /// one, every seat; then an event per change until the client leaves. Throws ApiError (503)
    /// when the streams of the client's address, or all, are at their cap.
    void openStream(QTcpSocket *socket, qint64 show, std::optional<qint64> lastEventId, const Session &session);

    /// Connected event streams plus parked long polls.
    int watcherCount() const { return int(m_watchers.size()); }

signals:
    void watchersChanged(int count);

private:
    using TimePoint = std::chrono::steady_clock::time_point;

    struct Watcher
    {
        QPointer<QTcpSocket> socket;
        qint64 show = 0;
        /// Long poll: the version the client has; stream: the last version sent.
        qint64 since = 0;
        Session session;
        QHostAddress peer;
        bool stream = false;
        bool keepAlive = true;
        /// Stream: a change came while the client had not read all sent before; it is sent
        /// with everything else missed once the client has.
        bool behind = false;
        std::multimap<TimePoint, QTcpSocket *>::iterator deadline;
    };

    void add(QTcpSocket *socket, Watcher watcher);
    void remove(QTcpSocket *socket);
    AddressQuota &quota(const Watcher &watcher) { return watcher.stream ? m_streamQuota : m_longPollQuota; }
    ApiError atCapacity() const;
    void showChanged(qint64 show, qint64 version);
    /// Answers a long poll and hands its connection back to normal service.
    void answer(QTcpSocket *key, const SeatStatusCache::View &view);
    /// Writes the event, or marks the stream behind when the client has not read the last one.
    void sendEvent(Watcher &watcher, const SeatStatusCache::View &view);
    QByteArray eventBytes(const SeatStatusCache::View &view, const Session &session) const;
    /// Sends a stream that fell behind all it missed, once the client has read the rest.
    void catchUp(QTcpSocket *key);
    void expireDeadlines();
    void armDeadlineTimer();
    void sendHeartbeats();

    SeatStatusCache &m_cache;
    const WebLimits &m_limits;
    QHash<QTcpSocket *, Watcher> m_watchers;
    QHash<qint64, QSet<QTcpSocket *>> m_byShow;
    std::multimap<TimePoint, QTcpSocket *> m_deadlines;
    AddressQuota m_streamQuota;
    AddressQuota m_longPollQuota;
    QTimer m_deadlineTimer;
    QTimer m_heartbeatTimer;
};

} // namespace boxoffice
