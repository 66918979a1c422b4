#include "seatmapwidget.h"

#include "displaynames.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

// The layout in grid cells, so everything scales with the zoom.
constexpr qreal labelCells = 1.5;  // row labels, each side
constexpr qreal stageCells = 2.6;  // stage band and the gap below it
constexpr qreal paddingCells = 0.5;
constexpr qreal seatInset = 0.09;  // gap around a seat within its cell, per side

constexpr qreal minimumPitch = 6;
constexpr qreal maximumPitch = 96;
// A small hall fitted into a big window would get seats the size of buttons.
constexpr qreal maximumFitPitch = 44;
constexpr qreal zoomStep = 1.25;
// Below this the numbers would be unreadable; the tooltip still tells.
constexpr qreal numbersFromPitch = 17;
// Room around a seat's sprite for its outline, which straddles the seat's edge.
constexpr int spriteMargin = 2;

/// The locale's short time without seconds (the C locale's short format has them).
QString shortTime(QTime time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(u"[:.]ss?"_s));
    return locale.toString(time, format);
}

} // namespace

SeatMapWidget::SeatMapWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Seat map"));
    setWhatsThis(tr("Click a seat to select it or to release it, drag across seats to select them all "
                    "(with Ctrl to release them). Arrow keys move, Space selects, Enter confirms. "
                    "Ctrl and the mouse wheel, or Ctrl with + and -, zoom."));
}

SeatMapWidget::~SeatMapWidget() = default;

void SeatMapWidget::setSnapshot(const ShowSnapshot &snapshot, const QString &ownOwner)
{
    const bool sameShow = snapshot.show.id == m_showId;
    const QStringList previous = selectedSeats();
    const QString hoverLabel = m_hover >= 0 ? m_seats.at(m_hover).seat.label : QString();
    const QString cursorLabel = m_cursor >= 0 ? m_seats.at(m_cursor).seat.label : QString();
    const QString pressLabel = m_pressIndex >= 0 ? m_seats.at(m_pressIndex).seat.label : QString();
    const QList<SeatMapCategory> previousCategories = m_categories;

    m_showId = snapshot.show.id;
    m_showTitle = snapshot.show.title;
    m_ownOwner = ownOwner;
    m_seats = snapshot.seats;
    std::stable_sort(m_seats.begin(), m_seats.end(), [](const SeatState &a, const SeatState &b) {
        return a.seat.gridRow != b.seat.gridRow ? a.seat.gridRow < b.seat.gridRow : a.seat.gridColumn < b.seat.gridColumn;
    });
    // Trust the seats over the hall's declared size, so no seat is ever outside the grid.
    m_gridRows = qMax(snapshot.gridRows, 0);
    m_gridColumns = qMax(snapshot.gridColumns, 0);
    for (const SeatState &state : std::as_const(m_seats)) {
        m_gridRows = qMax(m_gridRows, state.seat.gridRow + 1);
        m_gridColumns = qMax(m_gridColumns, state.seat.gridColumn + 1);
    }
    m_grid = QList<int>(qsizetype(m_gridRows) * m_gridColumns, -1);
    m_rowLabels = QStringList(m_gridRows);
    m_indexByLabel.clear();
    m_indexByLabel.reserve(m_seats.size());
    QHash<QString, qint64> cheapest;
    for (int i = 0; i < m_seats.size(); ++i) {
        const Seat &seat = m_seats.at(i).seat;
        if (seat.gridRow < 0 || seat.gridColumn < 0)
            continue;
        m_grid[qsizetype(seat.gridRow) * m_gridColumns + seat.gridColumn] = i;
        m_indexByLabel.insert(seat.label, i);
        if (m_rowLabels.at(seat.gridRow).isEmpty())
            m_rowLabels[seat.gridRow] = seat.rowLabel;
        const qint64 price = m_seats.at(i).priceCents;
        auto known = cheapest.find(seat.category);
        if (known == cheapest.end())
            cheapest.insert(seat.category, price);
        else if (price < *known)
            *known = price;
    }

    QStringList categoryNames = cheapest.keys();
    std::sort(categoryNames.begin(), categoryNames.end(), [&cheapest](const QString &a, const QString &b) {
        return cheapest.value(a) != cheapest.value(b) ? cheapest.value(a) < cheapest.value(b) : a < b;
    });
    const QHash<QString, int> styles = SeatMapPalette::assignStyles(categoryNames);
    m_categories.clear();
    for (const QString &name : std::as_const(categoryNames))
        m_categories.append({name, styles.value(name), cheapest.value(name)});
    m_seatStyles.resize(m_seats.size());
    for (int i = 0; i < m_seats.size(); ++i)
        m_seatStyles[i] = styles.value(m_seats.at(i).seat.category);

    m_selected = QList<bool>(m_seats.size(), false);
    QStringList lost;
    if (sameShow) {
        for (const QString &label : previous) {
            const int index = indexOf(label);
            if (index >= 0 && isSelectable(index))
                m_selected[index] = true;
            else
                lost.append(label);
        }
        // Indexes may shift when seats come or go; labels do not.
        m_hover = indexOf(hoverLabel);
        m_cursor = indexOf(cursorLabel);
        m_pressIndex = indexOf(pressLabel);
    } else {
        m_hover = -1;
        m_cursor = -1;
        m_fit = true;
        m_pan = {};
        m_pressIndex = -1;
        m_banding = false;
        updateGeometry();
    }

    ++m_contentGeneration;
    ++m_selectionGeneration;
    update();
    updateAccessibleDescription();

    const bool categoriesDiffer = previousCategories.size() != m_categories.size()
            || !std::equal(previousCategories.cbegin(), previousCategories.cend(), m_categories.cbegin(),
                           [](const SeatMapCategory &a, const SeatMapCategory &b) {
                               return a.category == b.category && a.style == b.style
                                       && a.adultPriceCents == b.adultPriceCents;
                           });
    if (categoriesDiffer)
        emit categoriesChanged();
    if (!sameShow && !previous.isEmpty())
        emit selectionChanged({});
    if (!lost.isEmpty()) {
        emit selectionChanged(selectedSeats());
        emit selectionLost(lost);
    }
}

