#pragma once

#include "apierror.h"
#include "httpresponse.h"
#include "webcontext.h"
#include "writework.h"

namespace boxoffice {

/// The session's holds.
///
/// - `POST /api/holds` `{"show", "seats"}` → 200 `{"show", "seats" (all held now), "expires_at",
///   "version"}` (+ `"stranded_seats", "suggestion"` when the show's rule only warns of a stranded
///   seat); 409 seats_unavailable naming the seats, 422 too_many_seats / invalid_field /
///   orphan_seat (`"seats"` stranded, `"suggestion"`).
/// - `POST /api/holds` `{"show", "best": {"count", "category"?, "wheelchair"?}}` replaces the
///   session's hold on the show by the best seats left → 200 as above + `"best": {"seats" (those
///   chosen, best first), "adjacent"}`; 409 seats_unavailable when too few are left.
/// - `DELETE /api/holds?show={id}` [`{"seats": [...]}`] → 200 `{"show", "seats" (those released),
///   "version"}`.
///
/// The request is parsed and checked where it arrives (the web thread); the hold or release
/// itself is the returned work, which WebServer runs on the writer's services.
class HoldsController final
{
public:
    explicit HoldsController(const WebServices &services) : m_services(services) {}

    WriteWork hold(const RequestContext &context) const;
    WriteWork release(const RequestContext &context) const;

private:
    /// The command line's hold length, else the venue's default.
    int holdSeconds() const;
    const WebServices &m_services;
};

} // namespace boxoffice
