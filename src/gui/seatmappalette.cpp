#include "seatmappalette.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

struct CategoryStyle
{
    QRgb color;
    SeatShape shape;
};

// Okabe–Ito colours; the shape carries the category on its own for readers who cannot tell them apart.
constexpr std::array<CategoryStyle, 7> categoryStyles = {{
        {0xff0072b2, SeatShape::RoundedSquare}, // blue
        {0xffe69f00, SeatShape::Circle},        // orange
        {0xff009e73, SeatShape::Hexagon},       // bluish green
        {0xffcc79a7, SeatShape::Diamond},       // reddish purple
        {0xff56b4e9, SeatShape::Shield},        // sky blue
        {0xffd55e00, SeatShape::Circle},        // vermillion
        {0xff8c8c3a, SeatShape::Hexagon},       // olive
}};

constexpr QRgb selectedFill = 0xff1f2328;
constexpr QRgb unavailableFill = 0xffb4bac2;
constexpr QRgb unavailableInk = 0xff6b7280;
constexpr QRgb hatchBase = 0xffeceef1;
constexpr QRgb houseBadge = 0xfff0c419;
constexpr QRgb houseBadgeInk = 0xff4d3b00;

QColor mixed(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

QColor inkOn(const QColor &fill)
{
    // Relative luminance decides between dark and white ink (WCAG contrast reasoning).
    const qreal luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.45 ? QColor(0x1f, 0x23, 0x28) : QColor(Qt::white);
}

QPainterPath polygonPath(const QRectF &rect, const QList<QPointF> &unitPoints)
{
    QPolygonF polygon;
    for (const QPointF &point : unitPoints)
        polygon << QPointF(rect.left() + point.x() * rect.width(), rect.top() + point.y() * rect.height());
    QPainterPath path;
    path.addPolygon(polygon);
    path.closeSubpath();
    return path;
}

void strokeSymbol(QPainter &painter, const QPainterPath &path, const QColor &color, qreal width)
{
    QPen pen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

QPainterPath checkMark(const QRectF &box)
{
    QPainterPath path;
    path.moveTo(box.left() + 0.2 * box.width(), box.top() + 0.52 * box.height());
    path.lineTo(box.left() + 0.42 * box.width(), box.top() + 0.74 * box.height());
    path.lineTo(box.left() + 0.8 * box.width(), box.top() + 0.28 * box.height());
    return path;
}

QPainterPath crossMark(const QRectF &box)
{
    const QRectF inner = box.adjusted(box.width() * 0.28, box.height() * 0.28, -box.width() * 0.28, -box.height() * 0.28);
    QPainterPath path;
    path.moveTo(inner.topLeft());
    path.lineTo(inner.bottomRight());
    path.moveTo(inner.topRight());
    path.lineTo(inner.bottomLeft());
    return path;
}

// The international symbol of access, reduced to what stays legible at a dozen pixels.
void drawWheelchair(QPainter &painter, const QRectF &box, const QColor &color)
{
    const qreal s = qMin(box.width(), box.height()) * 0.78;
    const QRectF r(box.center().x() - s / 2, box.center().y() - s / 2, s, s);
    auto at = [&r](qreal x, qreal y) { return QPointF(r.left() + x * r.width(), r.top() + y * r.height()); };
    const qreal line = qMax<qreal>(1.0, s * 0.1);

    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(at(0.46, 0.12), s * 0.095, s * 0.095);

    QPainterPath body;
    body.moveTo(at(0.44, 0.28));
    body.lineTo(at(0.44, 0.58));
    body.lineTo(at(0.72, 0.58));
    body.lineTo(at(0.82, 0.86));
    body.moveTo(at(0.44, 0.40));
    body.lineTo(at(0.66, 0.40));
    QPainterPath wheel;
    const QRectF wheelBox(at(0.14, 0.50), QSizeF(s * 0.5, s * 0.5));
    wheel.arcMoveTo(wheelBox, 80);
    wheel.arcTo(wheelBox, 80, 280);
    strokeSymbol(painter, body, color, line);
    strokeSymbol(painter, wheel, color, line);
}

void drawHouseBadge(QPainter &painter, const QRectF &rect)
{
    // A folded corner: reads as "kept back" and needs no colour to be seen.
    const qreal side = qMax<qreal>(4.0, rect.width() * 0.42);
    QPolygonF corner;
    corner << QPointF(rect.right() - side, rect.top()) << rect.topRight() << QPointF(rect.right(), rect.top() + side);
    painter.setPen(QPen(QColor(houseBadgeInk), qMax<qreal>(0.8, rect.width() * 0.05)));
    painter.setBrush(QColor(houseBadge));
    painter.drawPolygon(corner);
}

} // namespace

QHash<QString, int> SeatMapPalette::assignStyles(const QStringList &categories)
{
    static const QStringList known = {u"standard"_s, u"premium"_s, u"box"_s};
    QHash<QString, int> styles;
    QList<bool> used(qsizetype(categoryStyles.size()), false);
    for (const QString &category : categories) {
        const int index = int(known.indexOf(category));
        if (index >= 0) {
            styles.insert(category, index);
            used[index] = true;
        }
    }
    int next = 0;
    for (const QString &category : categories) {
        if (styles.contains(category))
            continue;
        while (next < used.size() && used[next])
            ++next;
        // Past the palette's end styles repeat; a hall with eight categories is not one a cashier reads.
        styles.insert(category, next < used.size() ? next : next % int(used.size()));
        if (next < used.size())
            used[next] = true;
        ++next;
    }
    return styles;
}

QColor SeatMapPalette::categoryColor(int style)
{
    return QColor::fromRgba(categoryStyles[size_t(style) % categoryStyles.size()].color);
}

SeatShape SeatMapPalette::categoryShape(int style)
{
    return categoryStyles[size_t(style) % categoryStyles.size()].shape;
}

QPainterPath SeatMapPalette::seatPath(SeatShape shape, const QRectF &rect)
{
    QPainterPath path;
    switch (shape) {
    case SeatShape::RoundedSquare: {
        const qreal radius = rect.width() * 0.22;
        path.addRoundedRect(rect, radius, radius);
        break;
    }
    case SeatShape::Circle:
        path.addEllipse(rect);
        break;
    case SeatShape::Hexagon:
        path = polygonPath(rect, {{0.25, 0.03}, {0.75, 0.03}, {1.0, 0.5}, {0.75, 0.97}, {0.25, 0.97}, {0.0, 0.5}});
        break;
    case SeatShape::Diamond:
        path = polygonPath(rect, {{0.5, 0.0}, {1.0, 0.5}, {0.5, 1.0}, {0.0, 0.5}});
        break;
    case SeatShape::Shield: {
        const qreal w = rect.width();
        const qreal h = rect.height();
        path.moveTo(rect.left(), rect.top());
        path.lineTo(rect.right(), rect.top());
        path.lineTo(rect.right(), rect.top() + h * 0.5);
        path.quadTo(rect.right(), rect.bottom(), rect.left() + w / 2, rect.bottom());
        path.quadTo(rect.left(), rect.bottom(), rect.left(), rect.top() + h * 0.5);
        path.closeSubpath();
        break;
    }
    }
    return path;
}

bool SeatMapPalette::showsNumber(const SeatAppearance &seat)
{
    return !seat.accessible && (seat.look == SeatLook::Available || seat.look == SeatLook::HeldHere);
}

qreal SeatMapPalette::ringWidth(const QRectF &rect)
{
    return qMax<qreal>(1.5, rect.width() * 0.1);
}

void SeatMapPalette::drawSeat(QPainter &painter, const QRectF &rect, const SeatAppearance &seat, const QString &number,
                              const QFont &numberFont)
{
    const QColor category = categoryColor(seat.style);
    const QPainterPath path = seatPath(categoryShape(seat.style), rect);
    const qreal hairline = qMax<qreal>(1.0, rect.width() * 0.06);
    // The symbol area: the shapes narrow towards their edges, so keep symbols to the middle.
    const QRectF symbolBox = rect.adjusted(rect.width() * 0.12, rect.height() * 0.12, -rect.width() * 0.12,
                                           -rect.height() * 0.12);

    QColor ink;
    switch (seat.look) {
    case SeatLook::Available:
        painter.setPen(QPen(category.darker(135), hairline));
        painter.setBrush(category);
        painter.drawPath(path);
        ink = inkOn(category);
        break;
    case SeatLook::Selected: {
        // Dark fill, the category kept as a ring, and a check mark: unmistakable at any size.
        const qreal ring = ringWidth(rect);
        painter.setPen(Qt::NoPen);
        painter.setBrush(category);
        painter.drawPath(path);
        const QRectF inner = rect.adjusted(ring, ring, -ring, -ring);
        painter.setBrush(QColor(selectedFill));
        painter.drawPath(seatPath(categoryShape(seat.style), inner));
        strokeSymbol(painter, checkMark(symbolBox), Qt::white, qMax<qreal>(1.4, rect.width() * 0.13));
        break;
    }
    case SeatLook::HeldHere: {
        // A pale tint with a dashed outline: "ours, pending", distinct from the solid available seat.
        const QColor tint = mixed(category, Qt::white, 0.62);
        QPen pen(QColor(selectedFill), qMax<qreal>(1.2, rect.width() * 0.08), Qt::DashLine);
        pen.setDashPattern({2.0, 1.5});
        painter.setPen(pen);
        painter.setBrush(tint);
        painter.drawPath(path);
        ink = QColor(selectedFill);
        break;
    }
    case SeatLook::HeldElsewhere: {
        painter.setPen(QPen(QColor(unavailableInk), hairline));
        painter.setBrush(QColor(hatchBase));
        painter.drawPath(path);
        QBrush hatch(QColor(unavailableInk), Qt::BDiagPattern);
        painter.setPen(Qt::NoPen);
        painter.setBrush(hatch);
        painter.drawPath(path);
        ink = QColor(unavailableInk);
        break;
    }
    case SeatLook::Booked:
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(unavailableFill));
        painter.drawPath(path);
        ink = QColor(unavailableFill).darker(150);
        break;
    case SeatLook::Blocked:
        painter.setPen(QPen(QColor(unavailableInk), hairline));
        painter.setBrush(Qt::white);
        painter.drawPath(path);
        strokeSymbol(painter, crossMark(rect), QColor(unavailableInk), qMax<qreal>(1.0, rect.width() * 0.09));
        break;
    }

    if (seat.accessible && seat.look != SeatLook::Selected && seat.look != SeatLook::Blocked) {
        drawWheelchair(painter, symbolBox, ink);
    } else if (showsNumber(seat) && !number.isEmpty()) {
        const QFontMetricsF metrics(numberFont);
        if (metrics.horizontalAdvance(number) <= rect.width() * 0.92 && metrics.height() <= rect.height()) {
            painter.setFont(numberFont);
            painter.setPen(ink);
            painter.drawText(rect, Qt::AlignCenter, number);
        }
    }
    if (seat.houseSeat)
        drawHouseBadge(painter, rect);
}

} // namespace boxoffice
