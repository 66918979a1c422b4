#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "requestheadscanner.h"
#include "weblimits.h"

#include <QBasicTimer>
#include <QObject>

#include <chrono>
#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace boxoffice {

/// Answers one request on a socket; `keepAlive` says whether the connection stays open after.
using RequestHandler = std::function<void(const HttpRequest &request, QTcpSocket *socket, bool keepAlive)>;

/// Watches one connection in front of QtHttpServer, which has no size limits and no timeouts.
///
/// Its readyRead slot is connected before the server's and sees every byte first: it follows
/// request framing with a RequestHeadScanner and refuses an oversized or malformed request
/// (413/414/431/400) before the server buffers any of it; a second slot after the server's
/// learns how much the server consumed. It closes connections that idle between requests and
/// answers 408 to requests that trickle in too slowly. A connection whose answer is pending
/// (long poll, event stream) leaves its socket and guard for WatchHub (GuardedTcpServer::detach).
///
/// A plain GET or HEAD that arrives whole, with nothing before or after it, the guard takes apart
/// and hands to the handler itself (parsePlainRequest): QtHttpServer 6.4 reads a request through
/// QIODevice one byte at a time and through QUrl, which cost as much as all the rest of a cached
/// answer. Everything else, and whatever QtHttpServer has begun to read, stays QtHttpServer's.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

public:
    /// Becomes a child of the socket. `limits` and `handler` must outlive it.
    ConnectionGuard(QTcpSocket *socket, const WebLimits &limits, const RequestHandler &handler);

    /// Call before the server connects to the socket, and after.
    void connectBeforeServer();
    void connectAfterServer();

    /// The guard of a socket that a GuardedTcpServer accepted, or null.
    static ConnectionGuard *of(QTcpSocket *socket);
    /// What the scanner learned of the request being handled on the socket.
    static RequestHeadScanner::RequestInfo takeRequestInfo(QTcpSocket *socket);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum class Wait { None, Idle, Request, Linger };

    void beforeServerReads();
    void afterServerRead();
    bool answerPlainRequest(QByteArrayView bytes);
    void refuse(const HttpResponse &response);
    void drainRefused();
    void shutDownWriting();
    void startWait(Wait wait);
    /// Moves the current wait's deadline to `waitMs` from now.
    void waitFor(int waitMs);
    void updateWait();
    /// Whether the kernel holds bytes for the socket that the socket will read but has not yet.
    bool hasUnreadInput() const;

    QTcpSocket *m_socket;
    const WebLimits &m_limits;
    const RequestHandler &m_handler;
    RequestHeadScanner m_scanner;
    /// Bytes at the front of the socket's unread data that the scanner has seen.
    qint64 m_scanned = 0;
    qint64 m_availableBeforeServer = 0;
    bool m_refused = false;
    bool m_continueSent = false;
    qint64 m_drained = 0;
    Wait m_wait = Wait::None;
    /// Whether the current wait was already given more time for bytes that came while the
    /// thread was busy elsewhere: one grace each, so a trickle cannot buy time with it.
    bool m_graceGiven = false;
    /// When the current wait ends, and when m_timer goes off; the deadline only ever moves on
    /// past m_timerDue while the timer runs.
    std::chrono::steady_clock::time_point m_deadline;
    std::chrono::steady_clock::time_point m_timerDue;
    QBasicTimer m_timer;
};

} // namespace boxoffice
