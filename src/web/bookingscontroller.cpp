#include "bookingscontroller.h"

#include "apierror.h"
#include "bookingreference.h"
#include "jsonbytes.h"
#include "jsonkeys.h"
#include "requestbodies.h"
#include "reservationservice.h"
#include "showcatalog.h"

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

} // namespace

HttpResponse BookingsController::book(const RequestContext &context) const
{
    const BookingBody body = requestbody::parseBooking(context.request.body);
    BookingRequest request;
    request.customer = CustomerDetails{body.name, body.email};
    request.channel = Channel::Web;
    request.paymentMethod = paymentOnline;
    auto booked = m_services.reservations.convertHoldsToBookings(context.session.owner(), body.show, request);
    if (!booked.ok())
        throw ApiError::fromCore(booked.error());
    HttpResponse response = jsonResponse(201, QJsonObject{
                                                      {jsonkey::booking, booked->reference},
                                                      {jsonkey::show, booked->showId},
                                                      {jsonkey::seats, seatLabels(booked.value())},
                                                      {jsonkey::totalCents, booked->totalCents},
                                              });
    response.addHeader("Location", "/api/bookings/" + booked->reference.toLatin1());
    return response;
}

HttpResponse BookingsController::lookup(const RequestContext &context, const QByteArray &reference) const
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
    return jsonResponse(200, QJsonObject{
                                     {jsonkey::booking, booking->reference},
                                     {jsonkey::show, booking->showId},
                                     {jsonkey::title, booking->showTitle},
                                     {jsonkey::hall, booking->hallName},
                                     {jsonkey::startsAt, jsonbytes::isoUtc(booking->showStartsAt)},
                                     {jsonkey::seats, seatLabels(booking.value())},
                                     {jsonkey::totalCents, booking->totalCents},
                                     {jsonkey::name, booking->customer.name},
                                     {jsonkey::cancelled, booking->cancelled},
                             });
}

} // namespace boxoffice
