#pragma once

#include "paymenttypes.h"
#include "shift.h"
#include "types.h"

#include <QList>
#include <QString>

namespace boxoffice {

/// An amount of money said in an audit entry's details: where its text stands and how much.
struct AuditAmount
{
    /// The characters of the details that say the amount: its digits and any unit word after.
    qsizetype position = 0;
    qsizetype length = 0;
    qint64 cents = 0;

    friend bool operator==(const AuditAmount &, const AuditAmount &) = default;
};

/// The details of the audit actions that carry money ("open shift", "count shift", "close shift",
/// "refund", "exchange", "set prices"), written and read in one place. The log keeps details as
/// text, amounts in cents; a reader that shows them in a currency asks read() where they are
/// instead of guessing at the wording, which names of staff, counters, seats and categories
/// share.
class AuditAmounts final
{
public:
    static QString openShift(qint64 floatCents, const QString &counter);
    static QString countShift(qint64 shift, const QString &staffName, const DrawerSums &counted);
    static QString closeShift(qint64 shift, const QString &staffName, const ShiftCount &count);
    /// The money a refund or an exchange moved, last in its details after "; ".
    static QString paymentLines(const QList<PaymentLine> &lines);
    /// A price list, in the order given.
    static QString prices(const QList<Price> &prices);

    /// The amounts in the details of an entry of `action`, in the order they stand; none for an
    /// action that carries no money or details these functions did not write.
    static QList<AuditAmount> read(const QString &action, const QString &details);
};

} // namespace boxoffice
