#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

namespace boxoffice {

/// A bar chart painted with QPainter: one group of bars per label along the bottom, one bar (or
/// one slice of a stacked bar) per series. Series differ by colour and by hatching, so the chart
/// reads without colour vision too. The picture is rendered into a cached image when data, size
/// or palette change; paintEvent only copies it.
class BarChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChartWidget)

public:
    struct Series
    {
        QString name;
        /// One value per group.
        QList<double> values;
    };
    using Formatter = std::function<QString(double)>;

    explicit BarChartWidget(QWidget *parent = nullptr);
    ~BarChartWidget() override;

    /// `groups` may hold line breaks ("19:30\nHamlet"). Stacked bars pile the series up. Negative
    /// values hang below the axis (a cashier's net refunds).
    void setData(const QStringList &groups, const QList<Series> &series, bool stacked);
    void clear();
    /// How values are written on the axis and in tool tips (the default: the number).
    void setValueFormatter(Formatter formatter);
    /// A fixed top of the value axis (e.g. 100 for percentages); the data's maximum otherwise.
    void setMaximum(std::optional<double> maximum);
    void setEmptyText(const QString &text);

    QStringList groups() const { return m_groups; }
    QList<Series> series() const { return m_series; }
    bool isStacked() const { return m_stacked; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The fill of series number `index`: colour-blind safe colours, each with its own hatching.
    static QColor seriesColor(int index);
    static Qt::BrushStyle seriesPattern(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Bar
    {
        QRectF rect;
        int group = 0;
        int series = 0;
    };

    void invalidate();
    void render();
    QString format(double value) const;

    QStringList m_groups;
    QList<Series> m_series;
    bool m_stacked = false;
    Formatter m_formatter;
    std::optional<double> m_maximum;
    QString m_emptyText;
    QImage m_cache;
    bool m_dirty = true;
    QList<Bar> m_bars;
};

} // namespace boxoffice
