#include "connectionguard.h"

#include "apierror.h"

#include <QTcpSocket>
#include <QTimerEvent>

#include <sys/ioctl.h>
#include <sys/socket.h>

namespace boxoffice {

namespace {
/// Unread input drained after a refusal before the connection is cut regardless.
constexpr qint64 maxDrainBytes = 1024 * 1024;
/// How long a request's deadline waits again for bytes that came in time but were still unread.
constexpr int unreadGraceMs = 100;
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const WebLimits &limits, const RequestHandler &handler)
    : QObject(socket), m_socket(socket), m_limits(limits), m_handler(handler), m_scanner(limits.request)
{
    startWait(Wait::Idle);
}

void ConnectionGuard::connectBeforeServer()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeServerReads);
}

void ConnectionGuard::connectAfterServer()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterServerRead);
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

RequestHeadScanner::RequestInfo ConnectionGuard::takeRequestInfo(QTcpSocket *socket)
{
    ConnectionGuard *guard = of(socket);
    return guard ? guard->m_scanner.takeCompleted() : RequestHeadScanner::RequestInfo();
}

void ConnectionGuard::beforeServerReads()
{
    if (m_refused)
        return;
    const qint64 available = m_socket->bytesAvailable();
    if (available > m_scanned) {
        // Everything before was read and answered: QtHttpServer holds no part of a request.
        const bool serverIdle = m_scanned == 0 && !m_scanner.inRequest() && m_scanner.completedCount() == 0;
        // QIODevice can only peek from the front. Usually that is where the new bytes start, as
        // the server has read all before them; the scratch buffer saves an allocation per read.
        thread_local QByteArray scratch;
        if (scratch.size() < available)
            scratch.resize(available);
        const qint64 peeked = qMax<qint64>(m_socket->peek(scratch.data(), available), 0);
        const bool wasInRequest = m_scanner.inRequest();
        const auto verdict = m_scanner.feed(
                QByteArrayView(scratch.constData(), peeked).sliced(qMin<qint64>(m_scanned, peeked)));
        m_scanned = peeked;
        if (verdict != RequestHeadScanner::Verdict::Pass) {
            refuse(ApiError::fromVerdict(verdict, m_scanner.reason()).toResponse());
            return;
        }
        if (serverIdle && m_scanner.completedCount() == 1 && !m_scanner.inRequest() &&
            answerPlainRequest(QByteArrayView(scratch.constData(), peeked)))
            return;
        if (!m_scanner.inRequest()) {
            m_continueSent = false;
        } else if (m_scanner.awaitingBody() && m_scanner.expectsContinue() && !m_continueSent &&
                   m_scanner.completedCount() == 0) {
            // QtHttpServer never says it; curl would wait a second before sending the body.
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_continueSent = true;
        }
        if (!wasInRequest && m_scanner.inRequest())
            startWait(Wait::Request);
    }
    m_availableBeforeServer = available;
}

bool ConnectionGuard::answerPlainRequest(QByteArrayView bytes)
{
    std::optional<HttpRequest> request = parsePlainRequest(bytes);
    if (!request)
        return false;
    // QtHttpServer's parser is between requests; a transaction it left open holds nothing.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(bytes.size());
    m_scanned = 0;
    m_availableBeforeServer = 0;
    request->peer = m_socket->peerAddress();
    const RequestHeadScanner::RequestInfo info = m_scanner.takeCompleted();
    m_handler(*request, m_socket, info.keepAlive);
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        // Closed after the answer: QtHttpServer, next in line, must not read a closed device.
        disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        return true;
    }
    updateWait();
    return true;
}

void ConnectionGuard::afterServerRead()
{
    // Closed in the handler, or its connection taken over by WatchHub: the socket is going.
    if (m_refused || m_socket->state() == QAbstractSocket::UnconnectedState)
        return;
    const qint64 remaining = m_socket->bytesAvailable();
    m_scanned = qMax<qint64>(0, m_scanned - (m_availableBeforeServer - remaining));
    m_availableBeforeServer = remaining;
    updateWait();
}

