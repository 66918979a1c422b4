#pragma once

#include <QDateTime>
#include <QString>

namespace boxoffice {

/// A reservation paid at the counter: the payment line written and the change to hand back.
struct CollectedReservation
{
    qint64 bookingId = 0;
    QString reference;
    qint64 showId = 0;
    QString method;
    qint64 amountCents = 0;
    /// What the customer handed over in cash; equals the amount for other methods.
    qint64 tenderedCents = 0;
    qint64 changeCents = 0;
    qint64 paymentId = 0;
    /// The collecting staff member's open shift; 0 when they had none open.
    qint64 shiftId = 0;
    QDateTime at;
};

} // namespace boxoffice
