#pragma once

#include "database.h"
#include "paymenttypes.h"

namespace boxoffice {

/// The payment lines of bookings: what was paid, refunded and moved by exchanges, and what can
/// still be refunded. Reads on its own for the counter and managers; ReservationService writes
/// through it inside its own transactions.
///
/// Refunds go back to the methods that paid, card before any other method and cash last: a card
/// refund goes straight back to the customer's account, and the drawer pays out only what cash
/// paid and the card could not take back.
class PaymentLedger final
{
    Q_DISABLE_COPY_MOVE(PaymentLedger)

public:
    explicit PaymentLedger(Database &database);

    /// The money of the booking with this reference, read in one transaction.
    Result<BookingMoney> bookingMoney(const QString &reference) const;
    /// The bookings of a show that still hold money, oldest first: after a cancellation, those to
    /// refund.
    Result<QList<BookingMoney>> bookingsHoldingMoney(qint64 show) const;

    /// bookingMoney inside the caller's transaction.
    Result<BookingMoney> moneyOf(qint64 bookingId) const;
    /// Writes a line at `atMs`, into the open shift of its staff member (if any); returns it with
    /// its id and shift.
    Result<PaymentLine> record(PaymentLine line, qint64 atMs) const;
    /// How `amountCents` goes back to the methods that paid: card first, cash last, never more per
    /// method than it holds. Less than the amount comes back when the methods hold less.
    static QList<std::pair<QString, qint64>> refundSplit(const QHash<QString, qint64> &balanceByMethod,
                                                         qint64 amountCents);

private:
    Database &m_database;
};

} // namespace boxoffice
