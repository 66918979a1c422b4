#include "qrcode.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace boxoffice {

Result<QrCode> QrCode::encode(const QString &text)
{
    auto matrix = QrMatrix::encode(text);
    if (!matrix.ok())
        return matrix.error();
    return QrCode(std::move(matrix.value()));
}

QImage QrCode::toImage(int moduleSize) const
{
    const int modules = size() + 2 * QuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(image.rect()));
    return image;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    if (size() == 0)
        return;
    const int modules = size() + 2 * QuietZone;
    const qreal side = qMin(target.width(), target.height());
    qreal module = side / modules;
    // On raster devices whole-pixel modules keep the edges sharp for scanners; vector output
    // (PDF, printers) has no pixels to snap to at this scale.
    const bool raster = painter.device() && painter.device()->devType() == QInternal::Image;
    if (raster && module >= 1.0)
        module = std::floor(module);
    const qreal used = module * modules;
    QPointF origin(target.center().x() - used / 2, target.center().y() - used / 2);
    if (raster)
        origin = QPointF(std::round(origin.x()), std::round(origin.y()));

    // All dark modules in one path, runs merged per row: one fill, so no hairline seams between
    // neighbouring modules when the output is anti-aliased by a viewer.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < size(); ++y) {
        int x = 0;
        while (x < size()) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < size() && isDark(x, y))
                ++x;
            path.addRect(QRectF(origin.x() + (QuietZone + start) * module, origin.y() + (QuietZone + y) * module,
                                (x - start) * module, module));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(origin, QSizeF(used, used)), Qt::white);
    painter.fillPath(path, Qt::black);
    painter.restore();
}

} // namespace boxoffice