QStringList SeatMapWidget::selectedSeats() const
{
    QStringList labels;
    for (int i = 0; i < m_selected.size(); ++i) {
        if (m_selected.at(i))
            labels.append(m_seats.at(i).seat.label);
    }
    return labels;
}

void SeatMapWidget::setSelectedSeats(const QStringList &labels)
{
    QList<bool> wanted(m_seats.size(), false);
    for (const QString &label : labels) {
        const int index = indexOf(label);
        if (index >= 0 && isSelectable(index))
            wanted[index] = true;
    }
    if (wanted == m_selected)
        return;
    m_selected = wanted;
    selectionEdited();
}

void SeatMapWidget::deselectSeats(const QStringList &labels)
{
    QList<int> indexes;
    for (const QString &label : labels) {
        const int index = indexOf(label);
        if (index >= 0)
            indexes.append(index);
    }
    setSelected(indexes, false);
}

void SeatMapWidget::clearSelection()
{
    if (!m_selected.contains(true))
        return;
    m_selected.fill(false);
    selectionEdited();
}

bool SeatMapWidget::isSelectable(const QString &label) const
{
    const int index = indexOf(label);
    return index >= 0 && isSelectable(index);
}

QString SeatMapWidget::currentSeat() const
{
    return m_cursor >= 0 ? m_seats.at(m_cursor).seat.label : QString();
}

void SeatMapWidget::setCurrentSeat(const QString &label)
{
    const int index = indexOf(label);
    if (index >= 0)
        setCursorIndex(index);
}

QRect SeatMapWidget::seatRect(const QString &label) const
{
    const int index = indexOf(label);
    if (index < 0)
        return {};
    return seatRectIn(cellRect(layout(), index)).toAlignedRect();
}

QString SeatMapWidget::seatAt(const QPoint &pos) const
{
    const int index = indexAt(pos);
    return index >= 0 ? m_seats.at(index).seat.label : QString();
}

QString SeatMapWidget::toolTipFor(const QString &label) const
{
    const int index = indexOf(label);
    if (index < 0)
        return {};
    const SeatState &state = m_seats.at(index);
    QStringList lines;
    lines << u"<b>"_s + tr("Row %1, seat %2").arg(state.seat.rowLabel, QString::number(state.seat.number)).toHtmlEscaped()
                    + u"</b>"_s;
    lines << tr("%1 · %2 (adult)").arg(categoryName(state.seat.category), formatMoney(state.priceCents)).toHtmlEscaped();
    lines << stateText(index).toHtmlEscaped();
    if (state.houseSeat)
        lines << tr("House seat: kept back for the counter").toHtmlEscaped();
    if (state.seat.accessible)
        lines << tr("Wheelchair accessible").toHtmlEscaped();
    return u"<p style='white-space:pre'>"_s + lines.join(u"<br/>"_s) + u"</p>"_s;
}

