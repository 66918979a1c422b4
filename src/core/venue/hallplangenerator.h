#pragma once

#include "hallplan.h"

#include <QStringList>

namespace boxoffice {

/// How seats of a row are numbered, as seen from the hall with the stage at the top.
enum class SeatNumbering {
    LeftToRight,
    RightToLeft,
    /// Odd numbers left of the centre, even numbers right, both rising outwards from the
    /// centre (9 7 5 3 1 2 4 6 8), as many theatres number their rows.
    OddEvenFromCentre,
};

enum class RowLabelling {
    /// A, B, … Z, AA, AB, … without the skipped letters.
    Letters,
    /// 1, 2, 3, …
    Numbers,
};

/// What HallPlanGenerator lays out: rows of seats facing a stage at the top (row 0 is the front).
struct HallPlanGeneratorOptions
{
    QString hallName;
    int rows = 10;
    int seatsPerRow = 20;
    /// Seats of row i when `seatsInRow[i]` is given and positive, else `seatsPerRow`.
    QList<int> seatsInRow;
    RowLabelling rowLabelling = RowLabelling::Letters;
    /// Letters no row label contains (I and O read as 1 and 0).
    QString skippedLetters = QStringLiteral("IO");
    SeatNumbering numbering = SeatNumbering::LeftToRight;
    /// An aisle runs after the n-th seat of a row counted from the left (the seat numbered n
    /// when numbering left to right).
    QList<int> aislesAfter;
    /// Width of an aisle in plan units (seat widths).
    double aisleWidth = 1.0;
    /// Every other row (the second, fourth, …) shifted right by half a seat, so that people look
    /// between the heads in front of them.
    bool staggered = false;
    /// How far a row's end seats come towards the stage, in rows: seats follow a parabola, 0 at
    /// the row's centre and `curve` at its ends. 0 keeps rows straight.
    double curve = 0.0;
    /// The hall's categories; every generated seat gets the first one.
    QList<HallCategory> categories = {{QStringLiteral("standard"), QStringLiteral("Standard"), QStringLiteral("#4a7fb5")}};
};

/// Lays out a new hall from a few numbers, the designer's starting point. Linear in the number
/// of seats (5,000 seats take a few milliseconds).
class HallPlanGenerator
{
public:
    explicit HallPlanGenerator(HallPlanGeneratorOptions options);

    HallPlan generate() const;

    /// The first `count` row labels of a labelling, skipping `skippedLetters` (case-insensitive).
    static QStringList rowLabels(int count, RowLabelling labelling, const QString &skippedLetters);
    /// The seat numbers of a row of `seats` seats from left to right.
    static QList<int> seatNumbers(int seats, SeatNumbering numbering);

private:
    HallPlanGeneratorOptions m_options;
};

} // namespace boxoffice
