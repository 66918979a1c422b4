#pragma once

#include "databaseconfig.h"
#include "trustedproxies.h"
#include "weblimits.h"

#include <QHostAddress>

namespace boxoffice {

struct WebOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    /// 0 picks a free port.
    quint16 port = 8080;
    /// 0: the venue's default hold length (VenueSettings::holdSeconds), as it is when the hold starts.
    int holdSeconds = 600;
    int pollIntervalMs = 5000;
    /// The web thread opens its own connection(s) from this.
    DatabaseConfig database;
    WebLimits limits;
    /// Proxies whose X-Forwarded-For, -Proto and -Host are believed (none: ignored from anyone).
    TrustedProxies trustedProxies;
};

} // namespace boxoffice
