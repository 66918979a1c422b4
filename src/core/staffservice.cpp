#include "staffservice.h"

#include "audittrail.h"

#include <QDebug>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

const QString selectAccounts = u"SELECT id, name, role, created_at, disabled_at, failed_attempts, locked_until,"
                               " secret_hash FROM staff"_s;

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidField, message, {}};
}

Error refused(const QString &message, std::chrono::seconds retryAfter = std::chrono::seconds(0))
{
    return Error{ErrorCode::Forbidden, message, {}, retryAfter};
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

/// The account on the current row of `selectAccounts`, and its hash.
std::pair<StaffMember, QString> accountFrom(const SqlRows &row)
{
    StaffMember member;
    member.id = row.value(0).toLongLong();
    member.name = row.value(1).toString();
    member.role = staffRoleFromName(row.value(2).toString()).value_or(StaffRole::Cashier);
    member.createdAt = timeFrom(row.value(3));
    member.disabledAt = timeFrom(row.value(4));
    member.failedAttempts = row.value(5).toInt();
    member.lockedUntil = timeFrom(row.value(6));
    return {member, row.value(7).toString()};
}

std::optional<Error> invalidName(const QString &name)
{
    if (name.isEmpty())
        return invalid(u"A staff member needs a name."_s);
    if (name.size() > StaffService::maxNameLength)
        return invalid(u"A staff member's name has at most %1 characters."_s.arg(StaffService::maxNameLength));
    return std::nullopt;
}

std::optional<Error> invalidActor(const QString &actor)
{
    if (actor.simplified().isEmpty())
        return invalid(u"Staff accounts are changed under a manager's name."_s);
    return std::nullopt;
}

QString secondsText(std::chrono::seconds seconds)
{
    return seconds.count() == 1 ? u"1 second"_s : u"%1 seconds"_s.arg(seconds.count());
}

/// The whole seconds until `until`, rounded up: "try again in 0 seconds" would be a lie.
std::chrono::seconds secondsUntil(const QDateTime &until, const QDateTime &now)
{
    const qint64 ms = until.isValid() ? now.msecsTo(until) : 0;
    return std::chrono::seconds(ms > 0 ? (ms + 999) / 1000 : 0);
}

} // namespace

