#include "contentcoding.h"

#include <brotli/encode.h>
#include <zlib.h>

#include <QList>

namespace boxoffice {

namespace {

struct CodingPreference
{
    std::optional<double> gzip;
    std::optional<double> brotli;
    std::optional<double> identity;
    std::optional<double> any;
};

/// The q-value of one list element's parameters ("q=0.5"); 1 without one, nullopt when malformed.
std::optional<double> qValue(QByteArrayView parameters)
{
    double q = 1.0;
    for (const QByteArray &parameter : parameters.toByteArray().split(';')) {
        const QByteArray trimmed = parameter.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype equals = trimmed.indexOf('=');
        if (equals < 0 || trimmed.left(equals).trimmed().toLower() != "q")
            continue;
        bool ok = false;
        const QByteArray text = trimmed.mid(equals + 1).trimmed();
        // RFC 9110 §12.4.2: "0", "1" or up to three decimals.
        if (text.isEmpty() || text.size() > 5 || (text.at(0) != '0' && text.at(0) != '1'))
            return std::nullopt;
        q = text.toDouble(&ok);
        if (!ok || q < 0 || q > 1)
            return std::nullopt;
    }
    return q;
}

CodingPreference parse(QByteArrayView header)
{
    CodingPreference preference;
    for (const QByteArray &element : header.toByteArray().split(',')) {
        const qsizetype semicolon = element.indexOf(';');
        const QByteArray name = (semicolon < 0 ? element : element.left(semicolon)).trimmed().toLower();
        if (name.isEmpty())
            continue;
        const std::optional<double> q = qValue(semicolon < 0 ? QByteArrayView() : QByteArrayView(element).sliced(semicolon));
        if (!q)
            continue;
        if (name == "gzip" || name == "x-gzip")
            preference.gzip = qMax(preference.gzip.value_or(0), *q);
        else if (name == "br")
            preference.brotli = qMax(preference.brotli.value_or(0), *q);
        else if (name == "identity")
            preference.identity = qMax(preference.identity.value_or(0), *q);
        else if (name == "*")
            preference.any = qMax(preference.any.value_or(0), *q);
    }
    return preference;
}

int zlibLevel(CompressionEffort effort)
{
    return effort == CompressionEffort::Once ? Z_BEST_COMPRESSION : 6;
}

int brotliQuality(CompressionEffort effort)
{
    return effort == CompressionEffort::Once ? BROTLI_MAX_QUALITY : 5;
}

} // namespace

std::optional<ContentCoding> negotiateCoding(QByteArrayView acceptEncoding, AvailableCodings available)
{
    if (acceptEncoding.trimmed().isEmpty())
        return ContentCoding::Identity;
    // A browser sends the same header with every request, and all browsers send a few: parsing
    // each new one once spares the allocations of taking it apart per answer.
    thread_local QByteArray lastHeader;
    thread_local CodingPreference lastPreference;
    if (acceptEncoding != lastHeader) {
        lastPreference = parse(acceptEncoding);
        lastHeader = acceptEncoding.toByteArray();
    }
    const CodingPreference &preference = lastPreference;
    const double brotli = available.brotli ? preference.brotli.value_or(preference.any.value_or(0)) : 0;
    const double gzip = available.gzip ? preference.gzip.value_or(preference.any.value_or(0)) : 0;
    // Identity is always acceptable unless refused, by name or by `*` without its name.
    const double identity = preference.identity.value_or(preference.any.value_or(1) == 0 ? 0 : 0.001);
    const double best = qMax(qMax(brotli, gzip), identity);
    if (best <= 0)
        return std::nullopt;
    if (brotli == best)
        return ContentCoding::Brotli;
    if (gzip == best)
        return ContentCoding::Gzip;
    return ContentCoding::Identity;
}

QByteArrayView contentEncodingName(ContentCoding coding)
{
    switch (coding) {
    case ContentCoding::Gzip: return "gzip";
    case ContentCoding::Brotli: return "br";
    case ContentCoding::Identity: break;
    }
    return {};
}

QByteArrayView etagSuffix(ContentCoding coding)
{
    switch (coding) {
    case ContentCoding::Gzip: return "-gz";
    case ContentCoding::Brotli: return "-br";
    case ContentCoding::Identity: break;
    }
    return {};
}

QByteArray etagFor(QByteArrayView etag, ContentCoding coding)
{
    QByteArray tagged = etag.toByteArray();
    if (coding != ContentCoding::Identity && tagged.endsWith('"'))
        tagged.insert(tagged.size() - 1, etagSuffix(coding));
    return tagged;
}

QByteArray gzipCompress(QByteArrayView bytes, CompressionEffort effort)
{
    z_stream stream{};
    // 15 window bits + 16: a gzip header and trailer around the deflate data.
    if (deflateInit2(&stream, zlibLevel(effort), Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(bytes.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

QByteArray brotliCompress(QByteArrayView bytes, CompressionEffort effort)
{
    size_t size = BrotliEncoderMaxCompressedSize(size_t(bytes.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (!BrotliEncoderCompress(brotliQuality(effort), BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, size_t(bytes.size()),
                               reinterpret_cast<const uint8_t *>(bytes.data()), &size,
                               reinterpret_cast<uint8_t *>(out.data())))
        return {};
    out.truncate(qsizetype(size));
    return out;
}

} // namespace boxoffice
