#include "seatrows.h"

#include "hallplan.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace boxoffice {

namespace {

/// HallPlan::stagePosition without a stage, which needs no more than the front row's seats.
QPointF frontRowCentre(const QList<SeatPlace> &seats)
{
    HallPlan frontRow;
    for (const SeatPlace &seat : seats) {
        if (seat.rowLabel == seats.first().rowLabel)
            frontRow.seats.append({{}, seat.rowLabel, {}, seat.position, {}, false, {}, false});
    }
    return frontRow.stagePosition();
}

} // namespace

SeatRows::SeatRows(QList<SeatPlace> seats, std::optional<QPointF> stage)
    : m_seats(std::move(seats)), m_blockOf(m_seats.size(), -1), m_placeInBlock(m_seats.size(), -1),
      m_companion(m_seats.size(), -1), m_focalPoint(stage ? *stage : frontRowCentre(m_seats))
{
    QHash<QString, QList<int>> rows;
    QHash<QString, int> byGuid;
    QList<QString> rowOrder;
    for (int i = 0; i < m_seats.size(); ++i) {
        const SeatPlace &seat = m_seats.at(i);
        auto row = rows.find(seat.rowLabel);
        if (row == rows.end()) {
            row = rows.insert(seat.rowLabel, {});
            rowOrder.append(seat.rowLabel);
        }
        row->append(i);
        m_byLabel.insert(seat.label, i);
        m_byId.insert(seat.id, i);
        if (!seat.guid.isEmpty())
            byGuid.insert(seat.guid, i);
    }
    // Rows from the front: by their mean distance from the stage side (y), then by label.
    auto meanY = [&](const QString &label) {
        const QList<int> &row = rows[label];
        double sum = 0;
        for (int seat : row)
            sum += m_seats.at(seat).position.y();
        return sum / row.size();
    };
    QHash<QString, double> rowY;
    for (const QString &label : std::as_const(rowOrder))
        rowY.insert(label, meanY(label));
    std::sort(rowOrder.begin(), rowOrder.end(), [&](const QString &a, const QString &b) {
        return std::pair(rowY.value(a), a) < std::pair(rowY.value(b), b);
    });
    for (const QString &label : std::as_const(rowOrder)) {
        QList<int> &row = rows[label];
        std::sort(row.begin(), row.end(), [&](int a, int b) {
            return std::pair(m_seats.at(a).position.x(), a) < std::pair(m_seats.at(b).position.x(), b);
        });
        QList<int> block;
        for (int seat : std::as_const(row)) {
            if (!block.isEmpty()
                && QLineF(m_seats.at(block.last()).position, m_seats.at(seat).position).length() > neighbourDistance) {
                m_blocks.append(block);
                block.clear();
            }
            block.append(seat);
        }
        m_blocks.append(block);
    }
    for (int b = 0; b < m_blocks.size(); ++b) {
        for (int place = 0; place < m_blocks.at(b).size(); ++place) {
            m_blockOf[m_blocks.at(b).at(place)] = b;
            m_placeInBlock[m_blocks.at(b).at(place)] = place;
        }
    }
    for (int i = 0; i < m_seats.size(); ++i) {
        const int space = byGuid.value(m_seats.at(i).companionOf, -1);
        if (space >= 0 && m_seats.at(space).wheelchairSpace && m_companion.at(space) < 0)
            m_companion[space] = i;
    }
}

double SeatRows::distanceToFocus(QPointF point) const
{
    return std::hypot(point.x() - m_focalPoint.x(), point.y() - m_focalPoint.y());
}

} // namespace boxoffice
