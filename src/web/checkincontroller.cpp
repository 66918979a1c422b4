#include "checkincontroller.h"

#include "apierror.h"
#include "checkinservice.h"
#include "jsonbytes.h"
#include "jsonkeys.h"
#include "pagescontroller.h"
#include "requestbodies.h"
#include "scannercookie.h"
#include "scannerdeviceservice.h"
#include "venuesettings.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

const QString notPaired = u"This phone is not paired as a scanner. Ask a manager at the counter to pair it."_s;

/// The notices of scan-notice.html. Their texts are English: the page's dictionary translates them.
const PageFill pairedNotice{"paired",
                            {{"kind", "ok"},
                             {"head", "\n  <meta http-equiv=\"refresh\" content=\"0; url=/scan/\">"},
                             {"title", "Scanner paired"},
                             {"heading", "This phone is now a scanner"},
                             {"text", "The scanner opens by itself."},
                             {"action", "\n      <p><a class=\"button button-primary\" href=\"/scan/\">Open the scanner</a></p>"}}};
const PageFill pairingFailedNotice{
        "pairing-failed",
        {{"kind", "error"},
         {"head", ""},
         {"title", "Pairing failed"},
         {"heading", "This pairing code cannot be used"},
         {"text", "It has been used already, has expired, or was withdrawn. Ask a manager at the counter for a new one."},
         {"action", ""}}};
const PageFill unpairedNotice{
        "unpaired",
        {{"kind", "warning"},
         {"head", ""},
         {"title", "Scanner not paired"},
         {"heading", "This phone is not paired as a scanner"},
         {"text", "Ask a manager at the counter to pair it: they show a QR code in the box office program; open it "
                  "with this phone."},
         {"action", ""}}};

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(jsonbytes::isoUtc(time)) : QJsonValue();
}

/// Where a ticket came in: the device, or the manager who let it in by hand.
QString checkedInBy(const CheckinAnswer &answer)
{
    if (!answer.byDevice.isEmpty())
        return answer.byDevice;
    return answer.byStaff.isEmpty() ? QString() : u"%1 (by hand)"_s.arg(answer.byStaff);
}

QJsonObject answerObject(const CheckinAnswer &answer, const QString &direction)
{
    QJsonObject object{{jsonkey::result, checkinOutcomeName(answer.outcome)},
                       {jsonkey::code, answer.code},
                       {jsonkey::direction, direction},
                       {jsonkey::repeated, answer.repeated}};
    // An unknown code tells nothing more: guessing must learn nothing from the answer.
    if (answer.showId > 0) {
        object.insert(jsonkey::show, QJsonObject{{jsonkey::id, answer.showId},
                                                 {jsonkey::title, answer.showTitle},
                                                 {jsonkey::startsAt, isoOrNull(answer.showStartsAt)}});
    }
    if (!answer.seatLabel.isEmpty())
        object.insert(jsonkey::seat, answer.seatLabel);
    if (!answer.ticketType.isEmpty())
        object.insert(jsonkey::ticketType, answer.ticketType);
    if (!answer.bookingReference.isEmpty())
        object.insert(jsonkey::booking, answer.bookingReference);
    switch (answer.outcome) {
    case CheckinOutcome::Ok:
    case CheckinOutcome::AlreadyCheckedIn:
        object.insert(jsonkey::checkedInAt, isoOrNull(answer.at));
        if (const QString by = checkedInBy(answer); !by.isEmpty())
            object.insert(jsonkey::checkedInBy, by);
        break;
    case CheckinOutcome::NotOpenYet: object.insert(jsonkey::opensAt, isoOrNull(answer.at)); break;
    default: break;
    }
    return object;
}

/// 401 for no device or an unknown credential, 403 for a refused one, as the core decides.
ApiError deviceRefusal(const Error &error)
{
    if (error.code == ErrorCode::NotFound)
        return ApiError::unauthorized(notPaired);
    return ApiError::fromCore(error);
}

bool wantsPage(const HttpRequest &request)
{
    return request.header("accept").contains("text/html");
}

/// A page answered with `status` (a 304 for the page itself stays one), never stored.
HttpResponse withStatus(HttpResponse page, int status)
{
    if (page.status == 200)
        page.status = status;
    page.headers.removeIf([](const auto &header) { return header.first == "Cache-Control"; });
    page.addHeader("Cache-Control", "no-store");
    return page;
}

} // namespace