QSize SeatMapWidget::sizeHint() const
{
    if (m_gridColumns == 0)
        return {640, 480};
    // Roomy enough to read the seat numbers, but never asking for more than a large screen.
    const QSizeF content = contentSize(24);
    return QSize(qMin(qCeil(content.width()), 1400), qMin(qCeil(content.height()), 1000));
}

QSize SeatMapWidget::minimumSizeHint() const
{
    return {240, 180};
}

void SeatMapWidget::zoomToFit()
{
    m_fit = true;
    m_pan = {};
    update();
}

void SeatMapWidget::zoomIn()
{
    const QPointF anchor = m_cursor >= 0 && hasFocus() ? cellRect(layout(), m_cursor).center() : QPointF(rect().center());
    setPitch(layout().pitch * zoomStep, anchor);
}

void SeatMapWidget::zoomOut()
{
    setPitch(layout().pitch / zoomStep, QPointF(rect().center()));
}

// --- geometry ---------------------------------------------------------------------------------

QSizeF SeatMapWidget::contentSize(qreal pitch) const
{
    return QSizeF((m_gridColumns + 2 * (labelCells + paddingCells)) * pitch,
                  (m_gridRows + stageCells + 2 * paddingCells) * pitch);
}

qreal SeatMapWidget::fitPitch() const
{
    if (m_gridColumns == 0 || m_gridRows == 0)
        return maximumFitPitch;
    const QSizeF unit = contentSize(1);
    const qreal pitch = qMin(width() / unit.width(), height() / unit.height());
    return std::clamp(std::floor(pitch * 4) / 4, minimumPitch, maximumFitPitch);
}

QPointF SeatMapWidget::clampedPan(QPointF pan, qreal pitch) const
{
    const QSizeF content = contentSize(pitch);
    return {std::clamp(pan.x(), 0.0, qMax(0.0, content.width() - width())),
            std::clamp(pan.y(), 0.0, qMax(0.0, content.height() - height()))};
}

SeatMapWidget::Layout SeatMapWidget::layout() const
{
    Layout layout;
    layout.pitch = m_fit ? fitPitch() : m_pitch;
    layout.content = contentSize(layout.pitch);
    const QPointF pan = clampedPan(m_pan, layout.pitch);
    // Centred while it fits, scrolled once it does not; whole pixels keep the grid crisp.
    const qreal x = layout.content.width() <= width() ? (width() - layout.content.width()) / 2 : -pan.x();
    const qreal y = layout.content.height() <= height() ? (height() - layout.content.height()) / 2 : -pan.y();
    layout.contentOrigin = QPointF(std::round(x), std::round(y));
    layout.grid = layout.contentOrigin
            + QPointF((paddingCells + labelCells) * layout.pitch, (paddingCells + stageCells) * layout.pitch);
    return layout;
}

void SeatMapWidget::setPitch(qreal pitch, QPointF anchor)
{
    const Layout before = layout();
    pitch = std::clamp(pitch, minimumPitch, maximumPitch);
    if (pitch <= fitPitch()) {
        // Zooming out past the fitted size means "show me everything".
        zoomToFit();
        return;
    }
    // Keep the point under the anchor where it is.
    const QPointF contentPoint = (anchor - before.contentOrigin) / before.pitch;
    m_fit = false;
    m_pitch = pitch;
    m_pan = clampedPan(contentPoint * pitch - anchor, pitch);
    update();
}

void SeatMapWidget::panBy(QPointF delta)
{
    const Layout current = layout();
    const QPointF pan = clampedPan(-current.contentOrigin + delta, current.pitch);
    if (pan == clampedPan(m_pan, current.pitch))
        return;
    m_pan = pan;
    update();
}

void SeatMapWidget::ensureVisible(int index)
{
    if (index < 0)
        return;
    const Layout current = layout();
    const QRectF cell = cellRect(current, index);
    const qreal margin = current.pitch / 2;
    QPointF delta;
    if (cell.left() - margin < 0)
        delta.setX(cell.left() - margin);
    else if (cell.right() + margin > width())
        delta.setX(cell.right() + margin - width());
    if (cell.top() - margin < 0)
        delta.setY(cell.top() - margin);
    else if (cell.bottom() + margin > height())
        delta.setY(cell.bottom() + margin - height());
    if (!delta.isNull())
        panBy(delta);
}

QRectF SeatMapWidget::cellRect(const Layout &layout, int index) const
{
    const Seat &seat = m_seats.at(index).seat;
    return layout.cell(seat.gridRow, seat.gridColumn);
}

