#include "watchhub.h"

#include "apierror.h"
#include "changefeed.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <cerrno>
#include <vector>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace boxoffice {

// QT_LOGGING_RULES="boxoffice.web.fanout.info=true" logs how long each pass over a show's
// watchers took, for the fan-out benchmark.
Q_LOGGING_CATEGORY(lcFanOut, "boxoffice.web.fanout", QtWarningMsg)

using namespace std::chrono;

namespace {

/// Answered long polls served again per pass of the event loop.
constexpr qsizetype handBackBatch = 256;

QByteArray eventBytes(const SeatStatusCache &cache, const SeatStatusCache::View &view, const Session &session)
{
    QByteArray event = "id: " + QByteArray::number(view.entry->version) + "\nevent: seats\ndata: ";
    event += cache.body(view, session);
    event += "\n\n";
    return event;
}

/// What a wake-up of the epoll set says of a connection's input, peeked, never read.
enum class Input { Nothing, Request, Gone };

Input peekInput(int descriptor, quint32 events)
{
    if (events & (EPOLLERR | EPOLLHUP))
        return Input::Gone;
    if (!(events & (EPOLLIN | EPOLLRDHUP)))
        return Input::Nothing;
    char byte = 0;
    const ssize_t peeked = ::recv(descriptor, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    if (peeked > 0)
        return Input::Request;
    if (peeked == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
        return Input::Gone;
    return Input::Nothing;
}

qint64 threadCpuMicroseconds()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000 + now.tv_nsec / 1000;
}

HttpResponse longPollResponse(const SeatStatusCache &cache, const SeatStatusCache::View &view, const Session &session,
                              const CodingChoice &choice)
{
    HttpResponse response = cache.response(view, session, choice);
    if (session.isNew())
        response.addHeader("Set-Cookie", session.setCookieHeader());
    return response;
}

} // namespace

WatchHub::WatchHub(SeatStatusCache &cache, ChangeFeed &feed, const WebLimits &limits, SiteAddressCounts &site,
                   GuardedTcpServer &connections, WebCounters &counters, QObject *parent)
    : QObject(parent), m_cache(cache), m_limits(limits), m_connections(connections), m_counters(counters),
      m_epoll([this](int descriptor, quint32 events) { ready(descriptor, events); }),
      m_streamQuota(limits.streams, site, AddressLoad::Kind::Streams),
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
    m_countTimer.setSingleShot(true);
    connect(&m_countTimer, &QTimer::timeout, this, [this] {
        if (watcherCount() != m_countSent) {
            m_countSent = watcherCount();
            emit watchersChanged(m_countSent);
        }
    });
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &WatchHub::closeIdleAnswered);
    m_handBackTimer.setSingleShot(true);
    connect(&m_handBackTimer, &QTimer::timeout, this, &WatchHub::handBackSome);
}

WatchHub::~WatchHub()
{
    // The server may be gone already: the connections are only closed.
    for (auto it = m_watchers.cbegin(); it != m_watchers.cend(); ++it)
        ::close(it.key());
    for (auto it = m_answered.cbegin(); it != m_answered.cend(); ++it)
        ::close(it.key());
    for (const HandBack &handBack : std::as_const(m_handBacks))
        ::close(handBack.connection.descriptor);
}

ApiError WatchHub::atCapacity() const
{
    return ApiError::serviceUnavailable(u"Too many live seat updates are open; please try again shortly."_s,
                                        m_limits.busyRetryAfterSeconds);
}

quint32 WatchHub::interest(const Watcher &watcher)
{
    quint32 events = watcher.inputSeen ? 0 : EPOLLIN | EPOLLRDHUP;
    if (watcher.writeArmed)
        events |= EPOLLOUT;
    return events;
}

void WatchHub::add(Watcher watcher)
{
    const int descriptor = watcher.connection.descriptor;
    if (!m_epoll.add(descriptor, interest(watcher))) {
        qWarning("boxoffice web: cannot watch a connection: %s", strerror(errno));
        quota(watcher).giveBack(watcher.client);
        ::close(descriptor);
        m_connections.forget(watcher.connection.peer);
        return;
    }
    m_byShow[watcher.show].insert(descriptor);
    if (watcher.stream && !m_heartbeatTimer.isActive())
        m_heartbeatTimer.start();
    m_watchers.insert(descriptor, std::move(watcher));
    countChanged();
}

