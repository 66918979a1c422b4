#include "holdrace.h"
#include "testdatabase.h"

#include <QSet>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

const StaffActor cashier{7, u"Carla"_s, 0, {}};

/// A second hall and show in the test database: `rows` rows of `perRow` seats, an aisle after
/// the first third of each row; returns the show.
qint64 addHall(TestDatabase &db, int rows, int perRow)
{
    db.exec(u"INSERT INTO halls (id, name, grid_rows, grid_columns) VALUES (2, 'Big', ?, ?)"_s, {rows, perRow + 1});
    qint64 id = 100;
    for (int row = 0; row < rows; ++row) {
        for (int number = 1; number <= perRow; ++number) {
            const int column = number <= perRow / 3 ? number - 1 : number;
            db.exec(u"INSERT INTO seats (id, hall_id, label, row_label, number, grid_row, grid_column, category,"
                    " x, y) VALUES (?, 2, ?, ?, ?, ?, ?, 'standard', ?, ?)"_s,
                    {id++, u"R%1-%2"_s.arg(row + 1).arg(number), u"R%1"_s.arg(row + 1), number, row, column,
                     column, row});
        }
    }
    db.exec(u"INSERT INTO shows (id, hall_id, title, starts_at) VALUES (2, 2, 'Big Show', ?)"_s,
            {db.clock.now().addDays(2).toMSecsSinceEpoch()});
    db.exec(u"INSERT INTO show_prices (show_id, category, ticket_type, price_cents) VALUES (2, 'standard', 'adult', 900)"_s);
    return 2;
}

void setRule(TestDatabase &db, OrphanRule rule)
{
    db.exec(u"UPDATE shows SET orphan_rule = ?"_s, {orphanRuleName(rule)});
}

} // namespace

/// Best available and the stranded-seat rule through ReservationService, on the test hall: rows A
/// (standard) and B (premium) of five seats, an aisle after seat 2 (blocks 1–2 and 3–5); A5 is a
/// house seat, which the web sees blocked.
class tst_BestAvailable : public QObject
{
    Q_OBJECT

private slots:
    void showsWarnByDefault()
    {
        TestDatabase db;
        QCOMPARE(db.catalog->show(db.show, Channel::Web)->orphanRule, OrphanRule::Warn);
        setRule(db, OrphanRule::Refuse);
        QCOMPARE(db.catalog->show(db.show, Channel::Web)->orphanRule, OrphanRule::Refuse);
        QVERIFY(!db.database->run(u"UPDATE shows SET orphan_rule = 'sometimes'"_s).ok());
    }

