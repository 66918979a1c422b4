#include "qrcode.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <cerrno>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
struct QrCodeFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
} // namespace

QrCode::QrCode(int size, QList<bool> modules) : m_size(size), m_modules(std::move(modules)) {}

Result<QrCode> QrCode::encode(const QString &text)
{
    if (text.isEmpty())
        return Error{ErrorCode::InvalidField, QCoreApplication::translate("boxoffice::QrCode", "Nothing to encode."), {}};
    const QByteArray utf8 = text.toUtf8();
    // Version 0 lets libqrencode pick the smallest symbol; 8-bit mode keeps the text byte for byte.
    errno = 0;
    std::unique_ptr<QRcode, QrCodeFree> code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M));
    if (!code) {
        const QString reason = errno == ERANGE
                ? QCoreApplication::translate("boxoffice::QrCode", "The text is too long for a QR code.")
                : QCoreApplication::translate("boxoffice::QrCode", "The QR code could not be made.");
        return Error{ErrorCode::InvalidField, reason, {}};
    }
    const int size = code->width;
    QList<bool> modules(qsizetype(size) * size);
    for (qsizetype i = 0; i < modules.size(); ++i)
        modules[i] = (code->data[i] & 1) != 0; // bit 0 is the module colour, the others are libqrencode's bookkeeping
    return QrCode(size, std::move(modules));
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x);
}

QImage QrCode::toImage(int moduleSize) const
{
    const int modules = m_size + 2 * QuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(image.rect()));
    return image;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    if (m_size == 0)
        return;
    const int modules = m_size + 2 * QuietZone;
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
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
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
