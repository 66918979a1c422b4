#pragma once

#include <QString>

namespace boxoffice {

/// Booking references like "BO-7KQ2-9XZD": 40 random bits in Crockford's base-32 alphabet,
/// which leaves out I, L, O and U so that a reference read out over the counter is unambiguous.
class BookingReference final
{
public:
    static QString generate();
    static bool isWellFormed(const QString &reference);
    /// What a reservation's QR code holds: "BOXOFFICE:" and the reference, so that a scan is
    /// told from a reference or a name typed into the same search field.
    static QString scanCode(const QString &reference);
    /// The reference in what the counter's search field received: a scan of scanCode() or a
    /// reference typed in any case; empty when it is neither.
    static QString fromScanOrTyped(const QString &text);
};

} // namespace boxoffice