QRectF SeatMapWidget::seatRectIn(const QRectF &cell)
{
    // Whole pixels, so every seat of a look is the same sprite, blitted without resampling.
    const int side = qMax(3, qRound(cell.width() * (1 - 2 * seatInset)));
    return QRectF(qRound(cell.center().x() - side / 2.0), qRound(cell.center().y() - side / 2.0), side, side);
}

QRect SeatMapWidget::damageRect(int index) const
{
    if (index < 0 || index >= m_seats.size())
        return {};
    return cellRect(layout(), index).toAlignedRect().adjusted(-3, -3, 3, 3);
}

int SeatMapWidget::seatAtCell(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_gridRows || column >= m_gridColumns)
        return -1;
    return m_grid.at(qsizetype(row) * m_gridColumns + column);
}

int SeatMapWidget::indexAt(QPointF pos) const
{
    // The whole cell counts, gap included: a near miss still hits the seat.
    const Layout current = layout();
    const QPointF local = (pos - current.grid) / current.pitch;
    if (local.x() < 0 || local.y() < 0)
        return -1;
    return seatAtCell(int(local.y()), int(local.x()));
}

// --- state ------------------------------------------------------------------------------------

bool SeatMapWidget::isSelectable(int index) const
{
    const SeatState &state = m_seats.at(index);
    switch (state.status) {
    case SeatStatus::Available:
        return true; // house seats included: the counter may sell them
    case SeatStatus::Held:
        return !m_ownOwner.isEmpty() && state.holdOwner == m_ownOwner;
    case SeatStatus::Booked:
    case SeatStatus::Blocked:
        return false;
    }
    return false;
}

SeatLook SeatMapWidget::lookOf(int index) const
{
    if (m_selected.at(index))
        return SeatLook::Selected;
    const SeatState &state = m_seats.at(index);
    switch (state.status) {
    case SeatStatus::Available:
        return SeatLook::Available;
    case SeatStatus::Held:
        return isSelectable(index) ? SeatLook::HeldHere : SeatLook::HeldElsewhere;
    case SeatStatus::Booked:
        return SeatLook::Booked;
    case SeatStatus::Blocked:
        return SeatLook::Blocked;
    }
    return SeatLook::Blocked;
}

QString SeatMapWidget::stateText(int index) const
{
    const SeatState &state = m_seats.at(index);
    QString text;
    switch (state.status) {
    case SeatStatus::Available:
        text = tr("Available");
        break;
    case SeatStatus::Held:
        if (isSelectable(index))
            text = tr("Held by this counter");
        else if (state.holdExpiresAt.isValid())
            text = tr("Held elsewhere until %1")
                           .arg(shortTime(inVenueZone(state.holdExpiresAt).time()));
        else
            text = tr("Held elsewhere");
        break;
    case SeatStatus::Booked:
        text = tr("Booked");
        break;
    case SeatStatus::Blocked:
        text = tr("Blocked");
        break;
    }
    if (m_selected.at(index))
        text = tr("Selected (%1)").arg(text);
    return text;
}

void SeatMapWidget::toggle(int index)
{
    if (index < 0 || !isSelectable(index))
        return;
    setSelected({index}, !m_selected.at(index));
}

void SeatMapWidget::setSelected(const QList<int> &indexes, bool selected)
{
    bool changed = false;
    for (int index : indexes) {
        if (m_selected.at(index) == selected || (selected && !isSelectable(index)))
            continue;
        m_selected[index] = selected;
        changed = true;
    }
    if (changed)
        selectionEdited();
}

void SeatMapWidget::selectionEdited()
{
    ++m_selectionGeneration;
    update();
    updateAccessibleDescription();
    emit selectionChanged(selectedSeats());
}

void SeatMapWidget::setCursorIndex(int index)
{
    if (index == m_cursor)
        return;
    update(damageRect(m_cursor));
    m_cursor = index;
    update(damageRect(m_cursor));
    ensureVisible(m_cursor);
    updateAccessibleDescription();
}

void SeatMapWidget::setHoverIndex(int index)
{
    if (index == m_hover)
        return;
    update(damageRect(m_hover));
    m_hover = index;
    update(damageRect(m_hover));
    if (index >= 0 && isSelectable(index))
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
}

