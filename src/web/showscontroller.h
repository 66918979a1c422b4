#pragma once

#include "httpresponse.h"
#include "webcontext.h"

namespace boxoffice {

/// `GET /api/shows/` — `{"shows": [{"id", "title", "hall", "starts_at", "seats_total",
/// "seats_available"}]}`: the shows not yet started, seats counted as the web sees them.
class ShowsController final
{
public:
    explicit ShowsController(const WebServices &services) : m_services(services) {}

    HttpResponse list(const RequestContext &context) const;

private:
    const WebServices &m_services;
};

} // namespace boxoffice
