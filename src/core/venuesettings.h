#pragma once

#include "currency.h"
#include "types.h"

#include <QStringList>
#include <QTimeZone>

namespace boxoffice {

/// What a venue sets once for every counter and the web: its name, money, clock, holds and the
/// languages of its web pages.
struct VenueSettings
{
    /// The languages the web pages are shipped in; the venue chooses among them.
    static const QStringList shippedWebLanguages;
    static constexpr int minimumHoldSeconds = 60;
    static constexpr int maximumHoldSeconds = 24 * 60 * 60;
    static constexpr int maximumPayByMinutesBeforeShow = 24 * 60;
    static constexpr int maximumPayWithinHours = 30 * 24;

    QString name = QStringLiteral("Box Office");
    Currency currency;
    /// An IANA id, e.g. "Europe/Berlin".
    QByteArray timeZone = defaultTimeZone();
    int holdSeconds = 600;
    /// A subset of shippedWebLanguages, never empty; the first is not special, English is the fallback.
    QStringList webLanguages{QStringLiteral("en")};
    /// A web reservation must be paid at the counter this many minutes before the show starts...
    int payByMinutesBeforeShow = 30;
    /// ...and, when this is not 0, within this many hours of booking, whichever comes first.
    int payWithinHours = 0;

    /// The computer's own time zone, or UTC when it has none Qt can name.
    static QByteArray defaultTimeZone();

    /// Refuses what no venue can mean, with a message naming the field.
    Result<bool> validate() const;
    QTimeZone zone() const;
    /// When a web reservation made at `bookedAt` for a show starting at `showStartsAt` must be paid.
    QDateTime payBy(const QDateTime &bookedAt, const QDateTime &showStartsAt) const;

    bool operator==(const VenueSettings &other) const = default;
};

} // namespace boxoffice
