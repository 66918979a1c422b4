#pragma once

#include "addressquota.h"
#include "connectionguard.h"
#include "trustedproxies.h"
#include "weblimits.h"

#include <QSocketNotifier>
#include <QTcpServer>
#include <QTimer>

#include <atomic>
#include <memory>

namespace boxoffice {

/// A QTcpServer that puts a ConnectionGuard in front of every connection before QtHttpServer
/// gets it: the guard's readyRead check is connected first, the socket then handed over with
/// addPendingConnection(). Given to QAbstractHttpServer::bind().
///
/// It accepts by itself, not through QTcpServer: when the process runs out of file descriptors,
/// accept() fails while the listening socket stays readable, and QTcpServer would try again on
/// every pass of the event loop, at 100 % CPU. Here a spare descriptor is given up to accept
/// the waiting connections and close them after a 503 (as libev and nginx do), and accepting
/// pauses until a connection closes or `acceptPauseMs` passes. Connections beyond the cap per
/// address are refused the same way; a trusted proxy's are not capped per address, as each
/// carries many customers (the cap in all still counts them).
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    /// `limits`, `proxies` and `site` must outlive the server; `handler` answers the requests its
    /// guards take apart. The cap per address counts what `site` says the site's other processes hold.
    GuardedTcpServer(const WebLimits &limits, const TrustedProxies &proxies, SiteAddressCounts &site,
                     RequestHandler handler,
                     QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    /// Listens with the limits' backlog and starts accepting.
    bool listenWithLimits(const QHostAddress &address, quint16 port);

    /// A connection taken off its QTcpSocket: the descriptor, and the address it is counted for.
    struct Detached
    {
        int descriptor = -1;
        QHostAddress peer;
    };
    /// Takes the connection off `socket`, which closes its own descriptor and goes, leaving the
    /// connection open and unread (it must have nothing unsent). The connection still counts
    /// against the caps until adopt() or forget(). A descriptor of -1 when the socket had none.
    Detached detach(QTcpSocket *socket);
    /// Serves a detached connection again as if newly accepted, not counting it twice: `unsent`
    /// goes out first, and the connection closes after it unless `keepAlive`.
    void adopt(const Detached &connection, const QByteArray &unsent, bool keepAlive);
    /// A detached connection was closed: it no longer counts.
    void forget(const QHostAddress &peer);

    /// How often accept() found the process out of file descriptors. A count for the whole
    /// process, as the limit is; tests read it to tell waiting from spinning.
    static quint64 descriptorShortages() { return s_descriptorShortages.load(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void acceptPending();
    /// Wraps a counted descriptor in a guarded socket for handOverServed(); null when the
    /// descriptor is unusable (then closed and no longer counted).
    QTcpSocket *serve(int descriptor, const QHostAddress &peer);
    /// Hands the sockets served since the last call to QtHttpServer.
    void handOverServed();
    /// Accepts and closes what waits, with the spare descriptor, then pauses accepting.
    void shedForWantOfDescriptors();
    void refuse(int descriptor) const;
    void resumeAccepting();
    /// Counts a new connection from `peer` against the caps; false when it must be refused.
    bool takeConnection(const QHostAddress &peer);
    void giveBackConnection(const QHostAddress &peer);

    static std::atomic<quint64> s_descriptorShortages;

    const WebLimits &m_limits;
    const TrustedProxies &m_proxies;
    const RequestHandler m_handler;
    AddressQuota m_connections;
    /// The address each served socket is counted for, as accepted.
    QHash<QTcpSocket *, QHostAddress> m_peers;
    /// Served and not yet handed to QtHttpServer.
    QList<QTcpSocket *> m_served;
    /// The trusted proxies' connections, outside m_connections' caps per address.
    int m_proxyConnections = 0;
    /// A 503 with Retry-After, sent to connections refused before they are read.
    const QByteArray m_busyAnswer;
    std::unique_ptr<QSocketNotifier> m_acceptNotifier;
    QTimer m_resumeTimer;
    int m_spareDescriptor = -1;
};

} // namespace boxoffice
