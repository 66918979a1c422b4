#include "moneytesting.h"

#include "invariants.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

const QStringList hallSeats = {u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s, u"A5"_s,
                               u"B1"_s, u"B2"_s, u"B3"_s, u"B4"_s, u"B5"_s};

/// 1 to `most` different seats of the test hall.
QStringList someSeats(QRandomGenerator &random, int most)
{
    QStringList seats = hallSeats;
    for (qsizetype i = seats.size() - 1; i > 0; --i)
        seats.swapItemsAt(i, random.bounded(int(i + 1)));
    return seats.mid(0, 1 + random.bounded(most));
}

QHash<QString, QString> someTicketTypes(QRandomGenerator &random, const QStringList &seats)
{
    QHash<QString, QString> types;
    for (const QString &seat : seats)
        types.insert(seat, random.bounded(3) == 0 ? u"child"_s : u"adult"_s);
    return types;
}

/// The seed of the randomized test: BOXOFFICE_MONEY_SEED when set, a fixed one otherwise.
quint32 moneySeed()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("BOXOFFICE_MONEY_SEED").toUInt(&ok);
    return ok ? seed : 20261201u;
}

/// A counter or web server of its own: its own connection and service on the test's time.
struct Racer
{
    Racer(const TestDatabase &db, const QString &name) : database(db.openAnother(name)), clock(db.clock.now())
    {
        if (database)
            reservations = std::make_unique<ReservationService>(*database, feed, clock, db.limits);
    }
    std::unique_ptr<Database> database;
    ChangeFeed feed;
    ManualClock clock;
    std::unique_ptr<ReservationService> reservations;
};

} // namespace

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

        auto refunded = db.reservations->refund(reference, {u"B1"_s}, u"wrong seat"_s, money.cashierWithManager);
        QVERIFY(refunded.ok());
        QCOMPARE(refunded->refundedCents, 1600);
        QCOMPARE(refunded->paymentState, PaymentState::Paid);
        QCOMPARE(refunded->lines[0].method, u"cash"_s);
        QCOMPARE(refunded->lines[0].shiftId, 0);
        QCOMPARE(refunded->lines[0].staffId, 2);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Booked);
        QCOMPARE(db.status(u"B1"_s), SeatStatus::Available);
        QCOMPARE(money.money(reference).balanceCents, 1200);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'refund' AND staff_id = 2 AND authorised_by = 1"_s), 1);
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

    void aPartlyRefundedReservationOwesOnlyForTheSeatsItKeeps()
    {
        TestDatabase db;
        MoneyFixture money(db);
        const QString reference = money.reserve(db.show, {u"A1"_s, u"B1"_s});

        auto refunded = db.reservations->refund(reference, {u"B1"_s}, u"one fewer"_s, money.manager);
        QVERIFY(refunded.ok());
        QCOMPARE(refunded->paymentState, PaymentState::Reserved);
        QCOMPARE(db.scalar(u"SELECT total_cents FROM bookings WHERE reference = ?"_s, {reference}), 1200);
    }

    void theLastSeatsTakeAllTheBookingHolds()
    {
        TestDatabase db;
        MoneyFixture money(db);
        const QString reference = money.reservePaidBy(db.show, {u"A1"_s, u"A2"_s}, {{u"cash"_s, 3000}});

        auto first = db.reservations->refund(reference, {u"A1"_s}, u"one"_s, money.manager);
        QVERIFY(first.ok());
        QCOMPARE(first->refundedCents, 1200);
        auto last = db.reservations->refund(reference, {u"A2"_s}, u"the other"_s, money.manager);
        QVERIFY(last.ok());
        QCOMPARE(last->refundedCents, 1800);
        QCOMPARE(money.money(reference).balanceCents, 0);
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
        QTest::newRow("a cashier alone") << u"cashier"_s << QStringList() << u"why"_s << true
                                         << u"A refund needs a manager: sign in as one or have one authorise it."_s;
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

        const StaffActor staff = !withStaff ? StaffActor{} : case_ == u"cashier"_s ? money.cashier : money.manager;
        auto refused = db.reservations->refund(reference, seats, reason, staff);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, message.contains(u"%1"_s) ? message.arg(reference) : message);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM payments"_s), linesBefore);
        if (case_ == u"sold"_s || case_ == u"cashier"_s)
            QCOMPARE(db.status(u"A1"_s), SeatStatus::Booked);
    }

    void aCancelledShowsBookingsAreListedAndRefundedWhole()
    {
        TestDatabase db;
        MoneyFixture money(db);
        const QString paid = money.sell(db.show, {u"A1"_s, u"A2"_s}, u"cash"_s);
        const QString unpaid = money.reserve(db.show, {u"B1"_s});
        QVERIFY(db.reservations->cancelShow(db.show, money.manager, u"flooded"_s).ok());

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

    void randomOperationsKeepTheMoneyRight()
    {
        const quint32 seed = moneySeed();
        qInfo("seed %u (set BOXOFFICE_MONEY_SEED to repeat another)", seed);
        QRandomGenerator random(seed);
        TestDatabase db;
        // Ten thousand commits check the money, not the disk: no waiting for each to reach it.
        db.exec(u"PRAGMA synchronous = OFF"_s);
        MoneyFixture money(db);
        constexpr int operations = 10000;
        QHash<QString, int> succeeded;
        PaymentLedger ledger(*db.database);
        const auto pickBooking = [&](const QString &state) -> QString {
            auto found = db.database->run(u"SELECT reference FROM bookings WHERE payment_state = ?"_s, {state});
            QStringList references;
            while (found.ok() && found.value().next())
                references.append(found.value().value(0).toString());
            return references.isEmpty() ? QString() : references.at(random.bounded(int(references.size())));
        };
        const auto liveSeatsOf = [&](const QString &reference) {
            auto found = db.database->run(u"SELECT s.label FROM booking_seats bs JOIN bookings b ON b.id = bs.booking_id"
                                          " JOIN seats s ON s.id = bs.seat_id WHERE b.reference = ? AND bs.released_at IS NULL"_s,
                                          {reference});
            QStringList labels;
            while (found.ok() && found.value().next())
                labels.append(found.value().value(0).toString());
            return labels;
        };
        const auto someOf = [&](const QStringList &labels) {
            QStringList chosen;
            for (const QString &label : labels) {
                if (random.bounded(2) == 0)
                    chosen.append(label);
            }
            return chosen;
        };
        for (int operation = 0; operation < operations; ++operation) {
            const qint64 show = 1 + random.bounded(2);
            const QString method = random.bounded(2) == 0 ? u"cash"_s : u"card"_s;
            QString done;
            switch (random.bounded(9)) {
            case 0:
                if (db.reservations->holdSeats(show, someSeats(random, 2), u"web:%1"_s.arg(random.bounded(5)),
                                               std::chrono::seconds(60), Channel::Web).ok())
                    done = u"hold"_s;
                break;
            case 1: {
                const QStringList seats = someSeats(random, 3);
                if (!money.sell(show, seats, method, someTicketTypes(random, seats)).isEmpty())
                    done = u"sale"_s;
                break;
            }
            case 2:
                if (!money.reserve(show, someSeats(random, 3), u"web:r%1"_s.arg(operation)).isEmpty())
                    done = u"reservation"_s;
                break;
            case 3:
                if (const QString reference = pickBooking(u"reserved"_s); !reference.isEmpty()) {
                    money.collect(reference, method);
                    done = u"collect"_s;
                }
                break;
            case 4:
            case 5: {
                const QString reference = pickBooking(random.bounded(4) == 0 ? u"reserved"_s : u"paid"_s);
                if (!reference.isEmpty()
                    && db.reservations->refund(reference, someOf(liveSeatsOf(reference)), u"random"_s, money.manager).ok())
                    done = u"refund"_s;
                break;
            }
            case 6:
            case 7: {
                const QString reference = pickBooking(u"paid"_s);
                if (reference.isEmpty())
                    break;
                const qint64 bookingShow = db.scalar(u"SELECT show_id FROM bookings WHERE reference = ?"_s, {reference});
                const qint64 target = random.bounded(2) == 0 ? bookingShow : 3 - bookingShow;
                const QStringList seats = someSeats(random, 3);
                ExchangeRequest request{reference, someOf(liveSeatsOf(reference)), target, seats,
                                        someTicketTypes(random, seats), method, 5000, u"random"_s};
                if (db.reservations->exchange(request, random.bounded(2) == 0 ? money.manager : money.cashierWithManager).ok())
                    done = target == bookingShow ? u"exchange in the show"_s : u"exchange to another show"_s;
                break;
            }
            default:
                db.clock.advance(30 * 1000);
                if (db.reservations->cleanupExpiredHolds(db.clock.now()).ok())
                    done = u"cleanup"_s;
                break;
            }
            if (!done.isEmpty())
                ++succeeded[done];
            if (operation % 1000 == 999) {
                QVERIFY_MONEY_KEPT(money);
                QVERIFY2(invariantBreaches(*db.database, db.limits.maxSeatsCounter).isEmpty(),
                         qPrintable(invariantBreaches(*db.database, db.limits.maxSeatsCounter).join(u"; "_s)));
            }
        }
        qInfo() << "succeeded:" << succeeded;
        // The mix must have exercised every operation, not only refusals.
        for (const QString &kind : {u"sale"_s, u"reservation"_s, u"collect"_s, u"refund"_s, u"exchange in the show"_s,
                                    u"exchange to another show"_s})
            QVERIFY2(succeeded.value(kind) >= 50, qPrintable(kind));
        QVERIFY_MONEY_KEPT(money);
        const qint64 refundedTooMuch = db.scalar(
                u"SELECT COUNT(*) FROM (SELECT booking_id FROM payments GROUP BY booking_id"
                " HAVING -SUM(CASE WHEN kind = 'refund' THEN amount_cents ELSE 0 END)"
                " > SUM(CASE WHEN kind = 'refund' THEN 0 ELSE amount_cents END)"
                " + SUM(CASE WHEN kind = 'transfer' AND amount_cents < 0 THEN -amount_cents ELSE 0 END)) over"_s);
        QCOMPARE(refundedTooMuch, 0);
        auto held = ledger.bookingsHoldingMoney(1);
        QVERIFY(held.ok());
        for (const BookingMoney &booking : held.value())
            QCOMPARE(booking.balanceCents, booking.paidCents - booking.refundedCents + booking.transferredCents);
    }

    void anExchangeRacingAWebHoldForItsTargetSeats()
    {
        TestDatabase db;
        MoneyFixture money(db);
        constexpr int rounds = 24;
        int exchangesWon = 0;
        for (int round = 0; round < rounds; ++round) {
            const qint64 targetShow = round % 2 == 0 ? db.show : 2;
            const QString reference = money.sell(db.show, {u"A1"_s, u"A2"_s}, u"card"_s);
            QVERIFY2(!reference.isEmpty(), qPrintable(money.lastError.message));
            const QString webOwner = u"web:racer%1"_s.arg(round);
            std::latch start(2);
            std::optional<Result<ExchangeResult>> exchanged;
            std::optional<Result<HoldResult>> held;
            std::thread counter([&] {
                Racer racer(db, u"counter%1"_s.arg(round));
                start.arrive_and_wait();
                exchanged = racer.reservations->exchange(
                        ExchangeRequest{reference, {u"A2"_s}, targetShow, {u"B3"_s, u"B4"_s}, {}, u"card"_s, 0, {}},
                        money.manager);
            });
            std::thread web([&] {
                Racer racer(db, u"web%1"_s.arg(round));
                start.arrive_and_wait();
                held = racer.reservations->holdSeats(targetShow, {u"B4"_s, u"B5"_s}, webOwner, std::chrono::seconds(600),
                                                     Channel::Web);
            });
            counter.join();
            web.join();
            QVERIFY(exchanged && held);
            QCOMPARE(int(exchanged->ok()) + int(held->ok()), 1);
            const Error &loser = exchanged->ok() ? held->error() : exchanged->error();
            QCOMPARE(loser.code, ErrorCode::SeatsUnavailable);
            QVERIFY2(loser.message.contains(u"B4"_s), qPrintable(loser.message));
            const QString owner = exchanged->ok() ? exchanged->value().reference : reference;
            QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM seat_claims WHERE show_id = ? AND seat_id = 9"_s, {targetShow}), 1);
            QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM booking_seats bs JOIN bookings b ON b.id = bs.booking_id"
                               " WHERE b.show_id = ? AND bs.seat_id = 9 AND bs.released_at IS NULL"_s,
                               {targetShow}),
                     exchanged->ok() ? 1 : 0);
            QCOMPARE(money.money(reference).balanceCents + (owner == reference ? 0 : money.money(owner).balanceCents),
                     exchanged->ok() ? 1200 + 3200 : 2400);
            QVERIFY_MONEY_KEPT(money);
            QVERIFY2(invariantBreaches(*db.database, db.limits.maxSeatsCounter).isEmpty(),
                     qPrintable(invariantBreaches(*db.database, db.limits.maxSeatsCounter).join(u"; "_s)));
            exchangesWon += exchanged->ok() ? 1 : 0;

            QVERIFY(db.reservations->releaseHolds(webOwner, targetShow).ok());
            for (const QString &toFree : QSet<QString>{reference, owner}) {
                if (!toFree.isEmpty() && money.money(toFree).paymentState == PaymentState::Paid)
                    QVERIFY(db.reservations->refund(toFree, {}, u"next round"_s, money.manager).ok());
            }
        }
        qInfo("the exchange won %d of %d rounds", exchangesWon, rounds);
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
        QTest::newRow("a cashier alone") << u"cashier"_s << QStringList{u"B1"_s} << u"card"_s << qint64(0)
                                         << u"An exchange needs a manager: sign in as one or have one authorise it."_s;
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
        auto refused = db.reservations->exchange(request, case_ == u"cashier"_s ? money.cashier : money.manager);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, message.contains(u"%1"_s) ? message.arg(reference) : message);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Booked);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM payments"_s), linesBefore);
        QVERIFY_MONEY_KEPT(money);
    }
};

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
