#include "holdscontroller.h"

#include "apierror.h"
#include "jsonbytes.h"
#include "jsonkeys.h"
#include "requestbodies.h"
#include "reservationservice.h"
#include "showcatalog.h"
#include "venuesettings.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
/// A release names seats the session holds, never more than a hold can have; this only bounds
/// the work of a silly request.
constexpr int maxReleasedSeats = 100;

/// The address a client's holds are counted under: its IPv4 address, or for IPv6 its /64
/// network, which one subscriber usually has all of.
QString holdingAddress(const QHostAddress &peer)
{
    bool isIpv4 = false;
    const quint32 ipv4 = peer.toIPv4Address(&isIpv4);
    if (isIpv4)
        return QHostAddress(ipv4).toString();
    Q_IPV6ADDR network = peer.toIPv6Address();
    std::fill(std::begin(network.c) + 8, std::end(network.c), quint8(0));
    return QHostAddress(network).toString() + u"/64"_s;
}

/// The session's whole hold; a hold the show's rule let through although it strands a seat also
/// names the stranded seats and a selection of the same size that would not.
QJsonObject holdAnswer(const HoldResult &held)
{
    QJsonObject answer{
            {jsonkey::show, held.show},
            {jsonkey::seats, QJsonArray::fromStringList(held.seats)},
            {jsonkey::expiresAt, jsonbytes::isoUtc(held.expiresAt)},
            {jsonkey::version, held.version},
    };
    if (!held.strandedSeats.isEmpty()) {
        answer.insert(jsonkey::strandedSeats, QJsonArray::fromStringList(held.strandedSeats));
        answer.insert(jsonkey::suggestion, QJsonArray::fromStringList(held.suggestion));
    }
    return answer;
}
} // namespace

int HoldsController::holdSeconds() const
{
    return m_services.options.holdSeconds > 0 ? m_services.options.holdSeconds : m_services.venue.holdSeconds;
}

WriteWork HoldsController::hold(const RequestContext &context) const
{
    const HoldBody body = requestbody::parseHold(context.request.body, m_services.reservations.limits().maxSeatsWeb);
    const HoldOrigin origin{holdingAddress(context.request.peer), m_services.options.limits.maxSeatsPerAddress};
    const std::chrono::seconds duration(holdSeconds());
    const QString owner = context.session.owner();
    if (body.best) {
        return [show = body.show, request = *body.best, owner, duration, origin](ReservationService &reservations) {
            auto best = reservations.holdBestAvailable(show, request, owner, duration, Channel::Web, origin);
            if (!best.ok())
                throw ApiError::fromCore(best.error());
            QJsonObject answer = holdAnswer(best->hold);
            answer.insert(jsonkey::best, QJsonObject{
                                                 {jsonkey::seats, QJsonArray::fromStringList(best->chosen)},
                                                 {jsonkey::adjacent, best->adjacent},
                                         });
            return jsonResponse(200, answer);
        };
    }
    return [show = body.show, seats = body.seats, owner, duration, origin](ReservationService &reservations) {
        auto held = reservations.holdSeats(show, seats, owner, duration, Channel::Web, origin);
        if (!held.ok())
            throw ApiError::fromCore(held.error());
        return jsonResponse(200, holdAnswer(*held));
    };
}

WriteWork HoldsController::release(const RequestContext &context) const
{
    const ReleaseBody body = requestbody::parseRelease(context.request.body, maxReleasedSeats);
    std::optional<qint64> show = body.show;
    if (const std::optional<QByteArray> text = context.request.queryValue("show")) {
        show = parseId(*text);
        if (!show)
            throw ApiError::badRequest(u"\"show\" must be a positive whole number."_s);
    }
    if (!show)
        throw ApiError::badRequest(u"Say which show: ?show={id}."_s);
    return [owner = context.session.owner(), show = *show, seats = body.seats](ReservationService &reservations) {
        auto result = reservations.releaseHolds(owner, show, seats);
        if (!result.ok())
            throw ApiError::fromCore(result.error());
        return jsonResponse(200, QJsonObject{
                                         {jsonkey::show, result->show},
                                         {jsonkey::seats, QJsonArray::fromStringList(result->seats)},
                                         {jsonkey::version, result->version},
                                 });
    };
}

} // namespace boxoffice
