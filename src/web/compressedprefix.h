#pragma once

#include "contentcoding.h"

#include <QByteArray>

#include <memory>

namespace boxoffice {

/// The large start shared by many answers, gzip- and Brotli-compressed once, to which each
/// answer's own small end is appended as it is: the seat status is one prefix for every session
/// and a short `my_hold` of each, so compressing per request would redo all of it.
///
/// Both streams are flushed to a byte boundary and left open; an answer closes them with its
/// end in stored (uncompressed) blocks: a final stored deflate block and the gzip trailer (the
/// CRC-32 combined with the prefix's, no data read again), or an uncompressed Brotli meta-block
/// and the last, empty one. The answer for the common end is built at once and kept.
class CompressedPrefix final
{
public:
    /// Null if a compressor fails.
    static std::shared_ptr<const CompressedPrefix> build(QByteArrayView prefix, QByteArrayView commonEnd);

    /// `prefix + end` in `coding` (gzip or Brotli).
    QByteArray with(ContentCoding coding, QByteArrayView end) const;

private:
    QByteArray gzipWith(QByteArrayView end) const;
    QByteArray brotliWith(QByteArrayView end) const;

    QByteArray m_gzipOpen;
    quint32 m_crc = 0;
    quint32 m_size = 0;
    QByteArray m_brotliOpen;
    QByteArray m_commonEnd;
    QByteArray m_gzipCommon;
    QByteArray m_brotliCommon;
};

} // namespace boxoffice
