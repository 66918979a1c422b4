#pragma once

#include "showsetupcatalog.h"

#include <QDialog>
#include <QTimeZone>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLineEdit;
QT_END_NAMESPACE

namespace boxoffice {

/// Asks for the reason a show is cancelled (required) and says how many bookings go with it.
class CancelShowDialog final : public QDialog
{
    Q_OBJECT

public:
    CancelShowDialog(const ShowSetup &show, const QTimeZone &venueZone, QWidget *parent = nullptr);

    QString reason() const;

private:
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace boxoffice
