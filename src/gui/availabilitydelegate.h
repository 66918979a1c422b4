#pragma once

#include <QStyledItemDelegate>

namespace boxoffice {

/// Paints the seats left of a show as a small bar under the count, so that a nearly sold-out
/// show stands out in the list at a glance (colour and length both tell it).
class AvailabilityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityDelegate)

public:
    explicit AvailabilityDelegate(int shareRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_shareRole;
};

} // namespace boxoffice
