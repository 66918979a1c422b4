#pragma once

#include <QByteArrayView>

namespace boxoffice {

class SeatStatusCache;

/// The show a path names (`/shows/{id}/…`), once it is known to exist: throws ApiError 404 for
/// an id that is not one and the core's error (NotFound for an unknown show) otherwise.
qint64 existingShow(SeatStatusCache &cache, QByteArrayView id);

} // namespace boxoffice
