#include "scannerendpoint.h"

#include <QNetworkInterface>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
/// The address a phone dials: an IPv4 one of this computer that is neither loopback nor
/// link-local (169.254/16 is what a machine picks when no network gave it an address).
QHostAddress phoneReachableAddress(const QList<QHostAddress> &machineAddresses)
{
    for (const QHostAddress &address : machineAddresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() && !address.isLinkLocal())
            return address;
    }
    return {};
}
} // namespace

ScannerEndpoint::ScannerEndpoint(const QHostAddress &listenAddress, quint16 port,
                                 const QList<QHostAddress> &machineAddresses)
    : m_port(port)
{
    QHostAddress host = listenAddress;
    if (listenAddress == QHostAddress::Any || listenAddress == QHostAddress::AnyIPv4
        || listenAddress == QHostAddress::AnyIPv6)
        host = phoneReachableAddress(machineAddresses);
    if (listenAddress.isLoopback())
        m_reach = Reach::LoopbackOnly;
    else if (host.isNull())
        m_reach = Reach::NoNetworkAddress;
    else
        m_reach = Reach::Reachable;
    if (m_reach != Reach::Reachable)
        return;
    m_baseUrl.setScheme(u"http"_s);
    m_baseUrl.setHost(host.toString());
    m_baseUrl.setPort(port);
    m_baseUrl.setPath(u"/"_s);
}

ScannerEndpoint ScannerEndpoint::listeningOn(const QHostAddress &listenAddress, quint16 port)
{
    return ScannerEndpoint(listenAddress, port, QNetworkInterface::allAddresses());
}

QUrl ScannerEndpoint::pairingUrl(const QString &token) const
{
    if (!isReachable())
        return {};
    QUrl url = m_baseUrl;
    url.setPath(u"/scan/pair"_s);
    QUrlQuery query;
    query.addQueryItem(u"token"_s, token);
    url.setQuery(query);
    return url;
}

} // namespace boxoffice
