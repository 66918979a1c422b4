#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace boxoffice {

/// The cookie `bo_device` that makes a browser a paired door scanner. It carries the credential
/// core handed out when the pairing token was redeemed (ScannerCredential), which the database
/// keeps only as a hash; revoking the device in the GUI makes it worthless at once.
namespace scannercookie {

inline constexpr QByteArrayView name = "bo_device";
/// A phone paired before a season stays paired: the browser keeps the cookie across restarts for
/// 400 days (Chromium's cap), unless the device is revoked first.
inline constexpr int maxAgeSeconds = 400 * 24 * 3600;

/// The credential in a Cookie header; nullopt when none, or when it is not 16 to 128 characters
/// of [A-Za-z0-9_-] (which no credential core hands out is).
std::optional<QByteArray> credentialFrom(QByteArrayView cookieHeader);
/// `Set-Cookie` for `credential`: like the session cookie HttpOnly, SameSite=Strict, Path=/,
/// and kept for maxAgeSeconds.
QByteArray setCookieHeader(QByteArrayView credential);

} // namespace scannercookie

} // namespace boxoffice
