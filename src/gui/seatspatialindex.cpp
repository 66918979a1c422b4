#include "seatspatialindex.h"

#include <cmath>

namespace boxoffice {

namespace {

qint64 cellOf(double coordinate, double cellSize)
{
    return qint64(std::floor(coordinate / cellSize));
}

} // namespace

void SeatSpatialIndex::rebuild(const QList<HallPlanSeat> &seats)
{
    m_positions.clear();
    m_positions.reserve(seats.size());
    m_cells.clear();
    m_bounds = {};
    double left = 0, top = 0, right = 0, bottom = 0;
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const QPointF position = seats.at(i).position;
        m_positions.append(position);
        m_cells[cellKey(cellOf(position.x(), cellSize), cellOf(position.y(), cellSize))].append(i);
        if (i == 0) {
            left = right = position.x();
            top = bottom = position.y();
        } else {
            left = std::min(left, position.x());
            right = std::max(right, position.x());
            top = std::min(top, position.y());
            bottom = std::max(bottom, position.y());
        }
    }
    if (!seats.isEmpty())
        m_bounds = QRectF(QPointF(left, top), QPointF(right, bottom));
}

QList<qsizetype> SeatSpatialIndex::seatsIn(const QRectF &rect) const
{
    QList<qsizetype> found;
    const QRectF area = rect.normalized();
    const qint64 firstColumn = cellOf(area.left(), cellSize), lastColumn = cellOf(area.right(), cellSize);
    const qint64 firstRow = cellOf(area.top(), cellSize), lastRow = cellOf(area.bottom(), cellSize);
    const auto within = [&](qsizetype index) {
        const QPointF p = m_positions.at(index);
        return p.x() >= area.left() && p.x() <= area.right() && p.y() >= area.top() && p.y() <= area.bottom();
    };
    // An area of more cells than there are occupied ones is cheaper to answer from the cells.
    if ((lastColumn - firstColumn + 1) * (lastRow - firstRow + 1) > m_cells.size()) {
        for (auto cell = m_cells.cbegin(); cell != m_cells.cend(); ++cell) {
            for (const qsizetype index : *cell) {
                if (within(index))
                    found.append(index);
            }
        }
        return found;
    }
    for (qint64 row = firstRow; row <= lastRow; ++row) {
        for (qint64 column = firstColumn; column <= lastColumn; ++column) {
            const auto cell = m_cells.constFind(cellKey(column, row));
            if (cell == m_cells.cend())
                continue;
            for (const qsizetype index : *cell) {
                if (within(index))
                    found.append(index);
            }
        }
    }
    return found;
}

qsizetype SeatSpatialIndex::seatAt(QPointF point, double radius) const
{
    qsizetype nearest = -1;
    double nearestDistance = radius * radius;
    for (const qsizetype index : seatsIn(QRectF(point - QPointF(radius, radius), point + QPointF(radius, radius)))) {
        const QPointF d = m_positions.at(index) - point;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= nearestDistance) {
            nearestDistance = distance;
            nearest = index;
        }
    }
    return nearest;
}

} // namespace boxoffice
