#include "halldesignercanvas.h"
#include "hallplaneditor.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

constexpr double minimumScale = 1.0;
constexpr double maximumScale = 160.0;
constexpr double zoomStep = 1.25;
/// A seat's drawn size in plan units; the rest of the unit is the gap between neighbours.
constexpr double seatSize = 0.84;
/// Drags move by whole steps, so that dragged rows stay aligned with their neighbours.
constexpr double dragGrid = 0.25;
/// How far Shift+arrow moves the selection.
constexpr double keyStep = 0.5;
/// Below this many pixels a seat is a plain rectangle without a number.
constexpr double detailScale = 7.0;
constexpr double numberScale = 18.0;

double snapped(double value)
{
    return std::round(value / dragGrid) * dragGrid;
}

QColor readableOn(const QColor &fill)
{
    return fill.lightnessF() > 0.6 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

} // namespace

HallDesignerCanvas::HallDesignerCanvas(HallPlanEditor *editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Hall plan"));
    connect(m_editor, &HallPlanEditor::planChanged, this, &HallDesignerCanvas::planChanged);
    connect(m_editor, &HallPlanEditor::selectionChanged, this, qOverload<>(&QWidget::update));
    planChanged();
}

QSize HallDesignerCanvas::sizeHint() const
{
    return {900, 640};
}

QPointF HallDesignerCanvas::toWidget(QPointF planPoint) const
{
    return (planPoint - m_origin) * m_scale;
}

QPointF HallDesignerCanvas::toPlan(QPointF widgetPoint) const
{
    return widgetPoint / m_scale + m_origin;
}

QPoint HallDesignerCanvas::seatCentre(const QString &guid) const
{
    const qsizetype index = m_editor->indexOf(guid);
    if (index < 0)
        return {};
    return toWidget(m_editor->plan().seats.at(index).position).toPoint();
}

void HallDesignerCanvas::setPlacingStage(bool placing)
{
    m_placingStage = placing;
    setCursor(placing ? Qt::CrossCursor : Qt::ArrowCursor);
}

QRectF HallDesignerCanvas::seatRect(QPointF planPoint) const
{
    const double side = seatSize * m_scale;
    const QPointF centre = toWidget(planPoint);
    return {centre.x() - side / 2, centre.y() - side / 2, side, side};
}

void HallDesignerCanvas::planChanged()
{
    const QList<HallPlanSeat> &seats = m_editor->plan().seats;
    m_index.rebuild(seats);
    m_rowLabelPositions.clear();
    for (const HallPlanSeat &seat : seats) {
        const auto known = m_rowLabelPositions.find(seat.rowLabel);
        if (known == m_rowLabelPositions.end())
            m_rowLabelPositions.insert(seat.rowLabel, seat.position);
        else if (seat.position.x() < known->x())
            *known = seat.position;
    }
    update();
}

void HallDesignerCanvas::zoomToFit()
{
    QRectF area = m_index.bounds();
    const QPointF stage = m_editor->plan().stagePosition();
    area = area.isNull() && m_editor->plan().seats.isEmpty() ? QRectF(stage, QSizeF(1, 1))
                                                             : area.united(QRectF(stage, QSizeF(0.01, 0.01)));
    area.adjust(-2.0, -2.5, 2.0, 1.5);
    m_scale = std::clamp(std::min(width() / area.width(), height() / area.height()), minimumScale, maximumScale);
    m_origin = area.center() - QPointF(width(), height()) / (2 * m_scale);
    m_fitted = true;
    update();
}

void HallDesignerCanvas::zoomIn()
{
    zoomAround(rect().center(), zoomStep);
}

void HallDesignerCanvas::zoomOut()
{
    zoomAround(rect().center(), 1 / zoomStep);
}

void HallDesignerCanvas::zoomAround(QPointF widgetPoint, double factor)
{
    const QPointF fixed = toPlan(widgetPoint);
    m_scale = std::clamp(m_scale * factor, minimumScale, maximumScale);
    m_origin = fixed - widgetPoint / m_scale;
    m_fitted = false;
    update();
}

void HallDesignerCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitted)
        zoomToFit();
}

void HallDesignerCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().base());
    painter.setRenderHint(QPainter::Antialiasing, m_scale >= detailScale);
    drawStage(painter);

    const HallPlan &plan = m_editor->plan();
    QHash<QString, QColor> colours;
    for (const HallCategory &category : plan.categories)
        colours.insert(category.key, QColor::fromString(category.colour));
    const QRectF planArea = QRectF(toPlan(event->rect().topLeft()), toPlan(event->rect().bottomRight() + QPoint(1, 1)))
                                .adjusted(-1.0, -1.0, 1.0, 1.0);
    const QList<qsizetype> visible = m_index.seatsIn(planArea);
    const bool detailed = m_scale >= detailScale;
    const QColor selectionColour = palette().color(QPalette::Highlight);
    QFont numberFont = font();
    numberFont.setPixelSize(std::max(1, int(m_scale * 0.38)));
    painter.setFont(numberFont);

    // Lines from companion seats to their space first, so that seats cover their ends.
    if (detailed) {
        painter.setPen(QPen(palette().color(QPalette::Mid), std::max(1.0, m_scale / 14), Qt::DashLine));
        for (const qsizetype index : visible) {
            const HallPlanSeat &seat = plan.seats.at(index);
            if (const qsizetype space = m_editor->indexOf(seat.companionOf); space >= 0)
                painter.drawLine(toWidget(seat.position), toWidget(plan.seats.at(space).position));
        }
    }
    for (const qsizetype index : visible) {
        const HallPlanSeat &seat = plan.seats.at(index);
        const QRectF box = seatRect(seat.position);
        const auto colour = colours.constFind(seat.category);
        const bool known = colour != colours.cend();
        const QBrush fill = known ? QBrush(*colour) : QBrush(Qt::darkGray, Qt::BDiagPattern);
        if (!detailed) {
            painter.fillRect(box, fill);
            if (seat.houseSeat)
                painter.fillRect(QRectF(box.topLeft(), QSizeF(box.width(), box.height() / 4)), palette().color(QPalette::Text));
            if (m_editor->isSelected(seat.guid))
                painter.fillRect(box.adjusted(box.width() / 4, box.height() / 4, -box.width() / 4, -box.height() / 4),
                                 selectionColour);
            continue;
        }
        const SeatSprite look{known ? colour->rgb() : QRgb(0), known, m_editor->isSelected(seat.guid),
                              seat.wheelchairSpace, !seat.companionOf.isEmpty(), seat.houseSeat};
        const QPixmap &sprite = seatSprite(look);
        painter.drawPixmap(box.center() - QPointF(sprite.width(), sprite.height()) / (2 * sprite.devicePixelRatio()),
                           sprite);
        const QColor ink = known ? readableOn(*colour) : QColor(Qt::black);
        if (m_scale >= numberScale && !seat.wheelchairSpace) {
            painter.setPen(ink);
            const QStaticText &number = numberText(seat.number, numberFont);
            painter.drawStaticText(box.center() - QPointF(number.size().width(), number.size().height()) / 2, number);
        }
        if (seat.guid == m_editor->focusSeat() && hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::Text), 1.5, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box.adjusted(-3, -3, 3, 3));
        }
    }
    drawRowLabels(painter, planArea);

    if (m_gesture == Gesture::RubberBand) {
        QColor band = selectionColour;
        band.setAlpha(50);
        painter.setPen(QPen(selectionColour, 1.0));
        painter.setBrush(band);
        painter.drawRect(bandRect());
    }
}

const QPixmap &HallDesignerCanvas::seatSprite(const SeatSprite &look) const
{
    if (m_spritesScale != m_scale) {
        m_sprites.clear();
        m_spritesScale = m_scale;
    }
    const quint32 key = (look.colour & 0xffffff) | (look.knownCategory << 24) | (look.selected << 25)
                        | (look.wheelchairSpace << 26) | (look.companion << 27) | (look.houseSeat << 28);
    auto sprite = m_sprites.find(key);
    if (sprite != m_sprites.end())
        return *sprite;

    const double side = seatSize * m_scale;
    const double ring = std::max(2.0, m_scale / 9);
    const double extent = side + 2 * ring + 2;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(int(std::ceil(extent * ratio)), int(std::ceil(extent * ratio))));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box((pixmap.width() / ratio - side) / 2, (pixmap.height() / ratio - side) / 2, side, side);
    const QColor fillColour = QColor::fromRgb(look.colour);
    if (look.selected) {
        // A ring outside the seat in the highlight colour and a dark outline: readable on every
        // category colour, a highlight-like blue included.
        painter.setPen(QPen(palette().color(QPalette::Highlight), ring));
        painter.drawRoundedRect(box.adjusted(-ring / 2, -ring / 2, ring / 2, ring / 2), side / 4, side / 4);
    }
    painter.setPen(look.selected ? QPen(palette().color(QPalette::Text), 2.0)
                                 : QPen(palette().color(QPalette::Shadow), 1.0));
    painter.setBrush(look.knownCategory ? QBrush(fillColour) : QBrush(Qt::darkGray, Qt::BDiagPattern));
    if (look.wheelchairSpace)
        painter.drawEllipse(box);
    else
        painter.drawRoundedRect(box, side / 5, side / 5);
    const QColor ink = look.knownCategory ? readableOn(fillColour) : QColor(Qt::black);
    if (look.wheelchairSpace) {
        painter.setPen(QPen(ink, std::max(1.0, m_scale / 16)));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(box.center(), side / 4, side / 4);
    } else if (look.companion) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        const double dot = side / 7;
        painter.drawEllipse(QPointF(box.right() - 2 * dot, box.top() + 2 * dot), dot, dot);
    }
    if (look.houseSeat) {
        // An "H" in the top left corner, clear of the number in the middle and the companion's dot.
        QFont mark = font();
        mark.setBold(true);
        mark.setPixelSize(std::max(6, int(side * 0.32)));
        painter.setFont(mark);
        painter.setPen(ink);
        painter.drawText(QRectF(box.left() + side / 12, box.top(), side / 2, side / 2), Qt::AlignLeft | Qt::AlignTop,
                         u"H"_s);
    }
    painter.end();
    return *m_sprites.insert(key, pixmap);
}

