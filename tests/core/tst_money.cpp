#include "moneytesting.h"

#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void refundOfAWholeBookingReleasesItsSeatsAndPaysTheCardBack()
    {
        TestDatabase db;
        MoneyFixture money(db);
        const QString reference = money.sell(db.show, {u"A1"_s, u"B1"_s}, u"card"_s);
        QVERIFY(!reference.isEmpty());

        auto refunded = db.reservations->refund(reference, {}, u"customer ill"_s, money.manager);
        QVERIFY2(refunded.ok(), qPrintable(refunded.ok() ? QString() : refunded.error().message));
        QCOMPARE(refunded->refundedCents, 2800);
        QCOMPARE(refunded->seats, QStringList({u"A1"_s, u"B1"_s}));
        QCOMPARE(refunded->paymentState, PaymentState::Refunded);
        QCOMPARE(refunded->lines.size(), 1);
        QCOMPARE(refunded->lines[0].kind, u"refund"_s);
        QCOMPARE(refunded->lines[0].method, u"card"_s);
        QCOMPARE(refunded->lines[0].amountCents, -2800);
        QCOMPARE(refunded->lines[0].shiftId, 7);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Available);
        QCOMPARE(db.status(u"B1"_s), SeatStatus::Available);
        const BookingMoney after = money.money(reference);
        QCOMPARE(after.balanceCents, 0);
        QCOMPARE(after.refundedCents, 2800);
        QCOMPARE(after.paymentState, PaymentState::Refunded);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM bookings WHERE reference = ? AND cancelled_at IS NOT NULL"_s,
                           {reference}), 1);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'refund' AND staff_id = 1"
                           " AND reason = 'customer ill'"_s), 1);
        QVERIFY_MONEY_KEPT(money);
    }

    void refundOfOneSeatKeepsTheRest()
    {
        TestDatabase db;
        MoneyFixture money(db);
        const QString reference = money.sell(db.show, {u"A1"_s, u"B1"_s}, u"cash"_s);

        auto refunded = db.reservations->refund(reference, {u"B1"_s}, u"wrong seat"_s, money.cashier);
        QVERIFY(refunded.ok());
        QCOMPARE(refunded->refundedCents, 1600);
        QCOMPARE(refunded->paymentState, PaymentState::Paid);
        QCOMPARE(refunded->lines[0].method, u"cash"_s);
        QCOMPARE(refunded->lines[0].shiftId, 0);
        QCOMPARE(refunded->lines[0].staffId, 2);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Booked);
        QCOMPARE(db.status(u"B1"_s), SeatStatus::Available);
        QCOMPARE(money.money(reference).balanceCents, 1200);
        QVERIFY_MONEY_KEPT(money);
    }

    void refundsGoToTheCardFirstAndCashLast()
    {
        TestDatabase db;
        MoneyFixture money(db);
        const QString reference = money.reservePaidBy(db.show, {u"A1"_s, u"A2"_s}, {{u"cash"_s, 1200}, {u"card"_s, 1200}});

        auto first = db.reservations->refund(reference, {u"A1"_s}, u"one less"_s, money.manager);
        QVERIFY(first.ok());
        QCOMPARE(first->lines.size(), 1);
        QCOMPARE(first->lines[0].method, u"card"_s);
        auto second = db.reservations->refund(reference, {u"A2"_s}, u"none at all"_s, money.manager);
        QVERIFY(second.ok());
        QCOMPARE(second->lines.size(), 1);
        QCOMPARE(second->lines[0].method, u"cash"_s);
        QCOMPARE(second->paymentState, PaymentState::Refunded);
        QVERIFY_MONEY_KEPT(money);

        const QList<std::pair<QString, qint64>> split =
                PaymentLedger::refundSplit({{u"cash"_s, 500}, {u"voucher"_s, 300}, {u"card"_s, 400}}, 1000);
        const QList<std::pair<QString, qint64>> expected = {{u"card"_s, 400}, {u"voucher"_s, 300}, {u"cash"_s, 300}};
        QCOMPARE(split, expected);
    }

    void aRefundNeverExceedsWhatWasPaid()
    {
        TestDatabase db;
        MoneyFixture money(db);
        const QString reference = money.reservePaidBy(db.show, {u"A1"_s, u"A2"_s}, {{u"cash"_s, 1000}});

        auto refunded = db.reservations->refund(reference, {}, u"short paid"_s, money.manager);
        QVERIFY(refunded.ok());
        QCOMPARE(refunded->refundedCents, 1000);
        QCOMPARE(money.money(reference).balanceCents, 0);
    }

    void anUnpaidReservationRefundsNothingAndReleases()
    {
        TestDatabase db;
        MoneyFixture money(db);
        const QString reference = money.reserve(db.show, {u"A1"_s});

        auto refunded = db.reservations->refund(reference, {}, u"not coming"_s, money.manager);
        QVERIFY(refunded.ok());
        QCOMPARE(refunded->refundedCents, 0);
        QVERIFY(refunded->lines.isEmpty());
        QCOMPARE(refunded->paymentState, PaymentState::Refunded);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Available);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM payments"_s), 0);
    }

    void refundRefusals_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<QStringList>("seats");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("withStaff");
        QTest::addColumn<QString>("message");
        QTest::newRow("no reason") << u"sold"_s << QStringList() << u" "_s << true << u"A refund needs a reason."_s;
        QTest::newRow("no staff") << u"sold"_s << QStringList() << u"why"_s << false
                                  << u"A refund needs the staff member who makes it."_s;
        QTest::newRow("unknown booking") << u"unknown"_s << QStringList() << u"why"_s << true
                                         << u"There is no booking BO-0000-0000."_s;
        QTest::newRow("seat of another booking") << u"sold"_s << QStringList{u"A1"_s, u"B5"_s} << u"why"_s << true
                                                 << u"These seats are not booked on %1: B5."_s;
        QTest::newRow("refunded already") << u"refunded"_s << QStringList() << u"why"_s << true
                                          << u"Booking %1 is refunded already."_s;
        QTest::newRow("expired") << u"expired"_s << QStringList() << u"why"_s << true
                                 << u"Reservation %1 expired unpaid: there is nothing to refund."_s;
    }

    void refundRefusals()
    {
        QFETCH(QString, case_);
        QFETCH(QStringList, seats);
        QFETCH(QString, reason);
        QFETCH(bool, withStaff);
        QFETCH(QString, message);
        TestDatabase db;
        MoneyFixture money(db);
        QString reference = money.sell(db.show, {u"A1"_s, u"A2"_s}, u"card"_s);
        if (case_ == u"unknown"_s)
            reference = u"BO-0000-0000"_s;
        if (case_ == u"refunded"_s)
            QVERIFY(db.reservations->refund(reference, {}, u"first"_s, money.manager).ok());
        if (case_ == u"expired"_s)
            db.exec(u"UPDATE bookings SET payment_state = 'expired' WHERE reference = ?"_s, {reference});
        const qint64 linesBefore = db.scalar(u"SELECT COUNT(*) FROM payments"_s);

        auto refused = db.reservations->refund(reference, seats, reason, withStaff ? money.manager : StaffActor{});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, message.contains(u"%1"_s) ? message.arg(reference) : message);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM payments"_s), linesBefore);
        if (case_ == u"sold"_s)
            QCOMPARE(db.status(u"A1"_s), SeatStatus::Booked);
    }

    void aCancelledShowsBookingsAreListedAndRefundedWhole()
    {
        TestDatabase db;
        MoneyFixture money(db);
        const QString paid = money.sell(db.show, {u"A1"_s, u"A2"_s}, u"cash"_s);
        const QString unpaid = money.reserve(db.show, {u"B1"_s});
        QVERIFY(db.reservations->cancelShow(db.show, u"Mona"_s, u"flooded"_s).ok());

        PaymentLedger ledger(*db.database);
        auto toRefund = ledger.bookingsHoldingMoney(db.show);
        QVERIFY(toRefund.ok());
        QCOMPARE(toRefund->size(), 1);
        QCOMPARE(toRefund->at(0).reference, paid);
        QCOMPARE(toRefund->at(0).balanceCents, 2400);

        auto bySeat = db.reservations->refund(paid, {u"A1"_s}, u"flooded"_s, money.manager);
        QVERIFY(!bySeat.ok());
        QCOMPARE(bySeat.error().message, u"The show of booking %1 is cancelled: the booking is refunded whole."_s.arg(paid));
        auto nothingPaid = db.reservations->refund(unpaid, {}, u"flooded"_s, money.manager);
        QVERIFY(!nothingPaid.ok());
        QCOMPARE(nothingPaid.error().message, u"Booking %1 holds no money to refund."_s.arg(unpaid));

        auto refunded = db.reservations->refund(paid, {}, u"flooded"_s, money.manager);
        QVERIFY(refunded.ok());
        QCOMPARE(refunded->refundedCents, 2400);
        QVERIFY(refunded->seats.isEmpty());
        QCOMPARE(refunded->paymentState, PaymentState::Refunded);
        QVERIFY(ledger.bookingsHoldingMoney(db.show)->isEmpty());
        QVERIFY_MONEY_KEPT(money);
    }

    void anExchangeInTheSameShowCollectsTheDifference()
    {
        TestDatabase db;
        MoneyFixture money(db);
        const QString reference = money.sell(db.show, {u"A1"_s}, u"cash"_s);
        ExchangeRequest request{reference, {u"A1"_s}, db.show, {u"B1"_s}, {}, u"cash"_s, 1000, u"better view"_s};

        auto exchanged = db.reservations->exchange(request, money.manager);
        QVERIFY2(exchanged.ok(), qPrintable(exchanged.ok() ? QString() : exchanged.error().message));
        QCOMPARE(exchanged->reference, reference);
        QCOMPARE(exchanged->differenceCents, 400);
        QCOMPARE(exchanged->changeCents, 600);
        QCOMPARE(exchanged->releasedSeats, QStringList{u"A1"_s});
        QCOMPARE(exchanged->newSeats, QStringList{u"B1"_s});
        QCOMPARE(exchanged->lines.size(), 1);
        QCOMPARE(exchanged->lines[0].kind, u"payment"_s);
        QCOMPARE(exchanged->lines[0].tenderedCents, 1000);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Available);
        QCOMPARE(db.status(u"B1"_s), SeatStatus::Booked);
        QCOMPARE(money.money(reference).balanceCents, 1600);
        QCOMPARE(db.scalar(u"SELECT total_cents FROM bookings WHERE reference = ?"_s, {reference}), 1600);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'exchange' AND staff_id = 1"_s), 1);
        QVERIFY_MONEY_KEPT(money);
    }

    void anExchangeToCheaperSeatsRefundsAndMayKeepASeat()
    {
        TestDatabase db;
        MoneyFixture money(db);
        const QString reference = money.sell(db.show, {u"A1"_s, u"A2"_s}, u"card"_s);
        ExchangeRequest request{reference, {}, db.show, {u"A2"_s, u"A3"_s}, {{u"A3"_s, u"child"_s}}, {}, 0, {}};

        auto exchanged = db.reservations->exchange(request, money.manager);
        QVERIFY(exchanged.ok());
        QCOMPARE(exchanged->differenceCents, -500);
        QCOMPARE(exchanged->releasedSeats, QStringList{u"A1"_s});
        QCOMPARE(exchanged->lines.size(), 1);
        QCOMPARE(exchanged->lines[0].kind, u"refund"_s);
        QCOMPARE(exchanged->lines[0].amountCents, -500);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Available);
        QCOMPARE(db.status(u"A2"_s), SeatStatus::Booked);
        QCOMPARE(db.status(u"A3"_s), SeatStatus::Booked);
        QVERIFY_MONEY_KEPT(money);
    }

    void anExchangeToAnotherShowMovesTheValue()
    {
        TestDatabase db;
        MoneyFixture money(db);
        const QString reference = money.sell(db.show, {u"A1"_s, u"A2"_s}, u"card"_s);
        ExchangeRequest request{reference, {}, 2, {u"B1"_s}, {}, {}, 0, u"other day"_s};

        auto exchanged = db.reservations->exchange(request, money.manager);
        QVERIFY2(exchanged.ok(), qPrintable(exchanged.ok() ? QString() : exchanged.error().message));
        QVERIFY(exchanged->reference != reference);
        QCOMPARE(exchanged->showId, 2);
        QCOMPARE(exchanged->differenceCents, -800);
        const BookingMoney before = money.money(reference);
        QCOMPARE(before.balanceCents, 0);
        QCOMPARE(before.transferredCents, -2400);
        QCOMPARE(before.paymentState, PaymentState::Refunded);
        const BookingMoney after = money.money(exchanged->reference);
        QCOMPARE(after.transferredCents, 2400);
        QCOMPARE(after.refundedCents, 800);
        QCOMPARE(after.balanceByMethod.value(u"card"_s), 1600);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Available);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM seat_claims WHERE show_id = 2 AND kind = 'booking'"_s), 1);
        QVERIFY_MONEY_KEPT(money);
    }

    void exchangeRefusals_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("method");
        QTest::addColumn<qint64>("tendered");
        QTest::addColumn<QString>("message");
        QTest::newRow("held by the web") << u"held"_s << QStringList{u"A4"_s} << u"card"_s << qint64(0)
                                         << u"These seats are no longer available: A4."_s;
        QTest::newRow("own seat not given up") << u"sold"_s << QStringList{u"A2"_s} << u"card"_s << qint64(0)
                                               << u"These seats are no longer available: A2."_s;
        QTest::newRow("unknown seat") << u"sold"_s << QStringList{u"Z9"_s} << u"card"_s << qint64(0)
                                      << u"These seats do not exist in this hall: Z9."_s;
        QTest::newRow("cash short") << u"sold"_s << QStringList{u"B1"_s} << u"cash"_s << qint64(300)
                                    << u"The cash tendered (300) does not cover the difference (400)."_s;
        QTest::newRow("no method") << u"sold"_s << QStringList{u"B1"_s} << QString() << qint64(0)
                                   << u"The difference of 400 needs a payment method."_s;
        QTest::newRow("unpaid reservation") << u"reserved"_s << QStringList{u"B1"_s} << u"card"_s << qint64(0)
                                            << u"Reservation %1 is not paid yet: collect it before exchanging it."_s;
    }

    void exchangeRefusals()
    {
        QFETCH(QString, case_);
        QFETCH(QStringList, targets);
        QFETCH(QString, method);
        QFETCH(qint64, tendered);
        QFETCH(QString, message);
        TestDatabase db;
        MoneyFixture money(db);
        const QString reference = case_ == u"reserved"_s ? money.reserve(db.show, {u"A1"_s, u"A2"_s})
                                                         : money.sell(db.show, {u"A1"_s, u"A2"_s}, u"card"_s);
        if (case_ == u"held"_s)
            QVERIFY(db.reservations->holdSeats(db.show, {u"A4"_s}, u"web:other"_s, std::chrono::seconds(600),
                                               Channel::Web).ok());
        const qint64 linesBefore = db.scalar(u"SELECT COUNT(*) FROM payments"_s);

        ExchangeRequest request{reference, {u"A1"_s}, db.show, targets, {}, method, tendered, {}};
        auto refused = db.reservations->exchange(request, money.manager);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, message.contains(u"%1"_s) ? message.arg(reference) : message);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Booked);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM payments"_s), linesBefore);
        QVERIFY_MONEY_KEPT(money);
    }
};

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
