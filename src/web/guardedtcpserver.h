#pragma once

#include "connectionguard.h"
#include "weblimits.h"

#include <QTcpServer>

namespace boxoffice {

/// A QTcpServer that puts a ConnectionGuard in front of every connection before QtHttpServer
/// gets it: the guard's readyRead check is connected first, the socket then handed over with
/// addPendingConnection(). Given to QAbstractHttpServer::bind().
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    /// `limits` must outlive the server; `handler` answers the requests its guards take apart.
    GuardedTcpServer(const WebLimits &limits, RequestHandler handler, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    const WebLimits &m_limits;
    const RequestHandler m_handler;
};

} // namespace boxoffice
