#pragma once

#include "addressquota.h"
#include "deadlinequeue.h"
#include "epollset.h"
#include "guardedtcpserver.h"
#include "seatstatuscache.h"
#include "session.h"
#include "webcounters.h"
#include "weblimits.h"

#include <QHash>
#include <QObject>
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
/// A watcher is taken off its QTcpSocket and QtHttpServer once parked (long poll) or once its
/// stream is open: the hub keeps the connection's descriptor in a small struct, all of them in
/// one epoll set (EpollSet) that tells a client leaving, a long-poll client sending its next
/// request early, and a stream able to take more. So a parked watcher costs no socket object,
/// no notifiers and no read buffer, and the event loop polls one descriptor for all of them.
/// The hub wakes when the change feed announces a version (from this process's writers or,
/// through the database watcher, from another process), when the earliest long-poll deadline
/// passes, or to send a heartbeat comment on the streams.
///
/// An event's bytes are built once per version and `since`, shared by every stream (only a
/// session with a hold gets its own), and written with non-blocking send(); what the kernel does
/// not take waits as (shared bytes, offset) and goes out when the socket can take more. A
/// stream with bytes waiting is skipped for new versions and gets one catch-up event once they
/// are gone; one whose bytes have waited `streamStallMs` is closed (the browser reconnects with
/// Last-Event-ID). A long poll's answer, head and all, is built once per version, `since` and
/// keep-alive for every session without a hold or a new cookie, like an event. An answered long
/// poll stays in the epoll set until its client sends the next request, and only then goes back
/// to GuardedTcpServer as a new connection (adopt), the request still unread in the kernel; one
/// that idles for `idleTimeoutMs` is closed, as ConnectionGuard would. So a change answers
/// 10,000 polls without making 10,000 sockets at once. A version that changed no seat (a
/// check-in) is no news to a seat page: its watchers are not woken for it. Streams and long
/// polls are each capped per address and in all (WebLimits). Lives in the web thread.
class WatchHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchHub)

public:
    /// `connections` serves the answered long polls again and must outlive the hub's work (the
    /// hub does not call it from its destructor). The caps per address count what `site` says the
    /// site's other processes hold.
    WatchHub(SeatStatusCache &cache, ChangeFeed &feed, const WebLimits &limits, SiteAddressCounts &site,
             GuardedTcpServer &connections, WebCounters &counters, QObject *parent = nullptr);
    ~WatchHub() override;

    /// Parks a long poll, answered once the show is past `since` or with no seats after `wait`.
    /// Throws ApiError (503) when the long polls of `client` (the request's address), or all, are
    /// at their cap. A client that already sent more (pipelined) is answered at once, unchanged.
    /// The answer goes out in the coding `acceptEncoding` (the request's header) allows.
    void park(QTcpSocket *socket, const QHostAddress &client, qint64 show, qint64 since,
              std::chrono::milliseconds wait, const Session &session, bool keepAlive,
              QByteArrayView acceptEncoding);
    /// Starts an event stream: the head, then the seats changed after `lastEventId` or, without
    /// one, every seat; then an event per change until the client leaves. Throws ApiError (503)
    /// when the streams of `client` (the request's address), or all, are at their cap, and 400
    /// when other requests are pipelined behind it.
    void openStream(QTcpSocket *socket, const QHostAddress &client, qint64 show, std::optional<qint64> lastEventId,
                    const Session &session);

    /// Connected event streams plus parked long polls.
    int watcherCount() const { return int(m_watchers.size()); }

signals:
    /// At most once per pass of the event loop, however many watchers came and went in it.
    void watchersChanged(int count);

