// Hall designer benchmark: a 5,000-seat arena (50 rows × 100 seats, three aisles, curved) put
// through the designer window the way a manager would: generate, select all, change the category,
// undo, drag everything one step, repaint. Each step includes what the window does in reply (the
// canvas's spatial index, validation and the problem list, the selection panel). Times are set
// against references measured in the same rounds, so the ratios mean something on any machine:
// the counter's seat map drawing a 2,000-seat show afresh after a selection change (not its cached
// blit), and 5,000 plain fillRect()s.
// Not a test: run it by hand.
#include "demohall.h"
#include "halldesignercanvas.h"
#include "halldesignerwindow.h"
#include "hallplaneditor.h"
#include "seatmapwidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace boxoffice;

namespace {

constexpr int rounds = 15;

double millisecondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);

    const QSize size(1280, 900);
    const QString owner = u"counter-1"_s;
    SeatMapWidget map;
    map.resize(size);
    map.setSnapshot(bench::demoShow(40, 50, {10, 40}, owner), owner);
    map.show();

    HallDesignerWindow window;
    window.resize(size);
    window.show();
    QApplication::processEvents();
    HallPlanEditor *editor = window.editor();
    HallDesignerCanvas *canvas = window.canvas();
    QImage target(size, QImage::Format_ARGB32_Premultiplied);
    QImage canvasTarget(canvas->size(), QImage::Format_ARGB32_Premultiplied);

    HallPlanGeneratorOptions arena;
    arena.hallName = u"Arena"_s;
    arena.rows = 50;
    arena.seatsPerRow = 100;
    arena.aislesAfter = {25, 50, 75};
    arena.curve = 3.0;
    arena.categories.append({u"floor"_s, u"Floor"_s, u"#e69f00"_s});

    double fittedScale = 0;
    double zoomedScale = 0;
    double closeUpScale = 0;
    QList<double> seatMapRender, rects, generate, selectAll, setCategory, undo, redo, drag, canvasPaint, canvasZoomed,
        canvasCloseUp;
    int dragKey = 0;
    for (int round = 0; round < rounds; ++round) {
        window.setPlan({});
        seatMapRender.append(millisecondsOf([&] {
            map.setSelectedSeats(round % 2 ? QStringList{u"T25"_s} : QStringList{});
            map.render(&target);
        }));
        rects.append(millisecondsOf([&] {
            QPainter painter(&target);
            for (int row = 0; row < 50; ++row) {
                for (int column = 0; column < 100; ++column)
                    painter.fillRect(QRectF(column * 12, row * 12, 10, 10), Qt::darkCyan);
            }
        }));
        generate.append(millisecondsOf([&] {
            editor->generate(arena);
            canvas->zoomToFit();
        }));
        selectAll.append(millisecondsOf([&] { editor->selectAll(); }));
        setCategory.append(millisecondsOf([&] { editor->setCategoryOfSelection(u"floor"_s); }));
        undo.append(millisecondsOf([&] { editor->undoStack()->undo(); }));
        redo.append(millisecondsOf([&] { editor->undoStack()->redo(); }));
        ++dragKey;
        drag.append(millisecondsOf([&] { editor->moveSelection(QPointF(0.25, 0.0), dragKey); }));
        canvasPaint.append(millisecondsOf([&] { canvas->render(&canvasTarget); }));
        fittedScale = canvas->scale();
        canvas->zoomIn();
        canvas->zoomIn();
        canvas->zoomIn();
        zoomedScale = canvas->scale();
        canvasZoomed.append(millisecondsOf([&] { canvas->render(&canvasTarget); }));
        for (int step = 0; step < 3; ++step)
            canvas->zoomIn();
        closeUpScale = canvas->scale();
        canvasCloseUp.append(millisecondsOf([&] { canvas->render(&canvasTarget); }));
        if (editor->plan().seats.size() != 5000 || editor->plan().seats.first().category != u"floor"_s) {
            out << "the designer did not do what was asked" << Qt::endl;
            return 1;
        }
    }

    const double reference = median(seatMapRender);
    const double plainRects = median(rects);
    out << "Hall designer, 5,000 seats (50 x 100, three aisles, curved), window " << size.width() << " x "
        << size.height() << " px, median of " << rounds << " rounds" << Qt::endl;
    out << Qt::left;
    auto line = [&](const QString &what, double ms, bool ratio = true) {
        out << qSetFieldWidth(58) << what << qSetFieldWidth(0) << QString::number(ms, 'f', 3).rightJustified(9)
            << " ms";
        if (ratio)
            out << "   " << QString::number(ms / reference, 'f', 2) << " x the seat map's repaint";
        out << Qt::endl;
    };
    line(u"reference: seat map render after a selection, 2,000 seats"_s, reference, false);
    line(u"reference: 5,000 plain fillRect()s"_s, plainRects, false);
    line(u"generate 5,000 seats (an undo step) + fit"_s, median(generate));
    line(u"select all"_s, median(selectAll));
    line(u"change the category of all 5,000"_s, median(setCategory));
    line(u"undo the category change"_s, median(undo));
    line(u"redo it"_s, median(redo));
    line(u"one drag step of all 5,000 (merged into the last)"_s, median(drag));
    const auto pixels = [](double scale) -> QString { return QString::number(scale, 'f', 1) + u" px a seat"_s; };
    line(u"canvas full repaint, fitted, "_s + pixels(fittedScale), median(canvasPaint));
    line(u"canvas full repaint, zoomed in, "_s + pixels(zoomedScale), median(canvasZoomed));
    line(u"canvas full repaint, numbers shown, "_s + pixels(closeUpScale), median(canvasCloseUp));
    out << "frame budget at 60 Hz: 16.7 ms" << Qt::endl;
    return 0;
}
