#include "pagescontroller.h"

#include "apierror.h"
#include "database.h"
#include "showlookup.h"
#include "staticassets.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace boxoffice {

HttpResponse PagesController::serve(const RequestContext &context, const QByteArray &path, bool page) const
{
    const std::optional<StaticAssets::Asset> asset = m_services.assets.find(path);
    if (!asset)
        throw ApiError::notFound();
    HttpResponse response;
    if (etagMatches(context.request.header("if-none-match"), asset->etag)) {
        response = HttpResponse::notModified(asset->etag);
    } else {
        response.contentType = asset->contentType;
        response.body = asset->bytes;
        response.addHeader("ETag", asset->etag);
    }
    // Revalidated every time: after an upgrade the page and its scripts must change together.
    response.addHeader("Cache-Control", "no-cache");
    response.page = page;
    return response;
}

HttpResponse PagesController::index(const RequestContext &context) const
{
    return serve(context, "index.html", true);
}

HttpResponse PagesController::showPage(const RequestContext &context, const QByteArray &id) const
{
    existingShow(m_services.cache, id);
    return serve(context, "show.html", true);
}

HttpResponse PagesController::asset(const RequestContext &context, const QByteArray &path) const
{
    return serve(context, path, path.endsWith(".html"));
}

HttpResponse PagesController::health(const RequestContext &) const
{
    // Reads a real table: a connection that is open but cannot reach the data is not healthy.
    auto answer = m_services.database.run(u"SELECT id FROM shows LIMIT 1"_s);
    const bool answers = answer.ok();
    if (answers)
        answer.value().finish();
    // Seats can still be looked at, but nothing can be saved until a write succeeds again; the
    // probe lets a balancer that keeps customers away still see the moment it does.
    if (answers && m_services.database.storageFull())
        m_services.database.probeWrite();
    const bool degraded = answers && m_services.database.storageFull();
    QJsonObject body{{u"status"_s, !answers ? u"unavailable"_s : degraded ? u"degraded"_s : u"ok"_s}};
    if (degraded)
        body.insert(u"reason"_s, u"The disk is full: holds and bookings are paused until the box office can "
                                 "save again."_s);
    HttpResponse response = HttpResponse::json(answers && !degraded ? 200 : 503,
                                               QJsonDocument(body).toJson(QJsonDocument::Compact));
    response.addHeader("Cache-Control", "no-store");
    return response;
}

} // namespace boxoffice
