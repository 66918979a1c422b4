#include "watchhub.h"

#include "apierror.h"
#include "changefeed.h"
#include "connectionguard.h"

#include <QTcpSocket>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace boxoffice {

using namespace std::chrono;

WatchHub::WatchHub(SeatStatusCache &cache, ChangeFeed &feed, const WebLimits &limits, SiteAddressCounts &site,
                   QObject *parent)
    : QObject(parent), m_cache(cache), m_limits(limits), m_streamQuota(limits.streams, site, AddressLoad::Kind::Streams),
      m_longPollQuota(limits.longPolls, site, AddressLoad::Kind::LongPolls)
{
    // Queued even for this thread's own writers: answering watchers must not run inside the
    // request handler that made the change.
    connect(&feed, &ChangeFeed::showChanged, this, &WatchHub::showChanged, Qt::QueuedConnection);
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &WatchHub::expireDeadlines);
    m_heartbeatTimer.setInterval(m_limits.heartbeatMs);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &WatchHub::sendHeartbeats);
}

WatchHub::~WatchHub() = default;

ApiError WatchHub::atCapacity() const
{
    return ApiError::serviceUnavailable(u"Too many live seat updates are open; please try again shortly."_s,
                                        m_limits.busyRetryAfterSeconds);
}

void WatchHub::add(QTcpSocket *socket, Watcher watcher)
{
    const qint64 show = watcher.show;
    const bool stream = watcher.stream;
    m_watchers.insert(socket, std::move(watcher));
    m_byShow[show].insert(socket);
    if (stream && !m_heartbeatTimer.isActive())
        m_heartbeatTimer.start();
    ConnectionGuard::setParked(socket, true);
    // The key is only compared, never dereferenced: both signals come before the socket is gone.
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { remove(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { remove(socket); });
    if (stream)
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { catchUp(socket); });
    emit watchersChanged(watcherCount());
}

void WatchHub::remove(QTcpSocket *socket)
{
    const auto it = m_watchers.find(socket);
    if (it == m_watchers.end())
        return;
    quota(*it).giveBack(it->peer);
    if (it->stream && m_streamQuota.total() == 0)
        m_heartbeatTimer.stop();
    if (!it->stream)
        m_deadlines.erase(it->deadline);
    const auto shows = m_byShow.find(it->show);
    if (shows != m_byShow.end()) {
        shows->remove(socket);
        if (shows->isEmpty())
            m_byShow.erase(shows);
    }
    if (it->socket) {
        disconnect(it->socket, nullptr, this, nullptr);
        ConnectionGuard::setParked(it->socket, false);
    }
    m_watchers.erase(it);
    emit watchersChanged(watcherCount());
}

void WatchHub::park(QTcpSocket *socket, qint64 show, qint64 since, milliseconds wait, const Session &session,
                    bool keepAlive)
{
    const QHostAddress peer = socket->peerAddress();
    if (!m_longPollQuota.tryTake(peer))
        throw atCapacity();
    Watcher watcher{socket, show, since, session, peer, false, keepAlive, false, {}};
    watcher.deadline = m_deadlines.emplace(steady_clock::now() + wait, socket);
    add(socket, std::move(watcher));
    armDeadlineTimer();
}

void WatchHub::openStream(QTcpSocket *socket, qint64 show, std::optional<qint64> lastEventId, const Session &session)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QHostAddress peer = socket->peerAddress();
    if (!m_streamQuota.tryTake(peer))
        throw atCapacity();
    // Bounds what a client that stops reading pins in the kernel; see WebLimits.
    const int sendBuffer = m_limits.streamSendBufferBytes;
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_SNDBUF, &sendBuffer, sizeof sendBuffer);

    HttpResponse head;
    head.contentType = "text/event-stream; charset=utf-8";
    head.addHeader("Cache-Control", "no-store");
    head.addHeader("X-Accel-Buffering", "no");
    if (session.isNew())
        head.addHeader("Set-Cookie", session.setCookieHeader());
    // No Content-Length: the stream ends when the connection does. A client that lost it
    // reconnects after `retry` milliseconds and resumes from its Last-Event-ID.
    QByteArray start = serializeHead(head, true, -1) + "retry: 2000\n\n";

    Watcher watcher{socket, show, lastEventId.value_or(-1), session, peer, true, true, false, {}};
    const auto view = lastEventId ? m_cache.since(show, *lastEventId) : m_cache.full(show);
    if (view.ok()) {
        if (!lastEventId || view->entry->version != *lastEventId)
            start += eventBytes(view.value(), session);
        watcher.since = view->entry->version;
    }
    sendNow(socket, start);
    add(socket, std::move(watcher));
}

