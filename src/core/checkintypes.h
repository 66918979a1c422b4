#pragma once

#include "staffactor.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace boxoffice {

/// Which way a ticket passes the door.
enum class CheckinDirection { Entry, Exit };

/// "entry" or "exit", as the database and the web API name them.
QString checkinDirectionName(CheckinDirection direction);
std::optional<CheckinDirection> checkinDirectionFromName(const QString &name);

/// The answers of a check-in. Only `Ok` let someone pass (or leave).
enum class CheckinOutcome {
    Ok,
    /// The ticket is inside already (or, without re-entry, came in once already).
    AlreadyCheckedIn,
    /// A reservation not yet collected: the customer pays at the counter first.
    Unpaid,
    /// The ticket is for another show than the one scanned for (or not one of today's, or out
    /// of the device's scope).
    WrongShow,
    /// Check-in opens `CheckinSettings::opensMinutesBeforeStart` before the show starts.
    NotOpenYet,
    /// The seat was refunded, exchanged, unbooked or expired, or the booking or show cancelled.
    Cancelled,
    /// No ticket has this code.
    Unknown,
    /// An exit scan where the show allows no exits (no re-entry).
    ExitNotAllowed,
    /// An exit scan of a ticket that is not inside.
    NotInside,
    /// Too many unknown codes from this device lately; `retryAfter` says when to try again.
    RateLimited,
};

/// "ok", "already_checked_in", "unpaid", "wrong_show", "not_open_yet", "cancelled", "unknown",
/// "exit_not_allowed", "not_inside", "rate_limited": the web API's names.
QString checkinOutcomeName(CheckinOutcome outcome);
std::optional<CheckinOutcome> checkinOutcomeFromName(const QString &name);

/// What a scan asks. `show` empty means "any of today's shows" (in the venue's time zone).
struct CheckinRequest
{
    QString code;
    std::optional<qint64> show;
    CheckinDirection direction = CheckinDirection::Entry;
    /// The scanning device (ScannerDevice::id).
    qint64 deviceId = 0;
    /// Chosen by the client for each scan (at most `maxNonceLength` characters): a retry with the
    /// same nonce from the same device gets the first answer again and changes nothing.
    QString nonce;

    static constexpr int maxNonceLength = 100;
};

/// The answer to a scan. The details are filled as far as the ticket was found.
struct CheckinAnswer
{
    CheckinOutcome outcome = CheckinOutcome::Unknown;
    /// The normalized code that was looked up.
    QString code;
    qint64 showId = 0;
    QString showTitle;
    QDateTime showStartsAt;
    QString seatLabel;
    QString ticketType;
    QString bookingReference;
    /// Ok: the time of this check-in. AlreadyCheckedIn: when the ticket came in, with
    /// `byDevice` naming where ("" for a manual check-in, then `byStaff` names the manager).
    /// NotOpenYet: when check-in opens.
    QDateTime at;
    QString byDevice;
    QString byStaff;
    /// RateLimited: how long until scans are answered again.
    std::chrono::seconds retryAfter{0};
    /// True when this answer was given before to the same (device, nonce) and is repeated.
    bool repeated = false;

    bool ok() const { return outcome == CheckinOutcome::Ok; }
};

/// When a show's door opens and whether people may leave and come back. The venue sets the
/// default; a show may override either part.
struct CheckinSettings
{
    static constexpr int defaultOpensMinutesBeforeStart = 60;
    static constexpr int maximumOpensMinutesBeforeStart = 24 * 60;

    int opensMinutesBeforeStart = defaultOpensMinutesBeforeStart;
    /// Exit scans, and entry again after an exit.
    bool reentry = false;

    bool operator==(const CheckinSettings &other) const = default;
};

/// A show's own overrides of the venue's CheckinSettings; an empty part follows the venue.
struct ShowCheckinOverride
{
    std::optional<int> opensMinutesBeforeStart;
    std::optional<bool> reentry;

    bool operator==(const ShowCheckinOverride &other) const = default;
};

/// What a scanner device may check in: the chosen shows, or every show of one venue day.
struct ScannerScope
{
    /// Chosen shows; empty when the scope is a day.
    QList<qint64> shows;
    /// The venue day (in the venue's time zone); invalid when the scope is shows.
    QDate day;

    bool isDay() const { return day.isValid(); }
};

/// A phone (or other browser) paired as a door scanner.
struct ScannerDevice
{
    qint64 id = 0;
    QString name;
    ScannerScope scope;
    qint64 createdById = 0;
    QString createdByName;
    QDateTime createdAt;
    /// Invalid until the pairing token was redeemed.
    QDateTime pairedAt;
    /// Valid once revoked: it is refused from then on.
    QDateTime revokedAt;
    /// The last scan it made; invalid when none.
    QDateTime lastUsedAt;

    bool isPaired() const { return pairedAt.isValid(); }
    bool isRevoked() const { return revokedAt.isValid(); }
};

/// A one-time pairing token as created: the token itself is shown once (in the GUI's QR code) and
/// only its hash is kept.
struct ScannerPairing
{
    ScannerDevice device;
    QString token;
    QDateTime expiresAt;
};

/// A redeemed pairing: the device's credential (its cookie), shown once, kept only as a hash.
struct ScannerCredential
{
    ScannerDevice device;
    QString credential;
};

/// One pass of the door, for the check-in view.
struct CheckinRecord
{
    qint64 id = 0;
    QString seatLabel;
    QString bookingReference;
    CheckinDirection direction = CheckinDirection::Entry;
    QDateTime at;
    /// The device's name; empty for a manual check-in.
    QString deviceName;
    /// The manager of a manual check-in, and their reason.
    QString staffName;
    QString reason;
};

/// A show's door: how many are in, how many of the sold tickets came, and every pass (newest first).
struct ShowCheckins
{
    qint64 showId = 0;
    /// Live tickets of the show (paid and reserved alike).
    int ticketsSold = 0;
    /// Tickets that came in at least once.
    int checkedIn = 0;
    /// Tickets inside now (came in and did not leave).
    int insideNow = 0;
    QList<CheckinRecord> records;
};

} // namespace boxoffice

Q_DECLARE_METATYPE(boxoffice::CheckinAnswer)
Q_DECLARE_METATYPE(boxoffice::ScannerDevice)
