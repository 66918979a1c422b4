#pragma once

#include "httpresponse.h"
#include "webcontext.h"

namespace boxoffice {

/// The session's bookings.
///
/// - `POST /api/bookings` `{"show", "name", "email"}` → 201 `{"booking", "show", "seats",
///   "total_cents"}` and a Location; 409 no_hold / hold_expired, 422 invalid_field.
/// - `GET /api/bookings/{reference}` → the booking (plus "title", "hall", "starts_at", "name",
///   "cancelled") for the session that made it; 404 for anyone else.
class BookingsController final
{
public:
    explicit BookingsController(const WebServices &services) : m_services(services) {}

    HttpResponse book(const RequestContext &context) const;
    HttpResponse lookup(const RequestContext &context, const QByteArray &reference) const;

private:
    const WebServices &m_services;
};

} // namespace boxoffice
