#include "guardedtcpserver.h"

#include "apierror.h"
#include "connectionguard.h"

#include <QTcpSocket>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

/// Connections accepted in one go, so that a flood cannot keep the event loop from the rest.
constexpr int acceptBatch = 64;

int openSpareDescriptor()
{
    return ::open("/dev/null", O_RDONLY | O_CLOEXEC);
}

QByteArray busyAnswer(const WebLimits &limits)
{
    const HttpResponse response =
            ApiError::serviceUnavailable(u"The box office has too many connections open; please try again shortly."_s,
                                         limits.busyRetryAfterSeconds)
                    .toResponse();
    return serializeResponse(response, false);
}

QHostAddress peerOf(int descriptor)
{
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getpeername(descriptor, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr *>(&address));
}

} // namespace

std::atomic<quint64> GuardedTcpServer::s_descriptorShortages{0};

GuardedTcpServer::GuardedTcpServer(const WebLimits &limits, const TrustedProxies &proxies, SiteAddressCounts &site,
                                   RequestHandler handler, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_proxies(proxies), m_handler(std::move(handler)),
      m_connections(limits.connections, site, AddressLoad::Kind::Connections),
      m_busyAnswer(busyAnswer(limits))
{
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &GuardedTcpServer::resumeAccepting);
}

GuardedTcpServer::~GuardedTcpServer()
{
    if (m_spareDescriptor >= 0)
        ::close(m_spareDescriptor);
}

bool GuardedTcpServer::listenWithLimits(const QHostAddress &address, quint16 port)
{
    setListenBacklogSize(m_limits.listenBacklog);
    if (!listen(address, port))
        return false;
    // QTcpServer's own notifier stays off; ours accepts (see the class comment).
    pauseAccepting();
    m_spareDescriptor = openSpareDescriptor();
    m_acceptNotifier = std::make_unique<QSocketNotifier>(socketDescriptor(), QSocketNotifier::Read);
    connect(m_acceptNotifier.get(), &QSocketNotifier::activated, this, &GuardedTcpServer::acceptPending);
    return true;
}

void GuardedTcpServer::acceptPending()
{
    const int listening = int(socketDescriptor());
    for (int accepted = 0; accepted < acceptBatch;) {
        const int descriptor = ::accept4(listening, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (descriptor >= 0) {
            incomingConnection(descriptor);
            ++accepted;
        } else if (errno == EMFILE || errno == ENFILE) {
            shedForWantOfDescriptors();
            break;
        } else if (errno != EINTR && errno != ECONNABORTED) {
            // EAGAIN: nothing more waits. Anything else is the client's trouble, not ours.
            break;
        }
    }
    handOverServed();
}

void GuardedTcpServer::handOverServed()
{
    // QtHttpServer takes every pending connection when told of one, and finding out which server
    // told it (QObject::sender()) walks the signal connections of all its open connections: it
    // is told once for a batch accepted, not once for each connection.
    for (qsizetype i = 0; i < m_served.size(); ++i) {
        const bool wereBlocked = blockSignals(i + 1 < m_served.size());
        addPendingConnection(m_served.at(i));
        blockSignals(wereBlocked);
    }
    // QtHttpServer connected its own readyRead handler to each as it took them.
    for (QTcpSocket *socket : std::as_const(m_served))
        ConnectionGuard::of(socket)->connectAfterServer();
    m_served.clear();
    // QtHttpServer takes them with nextPendingConnection(), which turns QTcpServer's own
    // accepting back on. Left on, it would accept what waits beyond a batch by itself: those
    // connections would not be handed over until the next batch, and a request they received
    // meanwhile would never be read.
    pauseAccepting();
}

void GuardedTcpServer::shedForWantOfDescriptors()
{
    ++s_descriptorShortages;
    if (m_spareDescriptor >= 0) {
        ::close(m_spareDescriptor);
        for (int shed = 0; shed < acceptBatch; ++shed) {
            const int descriptor = ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_CLOEXEC);
            if (descriptor < 0)
                break;
            refuse(descriptor);
        }
        m_spareDescriptor = openSpareDescriptor();
    }
    // The listening socket stays readable while connections wait: watching it now would spin.
    m_acceptNotifier->setEnabled(false);
    m_resumeTimer.start(m_limits.acceptPauseMs);
}

