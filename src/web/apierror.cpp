#include "apierror.h"

#include "jsonkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace errorcode {
constexpr auto badRequest = "bad_request"_L1;
constexpr auto unauthorized = "unauthorized"_L1;
constexpr auto forbidden = "forbidden"_L1;
constexpr auto notFound = "not_found"_L1;
constexpr auto methodNotAllowed = "method_not_allowed"_L1;
constexpr auto requestTimeout = "request_timeout"_L1;
constexpr auto seatsUnavailable = "seats_unavailable"_L1;
constexpr auto noHold = "no_hold"_L1;
constexpr auto holdExpired = "hold_expired"_L1;
constexpr auto alreadyPaid = "already_paid"_L1;
constexpr auto payloadTooLarge = "payload_too_large"_L1;
constexpr auto uriTooLong = "uri_too_long"_L1;
constexpr auto unsupportedMediaType = "unsupported_media_type"_L1;
constexpr auto notAcceptable = "not_acceptable"_L1;
constexpr auto tooManySeats = "too_many_seats"_L1;
constexpr auto invalidField = "invalid_field"_L1;
constexpr auto orphanSeat = "orphan_seat"_L1;
constexpr auto ticketTypeNotAvailable = "ticket_type_not_available"_L1;
constexpr auto tooManyRequests = "too_many_requests"_L1;
constexpr auto rateLimited = "rate_limited"_L1;
constexpr auto headersTooLarge = "headers_too_large"_L1;
constexpr auto internalError = "internal_error"_L1;
constexpr auto serviceUnavailable = "service_unavailable"_L1;
constexpr auto busy = "busy"_L1;
} // namespace errorcode

ApiError::ApiError(int status, QLatin1StringView code, QString message)
    : m_status(status), m_code(code), m_message(std::move(message))
{
}

ApiError ApiError::fromCore(const Error &error)
{
    switch (error.code) {
    case ErrorCode::SeatsUnavailable: {
        ApiError result(409, errorcode::seatsUnavailable, error.message);
        result.m_seats = error.seats;
        return result;
    }
    case ErrorCode::NoHold: return ApiError(409, errorcode::noHold, error.message);
    case ErrorCode::HoldExpired: return ApiError(409, errorcode::holdExpired, error.message);
    case ErrorCode::TooManySeats: return ApiError(422, errorcode::tooManySeats, error.message);
    case ErrorCode::TooManyHeldFromAddress: {
        ApiError result(429, errorcode::tooManyRequests, error.message);
        result.m_headers.emplaceBack("Retry-After", QByteArray::number(qMax<qint64>(1, error.retryAfter.count())));
        return result;
    }
    case ErrorCode::InvalidField: return ApiError(422, errorcode::invalidField, error.message);
    case ErrorCode::OrphanSeat: {
        ApiError result(422, errorcode::orphanSeat, error.message);
        result.m_seats = error.seats;
        result.m_suggestion = error.suggestion;
        return result;
    }
    case ErrorCode::NotFound: return ApiError(404, errorcode::notFound, error.message);
    case ErrorCode::Forbidden: return ApiError(403, errorcode::forbidden, error.message);
    case ErrorCode::AlreadyPaid: return ApiError(409, errorcode::alreadyPaid, error.message);
    case ErrorCode::DatabaseBusy: {
        ApiError result(503, errorcode::serviceUnavailable, error.message);
        result.m_headers.emplaceBack("Retry-After", "1");
        return result;
    }
    case ErrorCode::StorageFull: {
        qWarning("boxoffice web: %s", qUtf8Printable(error.message));
        ApiError result(503, errorcode::serviceUnavailable,
                        u"Bookings are paused: the box office cannot save right now. "
                        "Please try again in a few minutes."_s);
        result.m_headers.emplaceBack("Retry-After", "120");
        return result;
    }
    case ErrorCode::DatabaseError: break;
    }
    // The database's own words may name files or servers; the customer gets a plain message.
    qWarning("boxoffice web: %s", qUtf8Printable(error.message));
    return ApiError(500, errorcode::internalError, u"Something went wrong on our side; please try again."_s);
}

