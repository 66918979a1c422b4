#pragma once

#include "types.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace boxoffice {

/// `POST /api/holds` — {"show": id, "seats": [labels]} or {"show": id, "best": {...}}.
struct HoldBody
{
    qint64 show = 0;
    /// Empty when `best` is given.
    QStringList seats;
    /// The `"best"` object: {"count": n, "category": key, "wheelchair": n}.
    std::optional<BestAvailableRequest> best;
};

/// `DELETE /api/holds` — an optional {"seats": [labels]} (and "show" when the query has none).
struct ReleaseBody
{
    std::optional<qint64> show;
    std::optional<QStringList> seats;
};

/// `POST /api/bookings` — {"show": id, "name": text, "email": text}.
struct BookingBody
{
    qint64 show = 0;
    QString name;
    QString email;
    /// Ticket type key by seat id; seats left out get the default type.
    QHash<QString, QString> ticketTypes;
};

/// `POST /api/checkin` — {"code": text, "show": id or "today", "direction": "entry" or "exit",
/// "nonce": text}.
struct CheckinBody
{
    /// As scanned or typed; core normalizes it (an unreadable code is checked as `unknown`).
    QString code;
    /// nullopt: any of today's shows ("today", or no "show").
    std::optional<qint64> show;
    /// "entry" (also when left out) or "exit".
    bool exit = false;
    QString nonce;
};

/// The validation of request bodies, as pure functions (the fuzz target calls them directly).
/// Each throws ApiError: 400 bad_request for JSON that is malformed or of the wrong shape,
/// 422 invalid_field / too_many_seats for well-formed values the API refuses.
namespace requestbody {

HoldBody parseHold(const QByteArray &body, int maxSeats);
ReleaseBody parseRelease(const QByteArray &body, int maxSeats);
BookingBody parseBooking(const QByteArray &body);
/// Codes of 1 to 200 characters and nonces of 1 to 100 printable ASCII characters, else 422.
CheckinBody parseCheckin(const QByteArray &body);

/// A seat id such as "C7": 1 to 16 ASCII letters, digits, '-' or '_', starting with a letter or digit.
bool isSeatLabel(const QString &label);
/// 1 to 100 characters after trimming, none of them control characters.
bool isName(const QString &name);
/// A plausible address: one '@', a local part and a dotted domain, no spaces, at most 254 characters.
bool isEmail(const QString &email);

} // namespace requestbody

} // namespace boxoffice
