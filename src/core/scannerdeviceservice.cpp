#include "scannerdeviceservice.h"

#include "audittrail.h"
#include "doorsupport.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

using doorsupport::fromMs;

/// 192 bits each: a token travels in a QR code and a URL, a credential in a cookie.
constexpr int pairingTokenBytes = 24;
constexpr int credentialBytes = 32;

Error refused(const QString &message)
{
    return Error{ErrorCode::Forbidden, message, {}};
}

const QString selectDevices =
        u"SELECT d.id, d.name, d.scope_day, d.created_by, st.name, d.created_at, d.paired_at, d.revoked_at,"
        " d.last_used_at FROM scanner_devices d LEFT JOIN staff st ON st.id = d.created_by"_s;

Result<QList<ScannerDevice>> readDevices(const Database &database, const QString &condition, const QVariantList &values)
{
    auto rows = database.run(selectDevices + condition, values);
    if (!rows.ok())
        return rows.error();
    QList<ScannerDevice> devices;
    while (rows.value().next()) {
        const SqlRows &row = rows.value();
        ScannerDevice device;
        device.id = row.value(0).toLongLong();
        device.name = row.value(1).toString();
        device.scope.day = QDate::fromString(row.value(2).toString(), Qt::ISODate);
        device.createdById = row.value(3).toLongLong();
        device.createdByName = row.value(4).toString();
        device.createdAt = fromMs(row.value(5));
        device.pairedAt = fromMs(row.value(6));
        device.revokedAt = fromMs(row.value(7));
        device.lastUsedAt = fromMs(row.value(8));
        devices.append(device);
    }
    for (ScannerDevice &device : devices) {
        auto shows = database.run(u"SELECT show_id FROM scanner_device_shows WHERE device_id = ? ORDER BY show_id"_s,
                                  {device.id});
        if (!shows.ok())
            return shows.error();
        while (shows.value().next())
            device.scope.shows.append(shows.value().value(0).toLongLong());
    }
    return devices;
}

Result<ScannerDevice> readDevice(const Database &database, const QString &condition, const QVariantList &values,
                                 const QString &missing)
{
    auto devices = readDevices(database, condition, values);
    if (!devices.ok())
        return devices.error();
    if (devices->isEmpty())
        return Error{ErrorCode::NotFound, missing, {}};
    return devices->constFirst();
}

/// The last venue day on which the device may scan: its day, or the day of its last show.
Result<QDate> lastDay(const Database &database, const ScannerDevice &device, const QTimeZone &zone)
{
    if (device.scope.isDay())
        return device.scope.day;
    auto last = database.run(u"SELECT MAX(sh.starts_at) FROM shows sh JOIN scanner_device_shows ds"
                             " ON ds.show_id = sh.id WHERE ds.device_id = ?"_s,
                             {device.id});
    if (!last.ok())
        return last.error();
    const QDateTime startsAt = last.value().next() ? fromMs(last.value().value(0)) : QDateTime();
    last.value().finish();
    return startsAt.isValid() ? startsAt.toTimeZone(zone).date() : QDate();
}

} // namespace

