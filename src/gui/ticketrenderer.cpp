#include "ticketrenderer.h"

#include "displaynames.h"
#include "qrcode.h"
#include "seatmappalette.h"
#include "ticketcode.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

constexpr qreal ticketWidth = 210.0;
constexpr qreal ticketHeight = 99.0;
constexpr qreal perforation = 152.0; // x of the tear line between ticket and stub
constexpr qreal mainLeft = 12.0;
constexpr qreal mainRight = 146.0;
constexpr qreal stubLeft = 156.0;
constexpr qreal stubRight = 206.0;
constexpr int pdfResolution = 600;
constexpr qreal printGapMillimetres = 4.0;

const QColor ink(0x1f, 0x23, 0x28);
const QColor muted(0x5f, 0x67, 0x72);
const QColor rule(0xc8, 0xcd, 0xd3);

/// Millimetre coordinates within one ticket mapped to the device.
class TicketCanvas
{
public:
    TicketCanvas(QPainter &painter, const QRectF &rect) : m_painter(painter), m_rect(rect), m_unit(rect.width() / ticketWidth) {}

    QRectF box(qreal x, qreal y, qreal w, qreal h) const
    {
        return QRectF(m_rect.left() + x * m_unit, m_rect.top() + y * m_unit, w * m_unit, h * m_unit);
    }
    qreal length(qreal millimetres) const { return millimetres * m_unit; }

    QFont font(qreal heightMillimetres, QFont::Weight weight = QFont::Normal, bool monospace = false) const
    {
        QFont font;
        if (monospace) {
            font.setFamily(u"DejaVu Sans Mono"_s);
            font.setStyleHint(QFont::Monospace);
        }
        font.setPixelSize(qMax(1, qRound(heightMillimetres * m_unit)));
        font.setWeight(weight);
        return font;
    }

    /// Text in a box, shrunk (down to `smallest`) and then elided to fit the box's width.
    void text(const QRectF &box, const QString &text, QFont font, const QColor &color, Qt::Alignment alignment,
              qreal smallest = 0) const
    {
        const qreal floor = smallest > 0 ? length(smallest) : font.pixelSize();
        while (QFontMetricsF(font).horizontalAdvance(text) > box.width() && font.pixelSize() > floor)
            font.setPixelSize(qMax(1, int(font.pixelSize() * 0.92)));
        const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, box.width());
        m_painter.setFont(font);
        m_painter.setPen(color);
        m_painter.drawText(box, int(alignment), shown);
    }

    void caption(qreal x, qreal y, qreal w, const QString &text, Qt::Alignment alignment = Qt::AlignLeft) const
    {
        QFont small = font(2.6, QFont::DemiBold);
        small.setCapitalization(QFont::AllUppercase);
        small.setLetterSpacing(QFont::PercentageSpacing, 110);
        this->text(box(x, y, w, 4), text, small, muted, alignment | Qt::AlignVCenter);
    }

private:
    QPainter &m_painter;
    QRectF m_rect;
    qreal m_unit;
};

/// The locale's short time without seconds (the C locale's short format has them).
QString shortTime(const QLocale &locale, QTime time)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(u"[:.]ss?"_s));
    return locale.toString(time, format);
}

} // namespace

QList<BookedSeat> TicketRenderer::ticketSeats(const Booking &booking)
{
    QList<BookedSeat> seats;
    for (const BookedSeat &seat : booking.seats) {
        if (!seat.released)
            seats.append(seat);
    }
    return seats;
}

QRectF TicketRenderer::qrCodeRect(const QRectF &ticket)
{
    const qreal unit = ticket.width() / ticketWidth;
    const qreal side = 40.0;
    return QRectF(ticket.left() + ((stubLeft + stubRight) / 2 - side / 2) * unit, ticket.top() + 6.0 * unit,
                  side * unit, side * unit);
}