QByteArray WatchHub::eventBytes(const SeatStatusCache::View &view, const Session &session) const
{
    QByteArray event = "id: " + QByteArray::number(view.entry->version) + "\nevent: seats\ndata: ";
    event += m_cache.body(view, session);
    event += "\n\n";
    return event;
}

void WatchHub::sendEvent(Watcher &watcher, const SeatStatusCache::View &view)
{
    // Whatever the kernel did not take is still waiting in the socket: the client reads slower
    // than seats change, or not at all. Queueing every change behind it would grow without
    // bound; it gets them all in one event once it has read the rest (catchUp).
    if (watcher.socket->bytesToWrite() > 0) {
        watcher.behind = true;
        return;
    }
    sendNow(watcher.socket, eventBytes(view, watcher.session));
    watcher.since = view.entry->version;
}

void WatchHub::catchUp(QTcpSocket *key)
{
    const auto it = m_watchers.find(key);
    if (it == m_watchers.end() || !it->behind || !it->socket || it->socket->bytesToWrite() > 0)
        return;
    it->behind = false;
    const auto view = m_cache.since(it->show, it->since);
    if (!view.ok()) {
        qWarning("boxoffice web: cannot read show %lld: %s", it->show, qUtf8Printable(view.error().message));
        return;
    }
    if (view->entry->version > it->since)
        sendEvent(it.value(), view.value());
}

void WatchHub::answer(QTcpSocket *key, const SeatStatusCache::View &view)
{
    const auto it = m_watchers.constFind(key);
    if (it == m_watchers.cend())
        return;
    const QPointer<QTcpSocket> socket = it->socket;
    HttpResponse response = m_cache.response(view, it->session);
    if (it->session.isNew())
        response.addHeader("Set-Cookie", it->session.setCookieHeader());
    const bool keepAlive = it->keepAlive;
    remove(key);
    if (socket)
        writeResponse(socket, response, keepAlive);
}

void WatchHub::showChanged(qint64 show, qint64 version)
{
    const auto watching = m_byShow.constFind(show);
    if (watching == m_byShow.cend())
        return;
    const QList<QTcpSocket *> sockets(watching->cbegin(), watching->cend());
    for (QTcpSocket *key : sockets) {
        const auto it = m_watchers.find(key);
        if (it == m_watchers.end())
            continue;
        if (!it->socket || it->socket->state() != QAbstractSocket::ConnectedState) {
            remove(key);
            continue;
        }
        if (it->since >= version)
            continue;
        if (it->stream && it->socket->bytesToWrite() > 0) {
            // Behind: not worth building an event it would not be sent.
            it->behind = true;
            continue;
        }
        auto view = m_cache.since(show, it->since);
        if (!view.ok()) {
            qWarning("boxoffice web: cannot read show %lld: %s", show, qUtf8Printable(view.error().message));
            return;
        }
        if (view->entry->version <= it->since)
            continue;
        if (it->stream)
            sendEvent(it.value(), view.value());
        else
            answer(key, view.value());
    }
}

void WatchHub::expireDeadlines()
{
    const TimePoint now = steady_clock::now();
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        QTcpSocket *key = m_deadlines.begin()->second;
        const auto it = m_watchers.constFind(key);
        if (it == m_watchers.cend()) {
            m_deadlines.erase(m_deadlines.begin());
            continue;
        }
        if (!it->socket) {
            remove(key);
            continue;
        }
        auto view = m_cache.since(it->show, it->since);
        if (view.ok()) {
            answer(key, view.value());
        } else {
            const QPointer<QTcpSocket> socket = it->socket;
            remove(key);
            if (socket)
                socket->abort();
        }
    }
    armDeadlineTimer();
}

void WatchHub::armDeadlineTimer()
{
    if (m_deadlines.empty()) {
        m_deadlineTimer.stop();
        return;
    }
    const auto due = duration_cast<milliseconds>(m_deadlines.begin()->first - steady_clock::now());
    m_deadlineTimer.start(qMax<qint64>(0, due.count() + 1));
}

void WatchHub::sendHeartbeats()
{
    const QList<QTcpSocket *> sockets = m_watchers.keys();
    for (QTcpSocket *key : sockets) {
        const auto it = m_watchers.constFind(key);
        if (it == m_watchers.cend() || !it->stream)
            continue;
        if (!it->socket || it->socket->state() != QAbstractSocket::ConnectedState) {
            remove(key);
            continue;
        }
        // A stream with bytes still waiting is not idle, and a comment would only queue behind them.
        if (it->socket->bytesToWrite() == 0)
            sendNow(it->socket, ": keep-alive\n\n");
    }
}

} // namespace boxoffice