void GuardedTcpServer::resumeAccepting()
{
    if (!m_acceptNotifier || m_acceptNotifier->isEnabled())
        return;
    // Another thread may have taken the spare's place while it was given up.
    if (m_spareDescriptor < 0)
        m_spareDescriptor = openSpareDescriptor();
    m_resumeTimer.stop();
    m_acceptNotifier->setEnabled(true);
}

void GuardedTcpServer::refuse(int descriptor) const
{
    // Best effort, never waiting: the client reads why, unless its request arrived first and
    // the close resets the connection.
    ::send(descriptor, m_busyAnswer.constData(), size_t(m_busyAnswer.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
    ::close(descriptor);
}

bool GuardedTcpServer::takeConnection(const QHostAddress &peer)
{
    if (m_connections.total() + m_proxyConnections >= m_limits.connections.total)
        return false;
    if (!m_proxies.contains(peer))
        return m_connections.tryTake(peer);
    ++m_proxyConnections;
    return true;
}

void GuardedTcpServer::giveBackConnection(const QHostAddress &peer)
{
    if (m_proxies.contains(peer))
        --m_proxyConnections;
    else
        m_connections.giveBack(peer);
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    const QHostAddress peer = peerOf(int(descriptor));
    if (!takeConnection(peer)) {
        refuse(int(descriptor));
        return;
    }
    serve(int(descriptor), peer);
}

QTcpSocket *GuardedTcpServer::serve(int descriptor, const QHostAddress &peer)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(descriptor);
        forget(peer);
        return nullptr;
    }
    m_peers.insert(socket, peer);
    // Its descriptor is free again: a pause for want of descriptors may end.
    connect(socket, &QObject::destroyed, this, [this, socket, peer] {
        m_peers.remove(socket);
        forget(peer);
    });
    // Answers are written in one piece; waiting for more to coalesce only adds latency.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setReadBufferSize(m_limits.readBufferSize);
    auto *guard = new ConnectionGuard(socket, m_limits, m_handler);
    guard->connectBeforeServer();
    m_served.append(socket);
    return socket;
}

GuardedTcpServer::Detached GuardedTcpServer::detach(QTcpSocket *socket)
{
    Q_ASSERT(socket->bytesToWrite() == 0);
    const int descriptor = int(socket->socketDescriptor());
    if (descriptor < 0)
        return {};
    const int copy = ::fcntl(descriptor, F_DUPFD_CLOEXEC, 0);
    if (copy < 0)
        return {};
    // The connection keeps counting under the copy; the socket's going must not give it back.
    const Detached detached{copy, m_peers.take(socket)};
    disconnect(socket, &QObject::destroyed, this, nullptr);
    // Qt 6.4's abort() only close()s the socket's descriptor (QNativeSocketEngine::close(),
    // nativeClose()): no shutdown(), no write, so the connection lives on in the copy. Its
    // disconnected() makes QtHttpServer delete the socket, with its guard and request state.
    socket->abort();
    return detached;
}

void GuardedTcpServer::adopt(const Detached &connection, const QByteArray &unsent, bool keepAlive)
{
    QTcpSocket *socket = serve(connection.descriptor, connection.peer);
    if (!socket)
        return;
    handOverServed();
    if (!unsent.isEmpty())
        socket->write(unsent);
    if (!keepAlive)
        socket->disconnectFromHost();
}

void GuardedTcpServer::forget(const QHostAddress &peer)
{
    giveBackConnection(peer);
    resumeAccepting();
}

} // namespace boxoffice