void TicketRenderer::paint(QPainter &painter, const QRectF &rect, const Booking &booking, const BookedSeat &seat)
{
    const TicketCanvas canvas(painter, rect);
    const QList<BookedSeat> seats = ticketSeats(booking);
    qsizetype position = 0;
    while (position < seats.size() && seats.at(position).label != seat.label)
        ++position;
    const QString ofTotal = tr("Ticket %1 of %2").arg(position + 1).arg(seats.size());
    const QDateTime startsAt = inVenueZone(booking.showStartsAt);
    const QLocale locale;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Paper, with the category's colour as a band down the left edge.
    const qreal radius = canvas.length(3);
    QPainterPath outline;
    outline.addRoundedRect(rect.adjusted(canvas.length(0.3), canvas.length(0.3), -canvas.length(0.3), -canvas.length(0.3)),
                           radius, radius);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawPath(outline);
    painter.save();
    painter.setClipPath(outline);
    QStringList categories;
    for (const BookedSeat &booked : seats) {
        if (!categories.contains(booked.category))
            categories.append(booked.category);
    }
    const int style = SeatMapPalette::assignStyles(categories).value(seat.category);
    painter.fillRect(canvas.box(0, 0, 5, ticketHeight), SeatMapPalette::categoryColor(style));
    painter.restore();
    painter.setPen(QPen(rule, canvas.length(0.3)));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);

    // The tear line, with notches where a paper ticket is punched.
    QPen dashed(rule, canvas.length(0.35), Qt::CustomDashLine);
    dashed.setDashPattern({4, 3});
    painter.setPen(dashed);
    painter.drawLine(canvas.box(perforation, 5, 0, 0).topLeft(), canvas.box(perforation, ticketHeight - 5, 0, 0).topLeft());
    painter.setPen(QPen(rule, canvas.length(0.3)));
    painter.setBrush(Qt::white);
    const qreal notch = canvas.length(2.5);
    painter.drawEllipse(canvas.box(perforation, 0, 0, 0).topLeft(), notch, notch);
    painter.drawEllipse(canvas.box(perforation, ticketHeight, 0, 0).topLeft(), notch, notch);

    // Main part.
    const qreal mainWidth = mainRight - mainLeft;
    QFont brand = canvas.font(2.8, QFont::Bold);
    brand.setLetterSpacing(QFont::PercentageSpacing, 125);
    brand.setCapitalization(QFont::AllUppercase);
    canvas.text(canvas.box(mainLeft, 6, mainWidth / 2, 4), tr("Box Office"), brand, muted, Qt::AlignLeft | Qt::AlignVCenter);
    canvas.caption(mainLeft + mainWidth / 2, 6, mainWidth / 2, tr("Admit one"), Qt::AlignRight);

    canvas.text(canvas.box(mainLeft, 12, mainWidth, 11), booking.showTitle, canvas.font(7.2, QFont::Bold), ink,
                Qt::AlignLeft | Qt::AlignVCenter, 4.5);
    const QString when = tr("%1 · %2").arg(locale.toString(startsAt.date(), QLocale::LongFormat),
                                            shortTime(locale, startsAt.time()));
    canvas.text(canvas.box(mainLeft, 24, mainWidth, 6), when, canvas.font(4.2, QFont::DemiBold), ink,
                Qt::AlignLeft | Qt::AlignVCenter, 3);
    canvas.text(canvas.box(mainLeft, 30.5, mainWidth, 6), booking.hallName, canvas.font(4.0), muted,
                Qt::AlignLeft | Qt::AlignVCenter, 3);

    painter.setPen(QPen(rule, canvas.length(0.3)));
    painter.drawLine(canvas.box(mainLeft, 40, 0, 0).topLeft(), canvas.box(mainRight, 40, 0, 0).topLeft());

    // Row and seat large enough to find in a dark auditorium.
    canvas.caption(mainLeft, 43, 28, tr("Row"));
    canvas.text(canvas.box(mainLeft, 47, 28, 13), seat.rowLabel, canvas.font(10, QFont::Bold), ink,
                Qt::AlignLeft | Qt::AlignVCenter, 6);
    canvas.caption(mainLeft + 30, 43, 28, tr("Seat"));
    canvas.text(canvas.box(mainLeft + 30, 47, 28, 13), QString::number(seat.number), canvas.font(10, QFont::Bold), ink,
                Qt::AlignLeft | Qt::AlignVCenter, 6);
    canvas.caption(mainLeft + 62, 43, mainWidth - 62, tr("Category"));
    canvas.text(canvas.box(mainLeft + 62, 47, mainWidth - 62, 13), categoryName(seat.category),
                canvas.font(5.5, QFont::DemiBold), ink, Qt::AlignLeft | Qt::AlignVCenter, 3.5);

    canvas.caption(mainLeft, 63, 28, tr("Ticket"));
    canvas.text(canvas.box(mainLeft, 67, 28, 8), ticketTypeName(seat.ticketType), canvas.font(4.6, QFont::DemiBold), ink,
                Qt::AlignLeft | Qt::AlignVCenter, 3);
    canvas.caption(mainLeft + 30, 63, 28, tr("Price"));
    canvas.text(canvas.box(mainLeft + 30, 67, 28, 8), formatMoney(seat.priceCents), canvas.font(4.6, QFont::DemiBold), ink,
                Qt::AlignLeft | Qt::AlignVCenter, 3);
    if (!booking.customer.name.isEmpty()) {
        canvas.caption(mainLeft + 62, 63, mainWidth - 62, tr("Name"));
        canvas.text(canvas.box(mainLeft + 62, 67, mainWidth - 62, 8), booking.customer.name,
                    canvas.font(4.6, QFont::DemiBold), ink, Qt::AlignLeft | Qt::AlignVCenter, 3);
    }

    QStringList footer = {tr("Booking %1").arg(booking.reference), ofTotal};
    if (!booking.paymentMethod.isEmpty())
        footer.append(tr("Paid by %1").arg(paymentMethodName(booking.paymentMethod).toLower()));
    canvas.text(canvas.box(mainLeft, 85, mainWidth, 6), footer.join(u"  ·  "_s), canvas.font(3.0), muted,
                Qt::AlignLeft | Qt::AlignVCenter, 2.2);

    // Stub: what the door checks, this ticket's own code; the reference stays for the counter.
    const QRectF qrArea = qrCodeRect(rect);
    if (!seat.ticketCode.isEmpty()) {
        if (const auto code = QrCode::encode(TicketCode::qrText(seat.ticketCode)); code.ok())
            code->paint(painter, qrArea);
    }
    const qreal stubWidth = stubRight - stubLeft;
    canvas.text(canvas.box(stubLeft, 47, stubWidth, 7), booking.reference, canvas.font(4.6, QFont::Bold, true), ink,
                Qt::AlignHCenter | Qt::AlignVCenter, 3);
    canvas.text(canvas.box(stubLeft, 56, stubWidth, 6),
                tr("Row %1 · Seat %2").arg(seat.rowLabel, QString::number(seat.number)),
                canvas.font(4.0, QFont::DemiBold), ink, Qt::AlignHCenter | Qt::AlignVCenter, 2.5);
    canvas.text(canvas.box(stubLeft, 63, stubWidth, 5),
                tr("%1 · %2").arg(locale.toString(startsAt.date(), QLocale::ShortFormat),
                                  shortTime(locale, startsAt.time())),
                canvas.font(3.2), muted, Qt::AlignHCenter | Qt::AlignVCenter, 2.2);
    canvas.text(canvas.box(stubLeft, 68.5, stubWidth, 5), booking.hallName, canvas.font(3.2), muted,
                Qt::AlignHCenter | Qt::AlignVCenter, 2.2);
    // For the door to type in when the QR code cannot be read.
    canvas.text(canvas.box(stubLeft - 2, 77, stubWidth + 4, 5), seat.ticketCode, canvas.font(2.6, QFont::Normal, true),
                ink, Qt::AlignHCenter | Qt::AlignVCenter, 1.8);
    canvas.text(canvas.box(stubLeft, 85, stubWidth, 6), ofTotal, canvas.font(3.0), muted,
                Qt::AlignHCenter | Qt::AlignVCenter, 2.2);

    painter.restore();
}