void WatchHub::forget(QHash<int, Watcher>::iterator it)
{
    const int descriptor = it.key();
    quota(*it).giveBack(it->client);
    const auto shows = m_byShow.find(it->show);
    if (shows != m_byShow.end()) {
        shows->remove(descriptor);
        if (shows->isEmpty())
            m_byShow.erase(shows);
    }
    const bool stream = it->stream;
    m_watchers.erase(it);
    if (stream && m_streamQuota.total() == 0)
        m_heartbeatTimer.stop();
    countChanged();
}

void WatchHub::drop(int descriptor)
{
    const auto it = m_watchers.find(descriptor);
    if (it == m_watchers.end())
        return;
    m_epoll.remove(descriptor);
    ::close(descriptor);
    m_connections.forget(it->connection.peer);
    forget(it);
}

void WatchHub::countChanged()
{
    if (!m_countTimer.isActive())
        m_countTimer.start(0);
}

void WatchHub::park(QTcpSocket *socket, const QHostAddress &client, qint64 show, qint64 since, milliseconds wait,
                    const Session &session, bool keepAlive, QByteArrayView acceptEncoding)
{
    if (socket->bytesAvailable() > 0 || socket->bytesToWrite() > 0) {
        // The client sent its next request already, or has not read the last answer: parked,
        // the request after this one would wait behind it. Answered now, as at its deadline.
        const auto view = m_cache.since(show, since);
        if (!view.ok())
            throw ApiError::fromCore(view.error());
        const CodingChoice choice(acceptEncoding, SeatStatusCache::codings(view.value()));
        writeResponse(socket, longPollResponse(m_cache, view.value(), session, choice), keepAlive);
        return;
    }
    if (!m_longPollQuota.tryTake(client))
        throw atCapacity();
    const GuardedTcpServer::Detached connection = m_connections.detach(socket);
    if (connection.descriptor < 0) {
        m_longPollQuota.giveBack(client);
        return;
    }
    Watcher watcher(show, since, session, client, false);
    watcher.connection = connection;
    watcher.keepAlive = keepAlive;
    watcher.codings = {negotiateCoding(acceptEncoding, {true, true}), negotiateCoding(acceptEncoding, {})};
    watcher.deadline = m_deadlines.add(steady_clock::now() + wait, connection.descriptor);
    add(std::move(watcher));
    arm(m_deadlineTimer, m_deadlines);
}

void WatchHub::openStream(QTcpSocket *socket, const QHostAddress &client, qint64 show,
                          std::optional<qint64> lastEventId, const Session &session)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (socket->bytesAvailable() > 0 || socket->bytesToWrite() > 0)
        throw ApiError::badRequest(u"An event stream never ends: no request may follow it on its connection."_s);
    if (!m_streamQuota.tryTake(client))
        throw atCapacity();

    HttpResponse head;
    head.contentType = "text/event-stream; charset=utf-8";
    head.addHeader("Cache-Control", "no-store");
    head.addHeader("X-Accel-Buffering", "no");
    if (session.isNew())
        head.addHeader("Set-Cookie", session.setCookieHeader());
    // No Content-Length: the stream ends when the connection does. A client that lost it
    // reconnects after `retry` milliseconds and resumes from its Last-Event-ID.
    const QByteArray start = serializeHead(head, true, -1) + "retry: 2000\n\n";

    Watcher watcher(show, lastEventId.value_or(-1), session, client, true);
    QByteArray first;
    const auto view = lastEventId ? m_cache.since(show, *lastEventId) : m_cache.full(show);
    if (view.ok()) {
        if (!view->noSeatChanged)
            first = event(view.value(), session);
        watcher.since = view->entry->version;
    }

    watcher.connection = m_connections.detach(socket);
    const int descriptor = watcher.connection.descriptor;
    if (descriptor < 0) {
        m_streamQuota.giveBack(client);
        return;
    }
    // Bounds what a client that stops reading pins in the kernel; see WebLimits.
    const int sendBuffer = m_limits.streamSendBufferBytes;
    ::setsockopt(descriptor, SOL_SOCKET, SO_SNDBUF, &sendBuffer, sizeof sendBuffer);
    add(std::move(watcher));
    const auto it = m_watchers.find(descriptor);
    if (it != m_watchers.end() && write(descriptor, *it, start, first) == Sent::Failed)
        drop(descriptor);
}

