#pragma once

#include "hallplan.h"

#include <QHash>
#include <QRectF>

namespace boxoffice {

/// Which seats lie where, for the designer's hit tests and exposed-area painting: a uniform grid
/// of square cells over plan coordinates. A grid rather than QGraphicsScene's BSP because seats
/// are points of one size spread evenly, so a cell lookup is exact and rebuilding after an edit
/// is one linear pass (a few hundred microseconds for 5,000 seats) without a scene item per seat.
class SeatSpatialIndex final
{
public:
    void rebuild(const QList<HallPlanSeat> &seats);

    /// Indices of the seats whose position lies within `rect` (plan units), in no set order.
    QList<qsizetype> seatsIn(const QRectF &rect) const;
    /// The seat whose centre is nearest `point` and no further than `radius`, or -1.
    qsizetype seatAt(QPointF point, double radius) const;
    /// Where the seats reach, an empty rectangle for no seats.
    QRectF bounds() const { return m_bounds; }

private:
    static constexpr double cellSize = 4.0;
    static qint64 cellKey(qint64 column, qint64 row) { return (row << 32) ^ (column & 0xffffffff); }

    QList<QPointF> m_positions;
    QHash<qint64, QList<qsizetype>> m_cells;
    QRectF m_bounds;
};

} // namespace boxoffice
