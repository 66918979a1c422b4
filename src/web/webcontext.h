#pragma once

#include "httprequest.h"
#include "session.h"
#include "types.h"
#include "weboptions.h"

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace boxoffice {

class Clock;
class Database;
class ReservationService;
class SeatStatusCache;
class ShowCatalog;
class StaticAssets;
class WatchHub;
class WebWriter;
struct VenueSettings;

/// The web thread's services, shared by the controllers.
struct WebServices
{
    const WebOptions &options;
    const Clock &clock;
    Database &database;
    ShowCatalog &catalog;
    ReservationService &reservations;
    SeatStatusCache &cache;
    WatchHub &hub;
    /// Runs the holds, releases and bookings; other writes stay on the web thread.
    /// Null when writes run on the web thread (WebLimits::writeThread).
    WebWriter *writer;
    const StaticAssets &assets;
    /// The venue's settings as last loaded; replaced in place when they change.
    const VenueSettings &venue;
    /// The venue's ticket types, retired ones too, in their order; replaced in place when they change.
    const QList<TicketType> &ticketTypes;
};

/// One request being handled: what was asked, by which session, on which connection.
struct RequestContext
{
    const HttpRequest &request;
    const Session &session;
    QTcpSocket *socket;
    bool keepAlive;
};

} // namespace boxoffice
