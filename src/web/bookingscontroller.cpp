#include "bookingscontroller.h"

#include "apierror.h"
#include "bookingreference.h"
#include "jsonbytes.h"
#include "jsonkeys.h"
#include "qrmatrix.h"
#include "requestbodies.h"
#include "reservationservice.h"
#include "seatstatuscache.h"
#include "showcatalog.h"
#include "ticketcode.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

const QString paymentOnline = u"online"_s;

QJsonArray seatLabels(const Booking &booking)
{
    QJsonArray labels;
    for (const BookedSeat &seat : booking.seats) {
        if (!seat.released)
            labels.append(seat.label);
    }
    return labels;
}

QString ticketQrPath(const QString &reference, const QString &code)
{
    return u"/api/bookings/%1/tickets/%2/qr.svg"_s.arg(reference, code);
}

/// The booking's live tickets; only the session that booked them is ever answered this.
QJsonArray tickets(const Booking &booking)
{
    QJsonArray list;
    for (const BookedSeat &seat : booking.seats) {
        if (!seat.released)
            list.append(QJsonObject{{jsonkey::seat, seat.label},
                                    {jsonkey::ticketType, seat.ticketType},
                                    {jsonkey::priceCents, seat.priceCents},
                                    {jsonkey::code, seat.ticketCode},
                                    {jsonkey::qr, ticketQrPath(booking.reference, seat.ticketCode)}});
    }
    return list;
}

HttpResponse svgResponse(const QString &text)
{
    auto code = QrMatrix::encode(text);
    if (!code.ok())
        throw ApiError::fromCore(code.error());
    HttpResponse response;
    response.contentType = "image/svg+xml";
    response.body = code->toSvg();
    // A QR code's text never changes; only this session may see it, so only its browser keeps it.
    response.addHeader("Cache-Control", "private, max-age=86400");
    return response;
}

/// What a booking owes and how the counter finds it, in every answer about it.
QJsonObject withPayment(QJsonObject answer, const Booking &booking)
{
    answer.insert(jsonkey::paymentState, paymentStateName(booking.paymentState));
    answer.insert(jsonkey::payBy, booking.payBy.isValid() ? QJsonValue(jsonbytes::isoUtc(booking.payBy)) : QJsonValue());
    answer.insert(jsonkey::qr, u"/api/bookings/%1/qr.svg"_s.arg(booking.reference));
    return answer;
}

} // namespace

void BookingsController::checkTicketTypes(const RequestContext &context, qint64 show,
                                          const QHash<QString, QString> &types) const
{
    if (types.isEmpty())
        return;
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        const auto type = std::find_if(m_services.ticketTypes.cbegin(), m_services.ticketTypes.cend(),
                                       [&](const TicketType &each) { return each.key == it.value(); });
        if (type == m_services.ticketTypes.cend())
            throw ApiError::ticketTypeNotAvailable(
                    u"Seat %1: there is no ticket type \"%2\"."_s.arg(it.key(), it.value().left(64)));
        if (type->retired)
            throw ApiError::ticketTypeNotAvailable(
                    u"Seat %1: %2 tickets are no longer sold."_s.arg(it.key(), type->name));
        if (!type->webSellable)
            throw ApiError::ticketTypeNotAvailable(
                    u"Seat %1: %2 tickets are sold at the box office only."_s.arg(it.key(), type->name));
    }
    auto current = m_services.cache.current(show);
    if (!current.ok())
        throw ApiError::fromCore(current.error());
    const QStringList held = current.value()->holds.value(context.session.owner()).seats;
    // Without a hold the booking itself answers no_hold or hold_expired.
    if (held.isEmpty())
        return;
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        if (!held.contains(it.key()))
            throw ApiError::invalidField(u"\"ticket_types\" names %1, which you do not hold."_s.arg(it.key()));
    }
}


