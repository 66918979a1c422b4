#pragma once

#include "shift.h"
#include "staffactor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace boxoffice {

class CoreBackend;

/// Opens the signed-in staff member's shift at this counter with a float in the venue's currency.
class OpenShiftDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenShiftDialog)

public:
    OpenShiftDialog(CoreBackend &backend, const StaffActor &actor, QWidget *parent = nullptr);

    QString errorText() const;
    /// Fills in the counter's name (the one this machine used last, as AppSettings keeps it).
    void setCounterName(const QString &name);

public slots:
    void openShift();

signals:
    void shiftOpened(const boxoffice::Shift &shift);
    void failed(const QString &message);

private:
    void showError(const QString &message);

    CoreBackend &m_backend;
    StaffActor m_actor;
    QLineEdit *m_float;
    QLineEdit *m_counter;
    QLabel *m_error;
    QPushButton *m_openButton;
};

} // namespace boxoffice
