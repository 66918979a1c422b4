#pragma once

#include "checkintypes.h"
#include "scannerendpoint.h"
#include "staffactor.h"

#include <QDialog>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace boxoffice {

class CoreBackend;
class ManagerApproval;
class ScannerPairingDialog;

/// Door → Scanner devices…: the phones paired as door scanners, with what they may check in,
/// when they were paired and last scanned, and whether they are revoked; pairs new ones and
/// revokes them (at once: their next scan is refused). For a manager, through the backend.
class ScannerDevicesDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, ScopeColumn, PairedColumn, LastUsedColumn, StateColumn, ColumnCount };

    ScannerDevicesDialog(CoreBackend &backend, ManagerApproval &approval, const StaffActor &actor,
                         const ScannerEndpoint &endpoint, QWidget *parent = nullptr);

    /// Reads the devices again; loaded() follows.
    void reload();
    /// Opens the pairing dialog.
    ScannerPairingDialog *pairDevice();
    /// Asks whether to revoke the selected device, and revokes it once confirmed.
    void revokeSelected();
    /// Revokes `device` without asking; revokeAnswered() follows.
    void revoke(qint64 device);

    QTableWidget *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }
    /// The row of `device`, -1 when it is not listed.
    int rowOf(qint64 device) const;

signals:
    void loaded();
    void revokeAnswered(bool ok);

private:
    void showDevices(const QList<ScannerDevice> &devices);
    void updateButtons();
    QString scopeText(const ScannerDevice &device) const;
    /// Who acts now; nullopt (and says why) once whoever opened the dialog left.
    std::optional<StaffActor> actorOrExplain();

    CoreBackend &m_backend;
    ManagerApproval &m_approval;
    StaffActor m_actor;
    ScannerEndpoint m_endpoint;
    QList<ScannerDevice> m_devices;
    /// Show titles by id, for the scope column.
    QHash<qint64, QString> m_showNames;
    QTableWidget *m_table;
    QPushButton *m_revoke;
    QLabel *m_message;
    QPointer<ScannerPairingDialog> m_pairing;
};

} // namespace boxoffice
