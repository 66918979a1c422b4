#include "venuesettings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boxoffice {

const QStringList VenueSettings::shippedWebLanguages{u"en"_s, u"de"_s, u"hi"_s};

namespace {
Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidField, message, {}};
}
} // namespace

Result<bool> VenueSettings::validate() const
{
    if (name.trimmed().isEmpty())
        return invalid(u"The venue needs a name."_s);
    if (name.size() > 100)
        return invalid(u"The venue's name is longer than 100 characters."_s);
    auto knownCurrency = Currency::fromCode(currency.code());
    if (!knownCurrency.ok())
        return knownCurrency.error();
    if (!QTimeZone::isTimeZoneIdAvailable(timeZone))
        return invalid(u"\"%1\" is not a time zone this computer knows. Use an IANA id such as Europe/Berlin."_s.arg(
                QString::fromUtf8(timeZone)));
    if (holdSeconds < minimumHoldSeconds || holdSeconds > maximumHoldSeconds)
        return invalid(u"The hold length must be between %1 and %2 seconds."_s.arg(minimumHoldSeconds).arg(
                maximumHoldSeconds));
    if (payByMinutesBeforeShow < 0 || payByMinutesBeforeShow > maximumPayByMinutesBeforeShow)
        return invalid(u"Reservations must be paid between 0 and %1 minutes before the show."_s.arg(
                maximumPayByMinutesBeforeShow));
    if (payWithinHours < 0 || payWithinHours > maximumPayWithinHours)
        return invalid(u"The hours to pay a reservation in must be between 0 (no limit) and %1."_s.arg(
                maximumPayWithinHours));
    if (webLanguages.isEmpty())
        return invalid(u"The web pages need at least one language."_s);
    for (const QString &language : webLanguages) {
        if (!shippedWebLanguages.contains(language))
            return invalid(u"The web pages are not shipped in \"%1\"; choose among %2."_s.arg(
                    language, shippedWebLanguages.join(u", "_s)));
    }
    return true;
}

QTimeZone VenueSettings::zone() const
{
    const QTimeZone zone(timeZone);
    return zone.isValid() ? zone : QTimeZone::utc();
}

QDateTime VenueSettings::payBy(const QDateTime &bookedAt, const QDateTime &showStartsAt) const
{
    const QDateTime beforeShow = showStartsAt.addSecs(-qint64(payByMinutesBeforeShow) * 60);
    if (payWithinHours == 0)
        return beforeShow;
    return std::min(beforeShow, bookedAt.addSecs(qint64(payWithinHours) * 3600));
}

QByteArray VenueSettings::defaultTimeZone()
{
    const QByteArray system = QTimeZone::systemTimeZoneId();
    return QTimeZone::isTimeZoneIdAvailable(system) ? system : QByteArrayLiteral("UTC");
}

} // namespace boxoffice
