#pragma once

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

class ChangeFeed;

/// Where long polls and event streams wait for their show to change.
///
/// A waiting request is an entry in a hash and costs no CPU: the hub wakes only when the change
/// feed announces a version (from this process's writers or, through the database watcher,
/// from another process), when the earliest long-poll deadline passes, or to send a heartbeat
/// comment on the streams. Every answer of one show and `since` shares its bytes; only
/// `my_hold` is per session. Sockets are held by QPointer and checked before every write, as a
/// client that leaves deletes its socket. Lives in the web thread.
class WatchHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchHub)

public:
    WatchHub(SeatStatusCache &cache, ChangeFeed &feed, const WebLimits &limits, QObject *parent = nullptr);
    ~WatchHub() override;

    /// Parks a long poll, answered once the show is past `since` or with no seats after `wait`.
    void park(QTcpSocket *socket, qint64 show, qint64 since, std::chrono::milliseconds wait, const Session &session,
              bool keepAlive);
    /// Starts an event stream: the head, then the seats changed after `lastEventId` or, without
    /// one, every seat; then an event per change until the client leaves.
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
        bool stream = false;
        bool keepAlive = true;
        std::multimap<TimePoint, QTcpSocket *>::iterator deadline;
    };

    void add(QTcpSocket *socket, Watcher watcher);
    void remove(QTcpSocket *socket);
    void showChanged(qint64 show, qint64 version);
    /// Answers a long poll and hands its connection back to normal service.
    void answer(QTcpSocket *key, const SeatStatusCache::View &view);
    bool sendEvent(Watcher &watcher, const SeatStatusCache::View &view);
    void expireDeadlines();
    void armDeadlineTimer();
    void sendHeartbeats();

    SeatStatusCache &m_cache;
    const WebLimits &m_limits;
    QHash<QTcpSocket *, Watcher> m_watchers;
    QHash<qint64, QSet<QTcpSocket *>> m_byShow;
    std::multimap<TimePoint, QTcpSocket *> m_deadlines;
    int m_streams = 0;
    QTimer m_deadlineTimer;
    QTimer m_heartbeatTimer;
};

} // namespace boxoffice
