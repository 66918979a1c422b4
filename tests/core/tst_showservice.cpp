#include "showservice.h"
#include "showsetupcatalog.h"
#include "venueservice.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
QString failureOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

/// A show of the test hall (rows A standard, B premium) the day after tomorrow at 20:00 UTC.
ShowDraft concert(const TestDatabase &db)
{
    ShowDraft draft;
    draft.hall = 1;
    draft.title = u"Autumn Concert"_s;
    draft.startsAt = QDateTime(db.clock.now().date().addDays(2), QTime(20, 0), QTimeZone::utc());
    draft.durationMinutes = 120;
    draft.prices = {{u"standard"_s, u"adult"_s, 1500}, {u"premium"_s, u"adult"_s, 2200}};
    draft.houseSeats = {u"B5"_s};
    return draft;
}

QString bookAtTheCounter(TestDatabase &db, qint64 show, const QStringList &seats)
{
    const QString owner = u"counter-%1"_s.arg(show);
    if (!db.reservations->holdSeats(show, seats, owner, std::chrono::minutes(10), Channel::Counter).ok())
        return {};
    BookingRequest request;
    request.channel = Channel::Counter;
    auto booked = db.reservations->convertHoldsToBookings(owner, show, request);
    return booked.ok() ? booked->reference : QString();
}

bool listed(const TestDatabase &db, qint64 show)
{
    auto shows = db.catalog->shows(db.clock.now(), db.clock.now().addDays(30), Channel::Web);
    if (!shows.ok())
        return false;
    return std::any_of(shows->cbegin(), shows->cend(), [&](const Show &each) { return each.id == show; });
}

} // namespace

