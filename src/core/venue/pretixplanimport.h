#pragma once

#include "hallplanimport.h"

#include <QByteArray>

namespace boxoffice {

/// Reads a pretix seating plan (pretix's public seating-plan.schema.json): zones of rows of seats
/// become one list of seats. What our plans have no place for (areas, texts, zone names, row and
/// seat label templates, …) is listed in the warnings, not dropped in silence. The mapping is
/// described in docs/hall-format.md.
class PretixPlanImport
{
public:
    /// Seats of a pretix plan sit this many pixels apart when no row has two seats to measure.
    static constexpr double defaultSeatDistance = 20.0;

    /// Never fails on any input other than by listing errors.
    static HallPlanImport read(QByteArrayView data);
};

} // namespace boxoffice
