#pragma once

#include "types.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace boxoffice {

/// One line of a booking's money trail (table `payments`). Amounts are signed: a payment or money
/// transferred in is positive, a refund or money transferred out negative.
struct PaymentLine
{
    qint64 id = 0;
    qint64 bookingId = 0;
    QDateTime at;
    /// "payment", "refund" or "transfer" (value moved between bookings by an exchange).
    QString kind;
    /// "cash", "card", ...; a transfer keeps the method the moved money was paid by.
    QString method;
    qint64 amountCents = 0;
    /// Cash handed over for a cash payment, when the counter recorded it.
    qint64 tenderedCents = 0;
    /// The cashier's shift it was taken in; 0 when the staff member had none open.
    qint64 shiftId = 0;
    qint64 staffId = 0;
    QString reason;
};

/// Where a booking's money stands.
struct BookingMoney
{
    qint64 bookingId = 0;
    QString reference;
    PaymentState paymentState = PaymentState::Paid;
    /// Oldest first.
    QList<PaymentLine> lines;
    /// Sum of the payment lines.
    qint64 paidCents = 0;
    /// Sum of the refund lines, as a positive amount.
    qint64 refundedCents = 0;
    /// Net value moved in (positive) or out (negative) by exchanges.
    qint64 transferredCents = 0;
    /// What the booking holds and could still be refunded: paid − refunded + transferred.
    qint64 balanceCents = 0;
    /// The balance per method ("card" → 1200), what refunds go back to.
    QHash<QString, qint64> balanceByMethod;
};

/// What a refund did.
struct RefundResult
{
    QString reference;
    qint64 showId = 0;
    /// The seats released by this refund (none for a cancelled show, whose seats were freed).
    QStringList seats;
    /// The refund lines written, one per method refunded to (none when nothing was paid).
    QList<PaymentLine> lines;
    qint64 refundedCents = 0;
    PaymentState paymentState = PaymentState::Paid;
};

/// A request to move some seats of a paid booking to other seats of the same or another show.
struct ExchangeRequest
{
    QString reference;
    /// The booking's seats to give up; empty for all its live seats.
    QStringList giveUp;
    qint64 targetShow = 0;
    QStringList targetSeats;
    /// Ticket type per target seat label; a seat not named is sold as "adult".
    QHash<QString, QString> ticketTypes;
    /// How a higher price is paid ("cash", "card"); ignored when nothing is to be collected.
    QString paymentMethod;
    /// Cash handed over for the difference; must cover it when paid in cash.
    qint64 tenderedCents = 0;
    QString reason;
};

/// What an exchange did.
struct ExchangeResult
{
    /// The booking that holds the new seats: the same one for the same show, a new one otherwise.
    QString reference;
    qint64 showId = 0;
    QString previousReference;
    qint64 previousShowId = 0;
    QStringList releasedSeats;
    QStringList newSeats;
    /// New seats' price minus the given-up seats' value: collected when positive, refunded when negative.
    qint64 differenceCents = 0;
    /// Change due from the cash tendered for a positive difference.
    qint64 changeCents = 0;
    /// The lines written, on either booking.
    QList<PaymentLine> lines;
};

} // namespace boxoffice
