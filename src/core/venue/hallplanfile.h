#pragma once

#include "hallplanimport.h"

#include <QByteArray>

namespace boxoffice {

/// Box Office's own seat-plan file, `"format": "boxoffice-hall"`, described in docs/hall-format.md.
/// Writing and reading back gives the same plan, and writing that again the same bytes.
class HallPlanFile
{
public:
    static constexpr int version = 1;

    static QByteArray write(const HallPlan &plan);
    /// Reads and validates a file; never fails on any input other than by listing errors.
    static HallPlanImport read(QByteArrayView data);
};

} // namespace boxoffice