private:
    using TimePoint = std::chrono::steady_clock::time_point;

    /// Bytes handed to the kernel as it takes them: `own` (a stream's head) then `shared`.
    struct Unsent
    {
        QByteArray own;
        QByteArray shared;
        qsizetype sent = 0;
        TimePoint waitingSince;
        bool isEmpty() const { return own.isEmpty() && shared.isEmpty(); }
        QByteArray rest() const { return QByteArray(own + shared).mid(sent); }
    };

    /// The codings a long poll's answer may go out in, chosen from its Accept-Encoding when it
    /// parks: for an answer worth compressing, and for a smaller one; nullopt when the request
    /// accepts none of them (406, as without waiting).
    struct Codings
    {
        std::optional<ContentCoding> compressible;
        std::optional<ContentCoding> small;
    };

    struct Watcher
    {
        Watcher(qint64 show, qint64 since, Session session, QHostAddress client, bool stream)
            : show(show), since(since), session(std::move(session)), client(std::move(client)), stream(stream)
        {
            // Worked out now, while its own request is answered: a pass over thousands of
            // watchers asks each whether it holds seats, and would otherwise hash each cookie.
            this->session.owner();
        }

        GuardedTcpServer::Detached connection;
        qint64 show = 0;
        /// Long poll: the version the client has; stream: the last version sent.
        qint64 since = 0;
        Session session;
        QHostAddress client;
        bool stream = false;
        bool keepAlive = true;
        Codings codings;
        /// Stream: a change came while bytes were waiting; all it missed goes out once they are gone.
        bool behind = false;
        /// Long poll: the client sent more while parked; its connection is no longer read.
        bool inputSeen = false;
        /// EPOLLOUT is watched: `unsent` waits for room in the kernel.
        bool writeArmed = false;
        Unsent unsent;
        /// Long poll: the ticket of its deadline in m_deadlines; a stream keeps 0, which no
        /// deadline has.
        quint64 deadline = 0;
    };

    /// An answered long poll's connection, waiting for the client's next request.
    struct Answered
    {
        GuardedTcpServer::Detached connection;
        Unsent unsent;
        bool keepAlive = true;
        /// The ticket of its deadline in m_idleDeadlines.
        quint64 idleDeadline = 0;
    };

    enum class Sent { All, Partly, Failed };

    /// The epoll events a watcher is woken by.
    static quint32 interest(const Watcher &watcher);
    void add(Watcher watcher);
    /// Forgets a watcher whose connection stays open (handed back) or was closed.
    void forget(QHash<int, Watcher>::iterator it);
    /// Closes a watcher's connection: the client left, or its stream fell too far behind.
    void drop(int descriptor);
    AddressQuota &quota(const Watcher &watcher) { return watcher.stream ? m_streamQuota : m_longPollQuota; }
    ApiError atCapacity() const;
    void showChanged(qint64 show, qint64 version);
    void ready(int descriptor, quint32 events);
    /// What an answered connection's client did: sent its next request, left, or read more.
    void readyAnswered(QHash<int, Answered>::iterator it, quint32 events);
    /// A long poll's answer as far as it went out, its watcher not yet settled.
    struct Answering
    {
        int descriptor = -1;
        Unsent unsent;
        Sent sent = Sent::All;
    };
    /// Answers a long poll; its connection then waits for the next request among the answered.
    void answer(int descriptor, const SeatStatusCache::View &view);
    Answering sendAnswer(int descriptor, const Watcher &watcher, const SeatStatusCache::View &view);
    /// Forgets the answered watcher; its connection waits among the answered, is handed back or closed.
    void settleAnswer(Answering answering);
    /// The whole answer of a long poll: shared per view, coding and keep-alive, or the session's own.
    QByteArray longPollAnswer(const SeatStatusCache::View &view, const Watcher &watcher);
    void closeAnswered(QHash<int, Answered>::iterator it);
    /// Serves the connection again through the server, `unsent` first, after this pass.
    void handBack(const GuardedTcpServer::Detached &connection, const QByteArray &unsent, bool keepAlive);
    /// Writes the event of `view` (answering `since`), or drops the stream when that fails.
    void sendEvent(int descriptor, Watcher &watcher, const SeatStatusCache::View &view);
    /// The event's bytes: shared per show version and `since`, or the session's own with its hold.
    QByteArray event(const SeatStatusCache::View &view, const Session &session);
    /// Starts writing `own` + `shared`; what the kernel does not take now waits for EPOLLOUT.
    Sent write(int descriptor, Watcher &watcher, QByteArray own, QByteArray shared);
    Sent sendUnsent(int descriptor, Watcher &watcher);
    /// Hands `unsent` to the kernel as far as it takes it now; what is sent is dropped from it.
    static Sent sendSome(int descriptor, Unsent &unsent);
    /// Sends a stream that fell behind all it missed, once its waiting bytes are gone.
    void catchUp(int descriptor, Watcher &watcher);
    bool stalled(const Watcher &watcher, TimePoint now) const;
    void expireDeadlines();
    void closeIdleAnswered();
    static void arm(QTimer &timer, const DeadlineQueue &deadlines);
    void sendHeartbeats();
    void countChanged();
    void handBackSome();

    SeatStatusCache &m_cache;
    const WebLimits &m_limits;
    GuardedTcpServer &m_connections;
    WebCounters &m_counters;
    EpollSet m_epoll;
    QHash<int, Watcher> m_watchers;
    QHash<qint64, QSet<int>> m_byShow;
    DeadlineQueue m_deadlines;
    QHash<int, Answered> m_answered;
    DeadlineQueue m_idleDeadlines;
    AddressQuota m_streamQuota;
    AddressQuota m_longPollQuota;
    /// Answered long polls waiting to be served again, a batch per pass, after the answers.
    struct HandBack
    {
        GuardedTcpServer::Detached connection;
        QByteArray unsent;
        bool keepAlive = true;
    };
    QList<HandBack> m_handBacks;
    QTimer m_handBackTimer;
    QTimer m_deadlineTimer;
    QTimer m_idleTimer;
    QTimer m_heartbeatTimer;
    QTimer m_countTimer;
    int m_countSent = 0;
};

} // namespace boxoffice
