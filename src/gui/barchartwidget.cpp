#include "barchartwidget.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
constexpr int gridSteps = 5;
constexpr int margin = 8;
constexpr int legendSwatch = 12;

/// 1, 2 or 5 times a power of ten, at least `value`: axis steps a person can add up.
double niceStep(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= value)
            return factor * magnitude;
    }
    return 10 * magnitude;
}
} // namespace

BarChartWidget::BarChartWidget(QWidget *parent) : QWidget(parent), m_emptyText(tr("No data"))
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

BarChartWidget::~BarChartWidget() = default;

QColor BarChartWidget::seriesColor(int index)
{
    // Okabe and Ito's palette, which stays distinct under the common colour vision deficiencies.
    static const QList<QColor> colors = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                         QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                         QColor(0xF0, 0xE4, 0x42)};
    return colors.at(index % colors.size());
}

Qt::BrushStyle BarChartWidget::seriesPattern(int index)
{
    static const QList<Qt::BrushStyle> patterns = {Qt::NoBrush, Qt::BDiagPattern, Qt::CrossPattern,
                                                   Qt::FDiagPattern, Qt::Dense6Pattern, Qt::HorPattern,
                                                   Qt::DiagCrossPattern};
    return patterns.at(index % patterns.size());
}

void BarChartWidget::setData(const QStringList &groups, const QList<Series> &series, bool stacked)
{
    m_groups = groups;
    m_series = series;
    m_stacked = stacked;
    invalidate();
}

void BarChartWidget::clear()
{
    setData({}, {}, false);
}

void BarChartWidget::setValueFormatter(Formatter formatter)
{
    m_formatter = std::move(formatter);
    invalidate();
}

void BarChartWidget::setMaximum(std::optional<double> maximum)
{
    m_maximum = maximum;
    invalidate();
}

void BarChartWidget::setEmptyText(const QString &text)
{
    m_emptyText = text;
    invalidate();
}

QSize BarChartWidget::sizeHint() const
{
    return {480, 260};
}

QSize BarChartWidget::minimumSizeHint() const
{
    return {200, 140};
}

QString BarChartWidget::format(double value) const
{
    return m_formatter ? m_formatter(value) : QLocale().toString(value, 'g', 6);
}

void BarChartWidget::invalidate()
{
    m_dirty = true;
    update();
}

void BarChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_dirty = true;
}

void BarChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        m_dirty = true;
    QWidget::changeEvent(event);
}

void BarChartWidget::paintEvent(QPaintEvent *)
{
    if (m_dirty || m_cache.size() != size() * devicePixelRatioF())
        render();
    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), m_cache);
}

