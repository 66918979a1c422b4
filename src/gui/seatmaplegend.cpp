#include "seatmaplegend.h"

#include "displaynames.h"
#include "seatmapwidget.h"

#include <QEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
constexpr int entrySpacing = 14;
constexpr int iconTextGap = 6;
constexpr int lineSpacing = 6;
} // namespace

SeatMapLegend::SeatMapLegend(SeatMapWidget *map, QWidget *parent) : QWidget(parent), m_map(map)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Seat map legend"));
    if (m_map)
        connect(m_map, &SeatMapWidget::categoriesChanged, this, &SeatMapLegend::rebuild);
    rebuild();
}

SeatMapLegend::~SeatMapLegend() = default;

QStringList SeatMapLegend::entryTexts() const
{
    QStringList texts;
    for (const Entry &entry : m_entries)
        texts.append(entry.text);
    return texts;
}

void SeatMapLegend::rebuild()
{
    m_entries.clear();
    const QList<SeatMapCategory> categories = m_map ? m_map->categories() : QList<SeatMapCategory>();
    for (const SeatMapCategory &category : categories) {
        m_entries.append({{SeatLook::Available, category.style, false, false},
                          tr("%1 · %2").arg(categoryName(category.category), formatMoney(category.adultPriceCents))});
    }
    // The states are shown on the first category's shape: the symbol is what tells them apart.
    const int style = categories.isEmpty() ? 0 : categories.first().style;
    m_entries.append({{SeatLook::Selected, style, false, false}, tr("Selected")});
    m_entries.append({{SeatLook::HeldHere, style, false, false}, tr("Held by this counter")});
    m_entries.append({{SeatLook::HeldElsewhere, style, false, false}, tr("Held elsewhere")});
    m_entries.append({{SeatLook::Booked, style, false, false}, tr("Booked")});
    m_entries.append({{SeatLook::Blocked, style, false, false}, tr("Blocked")});
    m_entries.append({{SeatLook::Available, style, true, false}, tr("House seat")});
    m_entries.append({{SeatLook::Available, style, false, true}, tr("Wheelchair space")});
    setAccessibleDescription(entryTexts().join(u", "_s));
    updateGeometry();
    update();
}

int SeatMapLegend::iconSize() const
{
    return qMax(14, fontMetrics().height() + 2);
}

int SeatMapLegend::entryWidth(const Entry &entry) const
{
    return iconSize() + iconTextGap + fontMetrics().horizontalAdvance(entry.text);
}

QList<QPoint> SeatMapLegend::flow(int width, int *height) const
{
    QList<QPoint> positions;
    const int lineHeight = iconSize();
    int x = 0;
    int y = 0;
    for (const Entry &entry : m_entries) {
        const int w = entryWidth(entry);
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineHeight + lineSpacing;
        }
        positions.append(QPoint(x, y));
        x += w + entrySpacing;
    }
    if (height)
        *height = m_entries.isEmpty() ? 0 : y + lineHeight;
    return positions;
}

int SeatMapLegend::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    int height = 0;
    flow(width - margins.left() - margins.right(), &height);
    return height + margins.top() + margins.bottom();
}

QSize SeatMapLegend::sizeHint() const
{
    int width = 0;
    for (const Entry &entry : m_entries)
        width += entryWidth(entry) + entrySpacing;
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), iconSize() + margins.top() + margins.bottom()};
}

QSize SeatMapLegend::minimumSizeHint() const
{
    int widest = 0;
    for (const Entry &entry : m_entries)
        widest = qMax(widest, entryWidth(entry));
    return {widest, heightForWidth(widest)};
}

void SeatMapLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area = contentsRect();
    const QList<QPoint> positions = flow(area.width(), nullptr);
    const int icon = iconSize();
    QFont numbers = font();
    numbers.setPixelSize(qMax(6, icon / 2));
    for (int i = 0; i < m_entries.size(); ++i) {
        const QPoint at = area.topLeft() + positions.at(i);
        const QRectF iconRect(at.x() + 1, at.y() + 1, icon - 2, icon - 2);
        SeatMapPalette::drawSeat(painter, iconRect, m_entries.at(i).appearance, QString(), numbers);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.setFont(font());
        painter.drawText(QRect(at.x() + icon + iconTextGap, at.y(), width(), icon), Qt::AlignLeft | Qt::AlignVCenter,
                         m_entries.at(i).text);
    }
}

void SeatMapLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    else if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace boxoffice
