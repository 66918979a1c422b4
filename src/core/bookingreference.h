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
};

} // namespace boxoffice
