#include "showscontroller.h"

#include "apierror.h"
#include "clock.h"
#include "jsonbytes.h"
#include "jsonkeys.h"
#include "showcatalog.h"
#include "venuesettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace boxoffice {

namespace {
constexpr int listedDays = 366;
}

HttpResponse ShowsController::list(const RequestContext &) const
{
    const QDateTime now = m_services.clock.now();
    auto shows = m_services.catalog.shows(now, now.addDays(listedDays), Channel::Web);
    if (!shows.ok())
        throw ApiError::fromCore(shows.error());
    QJsonArray list;
    for (const Show &show : shows.value()) {
        list.append(QJsonObject{
                {jsonkey::id, show.id},
                {jsonkey::title, show.title},
                {jsonkey::hall, show.hallName},
                {jsonkey::startsAt, jsonbytes::isoUtc(show.startsAt)},
                {jsonkey::seatsTotal, show.seatsTotal},
                {jsonkey::seatsAvailable, show.seatsAvailable},
        });
    }
    const VenueSettings &venue = m_services.venue;
    const QJsonObject answer{
            {jsonkey::shows, list},
            {jsonkey::currency,
             QJsonObject{{jsonkey::code, venue.currency.code()}, {jsonkey::minorUnits, venue.currency.minorUnits()}}},
            {jsonkey::timeZone, QString::fromUtf8(venue.timeZone)},
    };
    HttpResponse response = HttpResponse::json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
    response.addHeader("Cache-Control", "no-cache");
    return response;
}

} // namespace boxoffice