int SeatMapWidget::neighbour(int index, int key) const
{
    const Seat &seat = m_seats.at(index).seat;
    const int row = seat.gridRow;
    const int column = seat.gridColumn;
    switch (key) {
    case Qt::Key_Left:
        for (int c = column - 1; c >= 0; --c) {
            if (const int found = seatAtCell(row, c); found >= 0)
                return found;
        }
        return index;
    case Qt::Key_Right:
        for (int c = column + 1; c < m_gridColumns; ++c) {
            if (const int found = seatAtCell(row, c); found >= 0)
                return found;
        }
        return index;
    case Qt::Key_Home:
    case Qt::Key_End: {
        const bool home = key == Qt::Key_Home;
        for (int i = 0; i < m_gridColumns; ++i) {
            if (const int found = seatAtCell(row, home ? i : m_gridColumns - 1 - i); found >= 0)
                return found;
        }
        return index;
    }
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // The nearest seat of the next row that has any, so aisles and short rows do not trap the cursor.
        const int step = key == Qt::Key_Up ? -1 : 1;
        for (int r = row + step; r >= 0 && r < m_gridRows; r += step) {
            for (int distance = 0; distance < m_gridColumns; ++distance) {
                if (const int found = seatAtCell(r, column - distance); found >= 0)
                    return found;
                if (const int found = seatAtCell(r, column + distance); found >= 0)
                    return found;
            }
        }
        return index;
    }
    default:
        return index;
    }
}

QRect SeatMapWidget::bandRect() const
{
    return QRect(m_pressPos, m_dragPos).normalized();
}

void SeatMapWidget::applyBand(bool deselect)
{
    const Layout current = layout();
    const QRectF band = QRectF(bandRect());
    const int firstColumn = qMax(0, int(std::floor((band.left() - current.grid.x()) / current.pitch)));
    const int lastColumn = qMin(m_gridColumns - 1, int(std::floor((band.right() - current.grid.x()) / current.pitch)));
    const int firstRow = qMax(0, int(std::floor((band.top() - current.grid.y()) / current.pitch)));
    const int lastRow = qMin(m_gridRows - 1, int(std::floor((band.bottom() - current.grid.y()) / current.pitch)));
    QList<int> indexes;
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = firstColumn; column <= lastColumn; ++column) {
            const int index = seatAtCell(row, column);
            if (index >= 0 && seatRectIn(current.cell(row, column)).intersects(band))
                indexes.append(index);
        }
    }
    setSelected(indexes, !deselect);
}

void SeatMapWidget::updateAccessibleDescription()
{
    const int selected = int(m_selected.count(true));
    QString description = m_showTitle.isEmpty() ? QString() : tr("Seats of %1.").arg(m_showTitle) + u' ';
    description += tr("Seats selected: %1.").arg(selected);
    if (m_cursor >= 0) {
        const SeatState &state = m_seats.at(m_cursor);
        description += u' '
                + tr("Current: row %1, seat %2, %3, %4.")
                          .arg(state.seat.rowLabel, QString::number(state.seat.number), categoryName(state.seat.category),
                               stateText(m_cursor));
    }
    setAccessibleDescription(description);
}

// --- painting ---------------------------------------------------------------------------------

SeatMapWidget::CacheKey SeatMapWidget::currentKey(const Layout &layout) const
{
    return {size(), devicePixelRatioF(), layout.pitch, layout.grid, m_contentGeneration, m_selectionGeneration};
}

void SeatMapWidget::renderCache(const Layout &layout)
{
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (m_cache.size() != pixels)
        m_cache = QImage(pixels, QImage::Format_RGB32); // opaque: blitting it is a plain copy
    m_cache.setDevicePixelRatio(ratio);
    m_cache.fill(palette().color(QPalette::Base));
    m_cacheKey = currentKey(layout);
    QPainter painter(&m_cache);
    if (m_seats.isEmpty()) {
        QColor ink = palette().color(QPalette::Text);
        ink.setAlphaF(0.55f);
        painter.setPen(ink);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         m_showId < 0 ? tr("Choose a show to see its seats.") : tr("This show has no seats."));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    drawStage(painter, layout);

    // Only the rows and columns inside the widget: a zoomed-in 2,000-seat hall draws a few dozen.
    const int firstRow = qMax(0, int(std::floor(-layout.grid.y() / layout.pitch)));
    const int lastRow = qMin(m_gridRows - 1, int(std::floor((height() - layout.grid.y()) / layout.pitch)));
    const int firstColumn = qMax(0, int(std::floor(-layout.grid.x() / layout.pitch)));
    const int lastColumn = qMin(m_gridColumns - 1, int(std::floor((width() - layout.grid.x()) / layout.pitch)));
    drawRowLabels(painter, layout, firstRow, lastRow);

    const bool withNumbers = layout.pitch >= numbersFromPitch;
    if (m_spritePitch != layout.pitch || m_spriteRatio != ratio) {
        m_sprites.clear();
        m_spritePitch = layout.pitch;
        m_spriteRatio = ratio;
    }
    // Sprites sit on whole pixels: plain copies, no anti-aliasing needed.
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = firstColumn; column <= lastColumn; ++column) {
            const int index = seatAtCell(row, column);
            if (index < 0)
                continue;
            const SeatState &state = m_seats.at(index);
            const SeatAppearance appearance{lookOf(index), m_seatStyles.at(index),
                                            state.houseSeat, state.seat.accessible};
            const QRectF seat = seatRectIn(layout.cell(row, column));
            painter.drawImage(seat.topLeft() - QPointF(spriteMargin, spriteMargin),
                              sprite(appearance, withNumbers && SeatMapPalette::showsNumber(appearance) ? state.seat.number : 0,
                                     int(seat.width())));
        }
    }
    drawScrollIndicators(painter, layout);
}

