#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>

#include <optional>
#include <utility>

namespace boxoffice {

/// What a handler needs of a request, as plain data: built from QtHttpServer's request in the
/// server and from raw bytes in tests and the fuzzer.
struct HttpRequest
{
    enum class Method { Get, Head, Post, Put, Delete, Patch, Options, Other };

    Method method = Method::Get;
    /// The path as sent (percent-encoded), without the query.
    QByteArray path;
    QByteArray query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// The customer's address: the connection's peer, or what a trusted proxy forwarded
    /// (TrustedProxies::resolve).
    QHostAddress peer;
    /// The scheme and host a trusted proxy says the customer addressed (X-Forwarded-Proto and
    /// -Host); empty for a request straight from the customer.
    QByteArray forwardedScheme;
    QByteArray forwardedHost;

    /// The first header of that name, compared without case; empty when absent.
    QByteArray header(QByteArrayView name) const;
    /// Every header of that name, in order, joined with ',': a list sent on several lines.
    QByteArray joinedHeader(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /// A query parameter, percent-decoded; the first one when repeated.
    std::optional<QByteArray> queryValue(QByteArrayView key) const;
    /// POST, PUT, PATCH and DELETE: what the Origin check and the JSON rule apply to.
    bool changesState() const;
    /// The scheme and host the customer addressed, which an Origin must name: what a trusted
    /// proxy forwarded, else http and the Host header.
    QByteArrayView addressedScheme() const;
    QByteArray addressedHost() const;
};

/// One GET or HEAD request without a body, the whole of `bytes` (as RequestHeadScanner passed
/// it; white space around it allowed), taken apart as QtHttpServer would: path and query as
/// QUrl leaves them, headers as QHttpHeaderParser splits them. nullopt for anything else, and
/// for targets QUrl might rewrite (percent-encoding, dot segments, "//", other characters): those
/// take QtHttpServer's path. `peer` is left to the caller.
std::optional<HttpRequest> parsePlainRequest(QByteArrayView bytes);

/// A positive decimal id without sign, spaces or leading zeros beyond "0" itself.
std::optional<qint64> parseId(QByteArrayView text);
/// A decimal count >= 0.
std::optional<qint64> parseCount(QByteArrayView text);
/// The value of cookie `name` in a Cookie header.
std::optional<QByteArray> cookieValue(QByteArrayView cookieHeader, QByteArrayView name);
/// Whether an If-None-Match header names `etag` (weak comparison, `*` matches).
bool etagMatches(QByteArrayView ifNoneMatch, QByteArrayView etag);
/// Whether an Origin header names the server the request was addressed to (its Host header, or
/// the host a trusted proxy forwarded, with that scheme).
bool originMatches(QByteArrayView origin, QByteArrayView host, QByteArrayView scheme = "http");
/// application/json, with or without parameters such as charset.
bool isJsonContentType(QByteArrayView contentType);

} // namespace boxoffice
