#include "auditamounts.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

const QString noMoneyMoved = u"no money moved"_s;
const QString linesSeparator = u", "_s;

/// The amounts of `match`, one per capture group, each spanning its digits and `unit` after them.
QList<AuditAmount> amountsOf(const QRegularExpressionMatch &match, qsizetype offset = 0, const QString &unit = {})
{
    QList<AuditAmount> amounts;
    if (!match.hasMatch())
        return amounts;
    for (int group = 1; group <= match.lastCapturedIndex(); ++group) {
        const qsizetype length = match.capturedLength(group) + (unit.isEmpty() ? 0 : unit.size());
        amounts.append({offset + match.capturedStart(group), length, match.captured(group).toLongLong()});
    }
    return amounts;
}

/// The payment lines after the last "; " of a refund's or an exchange's details.
QList<AuditAmount> paymentLineAmounts(const QString &details)
{
    static const QRegularExpression line(uR"(^[a-z_]+ [a-z_]+ (-?\d+)$)"_s);
    const qsizetype separator = details.lastIndexOf(u"; "_s);
    if (separator < 0)
        return {};
    QList<AuditAmount> amounts;
    qsizetype from = separator + 2;
    if (details.mid(from) == noMoneyMoved)
        return amounts;
    for (const QString &part : details.mid(from).split(linesSeparator)) {
        const QList<AuditAmount> found = amountsOf(line.match(part), from);
        if (found.isEmpty())
            return {};
        amounts += found;
        from += part.size() + linesSeparator.size();
    }
    return amounts;
}

QList<AuditAmount> priceAmounts(const QString &details)
{
    static const QRegularExpression price(uR"(=(-?\d+)(?=, |$))"_s);
    QList<AuditAmount> amounts;
    for (auto found = price.globalMatch(details); found.hasNext();)
        amounts += amountsOf(found.next());
    return amounts;
}

} // namespace

QString AuditAmounts::openShift(qint64 floatCents, const QString &counter)
{
    return u"float %1 cents at %2"_s.arg(floatCents).arg(counter);
}

QString AuditAmounts::countShift(qint64 shift, const QString &staffName, const DrawerSums &counted)
{
    return u"shift %1 of %2: cash %3, card %4 counted"_s.arg(shift).arg(staffName).arg(counted.cashCents).arg(
            counted.cardCents);
}

QString AuditAmounts::closeShift(qint64 shift, const QString &staffName, const ShiftCount &count)
{
    return u"shift %1 of %2: cash %3 counted, %4 expected; card %5 counted, %6 expected"_s.arg(shift)
            .arg(staffName)
            .arg(count.counted.cashCents)
            .arg(count.expected.cashCents)
            .arg(count.counted.cardCents)
            .arg(count.expected.cardCents);
}

QString AuditAmounts::paymentLines(const QList<PaymentLine> &lines)
{
    QStringList parts;
    for (const PaymentLine &line : lines)
        parts.append(u"%1 %2 %3"_s.arg(line.kind, line.method).arg(line.amountCents));
    return parts.isEmpty() ? noMoneyMoved : parts.join(linesSeparator);
}

QString AuditAmounts::prices(const QList<Price> &prices)
{
    QStringList listed;
    for (const Price &price : prices)
        listed.append(u"%1/%2=%3"_s.arg(price.category, price.ticketType).arg(price.priceCents));
    return listed.join(u", "_s);
}

QList<AuditAmount> AuditAmounts::read(const QString &action, const QString &details)
{
    // Anchored at the end: a staff or counter name may say anything before.
    static const QRegularExpression openShiftText(uR"(^float (-?\d+) cents at )"_s);
    static const QRegularExpression countShiftText(uR"(: cash (-?\d+), card (-?\d+) counted$)"_s);
    static const QRegularExpression closeShiftText(
            uR"(: cash (-?\d+) counted, (-?\d+) expected; card (-?\d+) counted, (-?\d+) expected$)"_s);
    if (action == u"open shift"_s)
        return amountsOf(openShiftText.match(details), 0, u" cents"_s);
    if (action == u"count shift"_s)
        return amountsOf(countShiftText.match(details));
    if (action == u"close shift"_s)
        return amountsOf(closeShiftText.match(details));
    if (action == u"refund"_s || action == u"exchange"_s)
        return paymentLineAmounts(details);
    if (action == u"set prices"_s)
        return priceAmounts(details);
    return {};
}

} // namespace boxoffice
