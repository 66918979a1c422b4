#pragma once

#include "types.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace boxoffice {

/// A QR code symbol made by libqrencode: a square matrix of dark and light modules, kept plain
/// so that each surface draws it crisply (the counter's tickets, the web's SVG).
class QrMatrix final
{
public:
    /// Quiet zone around the symbol, in modules, that scanners need (ISO/IEC 18004).
    static constexpr int quietZone = 4;

    /// Encodes text (UTF-8) with medium error correction and the smallest version that fits.
    static Result<QrMatrix> encode(const QString &text);

    /// Modules per side, without the quiet zone.
    int size() const { return m_size; }
    bool isDark(int x, int y) const;

    /// A standalone SVG image of the symbol and its quiet zone, one user unit per module: the
    /// dark runs of each row merged into one path, so that viewers draw no seams between them.
    QByteArray toSvg() const;

private:
    QrMatrix(int size, QList<bool> modules);

    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace boxoffice
