// Seat map repaint benchmark: a 2,000-seat hall (40 rows × 50 seats, two aisles) painted the way
// the window paints it, timed against plain-Qt references measured in the same run, so the ratios
// mean something on any machine. Not a test: run it by hand.
#include "demohall.h"
#include "seatmapwidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace boxoffice;

namespace {

/// Median time of one call in milliseconds, over enough rounds to last about half a second.
double timeIt(const std::function<void()> &work)
{
    work(); // warm caches (glyphs, paths)
    QElapsedTimer probe;
    probe.start();
    work();
    const qint64 once = qMax<qint64>(probe.nsecsElapsed(), 1000);
    const int perRound = int(std::clamp<qint64>(5'000'000 / once, 1, 100'000));
    QList<double> rounds;
    for (int round = 0; round < 15; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < perRound; ++i)
            work();
        rounds.append(double(timer.nsecsElapsed()) / perRound / 1e6);
    }
    std::sort(rounds.begin(), rounds.end());
    return rounds.at(rounds.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);

    const QString owner = u"counter-1"_s;
    const QSize size(1280, 900);
    ShowSnapshot snapshot = bench::demoShow(40, 50, {10, 40}, owner);
    SeatMapWidget map;
    map.resize(size);
    map.setSnapshot(snapshot, owner);
    map.show();
    QApplication::processEvents();
    QImage target(size, QImage::Format_ARGB32_Premultiplied);
    const qreal fittedCell = map.cellSize();

    // References: the cheapest full-size paint there is, and 2,000 plain rectangles.
    const double fill = timeIt([&] { target.fill(Qt::white); });
    const double rects = timeIt([&] {
        QPainter painter(&target);
        const qreal pitch = map.cellSize();
        for (int row = 0; row < 40; ++row) {
            for (int column = 0; column < 50; ++column)
                painter.fillRect(QRectF(column * pitch, row * pitch, pitch - 2, pitch - 2), Qt::darkCyan);
        }
    });

    // The seat map: render() sends a real paint event, as a window repaint does.
    const double cached = timeIt([&] { map.render(&target); });
    const QRect seat = map.seatRect(u"T25"_s).adjusted(-3, -3, 3, 3);
    const double hover = timeIt([&] { map.render(&target, seat.topLeft(), QRegion(seat)); });
    bool flip = false;
    const double selection = timeIt([&] {
        flip = !flip;
        map.setSelectedSeats(flip ? QStringList{u"T25"_s} : QStringList{});
        map.render(&target);
    });
    const double update = timeIt([&] {
        ++snapshot.show.version;
        map.setSnapshot(snapshot, owner);
        map.render(&target);
    });
    // A zoom step draws every distinct seat look afresh at the new size before blitting.
    const double zoomStep = timeIt([&] {
        flip = !flip;
        if (flip)
            map.zoomIn();
        else
            map.zoomToFit();
        map.render(&target);
    });
    map.zoomIn();
    map.zoomIn();
    const double zoomed = timeIt([&] {
        flip = !flip;
        map.setSelectedSeats(flip ? QStringList{u"T25"_s} : QStringList{});
        map.render(&target);
    });

    out << "Seat map, 2,000 seats (40 x 50), " << size.width() << " x " << size.height() << " px, fitted cell "
        << QString::number(fittedCell, 'f', 1) << Qt::endl;
    out << Qt::left;
    auto line = [&](const QString &what, double ms, const QString &ratio) {
        out << qSetFieldWidth(52) << what << qSetFieldWidth(0) << QString::number(ms, 'f', 3).rightJustified(9) << " ms"
            << "   " << ratio << Qt::endl;
    };
    auto times = [](double a, double b) -> QString { return QString::number(a / b, 'f', 1) + u" x"_s; };
    line(u"reference: QImage::fill of the same size"_s, fill, {});
    line(u"reference: 2,000 plain fillRect()s"_s, rects, {});
    line(u"cached repaint (blit of the whole widget)"_s, cached, times(cached, fill) + u" the fill"_s);
    line(u"hover repaint (one seat's rectangle)"_s, hover, times(hover, fill) + u" the fill"_s);
    line(u"selection change: full render + blit"_s, selection, times(selection, rects) + u" the 2,000 rects"_s);
    line(u"live update: setSnapshot + full render + blit"_s, update, times(update, rects) + u" the 2,000 rects"_s);
    line(u"zoom step: seat sprites redrawn + full render"_s, zoomStep, times(zoomStep, rects) + u" the 2,000 rects"_s);
    line(u"zoomed in (cell "_s + QString::number(map.cellSize(), 'f', 1) + u"): full render + blit"_s, zoomed,
         times(zoomed, rects) + u" the 2,000 rects"_s);
    out << "frame budget at 60 Hz: 16.7 ms; full render uses " << QString::number(selection / 16.7 * 100, 'f', 0)
        << " % of it, a cached repaint " << QString::number(cached / 16.7 * 100, 'f', 1) << " %" << Qt::endl;
    return 0;
}
