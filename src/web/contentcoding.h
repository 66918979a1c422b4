#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace boxoffice {

/// The content codings the web answers in (RFC 9110 §8.4.1).
enum class ContentCoding { Identity, Gzip, Brotli };

/// The codings one answer is at hand in besides identity.
struct AvailableCodings
{
    bool gzip = false;
    bool brotli = false;

    bool any() const { return gzip || brotli; }
};

/// The coding to answer in for `acceptEncoding` among `available`: the highest q-value wins,
/// Brotli before gzip before identity on a tie; codings the header does not name get the q of
/// `*`, identity is acceptable unless refused by `identity;q=0` (or `*;q=0` without naming it).
/// No header or an empty one means identity. nullopt when nothing acceptable is at hand.
std::optional<ContentCoding> negotiateCoding(QByteArrayView acceptEncoding, AvailableCodings available);

/// The `Content-Encoding` value of a coding; empty for identity.
QByteArrayView contentEncodingName(ContentCoding coding);
/// What the coding adds inside an ETag's quotes ("-gz", "-br"), so that each encoding of one
/// answer is validated on its own; empty for identity.
QByteArrayView etagSuffix(ContentCoding coding);
/// `etag` ("…" or W/"…") with the coding's suffix inside its quotes.
QByteArray etagFor(QByteArrayView etag, ContentCoding coding);

/// How hard to compress: once per asset at start-up the smallest output is worth seconds, once
/// per show version (every change during an on-sale) it has to take about a millisecond.
enum class CompressionEffort { PerVersion, Once };

/// `bytes` as a complete gzip member (RFC 1952); empty if zlib fails.
QByteArray gzipCompress(QByteArrayView bytes, CompressionEffort effort);
/// `bytes` as a complete Brotli stream (RFC 7932); empty if the encoder fails.
QByteArray brotliCompress(QByteArrayView bytes, CompressionEffort effort);

/// Below this many bytes an answer goes out as it is: the saving would not pay for the work.
inline constexpr qsizetype minCompressBytes = 1024;

} // namespace boxoffice
