#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace boxoffice {

/// A browser session: the random `bo_session` cookie and nothing else. It lives only in the
/// browser; the server keeps no record of it, so a session costs memory only once its holds
/// are in the database, under an owner token derived from the cookie.
class Session final
{
public:
    static constexpr QByteArrayView cookieName = "bo_session";

    /// The session named by a Cookie header, or a new one when it names none or a malformed one.
    static Session fromCookieHeader(QByteArrayView cookieHeader);
    static Session create();
    /// 256 random bits in unpadded base64url: exactly 43 characters of [A-Za-z0-9_-].
    static bool isWellFormed(QByteArrayView value);

    const QByteArray &cookie() const { return m_cookie; }
    /// Issued by this request: the answer must carry setCookieHeader().
    bool isNew() const { return m_new; }
    QByteArray setCookieHeader() const;
    /// The owner token of this session's holds ("web:" and a hash of the cookie), so that the
    /// database and its audit log never hold a cookie someone could replay.
    const QString &owner() const;

private:
    Session(QByteArray cookie, bool isNew) : m_cookie(std::move(cookie)), m_new(isNew) {}

    QByteArray m_cookie;
    bool m_new = false;
    mutable QString m_owner;
};

} // namespace boxoffice