    void aWebHoldUnderWarnGoesThroughNamingTheStrandedSeatsAndABetterChoice()
    {
        TestDatabase db;
        auto held = db.reservations->holdSeats(db.show, {u"B4"_s}, u"web:1"_s, 600s, Channel::Web);
        QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().message));
        QCOMPARE(held->seats, QStringList{u"B4"_s});
        QCOMPARE(held->strandedSeats, (QStringList{u"B3"_s, u"B5"_s}));
        QCOMPARE(held->suggestion, QStringList{u"B3"_s});
        // The owner's whole hold is judged: two of three seats leave one alone wherever they sit.
        auto grown = db.reservations->holdSeats(db.show, {u"B5"_s}, u"web:1"_s, 600s, Channel::Web);
        QVERIFY(grown.ok());
        QVERIFY(grown->strandedSeats.isEmpty());
        auto filled = db.reservations->holdSeats(db.show, {u"B3"_s}, u"web:1"_s, 600s, Channel::Web);
        QVERIFY(filled.ok());
        QVERIFY(filled->strandedSeats.isEmpty());
        QVERIFY(filled->suggestion.isEmpty());
    }

    void aHoldThatCannotDoBetterIsNoOrphaningHold()
    {
        TestDatabase db;
        setRule(db, OrphanRule::Refuse);
        // On the web A5 is blocked: A3 or A4 alone each leave the other alone, so neither is refused.
        auto held = db.reservations->holdSeats(db.show, {u"A4"_s}, u"web:1"_s, 600s, Channel::Web);
        QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().message));
        QVERIFY(held->strandedSeats.isEmpty());
    }

    void theCounterIsWarnedAndMayAcceptUnderWarn()
    {
        TestDatabase db;
        auto refused = db.reservations->holdSeats(db.show, {u"B4"_s}, u"counter:1"_s, 600s, Channel::Counter);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::OrphanSeat);
        QCOMPARE(errorCodeName(refused.error().code), u"orphan_seat"_s);
        QCOMPARE(refused.error().seats, (QStringList{u"B3"_s, u"B5"_s}));
        QCOMPARE(refused.error().suggestion, QStringList{u"B3"_s});
        QCOMPARE(db.status(u"B4"_s), SeatStatus::Available);

        HoldOptions accept{true, cashier};
        auto held = db.reservations->holdSeats(db.show, {u"B4"_s}, u"counter:1"_s, 600s, Channel::Counter, {}, accept);
        QVERIFY(held.ok());
        QCOMPARE(held->strandedSeats, (QStringList{u"B3"_s, u"B5"_s}));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'hold_stranding_seat' AND actor = 'Carla'"
                           " AND staff_id = 7 AND details = 'counter:1: B3, B5'"_s),
                 1);
    }

    void refuseRefusesBothChannelsWithoutOverride()
    {
        TestDatabase db;
        setRule(db, OrphanRule::Refuse);
        for (Channel channel : {Channel::Web, Channel::Counter}) {
            auto refused = db.reservations->holdSeats(db.show, {u"B4"_s}, u"someone"_s, 600s, channel, {},
                                                      HoldOptions{true, cashier});
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::OrphanSeat);
            QCOMPARE(refused.error().suggestion, QStringList{u"B3"_s});
        }
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'hold_stranding_seat'"_s), 0);
        QVERIFY(db.reservations->holdSeats(db.show, {u"B3"_s}, u"someone"_s, 600s, Channel::Web).ok());
    }

    void allowChecksNothing()
    {
        TestDatabase db;
        setRule(db, OrphanRule::Allow);
        for (Channel channel : {Channel::Web, Channel::Counter}) {
            auto held = db.reservations->holdSeats(db.show, {channel == Channel::Web ? u"B4"_s : u"A1"_s},
                                                   u"someone-%1"_s.arg(int(channel)), 600s, channel);
            QVERIFY(held.ok());
            QVERIFY(held->strandedSeats.isEmpty());
        }
    }

    void twoHoldsFineAloneAreJudgedInOrder()
    {
        TestDatabase db;
        setRule(db, OrphanRule::Refuse);
        // One row: R1-1 to R1-3, an aisle, R1-4 to R1-9.
        const qint64 show = addHall(db, 1, 9);
        setRule(db, OrphanRule::Refuse);
        QVERIFY(db.reservations->holdSeats(show, {u"R1-4"_s}, u"first"_s, 600s, Channel::Counter).ok());
        // Alone R1-6 strands nothing; after R1-4 it leaves R1-5 alone, where R1-5 would not.
        auto second = db.reservations->holdSeats(show, {u"R1-6"_s}, u"second"_s, 600s, Channel::Counter);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::OrphanSeat);
        QCOMPARE(second.error().seats, QStringList{u"R1-5"_s});
        QCOMPARE(second.error().suggestion, QStringList{u"R1-5"_s});
    }

    void theSuggestionStaysNearTheSeatsChosen()
    {
        TestDatabase db;
        // One row: R1-1 to R1-3, an aisle, R1-4 to R1-9; the focal point is near R1-5.
        const qint64 show = addHall(db, 1, 9);
        setRule(db, OrphanRule::Refuse);
        QVERIFY(db.reservations->holdSeats(show, {u"R1-9"_s}, u"first"_s, 600s, Channel::Counter).ok());
        // R1-6 and R1-7 leave R1-8 alone; R1-4 and R1-5 would do too, but R1-7 and R1-8 are nearer.
        auto refused = db.reservations->holdSeats(show, {u"R1-6"_s, u"R1-7"_s}, u"second"_s, 600s, Channel::Web);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().seats, QStringList{u"R1-8"_s});
        QCOMPARE(refused.error().suggestion, (QStringList{u"R1-7"_s, u"R1-8"_s}));
    }

    void bestAvailableHoldsTheGroupClosestToTheStage()
    {
        TestDatabase db;
        // No stage: the centre of the front row A (x 0–5) is the focal point. A5 is the house's.
        auto best = db.reservations->holdBestAvailable(db.show, {2}, u"web:1"_s, 600s, Channel::Web);
        QVERIFY2(best.ok(), qPrintable(best.ok() ? QString() : best.error().message));
        QCOMPARE(best->chosen, (QStringList{u"A3"_s, u"A4"_s}));
        QCOMPARE(best->hold.seats, (QStringList{u"A3"_s, u"A4"_s}));
        QVERIFY(best->adjacent);
        QCOMPARE(best->step, BestStep::TogetherNoStranded);
        QCOMPARE(db.status(u"A3"_s), SeatStatus::Held);

        auto three = db.reservations->holdBestAvailable(db.show, {3}, u"counter:1"_s, 600s, Channel::Counter);
        QVERIFY(three.ok());
        QCOMPARE(three->chosen, (QStringList{u"B3"_s, u"B4"_s, u"B5"_s}));

        // Left: A1–A2, the house seat A5, B1–B2. Only the house seat leaves no seat alone, and
        // only the counter that asks for house seats gets it.
        auto one = db.reservations->holdBestAvailable(db.show, {1}, u"counter:2"_s, 600s, Channel::Counter);
        QVERIFY(one.ok());
        QCOMPARE(one->chosen, QStringList{u"A2"_s});
        QCOMPARE(one->step, BestStep::TogetherStranding);
        QCOMPARE(one->hold.strandedSeats, QStringList{u"A1"_s});
        BestAvailableRequest house{1};
        house.includeHouseSeats = true;
        auto kept = db.reservations->holdBestAvailable(db.show, house, u"counter:2"_s, 600s, Channel::Counter);
        QVERIFY(kept.ok());
        QCOMPARE(kept->chosen, QStringList{u"A5"_s});
        QCOMPARE(kept->step, BestStep::TogetherNoStranded);
        QCOMPARE(db.status(u"A2"_s), SeatStatus::Available);
    }

    void bestAvailableReplacesTheOwnersHoldAndCountsItsSeatsFree()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A3"_s, u"A4"_s}, u"web:1"_s, 600s, Channel::Web).ok());
        auto best = db.reservations->holdBestAvailable(db.show, {2}, u"web:1"_s, 600s, Channel::Web);
        QVERIFY(best.ok());
        QCOMPARE(best->hold.seats, (QStringList{u"A3"_s, u"A4"_s}));
        auto moved = db.reservations->holdBestAvailable(db.show, {1, u"premium"_s}, u"web:1"_s, 600s, Channel::Web);
        QVERIFY(moved.ok());
        QCOMPARE(moved->hold.seats.size(), 1);
        QVERIFY(moved->hold.seats.constFirst().startsWith(u'B'));
        QCOMPARE(db.status(u"A3"_s), SeatStatus::Available);
        QCOMPARE(db.status(u"A4"_s), SeatStatus::Available);
    }

    void bestAvailableGoesDownTheLadder()
    {
        TestDatabase db;
        setRule(db, OrphanRule::Allow);
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"A4"_s, u"B2"_s, u"B4"_s}, u"other"_s, 600s,
                                           Channel::Counter)
                        .ok());
        // Free on the web: A2, A3, B1, B3, B5: no two side by side.
        auto two = db.reservations->holdBestAvailable(db.show, {2}, u"web:1"_s, 600s, Channel::Web);
        QVERIFY(two.ok());
        QCOMPARE(two->step, BestStep::Scattered);
        QVERIFY(!two->adjacent);
        QCOMPARE(two->chosen, (QStringList{u"A3"_s, u"B3"_s}));
        QVERIFY(db.reservations->releaseHolds(u"other"_s, db.show).ok());
        QVERIFY(db.reservations->releaseHolds(u"web:1"_s, db.show).ok());
        QVERIFY(db.reservations->holdSeats(db.show, {u"B5"_s}, u"other"_s, 600s, Channel::Counter).ok());
        auto clean = db.reservations->holdBestAvailable(db.show, {2, u"premium"_s}, u"web:2"_s, 600s, Channel::Web);
        QVERIFY(clean.ok());
        QCOMPARE(clean->step, BestStep::TogetherNoStranded);
        QCOMPARE(clean->hold.seats, (QStringList{u"B3"_s, u"B4"_s}));
        QVERIFY(db.reservations->releaseHolds(u"other"_s, db.show).ok());
        QVERIFY(db.reservations->releaseHolds(u"web:2"_s, db.show).ok());
        // With B1 taken, B1–B2 is gone and any two of B3–B5 leave one alone: the closer two go.
        QVERIFY(db.reservations->holdSeats(db.show, {u"B1"_s}, u"other"_s, 600s, Channel::Counter).ok());
        auto stranding = db.reservations->holdBestAvailable(db.show, {2, u"premium"_s}, u"web:2"_s, 600s, Channel::Web);
        QVERIFY(stranding.ok());
        QCOMPARE(stranding->step, BestStep::TogetherStranding);
        QVERIFY(stranding->adjacent);
        QCOMPARE(stranding->hold.seats, (QStringList{u"B3"_s, u"B4"_s}));
        QCOMPARE(stranding->hold.strandedSeats, QStringList{u"B5"_s});
    }

    void bestAvailableRefusesWhatCannotBe()
    {
        TestDatabase db;
        auto tooMany = db.reservations->holdBestAvailable(db.show, {11}, u"web:1"_s, 600s, Channel::Web);
        QCOMPARE(tooMany.error().code, ErrorCode::TooManySeats);
        auto none = db.reservations->holdBestAvailable(db.show, {0}, u"web:1"_s, 600s, Channel::Web);
        QCOMPARE(none.error().code, ErrorCode::InvalidField);
        BestAvailableRequest house{2};
        house.includeHouseSeats = true;
        QCOMPARE(db.reservations->holdBestAvailable(db.show, house, u"web:1"_s, 600s, Channel::Web).error().code,
                 ErrorCode::InvalidField);
        BestAvailableRequest spaces{1};
        spaces.wheelchairSpaces = 1;
        spaces.withCompanions = true;
        QCOMPARE(db.reservations->holdBestAvailable(db.show, spaces, u"web:1"_s, 600s, Channel::Web).error().code,
                 ErrorCode::InvalidField);
        // Nine seats on the web (A5 is the house's), asked for ten.
        auto short_ = db.reservations->holdBestAvailable(db.show, {10}, u"web:1"_s, 600s, Channel::Web);
        QCOMPARE(short_.error().code, ErrorCode::SeatsUnavailable);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Available);
        QVERIFY(db.reservations->holdBestAvailable(db.show, {9}, u"web:1"_s, 600s, Channel::Web).ok());
    }

    void closedSalesComeFirstAsForAPlainHold_data()
    {
        QTest::addColumn<QString>("closing");
        QTest::addColumn<QString>("refusal");
        QTest::addRow("cancelled") << u"UPDATE shows SET cancelled_at = 1"_s << u"is cancelled"_s;
        QTest::addRow("not sold on the web") << u"UPDATE shows SET web_sales = 0"_s << u"not sold on the web"_s;
        // The show starts in two days (2,880 minutes).
        QTest::addRow("web sales closed") << u"UPDATE shows SET web_sales_close_minutes = 4000"_s << u"have closed"_s;
    }

    // Requests each refused for something else while sales are open (an unknown category or
    // seat, too few seats left, a taken seat, past the address's cap) are refused for the closed
    // sales once they close, by a best-available hold as by a plain one.
    void closedSalesComeFirstAsForAPlainHold()
    {
        QFETCH(QString, closing);
        QFETCH(QString, refusal);
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s}, u"web:other"_s, 600s, Channel::Web).ok());
        const HoldOrigin capped{u"10.0.0.1"_s, 1};
        BestAvailableRequest unknownCategory{2};
        unknownCategory.category = u"balcony"_s;
        const BestAvailableRequest tooFewLeft{9};
        const auto best = [&](const BestAvailableRequest &request) {
            return db.reservations->holdBestAvailable(db.show, request, u"web:1"_s, 600s, Channel::Web, capped);
        };
        const auto plain = [&](const QStringList &seats) {
            return db.reservations->holdSeats(db.show, seats, u"web:1"_s, 600s, Channel::Web, capped);
        };
        QCOMPARE(best(unknownCategory).error().code, ErrorCode::InvalidField);
        QVERIFY(!best(tooFewLeft).ok());
        QVERIFY(!best(tooFewLeft).error().message.contains(refusal));
        QVERIFY(!plain({u"A9"_s, u"B1"_s}).ok());
        QVERIFY(!plain({u"A1"_s, u"B1"_s}).ok());
        QVERIFY(!plain({u"A1"_s, u"B1"_s}).error().message.contains(refusal));

        db.exec(closing);
        const auto plainRefused = plain({u"A9"_s, u"A1"_s, u"B1"_s});
        QVERIFY(!plainRefused.ok());
        QCOMPARE(plainRefused.error().code, ErrorCode::SeatsUnavailable);
        QVERIFY2(plainRefused.error().message.contains(refusal), qPrintable(plainRefused.error().message));
        for (const BestAvailableRequest &request : {unknownCategory, tooFewLeft}) {
            const auto bestRefused = best(request);
            QVERIFY(!bestRefused.ok());
            QCOMPARE(bestRefused.error().code, plainRefused.error().code);
            QCOMPARE(bestRefused.error().message, plainRefused.error().message);
        }
        QCOMPARE(db.status(u"B1"_s), SeatStatus::Available);
    }

    void bestAvailableIsDeterministic()
    {
        TestDatabase db;
        const qint64 show = addHall(db, 12, 18);
        QVERIFY(db.reservations->holdSeats(show, {u"R1-8"_s, u"R2-9"_s, u"R1-12"_s}, u"other"_s, 600s, Channel::Counter,
                                           {}, HoldOptions{true, cashier})
                        .ok());
        auto first = db.reservations->holdBestAvailable(show, {4}, u"web:1"_s, 600s, Channel::Web);
        QVERIFY(first.ok());
        QVERIFY(db.reservations->releaseHolds(u"web:1"_s, show).ok());
        auto again = db.reservations->holdBestAvailable(show, {4}, u"web:2"_s, 600s, Channel::Web);
        QVERIFY(again.ok());
        QCOMPARE(again->chosen, first->chosen);
        QVERIFY(again->adjacent);
    }

    void fiftyClientsAskingAtOnceNeverShareSeatsNorFailWhileSeatsRemain()
    {
        TestDatabase db;
        // 150 seats: 37 holds of four fit, the other 13 find two seats left.
        const qint64 show = addHall(db, 10, 15);
        const auto [held, failures] = raceForBestSeats(
                50, 4, show, [&](int i) { return db.openAnother(u"client%1"_s.arg(i)); }, db.clock, db.limits);
        QCOMPARE(held.size(), 37);
        QCOMPARE(failures.size(), 13);
        for (const QString &failure : std::as_const(failures))
            QVERIFY2(failure.startsWith(u"seats_unavailable"_s), qPrintable(failure));
        QSet<QString> seats;
        for (const QStringList &hold : std::as_const(held)) {
            QCOMPARE(hold.size(), 4);
            for (const QString &seat : hold)
                seats.insert(seat);
        }
        QCOMPARE(seats.size(), 37 * 4);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM seat_claims WHERE show_id = ?"_s, {show}), 37 * 4);
    }
};

QTEST_GUILESS_MAIN(tst_BestAvailable)
#include "tst_bestavailable.moc"
