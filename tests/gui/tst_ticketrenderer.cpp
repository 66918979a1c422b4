#include "displaynames.h"
#include "qrcode.h"
#include "ticketcode.h"
#include "ticketrenderer.h"

#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

Booking sampleBooking()
{
    Booking booking;
    booking.id = 17;
    booking.reference = u"BO-7KQ2-9XZD"_s;
    booking.showTitle = u"The Night Porter's Song"_s;
    booking.hallName = u"Grand Hall"_s;
    booking.showStartsAt = QDateTime(QDate(2031, 5, 9), QTime(20, 45));
    booking.customer.name = u"Maria Lopez"_s;
    booking.paymentMethod = u"card"_s;
    booking.seats = {{u"C7"_s, u"C"_s, 7, u"premium"_s, u"adult"_s, 1800, false, u"QZ7KX2M4PL5RT3WV6YB2NDHJ4A"_s},
                     {u"C8"_s, u"C"_s, 8, u"premium"_s, u"child"_s, 1080, false, u"F3GH7JK2LM4NP5QR6ST7UV2WXY"_s},
                     {u"C9"_s, u"C"_s, 9, u"premium"_s, u"adult"_s, 1800, true, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s}};
    return booking;
}

/// Runs a tool and returns its standard output; skips the test if the tool is not installed.
#define RUN_TOOL(output, tool, arguments)                                                                              \
    do {                                                                                                               \
        const QString program = QStandardPaths::findExecutable(u"" tool ""_s);                                        \
        if (program.isEmpty())                                                                                         \
            QSKIP(tool " is not installed (scripts/install-deps.sh test)");                                            \
        QProcess process;                                                                                              \
        process.start(program, arguments);                                                                             \
        QVERIFY2(process.waitForFinished(60000), tool " did not finish");                                              \
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,                              \
                 qPrintable(QString::fromUtf8(process.readAllStandardError())));                                       \
        output = QString::fromUtf8(process.readAllStandardOutput());                                                   \
    } while (false)

QImage renderTicket(const Booking &booking, const BookedSeat &seat, qreal pixelsPerMillimetre)
{
    const QSizeF size = TicketRenderer::ticketSizeMillimetres() * pixelsPerMillimetre;
    QImage image(size.toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    TicketRenderer::paint(painter, QRectF(image.rect()), booking, seat);
    return image;
}

} // namespace

class tst_TicketRenderer : public QObject
{
    Q_OBJECT

private slots:
    void qrCodeMatrixIsAQrCode();
    void qrCodeImageMatchesMatrix();
    void ticketCarriesTheQrCodeOfItsTicketCode();
    void ticketWithoutACodeHasNoQrCode();
    void pdfHasOnePagePerSeatWithItsText();
    void pdfQrCodeDecodesToItsTicketCode();
    void renderedTicketQrCodeDecodes();
    void printerGetsEveryTicket();
    void unwritablePathIsAnError();
    void bookingWithoutSeatsIsAnError();
};

void tst_TicketRenderer::qrCodeMatrixIsAQrCode()
{
    const auto code = QrCode::encode(u"BO-7KQ2-9XZD"_s);
    QVERIFY(code.ok());
    // Version 1 is 21 modules, each version adds 4.
    QVERIFY(code->size() >= 21);
    QCOMPARE((code->size() - 21) % 4, 0);
    // The three finder patterns: a dark 7×7 ring, a light ring, a dark 3×3 centre.
    const QList<QPoint> corners = {{0, 0}, {code->size() - 7, 0}, {0, code->size() - 7}};
    for (const QPoint &corner : corners) {
        for (int y = 0; y < 7; ++y) {
            for (int x = 0; x < 7; ++x) {
                const int ring = qMin(qMin(x, y), qMin(6 - x, 6 - y));
                const bool dark = ring != 1;
                QVERIFY2(code->isDark(corner.x() + x, corner.y() + y) == dark,
                         qPrintable(u"finder at %1,%2 module %3,%4"_s.arg(corner.x()).arg(corner.y()).arg(x).arg(y)));
            }
        }
    }
    // Longer text needs a bigger symbol; different text gives a different one.
    const auto longer = QrCode::encode(QString(200, u'X'));
    QVERIFY(longer.ok());
    QVERIFY(longer->size() > code->size());
    QVERIFY(!QrCode::encode(QString()).ok());
    QVERIFY(!QrCode::encode(QString(8000, u'X')).ok());
}

