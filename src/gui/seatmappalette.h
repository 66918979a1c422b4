#pragma once

#include <QColor>
#include <QHash>
#include <QPainterPath>
#include <QString>
#include <QStringList>

class QFont;
class QPainter;

namespace boxoffice {

/// How a seat reads on the map. Each look differs by more than colour (fill pattern, outline,
/// symbol), so it survives colour blindness and black-and-white print.
enum class SeatLook { Available, Selected, HeldHere, HeldElsewhere, Booked, Blocked };

enum class SeatShape { RoundedSquare, Circle, Hexagon, Diamond, Shield };

struct SeatAppearance
{
    SeatLook look = SeatLook::Available;
    /// Index of the category's style (colour and shape), see SeatMapPalette::assignStyles().
    int style = 0;
    bool houseSeat = false;
    bool accessible = false;
};

/// One seat category of a show as the map draws it, for legends.
struct SeatMapCategory
{
    QString category;
    int style = 0;
    qint64 adultPriceCents = 0;
};

/// The seat map's visual vocabulary, shared by the map and its legend: every category gets a
/// colour AND a shape (colours from the Okabe–Ito set, which stays distinct for the common kinds
/// of colour blindness), every state a fill, outline or symbol of its own.
class SeatMapPalette final
{
public:
    SeatMapPalette() = delete;

    /// Known categories keep their style in every hall; others take the next free ones in the
    /// given order (cheapest first reads best).
    static QHash<QString, int> assignStyles(const QStringList &categories);
    static QColor categoryColor(int style);
    static SeatShape categoryShape(int style);

    static QPainterPath seatPath(SeatShape shape, const QRectF &rect);
    /// Draws one seat into `rect` (the seat itself, without the gap around it). `number` is drawn
    /// when it fits and the look shows numbers; `numberFont` should already have its pixel size.
    static void drawSeat(QPainter &painter, const QRectF &rect, const SeatAppearance &seat, const QString &number,
                         const QFont &numberFont);
    /// Whether drawSeat() shows a seat number for this appearance (symbols replace it otherwise).
    static bool showsNumber(const SeatAppearance &seat);
    /// Width of the outline a hover or rubber-band preview draws around a seat of `rect`'s size.
    static qreal ringWidth(const QRectF &rect);
};

} // namespace boxoffice