ApiError ApiError::fromVerdict(RequestHeadScanner::Verdict verdict, const char *reason)
{
    const QString message = QString::fromLatin1(reason);
    switch (verdict) {
    case RequestHeadScanner::Verdict::PayloadTooLarge: return ApiError(413, errorcode::payloadTooLarge, message);
    case RequestHeadScanner::Verdict::UriTooLong: return ApiError(414, errorcode::uriTooLong, message);
    case RequestHeadScanner::Verdict::HeadersTooLarge: return ApiError(431, errorcode::headersTooLarge, message);
    case RequestHeadScanner::Verdict::BadRequest:
    case RequestHeadScanner::Verdict::Pass: break;
    }
    return badRequest(message);
}

ApiError ApiError::badRequest(const QString &message)
{
    return ApiError(400, errorcode::badRequest, message);
}

ApiError ApiError::notFound(const QString &message)
{
    return ApiError(404, errorcode::notFound, message.isEmpty() ? u"There is nothing here."_s : message);
}

ApiError ApiError::methodNotAllowed(const QByteArray &allowed)
{
    ApiError result(405, errorcode::methodNotAllowed,
                    u"This address answers only %1."_s.arg(QString::fromLatin1(allowed)));
    result.m_headers.emplaceBack("Allow", allowed);
    return result;
}

ApiError ApiError::unauthorized(const QString &message)
{
    return ApiError(401, errorcode::unauthorized, message);
}

ApiError ApiError::forbidden(const QString &message)
{
    return ApiError(403, errorcode::forbidden, message);
}

ApiError ApiError::unsupportedMediaType()
{
    return ApiError(415, errorcode::unsupportedMediaType, u"Send the request body as application/json."_s);
}

ApiError ApiError::notAcceptable()
{
    return ApiError(406, errorcode::notAcceptable,
                    u"Accept-Encoding refuses every coding this answer has; allow identity or gzip."_s);
}

ApiError ApiError::invalidField(const QString &message)
{
    return ApiError(422, errorcode::invalidField, message);
}

ApiError ApiError::tooManySeats(const QString &message)
{
    return ApiError(422, errorcode::tooManySeats, message);
}

ApiError ApiError::ticketTypeNotAvailable(const QString &message)
{
    return ApiError(422, errorcode::ticketTypeNotAvailable, message);
}

ApiError ApiError::tooManyRequests(int retryAfterSeconds)
{
    ApiError result(429, errorcode::tooManyRequests, u"Too many requests; please slow down."_s);
    result.m_headers.emplaceBack("Retry-After", QByteArray::number(qMax(1, retryAfterSeconds)));
    return result;
}

ApiError ApiError::rateLimited(int retryAfterSeconds)
{
    const int seconds = qMax(1, retryAfterSeconds);
    ApiError result(429, errorcode::rateLimited,
                    u"Too many unknown codes were scanned on this device; wait %1 s before the next scan."_s.arg(seconds));
    result.m_headers.emplaceBack("Retry-After", QByteArray::number(seconds));
    return result;
}

ApiError ApiError::requestTimeout()
{
    return ApiError(408, errorcode::requestTimeout, u"The request did not arrive in time."_s);
}

ApiError ApiError::serviceUnavailable(const QString &message, int retryAfterSeconds)
{
    ApiError result(503, errorcode::serviceUnavailable, message);
    if (retryAfterSeconds > 0)
        result.m_headers.emplaceBack("Retry-After", QByteArray::number(retryAfterSeconds));
    return result;
}

ApiError ApiError::busy(const QString &message, int retryAfterSeconds)
{
    ApiError result(503, errorcode::busy, message);
    result.m_headers.emplaceBack("Retry-After", QByteArray::number(qMax(1, retryAfterSeconds)));
    return result;
}

HttpResponse ApiError::toResponse() const
{
    QJsonObject object{{jsonkey::error, QString(m_code)}, {jsonkey::message, m_message}};
    if (m_code == errorcode::seatsUnavailable || m_code == errorcode::orphanSeat)
        object.insert(jsonkey::seats, QJsonArray::fromStringList(m_seats));
    if (m_code == errorcode::orphanSeat)
        object.insert(jsonkey::suggestion, QJsonArray::fromStringList(m_suggestion));
    HttpResponse response = HttpResponse::json(m_status, QJsonDocument(object).toJson(QJsonDocument::Compact));
    response.headers = m_headers;
    response.addHeader("Cache-Control", "no-store");
    return response;
}

} // namespace boxoffice