bool BarChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QPointF at = help->pos();
        for (const Bar &bar : std::as_const(m_bars)) {
            if (bar.rect.adjusted(-1, -2, 1, 0).contains(at)) {
                const Series &series = m_series.at(bar.series);
                QString group = m_groups.value(bar.group);
                group.replace(u'\n', u' ');
                const QString text = m_series.size() > 1
                                             ? tr("%1\n%2: %3").arg(group, series.name, format(series.values.value(bar.group)))
                                             : tr("%1: %2").arg(group, format(series.values.value(bar.group)));
                QToolTip::showText(help->globalPos(), text, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void BarChartWidget::render()
{
    m_dirty = false;
    m_bars.clear();
    const qreal ratio = devicePixelRatioF();
    m_cache = QImage(size() * ratio, QImage::Format_ARGB32_Premultiplied);
    m_cache.setDevicePixelRatio(ratio);
    m_cache.fill(palette().color(QPalette::Base));

    QPainter painter(&m_cache);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setFont(font());
    const QFontMetrics metrics(font());
    const QColor text = palette().color(QPalette::Text);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(110);
    const QRect area = rect().adjusted(margin, margin, -margin, -margin);

    const bool hasData = !m_groups.isEmpty() && !m_series.isEmpty();
    if (!hasData) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }

    // The value axis: from a round number at or below the lowest bar (0 without negative values,
    // which hang below the axis) to one at or above the tallest.
    double top = 0;
    double bottom = 0;
    for (int group = 0; group < m_groups.size(); ++group) {
        double above = 0;
        double below = 0;
        for (const Series &series : std::as_const(m_series)) {
            const double value = series.values.value(group);
            above = m_stacked ? above + std::max(0.0, value) : std::max(above, value);
            below = m_stacked ? below + std::min(0.0, value) : std::min(below, value);
        }
        top = std::max(top, above);
        bottom = std::min(bottom, below);
    }
    const double step = niceStep(((m_maximum ? std::max(*m_maximum, top) : top) - bottom) / gridSteps);
    const double axisTop = m_maximum && *m_maximum >= top ? *m_maximum : step * std::ceil(std::max(top, 1e-9) / step);
    const double axisBottom = -step * std::ceil(-bottom / step);
    const int stepsBelow = int(std::lround(-axisBottom / step));
    const int steps = std::max(1, int(std::lround((axisTop - axisBottom) / step)));

    // Legend along the top when there is more than one series.
    int legendHeight = 0;
    if (m_series.size() > 1) {
        int x = area.left();
        int y = area.top();
        legendHeight = metrics.height() + 6;
        for (int index = 0; index < m_series.size(); ++index) {
            const int width = legendSwatch + 4 + metrics.horizontalAdvance(m_series.at(index).name) + 16;
            if (x + width > area.right() && x > area.left()) {
                x = area.left();
                y += metrics.height() + 4;
                legendHeight += metrics.height() + 4;
            }
            const QRect swatch(x, y + (metrics.height() - legendSwatch) / 2, legendSwatch, legendSwatch);
            painter.fillRect(swatch, seriesColor(index));
            if (seriesPattern(index) != Qt::NoBrush)
                painter.fillRect(swatch, QBrush(QColor(0, 0, 0, 150), seriesPattern(index)));
            painter.setPen(text);
            painter.drawRect(swatch.adjusted(0, 0, -1, -1));
            painter.drawText(QRect(swatch.right() + 5, y, width, metrics.height()), Qt::AlignVCenter | Qt::AlignLeft,
                             m_series.at(index).name);
            x += width;
        }
    }

    int labelLines = 1;
    for (const QString &group : std::as_const(m_groups))
        labelLines = std::max(labelLines, int(group.count(u'\n')) + 1);
    int axisWidth = 0;
    for (int i = 0; i <= steps; ++i)
        axisWidth = std::max(axisWidth, metrics.horizontalAdvance(format(axisBottom + step * i)));

    const QRectF plot(area.left() + axisWidth + 6, area.top() + legendHeight + metrics.height() / 2.0,
                      area.width() - axisWidth - 6, area.height() - legendHeight - metrics.height() / 2.0
                                                            - labelLines * metrics.height() - 6);
    if (plot.width() < 20 || plot.height() < 20)
        return;

    auto yFor = [&plot, axisTop, axisBottom](double value) {
        return plot.bottom() - (value - axisBottom) / (axisTop - axisBottom) * plot.height();
    };
    for (int i = 0; i <= steps; ++i) {
        const double value = axisBottom + step * i;
        const qreal y = std::round(yFor(value)) + 0.5;
        painter.setPen(i == stepsBelow ? text : grid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(text);
        painter.drawText(QRectF(area.left(), y - metrics.height() / 2.0, axisWidth, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, format(value));
    }

    const qreal groupWidth = plot.width() / m_groups.size();
    const int barsPerGroup = m_stacked ? 1 : int(m_series.size());
    const qreal barWidth = std::max<qreal>(2, std::min<qreal>(groupWidth * 0.7 / barsPerGroup, 80));
    const qreal groupBars = barWidth * barsPerGroup;
    for (int group = 0; group < m_groups.size(); ++group) {
        const qreal left = plot.left() + group * groupWidth + (groupWidth - groupBars) / 2;
        // Stacks grow away from the axis: positive values up, negative ones down.
        double above = 0;
        double below = 0;
        for (int index = 0; index < m_series.size(); ++index) {
            const double value = m_series.at(index).values.value(group);
            if (value == 0)
                continue;
            double &base = value > 0 ? above : below;
            const qreal x = m_stacked ? left : left + index * barWidth;
            const double from = m_stacked ? base : 0;
            const QRectF bar = QRectF(QPointF(x, yFor(from + value)), QPointF(x + barWidth, yFor(from))).normalized();
            base += value;
            painter.fillRect(bar, seriesColor(index));
            if (seriesPattern(index) != Qt::NoBrush)
                painter.fillRect(bar, QBrush(QColor(0, 0, 0, 110), seriesPattern(index)));
            painter.setPen(QColor(0, 0, 0, 160));
            painter.drawRect(bar.adjusted(0, 0, -1, 0));
            m_bars.append({bar, group, index});
        }

        painter.setPen(text);
        const QStringList lines = m_groups.at(group).split(u'\n');
        for (int line = 0; line < lines.size(); ++line) {
            const QRectF cell(plot.left() + group * groupWidth, plot.bottom() + 4 + line * metrics.height(), groupWidth,
                              metrics.height());
            painter.drawText(cell, Qt::AlignHCenter | Qt::AlignTop,
                             metrics.elidedText(lines.at(line), Qt::ElideRight, int(groupWidth) - 4));
        }
    }
}

} // namespace boxoffice
