// Renders the seat map, its legend and a ticket to PNG files for a look by eye and for the docs:
//   xvfb-run -a ./seatmap_screenshot [output-dir]
#include "demohall.h"
#include "seatmaplegend.h"
#include "seatmapwidget.h"
#include "ticketrenderer.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QTextStream>
#include <QVBoxLayout>

using namespace boxoffice;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath());
    QTextStream console(stdout);
    const QString owner = u"counter-1"_s;

    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *map = new SeatMapWidget(&window);
    auto *legend = new SeatMapLegend(map, &window);
    layout->addWidget(map, 1);
    layout->addWidget(legend);
    window.resize(980, 720);
    map->setSnapshot(bench::demoShow(20, 25, {12}, owner), owner);
    map->setSelectedSeats({u"H3"_s, u"H4"_s, u"J11"_s, u"J12"_s});
    window.show();
    window.activateWindow();
    map->setFocus();
    map->setCurrentSeat(u"J13"_s);
    QApplication::processEvents();

    const QString hall = out.filePath(u"seatmap-20x25.png"_s);
    window.grab().save(hall);
    console << hall << Qt::endl;

    map->zoomIn();
    map->zoomIn();
    QApplication::processEvents();
    const QString zoomed = out.filePath(u"seatmap-zoomed.png"_s);
    window.grab().save(zoomed);
    console << zoomed << Qt::endl;

    map->setSnapshot(bench::demoShow(40, 50, {10, 40}, owner), owner);
    map->setSnapshot([&] {
        ShowSnapshot opera = bench::demoShow(40, 50, {10, 40}, owner);
        opera.show.id = 2;
        return opera;
    }(), owner);
    QApplication::processEvents();
    const QString big = out.filePath(u"seatmap-40x50.png"_s);
    window.grab().save(big);
    console << big << Qt::endl;

    Booking booking;
    booking.reference = u"BO-7KQ2-9XZD"_s;
    booking.showTitle = u"The Glass Orchard"_s;
    booking.hallName = u"Grand Hall"_s;
    booking.showStartsAt = QDateTime(QDate(2025, 3, 14), QTime(20, 45));
    booking.customer.name = u"Maria Lopez"_s;
    booking.paymentMethod = u"card"_s;
    booking.seats = {{u"J11"_s, u"J"_s, 11, u"premium"_s, u"adult"_s, 1800, false},
                     {u"J12"_s, u"J"_s, 12, u"premium"_s, u"child"_s, 1080, false}};
    QImage ticket(1260, 594, QImage::Format_RGB32); // 6 px per millimetre
    ticket.fill(QColor(0xe8, 0xeb, 0xef));
    QPainter painter(&ticket);
    TicketRenderer::paint(painter, QRectF(ticket.rect()), booking, booking.seats.first());
    painter.end();
    const QString ticketPath = out.filePath(u"ticket.png"_s);
    ticket.save(ticketPath);
    console << ticketPath << Qt::endl;
    const QString pdf = out.filePath(u"ticket.pdf"_s);
    if (const auto written = TicketRenderer::writePdf(booking, pdf); written.ok())
        console << pdf << Qt::endl;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString sheet = out.filePath(u"tickets-a4.pdf"_s);
    printer.setOutputFileName(sheet);
    printer.setPageSize(QPageSize(QPageSize::A4));
    booking.seats.append({u"J13"_s, u"J"_s, 13, u"premium"_s, u"concession"_s, 1440, false});
    TicketRenderer::print(booking, &printer);
    console << sheet << Qt::endl;
    return 0;
}
