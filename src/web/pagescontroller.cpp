#include "pagescontroller.h"

#include "acceptlanguage.h"
#include "apierror.h"
#include "codingchoice.h"
#include "database.h"
#include "showlookup.h"
#include "venuesettings.h"
#include "webwriter.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
const QString englishLanguage = u"en"_s;

/// `html` with its text nodes and attribute values found in `dictionary` replaced by their
/// translations, and `<html lang>` set.
QByteArray translated(QByteArray html, const QJsonObject &dictionary, const QString &language)
{
    html.replace("<html lang=\"en\">", QByteArray("<html lang=\"" + language.toUtf8() + "\">"));
    for (auto it = dictionary.constBegin(); it != dictionary.constEnd(); ++it) {
        const QByteArray english = it.key().toUtf8();
        const QByteArray translation = it.value().toString().toHtmlEscaped().toUtf8();
        html.replace(QByteArray('>' + english + '<'), QByteArray('>' + translation + '<'));
        html.replace(QByteArray('"' + english + '"'), QByteArray('"' + translation + '"'));
    }
    return html;
}

/// `html` with the venue's name, escaped, in its title and header where the pages say "Box Office".
QByteArray named(QByteArray html, const QString &venueName)
{
    const QByteArray name = venueName.toHtmlEscaped().toUtf8();
    html.replace("<span class=\"brand-name\">Box Office</span>",
                 QByteArray("<span class=\"brand-name\">" + name + "</span>"));
    html.replace("Box Office</title>", QByteArray(name + "</title>"));
    return html;
}

/// Part of a page's ETag naming its venue, so that a renamed venue's pages are fetched again.
QByteArray nameTag(const QString &venueName)
{
    return QCryptographicHash::hash(venueName.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
}
} // namespace

std::optional<StaticAssets::Asset> PagesController::translatedPage(const QByteArray &path, const QString &language,
                                                                   const PageFill &fill) const
{
    std::optional<StaticAssets::Asset> page = m_services.assets.find(path);
    if (!page)
        return page;
    const QString &venueName = m_services.venue.name;
    if (venueName != m_pagesVenueName) {
        m_translatedPages.clear();
        m_pagesVenueName = venueName;
    }
    QByteArray key = language.toUtf8() + '/' + path;
    if (!fill.variant.isEmpty())
        key += '#' + fill.variant;
    if (const auto it = m_translatedPages.constFind(key); it != m_translatedPages.cend())
        return it.value();
    if (!fill.variant.isEmpty()) {
        for (const auto &[slot, value] : fill.values)
            page->bytes.replace(QByteArray("{{" + slot + "}}"), value);
        page->etag.insert(page->etag.size() - 1, '-' + fill.variant);
    }
    const std::optional<StaticAssets::Asset> dictionary = m_services.assets.find(
            QByteArray("static/i18n/" + language.toUtf8() + ".json"));
    if (language != englishLanguage && dictionary) {
        page->bytes = translated(page->bytes, QJsonDocument::fromJson(dictionary->bytes).object(), language);
        page->etag.insert(page->etag.size() - 1, '-' + language.toUtf8());
    }
    page->bytes = named(page->bytes, venueName);
    page->etag.insert(page->etag.size() - 1, '-' + nameTag(venueName));
    StaticAssets::compress(*page);
    m_translatedPages.insert(key, *page);
    return page;
}

HttpResponse PagesController::page(const RequestContext &context, const QByteArray &path, const PageFill &fill) const
{
    const QString language = negotiateLanguage(context.request.header("accept-language"),
                                               m_services.venue.webLanguages, englishLanguage);
    return serve(context, translatedPage(path, language, fill), true, "Accept-Language");
}

HttpResponse PagesController::serve(const RequestContext &context, const QByteArray &path, bool page) const
{
    return serve(context, m_services.assets.find(path), page);
}

HttpResponse PagesController::serve(const RequestContext &context, const std::optional<StaticAssets::Asset> &asset,
                                    bool page, QByteArrayView vary) const
{
    if (!asset)
        throw ApiError::notFound();
    const CodingChoice choice(context.request.header("accept-encoding"), asset->codings());
    const QByteArray etag = choice.etag(asset->etag);
    HttpResponse response;
    if (std::optional<HttpResponse> unchanged = choice.notModified(context.request.header("if-none-match"), etag, vary)) {
        response = std::move(*unchanged);
    } else {
        response.contentType = asset->contentType;
        response.body = asset->bytesIn(choice.coding());
        response.addHeader("ETag", etag);
        choice.addHeaders(response, vary);
    }
    // A hashed name always means the same bytes. Anything else is revalidated every time: after
    // an upgrade the page and its scripts must change together.
    response.addHeader("Cache-Control", asset->immutable ? "public, max-age=31536000, immutable" : "no-cache");
    response.page = page;
    return response;
}

HttpResponse PagesController::index(const RequestContext &context) const
{
    return page(context, "index.html");
}

HttpResponse PagesController::showPage(const RequestContext &context, const QByteArray &id) const
{
    existingShow(m_services.cache, id);
    return page(context, "show.html");
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
    // The writer thread's writes may be the ones that found the disk full.
    const auto storageFull = [this] { return m_services.database.storageFull() || (m_services.writer && m_services.writer->storageFull()); };
    if (answers && storageFull()) {
        m_services.database.probeWrite();
        if (!m_services.database.storageFull())
            if (m_services.writer)
                m_services.writer->storageRecovered();
    }
    const bool degraded = answers && storageFull();
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
