#pragma once

#include "checkintypes.h"
#include "clock.h"
#include "database.h"
#include "staffactor.h"
#include "types.h"

#include <chrono>

namespace boxoffice {

/// Pairs, authenticates and revokes door scanner devices (schema 11).
///
/// A manager creates a pairing for a named device with a scope (chosen shows or one venue day):
/// that makes the device and a one-time token, valid for `pairingValidity`, which the GUI shows
/// in a QR code. The phone redeems the token once and receives the device's credential (its
/// cookie). Token and credential are random (CSPRNG) and kept only as SHA-256 hashes: they carry
/// at least 192 bits, so no slow hash is needed to protect them, and each request can be checked
/// by one indexed lookup.
///
/// A device is refused once revoked, and once its scope is over: a day scope after that day, a
/// show scope after the day of its last show (venue time zone). Creating and revoking are for
/// managers (signed in or by override) and audited under the StaffActor.
///
/// Belongs to the thread of its Database.
class ScannerDeviceService final
{
    Q_DISABLE_COPY_MOVE(ScannerDeviceService)

public:
    static constexpr std::chrono::minutes pairingValidity{10};
    static constexpr int maxNameLength = 80;

    ScannerDeviceService(Database &database, const Clock &clock);

    /// A new, not yet paired device and its one-time token. Refused (Forbidden) unless a manager
    /// acts; InvalidField for an empty name or scope, or shows that do not exist.
    Result<ScannerPairing> createPairing(const QString &name, const ScannerScope &scope, const StaffActor &actor);
    /// Redeems a pairing token once: the device's credential. Refused (Forbidden) for a token that
    /// is unknown, used, expired, or whose device was revoked.
    Result<ScannerCredential> redeemPairing(const QString &token);
    /// The device a credential belongs to: NotFound for no device (HTTP 401), Forbidden for a
    /// revoked device or one whose scope is over (HTTP 403).
    Result<ScannerDevice> authenticate(const QString &credential) const;
    /// Revokes a device at once: its next request is refused. Managers only, audited.
    Result<ScannerDevice> revoke(qint64 device, const StaffActor &actor);
    Result<ScannerDevice> device(qint64 id) const;
    /// Every device, newest first, with its last use.
    Result<QList<ScannerDevice>> devices() const;
    /// The shows the device may check in now, by start: those of its day, or its chosen shows
    /// of today (venue time zone); cancelled shows are left out.
    Result<QList<Show>> scannableShows(qint64 device) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace boxoffice
