#include "siteaddresscounts.h"

namespace boxoffice {

namespace {

/// One spelling per client across processes listening on IPv4 and dual-stack sockets.
QHostAddress siteAddress(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    bool isIPv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIPv4);
    return isIPv4 ? QHostAddress(ipv4) : address;
}

} // namespace

int SiteAddressCounts::elsewhere(AddressLoad::Kind kind, const QHostAddress &address) const
{
    if (m_elsewhere.isEmpty())
        return 0;
    return m_elsewhere.value(siteAddress(address)).of(kind);
}

void SiteAddressCounts::setHere(AddressLoad::Kind kind, const QHostAddress &address, int count)
{
    const QHostAddress key = siteAddress(address);
    AddressLoad &load = m_here[key];
    load.set(kind, count);
    if (load.isZero())
        m_here.remove(key);
    m_changed.insert(key);
}

void SiteAddressCounts::setElsewhere(const QHash<QString, AddressLoad> &byAddress)
{
    m_elsewhere.clear();
    for (auto it = byAddress.cbegin(); it != byAddress.cend(); ++it)
        m_elsewhere.insert(siteAddress(QHostAddress(it.key())), it.value());
}

QHash<QString, AddressLoad> SiteAddressCounts::changed() const
{
    QHash<QString, AddressLoad> result;
    result.reserve(m_changed.size());
    for (const QHostAddress &address : m_changed)
        result.insert(address.toString(), m_here.value(address));
    return result;
}

QHash<QString, AddressLoad> SiteAddressCounts::all() const
{
    QHash<QString, AddressLoad> result;
    result.reserve(m_here.size());
    for (auto it = m_here.cbegin(); it != m_here.cend(); ++it)
        result.insert(it.key().toString(), it.value());
    return result;
}

} // namespace boxoffice