Result<bool> TicketRenderer::writePdf(const Booking &booking, const QString &path)
{
    const QList<BookedSeat> seats = ticketSeats(booking);
    if (seats.isEmpty())
        return Error{ErrorCode::InvalidField, tr("Booking %1 has no seats to print.").arg(booking.reference), {}};

    {
        QPdfWriter writer(path);
        writer.setResolution(pdfResolution);
        writer.setPageSize(QPageSize(ticketSizeMillimetres(), QPageSize::Millimeter, tr("Ticket"), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(tr("Tickets %1").arg(booking.reference));
        writer.setCreator(tr("Box Office"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            return Error{ErrorCode::InvalidField,
                         tr("Cannot write to %1. Check that the folder exists and is writable.")
                                 .arg(QDir::toNativeSeparators(path)),
                         {}};
        }
        const QRectF page(0, 0, writer.width(), writer.height());
        for (qsizetype i = 0; i < seats.size(); ++i) {
            if (i > 0)
                writer.newPage();
            paint(painter, page, booking, seats.at(i));
        }
        if (!painter.end())
            return Error{ErrorCode::InvalidField, tr("Writing %1 failed.").arg(QDir::toNativeSeparators(path)), {}};
    }
    // QPdfWriter reports no write errors (a full disk), so check what arrived.
    if (QFileInfo(path).size() == 0)
        return Error{ErrorCode::InvalidField, tr("Writing %1 failed.").arg(QDir::toNativeSeparators(path)), {}};
    return true;
}

void TicketRenderer::print(const Booking &booking, QPrinter *printer)
{
    const QList<BookedSeat> seats = ticketSeats(booking);
    if (!printer || seats.isEmpty())
        return;
    QPainter painter;
    if (!painter.begin(printer))
        return;
    const QRectF page = printer->pageRect(QPrinter::DevicePixel);
    const qreal pixelsPerMillimetre = printer->resolution() / 25.4;
    const qreal gap = printGapMillimetres * pixelsPerMillimetre;
    const qreal fullHeight = ticketHeight * pixelsPerMillimetre;
    qreal scale = qMin<qreal>(1.0, page.width() / (ticketWidth * pixelsPerMillimetre));
    int perPage = qMax(1, int((page.height() + gap) / (fullHeight * scale + gap)));
    // A slightly smaller ticket that puts one more on each sheet (three on A4 instead of two)
    // saves paper and still scans.
    const qreal denser = (page.height() - perPage * gap) / ((perPage + 1) * fullHeight);
    if (denser >= scale * 0.85) {
        scale = qMin(scale, denser);
        ++perPage;
    }
    const QSizeF ticket(ticketWidth * pixelsPerMillimetre * scale, fullHeight * scale);
    // The painter's origin is the printable area's top-left corner.
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const int slot = int(i % perPage);
        if (i > 0 && slot == 0)
            printer->newPage();
        const QRectF rect(QPointF(0, slot * (ticket.height() + gap)), ticket);
        paint(painter, rect, booking, seats.at(i));
    }
    painter.end();
}

} // namespace boxoffice
