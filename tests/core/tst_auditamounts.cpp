// The audit actions that carry money, each written by the service that does it, read back by
// AuditAmounts: every amount, in order, where its digits stand, whatever the names around them.
#include "auditamounts.h"
#include "moneytesting.h"
#include "shiftservice.h"
#include "showservice.h"

#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

QList<qint64> centsOf(const QList<PaymentLine> &lines)
{
    QList<qint64> cents;
    for (const PaymentLine &line : lines)
        cents.append(line.amountCents);
    return cents;
}

} // namespace

class tst_AuditAmounts : public QObject
{
    Q_OBJECT

    /// The newest entry's details of `action`; its amounts are `cents`, each spelt where read()
    /// says (followed by `unit`).
    static void verifyAmounts(const TestDatabase &db, const QString &action, const QList<qint64> &cents,
                              const QString &unit = {})
    {
        auto row = db.database->run(u"SELECT details FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1"_s,
                                    {action});
        QVERIFY(row.ok() && row.value().next());
        const QString details = row.value().value(0).toString();
        const QList<AuditAmount> amounts = AuditAmounts::read(action, details);
        QList<qint64> read;
        for (const AuditAmount &amount : amounts) {
            read.append(amount.cents);
            QCOMPARE(details.mid(amount.position, amount.length), QString::number(amount.cents) + unit);
        }
        QVERIFY2(read == cents, qPrintable(details));
    }

private slots:
    void everyActionWithMoneyReadsBackItsAmounts()
    {
        TestDatabase db;
        MoneyFixture money(db);
        // Names that look like amounts and like the texts around them.
        db.exec(u"INSERT INTO staff (id, name, role, secret_hash, created_at) VALUES (3, ?, 'cashier', 'x', 0)"_s,
                {u"Bo, 12, x: cash 5, card 6 counted"_s});
        const StaffActor bo{3, u"Bo, 12, x: cash 5, card 6 counted"_s, 0, {}};
        ShiftService shifts(*db.database, db.clock);
        auto opened = shifts.openShift(bo, 2000, u"Till 5 cents at 7"_s);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        verifyAmounts(db, u"open shift"_s, {2000}, u" cents"_s);
        QVERIFY(shifts.countShift(opened->id, {10050, 0}, bo).ok());
        verifyAmounts(db, u"count shift"_s, {10050, 0});
        auto closed = shifts.closeShift(opened->id, u"a note of 20 cents"_s, bo);
        QVERIFY2(closed.ok(), qPrintable(closed.ok() ? QString() : closed.error().message));
        verifyAmounts(db, u"close shift"_s,
                      {10050, closed->expected.cashCents, 0, closed->expected.cardCents});

        ShowService shows(*db.database, db.feed, db.clock, *db.reservations);
        // Written sorted by category and ticket type.
        QVERIFY(shows.setPrices(db.show, {{u"standard"_s, u"adult"_s, 1500}, {u"premium"_s, u"adult"_s, 2200}},
                                money.manager)
                        .ok());
        verifyAmounts(db, u"set prices"_s, {2200, 1500});

        const QString sold = money.sell(db.show, {u"A1"_s, u"B1"_s}, u"card"_s);
        auto refunded = db.reservations->refund(sold, {u"A1"_s}, u"customer ill"_s, money.manager);
        QVERIFY2(refunded.ok(), qPrintable(refunded.ok() ? QString() : refunded.error().message));
        QVERIFY(!refunded->lines.isEmpty());
        verifyAmounts(db, u"refund"_s, centsOf(refunded->lines));

        const QString exchanged = money.sell(db.show, {u"A2"_s}, u"cash"_s);
        ExchangeRequest request{exchanged, {u"A2"_s}, db.show, {u"B2"_s}, {}, u"cash"_s, 5000, u"better view"_s};
        auto exchange = db.reservations->exchange(request, money.manager);
        QVERIFY2(exchange.ok(), qPrintable(exchange.ok() ? QString() : exchange.error().message));
        QVERIFY(!exchange->lines.isEmpty());
        verifyAmounts(db, u"exchange"_s, centsOf(exchange->lines));
    }

    void paymentLinesSayWhenNoMoneyMoved()
    {
        QCOMPARE(AuditAmounts::paymentLines({}), u"no money moved"_s);
        QVERIFY(AuditAmounts::read(u"refund"_s, u"K7Q2: show cancelled; no money moved"_s).isEmpty());
        // Seat labels before the "; " are no payment lines, however they look.
        const QString details = u"K7Q2: box a 3, box a 4; refund cash -1500"_s;
        const QList<AuditAmount> amounts = AuditAmounts::read(u"refund"_s, details);
        QCOMPARE(amounts, (QList<AuditAmount>{{details.indexOf(u"-1500"_s), 5, -1500}}));
    }

    void otherActionsAndForeignTextsCarryNone()
    {
        QVERIFY(AuditAmounts::read(u"update show"_s, u"\"Hamlet 2\" in hall 2"_s).isEmpty());
        QVERIFY(AuditAmounts::read(u"count shift"_s, u"shift 3 of Anna: cash many, card 0 counted"_s).isEmpty());
        QVERIFY(AuditAmounts::read(u"refund"_s, u"K7Q2: A1; refund cash lots"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AuditAmounts)
#include "tst_auditamounts.moc"
