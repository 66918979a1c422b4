#pragma once

#include "checkintypes.h"
#include "clock.h"
#include "database.h"
#include "staffactor.h"
#include "types.h"

#include <chrono>

namespace boxoffice {

/// The door (schema 11): checks tickets in and out by their codes (TicketCode), for paired scanner
/// devices (ScannerDeviceService) and for managers by hand, and tells a show's door numbers.
///
/// A code is valid while its booked seat is live: the seat not released (refunded, exchanged,
/// unbooked), its booking neither cancelled, refunded nor expired, its show not cancelled. That is
/// read from the booking itself in the check-in's transaction, so that no change of a booking
/// needs to remember the door.
///
/// Whether a ticket is inside is kept on its booked seat, and each pass changes it with one
/// conditional update: of two devices scanning one ticket at once exactly one gets `Ok`, on SQLite
/// and PostgreSQL alike. Each scan's answer is kept under its device and nonce, so that a retry
/// gets the same answer and changes nothing. Unknown codes are what guessing produces: each is
/// audited, and a device that made `maxUnknownPerWindow` of them within `unknownWindow` is
/// answered `RateLimited` (nothing looked up) until the oldest leaves the window.
///
/// Belongs to the thread of its Database.
class CheckinService final
{
    Q_DISABLE_COPY_MOVE(CheckinService)

public:
    static constexpr int maxUnknownPerWindow = 10;
    static constexpr std::chrono::seconds unknownWindow{60};
    static constexpr int maxReasonLength = 500;

    CheckinService(Database &database, const Clock &clock);

    /// One scan by a paired device. Errors only for what is not a scan's answer: a device that is
    /// unknown, unpaired or revoked (Forbidden), a missing or too long nonce (InvalidField), or the
    /// database.
    Result<CheckinAnswer> checkIn(const CheckinRequest &request);
    /// Lets the ticket of `seatLabel` for `show` in by hand (a lost or unreadable ticket), by a
    /// manager (signed in or by override) with a reason; audited. Answers as a scan would, except
    /// that the door need not be open yet.
    Result<CheckinAnswer> manualCheckIn(qint64 show, const QString &seatLabel, const QString &reason,
                                        const StaffActor &actor);
    /// The show's door numbers and every pass, newest first.
    Result<ShowCheckins> showCheckins(qint64 show) const;

    /// The venue's default door settings.
    Result<CheckinSettings> venueSettings() const;
    /// Saves the venue's default door settings: managers only, audited.
    Result<bool> saveVenueSettings(const CheckinSettings &settings, const StaffActor &actor);
    /// The show's own overrides (none set: all parts empty).
    Result<ShowCheckinOverride> showOverride(qint64 show) const;
    /// Saves a show's overrides (empty parts follow the venue): managers only, audited.
    Result<bool> saveShowOverride(qint64 show, const ShowCheckinOverride &override, const StaffActor &actor);
    /// Writes and audits a show's overrides in the caller's write transaction (ShowService's, so
    /// that a show and its door settings are saved together); the caller checked the actor.
    static Result<bool> writeShowOverride(Database &database, const QDateTime &now, qint64 show,
                                          const ShowCheckinOverride &override, const StaffActor &actor);
    /// What holds for `show`: the venue's settings with the show's overrides.
    Result<CheckinSettings> settingsFor(qint64 show) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace boxoffice
