#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace boxoffice {

/// A drawer's takings per payment method: the cash in it and the card terminal's total.
struct DrawerSums
{
    qint64 cashCents = 0;
    qint64 cardCents = 0;

    bool operator==(const DrawerSums &other) const = default;
};

/// What a drawer should hold and what was counted in it.
struct ShiftCount
{
    DrawerSums expected;
    DrawerSums counted;

    qint64 cashDifferenceCents() const { return counted.cashCents - expected.cashCents; }
    qint64 cardDifferenceCents() const { return counted.cardCents - expected.cardCents; }
    bool balances() const { return counted == expected; }
};

/// A cashier's time at a counter with a cash drawer: opened with a float, counted blind, closed.
struct Shift
{
    qint64 id = 0;
    qint64 staffId = 0;
    QString staffName;
    QString counter;
    QDateTime openedAt;
    qint64 floatCents = 0;
    /// Invalid while the shift is open.
    QDateTime closedAt;
    /// The blind count, once entered; the expected sums are kept from the moment of closing.
    std::optional<DrawerSums> counted;
    std::optional<DrawerSums> expected;
    QString closeNote;

    bool isOpen() const { return !closedAt.isValid(); }
    bool isCounted() const { return counted.has_value(); }
};

} // namespace boxoffice
