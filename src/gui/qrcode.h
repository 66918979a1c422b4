#pragma once

#include "qrmatrix.h"
#include "types.h"

#include <QList>
#include <QString>

class QImage;
class QPainter;
class QRectF;

namespace boxoffice {

/// A QR code symbol (core's QrMatrix) drawn crisply at any resolution: vector rectangles in a
/// PDF, whole device pixels on screen, instead of a scaled bitmap.
class QrCode final
{
public:
    /// Quiet zone around the symbol, in modules, that scanners need (ISO/IEC 18004).
    static constexpr int QuietZone = QrMatrix::quietZone;

    /// Encodes text (UTF-8) with medium error correction and the smallest version that fits.
    static Result<QrCode> encode(const QString &text);

    /// Modules per side, without the quiet zone.
    int size() const { return m_matrix.size(); }
    bool isDark(int x, int y) const { return m_matrix.isDark(x, y); }

    /// The symbol with its quiet zone, each module `moduleSize` pixels wide.
    QImage toImage(int moduleSize) const;
    /// Draws the symbol and its quiet zone into the largest square that fits `target`, centred,
    /// with modules snapped to whole device pixels when the device is a raster.
    void paint(QPainter &painter, const QRectF &target) const;

private:
    explicit QrCode(QrMatrix matrix) : m_matrix(std::move(matrix)) {}

    QrMatrix m_matrix;
};

} // namespace boxoffice
