#include "paymentledger.h"

#include "sqlvalues.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

const QString cardMethod = u"card"_s;
const QString cashMethod = u"cash"_s;

/// Card first, cash last, any other method in between by name.
int refundRank(const QString &method)
{
    if (method == cardMethod)
        return 0;
    return method == cashMethod ? 2 : 1;
}

} // namespace

PaymentLedger::PaymentLedger(Database &database) : m_database(database) {}

Result<BookingMoney> PaymentLedger::bookingMoney(const QString &reference) const
{
    return m_database.read<BookingMoney>([&]() -> Result<BookingMoney> {
        auto found = m_database.run(u"SELECT id FROM bookings WHERE reference = ?"_s, {reference.trimmed().toUpper()});
        if (!found.ok())
            return found.error();
        if (!found.value().next())
            return Error{ErrorCode::NotFound, u"There is no booking %1."_s.arg(reference), {}};
        const qint64 bookingId = found.value().value(0).toLongLong();
        found.value().finish();
        return moneyOf(bookingId);
    });
}

Result<QList<BookingMoney>> PaymentLedger::bookingsHoldingMoney(qint64 show) const
{
    return m_database.read<QList<BookingMoney>>([&]() -> Result<QList<BookingMoney>> {
        auto found = m_database.run(u"SELECT b.id FROM bookings b JOIN payments p ON p.booking_id = b.id"
                                    " WHERE b.show_id = ? GROUP BY b.id HAVING SUM(p.amount_cents) > 0"
                                    " ORDER BY MIN(b.created_at), b.id"_s,
                                    {show});
        if (!found.ok())
            return found.error();
        QList<qint64> ids;
        while (found.value().next())
            ids.append(found.value().value(0).toLongLong());
        found.value().finish();
        QList<BookingMoney> bookings;
        for (qint64 id : std::as_const(ids)) {
            auto money = moneyOf(id);
            if (!money.ok())
                return money.error();
            bookings.append(money.value());
        }
        return bookings;
    });
}

Result<BookingMoney> PaymentLedger::moneyOf(qint64 bookingId) const
{
    auto booking = m_database.run(u"SELECT reference, payment_state FROM bookings WHERE id = ?"_s, {bookingId});
    if (!booking.ok())
        return booking.error();
    if (!booking.value().next())
        return Error{ErrorCode::NotFound, u"There is no booking %1."_s.arg(bookingId), {}};
    BookingMoney money;
    money.bookingId = bookingId;
    money.reference = booking.value().value(0).toString();
    money.paymentState = paymentStateFromName(booking.value().value(1).toString()).value_or(PaymentState::Paid);
    booking.value().finish();

    auto lines = m_database.run(u"SELECT id, at, kind, method, amount_cents, tendered_cents, shift_id, staff_id, reason"
                                " FROM payments WHERE booking_id = ? ORDER BY id"_s,
                                {bookingId});
    if (!lines.ok())
        return lines.error();
    while (lines.value().next()) {
        const SqlRows &row = lines.value();
        PaymentLine line;
        line.id = row.value(0).toLongLong();
        line.bookingId = bookingId;
        line.at = QDateTime::fromMSecsSinceEpoch(row.value(1).toLongLong(), Qt::UTC);
        line.kind = row.value(2).toString();
        line.method = row.value(3).toString();
        line.amountCents = row.value(4).toLongLong();
        line.tenderedCents = row.value(5).toLongLong();
        line.shiftId = row.value(6).toLongLong();
        line.staffId = row.value(7).toLongLong();
        line.reason = row.value(8).toString();
        if (line.kind == u"payment"_s)
            money.paidCents += line.amountCents;
        else if (line.kind == u"refund"_s)
            money.refundedCents -= line.amountCents;
        else
            money.transferredCents += line.amountCents;
        money.balanceCents += line.amountCents;
        money.balanceByMethod[line.method] += line.amountCents;
        money.lines.append(line);
    }
    lines.value().finish();
    return money;
}

Result<PaymentLine> PaymentLedger::record(PaymentLine line, qint64 atMs) const
{
    line.shiftId = 0;
    if (line.staffId > 0) {
        auto shift = m_database.run(u"SELECT id FROM shifts WHERE staff_id = ? AND closed_at IS NULL"_s, {line.staffId});
        if (!shift.ok())
            return shift.error();
        if (shift.value().next())
            line.shiftId = shift.value().value(0).toLongLong();
        shift.value().finish();
    }
    line.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    auto inserted = m_database.insert(
            u"INSERT INTO payments (booking_id, at, kind, method, amount_cents, tendered_cents, shift_id, staff_id,"
            " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {line.bookingId, atMs, line.kind, line.method, line.amountCents,
             line.tenderedCents > 0 ? QVariant(line.tenderedCents) : QVariant(QMetaType(QMetaType::LongLong)),
             idOrNull(line.shiftId), idOrNull(line.staffId), notNull(line.reason)});
    if (!inserted.ok())
        return inserted.error();
    line.id = inserted.value();
    return line;
}

QList<std::pair<QString, qint64>> PaymentLedger::refundSplit(const QHash<QString, qint64> &balanceByMethod,
                                                             qint64 amountCents)
{
    QStringList methods;
    for (auto it = balanceByMethod.cbegin(); it != balanceByMethod.cend(); ++it) {
        if (it.value() > 0)
            methods.append(it.key());
    }
    std::sort(methods.begin(), methods.end(), [](const QString &a, const QString &b) {
        return std::pair(refundRank(a), a) < std::pair(refundRank(b), b);
    });
    QList<std::pair<QString, qint64>> split;
    qint64 left = amountCents;
    for (const QString &method : std::as_const(methods)) {
        if (left <= 0)
            break;
        const qint64 part = std::min(left, balanceByMethod.value(method));
        split.append({method, part});
        left -= part;
    }
    return split;
}

} // namespace boxoffice