StaffService::StaffService(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

std::optional<Error> StaffService::invalidSecret(const QString &secret)
{
    if (secret.size() < minSecretLength || secret.size() > maxSecretLength)
        return invalid(u"A PIN or password has %1 to %2 characters."_s.arg(minSecretLength).arg(maxSecretLength));
    if (secret.trimmed() != secret)
        return invalid(u"A PIN or password must not start or end with a space."_s);
    return std::nullopt;
}

std::chrono::seconds StaffService::waitAfter(int failedAttempts)
{
    if (failedAttempts <= freeAttempts)
        return std::chrono::seconds(0);
    const qint64 doubled = qint64(1) << std::min(failedAttempts - freeAttempts, 20);
    return std::min(std::chrono::seconds(doubled), longestWait);
}

Result<QList<StaffMember>> StaffService::staff() const
{
    auto rows = m_database.run(selectAccounts);
    if (!rows.ok())
        return rows.error();
    QList<StaffMember> members;
    while (rows.value().next())
        members.append(accountFrom(rows.value()).first);
    if (!rows.value().error().isEmpty())
        return Error{ErrorCode::DatabaseError, rows.value().error(), {}};
    std::sort(members.begin(), members.end(), [](const StaffMember &a, const StaffMember &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return members;
}

Result<StaffMember> StaffService::member(qint64 id) const
{
    return read(id);
}

Result<StaffMember> StaffService::read(qint64 id) const
{
    auto rows = m_database.run(selectAccounts + u" WHERE id = ?"_s, {id});
    if (!rows.ok())
        return rows.error();
    if (!rows.value().next())
        return Error{ErrorCode::NotFound, u"There is no staff member %1."_s.arg(id), {}};
    return accountFrom(rows.value()).first;
}

Result<qint64> StaffService::findByName(const QString &name, qint64 except) const
{
    auto rows = m_database.run(u"SELECT id, name FROM staff"_s);
    if (!rows.ok())
        return rows.error();
    while (rows.value().next()) {
        const qint64 id = rows.value().value(0).toLongLong();
        if (id != except && rows.value().value(1).toString().compare(name, Qt::CaseInsensitive) == 0) {
            rows.value().finish();
            return id;
        }
    }
    return qint64(0);
}

Result<StaffMember> StaffService::addStaff(const QString &name, StaffRole role, const QString &secret,
                                           const QString &actor)
{
    const QString cleanName = name.simplified();
    if (auto bad = invalidName(cleanName))
        return *bad;
    if (auto bad = invalidSecret(secret))
        return *bad;
    if (auto bad = invalidActor(actor))
        return *bad;
    auto hashed = SecretHash::hash(secret);
    if (!hashed.ok())
        return hashed.error();
    return insertAccount(cleanName, role, hashed.value(), actor, false);
}

Result<StaffMember> StaffService::adoptLegacyManagerPin(const LegacyManagerPin &pin, const QString &name,
                                                        const QString &actor)
{
    const QString cleanName = name.simplified();
    if (auto bad = invalidName(cleanName))
        return *bad;
    if (auto bad = invalidActor(actor))
        return *bad;
    const QString stored = SecretHash::fromPbkdf2Sha256(pin.salt, pin.iterations, pin.key);
    if (stored.isEmpty())
        return invalid(u"The manager PIN kept on this computer is damaged (salt, key or iteration count); "
                       "set up the first manager with a new PIN instead."_s);
    return insertAccount(cleanName, StaffRole::Manager, stored, actor, true);
}

Result<StaffMember> StaffService::insertAccount(const QString &name, StaffRole role, const QString &secretHash,
                                                const QString &actor, bool adopting)
{
    return m_database.write<StaffMember>([&]() -> Result<StaffMember> {
        auto accounts = m_database.run(u"SELECT COUNT(*) FROM staff"_s);
        if (!accounts.ok())
            return accounts.error();
        const qint64 existing = accounts.value().next() ? accounts.value().value(0).toLongLong() : 0;
        accounts.value().finish();
        if (adopting && existing > 0)
            return refused(u"Staff accounts are set up already: the manager PIN kept on this computer is not "
                           "taken over again."_s);
        if (!adopting && existing == 0 && role != StaffRole::Manager)
            return refused(u"The first staff account must be a manager's."_s);
        auto same = findByName(name);
        if (!same.ok())
            return same.error();
        if (same.value() != 0)
            return invalid(u"There is a staff member named %1 already."_s.arg(name));
        auto id = m_database.insert(u"INSERT INTO staff (name, role, secret_hash, created_at) VALUES (?, ?, ?, ?)"_s,
                                    {name, staffRoleName(role), secretHash, m_clock.now().toMSecsSinceEpoch()});
        if (!id.ok())
            return id.error();
        const QString action = adopting ? u"adopt manager PIN"_s : u"add staff"_s;
        if (auto audited = audit(actor, action, u"%1 (%2)"_s.arg(name, staffRoleName(role))); !audited.ok())
            return audited.error();
        return read(id.value());
    });
}

Result<bool> StaffService::changeAccount(qint64 id, const QString &actor,
                                         const std::function<Result<bool>(const StaffMember &)> &change)
{
    if (auto bad = invalidActor(actor))
        return *bad;
    return m_database.write<bool>([&]() -> Result<bool> {
        auto member = read(id);
        if (!member.ok())
            return member.error();
        return change(member.value());
    });
}

Result<bool> StaffService::rename(qint64 id, const QString &name, const QString &actor)
{
    const QString cleanName = name.simplified();
    if (auto bad = invalidName(cleanName))
        return *bad;
    return changeAccount(id, actor, [&](const StaffMember &member) -> Result<bool> {
        auto same = findByName(cleanName, id);
        if (!same.ok())
            return same.error();
        if (same.value() != 0)
            return invalid(u"There is a staff member named %1 already."_s.arg(cleanName));
        auto renamed = m_database.change(u"UPDATE staff SET name = ? WHERE id = ?"_s, {cleanName, id});
        if (!renamed.ok())
            return renamed.error();
        return audit(actor, u"rename staff"_s, u"%1 → %2"_s.arg(member.name, cleanName));
    });
}

Result<bool> StaffService::setRole(qint64 id, StaffRole role, const QString &actor)
{
    return changeAccount(id, actor, [&](const StaffMember &member) -> Result<bool> {
        if (member.role == role)
            return true;
        if (member.isManager() && !member.disabled()) {
            if (auto kept = keepAnActiveManager(id, u"made a cashier"_s); !kept.ok())
                return kept.error();
        }
        auto changed = m_database.change(u"UPDATE staff SET role = ? WHERE id = ?"_s, {staffRoleName(role), id});
        if (!changed.ok())
            return changed.error();
        return audit(actor, u"change staff role"_s, u"%1: %2"_s.arg(member.name, staffRoleName(role)));
    });
}

Result<bool> StaffService::disable(qint64 id, const QString &actor)
{
    return changeAccount(id, actor, [&](const StaffMember &member) -> Result<bool> {
        if (member.disabled())
            return true;
        if (member.isManager()) {
            if (auto kept = keepAnActiveManager(id, u"disabled"_s); !kept.ok())
                return kept.error();
        }
        auto changed = m_database.change(u"UPDATE staff SET disabled_at = ? WHERE id = ?"_s,
                                         {m_clock.now().toMSecsSinceEpoch(), id});
        if (!changed.ok())
            return changed.error();
        return audit(actor, u"disable staff"_s, member.name);
    });
}

Result<bool> StaffService::enable(qint64 id, const QString &actor)
{
    return changeAccount(id, actor, [&](const StaffMember &member) -> Result<bool> {
        if (!member.disabled())
            return true;
        auto changed = m_database.change(u"UPDATE staff SET disabled_at = NULL WHERE id = ?"_s, {id});
        if (!changed.ok())
            return changed.error();
        return audit(actor, u"enable staff"_s, member.name);
    });
}

Result<bool> StaffService::keepAnActiveManager(qint64 id, const QString &change)
{
    // A no-op write, for its row locks: on PostgreSQL a second counter's check waits here until
    // this transaction ends and then counts what it left (SQLite's write lock does that already).
    auto locked = m_database.change(u"UPDATE staff SET role = role WHERE role = 'manager' AND disabled_at IS NULL"_s,
                                    {});
    if (!locked.ok())
        return locked.error();
    auto others = m_database.run(u"SELECT COUNT(*) FROM staff WHERE role = 'manager' AND disabled_at IS NULL"
                                 " AND id <> ?"_s,
                                 {id});
    if (!others.ok())
        return others.error();
    const qint64 count = others.value().next() ? others.value().value(0).toLongLong() : 0;
    others.value().finish();
    if (count == 0)
        return refused(
                u"The last active manager cannot be %1: make another staff member a manager first."_s.arg(change));
    return true;
}

Result<bool> StaffService::resetSecret(qint64 id, const QString &newSecret, const QString &actor)
{
    if (auto bad = invalidSecret(newSecret))
        return *bad;
    if (auto bad = invalidActor(actor))
        return *bad;
    auto hashed = SecretHash::hash(newSecret);
    if (!hashed.ok())
        return hashed.error();
    return changeAccount(id, actor, [&](const StaffMember &member) -> Result<bool> {
        auto changed = m_database.change(u"UPDATE staff SET secret_hash = ?, failed_attempts = 0, locked_until = NULL"
                                         " WHERE id = ?"_s,
                                         {hashed.value(), id});
        if (!changed.ok())
            return changed.error();
        return audit(actor, u"reset staff secret"_s, member.name);
    });
}

Result<StaffMember> StaffService::signIn(const QString &name, const QString &secret)
{
    return signIn(std::nullopt, name.simplified(), secret);
}

Result<StaffMember> StaffService::signIn(qint64 id, const QString &secret)
{
    return signIn(id, QString(), secret);
}

Result<StaffMember> StaffService::signIn(std::optional<qint64> id, const QString &name, const QString &secret)
{
    // A secret that could never have been set is not tried, so it costs no hashing and no wait.
    if (auto bad = invalidSecret(secret))
        return *bad;
    auto account = beginAttempt(id, name);
    if (!account.ok())
        return account.error();
    return finishAttempt(account.value(), SecretHash::verify(secret, account->secretHash), secret);
}

Result<StaffService::Account> StaffService::beginAttempt(std::optional<qint64> id, const QString &name)
{
    return m_database.write<Account>([&]() -> Result<Account> {
        qint64 account = id.value_or(0);
        if (!id) {
            auto found = findByName(name);
            if (!found.ok())
                return found.error();
            if (found.value() == 0)
                return Error{ErrorCode::NotFound, u"There is no staff member named %1."_s.arg(name), {}};
            account = found.value();
        }
        const QDateTime now = m_clock.now();
        auto counted = m_database.change(u"UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE id = ?"
                                         " AND disabled_at IS NULL AND (locked_until IS NULL OR locked_until <= ?)"_s,
                                         {account, now.toMSecsSinceEpoch()});
        if (!counted.ok())
            return counted.error();
        auto rows = m_database.run(selectAccounts + u" WHERE id = ?"_s, {account});
        if (!rows.ok())
            return rows.error();
        if (!rows.value().next())
            return Error{ErrorCode::NotFound, u"There is no staff member %1."_s.arg(account), {}};
        auto [member, secretHash] = accountFrom(rows.value());
        rows.value().finish();
        if (member.disabled())
            return refused(u"The account of %1 is disabled: a manager can enable it again."_s.arg(member.name));
        if (counted.value() == 0) {
            const std::chrono::seconds left = secondsUntil(member.lockedUntil, now);
            return refused(u"Too many wrong PINs for %1. Try again in %2."_s.arg(member.name, secondsText(left)), left);
        }
        // Counted as wrong until it proves right, so that the wait is in place for every counter
        // while this secret is being checked.
        const std::chrono::seconds wait = waitAfter(member.failedAttempts);
        member.lockedUntil = wait.count() > 0 ? now.addSecs(wait.count()) : QDateTime();
        auto locked = m_database.change(u"UPDATE staff SET locked_until = ? WHERE id = ?"_s,
                                        {member.lockedUntil.isValid() ? QVariant(member.lockedUntil.toMSecsSinceEpoch())
                                                                      : QVariant(QMetaType(QMetaType::LongLong)),
                                         account});
        if (!locked.ok())
            return locked.error();
        return Account{member, secretHash};
    });
}

Result<StaffMember> StaffService::finishAttempt(const Account &account, SecretHash::Match match, const QString &secret)
{
    StaffMember member = account.member;
    if (match == SecretHash::Match::Wrong) {
        const std::chrono::seconds wait = secondsUntil(member.lockedUntil, m_clock.now());
        auto audited = m_database.write<bool>([&]() -> Result<bool> {
            return audit(member.name, u"wrong PIN"_s,
                         u"%1 in a row; next try in %2"_s.arg(member.failedAttempts).arg(secondsText(wait)));
        });
        if (!audited.ok())
            return audited.error();
        QString message = u"Wrong PIN or password for %1."_s.arg(member.name);
        if (wait.count() > 0)
            message += u" Wait %1 before the next try."_s.arg(secondsText(wait));
        return refused(message, wait);
    }

    auto signedIn = m_database.write<bool>([&]() -> Result<bool> {
        auto reset = m_database.change(u"UPDATE staff SET failed_attempts = 0, locked_until = NULL"
                                       " WHERE id = ? AND disabled_at IS NULL"_s,
                                       {member.id});
        if (!reset.ok())
            return reset.error();
        if (reset.value() == 0)
            return refused(u"The account of %1 was disabled meanwhile."_s.arg(member.name));
        return audit(member.name, u"sign in"_s, staffRoleName(member.role));
    });
    if (!signedIn.ok())
        return signedIn.error();
    member.failedAttempts = 0;
    member.lockedUntil = QDateTime();

    if (match == SecretHash::Match::RightButOutdated)
        rehash(member, secret, account.secretHash);
    return member;
}

void StaffService::rehash(const StaffMember &member, const QString &secret, const QString &oldHash)
{
    // The sign-in stands whatever happens here: a hash left as it was is made again next time.
    auto fresh = SecretHash::hash(secret);
    if (!fresh.ok()) {
        qWarning().noquote() << "The secret of" << member.name << "stays hashed the old way:" << fresh.error().message;
        return;
    }
    // Unless a manager reset the secret meanwhile.
    auto stored = m_database.write<qint64>([&]() -> Result<qint64> {
        return m_database.change(u"UPDATE staff SET secret_hash = ? WHERE id = ? AND secret_hash = ?"_s,
                                 {fresh.value(), member.id, oldHash});
    });
    if (!stored.ok())
        qWarning().noquote() << "The secret of" << member.name << "stays hashed the old way:" << stored.error().message;
}

Result<bool> StaffService::audit(const QString &actor, const QString &action, const QString &details)
{
    return AuditTrail::record(m_database, m_clock.now(), {StaffActor{0, actor, 0, {}}, action, 0, details, {}});
}

} // namespace boxoffice
