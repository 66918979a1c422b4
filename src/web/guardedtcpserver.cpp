#include "guardedtcpserver.h"

#include "connectionguard.h"

#include <QTcpSocket>

#include <unistd.h>

namespace boxoffice {

GuardedTcpServer::GuardedTcpServer(const WebLimits &limits, RequestHandler handler, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_handler(std::move(handler))
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    // Answers are written in one piece; waiting for more to coalesce only adds latency.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setReadBufferSize(m_limits.readBufferSize);
    auto *guard = new ConnectionGuard(socket, m_limits, m_handler);
    guard->connectBeforeServer();
    // QtHttpServer connects its own readyRead handler from within this call.
    addPendingConnection(socket);
    guard->connectAfterServer();
}

} // namespace boxoffice
