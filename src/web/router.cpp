#include "router.h"

namespace boxoffice {

namespace {

/// `/shows/{id}/` style: the segment after `prefix` up to an optional single `/`.
bool matchesParameter(QByteArrayView path, QByteArrayView prefix, QByteArrayView suffix, QByteArray *parameter)
{
    if (!path.startsWith(prefix) || !path.endsWith(suffix) || path.size() <= prefix.size() + suffix.size())
        return false;
    const QByteArrayView middle = path.sliced(prefix.size(), path.size() - prefix.size() - suffix.size());
    if (middle.contains('/'))
        return false;
    *parameter = middle.toByteArray();
    return true;
}

/// `/api/bookings/{reference}/tickets/{code}/qr.svg`.
bool matchesTicketQr(QByteArrayView path, QByteArray *reference, QByteArray *ticket)
{
    constexpr QByteArrayView prefix = "/api/bookings/";
    constexpr QByteArrayView middle = "/tickets/";
    const qsizetype split = path.indexOf(middle);
    return split > prefix.size() && path.startsWith(prefix)
            && matchesParameter(path.sliced(split), middle, "/qr.svg", ticket)
            && matchesParameter(path.first(split), prefix, "", reference);
}

/// API paths are matched with or without a trailing slash.
QByteArrayView withoutTrailingSlash(QByteArrayView path)
{
    return path.size() > 1 && path.endsWith('/') ? path.chopped(1) : path;
}

} // namespace

Route matchRoute(QByteArrayView path)
{
    Route route;
    if (path == "/") {
        route.kind = Route::Kind::Index;
        return route;
    }
    if (path == "/favicon.ico") {
        route.kind = Route::Kind::Asset;
        route.parameter = "static/favicon.ico";
        return route;
    }
    if (path.startsWith("/static/") && path.size() > 8) {
        route.kind = Route::Kind::Asset;
        route.parameter = path.sliced(1).toByteArray();
        return route;
    }
    const QByteArrayView api = withoutTrailingSlash(path);
    if (api == "/healthz")
        route.kind = Route::Kind::Health;
    else if (api == "/api/shows")
        route.kind = Route::Kind::ShowList;
    else if (api == "/api/seat-status")
        route.kind = Route::Kind::SeatStatus;
    else if (api == "/api/holds")
        route.kind = Route::Kind::Holds;
    else if (api == "/api/bookings")
        route.kind = Route::Kind::Bookings;
    else if (matchesParameter(api, "/api/bookings/", "", &route.parameter))
        route.kind = Route::Kind::Booking;
    else if (matchesParameter(api, "/api/bookings/", "/qr.svg", &route.parameter))
        route.kind = Route::Kind::BookingQr;
    else if (matchesTicketQr(api, &route.parameter, &route.ticket))
        route.kind = Route::Kind::TicketQr;
    else if (matchesParameter(api, "/api/shows/", "/events", &route.parameter))
        route.kind = Route::Kind::Events;
    else if (matchesParameter(api, "/shows/", "", &route.parameter))
        route.kind = Route::Kind::ShowPage;
    else if (api == "/scan")
        route.kind = Route::Kind::ScanPage;
    else if (api == "/scan/pair")
        route.kind = Route::Kind::ScanPairing;
    else if (api == "/api/checkin")
        route.kind = Route::Kind::Checkin;
    return route;
}

QByteArray Route::allowed() const
{
    switch (kind) {
    case Kind::Holds: return "POST, DELETE";
    case Kind::Bookings: return "POST";
    case Kind::Events: return "GET";
    case Kind::Checkin: return "GET, HEAD, POST";
    case Kind::ScanPairing: return "GET";
    case Kind::None: return {};
    default: return "GET, HEAD";
    }
}

bool Route::allows(HttpRequest::Method method) const
{
    using Method = HttpRequest::Method;
    switch (kind) {
    case Kind::None: return false;
    case Kind::Holds: return method == Method::Post || method == Method::Delete;
    case Kind::Bookings: return method == Method::Post;
    case Kind::Events: return method == Method::Get;
    case Kind::Checkin: return method == Method::Get || method == Method::Head || method == Method::Post;
    // Redeeming a token is not a HEAD's to do.
    case Kind::ScanPairing: return method == Method::Get;
    default: return method == Method::Get || method == Method::Head;
    }
}

} // namespace boxoffice
