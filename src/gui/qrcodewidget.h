#pragma once

#include "qrcode.h"

#include <QWidget>

#include <optional>

namespace boxoffice {

/// Shows a QR code on screen, crisp at any size, for a phone to scan off the monitor.
class QrCodeWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    /// Encodes `text`; false (and nothing shown) when it does not fit a QR code.
    bool setText(const QString &text);
    void clear();
    QString text() const { return m_text; }
    /// The symbol on show; nullopt when none.
    const std::optional<QrCode> &code() const { return m_code; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    std::optional<QrCode> m_code;
};

} // namespace boxoffice
