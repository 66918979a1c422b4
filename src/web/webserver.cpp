#include "webserver.h"

#include "apierror.h"
#include "changefeed.h"
#include "checkinservice.h"
#include "venuesettingsstore.h"
#include "connectionguard.h"
#include "coreconnection.h"
#include "guardedtcpserver.h"
#include "router.h"
#include "scannerdeviceservice.h"
#include "seatstatuscache.h"
#include "siteloadsync.h"
#include "watchhub.h"
#include "webwriter.h"

#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <QTcpSocket>

#include <pthread.h>
#include <signal.h>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

/// QtHttpServer 6.4 listens through listen() or bind(QTcpServer *) returning nothing; from 6.8
/// only bind() is left, returning whether it worked. The only place that difference shows.
bool attachListener(QAbstractHttpServer &server, QTcpServer *listener)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return server.bind(listener);
#else
    server.bind(listener);
    return true;
#endif
}

HttpRequest::Method methodOf(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return HttpRequest::Method::Get;
    case QHttpServerRequest::Method::Head: return HttpRequest::Method::Head;
    case QHttpServerRequest::Method::Post: return HttpRequest::Method::Post;
    case QHttpServerRequest::Method::Put: return HttpRequest::Method::Put;
    case QHttpServerRequest::Method::Delete: return HttpRequest::Method::Delete;
    case QHttpServerRequest::Method::Patch: return HttpRequest::Method::Patch;
    case QHttpServerRequest::Method::Options: return HttpRequest::Method::Options;
    default: return HttpRequest::Method::Other;
    }
}

HttpRequest toHttpRequest(const QHttpServerRequest &request)
{
    HttpRequest result;
    result.method = methodOf(request.method());
    const QUrl url = request.url();
    result.path = url.path(QUrl::FullyEncoded).toLatin1();
    result.query = url.query(QUrl::FullyEncoded).toLatin1();
    result.headers = request.headers();
    result.body = request.body();
    result.peer = request.remoteAddress();
    return result;
}

} // namespace

WebServer::WebServer(WebOptions options, ChangeFeed &feed, const Clock &clock, WebCounters &counters,
                     QObject *parent)
    : QAbstractHttpServer(parent), m_options(std::move(options)), m_feed(feed), m_clock(clock), m_counters(counters),
      m_limiter(m_options.limits.perSession, m_options.limits.perAddress, m_options.limits.rateLimiterEntries),
      m_hashSeed(size_t(QRandomGenerator::system()->generate64()))
{
}

WebServer::~WebServer()
{
    // Answers the writes still queued or running, while their connections' listener is there.
    m_writer.reset();
    // Connections first: their guards refer to m_options, which is gone before QObject's
    // destructor would delete them.
    const QList<QTcpServer *> listeners = servers();
    qDeleteAll(listeners);
}