QByteArray WatchHub::event(const SeatStatusCache::View &view, const Session &session)
{
    QByteArray *shared = nullptr;
    if (!SeatStatusCache::holdsSeats(view, session)) {
        SeatStatusCache::Shared *kept = SeatStatusCache::shared(view);
        shared = kept ? &kept->event : nullptr;
    }
    if (shared && !shared->isEmpty())
        return *shared;
    ++m_counters.eventBuilds;
    QByteArray built = eventBytes(m_cache, view, session);
    if (shared)
        *shared = built;
    return built;
}

QByteArray WatchHub::longPollAnswer(const SeatStatusCache::View &view, const Watcher &watcher)
{
    const AvailableCodings available = SeatStatusCache::codings(view);
    const std::optional<ContentCoding> coding = available.any() ? watcher.codings.compressible : watcher.codings.small;
    QByteArray *shared = nullptr;
    if (coding && !watcher.session.isNew() && !SeatStatusCache::holdsSeats(view, watcher.session)) {
        SeatStatusCache::Shared *kept = SeatStatusCache::shared(view);
        shared = kept ? &kept->longPollAnswers[SeatStatusCache::Shared::longPollSlot(*coding, watcher.keepAlive)]
                      : nullptr;
    }
    if (shared && !shared->isEmpty())
        return *shared;
    ++m_counters.answerBuilds;
    const HttpResponse response = coding
            ? longPollResponse(m_cache, view, watcher.session, CodingChoice(*coding, available))
            : ApiError::notAcceptable().toResponse();
    QByteArray built = serializeResponse(response, watcher.keepAlive);
    if (shared)
        *shared = built;
    return built;
}

WatchHub::Sent WatchHub::write(int descriptor, Watcher &watcher, QByteArray own, QByteArray shared)
{
    Q_ASSERT(watcher.unsent.isEmpty());
    watcher.unsent = Unsent{std::move(own), std::move(shared), 0, steady_clock::now()};
    return sendUnsent(descriptor, watcher);
}

WatchHub::Sent WatchHub::sendSome(int descriptor, Unsent &unsent)
{
    const qint64 total = unsent.own.size() + unsent.shared.size();
    while (unsent.sent < total) {
        const qint64 sent = sendPieces(descriptor, {&unsent.own, &unsent.shared}, unsent.sent);
        if (sent < 0)
            return Sent::Failed;
        if (sent == 0)
            return Sent::Partly;
        unsent.sent += sent;
    }
    unsent = Unsent{};
    return Sent::All;
}

WatchHub::Sent WatchHub::sendUnsent(int descriptor, Watcher &watcher)
{
    const Sent sent = sendSome(descriptor, watcher.unsent);
    if (sent == Sent::Failed)
        return sent;
    // EPOLLOUT only while something waits: a socket with room would wake every pass.
    const bool waiting = sent == Sent::Partly;
    if (watcher.writeArmed != waiting) {
        watcher.writeArmed = waiting;
        m_epoll.change(descriptor, interest(watcher));
    }
    return sent;
}

bool WatchHub::stalled(const Watcher &watcher, TimePoint now) const
{
    return !watcher.unsent.isEmpty() && now - watcher.unsent.waitingSince >= milliseconds(m_limits.streamStallMs);
}

void WatchHub::sendEvent(int descriptor, Watcher &watcher, const SeatStatusCache::View &view)
{
    watcher.since = view.entry->version;
    if (write(descriptor, watcher, {}, event(view, watcher.session)) == Sent::Failed)
        drop(descriptor);
}

void WatchHub::catchUp(int descriptor, Watcher &watcher)
{
    if (!watcher.behind)
        return;
    watcher.behind = false;
    const auto view = m_cache.since(watcher.show, watcher.since);
    if (!view.ok()) {
        qWarning("boxoffice web: cannot read show %lld: %s", watcher.show, qUtf8Printable(view.error().message));
        return;
    }
    if (view->noSeatChanged)
        watcher.since = view->entry->version;
    else if (view->entry->version > watcher.since)
        sendEvent(descriptor, watcher, view.value());
}

