#include "qrcodewidget.h"

#include <QPainter>

namespace boxoffice {

namespace {
/// Large enough for a phone camera at arm's length from the monitor.
constexpr int preferredSide = 260;
} // namespace

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(160, 160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

bool QrCodeWidget::setText(const QString &text)
{
    auto encoded = QrCode::encode(text);
    if (!encoded.ok()) {
        clear();
        return false;
    }
    m_text = text;
    m_code = encoded.value();
    update();
    return true;
}

void QrCodeWidget::clear()
{
    m_text.clear();
    m_code.reset();
    update();
}

QSize QrCodeWidget::sizeHint() const
{
    return {preferredSide, preferredSide};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (!m_code)
        return;
    QPainter painter(this);
    m_code->paint(painter, rect());
}

} // namespace boxoffice