Result<quint16> WebServer::start()
{
    // sendfile() cannot be told MSG_NOSIGNAL: to a client gone mid-answer it must fail with
    // EPIPE, not end the process. A blocked SIGPIPE stays pending in this thread, unheard.
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
    auto opened = CoreConnection::open(m_options.database, u"web"_s, m_feed, m_clock);
    if (!opened.ok())
        return opened.error();
    m_connection = std::move(opened.value());
    if (writesOnWriterThread()) {
        m_writer = std::make_unique<WebWriter>(m_options.database, m_feed, m_clock, m_options.limits.maxWriteQueueMs,
                                               m_options.limits.busyRetryAfterSeconds);
        if (auto started = m_writer->start(); !started.ok())
            return started.error();
    }
    m_cache = std::make_unique<SeatStatusCache>(m_connection->catalog(), m_feed, m_options.pollIntervalMs,
                                                m_connection->reservations().limits().maxSeatsWeb,
                                                m_options.limits.sendFileMinBytes);
    if (auto loaded = loadVenueSettings(); !loaded.ok())
        return loaded.error();
    // Queued into this thread: a save at a counter reaches the next answer without a restart.
    connect(&m_feed, &ChangeFeed::venueSettingsChanged, this, [this] { loadVenueSettings(); });
    if (auto loaded = loadTicketTypes(); !loaded.ok())
        return loaded.error();
    connect(&m_feed, &ChangeFeed::ticketTypesChanged, this, [this] { loadTicketTypes(); });
    m_site = std::make_unique<SiteLoadSync>(m_connection->database(), m_clock, m_options.limits.siteSyncIntervalMs);
    m_site->start();
    auto *listener = new GuardedTcpServer(
            m_options.limits, m_options.trustedProxies, m_site->counts(),
            [this](const HttpRequest &request, QTcpSocket *socket, bool keepAlive) {
                ++m_counters.plainRequests;
                respond(request, socket, keepAlive);
            },
            this);
    m_listener = listener;
    m_hub = std::make_unique<WatchHub>(*m_cache, m_feed, m_options.limits, m_site->counts(), *listener, m_counters);
    connect(m_hub.get(), &WatchHub::watchersChanged, this, &WebServer::watchersChanged);
    m_services.reset(new WebServices{m_options, m_clock, m_connection->database(), m_connection->catalog(),
                                     m_connection->reservations(), *m_cache, *m_hub, m_writer.get(),
                                     m_assets, m_venue, m_ticketTypes});
    m_pages = std::make_unique<PagesController>(*m_services);
    m_shows = std::make_unique<ShowsController>(*m_services);
    m_seatStatus = std::make_unique<SeatStatusController>(*m_services);
    m_holds = std::make_unique<HoldsController>(*m_services);
    m_bookings = std::make_unique<BookingsController>(*m_services);
    m_scannerDevices = std::make_unique<ScannerDeviceService>(m_connection->database(), m_clock);
    m_checkinService = std::make_unique<CheckinService>(m_connection->database(), m_clock);
    m_checkins = std::make_unique<CheckinController>(*m_services, *m_pages, *m_scannerDevices, *m_checkinService);

    if (!listener->listenWithLimits(m_options.address, m_options.port) || !attachListener(*this, listener)) {
        const QString reason = listener->errorString();
        delete listener;
        return Error{ErrorCode::DatabaseError,
                     u"Cannot listen on %1 port %2: %3"_s.arg(m_options.address.toString()).arg(m_options.port).arg(reason),
                     {}};
    }
    return listener->serverPort();
}

Result<bool> WebServer::loadVenueSettings()
{
    auto loaded = VenueSettingsStore(m_connection->database(), m_clock).load();
    if (!loaded.ok())
        return loaded.error();
    m_venue = loaded.value();
    m_cache->setVenue(m_venue);
    return true;
}

Result<bool> WebServer::loadTicketTypes()
{
    auto loaded = m_connection->venues().ticketTypes(true);
    if (!loaded.ok())
        return loaded.error();
    m_ticketTypes = loaded.value();
    m_cache->setTicketTypes(m_ticketTypes);
    return true;
}

bool WebServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const RequestHeadScanner::RequestInfo info = ConnectionGuard::takeRequestInfo(socket);
    respond(toHttpRequest(request), socket, info.keepAlive);
    return true;
}

void WebServer::respond(const HttpRequest &received, QTcpSocket *socket, bool keepAlive)
{
    // From here on the peer is the customer, for the rate limits, the seat cap and the caps on
    // streams and long polls alike.
    const std::optional<HttpRequest> forwarded = m_options.trustedProxies.resolve(received);
    const HttpRequest &request = forwarded ? *forwarded : received;
    const Session session = Session::fromCookieHeader(request.header("cookie"));
    const RequestContext context{request, session, socket, keepAlive};
    std::optional<HttpResponse> response;
    try {
        response = dispatch(context);
    } catch (const ApiError &error) {
        response = error.toResponse();
    }
    if (!response)
        return;
    if (session.isNew())
        response->addHeader("Set-Cookie", session.setCookieHeader());
    if (writeResponse(socket, *response, keepAlive, request.method == HttpRequest::Method::Head))
        ++m_counters.bodiesFromFile;
}

void WebServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    writeResponse(socket, ApiError::notFound().toResponse(), false);
}

void WebServer::checkRate(const RequestContext &context)
{
    // Reads are answered from bytes built once per version, at about a static server's cost; a
    // limit there would only throttle customers behind one NAT. Writes reach the database.
    if (!context.request.changesState())
        return;
    const quint64 sessionKey = context.session.isNew() ? 0 : qHash(context.session.cookie(), m_hashSeed);
    if (const std::optional<int> wait = m_limiter.admit(sessionKey, qHash(context.request.peer, m_hashSeed),
                                                        std::chrono::steady_clock::now()))
        throw ApiError::tooManyRequests(*wait);
}

