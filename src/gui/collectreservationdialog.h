#pragma once

#include "staffactor.h"
#include "types.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace boxoffice {

class CoreBackend;
class PaymentPanel;

/// Takes the payment of a web reservation at the counter. One search field takes a reference, a
/// customer's name or e-mail, or what a keyboard-wedge scanner types from the reservation's QR
/// code followed by Enter; an exact reference opens at once, ready for the money. After the
/// payment the tickets print or save as after a counter sale.
///
/// Messages show inside the dialog, never in a modal box, so a queue at the counter (and a test)
/// is never stopped by one.
class CollectReservationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectReservationDialog)

public:
    enum Column { ReferenceColumn, CustomerColumn, ShowColumn, SeatsColumn, AmountColumn, PayByColumn };

    CollectReservationDialog(CoreBackend &backend, StaffActor actor, QWidget *parent = nullptr);

    /// Who takes the money from now on (another staff member signed in).
    void setActor(const StaffActor &actor) { m_actor = actor; }
    QString messageText() const;
    /// The reservation on display, if any.
    const std::optional<Booking> &currentReservation() const { return m_current; }
    /// The booking as it stands after its payment was taken here last.
    const std::optional<Booking> &lastCollected() const { return m_collected; }

public slots:
    /// Finds reservations by a reference, a scan, a name or an e-mail.
    void search(const QString &text);
    /// Takes the payment of the reservation on display.
    void collect();

signals:
    void printRequested(const boxoffice::Booking &booking);
    void savePdfRequested(const boxoffice::Booking &booking);
    /// A reservation was paid here.
    void collected(const boxoffice::Booking &booking);

private:
    struct Collected
    {
        qint64 changeCents = 0;
        Booking booking;
    };

    void fillResults(const QList<Booking> &bookings, const QString &exactReference);
    void showReservation(const std::optional<Booking> &booking);
    void onResultSelected();
    void showMessage(bool error, const QString &text);
    void setBusy(bool busy);
    void updateButtons();
    QString describeError(const Error &error) const;
    static QString paymentStateText(const Booking &booking);

    CoreBackend &m_backend;
    StaffActor m_actor;
    QLineEdit *m_search;
    QTableWidget *m_results;
    QLabel *m_details;
    PaymentPanel *m_payment;
    QLabel *m_message;
    QPushButton *m_collect;
    QPushButton *m_print;
    QPushButton *m_savePdf;
    QList<Booking> m_found;
    std::optional<Booking> m_current;
    std::optional<Booking> m_collected;
    bool m_busy = false;
    /// Bumped by every search, so that a slow answer to an older one is dropped.
    quint64 m_searchGeneration = 0;
};

} // namespace boxoffice
