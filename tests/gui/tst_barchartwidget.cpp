#include "barchartwidget.h"

#include <QTest>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

/// The first and the last row of column `x` painted in `color`; (-1, -1) for none.
std::pair<int, int> paintedRows(const QImage &image, int x, QRgb color)
{
    std::pair<int, int> rows{-1, -1};
    for (int y = 0; y < image.height(); ++y) {
        if (image.pixel(x, y) != color)
            continue;
        if (rows.first < 0)
            rows.first = y;
        rows.second = y;
    }
    return rows;
}

} // namespace

class tst_BarChartWidget : public QObject
{
    Q_OBJECT

private slots:
    void negativeValuesHangBelowTheAxis_data()
    {
        QTest::addColumn<bool>("stacked");
        QTest::newRow("side by side") << false;
        QTest::newRow("stacked") << true;
    }

    void negativeValuesHangBelowTheAxis()
    {
        QFETCH(bool, stacked);
        BarChartWidget chart;
        chart.resize(400, 300);
        chart.setData({u"Anna"_s, u"Ben"_s}, {{u"Net takings"_s, {3000, -1500}}}, stacked);
        const QImage image = chart.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRgb fill = BarChartWidget::seriesColor(0).rgb();

        // The bars' columns: Anna's the first painted in the series' colour, Ben's the last.
        int first = -1;
        int last = -1;
        for (int x = 0; x < image.width(); ++x) {
            if (paintedRows(image, x, fill).first < 0)
                continue;
            if (first < 0)
                first = x;
            last = x;
        }
        QVERIFY(first >= 0);
        const auto [annaTop, annaBottom] = paintedRows(image, first + 3, fill);
        const auto [benTop, benBottom] = paintedRows(image, last - 3, fill);
        QVERIFY2(benTop >= annaBottom, qPrintable(u"Ben's bar %1–%2 starts above the axis Anna's %3–%4 stands on"_s
                                                          .arg(benTop).arg(benBottom).arg(annaTop).arg(annaBottom)));
        // Half as long as Anna's, give or take the pixels of the rounding and the axis line.
        const int annaHeight = annaBottom - annaTop;
        const int benHeight = benBottom - benTop;
        QVERIFY2(std::abs(2 * benHeight - annaHeight) <= 4, qPrintable(u"%1 and %2"_s.arg(benHeight).arg(annaHeight)));
    }
};

QTEST_MAIN(tst_BarChartWidget)
#include "tst_barchartwidget.moc"
