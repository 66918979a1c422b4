#pragma once

#include "hallplanimport.h"

#include <QByteArrayView>

namespace boxoffice {

/// Reads a seat-plan file of either kind a venue brings: our own format (it says
/// `"format": "boxoffice-hall"`) or a pretix seating plan (which has no such field).
class SeatPlanReader
{
public:
    static HallPlanImport read(QByteArrayView data);
};

} // namespace boxoffice