void ConnectionGuard::updateWait()
{
    if (m_refused)
        return;
    if (m_scanner.inRequest()) {
        // The clock of a request runs from its first byte, not from the latest.
        if (m_wait != Wait::Request)
            startWait(Wait::Request);
    }
    else if (m_scanner.completedCount() > 0)
        startWait(Wait::None);
    else
        startWait(Wait::Idle);
}

void ConnectionGuard::startWait(Wait wait)
{
    m_wait = wait;
    m_graceGiven = false;
    switch (wait) {
    case Wait::None: return;
    case Wait::Idle: return waitFor(m_limits.idleTimeoutMs);
    case Wait::Request: return waitFor(m_limits.requestTimeoutMs);
    case Wait::Linger: return waitFor(m_limits.lingerMs);
    }
}

void ConnectionGuard::waitFor(int waitMs)
{
    // Every answer on a kept-alive connection starts a new idle wait. Moving the deadline costs
    // a clock read; the timer, which would be unregistered and registered again, is only
    // started when it would go off too late, and on going off early starts again for the rest.
    const auto now = std::chrono::steady_clock::now();
    m_deadline = now + std::chrono::milliseconds(waitMs);
    if (!m_timer.isActive() || m_deadline < m_timerDue) {
        m_timer.start(waitMs, this);
        m_timerDue = m_deadline;
    }
}

void ConnectionGuard::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId())
        return QObject::timerEvent(event);
    m_timer.stop();
    if (m_wait == Wait::None)
        return;
    if (m_deadline > m_timerDue) {
        // The wait was moved on since the timer started: wait for the rest.
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(m_deadline - std::chrono::steady_clock::now());
        m_timer.start(int(qMax<qint64>(left.count(), 0)), this);
        m_timerDue = m_deadline;
        return;
    }
    switch (m_wait) {
    case Wait::Idle:
        // A request began in time: closing now would reset the connection with it unread.
        if (hasUnreadInput())
            startWait(Wait::Request);
        else
            m_socket->disconnectFromHost();
        break;
    case Wait::Request:
        // Its last bytes may have come in time; once read, the request ends its wait itself.
        if (!m_graceGiven && hasUnreadInput()) {
            m_graceGiven = true;
            waitFor(unreadGraceMs);
        } else {
            refuse(ApiError::requestTimeout().toResponse());
        }
        break;
    case Wait::Linger:
        m_socket->abort();
        break;
    case Wait::None:
        break;
    }
}

bool ConnectionGuard::hasUnreadInput() const
{
    // Qt stops reading a socket whose buffer is full, so what waits behind that is no news.
    if (m_socket->readBufferSize() > 0 && m_socket->bytesAvailable() >= m_socket->readBufferSize())
        return false;
    int unread = 0;
    return ::ioctl(int(m_socket->socketDescriptor()), FIONREAD, &unread) == 0 && unread > 0;
}

void ConnectionGuard::refuse(const HttpResponse &response)
{
    m_refused = true;
    // Nobody else may read this connection any more, QtHttpServer least of all.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->write(serializeResponse(response, false));
    // Keep reading what the client still sends, so that closing does not reset the connection
    // before the client has read the refusal; then close our side once it is written.
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::drainRefused);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::shutDownWriting);
    drainRefused();
    startWait(Wait::Linger);
}

void ConnectionGuard::drainRefused()
{
    m_drained += m_socket->skip(m_socket->bytesAvailable());
    if (m_drained > maxDrainBytes)
        m_socket->abort();
}

void ConnectionGuard::shutDownWriting()
{
    if (m_socket->bytesToWrite() > 0 || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    // Half-close: the client sees the end of the answer, we keep draining until it closes too.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

} // namespace boxoffice
