#include "scannercookie.h"

#include "httprequest.h"

#include <algorithm>

namespace boxoffice::scannercookie {

namespace {

bool isWellFormed(QByteArrayView value)
{
    if (value.size() < 16 || value.size() > 128)
        return false;
    return std::all_of(value.begin(), value.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

} // namespace

std::optional<QByteArray> credentialFrom(QByteArrayView cookieHeader)
{
    if (cookieHeader.isEmpty())
        return std::nullopt;
    std::optional<QByteArray> value = cookieValue(cookieHeader, name);
    if (!value || !isWellFormed(*value))
        return std::nullopt;
    return value;
}

QByteArray setCookieHeader(QByteArrayView credential)
{
    return name.toByteArray() + '=' + credential.toByteArray() + "; Path=/; Max-Age=" + QByteArray::number(maxAgeSeconds)
            + "; HttpOnly; SameSite=Strict";
}

} // namespace boxoffice::scannercookie
