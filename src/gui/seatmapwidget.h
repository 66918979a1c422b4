#pragma once

#include "seatmappalette.h"
#include "types.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QWidget>

namespace boxoffice {

/// The seat map of one show: rows and seat numbers, aisles, the stage, every seat's category and
/// state, and the cashier's selection.
///
/// Painted by hand like Qt's character map: seats are found by arithmetic on the hall's grid, not
/// by searching. The hall is rendered into an image kept until the snapshot, the selection, the
/// size or the zoom changes (qBittorrent's pieces bar does the same); paint events only copy the
/// damaged rectangle from it and draw the hover, keyboard cursor and rubber band on top. Rendering
/// the image copies one small pre-drawn sprite per seat, since a hall has only a few hundred
/// distinct seat looks. That keeps a 2,000-seat hall smooth (see bench/seatmap).
///
/// A snapshot update keeps the selection; seats that cannot be selected any more (taken meanwhile)
/// leave it and are announced by selectionLost(). Selectable are available seats, house seats
/// (which the counter may sell) and seats this counter holds.
class SeatMapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatMapWidget)

public:
    explicit SeatMapWidget(QWidget *parent = nullptr);
    ~SeatMapWidget() override;

    /// Shows the seats of a show. `ownOwner` is this counter's hold owner token: seats it holds
    /// read as "held by this counter", other holds as "held elsewhere". Switching to another show
    /// clears the selection and fits the hall into the widget.
    void setSnapshot(const ShowSnapshot &snapshot, const QString &ownOwner);
    qint64 showId() const { return m_showId; }

    /// In hall order (row by row, left to right).
    QStringList selectedSeats() const;
    /// Selects exactly these seats, leaving out the ones that cannot be selected.
    void setSelectedSeats(const QStringList &labels);
    /// Removes seats from the selection (e.g. ones the basket dropped).
    void deselectSeats(const QStringList &labels);
    bool isSelectable(const QString &label) const;

    /// The keyboard cursor's seat, empty when there is none.
    QString currentSeat() const;
    void setCurrentSeat(const QString &label);

    /// The seats of the show's categories, cheapest first, with the style the map draws them in.
    QList<SeatMapCategory> categories() const { return m_categories; }

    /// Where a seat is drawn, in widget coordinates; empty for an unknown label.
    QRect seatRect(const QString &label) const;
    /// The seat drawn at a point, empty for none (aisle, label, outside the hall).
    QString seatAt(const QPoint &pos) const;
    /// The hover text of a seat: row, seat, category, adult price and state.
    QString toolTipFor(const QString &label) const;

    /// Size of one grid cell in pixels; the zoom level.
    qreal cellSize() const { return layout().pitch; }
    bool isZoomedToFit() const { return m_fit; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void clearSelection();
    void zoomToFit();
    void zoomIn();
    void zoomOut();

signals:
    void selectionChanged(const QStringList &labels);
    /// Enter on the keyboard cursor's seat, or a double click.
    void seatActivated(const QString &label);
    /// Selected seats that became unavailable with a snapshot update (taken meanwhile).
    void selectionLost(const QStringList &labels);
    /// The show's categories changed (another hall or price list).
    void categoriesChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    /// What decides the cached image's content; a different key means render again.
    struct CacheKey
    {
        QSize size;
        qreal devicePixelRatio = 0;
        qreal pitch = 0;
        QPointF origin;
        quint64 content = 0;
        quint64 selection = 0;
        bool operator==(const CacheKey &) const = default;
    };

    /// Where everything goes for the current size, zoom and scroll position. Derived on demand, so
    /// it is never stale (a hidden widget gets no resize events).
    struct Layout
    {
        qreal pitch = 0;
        QSizeF content;
        QPointF contentOrigin;
        QPointF grid; // top-left of grid cell (0, 0)
        QRectF cell(int row, int column) const
        {
            return QRectF(grid.x() + column * pitch, grid.y() + row * pitch, pitch, pitch);
        }
    };

    bool isSelectable(int index) const;
    SeatLook lookOf(int index) const;
    int indexOf(const QString &label) const { return m_indexByLabel.value(label, -1); }
    int indexAt(QPointF pos) const;
    int seatAtCell(int row, int column) const;
    QRectF cellRect(const Layout &layout, int index) const;
    static QRectF seatRectIn(const QRectF &cell);
    QRect damageRect(int index) const;

    // Geometry: the hall grid, row labels left and right, the stage above.
    Layout layout() const;
    QSizeF contentSize(qreal pitch) const;
    qreal fitPitch() const;
    QPointF clampedPan(QPointF pan, qreal pitch) const;
    void setPitch(qreal pitch, QPointF anchor);
    void panBy(QPointF delta);
    void ensureVisible(int index);

    CacheKey currentKey(const Layout &layout) const;
    void renderCache(const Layout &layout);
    const QImage &sprite(const SeatAppearance &appearance, int number, int side);
    void drawStage(QPainter &painter, const Layout &layout) const;
    void drawRowLabels(QPainter &painter, const Layout &layout, int firstRow, int lastRow) const;
    void drawScrollIndicators(QPainter &painter, const Layout &layout) const;
    void drawOverlays(QPainter &painter, const Layout &layout, const QRect &exposed) const;

    void toggle(int index);
    void setSelected(const QList<int> &indexes, bool selected);
    void selectionEdited();
    void setCursorIndex(int index);
    void setHoverIndex(int index);
    int neighbour(int index, int key) const;
    QRect bandRect() const;
    void applyBand(bool deselect);
    QString stateText(int index) const;
    void updateAccessibleDescription();

    qint64 m_showId = -1;
    QString m_ownOwner;
    int m_gridRows = 0;
    int m_gridColumns = 0;
    QList<SeatState> m_seats; // sorted by grid row, then column
    QList<int> m_grid;        // gridRows × gridColumns → seat index, -1 for aisles and gaps
    QHash<QString, int> m_indexByLabel;
    QList<int> m_seatStyles; // per seat, so painting does not hash category names
    QList<SeatMapCategory> m_categories;
    QList<bool> m_selected;
    QStringList m_rowLabels; // per grid row, empty where no seat

    QString m_showTitle;
    qreal m_pitch = 24; // used once the cashier zoomed; until then the hall is fitted
    bool m_fit = true;
    QPointF m_pan;      // scroll position when the zoomed hall is larger than the widget

    QImage m_cache;
    QHash<quint64, QImage> m_sprites; // one image per distinct seat at the current zoom
    qreal m_spritePitch = 0;
    qreal m_spriteRatio = 0;
    CacheKey m_cacheKey;
    quint64 m_contentGeneration = 1;
    quint64 m_selectionGeneration = 1;

    int m_hover = -1;
    int m_cursor = -1;
    int m_pressIndex = -1;
    QPoint m_pressPos;
    QPoint m_dragPos;
    bool m_banding = false;
    bool m_panning = false;
};

} // namespace boxoffice
