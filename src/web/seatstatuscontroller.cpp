#include "seatstatuscontroller.h"

#include "apierror.h"
#include "seatstatuscache.h"
#include "showlookup.h"
#include "watchhub.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

std::optional<qint64> countParameter(const HttpRequest &request, QByteArrayView name)
{
    const std::optional<QByteArray> text = request.queryValue(name);
    if (!text)
        return std::nullopt;
    const std::optional<qint64> value = parseCount(*text);
    if (!value)
        throw ApiError::badRequest(u"\"%1\" must be a whole number."_s.arg(QString::fromLatin1(name)));
    return value;
}

} // namespace

std::optional<HttpResponse> SeatStatusController::status(const RequestContext &context) const
{
    const HttpRequest &request = context.request;
    const std::optional<QByteArray> showText = request.queryValue("show");
    if (!showText)
        throw ApiError::badRequest(u"Say which show: ?show={id}."_s);
    const std::optional<qint64> show = parseId(*showText);
    if (!show)
        throw ApiError::badRequest(u"\"show\" must be a positive whole number."_s);
    const std::optional<qint64> since = countParameter(request, "since");
    const std::optional<qint64> wait = countParameter(request, "wait");

    auto view = since ? m_services.cache.since(*show, *since) : m_services.cache.full(*show);
    if (!view.ok())
        throw ApiError::fromCore(view.error());

    // A version that changed no seat (a check-in) is no news: the poll waits for one that does.
    if (since && wait && *wait > 0 && (view->entry->version == *since || view->noSeatChanged)) {
        const qint64 seconds = qMin<qint64>(*wait, m_services.options.limits.maxWaitSeconds);
        m_services.hub.park(context.socket, request.peer, *show, *since, std::chrono::seconds(seconds),
                            context.session, context.keepAlive, request.header("accept-encoding"));
        return std::nullopt;
    }
    const CodingChoice choice(request.header("accept-encoding"), SeatStatusCache::codings(view.value()));
    const QByteArray etag = m_services.cache.etag(view.value(), context.session, choice.coding());
    if (std::optional<HttpResponse> unchanged = choice.notModified(request.header("if-none-match"), etag)) {
        unchanged->addHeader("Cache-Control", "no-cache");
        return unchanged;
    }
    return m_services.cache.response(view.value(), context.session, choice);
}

std::optional<HttpResponse> SeatStatusController::events(const RequestContext &context, const QByteArray &id) const
{
    const qint64 show = existingShow(m_services.cache, id);

    std::optional<qint64> lastEventId;
    const QByteArray header = context.request.header("last-event-id");
    if (!header.isEmpty())
        lastEventId = parseCount(header.trimmed());
    else if (const std::optional<QByteArray> since = context.request.queryValue("since"))
        lastEventId = parseCount(*since);
    m_services.hub.openStream(context.socket, context.request.peer, show, lastEventId, context.session);
    return std::nullopt;
}

} // namespace boxoffice
