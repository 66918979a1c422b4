#pragma once

#include "httpresponse.h"
#include "webcontext.h"
#include "writework.h"

namespace boxoffice {

/// The session's bookings.
///
/// - `POST /api/bookings` `{"show", "name", "email", "ticket_types"?: {seat: type key}}` → 201
///   `{"booking", "show", "seats", "total_cents", "tickets": [{"seat", "ticket_type",
///   "price_cents"}]}` and a Location; 409 no_hold / hold_expired, 422 invalid_field, 422
///   ticket_type_not_available for a type the web does not sell for that seat.
/// - `GET /api/bookings/{reference}` → the booking (plus "title", "hall", "starts_at", "name",
///   "cancelled") for the session that made it; 404 for anyone else.
/// - Both answers also carry "payment_state", "pay_by" (a reservation's deadline, else null) and
///   "qr", the path of `GET /api/bookings/{reference}/qr.svg`: the QR code the counter scans
///   (BookingReference::scanCode), as an SVG image, for the same session only.
/// - Each of their "tickets" also carries its "code" (TicketCode, what the door checks in) and
///   "qr", the path of `GET /api/bookings/{reference}/tickets/{code}/qr.svg`: the ticket's QR code
///   (TicketCode::qrText) as an SVG image, for the same session only; 404 for anyone else, for a
///   code that is not one of the booking's live tickets, and for a malformed code.
///
/// A booking is parsed and checked where it arrives (the web thread); the booking itself is the
/// returned work, which WebServer runs on the writer's services.
class BookingsController final
{
public:
    explicit BookingsController(const WebServices &services) : m_services(services) {}

    WriteWork book(const RequestContext &context) const;
    HttpResponse lookup(const RequestContext &context, const QByteArray &reference) const;
    HttpResponse qrCode(const RequestContext &context, const QByteArray &reference) const;
    HttpResponse ticketQrCode(const RequestContext &context, const QByteArray &reference, const QByteArray &code) const;

private:
    /// Refuses ticket types the venue does not sell on the web, and seats the session does not hold.
    void checkTicketTypes(const RequestContext &context, qint64 show, const QHash<QString, QString> &types) const;
    /// The session's own booking; any other reference is 404, as if it did not exist.
    Booking ownBooking(const RequestContext &context, const QByteArray &reference) const;

    const WebServices &m_services;
};

} // namespace boxoffice
