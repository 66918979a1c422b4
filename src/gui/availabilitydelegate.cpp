#include "availabilitydelegate.h"

#include <QApplication>
#include <QPainter>

namespace boxoffice {

namespace {
constexpr int barHeight = 4;
constexpr int barMargin = 6;
} // namespace

AvailabilityDelegate::AvailabilityDelegate(int shareRole, QObject *parent)
    : QStyledItemDelegate(parent), m_shareRole(shareRole)
{
}

void AvailabilityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem textOption = option;
    initStyleOption(&textOption, index);
    textOption.rect.adjust(0, 0, 0, -(barHeight + 2));
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection across the whole cell, then the text above the bar.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    textOption.backgroundBrush = Qt::NoBrush;
    textOption.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &textOption, painter, widget);

    const double share = std::clamp(index.data(m_shareRole).toDouble(), 0.0, 1.0);
    const QRect track(option.rect.left() + barMargin, option.rect.bottom() - barHeight - 3,
                      option.rect.width() - 2 * barMargin, barHeight);
    QColor fill = share > 0.5 ? QColor(0x2e, 0x8b, 0x57) : share > 0.15 ? QColor(0xd8, 0x9b, 0x1c) : QColor(0xc0, 0x39, 0x2b);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 28));
    painter->drawRoundedRect(track, 2, 2);
    QRect filled = track;
    filled.setWidth(std::max(share > 0 ? 2 : 0, int(track.width() * share)));
    painter->setBrush(fill);
    painter->drawRoundedRect(filled, 2, 2);
    painter->restore();
}

QSize AvailabilityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(size.height() + barHeight + 4);
    size.setWidth(std::max(size.width(), 90));
    return size;
}

} // namespace boxoffice
