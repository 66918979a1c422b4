#pragma once

#include "httpresponse.h"
#include "staticassets.h"
#include "webcontext.h"

#include <QHash>

namespace boxoffice {

/// The pages and their assets, from the Qt resources, and the health check.
///
/// - `GET /` — index.html, the list of upcoming shows.
/// - `GET /shows/{id}/` — show.html, the seat page; 404 for an unknown show.
///   Both in the language `Accept-Language` prefers among the venue's (English otherwise): their
///   texts translated by `static/i18n/{language}.json`, with the venue's name (escaped) in their
///   title and header, built once per language and venue name.
/// - `GET /static/{name}` — an asset with its content type; ETag and 304. Under its hashed name
///   (StaticAssets) cached for a year, as immutable; under its plain name revalidated.
/// Pages and assets of 1 kB or more go out gzip- or Brotli-encoded as Accept-Encoding allows,
/// compressed once; each encoding has its own ETag.
/// - `GET /healthz` — `{"status": "ok"}` while the database answers, else 503; 503
///   `{"status": "degraded", "reason"}` after a write failed for a full disk, until one succeeds.
/// What fills the `{{name}}` slots of a page template, before the page is translated: each slot
/// by its text (English, or HTML whose texts the dictionaries know). `variant` names this filling
/// in the cache and the ETag.
struct PageFill
{
    QByteArray variant;
    QList<std::pair<QByteArray, QByteArray>> values;
};

class PagesController final
{
public:
    explicit PagesController(const WebServices &services) : m_services(services) {}

    HttpResponse index(const RequestContext &context) const;
    HttpResponse showPage(const RequestContext &context, const QByteArray &id) const;
    HttpResponse asset(const RequestContext &context, const QByteArray &path) const;
    HttpResponse health(const RequestContext &context) const;
    /// A page below resources/web ("scan.html") as `index` serves its own, its slots filled by `fill`.
    HttpResponse page(const RequestContext &context, const QByteArray &path, const PageFill &fill = {}) const;

private:
    HttpResponse serve(const RequestContext &context, const QByteArray &path, bool page) const;
    /// The asset in the coding Accept-Encoding prefers; `vary` names the other request headers
    /// the choice of `asset` depended on.
    HttpResponse serve(const RequestContext &context, const std::optional<StaticAssets::Asset> &asset,
                       bool page, QByteArrayView vary = {}) const;
    /// The page in `language`, from the cache or translated now; nullopt for an unknown page.
    std::optional<StaticAssets::Asset> translatedPage(const QByteArray &path, const QString &language,
                                                      const PageFill &fill) const;

    const WebServices &m_services;
    /// Pages by language, path and filling ("de/show.html", "de/scan-notice.html#paired") for the venue named m_pagesVenueName; the web
    /// thread's alone.
    mutable QHash<QByteArray, StaticAssets::Asset> m_translatedPages;
    mutable QString m_pagesVenueName;
};

} // namespace boxoffice