void WatchHub::ready(int descriptor, quint32 events)
{
    if (const auto answered = m_answered.find(descriptor); answered != m_answered.end()) {
        readyAnswered(answered, events);
        return;
    }
    const auto it = m_watchers.find(descriptor);
    if (it == m_watchers.end())
        return;
    switch (peekInput(descriptor, events)) {
    case Input::Gone: drop(descriptor); return;
    case Input::Nothing: break;
    case Input::Request:
        // Nothing sent on a stream could ever be answered.
        if (it->stream) {
            drop(descriptor);
            return;
        }
        // A long poll's client sent its next request early: it stays unread in the kernel,
        // for the connection's next socket once the poll is answered. Until then only an
        // error or hang-up is heard, as a closing client would now look readable forever.
        it->inputSeen = true;
        m_epoll.change(descriptor, interest(*it));
        break;
    }
    if ((events & EPOLLOUT) && !it->unsent.isEmpty()) {
        switch (sendUnsent(descriptor, *it)) {
        case Sent::Failed: drop(descriptor); return;
        case Sent::All: catchUp(descriptor, *it); return;
        case Sent::Partly: return;
        }
    }
}

void WatchHub::answer(int descriptor, const SeatStatusCache::View &view)
{
    const auto it = m_watchers.find(descriptor);
    if (it == m_watchers.end())
        return;
    settleAnswer(sendAnswer(descriptor, *it, view));
}

WatchHub::Answering WatchHub::sendAnswer(int descriptor, const Watcher &watcher, const SeatStatusCache::View &view)
{
    Answering answering{descriptor, Unsent{{}, longPollAnswer(view, watcher), 0, {}}, Sent::All};
    answering.sent = sendSome(descriptor, answering.unsent);
    return answering;
}

void WatchHub::settleAnswer(Answering answering)
{
    const int descriptor = answering.descriptor;
    const auto it = m_watchers.find(descriptor);
    if (it == m_watchers.end())
        return;
    Answered answered{std::move(it->connection), std::move(answering.unsent), it->keepAlive, 0};
    const bool requestWaiting = it->inputSeen;
    forget(it);
    const Sent sent = answering.sent;
    if (sent == Sent::Failed || (sent == Sent::All && !answered.keepAlive)) {
        m_epoll.remove(descriptor);
        ::close(descriptor);
        m_connections.forget(answered.connection.peer);
        return;
    }
    if (requestWaiting) {
        m_epoll.remove(descriptor);
        handBack(answered.connection, answered.unsent.rest(), answered.keepAlive);
        return;
    }
    // Read again only when the client sends its next request; until then the connection costs
    // this struct and its place in the epoll set, where it is watched as it was while parked
    // (EPOLLIN | EPOLLRDHUP): no system call unless the answer waits for room.
    if (sent == Sent::Partly)
        m_epoll.change(descriptor, EPOLLIN | EPOLLRDHUP | EPOLLOUT);
    const bool first = m_idleDeadlines.empty();
    answered.idleDeadline = m_idleDeadlines.add(steady_clock::now() + milliseconds(m_limits.idleTimeoutMs), descriptor);
    m_answered.emplace(descriptor, std::move(answered));
    if (first)
        arm(m_idleTimer, m_idleDeadlines);
}

void WatchHub::readyAnswered(QHash<int, Answered>::iterator it, quint32 events)
{
    const int descriptor = it.key();
    switch (peekInput(descriptor, events)) {
    case Input::Gone: closeAnswered(it); return;
    case Input::Nothing: break;
    case Input::Request:
        m_epoll.remove(descriptor);
        handBack(it->connection, it->unsent.rest(), it->keepAlive);
        m_answered.erase(it);
        return;
    }
    if ((events & EPOLLOUT) && !it->unsent.isEmpty()) {
        switch (sendSome(descriptor, it->unsent)) {
        case Sent::Failed: closeAnswered(it); return;
        case Sent::All:
            if (!it->keepAlive)
                closeAnswered(it);
            else
                m_epoll.change(descriptor, EPOLLIN | EPOLLRDHUP);
            return;
        case Sent::Partly: return;
        }
    }
}

void WatchHub::closeAnswered(QHash<int, Answered>::iterator it)
{
    m_epoll.remove(it.key());
    ::close(it.key());
    m_connections.forget(it->connection.peer);
    m_answered.erase(it);
}

void WatchHub::closeIdleAnswered()
{
    const TimePoint now = steady_clock::now();
    while (const auto due = m_idleDeadlines.takeDue(now)) {
        const auto it = m_answered.find(due->descriptor);
        if (it != m_answered.end() && it->idleDeadline == due->ticket)
            closeAnswered(it);
    }
    arm(m_idleTimer, m_idleDeadlines);
}

void WatchHub::handBack(const GuardedTcpServer::Detached &connection, const QByteArray &unsent, bool keepAlive)
{
    m_handBacks.append(HandBack{connection, unsent, keepAlive});
    if (!m_handBackTimer.isActive())
        m_handBackTimer.start(0);
}

