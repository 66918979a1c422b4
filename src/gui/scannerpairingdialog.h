#pragma once

#include "checkintypes.h"
#include "scannerendpoint.h"
#include "staffactor.h"
#include "types.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTimer;
QT_END_NAMESPACE

namespace boxoffice {

class CoreBackend;
class QrCodeWidget;

/// Pairs a phone as a door scanner: the manager names it and chooses what it may check in (one
/// day, or chosen shows), then the dialog shows a QR code of the scanner page's pairing address
/// with its one-time token, the address as text, and until when it works. When no phone could
/// reach the web endpoint it says how to make it reachable instead of offering a useless code.
class ScannerPairingDialog final : public QDialog
{
    Q_OBJECT

public:
    /// How many days ahead the shows to choose from reach.
    static constexpr int showDays = 14;
    /// How often the dialog asks whether the phone has redeemed its token.
    static constexpr int pairedCheckIntervalMs = 2000;

    ScannerPairingDialog(CoreBackend &backend, const StaffActor &actor, const ScannerEndpoint &endpoint,
                         QWidget *parent = nullptr);

    /// Creates the pairing for what the form says; pairingCreated() or refused() follows.
    void createPairing();

    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *dayScope() const { return m_dayScope; }
    QRadioButton *showsScope() const { return m_showsScope; }
    QDateEdit *dayEdit() const { return m_day; }
    /// Checkable shows; each item's data (Qt::UserRole) is the show's id.
    QListWidget *showList() const { return m_shows; }
    QPushButton *createButton() const { return m_create; }
    QrCodeWidget *qrCode() const { return m_qrCode; }
    /// The pairing address as selectable text.
    QLabel *urlLabel() const { return m_url; }
    QLabel *messageLabel() const { return m_message; }

signals:
    /// The shows to choose from arrived.
    void loaded();
    void pairingCreated(const boxoffice::ScannerPairing &pairing);
    /// The phone redeemed the token: the device is paired.
    void devicePaired(const boxoffice::ScannerDevice &device);
    void refused(const QString &message);

private:
    void showShows(const QList<Show> &shows);
    void showPairing(const ScannerPairing &pairing);
    void checkPaired();
    void refuse(const QString &message);
    void updateEnabled();
    /// Why no phone reaches the endpoint and what to do about it; empty when one does.
    QString unreachableExplanation() const;

    CoreBackend &m_backend;
    StaffActor m_actor;
    ScannerEndpoint m_endpoint;
    QLineEdit *m_name;
    QRadioButton *m_dayScope;
    QRadioButton *m_showsScope;
    QDateEdit *m_day;
    QListWidget *m_shows;
    QPushButton *m_create;
    QLabel *m_message;
    QWidget *m_result;
    QrCodeWidget *m_qrCode;
    QLabel *m_url;
    QLabel *m_expiry;
    QTimer *m_pairedCheck;
    /// The device waiting for its phone; 0 before a pairing is made.
    qint64 m_device = 0;
    bool m_busy = false;
};

} // namespace boxoffice