ScannerDeviceService::ScannerDeviceService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Result<ScannerPairing> ScannerDeviceService::createPairing(const QString &name, const ScannerScope &scope,
                                                           const StaffActor &actor)
{
    const QString deviceName = name.trimmed();
    if (deviceName.isEmpty() || deviceName.size() > maxNameLength)
        return Error{ErrorCode::InvalidField,
                     u"A scanner needs a name of 1 to %1 characters."_s.arg(maxNameLength), {}};
    if (scope.isDay() == !scope.shows.isEmpty())
        return Error{ErrorCode::InvalidField, u"A scanner checks in either chosen shows or one day's shows."_s, {}};
    auto manager = doorsupport::requireManager(m_database, m_clock, actor, u"Only a manager can pair a scanner."_s);
    if (!manager.ok())
        return manager.error();
    return m_database.write<ScannerPairing>([&]() -> Result<ScannerPairing> {
        const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
        QVariantList shows;
        for (qint64 show : scope.shows)
            shows.append(show);
        if (!shows.isEmpty()) {
            auto known = m_database.run(u"SELECT COUNT(*) FROM shows WHERE id IN (%1)"_s.arg(placeholders(shows.size())),
                                        shows);
            if (!known.ok())
                return known.error();
            const bool allKnown = known.value().next() && known.value().value(0).toLongLong() == shows.size();
            known.value().finish();
            if (!allKnown)
                return Error{ErrorCode::InvalidField, u"A chosen show does not exist."_s, {}};
        }
        const qint64 creator = actor.isOverride() ? actor.authorisedById : actor.staffId;
        auto device = m_database.insert(u"INSERT INTO scanner_devices (name, scope_day, created_by, created_at)"
                                        " VALUES (?, ?, ?, ?)"_s,
                                        {deviceName,
                                         scope.isDay() ? QVariant(scope.day.toString(Qt::ISODate))
                                                       : QVariant(QMetaType(QMetaType::QString)),
                                         creator, nowMs});
        if (!device.ok())
            return device.error();
        for (const QVariant &show : std::as_const(shows)) {
            auto scoped = m_database.run(u"INSERT INTO scanner_device_shows (device_id, show_id) VALUES (?, ?)"
                                         " ON CONFLICT DO NOTHING"_s,
                                         {device.value(), show});
            if (!scoped.ok())
                return scoped.error();
        }
        ScannerPairing pairing;
        pairing.token = doorsupport::randomSecret(pairingTokenBytes);
        pairing.expiresAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).addSecs(
                std::chrono::duration_cast<std::chrono::seconds>(pairingValidity).count());
        auto token = m_database.run(u"INSERT INTO scanner_pairings (token_hash, device_id, created_at, expires_at)"
                                    " VALUES (?, ?, ?, ?)"_s,
                                    {doorsupport::secretHash(pairing.token), device.value(), nowMs,
                                     pairing.expiresAt.toMSecsSinceEpoch()});
        if (!token.ok())
            return token.error();
        const QString scopeText = scope.isDay() ? u"day %1"_s.arg(scope.day.toString(Qt::ISODate))
                                                : u"shows %1"_s.arg(scope.shows.size());
        auto audited = AuditTrail::record(m_database, QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC),
                                          {actor, u"scanner_pairing_created"_s,
                                           shows.size() == 1 ? shows.constFirst().toLongLong() : 0,
                                           u"device %1 (%2), %3"_s.arg(device.value()).arg(deviceName, scopeText), {}});
        if (!audited.ok())
            return audited.error();
        auto created = readDevice(m_database, u" WHERE d.id = ?"_s, {device.value()}, {});
        if (!created.ok())
            return created.error();
        pairing.device = created.value();
        return pairing;
    });
}

Result<ScannerCredential> ScannerDeviceService::redeemPairing(const QString &token)
{
    const QString spent = u"This pairing code is not valid: it was used already or has expired. "
                          "Ask a manager to show a new one."_s;
    if (token.trimmed().isEmpty())
        return refused(spent);
    return m_database.write<ScannerCredential>([&]() -> Result<ScannerCredential> {
        const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
        const QString tokenHash = doorsupport::secretHash(token.trimmed());
        auto used = m_database.change(u"UPDATE scanner_pairings SET used_at = ? WHERE token_hash = ?"
                                      " AND used_at IS NULL AND expires_at > ?"_s,
                                      {nowMs, tokenHash, nowMs});
        if (!used.ok())
            return used.error();
        if (used.value() != 1)
            return refused(spent);
        ScannerCredential paired;
        paired.credential = doorsupport::randomSecret(credentialBytes);
        auto device = m_database.change(u"UPDATE scanner_devices SET credential_hash = ?, paired_at = ?"
                                        " WHERE id = (SELECT device_id FROM scanner_pairings WHERE token_hash = ?)"
                                        " AND revoked_at IS NULL AND paired_at IS NULL"_s,
                                        {doorsupport::secretHash(paired.credential), nowMs, tokenHash});
        if (!device.ok())
            return device.error();
        if (device.value() != 1)
            return refused(u"This scanner was revoked before it was paired."_s);
        auto found = readDevice(m_database, u" WHERE d.credential_hash = ?"_s,
                                {doorsupport::secretHash(paired.credential)}, spent);
        if (!found.ok())
            return found.error();
        paired.device = found.value();
        auto audited = AuditTrail::record(m_database, QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC),
                                          {StaffActor{0, paired.device.name, 0, {}}, u"scanner_paired"_s, 0,
                                           u"device %1 (%2)"_s.arg(paired.device.id).arg(paired.device.name), {}});
        if (!audited.ok())
            return audited.error();
        return paired;
    });
}

