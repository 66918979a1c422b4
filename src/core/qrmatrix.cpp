#include "qrmatrix.h"

#include <QCoreApplication>

#include <qrencode.h>

#include <cerrno>
#include <memory>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
struct QrCodeFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
} // namespace

QrMatrix::QrMatrix(int size, QList<bool> modules) : m_size(size), m_modules(std::move(modules)) {}

Result<QrMatrix> QrMatrix::encode(const QString &text)
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
    return QrMatrix(size, std::move(modules));
}

bool QrMatrix::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x);
}

QByteArray QrMatrix::toSvg() const
{
    const QByteArray side = QByteArray::number(m_size + 2 * quietZone);
    QByteArray path;
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
            path += 'M' + QByteArray::number(quietZone + start) + ' ' + QByteArray::number(quietZone + y) + 'h'
                    + QByteArray::number(x - start) + "v1h-" + QByteArray::number(x - start) + 'z';
        }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + ' ' + side
            + "\" shape-rendering=\"crispEdges\"><rect width=\"" + side + "\" height=\"" + side
            + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
}

} // namespace boxoffice
