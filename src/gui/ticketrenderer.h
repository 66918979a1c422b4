#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>

class QPainter;
class QPrinter;

namespace boxoffice {

/// Draws a booking's tickets: one ticket per seat with the show, its time, the hall, row and
/// seat, category, ticket type, price and the booking reference, and on the tear-off stub the
/// seat's ticket code, also as the QR code the door scans (TicketCode::qrText). Seats a manager
/// released get no ticket.
///
/// Everything is laid out in millimetres of a 210 × 99 mm ticket (a third of an A4 sheet) and
/// scaled to the target, so the PDF, the printer and the screen show the same ticket.
class TicketRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(boxoffice::TicketRenderer)

public:
    TicketRenderer() = delete;

    static QSizeF ticketSizeMillimetres() { return {210.0, 99.0}; }

    /// The seats that get a ticket, in booking order.
    static QList<BookedSeat> ticketSeats(const Booking &booking);

    /// Writes the tickets to a PDF file, one ticket-sized page per seat.
    static Result<bool> writePdf(const Booking &booking, const QString &path);
    /// Prints the tickets at their real size (smaller only if the paper is narrower), as many
    /// to a page as fit. Does nothing if the printer cannot be opened.
    static void print(const Booking &booking, QPrinter *printer);
    /// Draws one ticket into `rect`, which should have the ticket's aspect ratio.
    static void paint(QPainter &painter, const QRectF &rect, const Booking &booking, const BookedSeat &seat);
    /// Where paint() puts the QR code (including its quiet zone) within a ticket's rectangle.
    static QRectF qrCodeRect(const QRectF &ticket);
};

} // namespace boxoffice
