#pragma once

#include "types.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableWidget;
QT_END_NAMESPACE

namespace boxoffice {

class CoreBackend;
struct ShowSetup;

/// The bookings of a cancelled show that still hold money, for the manager to refund one by one:
/// reference, customer, seats, what is to be refunded and the methods it goes back to. Hidden for
/// a show that is not cancelled.
class CancelledShowRefunds final : public QWidget
{
    Q_OBJECT

public:
    enum Column { ReferenceColumn, CustomerColumn, SeatsColumn, AmountColumn, MethodColumn, RefundColumn };

    explicit CancelledShowRefunds(CoreBackend &backend, QWidget *parent = nullptr);

    /// Lists the bookings of `show` when it is cancelled; hides the list for any other show or none.
    void setShow(const ShowSetup *show);
    /// Reads the bookings holding money again; emits loaded().
    void reload();

    QTableWidget *table() const { return m_table; }
    QString statusText() const;

signals:
    void loaded();
    /// The manager asked to refund this booking.
    void refundRequested(const boxoffice::Booking &booking);

private:
    struct Refundable;
    void showBookings(const QList<Refundable> &bookings);

    CoreBackend &m_backend;
    qint64 m_show = 0;
    QString m_title;
    QLabel *m_status;
    QTableWidget *m_table;
};

} // namespace boxoffice