void tst_TicketRenderer::qrCodeImageMatchesMatrix()
{
    const auto code = QrCode::encode(u"BO-7KQ2-9XZD"_s);
    QVERIFY(code.ok());
    const int module = 5;
    const QImage image = code->toImage(module);
    QCOMPARE(image.width(), (code->size() + 2 * QrCode::QuietZone) * module);
    for (int y = -QrCode::QuietZone; y < code->size() + QrCode::QuietZone; ++y) {
        for (int x = -QrCode::QuietZone; x < code->size() + QrCode::QuietZone; ++x) {
            const QPoint centre((x + QrCode::QuietZone) * module + module / 2, (y + QrCode::QuietZone) * module + module / 2);
            const bool dark = qGray(image.pixel(centre)) < 128;
            QVERIFY2(dark == code->isDark(x, y), qPrintable(u"module %1,%2"_s.arg(x).arg(y)));
        }
    }
}

namespace {

/// Dark and light modules of `code` that the ticket image does not show in its QR code area.
int mismatchedModules(const QImage &ticket, const QrCode &code)
{
    const QRectF area = TicketRenderer::qrCodeRect(QRectF(ticket.rect()));
    const int modules = code.size() + 2 * QrCode::QuietZone;
    // The painter snaps modules to whole pixels and centres the symbol in its area.
    const int module = int(std::floor(qMin(area.width(), area.height()) / modules));
    const qreal used = qreal(module) * modules;
    const QPointF origin(std::round(area.center().x() - used / 2), std::round(area.center().y() - used / 2));
    int mismatches = 0;
    for (int y = -QrCode::QuietZone; y < code.size() + QrCode::QuietZone; ++y) {
        for (int x = -QrCode::QuietZone; x < code.size() + QrCode::QuietZone; ++x) {
            const QPoint centre = (origin + QPointF((x + QrCode::QuietZone + 0.5) * module,
                                                    (y + QrCode::QuietZone + 0.5) * module)).toPoint();
            if ((qGray(ticket.pixel(centre)) < 128) != code.isDark(x, y))
                ++mismatches;
        }
    }
    return mismatches;
}

} // namespace

void tst_TicketRenderer::ticketCarriesTheQrCodeOfItsTicketCode()
{
    // Without any external tool: the modules drawn on each ticket are those of its own seat's code,
    // not the booking reference's nor the other ticket's.
    const Booking booking = sampleBooking();
    const QList<BookedSeat> seats = TicketRenderer::ticketSeats(booking);
    QCOMPARE(seats.size(), 2);
    const auto reference = QrCode::encode(booking.reference);
    QVERIFY(reference.ok());
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const QImage ticket = renderTicket(booking, seats.at(i), 8);
        const auto own = QrCode::encode(TicketCode::qrText(seats.at(i).ticketCode));
        const auto other = QrCode::encode(TicketCode::qrText(seats.at(1 - i).ticketCode));
        QVERIFY(own.ok() && other.ok());
        QCOMPARE(mismatchedModules(ticket, own.value()), 0);
        QVERIFY(mismatchedModules(ticket, other.value()) > 0);
        QVERIFY(mismatchedModules(ticket, reference.value()) > 0);
    }
}

void tst_TicketRenderer::ticketWithoutACodeHasNoQrCode()
{
    // A seat without a code (never so on schema 11) gets no QR code rather than the reference's.
    Booking booking = sampleBooking();
    booking.seats[0].ticketCode.clear();
    const QImage ticket = renderTicket(booking, booking.seats.first(), 8);
    const QRect area = TicketRenderer::qrCodeRect(QRectF(ticket.rect())).toAlignedRect();
    int dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            dark += qGray(ticket.pixel(x, y)) < 128;
    }
    QCOMPARE(dark, 0);
}

