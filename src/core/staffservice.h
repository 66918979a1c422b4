#pragma once

#include "clock.h"
#include "database.h"
#include "secrethash.h"
#include "staffmember.h"
#include "types.h"

#include <chrono>
#include <functional>

namespace boxoffice {

/// The manager PIN of a machine from before staff accounts, as its manager mode kept it in the
/// machine's settings: PBKDF2-SHA256 of the PIN with this salt and iteration count.
struct LegacyManagerPin
{
    QByteArray salt;
    int iterations = 0;
    QByteArray key;
};

/// The only writer of staff accounts (schema 9): shared by every counter through the database,
/// never kept in local settings.
///
/// Secrets (a PIN or password of 4 to 128 characters) are kept as SecretHash strings only. Wrong
/// secrets cost a growing wait per account, counted in the database so that going to another
/// counter does not help: the first three are free, then 2, 4, 8 … seconds, at most 15 minutes;
/// during the wait a sign-in is refused, with the seconds left, without the secret being checked.
/// A right secret ends the count. There is always an active manager once any account exists:
/// the first account is a manager and the last active one can be neither disabled nor demoted.
///
/// Hashing is slow on purpose (see SecretHash): addStaff, adoptLegacyManagerPin, resetSecret and
/// signIn take a noticeable moment, so call them from the core worker's thread, never the GUI
/// thread. No transaction is held open while a secret is hashed. Each change is one transaction
/// audited under `actor`. An instance belongs to the thread of its Database.
class StaffService final
{
    Q_DISABLE_COPY_MOVE(StaffService)

public:
    static constexpr int minSecretLength = 4;
    static constexpr int maxSecretLength = 128;
    static constexpr int maxNameLength = 80;
    /// Wrong secrets in a row that cost no wait yet: typos happen.
    static constexpr int freeAttempts = 3;
    static constexpr std::chrono::seconds longestWait{15 * 60};

    StaffService(Database &database, const Clock &clock);

    /// Every account, active and disabled, by name.
    Result<QList<StaffMember>> staff() const;
    Result<StaffMember> member(qint64 id) const;
    /// The first account must be a manager (the first-run assistant's). Names are unique whatever
    /// their case.
    Result<StaffMember> addStaff(const QString &name, StaffRole role, const QString &secret, const QString &actor);
    /// An upgraded database's first account: a manager named `name` whose secret is the
    /// machine's existing manager PIN. The PIN is checked the legacy way at its first sign-in and
    /// then kept as argon2id. Refused once any account exists.
    Result<StaffMember> adoptLegacyManagerPin(const LegacyManagerPin &pin, const QString &name, const QString &actor);
    Result<bool> rename(qint64 id, const QString &name, const QString &actor);
    Result<bool> setRole(qint64 id, StaffRole role, const QString &actor);
    Result<bool> disable(qint64 id, const QString &actor);
    Result<bool> enable(qint64 id, const QString &actor);
    /// Sets a new secret chosen by a manager and ends any wait after wrong ones.
    Result<bool> resetSecret(qint64 id, const QString &newSecret, const QString &actor);
    /// The account, if `secret` is its own and it may sign in now. Refusals are Forbidden, with
    /// `retryAfter` set while a wait after wrong secrets runs; an unknown name is NotFound. Names
    /// are found whatever their case.
    Result<StaffMember> signIn(const QString &name, const QString &secret);
    Result<StaffMember> signIn(qint64 id, const QString &secret);

    /// Why `secret` cannot be a secret; nullopt when it can.
    static std::optional<Error> invalidSecret(const QString &secret);
    /// The wait after the `failedAttempts`-th wrong secret in a row.
    static std::chrono::seconds waitAfter(int failedAttempts);

private:
    /// An account's row with its hash, for sign-in.
    struct Account
    {
        StaffMember member;
        QString secretHash;
    };

    /// `adopting`: only into an empty staff table, as the legacy manager PIN's taking over.
    Result<StaffMember> insertAccount(const QString &name, StaffRole role, const QString &secretHash,
                                      const QString &actor, bool adopting);
    /// Counts an attempt on the account before its secret is checked, so that attempts from two
    /// counters at once cannot both slip in before a wait; refused while the account is disabled
    /// or waiting.
    Result<Account> beginAttempt(std::optional<qint64> id, const QString &name);
    Result<StaffMember> finishAttempt(const Account &account, SecretHash::Match match, const QString &secret);
    Result<StaffMember> signIn(std::optional<qint64> id, const QString &name, const QString &secret);
    /// Replaces an outdated hash of the account's secret, now that it is at hand.
    void rehash(const StaffMember &member, const QString &secret, const QString &oldHash);
    /// Runs `change` on the account `id` (refused when there is none) in one write transaction.
    Result<bool> changeAccount(qint64 id, const QString &actor,
                               const std::function<Result<bool>(const StaffMember &)> &change);
    /// Refuses leaving no active manager behind when `id` stops being one. Locks the active
    /// managers' rows first, so that two counters cannot each remove one of the last two.
    Result<bool> keepAnActiveManager(qint64 id, const QString &change);
    Result<qint64> findByName(const QString &name, qint64 except = 0) const;
    Result<StaffMember> read(qint64 id) const;
    Result<bool> audit(const QString &actor, const QString &action, const QString &details);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace boxoffice
