#include "session.h"

#include "httprequest.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
constexpr qsizetype randomBytes = 32;
constexpr qsizetype cookieLength = 43;
} // namespace

Session Session::fromCookieHeader(QByteArrayView cookieHeader)
{
    if (!cookieHeader.isEmpty()) {
        const std::optional<QByteArray> value = cookieValue(cookieHeader, cookieName);
        if (value && isWellFormed(*value))
            return Session(*value, false);
    }
    return create();
}

Session Session::create()
{
    std::array<quint32, randomBytes / sizeof(quint32)> bits{};
    QRandomGenerator::system()->fillRange(bits.data(), bits.size());
    const QByteArray raw(reinterpret_cast<const char *>(bits.data()), randomBytes);
    return Session(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), true);
}

bool Session::isWellFormed(QByteArrayView value)
{
    if (value.size() != cookieLength)
        return false;
    for (char c : value) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray Session::setCookieHeader() const
{
    return cookieName.toByteArray() + '=' + m_cookie + "; Path=/; HttpOnly; SameSite=Strict";
}

const QString &Session::owner() const
{
    if (m_owner.isEmpty()) {
        const QByteArray digest = QCryptographicHash::hash(m_cookie, QCryptographicHash::Sha256);
        m_owner = u"web:"_s + QString::fromLatin1(digest.first(16).toHex());
    }
    return m_owner;
}

} // namespace boxoffice