void tst_TicketRenderer::pdfHasOnePagePerSeatWithItsText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"ticket.pdf"_s);
    const Booking booking = sampleBooking();
    const auto written = TicketRenderer::writePdf(booking, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    QString text;
    RUN_TOOL(text, "pdftotext", (QStringList{u"-enc"_s, u"UTF-8"_s, path, u"-"_s}));
    // pdftotext ends every page with a form feed.
    QStringList pages = text.split(u'\f');
    if (pages.last().trimmed().isEmpty())
        pages.removeLast();
    QCOMPARE(pages.size(), 2); // C9 was released by a manager: no ticket
    const QStringList seatNumbers = {u"7"_s, u"8"_s};
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString &page = pages.at(i);
        QVERIFY2(page.contains(booking.showTitle), qPrintable(page));
        QVERIFY2(page.contains(booking.hallName), qPrintable(page));
        QVERIFY2(page.contains(booking.reference), qPrintable(page));
        QVERIFY2(page.contains(booking.seats.at(i).ticketCode), qPrintable(page));
        QVERIFY2(page.contains(u"Row C · Seat %1"_s.arg(seatNumbers.at(i))), qPrintable(page));
        QVERIFY2(page.contains(u"2031"_s), qPrintable(page));
        QVERIFY2(page.contains(u"20:45"_s), qPrintable(page));
        QVERIFY2(page.contains(u"Ticket %1 of 2"_s.arg(i + 1)), qPrintable(page));
        QVERIFY2(page.contains(booking.customer.name), qPrintable(page));
    }
    QVERIFY(pages.at(0).contains(formatMoney(1800)));
    QVERIFY(pages.at(0).contains(ticketTypeName(u"adult"_s)));
    QVERIFY(pages.at(1).contains(formatMoney(1080)));
    QVERIFY(pages.at(1).contains(ticketTypeName(u"child"_s)));
    QVERIFY(!text.contains(u"Seat 9"_s));
    QVERIFY(!text.contains(booking.seats.at(2).ticketCode));

    QString info;
    RUN_TOOL(info, "pdfinfo", QStringList{path});
    // 210 × 99 mm in points.
    QVERIFY2(info.contains(u"595 x 281 pts"_s), qPrintable(info));
}

void tst_TicketRenderer::pdfQrCodeDecodesToItsTicketCode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(u"ticket.pdf"_s);
    const Booking booking = sampleBooking();
    QVERIFY(TicketRenderer::writePdf(booking, pdf).ok());
    QString ignored;
    const QString prefix = dir.filePath(u"page"_s);
    RUN_TOOL(ignored, "pdftoppm", (QStringList{u"-r"_s, u"200"_s, u"-png"_s, u"-f"_s, u"2"_s, u"-l"_s, u"2"_s,
                                               u"-singlefile"_s, pdf, prefix}));
    QString decoded;
    RUN_TOOL(decoded, "zbarimg", (QStringList{u"--raw"_s, u"-q"_s, prefix + u".png"_s}));
    QCOMPARE(decoded.trimmed(), TicketCode::qrText(booking.seats.at(1).ticketCode));
}

void tst_TicketRenderer::renderedTicketQrCodeDecodes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Booking booking = sampleBooking();
    booking.seats.first().ticketCode = TicketCode::generate();
    const QString png = dir.filePath(u"ticket.png"_s);
    // Screen resolution, roughly: 4 px per millimetre.
    QVERIFY(renderTicket(booking, booking.seats.first(), 4).save(png));
    QString decoded;
    RUN_TOOL(decoded, "zbarimg", (QStringList{u"--raw"_s, u"-q"_s, png}));
    QCOMPARE(decoded.trimmed(), TicketCode::qrText(booking.seats.first().ticketCode));
}

void tst_TicketRenderer::printerGetsEveryTicket()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"printed.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    Booking booking = sampleBooking();
    booking.seats[2].released = false;
    booking.seats.append({u"C10"_s, u"C"_s, 10, u"premium"_s, u"concession"_s, 1440, false});
    TicketRenderer::print(booking, &printer);
    QVERIFY(QFileInfo(path).size() > 0);

    QString text;
    RUN_TOOL(text, "pdftotext", (QStringList{u"-enc"_s, u"UTF-8"_s, path, u"-"_s}));
    for (int number = 7; number <= 10; ++number)
        QCOMPARE(text.count(u"Row C · Seat %1"_s.arg(number)), 1);
    // Three tickets share an A4 sheet: four take two sheets.
    QStringList pages = text.split(u'\f');
    if (pages.last().trimmed().isEmpty())
        pages.removeLast();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).count(booking.reference), 3 * 2); // stub and footer of each ticket
}

void tst_TicketRenderer::unwritablePathIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
    const auto written = TicketRenderer::writePdf(sampleBooking(), dir.filePath(u"missing/folder/ticket.pdf"_s));
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(u"ticket.pdf"_s));
}

void tst_TicketRenderer::bookingWithoutSeatsIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Booking booking = sampleBooking();
    for (BookedSeat &seat : booking.seats)
        seat.released = true;
    const QString path = dir.filePath(u"ticket.pdf"_s);
    QVERIFY(!TicketRenderer::writePdf(booking, path).ok());
    QVERIFY(!QFileInfo::exists(path) || QFileInfo(path).size() == 0);
}

QTEST_MAIN(tst_TicketRenderer)
#include "tst_ticketrenderer.moc"
