#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace boxoffice {

/// One seat of a hall as best-available and the stranded-seat rule see it.
struct SeatPlace
{
    qint64 id = 0;
    QString label;
    QString rowLabel;
    /// In plan units: one unit is one seat's width, y grows away from the stage.
    QPointF position;
    QString category;
    bool wheelchairSpace = false;
    QString guid;
    /// The guid of the wheelchair space this seat is the companion seat of; empty for none.
    QString companionOf;
};

/// A hall's seats in rows and blocks: the seats of one row label ordered by x, split into blocks
/// wherever two seats stand further apart than `neighbourDistance` (an aisle or a gap). Seats are
/// neighbours only inside a block. Built by sorting each row once, so a 5,000-seat hall costs a
/// millisecond or so, not the pairwise comparison of every seat.
class SeatRows final
{
public:
    /// Two seats further apart than this (in seat widths) are not side by side.
    static constexpr double neighbourDistance = 1.5;

    SeatRows() = default;
    /// `stage` is the hall's focal point; unset means the centre of the front row (the row of
    /// the first seat), as HallPlan::stagePosition says.
    SeatRows(QList<SeatPlace> seats, std::optional<QPointF> stage);

    const QList<SeatPlace> &seats() const { return m_seats; }
    qsizetype size() const { return m_seats.size(); }
    /// Every block as seat indices, left to right; blocks ordered by row (front first), then x.
    const QList<QList<int>> &blocks() const { return m_blocks; }
    int blockOf(int seat) const { return m_blockOf.at(seat); }
    int placeInBlock(int seat) const { return m_placeInBlock.at(seat); }
    /// The index of a seat by label, -1 for none.
    int indexOf(const QString &label) const { return m_byLabel.value(label, -1); }
    /// The index of a seat by its database id, -1 for none.
    int indexOfId(qint64 id) const { return m_byId.value(id, -1); }
    /// The companion seat of a wheelchair space (the first one when several name it), -1 for none.
    int companionOf(int space) const { return m_companion.at(space); }
    QPointF focalPoint() const { return m_focalPoint; }
    /// How far a point lies from the focal point, in seat widths.
    double distanceToFocus(QPointF point) const;
    double distanceToFocus(int seat) const { return distanceToFocus(m_seats.at(seat).position); }

private:
    QList<SeatPlace> m_seats;
    QList<QList<int>> m_blocks;
    QList<int> m_blockOf;
    QList<int> m_placeInBlock;
    QList<int> m_companion;
    QHash<QString, int> m_byLabel;
    QHash<qint64, int> m_byId;
    QPointF m_focalPoint;
};

} // namespace boxoffice
