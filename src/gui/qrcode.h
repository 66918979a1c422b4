#pragma once

#include "types.h"

#include <QList>
#include <QString>

class QImage;
class QPainter;
class QRectF;

namespace boxoffice {

/// A QR code symbol made by libqrencode: a square matrix of dark and light modules.
///
/// Kept as a plain matrix so it can be drawn crisply at any resolution (vector rectangles in a PDF,
/// whole device pixels on screen) instead of scaling a bitmap.
class QrCode final
{
public:
    /// Quiet zone around the symbol, in modules, that scanners need (ISO/IEC 18004).
    static constexpr int QuietZone = 4;

    /// Encodes text (UTF-8) with medium error correction and the smallest version that fits.
    static Result<QrCode> encode(const QString &text);

    /// Modules per side, without the quiet zone.
    int size() const { return m_size; }
    bool isDark(int x, int y) const;

    /// The symbol with its quiet zone, each module `moduleSize` pixels wide.
    QImage toImage(int moduleSize) const;
    /// Draws the symbol and its quiet zone into the largest square that fits `target`, centred,
    /// with modules snapped to whole device pixels when the device is a raster.
    void paint(QPainter &painter, const QRectF &target) const;

private:
    QrCode(int size, QList<bool> modules);

    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace boxoffice
