#pragma once

#include "httpresponse.h"

#include <functional>

namespace boxoffice {

class ReservationService;

/// The database work of one web write (a hold, a release, a booking), its request already parsed
/// and checked on the web thread. It runs on the writer thread (WebWriter), or on the web thread
/// with the web's own services: it may use only what it captured by value and the services it is
/// given. It answers with the response or throws ApiError.
using WriteWork = std::function<HttpResponse(ReservationService &reservations)>;

/// Takes a write's answer, on the web thread.
using WriteAnswer = std::function<void(HttpResponse response)>;

} // namespace boxoffice
