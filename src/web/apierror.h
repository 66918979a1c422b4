#pragma once

#include "httpresponse.h"
#include "requestheadscanner.h"
#include "types.h"

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

namespace boxoffice {

/// A refusal of the web API, thrown by controllers and turned into an HTTP answer in one
/// place (toResponse()); fromCore() is the one mapping of core errors to statuses.
class ApiError final
{
public:
    ApiError(int status, QLatin1StringView code, QString message);

    static ApiError fromCore(const Error &error);
    static ApiError fromVerdict(RequestHeadScanner::Verdict verdict, const char *reason);

    static ApiError badRequest(const QString &message);
    static ApiError notFound(const QString &message = {});
    static ApiError methodNotAllowed(const QByteArray &allowed);
    /// 401 unauthorized: a request that needs a paired scanner device and comes without one.
    static ApiError unauthorized(const QString &message);
    static ApiError forbidden(const QString &message);
    static ApiError unsupportedMediaType();
    /// 406 not_acceptable: Accept-Encoding refuses identity and every coding the answer has.
    static ApiError notAcceptable();
    static ApiError invalidField(const QString &message);
    static ApiError tooManySeats(const QString &message);
    /// 422 ticket_type_not_available: a ticket type the web does not sell for that seat.
    static ApiError ticketTypeNotAvailable(const QString &message);
    static ApiError tooManyRequests(int retryAfterSeconds);
    /// 429 rate_limited: a scanner device that made too many scans of unknown codes lately.
    static ApiError rateLimited(int retryAfterSeconds);
    static ApiError requestTimeout();
    /// 503; `retryAfterSeconds` > 0 adds Retry-After.
    static ApiError serviceUnavailable(const QString &message, int retryAfterSeconds = 0);
    /// 503 busy, with Retry-After: a write that waited too long for its turn and was not carried out.
    static ApiError busy(const QString &message, int retryAfterSeconds);

    int status() const { return m_status; }
    QLatin1StringView code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QStringList &seats() const { return m_seats; }
    const QStringList &suggestion() const { return m_suggestion; }

    /// `{"error", "message"}` (and `"seats"` for seats_unavailable; `"seats"`, the seats it would
    /// strand, and `"suggestion"` for orphan_seat) with its headers.
    HttpResponse toResponse() const;

private:
    int m_status;
    QLatin1StringView m_code;
    QString m_message;
    QStringList m_seats;
    QStringList m_suggestion;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
};

} // namespace boxoffice
