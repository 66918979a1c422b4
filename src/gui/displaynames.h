#pragma once

#include "currency.h"
#include "types.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace boxoffice {

/// The venue's currency, in which formatMoney() shows amounts; set whenever the venue's settings
/// are read (euros until then).
void setVenueCurrency(const Currency &currency);
const Currency &venueCurrency();
/// The venue's time zone, in which the GUI shows and takes every date and time; set whenever the
/// venue's settings are read (the computer's own zone until then, as a new venue's default is).
void setVenueZone(const QTimeZone &zone);
const QTimeZone &venueZone();
/// A moment as the venue's clocks show it.
QDateTime inVenueZone(const QDateTime &dateTime);
/// The venue's calendar day of a moment ("today" for the clock's now).
QDate venueDate(const QDateTime &dateTime);
/// Money in the venue's currency as the cashier's locale writes it ("€12.50", "12,50 €").
QString formatMoney(qint64 minorUnits);
/// A show's start as the cashier reads it, in the venue's time and without seconds.
QString formatTime(const QDateTime &dateTime);
/// "Friday, 27 November 2026, 14:00".
QString formatDateTime(const QDateTime &dateTime);
/// The venue's ticket types (retired ones too, as bookings name them), whose names
/// ticketTypeName() shows; set whenever they are read.
void setVenueTicketTypes(const QList<TicketType> &types);
/// In the venue's order; empty until read.
const QList<TicketType> &venueTicketTypes();
/// The translated names of the core's codes: "adult" → "Adult", "premium" → "Premium". A ticket
/// type is shown by the venue's name for it; the shipped types keep their translations while the
/// venue keeps their English names.
QString ticketTypeName(const QString &ticketType);
QString categoryName(const QString &category);
QString paymentMethodName(const QString &method);
/// The payment method as a sentence names it: "paid by card", where the name alone is "Card".
QString paymentMethodInSentence(const QString &method);
QString seatStatusText(SeatStatus status);

} // namespace boxoffice
