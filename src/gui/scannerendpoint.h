#pragma once

#include <QHostAddress>
#include <QList>
#include <QUrl>

namespace boxoffice {

/// Where the phones of the door reach this program's web endpoint, for the scanner pairing QR
/// code. The app tells the GUI where the endpoint listens (the GUI never links the web layer);
/// this works out whether a phone on the venue's network can get there, and at which address.
class ScannerEndpoint final
{
public:
    enum class Reach {
        /// The web endpoint is off (or failed to start).
        Off,
        /// It listens on loopback only: nothing but this computer reaches it.
        LoopbackOnly,
        /// It listens on all addresses, but this computer has no network address besides loopback.
        NoNetworkAddress,
        /// A phone on the venue's network reaches it at baseUrl().
        Reachable,
    };

    /// The web endpoint is off.
    ScannerEndpoint() = default;
    /// The endpoint listens on `listenAddress` and `port`; `machineAddresses` are this computer's
    /// addresses, from which a listener on all addresses is reached.
    ScannerEndpoint(const QHostAddress &listenAddress, quint16 port, const QList<QHostAddress> &machineAddresses);
    /// As above, with the addresses of this computer's network interfaces.
    static ScannerEndpoint listeningOn(const QHostAddress &listenAddress, quint16 port);

    Reach reach() const { return m_reach; }
    bool isReachable() const { return m_reach == Reach::Reachable; }
    quint16 port() const { return m_port; }
    /// `http://<address>:<port>/`; empty unless reachable.
    QUrl baseUrl() const { return m_baseUrl; }
    /// The scanner page's pairing address for `token`; empty unless reachable.
    QUrl pairingUrl(const QString &token) const;

private:
    Reach m_reach = Reach::Off;
    quint16 m_port = 0;
    QUrl m_baseUrl;
};

} // namespace boxoffice
