#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace boxoffice {

/// How far from the origin a position may lie, in plan units (validation refuses more).
inline constexpr int maxPlanCoordinate = 1'000'000;

/// A seat category of a hall ("stalls", "box"): prices are set per category and show.
struct HallCategory
{
    /// Stable key that prices and seats refer to; `name` is what people read.
    QString key;
    QString name;
    /// "#rrggbb".
    QString colour;

    friend bool operator==(const HallCategory &, const HallCategory &) = default;
};

/// One seat of a seat plan. Positions are in plan units: one unit is one seat's width (the
/// distance between neighbours of a plain row), x grows to the right and y away from the stage.
struct HallPlanSeat
{
    /// Stable identity that survives relabelling and moving; never shown to people.
    QString guid;
    QString rowLabel;
    /// What is printed on the seat ("7", "12a").
    QString number;
    QPointF position;
    QString category;
    bool wheelchairSpace = false;
    /// The guid of the wheelchair space this seat is the companion seat of, if it is one.
    QString companionOf;
    /// Kept back for the counter by default in every new show of the hall.
    bool houseSeat = false;

    /// `count` new random (version 4) UUIDs for seat guids. One system seed serves them all, as
    /// a QUuid::createUuid() each would cost most of the time of generating a large hall.
    static QStringList newGuids(qsizetype count);

    /// The seat's id in the API ("C7", and "12-7" where row and number would run together).
    QString label() const;

    /// Positions compare exactly (QPointF's own == is fuzzy): a file round trip must be lossless.
    friend bool operator==(const HallPlanSeat &a, const HallPlanSeat &b);
};

/// Where a seat sits in the grid the database and the seat map use (see HallPlan::gridCells).
struct GridCell
{
    int row = 0;
    int column = 0;

    friend bool operator==(const GridCell &, const GridCell &) = default;
};

/// A hall's seat plan: what the designer edits, the generator creates and plan files carry.
struct HallPlan
{
    QString name;
    QList<HallCategory> categories;
    QList<HallPlanSeat> seats;
    /// The hall's focal point; unset means the centre of the front row (see stagePosition).
    std::optional<QPointF> stage;
    /// The drawing's extent from (0, 0); unset means "as far as the seats reach".
    std::optional<QSizeF> size;

    /// The stage, or the centre of the front row (the row of the first seat) when none is set.
    QPointF stagePosition() const;
    const HallCategory *category(const QString &key) const;
    /// The grid cell of every seat, in the order of `seats`: the row is the seat's row in order
    /// of first appearance, the column its x rounded, counted from the leftmost seat. Seats of one
    /// row that round to the same cell move on to the next free column, so every cell is unique.
    QList<GridCell> gridCells() const;

    friend bool operator==(const HallPlan &a, const HallPlan &b);
};

} // namespace boxoffice