const QStaticText &HallDesignerCanvas::numberText(const QString &number, const QFont &font) const
{
    if (m_numberTextsPixelSize != font.pixelSize()) {
        m_numberTexts.clear();
        m_numberTextsPixelSize = font.pixelSize();
    }
    auto text = m_numberTexts.find(number);
    if (text == m_numberTexts.end()) {
        text = m_numberTexts.insert(number, QStaticText(number));
        text->setTextFormat(Qt::PlainText);
        text->prepare({}, font);
    }
    return *text;
}

void HallDesignerCanvas::drawStage(QPainter &painter) const
{
    const HallPlan &plan = m_editor->plan();
    const QPointF centre = toWidget(plan.stagePosition());
    const double half = std::max(6.0, m_scale * 0.45);
    QPainterPath diamond;
    diamond.moveTo(centre + QPointF(0, -half));
    diamond.lineTo(centre + QPointF(half, 0));
    diamond.lineTo(centre + QPointF(0, half));
    diamond.lineTo(centre + QPointF(-half, 0));
    diamond.closeSubpath();
    painter.setPen(QPen(palette().color(QPalette::Text), 1.5, plan.stage ? Qt::SolidLine : Qt::DashLine));
    painter.setBrush(plan.stage ? palette().color(QPalette::Text) : QColor(Qt::transparent));
    painter.drawPath(diamond);
    painter.drawText(QRectF(centre.x() - 100, centre.y() - half - 22, 200, 20), Qt::AlignHCenter | Qt::AlignBottom,
                     tr("Stage"));
}

void HallDesignerCanvas::drawRowLabels(QPainter &painter, const QRectF &planArea) const
{
    if (m_scale < detailScale)
        return;
    painter.setPen(palette().color(QPalette::Text));
    for (auto row = m_rowLabelPositions.cbegin(); row != m_rowLabelPositions.cend(); ++row) {
        const QPointF at = *row - QPointF(1.0, 0.0);
        if (!planArea.contains(at))
            continue;
        const QPointF centre = toWidget(at);
        painter.drawText(QRectF(centre.x() - m_scale, centre.y() - m_scale / 2, 2 * m_scale * 0.8, m_scale),
                         Qt::AlignCenter, row.key());
    }
}

QRect HallDesignerCanvas::bandRect() const
{
    return QRect(m_pressPosition, m_lastPosition).normalized();
}

void HallDesignerCanvas::report(const QString &refusal)
{
    if (!refusal.isEmpty())
        emit message(refusal);
}

void HallDesignerCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = m_lastPosition = event->position().toPoint();
    if (event->button() == Qt::MiddleButton) {
        m_gesture = Gesture::Panning;
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (m_placingStage) {
        m_editor->setStage(toPlan(event->position()));
        setPlacingStage(false);
        emit stagePlaced();
        return;
    }
    const qsizetype hit = m_index.seatAt(toPlan(event->position()), seatSize / 2);
    const bool toggling = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (hit < 0) {
        m_selectionBeforeBand = toggling ? m_editor->selection() : QSet<QString>{};
        if (!toggling)
            m_editor->setSelection({});
        m_gesture = Gesture::RubberBand;
        return;
    }
    const QString guid = m_editor->plan().seats.at(hit).guid;
    m_editor->setFocusSeat(guid);
    if (toggling) {
        QSet<QString> selection = m_editor->selection();
        if (!selection.remove(guid))
            selection.insert(guid);
        m_editor->setSelection(selection);
        m_gesture = Gesture::None;
        return;
    }
    if (!m_editor->isSelected(guid))
        m_editor->setSelection({guid});
    m_pressedSeat = guid;
    m_gesture = Gesture::Pressed;
}

void HallDesignerCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    switch (m_gesture) {
    case Gesture::None:
        break;
    case Gesture::Panning:
        m_origin -= QPointF(position - m_lastPosition) / m_scale;
        m_fitted = false;
        update();
        break;
    case Gesture::RubberBand:
        update(bandRect().united(QRect(m_pressPosition, position).normalized()).adjusted(-2, -2, 2, 2));
        break;
    case Gesture::Pressed:
        if ((position - m_pressPosition).manhattanLength() < QApplication::startDragDistance())
            break;
        m_gesture = Gesture::Dragging;
        m_dragApplied = {};
        ++m_dragKey;
        [[fallthrough]];
    case Gesture::Dragging: {
        const QPointF total = (QPointF(position) - QPointF(m_pressPosition)) / m_scale;
        const QPointF step = QPointF(snapped(total.x()), snapped(total.y())) - m_dragApplied;
        if (!step.isNull()) {
            m_editor->moveSelection(step, m_dragKey);
            m_dragApplied += step;
        }
        break;
    }
    }
    m_lastPosition = position;
}

void HallDesignerCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    m_lastPosition = event->position().toPoint();
    if (m_gesture == Gesture::RubberBand) {
        const QRect band = bandRect();
        QSet<QString> selection = m_selectionBeforeBand;
        for (const qsizetype index : m_index.seatsIn(QRectF(toPlan(band.topLeft()), toPlan(band.bottomRight()))))
            selection.insert(m_editor->plan().seats.at(index).guid);
        m_gesture = Gesture::None;
        m_editor->setSelection(selection);
        update(band.adjusted(-2, -2, 2, 2));
        return;
    }
    // A press on a seat of a larger selection keeps it for a drag; a plain click selects the seat alone.
    if (m_gesture == Gesture::Pressed)
        m_editor->setSelection({m_pressedSeat});
    m_gesture = Gesture::None;
}

void HallDesignerCanvas::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAround(event->position(), std::pow(zoomStep, angle.y() / 120.0));
    } else {
        const QPoint pixels = event->pixelDelta().isNull() ? angle / 2 : event->pixelDelta();
        m_origin -= QPointF(event->modifiers() & Qt::ShiftModifier ? QPoint(pixels.y(), pixels.x()) : pixels) / m_scale;
        m_fitted = false;
        update();
    }
    event->accept();
}

void HallDesignerCanvas::moveFocus(QPointF direction, bool select)
{
    const QList<HallPlanSeat> &seats = m_editor->plan().seats;
    if (seats.isEmpty())
        return;
    const qsizetype current = m_editor->indexOf(m_editor->focusSeat());
    qsizetype best = current < 0 ? 0 : -1;
    if (current >= 0) {
        // Nearest seat ahead in the direction, sideways distance counting double: one linear pass.
        const QPointF from = seats.at(current).position;
        double bestScore = 0;
        for (qsizetype i = 0; i < seats.size(); ++i) {
            const QPointF d = seats.at(i).position - from;
            const double ahead = d.x() * direction.x() + d.y() * direction.y();
            if (ahead < 0.1)
                continue;
            const double sideways = std::abs(d.x() * direction.y() - d.y() * direction.x());
            const double score = ahead + 2 * sideways;
            if (best < 0 || score < bestScore) {
                best = i;
                bestScore = score;
            }
        }
    }
    if (best < 0)
        return;
    const QString guid = seats.at(best).guid;
    m_editor->setFocusSeat(guid);
    if (select)
        m_editor->setSelection({guid});
    ensureVisible(guid);
}

void HallDesignerCanvas::ensureVisible(const QString &guid)
{
    const QPoint centre = seatCentre(guid);
    if (rect().adjusted(int(m_scale), int(m_scale), -int(m_scale), -int(m_scale)).contains(centre))
        return;
    m_origin = toPlan(centre) - QPointF(width(), height()) / (2 * m_scale);
    m_fitted = false;
    update();
}

void HallDesignerCanvas::keyPressEvent(QKeyEvent *event)
{
    QPointF direction;
    switch (event->key()) {
    case Qt::Key_Left: direction = {-1, 0}; break;
    case Qt::Key_Right: direction = {1, 0}; break;
    case Qt::Key_Up: direction = {0, -1}; break;
    case Qt::Key_Down: direction = {0, 1}; break;
    default: break;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (!direction.isNull()) {
        if (modifiers & Qt::ShiftModifier)
            report(m_editor->moveSelection(direction * keyStep));
        else
            moveFocus(direction, !(modifiers & Qt::ControlModifier));
        return;
    }
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        zoomToFit();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        report(m_editor->deleteSelection());
        return;
    case Qt::Key_Space:
        if (const QString focus = m_editor->focusSeat(); !focus.isEmpty()) {
            QSet<QString> selection = m_editor->selection();
            if (!selection.remove(focus))
                selection.insert(focus);
            m_editor->setSelection(selection);
        }
        return;
    case Qt::Key_Escape:
        if (m_placingStage)
            setPlacingStage(false);
        else
            m_editor->setSelection({});
        return;
    case Qt::Key_A:
        if (modifiers == Qt::ControlModifier) {
            m_editor->selectAll();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace boxoffice