void SeatMapWidget::drawScrollIndicators(QPainter &painter, const Layout &layout) const
{
    // Zoomed in, the hall continues beyond the edges; thin bars say where the view is.
    QColor color = palette().color(QPalette::Text);
    color.setAlphaF(0.35f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    constexpr qreal thickness = 5;
    constexpr qreal margin = 3;
    if (layout.content.width() > width()) {
        const qreal track = width() - 2 * margin - thickness;
        const qreal length = qMax(24.0, track * width() / layout.content.width());
        const qreal at = margin + (track - length) * (-layout.contentOrigin.x() / (layout.content.width() - width()));
        painter.drawRoundedRect(QRectF(at, height() - margin - thickness, length, thickness), thickness / 2, thickness / 2);
    }
    if (layout.content.height() > height()) {
        const qreal track = height() - 2 * margin - thickness;
        const qreal length = qMax(24.0, track * height() / layout.content.height());
        const qreal at = margin + (track - length) * (-layout.contentOrigin.y() / (layout.content.height() - height()));
        painter.drawRoundedRect(QRectF(width() - margin - thickness, at, thickness, length), thickness / 2, thickness / 2);
    }
}

const QImage &SeatMapWidget::sprite(const SeatAppearance &appearance, int number, int side)
{
    // Looks repeat: a 2,000-seat hall has a few hundred distinct seats (category × state × number),
    // each drawn once per zoom level and then only copied.
    const quint64 key = quint64(appearance.style) | quint64(appearance.look) << 8 | quint64(appearance.houseSeat) << 12
            | quint64(appearance.accessible) << 13 | quint64(quint32(number)) << 16;
    auto found = m_sprites.constFind(key);
    if (found != m_sprites.constEnd())
        return *found;
    const int extent = side + 2 * spriteMargin;
    QImage image(QSize(extent, extent) * m_spriteRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(m_spriteRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont numbers = font();
    numbers.setPixelSize(qBound(6, qRound(m_spritePitch * 0.42), 15));
    numbers.setWeight(QFont::DemiBold);
    SeatMapPalette::drawSeat(painter, QRectF(spriteMargin, spriteMargin, side, side), appearance,
                             number > 0 ? QString::number(number) : QString(), numbers);
    painter.end();
    return *m_sprites.insert(key, image);
}

void SeatMapWidget::drawStage(QPainter &painter, const Layout &layout) const
{
    const qreal gridWidth = m_gridColumns * layout.pitch;
    const qreal bandHeight = qMax<qreal>(12, layout.pitch * 0.9);
    const qreal bandWidth = gridWidth * 0.7;
    const qreal top = layout.grid.y() - stageCells * layout.pitch + layout.pitch * 0.2;
    const qreal left = layout.grid.x() + (gridWidth - bandWidth) / 2;
    const qreal sag = bandHeight * 0.45; // the band curves towards the audience, like a screen or a stage apron
    if (top > height() || top + bandHeight + sag < 0)
        return;

    QPainterPath band;
    band.moveTo(left, top);
    band.quadTo(left + bandWidth / 2, top + 2 * sag, left + bandWidth, top);
    band.lineTo(left + bandWidth, top + bandHeight);
    band.quadTo(left + bandWidth / 2, top + bandHeight + 2 * sag, left, top + bandHeight);
    band.closeSubpath();
    QLinearGradient gradient(0, top, 0, top + bandHeight + sag);
    gradient.setColorAt(0, QColor(0x9a, 0xa3, 0xae));
    gradient.setColorAt(1, QColor(0xd5, 0xda, 0xe0));
    painter.setPen(Qt::NoPen);
    painter.setBrush(gradient);
    painter.drawPath(band);

    QFont stageFont = font();
    stageFont.setPixelSize(qBound(8, qRound(layout.pitch * 0.46), 15));
    stageFont.setWeight(QFont::DemiBold);
    stageFont.setCapitalization(QFont::AllUppercase);
    stageFont.setLetterSpacing(QFont::PercentageSpacing, 130);
    painter.setFont(stageFont);
    painter.setPen(QColor(0x2f, 0x35, 0x3d));
    painter.drawText(QRectF(left, top + sag, bandWidth, bandHeight), Qt::AlignCenter, tr("Stage"));
}

void SeatMapWidget::drawRowLabels(QPainter &painter, const Layout &layout, int firstRow, int lastRow) const
{
    QFont labels = font();
    labels.setPixelSize(qBound(7, qRound(layout.pitch * 0.46), 16));
    labels.setWeight(QFont::DemiBold);
    painter.setFont(labels);
    QColor ink = palette().color(QPalette::Text);
    ink.setAlphaF(0.62f);
    painter.setPen(ink);
    // Tiny zoom levels label every other row rather than letting labels collide.
    const int every = layout.pitch < 9 ? 2 : 1;
    const qreal labelWidth = labelCells * layout.pitch;
    for (int row = firstRow; row <= lastRow; ++row) {
        if (m_rowLabels.at(row).isEmpty() || row % every != 0)
            continue;
        const QRectF first = layout.cell(row, 0);
        const QRectF left(first.left() - labelWidth, first.top(), labelWidth - layout.pitch * 0.25, layout.pitch);
        const QRectF right(layout.grid.x() + m_gridColumns * layout.pitch + layout.pitch * 0.25, first.top(),
                           labelWidth - layout.pitch * 0.25, layout.pitch);
        painter.drawText(left, Qt::AlignRight | Qt::AlignVCenter, m_rowLabels.at(row));
        painter.drawText(right, Qt::AlignLeft | Qt::AlignVCenter, m_rowLabels.at(row));
    }
}

void SeatMapWidget::drawOverlays(QPainter &painter, const Layout &layout, const QRect &exposed) const
{
    const QColor highlight = palette().color(QPalette::Highlight);
    painter.setRenderHint(QPainter::Antialiasing);
    auto ring = [&](int index, const QColor &color) {
        const QRectF cell = cellRect(layout, index);
        if (!cell.toAlignedRect().adjusted(-3, -3, 3, 3).intersects(exposed))
            return;
        const QRectF seat = seatRectIn(cell);
        const qreal width = SeatMapPalette::ringWidth(seat);
        const SeatShape shape = SeatMapPalette::categoryShape(m_seatStyles.at(index));
        painter.setPen(QPen(color, width));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(SeatMapPalette::seatPath(shape, seat.adjusted(-width / 2, -width / 2, width / 2, width / 2)));
    };

    if (m_banding) {
        const QRect band = bandRect();
        const bool deselect = QApplication::keyboardModifiers() & Qt::ControlModifier;
        const QRectF bandF(band);
        for (int index = 0; index < m_seats.size(); ++index) {
            if (!seatRectIn(cellRect(layout, index)).intersects(bandF))
                continue;
            if (deselect ? m_selected.at(index) : isSelectable(index))
                ring(index, highlight);
        }
        QColor fill = highlight;
        fill.setAlphaF(0.15f);
        painter.setPen(QPen(highlight, 1));
        painter.setBrush(fill);
        painter.drawRect(QRectF(band).adjusted(0.5, 0.5, -0.5, -0.5));
    } else if (m_hover >= 0 && isSelectable(m_hover)) {
        ring(m_hover, highlight);
    }

    if (hasFocus() && m_cursor >= 0) {
        const QRectF cell = cellRect(layout, m_cursor).adjusted(0.5, 0.5, -0.5, -0.5);
        if (cell.toAlignedRect().adjusted(-3, -3, 3, 3).intersects(exposed)) {
            const qreal radius = layout.pitch * 0.2;
            // Two tones so the cursor shows on every fill.
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette().color(QPalette::Base), 3));
            painter.drawRoundedRect(cell, radius, radius);
            painter.setPen(QPen(palette().color(QPalette::Text), 1.5, Qt::DashLine));
            painter.drawRoundedRect(cell, radius, radius);
        }
    }
}

void SeatMapWidget::paintEvent(QPaintEvent *event)
{
    const Layout current = layout();
    if (m_cache.isNull() || m_cacheKey != currentKey(current))
        renderCache(current);
    QPainter painter(this);
    const QRect exposed = event->rect();
    const qreal ratio = m_cache.devicePixelRatio();
    painter.drawImage(QRectF(exposed), m_cache,
                      QRectF(exposed.x() * ratio, exposed.y() * ratio, exposed.width() * ratio, exposed.height() * ratio));
    drawOverlays(painter, current, exposed);
}

// --- events -----------------------------------------------------------------------------------

bool SeatMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = indexAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(m_seats.at(index).seat.label), this, damageRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void SeatMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    update();
}

