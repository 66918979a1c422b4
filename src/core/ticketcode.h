#pragma once

#include <QString>

namespace boxoffice {

/// The code of one ticket (one booked seat), which the ticket's QR code carries and the door
/// checks in: 128 bits from the operating system's CSPRNG, written as 26 characters of RFC 4648
/// base32 without padding ("A"–"Z", "2"–"7"), so that it fits the QR alphanumeric mode, reads
/// aloud and types on a phone. Nothing about the booking can be derived from it, and it cannot be
/// guessed: the database's unique index is the only place that knows it.
class TicketCode final
{
public:
    static constexpr int length = 26;

    /// A fresh random code.
    static QString generate();
    /// The code in `scanned` as stored, or an empty string when it cannot be one: case, spaces and
    /// dashes are forgiven (typed by hand), and a "BOXOFFICE-TICKET:" prefix is removed.
    static QString normalized(const QString &scanned);
    /// The text a ticket's QR code holds for `code`.
    static QString qrText(const QString &code);
};

} // namespace boxoffice
