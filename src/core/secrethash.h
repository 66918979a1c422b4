#pragma once

#include "types.h"

#include <QByteArray>
#include <QString>

namespace boxoffice {

/// How staff secrets (PINs and passwords) are kept: as argon2id strings from libsodium, each with
/// a salt of its own, e.g. "$argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>".
///
/// The cost is libsodium's INTERACTIVE level (2 passes over 64 MiB, 0.25 s on a busy two-core
/// machine): a counter checks a PIN at every sign-in, switch of user and manager override, and
/// several counters may share one small PC; MODERATE (3 passes over 256 MiB, 1.7 s there) would
/// make each of those a wait and the memory a risk. INTERACTIVE is still above OWASP's minimum
/// for argon2id (19 MiB, 2 passes). What protects a four-digit PIN is the growing wait after
/// wrong ones, which StaffService keeps in the database; the hash protects the secrets of a
/// stolen database file.
///
/// Hashing and verifying are slow on purpose and safe on any thread: call them off the GUI thread.
class SecretHash final
{
public:
    enum class Match {
        Wrong,
        Right,
        /// Right, but kept in an older way (the legacy PBKDF2 PIN, or weaker argon2id
        /// parameters): hash it again while the secret is at hand.
        RightButOutdated,
    };

    /// A fresh argon2id string of `secret`; fails only when the memory cannot be had.
    static Result<QString> hash(const QString &secret);
    /// Whether `secret` is the one `stored` was made from, in time that does not depend on how
    /// close it came. A string in no known format matches nothing.
    static Match verify(const QString &secret, const QString &stored);
    /// The manager PIN of older versions (PBKDF2-SHA256 of its UTF-8 bytes, kept in the machine's
    /// settings) as a stored string that verify() checks: "$pbkdf2-sha256$i=<n>$<salt>$<key>",
    /// salt and key in unpadded base64. Empty when the parameters cannot be a kept PIN.
    static QString fromPbkdf2Sha256(const QByteArray &salt, int iterations, const QByteArray &key);
    /// PBKDF2 with HMAC-SHA256 (RFC 8018), as Qt's QPasswordDigestor derived the legacy PIN.
    static QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                                   int keyLength);

    /// Bounds on a legacy PBKDF2 string, so that a damaged one cannot cost minutes to check.
    static constexpr int minPbkdf2Iterations = 1000;
    static constexpr int maxPbkdf2Iterations = 10'000'000;
};

} // namespace boxoffice
