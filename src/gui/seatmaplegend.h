#pragma once

#include "seatmappalette.h"

#include <QList>
#include <QPointer>
#include <QWidget>

namespace boxoffice {

class SeatMapWidget;

/// Explains the seat map's colours, shapes and symbols: one entry per category of the show
/// (with its adult price), then one per seat state. Entries flow into as many lines as the width
/// needs; follows the map when the show's categories change.
class SeatMapLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatMapLegend)

public:
    explicit SeatMapLegend(SeatMapWidget *map, QWidget *parent = nullptr);
    ~SeatMapLegend() override;

    /// The entries' texts in display order, for tests and screen readers.
    QStringList entryTexts() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        SeatAppearance appearance;
        QString text;
    };

    void rebuild();
    /// Lays the entries out for a width; returns each entry's top-left and the height used.
    QList<QPoint> flow(int width, int *height) const;
    int iconSize() const;
    int entryWidth(const Entry &entry) const;

    QPointer<SeatMapWidget> m_map;
    QList<Entry> m_entries;
};

} // namespace boxoffice