Result<ScannerDevice> ScannerDeviceService::authenticate(const QString &credential) const
{
    if (credential.isEmpty())
        return Error{ErrorCode::NotFound, u"This browser is not paired as a scanner."_s, {}};
    auto zone = doorsupport::venueZone(m_database, m_clock);
    if (!zone.ok())
        return zone.error();
    return m_database.read<ScannerDevice>([&]() -> Result<ScannerDevice> {
        auto device = readDevice(m_database, u" WHERE d.credential_hash = ?"_s, {doorsupport::secretHash(credential)},
                                 u"This browser is not paired as a scanner."_s);
        if (!device.ok())
            return device.error();
        if (device->isRevoked())
            return refused(u"This scanner was revoked; ask a manager to pair it again."_s);
        auto last = lastDay(m_database, device.value(), zone.value());
        if (!last.ok())
            return last.error();
        if (!last->isValid() || last.value() < m_clock.now().toTimeZone(zone.value()).date())
            return refused(u"This scanner's shows are over; ask a manager to pair it for today's."_s);
        return device;
    });
}

Result<ScannerDevice> ScannerDeviceService::revoke(qint64 device, const StaffActor &actor)
{
    auto manager = doorsupport::requireManager(m_database, m_clock, actor, u"Only a manager can revoke a scanner."_s);
    if (!manager.ok())
        return manager.error();
    return m_database.write<ScannerDevice>([&]() -> Result<ScannerDevice> {
        const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
        auto revoked = m_database.change(u"UPDATE scanner_devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s,
                                         {nowMs, device});
        if (!revoked.ok())
            return revoked.error();
        auto found = readDevice(m_database, u" WHERE d.id = ?"_s, {device}, u"There is no scanner %1."_s.arg(device));
        if (!found.ok() || revoked.value() != 1)
            return found;
        auto audited = AuditTrail::record(m_database, QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC),
                                          {actor, u"scanner_revoked"_s, 0,
                                           u"device %1 (%2)"_s.arg(device).arg(found->name), {}});
        if (!audited.ok())
            return audited.error();
        return found;
    });
}

Result<ScannerDevice> ScannerDeviceService::device(qint64 id) const
{
    return m_database.read<ScannerDevice>([&]() -> Result<ScannerDevice> {
        return readDevice(m_database, u" WHERE d.id = ?"_s, {id}, u"There is no scanner %1."_s.arg(id));
    });
}

Result<QList<ScannerDevice>> ScannerDeviceService::devices() const
{
    return m_database.read<QList<ScannerDevice>>(
            [&]() -> Result<QList<ScannerDevice>> { return readDevices(m_database, u" ORDER BY d.id DESC"_s, {}); });
}

Result<QList<Show>> ScannerDeviceService::scannableShows(qint64 device) const
{
    auto zone = doorsupport::venueZone(m_database, m_clock);
    if (!zone.ok())
        return zone.error();
    return m_database.read<QList<Show>>([&]() -> Result<QList<Show>> {
        auto found = readDevice(m_database, u" WHERE d.id = ?"_s, {device}, u"There is no scanner %1."_s.arg(device));
        if (!found.ok())
            return found.error();
        const QDate today = m_clock.now().toTimeZone(zone.value()).date();
        if (found->scope.isDay() && found->scope.day != today)
            return QList<Show>();
        const auto [from, to] = doorsupport::dayBounds(today, zone.value());
        QString sql = u"SELECT sh.id, sh.title, sh.hall_id, h.name, sh.starts_at FROM shows sh JOIN halls h"
                      " ON h.id = sh.hall_id WHERE sh.cancelled_at IS NULL AND sh.starts_at >= ? AND sh.starts_at < ?"_s;
        QVariantList values{from, to};
        if (!found->scope.isDay()) {
            sql += u" AND sh.id IN (SELECT show_id FROM scanner_device_shows WHERE device_id = ?)"_s;
            values.append(device);
        }
        auto rows = m_database.run(sql + u" ORDER BY sh.starts_at, sh.id"_s, values);
        if (!rows.ok())
            return rows.error();
        QList<Show> shows;
        while (rows.value().next()) {
            Show show;
            show.id = rows.value().value(0).toLongLong();
            show.title = rows.value().value(1).toString();
            show.hallId = rows.value().value(2).toLongLong();
            show.hallName = rows.value().value(3).toString();
            show.startsAt = fromMs(rows.value().value(4));
            shows.append(show);
        }
        return shows;
    });
}

} // namespace boxoffice
