#pragma once

#include "shift.h"

#include <QDate>
#include <QList>
#include <QString>

namespace boxoffice {

/// Money of one cashier, payment method or show over a day, from the payment lines alone.
struct DayReportLine
{
    /// The staff member's or show's id; 0 for a payment method and for lines without one.
    qint64 id = 0;
    /// The cashier's name, the method's code or the show's title.
    QString name;
    qint64 salesCents = 0;
    /// Refunded money as a positive sum.
    qint64 refundsCents = 0;
    /// Money moved to or from another booking by exchanges.
    qint64 transfersCents = 0;
    /// Reservations paid at the counter that day.
    int reservationsCollected = 0;
    /// Reservations whose deadline passed unpaid that day.
    int reservationsExpired = 0;

    qint64 netCents() const { return salesCents - refundsCents + transfersCents; }
};

/// A venue day's takings for the day close.
struct DayReport
{
    QDate day;
    /// Invalid while the day is not closed.
    QDateTime closedAt;
    QString closedBy;
    QList<DayReportLine> byCashier;
    QList<DayReportLine> byMethod;
    QList<DayReportLine> byShow;
    DayReportLine total;
    /// Reservations for the day's shows still unpaid: not revenue, shown apart.
    int unpaidReservations = 0;
    int unpaidSeats = 0;
    qint64 unpaidCents = 0;
    QList<Shift> shifts;
};

} // namespace boxoffice
