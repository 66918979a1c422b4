#include "compressedprefix.h"

#include <brotli/encode.h>
#include <zlib.h>

#include <QtEndian>

namespace boxoffice {

namespace {

/// Stored deflate blocks and Brotli uncompressed meta-blocks carry at most this many bytes.
constexpr qsizetype maxStoredBlock = 65535;

/// A gzip header (RFC 1952: deflate, no name, no time, Unix) and the prefix as raw deflate
/// blocks ending in a sync flush: byte-aligned, no block marked final.
bool deflateOpen(QByteArrayView prefix, QByteArray &out)
{
    z_stream stream{};
    if (deflateInit2(&stream, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    static constexpr char header[] = {'\x1f', '\x8b', '\x08', 0, 0, 0, 0, 0, 0, '\x03'};
    QByteArray buffer(qsizetype(deflateBound(&stream, uLong(prefix.size()))) + 16, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(prefix.data()));
    stream.avail_in = uInt(prefix.size());
    stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
    stream.avail_out = uInt(buffer.size());
    const int result = deflate(&stream, Z_SYNC_FLUSH);
    const bool done = result == Z_OK && stream.avail_in == 0 && stream.avail_out > 0;
    buffer.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    if (!done)
        return false;
    out = QByteArray(header, sizeof header) + buffer;
    return true;
}

/// The prefix as a Brotli stream flushed to a byte boundary, no meta-block marked last.
bool brotliOpen(QByteArrayView prefix, QByteArray &out)
{
    BrotliEncoderState *encoder = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr);
    if (!encoder)
        return false;
    BrotliEncoderSetParameter(encoder, BROTLI_PARAM_QUALITY, 5);
    BrotliEncoderSetParameter(encoder, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT);
    BrotliEncoderSetParameter(encoder, BROTLI_PARAM_SIZE_HINT, uint32_t(prefix.size()));
    size_t availableIn = size_t(prefix.size());
    const auto *nextIn = reinterpret_cast<const uint8_t *>(prefix.data());
    bool ok = true;
    out.clear();
    do {
        size_t availableOut = 0;
        ok = BrotliEncoderCompressStream(encoder, BROTLI_OPERATION_FLUSH, &availableIn, &nextIn, &availableOut,
                                         nullptr, nullptr);
        size_t size = 0;
        const uint8_t *bytes = BrotliEncoderTakeOutput(encoder, &size);
        out.append(reinterpret_cast<const char *>(bytes), qsizetype(size));
    } while (ok && (availableIn > 0 || BrotliEncoderHasMoreOutput(encoder)));
    BrotliEncoderDestroyInstance(encoder);
    return ok;
}

} // namespace

std::shared_ptr<const CompressedPrefix> CompressedPrefix::build(QByteArrayView prefix, QByteArrayView commonEnd)
{
    auto built = std::make_shared<CompressedPrefix>();
    if (!deflateOpen(prefix, built->m_gzipOpen) || !brotliOpen(prefix, built->m_brotliOpen))
        return nullptr;
    built->m_crc = quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(prefix.data()),
                                 uInt(prefix.size())));
    built->m_size = quint32(prefix.size());
    built->m_commonEnd = commonEnd.toByteArray();
    built->m_gzipCommon = built->gzipWith(commonEnd);
    built->m_brotliCommon = built->brotliWith(commonEnd);
    return built;
}

QByteArray CompressedPrefix::with(ContentCoding coding, QByteArrayView end) const
{
    const bool common = end == m_commonEnd;
    switch (coding) {
    case ContentCoding::Gzip: return common ? m_gzipCommon : gzipWith(end);
    case ContentCoding::Brotli: return common ? m_brotliCommon : brotliWith(end);
    case ContentCoding::Identity: break;
    }
    return {};
}

QByteArray CompressedPrefix::gzipWith(QByteArrayView end) const
{
    QByteArray out;
    out.reserve(m_gzipOpen.size() + end.size() + 5 * (end.size() / maxStoredBlock + 1) + 8);
    out += m_gzipOpen;
    qsizetype offset = 0;
    do {
        const qsizetype length = qMin(maxStoredBlock, end.size() - offset);
        const bool last = offset + length == end.size();
        // Stored block (RFC 1951 §3.2.4): BFINAL, BTYPE 00, then LEN and its complement.
        out += char(last ? 1 : 0);
        char lengths[4];
        qToLittleEndian(quint16(length), lengths);
        qToLittleEndian(quint16(~quint16(length)), lengths + 2);
        out.append(lengths, 4);
        out.append(end.data() + offset, length);
        offset += length;
    } while (offset < end.size());
    const uLong endCrc = crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(end.data()), uInt(end.size()));
    char trailer[8];
    qToLittleEndian(quint32(crc32_combine(m_crc, endCrc, z_off_t(end.size()))), trailer);
    qToLittleEndian(quint32(m_size + quint32(end.size())), trailer + 4);
    out.append(trailer, 8);
    return out;
}

QByteArray CompressedPrefix::brotliWith(QByteArrayView end) const
{
    QByteArray out;
    out.reserve(m_brotliOpen.size() + end.size() + 3 * (end.size() / maxStoredBlock + 1) + 1);
    out += m_brotliOpen;
    for (qsizetype offset = 0; offset < end.size(); offset += maxStoredBlock) {
        const qsizetype length = qMin(maxStoredBlock, end.size() - offset);
        // Meta-block header (RFC 7932 §9.2), bits from the lowest: ISLAST 0, MNIBBLES 0 (four
        // nibbles), MLEN - 1 in 16 bits, ISUNCOMPRESSED 1, then zeros to the byte boundary.
        const quint32 header = (quint32(length - 1) << 3) | (1u << 19);
        out += char(header & 0xff);
        out += char((header >> 8) & 0xff);
        out += char((header >> 16) & 0xff);
        out.append(end.data() + offset, length);
    }
    // ISLAST 1, ISLASTEMPTY 1: the end of the stream.
    out += char(0x03);
    return out;
}

} // namespace boxoffice
