#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace boxoffice {

/// A moment as the venue's clock shows it, without seconds, in the cashier's locale:
/// "27/11/2026 20:00" whatever the time zone of the computer.
QString formatVenueDateTime(const QDateTime &dateTime, const QTimeZone &venueZone);
/// The locale's short time format without seconds, which no show's start has.
QString timeFormatWithoutSeconds();

} // namespace boxoffice
