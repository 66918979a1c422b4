#pragma once

#include "seatspatialindex.h"

#include <QColor>
#include <QHash>
#include <QPixmap>
#include <QStaticText>
#include <QWidget>

namespace boxoffice {

class HallPlanEditor;

/// The hall designer's drawing: seats at their positions in their category's colour, wheelchair
/// spaces round, companion seats with a dot and a line to their space, the stage as a marked
/// point. Select by click (Ctrl or Shift toggles), rubber band from empty space, drag to move;
/// Ctrl+wheel, + and - zoom, 0 fits; arrows move the focus (and the selection with it, Ctrl alone
/// leaves the selection), Shift+arrows move the selected seats, Space toggles the focus seat,
/// Delete deletes. Paints only the exposed area, found through a SeatSpatialIndex.
class HallDesignerCanvas final : public QWidget
{
    Q_OBJECT

public:
    explicit HallDesignerCanvas(HallPlanEditor *editor, QWidget *parent = nullptr);

    /// Pixels per plan unit (one seat width).
    double scale() const { return m_scale; }
    QPointF toWidget(QPointF planPoint) const;
    QPointF toPlan(QPointF widgetPoint) const;
    /// Where a seat shows, for tests and tooltips; a null point for a guid the plan lacks.
    QPoint seatCentre(const QString &guid) const;
    /// While set, the next left click puts the stage there.
    void setPlacingStage(bool placing);
    bool isPlacingStage() const { return m_placingStage; }

    QSize sizeHint() const override;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

signals:
    void stagePlaced();
    /// A refused edit's reason, or what a key did, for the status bar.
    void message(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Gesture { None, Pressed, Dragging, RubberBand, Panning };

    /// What a seat looks like apart from its number.
    struct SeatSprite
    {
        QRgb colour = 0;
        bool knownCategory = true;
        bool selected = false;
        bool wheelchairSpace = false;
        bool companion = false;
        bool houseSeat = false;
    };

    void planChanged();
    void zoomAround(QPointF widgetPoint, double factor);
    QRectF seatRect(QPointF planPoint) const;
    QRect bandRect() const;
    void moveFocus(QPointF direction, bool select);
    void ensureVisible(const QString &guid);
    void report(const QString &refusal);
    /// Drawn once per look and scale, then blitted: antialiased outlines for thousands of seats
    /// would cost several frames on every repaint.
    const QPixmap &seatSprite(const SeatSprite &look) const;
    /// Laid out once per number and font size: plain drawText() for thousands of seats costs a frame many times over.
    const QStaticText &numberText(const QString &number, const QFont &font) const;
    void drawStage(QPainter &painter) const;
    void drawRowLabels(QPainter &painter, const QRectF &planArea) const;

    HallPlanEditor *m_editor;
    SeatSpatialIndex m_index;
    /// Where each row's label goes: left of its leftmost seat.
    QHash<QString, QPointF> m_rowLabelPositions;
    double m_scale = 24.0;
    /// The plan point at the widget's top left corner.
    QPointF m_origin{-2.0, -4.0};
    /// Until the user zooms or pans, the view follows the widget's size.
    bool m_fitted = true;
    bool m_placingStage = false;

    Gesture m_gesture = Gesture::None;
    QPoint m_pressPosition;
    QString m_pressedSeat;
    QPoint m_lastPosition;
    QPointF m_dragApplied;
    int m_dragKey = 0;
    QSet<QString> m_selectionBeforeBand;

    mutable QHash<quint32, QPixmap> m_sprites;
    mutable double m_spritesScale = 0;
    mutable QHash<QString, QStaticText> m_numberTexts;
    mutable int m_numberTextsPixelSize = 0;
};

} // namespace boxoffice