class tst_ShowService : public QObject
{
    Q_OBJECT

private slots:
    void aCreatedShowIsListedPricedAndAnnounced()
    {
        TestDatabase db;
        ShowService shows(*db.database, db.feed, db.clock, *db.reservations);
        QSignalSpy announced(&db.feed, &ChangeFeed::showChanged);
        const ShowDraft draft = concert(db);
        auto created = shows.createShow(draft, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY2(created.ok(), qPrintable(failureOf(created)));

        auto show = db.catalog->show(created.value());
        QVERIFY(show.ok());
        QCOMPARE(show->title, draft.title);
        QCOMPARE(show->startsAt, draft.startsAt);
        QCOMPARE(show->priceFor(u"premium"_s, u"adult"_s), std::optional<qint64>(2200));
        QCOMPARE(show->priceFor(u"standard"_s, u"child"_s), std::nullopt);
        QVERIFY(listed(db, created.value()));
        QTRY_COMPARE(announced.size(), 1);
        QCOMPARE(announced.constFirst().constFirst().toLongLong(), created.value());
        QCOMPARE(db.scalar(u"SELECT duration_minutes FROM shows WHERE id = ?"_s, {created.value()}), 120);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM house_seats WHERE show_id = ?"_s, {created.value()}), 1);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE actor = 'Mia' AND action = 'create show'"_s), 1);
        auto webHold = db.reservations->holdSeats(created.value(), {u"B5"_s}, u"web"_s, std::chrono::minutes(5),
                                                  Channel::Web);
        QVERIFY2(!webHold.ok(), "the house seat is kept for the counter");
    }

    void runDatesFollowWeekdaysSkipsAndTheLastDate()
    {
        ShowRunPattern daily;
        daily.from = QDate(2026, 12, 1);
        daily.until = QDate(2026, 12, 4);
        daily.skipped = {QDate(2026, 12, 3)};
        QCOMPARE(ShowService::runDates(daily).value(),
                 (QList<QDate>{QDate(2026, 12, 1), QDate(2026, 12, 2), QDate(2026, 12, 4)}));

        ShowRunPattern weekends;
        weekends.from = QDate(2026, 12, 1); // a Tuesday
        weekends.until = QDate(2026, 12, 13);
        weekends.weekdays = {Qt::Saturday, Qt::Sunday};
        weekends.skipped = {QDate(2026, 12, 6)};
        QCOMPARE(ShowService::runDates(weekends).value(),
                 (QList<QDate>{QDate(2026, 12, 5), QDate(2026, 12, 12), QDate(2026, 12, 13)}));

        ShowRunPattern oneDay{QDate(2026, 12, 5), QDate(2026, 12, 5), {}, {}};
        QCOMPARE(ShowService::runDates(oneDay).value(), QList<QDate>{QDate(2026, 12, 5)});

        ShowRunPattern backwards{QDate(2026, 12, 5), QDate(2026, 12, 4), {}, {}};
        auto refused = ShowService::runDates(backwards);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidField);
        QVERIFY2(refused.error().message.contains(u"2026-12-04"_s), qPrintable(refused.error().message));
    }

    void aRunCreatesOneShowPerDateAtTheSameTime()
    {
        TestDatabase db;
        ShowService shows(*db.database, db.feed, db.clock, *db.reservations);
        const ShowDraft draft = concert(db);
        const QList<QDate> dates = {QDate(2026, 12, 5), QDate(2026, 12, 12), QDate(2026, 12, 13)};
        auto created = shows.createRun(draft, dates, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY2(created.ok(), qPrintable(failureOf(created)));
        QCOMPARE(created->size(), 3);
        for (qsizetype i = 0; i < dates.size(); ++i) {
            auto show = db.catalog->show(created->at(i));
            QVERIFY(show.ok());
            QCOMPARE(show->startsAt, QDateTime(dates.at(i), QTime(20, 0), QTimeZone::utc()));
            QCOMPARE(show->prices.size(), 2);
        }
    }

    void badInputIsRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<int>("mistake");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown hall") << 0 << u"hall 99"_s;
        QTest::newRow("negative price") << 1 << u"negative"_s;
        QTest::newRow("unknown category") << 2 << u"\"vip\""_s;
        QTest::newRow("no title") << 3 << u"title"_s;
        QTest::newRow("unknown house seat") << 4 << u"Z9"_s;
        QTest::newRow("priced twice") << 5 << u"twice"_s;
        QTest::newRow("unknown ticket type") << 6 << u"no ticket type \"student\""_s;
    }

    void badInputIsRefusedAndNothingIsWritten()
    {
        QFETCH(int, mistake);
        QFETCH(QString, named);
        TestDatabase db;
        ShowService shows(*db.database, db.feed, db.clock, *db.reservations);
        ShowDraft draft = concert(db);
        switch (mistake) {
        case 0: draft.hall = 99; break;
        case 1: draft.prices[1].priceCents = -1; break;
        case 2: draft.prices.append({u"vip"_s, u"adult"_s, 5000}); break;
        case 3: draft.title = u"  "_s; break;
        case 4: draft.houseSeats->append(u"Z9"_s); break;
        case 5: draft.prices.append(draft.prices.constFirst()); break;
        case 6: draft.prices.append({u"standard"_s, u"student"_s, 900}); break;
        }
        auto refused = shows.createRun(draft, {QDate(2026, 12, 5), QDate(2026, 12, 6)}, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(named), qPrintable(refused.error().message));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM shows"_s), 1);
    }

    void cancellingEndsHoldsCancelsBookingsAndLeavesTheList()
    {
        TestDatabase db;
        ShowService shows(*db.database, db.feed, db.clock, *db.reservations);
        const qint64 show = db.show;
        const QString reference = bookAtTheCounter(db, show, {u"A1"_s, u"A2"_s});
        QVERIFY(!reference.isEmpty());
        QVERIFY(db.reservations->holdSeats(show, {u"B1"_s}, u"web-session"_s, std::chrono::minutes(5), Channel::Web).ok());
        const qint64 versionBefore = db.scalar(u"SELECT version FROM shows WHERE id = ?"_s, {show});

        auto noReason = shows.cancelShow(show, u" "_s, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY(!noReason.ok());
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM shows WHERE cancelled_at IS NOT NULL"_s), 0);

        QSignalSpy announced(&db.feed, &ChangeFeed::showChanged);
        auto cancelled = shows.cancelShow(show, u"The orchestra is ill"_s, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY2(cancelled.ok(), qPrintable(failureOf(cancelled)));
        QVERIFY(cancelled->version > versionBefore);
        QTRY_VERIFY(!announced.isEmpty());
        QCOMPARE(announced.constLast().at(1).toLongLong(), cancelled->version);

        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM seat_claims WHERE show_id = ?"_s, {show}), 0);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM holds WHERE show_id = ? AND ended_at IS NULL"_s, {show}), 0);
        auto booking = db.catalog->booking(reference);
        QVERIFY(booking.ok());
        QVERIFY(booking->cancelled);
        QVERIFY(!listed(db, show));
        auto stillFound = db.catalog->show(show);
        QVERIFY(stillFound.ok());
        QVERIFY(stillFound->cancelled);
        QCOMPARE(db.scalar(u"SELECT changes_from FROM shows WHERE id = ?"_s, {show}), cancelled->version);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'cancel_show' AND reason = ?"_s,
                           {u"The orchestra is ill"_s}),
                 1);

        auto holdAfter = db.reservations->holdSeats(show, {u"A3"_s}, u"counter"_s, std::chrono::minutes(5),
                                                    Channel::Counter);
        QVERIFY(!holdAfter.ok());
        QVERIFY2(holdAfter.error().message.contains(u"cancelled"_s), qPrintable(holdAfter.error().message));
        QVERIFY(!shows.cancelShow(show, u"again"_s, StaffActor{0, u"Mia"_s, 0, {}}).ok());
    }

    void theWebStopsSellingTheMinuteSalesClose()
    {
        TestDatabase db;
        ShowService shows(*db.database, db.feed, db.clock, *db.reservations);
        ShowDraft draft = concert(db);
        draft.startsAt = db.clock.now().addSecs(60 * 60);
        draft.webSalesCloseMinutes = 30;
        const qint64 show = shows.createShow(draft, StaffActor{0, u"Mia"_s, 0, {}}).value();

        db.clock.advance((30 * 60 - 1) * 1000);
        QVERIFY(db.reservations->holdSeats(show, {u"A1"_s}, u"early"_s, std::chrono::minutes(5), Channel::Web).ok());
        db.clock.advance(1000);
        auto closed = db.reservations->holdSeats(show, {u"A2"_s}, u"late"_s, std::chrono::minutes(5), Channel::Web);
        QVERIFY(!closed.ok());
        QVERIFY2(closed.error().message.contains(u"closed"_s), qPrintable(closed.error().message));
        QVERIFY(db.reservations->holdSeats(show, {u"A2"_s}, u"counter"_s, std::chrono::minutes(5), Channel::Counter)
                        .ok());

        draft.webSales = false;
        draft.startsAt = db.clock.now().addDays(3);
        QVERIFY(shows.updateShow(show, draft, StaffActor{0, u"Mia"_s, 0, {}}).ok());
        auto off = db.reservations->holdSeats(show, {u"A3"_s}, u"web"_s, std::chrono::minutes(5), Channel::Web);
        QVERIFY(!off.ok());
        QVERIFY2(off.error().message.contains(u"not sold on the web"_s), qPrintable(off.error().message));
    }

    void showEditsRecordTheStaffMember()
    {
        TestDatabase db;
        ShowService shows(*db.database, db.feed, db.clock, *db.reservations);
        const qint64 show = shows.createShow(concert(db), StaffActor{7, u"Mia"_s, 0, {}}).value();
        ShowDraft draft = concert(db);
        draft.title = u"Winter Concert"_s;
        QVERIFY(shows.updateShow(show, draft, StaffActor{9, u"Carl"_s, 7, u"Mia"_s}).ok());
        QVERIFY(shows.setPrices(show, draft.prices, StaffActor{7, u"Mia"_s, 0, {}}).ok());
        const QString byAction = u"SELECT %1 FROM audit_log WHERE action = ? AND show_id = ?"_s;
        QCOMPARE(db.scalar(byAction.arg(u"staff_id"_s), {u"create show"_s, show}), 7);
        QCOMPARE(db.scalar(byAction.arg(u"staff_id"_s), {u"update show"_s, show}), 9);
        QCOMPARE(db.scalar(byAction.arg(u"authorised_by"_s), {u"update show"_s, show}), 7);
        QCOMPARE(db.scalar(byAction.arg(u"staff_id"_s), {u"set prices"_s, show}), 7);
    }

    void aShowWithClaimedSeatsKeepsItsHall()
    {
        TestDatabase db;
        ShowService shows(*db.database, db.feed, db.clock, *db.reservations);
        db.exec(u"INSERT INTO halls (id, name, grid_rows, grid_columns) VALUES (2, 'Second', 1, 1)"_s);
        ShowDraft draft = concert(db);
        const qint64 show = shows.createShow(draft, StaffActor{0, u"Mia"_s, 0, {}}).value();
        QVERIFY(!bookAtTheCounter(db, show, {u"A1"_s}).isEmpty());
        draft.hall = 2;
        auto refused = shows.updateShow(show, draft, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"cannot move"_s), qPrintable(refused.error().message));
        QCOMPARE(db.scalar(u"SELECT hall_id FROM shows WHERE id = ?"_s, {show}), 1);

        draft.hall = 1;
        draft.title = u"Autumn Concert (extended)"_s;
        QVERIFY(shows.updateShow(show, draft, StaffActor{0, u"Mia"_s, 0, {}}).ok());
        QCOMPARE(db.catalog->show(show)->title, draft.title);
    }

    void newPricesLeaveBookingsAsTheyWereMade()
    {
        TestDatabase db;
        ShowService shows(*db.database, db.feed, db.clock, *db.reservations);
        const QString reference = bookAtTheCounter(db, db.show, {u"A1"_s});
        QVERIFY(!reference.isEmpty());
        QCOMPARE(db.catalog->booking(reference)->totalCents, 1200);

        auto changed = shows.setPrices(db.show, {{u"standard"_s, u"adult"_s, 1900}}, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY2(changed.ok(), qPrintable(failureOf(changed)));
        QCOMPARE(db.catalog->show(db.show)->priceFor(u"standard"_s, u"adult"_s), std::optional<qint64>(1900));
        QCOMPARE(db.catalog->show(db.show)->priceFor(u"premium"_s, u"adult"_s), std::nullopt);
        const Booking booking = db.catalog->booking(reference).value();
        QCOMPARE(booking.totalCents, 1200);
        QCOMPARE(booking.seats.constFirst().priceCents, 1200);
        QVERIFY(!shows.setPrices(db.show, {{u"standard"_s, u"adult"_s, -5}}, StaffActor{0, u"Mia"_s, 0, {}}).ok());
        QCOMPARE(db.catalog->show(db.show)->priceFor(u"standard"_s, u"adult"_s), std::optional<qint64>(1900));

        const QString later = bookAtTheCounter(db, db.show, {u"A2"_s});
        QCOMPARE(db.catalog->booking(later)->totalCents, 1900);
    }

    void aRetiredTicketTypeIsPricedNoMore()
    {
        TestDatabase db;
        ShowService shows(*db.database, db.feed, db.clock, *db.reservations);
        VenueService venue(*db.database, db.feed, db.clock);
        QList<TicketType> types = venue.ticketTypes().value();
        types[1].retired = true;
        QVERIFY(venue.saveTicketTypes(types, StaffActor{0, u"Mia"_s, 0, {}}).ok());

        auto refused = shows.setPrices(db.show, {{u"standard"_s, u"adult"_s, 1200}, {u"standard"_s, u"child"_s, 700}},
                                       StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidField);
        QVERIFY2(refused.error().message.contains(u"\"child\" is retired"_s), qPrintable(refused.error().message));
        QCOMPARE(db.catalog->show(db.show)->priceFor(u"standard"_s, u"child"_s), std::optional<qint64>(700));
        ShowDraft draft = concert(db);
        draft.prices.append({u"premium"_s, u"child"_s, 900});
        QVERIFY(!shows.createShow(draft, StaffActor{0, u"Mia"_s, 0, {}}).ok());
        // Prices set before it was retired still sell what they sold.
        QVERIFY(!bookAtTheCounter(db, db.show, {u"A1"_s}).isEmpty());
    }

    void aNewShowKeepsTheHallsHouseSeatsUnlessToldOtherwise()
    {
        TestDatabase db;
        ShowService shows(*db.database, db.feed, db.clock, *db.reservations);
        db.exec(u"UPDATE seats SET house_default = 1 WHERE label IN ('A3', 'B4')"_s);
        const auto houseSeatsOf = [&db](qint64 show) {
            auto rows = db.database->run(u"SELECT s.label FROM house_seats h JOIN seats s ON s.id = h.seat_id"
                                         " WHERE h.show_id = ? ORDER BY s.label"_s,
                                         {show});
            QStringList labels;
            while (rows.ok() && rows.value().next())
                labels.append(rows.value().value(0).toString());
            return labels;
        };
        ShowDraft draft = concert(db);
        draft.houseSeats.reset();
        auto byDefault = shows.createRun(draft, {QDate(2026, 12, 5), QDate(2026, 12, 6)}, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY2(byDefault.ok(), qPrintable(failureOf(byDefault)));
        for (qint64 show : byDefault.value())
            QCOMPARE(houseSeatsOf(show), (QStringList{u"A3"_s, u"B4"_s}));

        draft.houseSeats = QStringList();
        auto none = shows.createShow(draft, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY2(none.ok(), qPrintable(failureOf(none)));
        QCOMPARE(houseSeatsOf(none.value()), QStringList());

        draft.houseSeats = QStringList{u"B1"_s};
        QCOMPARE(houseSeatsOf(shows.createShow(draft, StaffActor{0, u"Mia"_s, 0, {}}).value()), QStringList{u"B1"_s});
    }

    void pricesAreCopiedFromAnotherShow()
    {
        TestDatabase db;
        ShowService shows(*db.database, db.feed, db.clock, *db.reservations);
        ShowDraft draft = concert(db);
        draft.prices.clear();
        const qint64 show = shows.createShow(draft, StaffActor{0, u"Mia"_s, 0, {}}).value();
        QVERIFY(db.catalog->show(show)->prices.isEmpty());
        auto copied = shows.copyPrices(db.show, show, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY2(copied.ok(), qPrintable(failureOf(copied)));
        const Show source = db.catalog->show(db.show).value();
        const Show target = db.catalog->show(show).value();
        QCOMPARE(target.prices.size(), 4);
        for (const Price &price : source.prices)
            QCOMPARE(target.priceFor(price.category, price.ticketType), std::optional<qint64>(price.priceCents));
        QCOMPARE(shows.copyPrices(99, show, StaffActor{0, u"Mia"_s, 0, {}}).error().code, ErrorCode::NotFound);
    }
    void theStrandedSeatRuleIsSavedChangedAndCopiedToARun()
    {
        TestDatabase db;
        ShowService shows(*db.database, db.feed, db.clock, *db.reservations);
        ShowSetupCatalog setups(*db.database);
        ShowDraft draft = concert(db);
        auto warned = shows.createShow(draft, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY2(warned.ok(), qPrintable(failureOf(warned)));
        QCOMPARE(db.catalog->show(warned.value())->orphanRule, OrphanRule::Warn);
        draft.orphanRule = OrphanRule::Refuse;
        auto run = shows.createRun(draft, {QDate(2026, 12, 5), QDate(2026, 12, 6)}, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY2(run.ok(), qPrintable(failureOf(run)));
        for (qint64 show : run.value()) {
            QCOMPARE(db.catalog->show(show)->orphanRule, OrphanRule::Refuse);
            QCOMPARE(setups.show(show)->draft.orphanRule, OrphanRule::Refuse);
        }
        draft.orphanRule = OrphanRule::Allow;
        QVERIFY(shows.updateShow(run->constFirst(), draft, StaffActor{0, u"Mia"_s, 0, {}}).ok());
        QCOMPARE(db.catalog->show(run->constFirst())->orphanRule, OrphanRule::Allow);
        QCOMPARE(setups.show(run->constFirst())->draft.orphanRule, OrphanRule::Allow);
        QCOMPARE(db.catalog->show(run->constLast())->orphanRule, OrphanRule::Refuse);
    }
};

QTEST_GUILESS_MAIN(tst_ShowService)
#include "tst_showservice.moc"