void WebServer::checkRequest(const RequestContext &context) const
{
    const HttpRequest &request = context.request;
    if (request.changesState()) {
        const QByteArray origin = request.header("origin");
        if (!origin.isEmpty() && !originMatches(origin, request.addressedHost(), request.addressedScheme()))
            throw ApiError::forbidden(u"Requests from other sites are not accepted."_s);
        const bool hasBody = request.method != HttpRequest::Method::Delete || !request.body.isEmpty();
        if (hasBody && !isJsonContentType(request.header("content-type")))
            throw ApiError::unsupportedMediaType();
    }
    if (request.body.size() > m_options.limits.request.maxBodyBytes)
        throw ApiError::fromVerdict(RequestHeadScanner::Verdict::PayloadTooLarge, "The request body is too large.");
}

std::optional<HttpResponse> WebServer::dispatch(const RequestContext &context)
{
    checkRate(context);
    const Route route = matchRoute(context.request.path);
    if (route.kind == Route::Kind::None)
        throw ApiError::notFound();
    if (!route.allows(context.request.method))
        throw ApiError::methodNotAllowed(route.allowed());
    checkRequest(context);

    switch (route.kind) {
    case Route::Kind::Index: return m_pages->index(context);
    case Route::Kind::ShowPage: return m_pages->showPage(context, route.parameter);
    case Route::Kind::Asset: return m_pages->asset(context, route.parameter);
    case Route::Kind::Health: return m_pages->health(context);
    case Route::Kind::ShowList: return m_shows->list(context);
    case Route::Kind::SeatStatus: return m_seatStatus->status(context);
    case Route::Kind::Events: return m_seatStatus->events(context, route.parameter);
    case Route::Kind::Holds:
        return write(context, context.request.method == HttpRequest::Method::Post ? m_holds->hold(context)
                                                                                   : m_holds->release(context));
    case Route::Kind::Bookings: return write(context, m_bookings->book(context));
    case Route::Kind::Booking: return m_bookings->lookup(context, route.parameter);
    case Route::Kind::BookingQr: return m_bookings->qrCode(context, route.parameter);
    case Route::Kind::TicketQr: return m_bookings->ticketQrCode(context, route.parameter, route.ticket);
    case Route::Kind::ScanPage: return m_checkins->scanPage(context);
    case Route::Kind::ScanPairing: return m_checkins->pair(context);
    case Route::Kind::Checkin:
        return context.request.method == HttpRequest::Method::Post ? m_checkins->checkIn(context)
                                                                    : m_checkins->scope(context);
    case Route::Kind::None: break;
    }
    throw ApiError::notFound();
}

bool WebServer::writesOnWriterThread() const
{
    switch (m_options.limits.writeThread) {
    case WebLimits::WriteThread::Writer: return true;
    case WebLimits::WriteThread::WebThread: return false;
    case WebLimits::WriteThread::ByBackend: break;
    }
    return m_options.database.backend == DatabaseConfig::Backend::Postgres;
}

std::optional<HttpResponse> WebServer::write(const RequestContext &context, WriteWork work)
{
    QTcpSocket *socket = context.socket;
    // Bytes read beyond this request (QtHttpServer reads a request through the socket's buffer,
    // and so may have buffered the client's next one) would go with the socket when it is
    // detached; only what the kernel still holds stays for the connection's next socket. Such a
    // pipelining client's write is done here, as it was before the writer, and answered in order.
    if (!m_writer || socket->bytesAvailable() > 0 || socket->bytesToWrite() > 0)
        return work(m_connection->reservations());
    // Detached, the connection is neither read nor timed out while its write waits: what the
    // client sends meanwhile stays in the kernel until the answer has gone out.
    const GuardedTcpServer::Detached connection = m_listener->detach(socket);
    if (connection.descriptor < 0)
        return std::nullopt;
    m_writer->submit(std::move(work), [this, connection, keepAlive = context.keepAlive,
                                       session = context.session](HttpResponse response) {
        if (session.isNew())
            response.addHeader("Set-Cookie", session.setCookieHeader());
        m_listener->adopt(connection, serializeResponse(response, keepAlive), keepAlive);
    });
    ++m_counters.writesQueued;
    return std::nullopt;
}

} // namespace boxoffice
