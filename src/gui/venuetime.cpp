#include "venuetime.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace boxoffice {

QString formatVenueDateTime(const QDateTime &dateTime, const QTimeZone &venueZone)
{
    const QDateTime atVenue = dateTime.toTimeZone(venueZone);
    return u"%1 %2"_s.arg(QLocale().toString(atVenue.date(), QLocale::ShortFormat),
                          QLocale().toString(atVenue.time(), timeFormatWithoutSeconds()));
}

QString timeFormatWithoutSeconds()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    return format.remove(u":ss"_s).remove(u".ss"_s);
}

} // namespace boxoffice
