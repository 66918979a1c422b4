#pragma once

#include "bookingscontroller.h"
#include "checkincontroller.h"
#include "holdscontroller.h"
#include "pagescontroller.h"
#include "ratelimiter.h"
#include "seatstatuscontroller.h"
#include "showscontroller.h"
#include "staticassets.h"
#include "types.h"
#include "venuesettings.h"
#include "webcounters.h"
#include "weboptions.h"
#include "writework.h"

#include <QAbstractHttpServer>

#include <memory>
#include <optional>

namespace boxoffice {

class ChangeFeed;
class CheckinService;
class Clock;
class CoreConnection;
class GuardedTcpServer;
class ScannerDeviceService;
class SeatStatusCache;
class SiteLoadSync;
class WatchHub;
class WebWriter;

/// The HTTP side of the endpoint: routes each request to its controller after the checks every
/// request passes (rate limit, route, method, Origin, media type), and writes the answer. Must
/// be created, started and destroyed in the thread it serves from, which owns its database
/// connection and services. Holds, releases and bookings are parsed and checked here and carried
/// out by a WebWriter, on its own thread and connection, while the connection waits detached.
class WebServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebServer)

public:
    /// `counters` must outlive the server; it counts there what the shortcuts answered.
    WebServer(WebOptions options, ChangeFeed &feed, const Clock &clock, WebCounters &counters,
              QObject *parent = nullptr);
    ~WebServer() override;

    /// Opens the database connection and listens; returns the port.
    Result<quint16> start();

signals:
    void watchersChanged(int count);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    /// Both ways in: QtHttpServer's handleRequest() and the guards' plain requests. The one
    /// place a trusted proxy's forwarded headers are read.
    void respond(const HttpRequest &received, QTcpSocket *socket, bool keepAlive);
    std::optional<HttpResponse> dispatch(const RequestContext &context);
    /// WebLimits::writeThread, resolved for this database.
    bool writesOnWriterThread() const;
    /// Hands `work` to the writer and answers the connection when it is done (null then), or
    /// runs it here when writes stay on this thread.
    std::optional<HttpResponse> write(const RequestContext &context, WriteWork work);
    void checkRate(const RequestContext &context);
    void checkRequest(const RequestContext &context) const;
    /// Reads the venue's settings again, for every answer from now on.
    Result<bool> loadVenueSettings();
    /// Reads the venue's ticket types again, for the answers and the bookings that name them.
    Result<bool> loadTicketTypes();

    WebOptions m_options;
    ChangeFeed &m_feed;
    const Clock &m_clock;
    WebCounters &m_counters;
    StaticAssets m_assets;
    VenueSettings m_venue;
    QList<TicketType> m_ticketTypes;
    RateLimiter m_limiter;
    size_t m_hashSeed;
    std::unique_ptr<CoreConnection> m_connection;
    /// Before the listener is gone: its last answers go to the listener's connections.
    std::unique_ptr<WebWriter> m_writer;
    GuardedTcpServer *m_listener = nullptr;
    /// After the connection it uses, before the quotas that count into it.
    std::unique_ptr<SiteLoadSync> m_site;
    std::unique_ptr<SeatStatusCache> m_cache;
    std::unique_ptr<WatchHub> m_hub;
    std::unique_ptr<WebServices> m_services;
    std::unique_ptr<PagesController> m_pages;
    std::unique_ptr<ShowsController> m_shows;
    std::unique_ptr<SeatStatusController> m_seatStatus;
    std::unique_ptr<HoldsController> m_holds;
    std::unique_ptr<BookingsController> m_bookings;
    std::unique_ptr<ScannerDeviceService> m_scannerDevices;
    std::unique_ptr<CheckinService> m_checkinService;
    std::unique_ptr<CheckinController> m_checkins;
};

} // namespace boxoffice
