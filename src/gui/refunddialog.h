#pragma once

#include "paymenttypes.h"
#include "staffactor.h"
#include "types.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace boxoffice {

class BookedSeatList;
class CoreBackend;

/// A manager refunds a booking, whole or some of its seats: what was paid, what can still be
/// refunded and what this refund gives back, to the methods that paid. A reason is required; the
/// seats go back on sale.
class RefundDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundDialog)

public:
    RefundDialog(CoreBackend &backend, Booking booking, StaffActor actor, QWidget *parent = nullptr);

    QString messageText() const;
    /// The seats ticked for refund.
    QStringList selectedSeats() const;
    /// What this refund gives back as the dialog works it out: the ticked seats' price, never more
    /// than the booking holds.
    qint64 amountToRefund() const;
    const std::optional<BookingMoney> &money() const { return m_money; }

public slots:
    void setSeatChecked(const QString &label, bool checked);
    void selectAllSeats();
    /// Fills in the reason, for the manager to keep or change.
    void setReason(const QString &reason);
    void refund();

signals:
    void refunded(const boxoffice::RefundResult &result);

private:
    void loadMoney();
    void updateAmounts();
    void showMessage(bool error, const QString &text);
    QString describeError(const Error &error) const;

    CoreBackend &m_backend;
    Booking m_booking;
    StaffActor m_actor;
    BookedSeatList *m_seats;
    QCheckBox *m_allSeats;
    QLabel *m_paid;
    QLabel *m_refundable;
    QLabel *m_toRefund;
    QLabel *m_method;
    QLineEdit *m_reason;
    QLabel *m_message;
    QPushButton *m_refund;
    std::optional<BookingMoney> m_money;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace boxoffice
