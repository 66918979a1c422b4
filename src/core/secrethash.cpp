#include "secrethash.h"

#include <QList>

#include <sodium.h>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

const QString pbkdf2Prefix = u"$pbkdf2-sha256$i="_s;
constexpr auto base64 = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;

bool sodiumReady()
{
    // sodium_init() may be called from any thread and more than once; once is enough.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecretHash::Match verifyArgon2id(const QByteArray &secret, const QByteArray &stored)
{
    if (crypto_pwhash_argon2id_str_verify(stored.constData(), secret.constData(), size_t(secret.size())) != 0)
        return SecretHash::Match::Wrong;
    const bool outdated = crypto_pwhash_argon2id_str_needs_rehash(stored.constData(),
                                                                  crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
                                                                  crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE)
            != 0;
    return outdated ? SecretHash::Match::RightButOutdated : SecretHash::Match::Right;
}

SecretHash::Match verifyPbkdf2(const QByteArray &secret, const QString &stored)
{
    const QList<QStringView> parts = QStringView(stored).mid(pbkdf2Prefix.size()).split(u'$');
    if (parts.size() != 3)
        return SecretHash::Match::Wrong;
    bool numeric = false;
    const int iterations = parts.at(0).toInt(&numeric);
    const QByteArray salt = QByteArray::fromBase64(parts.at(1).toLatin1(), base64);
    const QByteArray key = QByteArray::fromBase64(parts.at(2).toLatin1(), base64);
    if (!numeric || SecretHash::fromPbkdf2Sha256(salt, iterations, key).isEmpty())
        return SecretHash::Match::Wrong;
    const QByteArray derived = SecretHash::pbkdf2Sha256(secret, salt, iterations, int(key.size()));
    const bool same = derived.size() == key.size()
            && sodium_memcmp(derived.constData(), key.constData(), size_t(key.size())) == 0;
    return same ? SecretHash::Match::RightButOutdated : SecretHash::Match::Wrong;
}

} // namespace

Result<QString> SecretHash::hash(const QString &secret)
{
    const QByteArray bytes = secret.toUtf8();
    std::array<char, crypto_pwhash_argon2id_STRBYTES> out{};
    if (!sodiumReady()
        || crypto_pwhash_argon2id_str(out.data(), bytes.constData(), quint64(bytes.size()),
                                      crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE,
                                      crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE)
                != 0)
        return Error{ErrorCode::DatabaseError,
                     u"The secret could not be hashed: the computer lacks the memory (64 MiB) for it."_s, {}};
    return QString::fromLatin1(out.data());
}

SecretHash::Match SecretHash::verify(const QString &secret, const QString &stored)
{
    if (!sodiumReady())
        return Match::Wrong;
    if (stored.startsWith(QLatin1StringView(crypto_pwhash_argon2id_STRPREFIX)))
        return verifyArgon2id(secret.toUtf8(), stored.toLatin1());
    if (stored.startsWith(pbkdf2Prefix))
        return verifyPbkdf2(secret.toUtf8(), stored);
    return Match::Wrong;
}

QString SecretHash::fromPbkdf2Sha256(const QByteArray &salt, int iterations, const QByteArray &key)
{
    if (salt.isEmpty() || key.size() < 16 || key.size() > 64 || iterations < minPbkdf2Iterations
        || iterations > maxPbkdf2Iterations)
        return {};
    return pbkdf2Prefix + QString::number(iterations) + u'$' + QString::fromLatin1(salt.toBase64(base64)) + u'$'
            + QString::fromLatin1(key.toBase64(base64));
}

QByteArray SecretHash::pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                                    int keyLength)
{
    if (!sodiumReady() || iterations < 1 || keyLength < 1)
        return {};
    // The HMAC keyed with the password once; each round continues from a copy of it.
    crypto_auth_hmacsha256_state keyed;
    crypto_auth_hmacsha256_init(&keyed, reinterpret_cast<const unsigned char *>(password.constData()),
                                size_t(password.size()));
    QByteArray derived;
    for (quint32 block = 1; derived.size() < keyLength; ++block) {
        const std::array<unsigned char, 4> blockIndex{static_cast<unsigned char>(block >> 24),
                                                      static_cast<unsigned char>(block >> 16),
                                                      static_cast<unsigned char>(block >> 8),
                                                      static_cast<unsigned char>(block)};
        std::array<unsigned char, crypto_auth_hmacsha256_BYTES> round{};
        crypto_auth_hmacsha256_state state = keyed;
        crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(salt.constData()),
                                      quint64(salt.size()));
        crypto_auth_hmacsha256_update(&state, blockIndex.data(), blockIndex.size());
        crypto_auth_hmacsha256_final(&state, round.data());
        std::array<unsigned char, crypto_auth_hmacsha256_BYTES> sum = round;
        for (int i = 1; i < iterations; ++i) {
            state = keyed;
            crypto_auth_hmacsha256_update(&state, round.data(), round.size());
            crypto_auth_hmacsha256_final(&state, round.data());
            std::transform(sum.cbegin(), sum.cend(), round.cbegin(), sum.begin(),
                           [](unsigned char a, unsigned char b) { return static_cast<unsigned char>(a ^ b); });
        }
        derived.append(reinterpret_cast<const char *>(sum.data()),
                       std::min<qsizetype>(qsizetype(sum.size()), keyLength - derived.size()));
    }
    sodium_memzero(&keyed, sizeof keyed);
    return derived;
}

} // namespace boxoffice
