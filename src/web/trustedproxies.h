#pragma once

#include "httprequest.h"
#include "types.h"

#include <QHostAddress>
#include <QList>
#include <QStringView>

#include <optional>
#include <utility>

namespace boxoffice {

/// The reverse proxies (nginx in front of several processes) whose X-Forwarded-For, -Proto and
/// -Host are believed (`--trusted-proxy`). From any other peer those headers are ignored: anyone
/// can send them.
class TrustedProxies final
{
public:
    /// `ADDR[,ADDR]`: IPv4 or IPv6 addresses, or networks written ADDR/PREFIX (10.0.0.0/8).
    static Result<TrustedProxies> parse(QStringView list);

    bool isEmpty() const { return m_networks.isEmpty(); }
    bool contains(const QHostAddress &address) const;

    /// `request` with its customer's address as `peer` and the scheme and host the customer
    /// addressed, when its direct peer is one of these proxies; nullopt when it is not (nothing
    /// to change). The customer is the right-most X-Forwarded-For entry that is not itself a
    /// trusted proxy (entries left of it are whatever the client sent, so can be forged); the
    /// left-most when all are trusted. An entry that cannot be read on the way leaves the direct
    /// peer: a proxy's mistake must not lock a customer out.
    std::optional<HttpRequest> resolve(const HttpRequest &request) const;

private:
    QList<std::pair<QHostAddress, int>> m_networks;
};

} // namespace boxoffice
