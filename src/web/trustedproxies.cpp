#include "trustedproxies.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

/// An IPv4 peer of a dual-stack socket shows as ::ffff:a.b.c.d; it is the IPv4 address.
QHostAddress normalized(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    return isIpv4 && address.protocol() != QAbstractSocket::IPv4Protocol ? QHostAddress(ipv4) : address;
}

bool isPort(QByteArrayView digits)
{
    return !digits.isEmpty() && digits.size() <= 5 &&
            std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isAddressCharacter(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == ':';
}

bool isHostCharacter(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-';
}

/// `host`, `[host]` (IPv6 only) and either with `:port`: how proxies write an address.
struct HostAndPort
{
    QByteArrayView host;
    bool bracketed = false;
};

std::optional<HostAndPort> splitPort(QByteArrayView entry)
{
    if (entry.startsWith('[')) {
        const qsizetype close = entry.indexOf(']');
        if (close < 0)
            return std::nullopt;
        const QByteArrayView after = entry.sliced(close + 1);
        if (!after.isEmpty() && !(after.startsWith(':') && isPort(after.sliced(1))))
            return std::nullopt;
        return HostAndPort{entry.sliced(1, close - 1), true};
    }
    const qsizetype colon = entry.indexOf(':');
    // More than one colon: an IPv6 address without brackets, which cannot carry a port.
    if (colon < 0 || entry.indexOf(':', colon + 1) >= 0)
        return HostAndPort{entry, false};
    if (!isPort(entry.sliced(colon + 1)))
        return std::nullopt;
    return HostAndPort{entry.first(colon), false};
}

std::optional<QHostAddress> parseForwardedAddress(QByteArrayView entry)
{
    const std::optional<HostAndPort> split = splitPort(entry);
    if (!split || split->host.isEmpty() ||
        !std::all_of(split->host.begin(), split->host.end(), isAddressCharacter))
        return std::nullopt;
    const bool isIpv6 = split->host.contains(':');
    if (split->bracketed && !isIpv6)
        return std::nullopt;
    const QString text = QString::fromLatin1(split->host);
    const QHostAddress address(text);
    // Qt also reads the short forms inet_aton() takes ("10.1"); a proxy writes dotted quads.
    if (address.isNull() || (!isIpv6 && address.toString() != text))
        return std::nullopt;
    return normalized(address);
}

/// The right-most item of a list header, trimmed; empty when there is none.
QByteArrayView lastItem(QByteArrayView list)
{
    return list.sliced(list.lastIndexOf(',') + 1).trimmed();
}

QByteArray forwardedScheme(QByteArrayView list)
{
    const QByteArrayView scheme = lastItem(list);
    for (const QByteArrayView known : {QByteArrayView("http"), QByteArrayView("https")}) {
        if (scheme.compare(known, Qt::CaseInsensitive) == 0)
            return known.toByteArray();
    }
    return {};
}

QByteArray forwardedHost(QByteArrayView list)
{
    constexpr qsizetype maxHostLength = 255 + 6;
    const QByteArrayView host = lastItem(list);
    const std::optional<HostAndPort> split = host.size() <= maxHostLength ? splitPort(host) : std::nullopt;
    if (!split || split->host.isEmpty())
        return {};
    const auto valid = split->bracketed ? isAddressCharacter : isHostCharacter;
    if (!std::all_of(split->host.begin(), split->host.end(), valid))
        return {};
    return host.toByteArray();
}

} // namespace

Result<TrustedProxies> TrustedProxies::parse(QStringView list)
{
    TrustedProxies proxies;
    for (const QStringView item : list.split(u',')) {
        const QString text = item.trimmed().toString();
        std::pair<QHostAddress, int> network;
        if (text.contains(u'/')) {
            network = QHostAddress::parseSubnet(text);
        } else {
            const QHostAddress address(text);
            network = {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        if (network.first.isNull() || network.second < 0)
            return Error{ErrorCode::InvalidField,
                         u"--trusted-proxy needs IP addresses or networks such as 127.0.0.1, ::1 or 10.0.0.0/8, "
                         "separated by commas, not '%1'."_s.arg(text),
                         {}};
        proxies.m_networks.append(network);
    }
    return proxies;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress peer = normalized(address);
    return std::any_of(m_networks.begin(), m_networks.end(),
                       [&peer](const auto &network) { return peer.isInSubnet(network.first, network.second); });
}

std::optional<HttpRequest> TrustedProxies::resolve(const HttpRequest &request) const
{
    if (!contains(request.peer))
        return std::nullopt;
    HttpRequest resolved = request;
    const QByteArray forwardedFor = request.joinedHeader("x-forwarded-for");
    QByteArrayView unread = forwardedFor;
    while (!unread.trimmed().isEmpty()) {
        const qsizetype comma = unread.lastIndexOf(',');
        const std::optional<QHostAddress> hop = parseForwardedAddress(unread.sliced(comma + 1).trimmed());
        if (!hop) {
            resolved.peer = request.peer;
            break;
        }
        resolved.peer = *hop;
        if (!contains(*hop))
            break;
        unread = unread.first(qMax<qsizetype>(comma, 0));
    }
    resolved.forwardedScheme = forwardedScheme(request.joinedHeader("x-forwarded-proto"));
    resolved.forwardedHost = forwardedHost(request.joinedHeader("x-forwarded-host"));
    return resolved;
}

} // namespace boxoffice