void WatchHub::handBackSome()
{
    // After the answers of a pass, and in batches: a socket object per connection costs more
    // than the answer itself.
    const qsizetype count = qMin(handBackBatch, m_handBacks.size());
    for (qsizetype i = 0; i < count; ++i) {
        const HandBack handBack = m_handBacks.takeFirst();
        m_connections.adopt(handBack.connection, handBack.unsent, handBack.keepAlive);
    }
    if (!m_handBacks.isEmpty())
        m_handBackTimer.start(0);
}

void WatchHub::showChanged(qint64 show, qint64 version)
{
    const auto watching = m_byShow.constFind(show);
    if (watching == m_byShow.cend())
        return;
    QElapsedTimer pass;
    pass.start();
    const qint64 cpuAtStart = threadCpuMicroseconds();
    const QList<int> descriptors(watching->cbegin(), watching->cend());
    const TimePoint now = steady_clock::now();
    // One view per `since` for the whole pass; the event bytes are shared too (event()).
    QHash<qint64, SeatStatusCache::View> views;
    // Long polls are answered first and settled after: the last answer goes out without
    // waiting for the others' bookkeeping.
    std::vector<Answering> answered;
    for (const int descriptor : descriptors) {
        const auto it = m_watchers.find(descriptor);
        if (it == m_watchers.end() || it->since >= version)
            continue;
        if (it->stream && !it->unsent.isEmpty()) {
            // Behind: not worth building an event it would not be sent.
            if (stalled(*it, now))
                drop(descriptor);
            else
                it->behind = true;
            continue;
        }
        auto found = views.find(it->since);
        if (found == views.end()) {
            auto view = m_cache.since(show, it->since);
            if (!view.ok()) {
                qWarning("boxoffice web: cannot read show %lld: %s", show, qUtf8Printable(view.error().message));
                break;
            }
            found = views.insert(it->since, view.value());
        }
        if (found->entry->version <= it->since)
            continue;
        if (found->noSeatChanged) {
            // Nothing for a seat page: the next change's `since=` answer is the same from here.
            it->since = found->entry->version;
            continue;
        }
        if (it->stream)
            sendEvent(descriptor, *it, *found);
        else
            answered.push_back(sendAnswer(descriptor, *it, *found));
    }
    for (Answering &each : answered)
        settleAnswer(std::move(each));
    // CPU time beside wall time: on a busy machine the clients woken by the pass take turns with it.
    qCInfo(lcFanOut, "show %lld version %lld: %lld watchers in %lld us (%lld us of CPU)", show, version,
           qint64(descriptors.size()), qint64(pass.nsecsElapsed() / 1000), threadCpuMicroseconds() - cpuAtStart);
}

void WatchHub::expireDeadlines()
{
    const TimePoint now = steady_clock::now();
    while (const auto due = m_deadlines.takeDue(now)) {
        const auto it = m_watchers.constFind(due->descriptor);
        // A stream has no deadline: its ticket (0) is never one the queue hands out.
        if (it == m_watchers.cend() || it->deadline != due->ticket)
            continue;
        const auto view = m_cache.since(it->show, it->since);
        if (view.ok())
            answer(due->descriptor, view.value());
        else
            drop(due->descriptor);
    }
    arm(m_deadlineTimer, m_deadlines);
}

void WatchHub::arm(QTimer &timer, const DeadlineQueue &deadlines)
{
    if (deadlines.empty()) {
        timer.stop();
        return;
    }
    const auto due = duration_cast<milliseconds>(deadlines.soonest() - steady_clock::now());
    timer.start(qMax<qint64>(0, due.count() + 1));
}

void WatchHub::sendHeartbeats()
{
    static const QByteArray comment = QByteArrayLiteral(": keep-alive\n\n");
    const TimePoint now = steady_clock::now();
    const QList<int> descriptors = m_watchers.keys();
    for (const int descriptor : descriptors) {
        const auto it = m_watchers.find(descriptor);
        if (it == m_watchers.end() || !it->stream)
            continue;
        // A stream with bytes still waiting is not idle, and a comment would only queue behind them.
        if (!it->unsent.isEmpty()) {
            if (stalled(*it, now))
                drop(descriptor);
            continue;
        }
        if (write(descriptor, *it, {}, comment) == Sent::Failed)
            drop(descriptor);
    }
}

} // namespace boxoffice
