#pragma once

#include "staffactor.h"
#include "types.h"

#include <QTimeZone>

namespace boxoffice {

class Clock;
class Database;

/// What the door's two services (CheckinService, ScannerDeviceService) share.
namespace doorsupport {

/// `bytes` from the operating system's CSPRNG as unpadded base64url: a pairing token or a device
/// credential.
QString randomSecret(int bytes);
/// The SHA-256 (hex) under which a random secret is kept and looked up.
QString secretHash(const QString &secret);
/// Refuses (Forbidden, with `refusal`) unless the actor is a manager (signed in) or a manager
/// authorised this action.
Result<bool> requireManager(Database &database, const Clock &clock, const StaffActor &actor, const QString &refusal);
/// A stored UTC millisecond time; invalid for NULL.
QDateTime fromMs(const QVariant &value);
/// The venue's time zone, in which "today" and day scopes are meant.
Result<QTimeZone> venueZone(Database &database, const Clock &clock);
/// [start, end) of the venue day `day`, in UTC milliseconds.
std::pair<qint64, qint64> dayBounds(const QDate &day, const QTimeZone &zone);

} // namespace doorsupport

} // namespace boxoffice