ScannerDevice CheckinController::device(const RequestContext &context) const
{
    const std::optional<QByteArray> credential = scannercookie::credentialFrom(context.request.header("cookie"));
    if (!credential)
        throw ApiError::unauthorized(notPaired);
    auto found = m_devices.authenticate(QString::fromLatin1(*credential));
    if (!found.ok())
        throw deviceRefusal(found.error());
    return found.value();
}

HttpResponse CheckinController::pair(const RequestContext &context) const
{
    const std::optional<QByteArray> token = context.request.queryValue("token");
    if (!token || token->isEmpty())
        throw ApiError::badRequest(u"The pairing address has no token; open the address the counter shows."_s);
    auto redeemed = m_devices.redeemPairing(QString::fromUtf8(*token));
    if (!redeemed.ok()) {
        const Error &error = redeemed.error();
        const bool refused = error.code == ErrorCode::Forbidden || error.code == ErrorCode::NotFound
                || error.code == ErrorCode::InvalidField;
        if (!refused)
            throw ApiError::fromCore(error);
        if (!wantsPage(context.request))
            throw ApiError::forbidden(error.message);
        return withStatus(m_pages.page(context, "scan-notice.html", pairingFailedNotice), 403);
    }
    // A page that opens the scanner rather than a redirect: a navigation begun in another app
    // (the phone's camera) and redirected would be cross-site, and a SameSite=Strict cookie is not
    // sent on it; the page's own navigation is same-site.
    HttpResponse response = withStatus(m_pages.page(context, "scan-notice.html", pairedNotice), 200);
    response.addHeader("Set-Cookie", scannercookie::setCookieHeader(redeemed->credential.toLatin1()));
    return response;
}

HttpResponse CheckinController::scanPage(const RequestContext &context) const
{
    try {
        device(context);
    } catch (const ApiError &refusal) {
        return withStatus(m_pages.page(context, "scan-notice.html", unpairedNotice), refusal.status());
    }
    return m_pages.page(context, "scan.html");
}

HttpResponse CheckinController::scope(const RequestContext &context) const
{
    const ScannerDevice scanner = device(context);
    auto shows = m_devices.scannableShows(scanner.id);
    if (!shows.ok())
        throw ApiError::fromCore(shows.error());
    QJsonArray list;
    for (const Show &show : shows.value()) {
        auto settings = m_checkins.settingsFor(show.id);
        if (!settings.ok())
            throw ApiError::fromCore(settings.error());
        list.append(QJsonObject{{jsonkey::id, show.id},
                                {jsonkey::title, show.title},
                                {jsonkey::hall, show.hallName},
                                {jsonkey::startsAt, jsonbytes::isoUtc(show.startsAt)},
                                {jsonkey::exitsAllowed, settings->reentry}});
    }
    QJsonObject scopeObject;
    if (scanner.scope.isDay()) {
        scopeObject.insert(jsonkey::day, scanner.scope.day.toString(Qt::ISODate));
    } else {
        QJsonArray ids;
        for (qint64 id : scanner.scope.shows)
            ids.append(id);
        scopeObject.insert(jsonkey::shows, ids);
    }
    return jsonResponse(200, QJsonObject{{jsonkey::device, QJsonObject{{jsonkey::id, scanner.id},
                                                                       {jsonkey::name, scanner.name},
                                                                       {jsonkey::scope, scopeObject}}},
                                         {jsonkey::shows, list},
                                         {jsonkey::timeZone, QString::fromLatin1(m_services.venue.timeZone)}});
}

HttpResponse CheckinController::checkIn(const RequestContext &context) const
{
    const ScannerDevice scanner = device(context);
    const CheckinBody body = requestbody::parseCheckin(context.request.body);
    CheckinRequest request;
    request.code = body.code;
    request.show = body.show;
    request.direction = body.exit ? CheckinDirection::Exit : CheckinDirection::Entry;
    request.deviceId = scanner.id;
    request.nonce = body.nonce;
    auto answer = m_checkins.checkIn(request);
    if (!answer.ok())
        throw deviceRefusal(answer.error());
    if (answer->outcome == CheckinOutcome::RateLimited)
        throw ApiError::rateLimited(int(answer->retryAfter.count()));
    return jsonResponse(200, answerObject(answer.value(), checkinDirectionName(request.direction)));
}

} // namespace boxoffice