WriteWork BookingsController::book(const RequestContext &context) const
{
    const BookingBody body = requestbody::parseBooking(context.request.body);
    BookingRequest request;
    request.customer = CustomerDetails{body.name, body.email};
    request.channel = Channel::Web;
    request.paymentMethod = paymentOnline;
    request.ticketTypes = body.ticketTypes;
    checkTicketTypes(context, body.show, body.ticketTypes);
    return [owner = context.session.owner(), show = body.show, request](ReservationService &reservations) {
        auto booked = reservations.convertHoldsToBookings(owner, show, request);
        if (!booked.ok()) {
            // The show's price list decides, in the booking's transaction, which types a seat sells as.
            const Error &error = booked.error();
            if (error.code == ErrorCode::InvalidField && !error.seats.isEmpty()
                && request.ticketTypes.contains(error.seats.first()))
                throw ApiError::ticketTypeNotAvailable(error.message);
            throw ApiError::fromCore(error);
        }
        HttpResponse response = jsonResponse(201, withPayment(QJsonObject{
                                                                      {jsonkey::booking, booked->reference},
                                                                      {jsonkey::show, booked->showId},
                                                                      {jsonkey::seats, seatLabels(booked.value())},
                                                                      {jsonkey::totalCents, booked->totalCents},
                                                                      {jsonkey::tickets, tickets(booked.value())},
                                                              },
                                                              booked.value()));
        response.addHeader("Location", "/api/bookings/" + booked->reference.toLatin1());
        return response;
    };
}

Booking BookingsController::ownBooking(const RequestContext &context, const QByteArray &reference) const
{
    const QString wanted = QString::fromLatin1(reference).toUpper();
    if (!BookingReference::isWellFormed(wanted))
        throw ApiError::notFound(u"There is no such booking."_s);
    auto booking = m_services.catalog.booking(wanted);
    if (!booking.ok()) {
        if (booking.error().code == ErrorCode::NotFound)
            throw ApiError::notFound(u"There is no such booking."_s);
        throw ApiError::fromCore(booking.error());
    }
    // Someone else's booking does not exist as far as this session can tell.
    if (booking->owner != context.session.owner())
        throw ApiError::notFound(u"There is no such booking."_s);
    return booking.value();
}

HttpResponse BookingsController::lookup(const RequestContext &context, const QByteArray &reference) const
{
    const Booking booking = ownBooking(context, reference);
    return jsonResponse(200, withPayment(QJsonObject{
                                                 {jsonkey::booking, booking.reference},
                                                 {jsonkey::show, booking.showId},
                                                 {jsonkey::title, booking.showTitle},
                                                 {jsonkey::hall, booking.hallName},
                                                 {jsonkey::startsAt, jsonbytes::isoUtc(booking.showStartsAt)},
                                                 {jsonkey::seats, seatLabels(booking)},
                                                 {jsonkey::totalCents, booking.totalCents},
                                                 {jsonkey::tickets, tickets(booking)},
                                                 {jsonkey::name, booking.customer.name},
                                                 {jsonkey::cancelled, booking.cancelled},
                                         },
                                         booking));
}

HttpResponse BookingsController::qrCode(const RequestContext &context, const QByteArray &reference) const
{
    const Booking booking = ownBooking(context, reference);
    return svgResponse(BookingReference::scanCode(booking.reference));
}

HttpResponse BookingsController::ticketQrCode(const RequestContext &context, const QByteArray &reference,
                                              const QByteArray &code) const
{
    const Booking booking = ownBooking(context, reference);
    const QString wanted = TicketCode::normalized(QString::fromLatin1(code));
    const bool live = !wanted.isEmpty() && std::any_of(booking.seats.cbegin(), booking.seats.cend(), [&](const BookedSeat &seat) {
        return !seat.released && seat.ticketCode == wanted;
    });
    if (!live)
        throw ApiError::notFound(u"This booking has no such ticket."_s);
    return svgResponse(TicketCode::qrText(wanted));
}

} // namespace boxoffice