void SeatMapWidget::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        m_sprites.clear();
        ++m_contentGeneration;
        update();
        break;
    case QEvent::LanguageChange:
        ++m_contentGeneration;
        setAccessibleName(tr("Seat map"));
        updateAccessibleDescription();
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void SeatMapWidget::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton) {
        m_pressIndex = indexAt(pos);
        m_pressPos = pos;
        m_dragPos = pos;
        m_banding = false;
    } else if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_dragPos = pos;
        setCursor(Qt::ClosedHandCursor);
    } else {
        QWidget::mousePressEvent(event);
    }
}

void SeatMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_panning) {
        panBy(QPointF(m_dragPos - pos));
        m_dragPos = pos;
        return;
    }
    if (event->buttons() & Qt::LeftButton) {
        if (!m_banding && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        const int margin = qCeil(layout().pitch) + 3; // seat rings reach beyond the band
        const QRect before = bandRect();
        m_banding = true;
        m_dragPos = pos;
        setHoverIndex(-1);
        update(before.united(bandRect()).adjusted(-margin, -margin, margin, margin));
        return;
    }
    setHoverIndex(indexAt(pos));
}

void SeatMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::MiddleButton && m_panning) {
        m_panning = false;
        unsetCursor();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    if (m_banding) {
        m_dragPos = pos;
        m_banding = false;
        applyBand(event->modifiers() & Qt::ControlModifier);
        update();
    } else if (m_pressIndex >= 0 && indexAt(pos) == m_pressIndex) {
        setCursorIndex(m_pressIndex);
        toggle(m_pressIndex);
    }
    m_pressIndex = -1;
}

void SeatMapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    // The first click of the pair already toggled the seat; the second confirms, it does not undo.
    m_pressIndex = -1;
    const int index = indexAt(event->position());
    if (index < 0 || !isSelectable(index))
        return;
    setCursorIndex(index);
    if (!m_selected.at(index))
        setSelected({index}, true);
    emit seatActivated(m_seats.at(index).seat.label);
}

void SeatMapWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (angle.y() != 0) {
            setPitch(layout().pitch * std::pow(zoomStep, angle.y() / 120.0), event->position());
            event->accept();
        }
        return;
    }
    const Layout current = layout();
    const bool scrollable = current.content.width() > width() || current.content.height() > height();
    if (!scrollable) {
        event->ignore();
        return;
    }
    QPointF delta = !event->pixelDelta().isNull() ? QPointF(event->pixelDelta())
                                                  : QPointF(angle) / 120.0 * current.pitch * 3;
    if (event->modifiers() & Qt::ShiftModifier)
        delta = QPointF(delta.y(), delta.x());
    panBy(-delta);
    event->accept();
}

void SeatMapWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn) || (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_0) {
        zoomToFit();
        return;
    }
    if (m_seats.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End: {
        if (m_cursor < 0) {
            setCursorIndex(0);
            return;
        }
        const int next = neighbour(m_cursor, event->key());
        setCursorIndex(next);
        // Shift extends: walking over seats selects them, as in a text selection.
        if (event->modifiers() & Qt::ShiftModifier)
            setSelected({next}, true);
        return;
    }
    case Qt::Key_Space:
    case Qt::Key_Select:
        if (m_cursor < 0)
            setCursorIndex(0);
        else
            toggle(m_cursor);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_cursor >= 0 && isSelectable(m_cursor)) {
            if (!m_selected.at(m_cursor))
                setSelected({m_cursor}, true);
            emit seatActivated(m_seats.at(m_cursor).seat.label);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void SeatMapWidget::leaveEvent(QEvent *event)
{
    setHoverIndex(-1);
    QWidget::leaveEvent(event);
}

void SeatMapWidget::focusInEvent(QFocusEvent *event)
{
    if (m_cursor < 0 && !m_seats.isEmpty()) {
        // Start where a cashier would: the first seat that can be sold.
        int first = 0;
        for (int i = 0; i < m_seats.size(); ++i) {
            if (isSelectable(i)) {
                first = i;
                break;
            }
        }
        setCursorIndex(first);
    }
    update(damageRect(m_cursor));
    QWidget::focusInEvent(event);
}

void SeatMapWidget::focusOutEvent(QFocusEvent *event)
{
    update(damageRect(m_cursor));
    QWidget::focusOutEvent(event);
}

} // namespace boxoffice
