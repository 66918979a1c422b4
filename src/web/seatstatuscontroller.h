#pragma once

#include "httpresponse.h"
#include "webcontext.h"

#include <optional>

namespace boxoffice {

/// The seats of a show, as bytes built once per version (SeatStatusCache).
///
/// - `GET /api/seat-status/?show={id}[&since={version}[&wait={seconds}]]` —
///   `{"show", "version", "poll_interval_ms", "full", "seats": [{"id", "row", "number", "status",
///   "category", "price_cents", "grid_row", "grid_column", "accessible"}], "my_hold"}`; a full
///   answer adds "title", "hall", "starts_at", "grid_rows", "grid_columns". ETag per version,
///   hold and coding, 304 on If-None-Match. Answers of 1 kB or more in gzip or Brotli as
///   Accept-Encoding allows. With `wait` and nothing new, parked in the WatchHub; so is one behind
///   the show only by versions that changed no seat.
/// - `GET /api/shows/{id}/events` — Server-Sent Events `seats` (id = version, data = the
///   delta above); resumes after Last-Event-ID (or `?since=`).
///
/// Both return no response when the hub took the connection over.
class SeatStatusController final
{
public:
    explicit SeatStatusController(const WebServices &services) : m_services(services) {}

    std::optional<HttpResponse> status(const RequestContext &context) const;
    std::optional<HttpResponse> events(const RequestContext &context, const QByteArray &id) const;

private:
    const WebServices &m_services;
};

} // namespace boxoffice
