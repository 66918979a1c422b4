#include "databasewatcher.h"
#include "demodata.h"
#include "hallplangenerator.h"
#include "hallplantesting.h"
#include "hallplanvalidator.h"
#include "testdatabase.h"
#include "venueservice.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

/// Rows A to C of six seats, an aisle after the third, every other row staggered; standard seats
/// and a box category nobody sits in yet.
HallPlan generatedPlan()
{
    HallPlanGeneratorOptions options;
    options.hallName = u"Stage Two"_s;
    options.rows = 3;
    options.seatsPerRow = 6;
    options.aislesAfter = {3};
    options.staggered = true;
    options.categories = {{u"standard"_s, u"Standard"_s, u"#336699"_s}, {u"box"_s, u"Box"_s, u"#993366"_s}};
    return HallPlanGenerator(options).generate();
}

qsizetype indexOf(const HallPlan &plan, const QString &label)
{
    for (qsizetype i = 0; i < plan.seats.size(); ++i) {
        if (plan.seats.at(i).label() == label)
            return i;
    }
    return -1;
}

/// The (row, column) of every seat of a hall as the seat maps read them, by label.
QHash<QString, GridCell> catalogCells(const ShowCatalog &catalog, qint64 hall)
{
    QHash<QString, GridCell> cells;
    auto read = catalog.hall(hall);
    if (!read.ok())
        return cells;
    for (const Seat &seat : read->seats)
        cells.insert(seat.label, {seat.gridRow, seat.gridColumn});
    return cells;
}

QHash<QString, GridCell> planCells(const HallPlan &plan)
{
    QHash<QString, GridCell> cells;
    const QList<GridCell> grid = plan.gridCells();
    for (qsizetype i = 0; i < plan.seats.size(); ++i)
        cells.insert(plan.seats.at(i).label(), grid.at(i));
    return cells;
}

QStringList keysOf(const QList<TicketType> &types)
{
    QStringList keys;
    for (const TicketType &type : types)
        keys.append(type.key);
    return keys;
}

/// What went wrong, for the message of a failed check; empty when nothing did.
template<typename T>
QString failureOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

class tst_VenueService : public QObject
{
    Q_OBJECT

private:
    /// A show of `hall` starting `fromNow` after the test clock's now, selling standard seats.
    qint64 addShow(TestDatabase &db, qint64 hall, const QString &title, qint64 fromNowMs)
    {
        db.exec(u"INSERT INTO shows (hall_id, title, starts_at) VALUES (?, ?, ?)"_s,
                {hall, title, db.clock.now().toMSecsSinceEpoch() + fromNowMs});
        const qint64 show = db.scalar(u"SELECT MAX(id) FROM shows"_s);
        db.exec(u"INSERT INTO show_prices (show_id, category, ticket_type, price_cents) VALUES (?, 'standard', 'adult', 1000)"_s,
                {show});
        return show;
    }

    QString book(TestDatabase &db, qint64 show, const QStringList &seats)
    {
        const QString owner = u"counter-%1"_s.arg(show);
        // Seat plans, not stranded seats, are under test: the cashier takes the seats asked for.
        const HoldOptions strandingAccepted{true, StaffActor{0, u"Carla"_s, 0, {}}};
        auto held = db.reservations->holdSeats(show, seats, owner, std::chrono::minutes(10), Channel::Counter, {},
                                               strandingAccepted);
        if (!held.ok())
            return {};
        BookingRequest request;
        request.channel = Channel::Counter;
        auto booked = db.reservations->convertHoldsToBookings(owner, show, request);
        return booked.ok() ? booked->reference : QString();
    }

private slots:
    void aCreatedHallShowsInTheCatalogWithThePlansGridCells()
    {
        TestDatabase db;
        VenueService venue(*db.database, db.feed, db.clock);
        const HallPlan plan = generatedPlan();
        auto hall = venue.createHall(plan, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY2(hall.ok(), qPrintable(failureOf(hall)));

        const QHash<QString, GridCell> cells = catalogCells(*db.catalog, hall.value());
        QCOMPARE(cells.size(), plan.seats.size());
        QCOMPARE(cells, planCells(plan));
        auto listed = venue.halls();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->constLast().id, hall.value());
        QCOMPARE(listed->constLast().name, plan.name);
        QCOMPARE(listed->constLast().seats, int(plan.seats.size()));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE actor = 'Mia' AND action = 'create hall'"_s), 1);
    }

    void anInvalidPlanOrATakenNameIsRefused()
    {
        TestDatabase db;
        VenueService venue(*db.database, db.feed, db.clock);
        HallPlan plan = generatedPlan();
        plan.seats[4].category = u"vip"_s;
        auto refused = venue.createHall(plan, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidField);
        QVERIFY2(refused.error().message.contains(u"seats[4].category"_s), qPrintable(refused.error().message));

        plan = generatedPlan();
        plan.name = u"Test Hall"_s;
        refused = venue.createHall(plan, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"Test Hall"_s), qPrintable(refused.error().message));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM halls"_s), 1);
    }

    void aPlanRoundTripsThroughTheDatabase()
    {
        TestDatabase db;
        VenueService venue(*db.database, db.feed, db.clock);
        HallPlan plan = generatedPlan();
        plan.stage = QPointF(3.25, -2.5);
        plan.size = QSizeF(9.5, 4.75);
        plan.seats[0].wheelchairSpace = true;
        plan.seats[1].companionOf = plan.seats[0].guid;
        plan.seats[2].number = u"3a"_s;
        plan.seats[5].category = u"box"_s;
        plan.seats[6].position = QPointF(0.125, 1.0625);
        plan.seats[7].houseSeat = true;
        auto hall = venue.createHall(plan, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY2(hall.ok(), qPrintable(failureOf(hall)));

        auto read = venue.hallPlan(hall.value());
        QVERIFY(read.ok());
        QCOMPARE(read.value(), plan);

        // Two seats swap their labels and places: neither constraint of the table sees both at once.
        HallPlan swapped = read.value();
        std::swap(swapped.seats[3].number, swapped.seats[4].number);
        std::swap(swapped.seats[3].position, swapped.seats[4].position);
        swapped.seats[7].houseSeat = false;
        swapped.seats[8].houseSeat = true;
        QVERIFY(venue.saveHallPlan(hall.value(), swapped, StaffActor{0, u"Mia"_s, 0, {}}).ok());
        auto again = venue.hallPlan(hall.value());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), swapped);
        QCOMPARE(catalogCells(*db.catalog, hall.value()), planCells(swapped));

        QCOMPARE(venue.hallPlan(99).error().code, ErrorCode::NotFound);
    }

    void savingAnnouncesTheHallsShowsForAFullRead()
    {
        TestDatabase db;
        VenueService venue(*db.database, db.feed, db.clock);
        auto read = venue.hallPlan(1);
        QVERIFY(read.ok());
        HallPlan plan = read.value();
        const qint64 before = db.catalog->version(db.show).value();
        plan.seats[0].position.rx() += 0.5;
        QVERIFY(venue.saveHallPlan(1, plan, StaffActor{0, u"Mia"_s, 0, {}}).ok());
        QCOMPARE(db.feed.lastVersion(db.show), before + 1);
        auto delta = db.catalog->changesSince(db.show, before);
        QVERIFY(delta.ok());
        QVERIFY(delta->full);
        QCOMPARE(delta->seats.size(), 10);
    }

    void hallEditsRecordTheStaffMember()
    {
        TestDatabase db;
        VenueService venue(*db.database, db.feed, db.clock);
        const StaffActor mia{7, u"Mia"_s, 0, {}};
        const qint64 hall = venue.createHall(generatedPlan(), mia).value();
        HallPlan plan = venue.hallPlan(hall).value();
        plan.seats[0].position.rx() += 0.5;
        QVERIFY(venue.saveHallPlan(hall, plan, StaffActor{9, u"Carl"_s, 7, u"Mia"_s}).ok());
        QCOMPARE(db.scalar(u"SELECT staff_id FROM audit_log WHERE action = 'create hall'"_s), 7);
        QCOMPARE(db.scalar(u"SELECT staff_id FROM audit_log WHERE action = 'save hall plan' AND actor = 'Carl'"_s), 9);
        QCOMPARE(db.scalar(u"SELECT authorised_by FROM audit_log WHERE action = 'save hall plan'"_s), 7);
    }

    // Pruning the change log soon after a save must not lower the floor the save set.
    void aSaveBeforeTheChangeLogIsPrunedStillForcesAFullRead()
    {
        TestDatabase db;
        db.exec(u"UPDATE shows SET version = 10 WHERE id = ?"_s, {db.show});
        VenueService venue(*db.database, db.feed, db.clock);
        HallPlan plan = venue.hallPlan(1).value();
        plan.seats[0].position.ry() += 0.25;
        QVERIFY(venue.saveHallPlan(1, plan, StaffActor{0, u"Mia"_s, 0, {}}).ok());
        ReservationService::Limits limits;
        limits.changeLogVersions = 4;
        ReservationService reservations(*db.database, db.feed, db.clock, limits);
        QVERIFY(reservations.holdSeats(db.show, {u"B2"_s}, u"web-1"_s, std::chrono::minutes(10), Channel::Web).ok());
        QCOMPARE(db.catalog->version(db.show).value(), 12);
        auto delta = db.catalog->changesSince(db.show, 9);
        QVERIFY(delta.ok());
        QVERIFY(delta->full);
    }

    void aSeatHeldOrBookedForAFutureShowIsNeitherRemovedNorRelabelled()
    {
        TestDatabase db;
        VenueService venue(*db.database, db.feed, db.clock);
        const HallPlan plan = generatedPlan();
        const qint64 hall = venue.createHall(plan, StaffActor{0, u"Mia"_s, 0, {}}).value();
        const qint64 hamlet = addShow(db, hall, u"Hamlet"_s, 2 * 24 * 3600 * 1000LL);
        QVERIFY(!book(db, hamlet, {u"A2"_s}).isEmpty());
        QVERIFY(db.reservations->holdSeats(hamlet, {u"B1"_s}, u"web-1"_s, std::chrono::minutes(10), Channel::Web).ok());
        const QString when = QLocale::c().toString(db.clock.now().addDays(2).toLocalTime(), u"d MMM HH:mm"_s);

        HallPlan removed = plan;
        removed.seats.removeAt(indexOf(plan, u"B1"_s));
        auto refused = venue.saveHallPlan(hall, removed, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::SeatsUnavailable);
        QVERIFY2(refused.error().message.contains(u"B1 (Hamlet, %1)"_s.arg(when)), qPrintable(refused.error().message));
        QCOMPARE(refused.error().seats, QStringList{u"B1"_s});

        HallPlan relabelled = plan;
        relabelled.seats[indexOf(plan, u"A2"_s)].number = u"20"_s;
        refused = venue.saveHallPlan(hall, relabelled, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"A2 (Hamlet, %1)"_s.arg(when)), qPrintable(refused.error().message));
        QCOMPARE(venue.hallPlan(hall).value(), plan);

        // Moving the booked seat and changing its category are other changes: they apply.
        HallPlan moved = plan;
        moved.seats[indexOf(plan, u"A2"_s)].position.ry() -= 0.5;
        moved.seats[indexOf(plan, u"A2"_s)].category = u"box"_s;
        QVERIFY(venue.saveHallPlan(hall, moved, StaffActor{0, u"Mia"_s, 0, {}}).ok());
        QCOMPARE(venue.hallPlan(hall).value(), moved);
    }

    void aSeatBookedOnlyForAPastShowIsRetiredKeepingItsHistory()
    {
        TestDatabase db;
        VenueService venue(*db.database, db.feed, db.clock);
        const HallPlan plan = generatedPlan();
        const qint64 hall = venue.createHall(plan, StaffActor{0, u"Mia"_s, 0, {}}).value();
        const qint64 matinee = addShow(db, hall, u"Matinee"_s, 3600 * 1000LL);
        const QString reference = book(db, matinee, {u"C4"_s});
        QVERIFY(!reference.isEmpty());
        db.clock.advance(2 * 3600 * 1000LL);

        HallPlan removed = plan;
        removed.seats.removeAt(indexOf(plan, u"C4"_s));
        auto saved = venue.saveHallPlan(hall, removed, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY2(saved.ok(), qPrintable(failureOf(saved)));
        QCOMPARE(venue.hallPlan(hall).value(), removed);
        QVERIFY(!catalogCells(*db.catalog, hall).contains(u"C4"_s));
        QCOMPARE(venue.halls()->constLast().seats, int(removed.seats.size()));
        auto show = db.catalog->show(matinee);
        QVERIFY(show.ok());
        QCOMPARE(show->seatsTotal, int(removed.seats.size()));
        auto booking = db.catalog->booking(reference);
        QVERIFY(booking.ok());
        QCOMPARE(booking->seats.size(), 1);
        QCOMPARE(booking->seats.constFirst().label, u"C4"_s);
        // The seat can no longer be taken.
        const qint64 later = addShow(db, hall, u"Evening"_s, 3600 * 1000LL);
        QVERIFY(!db.reservations->holdSeats(later, {u"C4"_s}, u"web-2"_s, std::chrono::minutes(10), Channel::Web).ok());

        // A new seat may take the label again; the old booking still names its own seat.
        HallPlan readded = removed;
        HallPlanSeat newSeat = plan.seats.at(indexOf(plan, u"C4"_s));
        newSeat.guid = HallPlanSeat::newGuids(1).constFirst();
        readded.seats.append(newSeat);
        saved = venue.saveHallPlan(hall, readded, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY2(saved.ok(), qPrintable(failureOf(saved)));
        QCOMPARE(venue.hallPlan(hall).value(), readded);
        QVERIFY(db.reservations->holdSeats(later, {u"C4"_s}, u"web-2"_s, std::chrono::minutes(10), Channel::Web).ok());
        booking = db.catalog->booking(reference);
        QVERIFY(booking.ok());
        QVERIFY(booking->seats.constFirst().label.startsWith(u"C4 "_s));
    }

    void categoriesAreSaved()
    {
        TestDatabase db;
        VenueService venue(*db.database, db.feed, db.clock);
        const qint64 hall = venue.createHall(generatedPlan(), StaffActor{0, u"Mia"_s, 0, {}}).value();
        HallPlan plan = venue.hallPlan(hall).value();
        plan.categories[0].name = u"Stalls"_s;
        plan.categories[0].colour = u"#123456"_s;
        plan.categories.prepend({u"lodge"_s, u"Lodge"_s, u"#654321"_s});
        plan.seats[7].category = u"lodge"_s;
        QVERIFY(venue.saveHallPlan(hall, plan, StaffActor{0, u"Mia"_s, 0, {}}).ok());
        const HallPlan read = venue.hallPlan(hall).value();
        QCOMPARE(read.categories, plan.categories);
        QCOMPARE(read.seats.at(7).category, u"lodge"_s);
        const Hall stored = db.catalog->hall(hall).value();
        const auto seat = std::find_if(stored.seats.cbegin(), stored.seats.cend(),
                                       [&](const Seat &seat) { return seat.label == plan.seats.at(7).label(); });
        QVERIFY(seat != stored.seats.cend());
        QCOMPARE(seat->category, u"lodge"_s);
    }

    void aNewDatabaseSellsTheThreeShippedTicketTypes()
    {
        TestDatabase db;
        VenueService venue(*db.database, db.feed, db.clock);
        auto types = venue.ticketTypes();
        QVERIFY2(types.ok(), qPrintable(failureOf(types)));
        const QList<TicketType> shipped = {{u"adult"_s, u"Adult"_s, true, 0, false},
                                           {u"child"_s, u"Child"_s, true, 1, false},
                                           {u"concession"_s, u"Concession"_s, false, 2, false}};
        QCOMPARE(types.value(), shipped);
    }

    void ticketTypesAreAddedRenamedMovedAndRetired()
    {
        TestDatabase db;
        VenueService venue(*db.database, db.feed, db.clock);
        QSignalSpy announced(&db.feed, &ChangeFeed::ticketTypesChanged);
        QList<TicketType> types = venue.ticketTypes().value();
        types[1].name = u"Kids"_s;
        types[1].webSellable = false;
        types.move(2, 0);
        types[1].retired = true;
        types.append({QString(), u" Senior Citizen "_s, true});
        types.append({QString(), u"Ermäßigt"_s, false});
        types.append({QString(), u"senior-citizen"_s, false});
        auto saved = venue.saveTicketTypes(types, StaffActor{0, u"Mia"_s, 0, {}});
        QVERIFY2(saved.ok(), qPrintable(failureOf(saved)));
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first().first().toLongLong(), 1);
        QCOMPARE(VenueService::ticketTypesRevision(*db.database).value(), 1);

        const QList<TicketType> active = venue.ticketTypes().value();
        QCOMPARE(keysOf(active),
                 (QStringList{u"concession"_s, u"child"_s, u"senior_citizen"_s, u"erma_igt"_s, u"senior_citizen_2"_s}));
        QCOMPARE(active.at(1).name, u"Kids"_s);
        QVERIFY(!active.at(1).webSellable);
        QCOMPARE(active.at(2).name, u"Senior Citizen"_s);
        QVERIFY(active.at(2).webSellable);
        const QList<TicketType> all = venue.ticketTypes(true).value();
        QCOMPARE(all.size(), 6);
        QCOMPARE(all.at(1).key, u"adult"_s);
        QVERIFY(all.at(1).retired);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE actor = 'Mia' AND action = 'save ticket types'"
                           " AND details LIKE '%Adult (adult, web, retired)%'"_s),
                 1);

        // Left out of the list, a type is retired too; named again, it is back on sale.
        QList<TicketType> fewer = active.mid(0, 2);
        fewer.append(all.at(1));
        fewer.last().retired = false;
        QVERIFY(venue.saveTicketTypes(fewer, StaffActor{0, u"Mia"_s, 0, {}}).ok());
        QCOMPARE(keysOf(venue.ticketTypes().value()), (QStringList{u"concession"_s, u"child"_s, u"adult"_s}));
        QCOMPARE(venue.ticketTypes(true)->size(), 6);
        QCOMPARE(announced.size(), 2);
    }

    void badTicketTypesAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<int>("mistake");
        QTest::addColumn<QString>("named");
        QTest::addRow("no name") << 0 << u"Ticket type 2 in the list has no name"_s;
        QTest::addRow("two active types of one name") << 1 << u"named \"ADULT\""_s;
        QTest::addRow("none left on sale") << 2 << u"At least one ticket type must stay on sale"_s;
        QTest::addRow("a key twice") << 3 << u"\"child\" is listed twice"_s;
        QTest::addRow("a key of other characters") << 4 << u"\"Senior\" may hold only"_s;
        QTest::addRow("no manager") << 5 << u"manager's name"_s;
    }

    void badTicketTypesAreRefusedAndNothingIsWritten()
    {
        QFETCH(int, mistake);
        QFETCH(QString, named);
        TestDatabase db;
        VenueService venue(*db.database, db.feed, db.clock);
        QSignalSpy announced(&db.feed, &ChangeFeed::ticketTypesChanged);
        const QList<TicketType> before = venue.ticketTypes(true).value();
        QList<TicketType> types = before;
        StaffActor actor{0, u"Mia"_s, 0, {}};
        switch (mistake) {
        case 0: types[1].name = u"  "_s; break;
        case 1: types.append({QString(), u"ADULT"_s, true}); break;
        case 2:
            for (TicketType &type : types)
                type.retired = true;
            break;
        case 3: types[2].key = u"child"_s; break;
        case 4: types.append({u"Senior"_s, u"Senior"_s, true}); break;
        case 5: actor.name = u" "_s; break;
        }
        auto refused = venue.saveTicketTypes(types, actor);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidField);
        QVERIFY2(refused.error().message.contains(named), qPrintable(refused.error().message));
        QCOMPARE(venue.ticketTypes(true).value(), before);
        QCOMPARE(announced.size(), 0);
        QCOMPARE(VenueService::ticketTypesRevision(*db.database).value(), 0);
    }

    void aTicketTypeSaveInAnotherProcessIsAnnouncedByTheWatcher()
    {
        TestDatabase db;
        ChangeFeed feed;
        DatabaseWatcher watcher(db.config, feed);
        QVERIFY(watcher.start(50).ok());
        QSignalSpy heard(&feed, &ChangeFeed::ticketTypesChanged);
        auto other = db.openAnother();
        ChangeFeed otherFeed;
        VenueService otherVenue(*other, otherFeed, db.clock);
        QList<TicketType> types = otherVenue.ticketTypes().value();
        types.append({QString(), u"Companion"_s, false});
        QVERIFY(otherVenue.saveTicketTypes(types, StaffActor{0, u"Mia"_s, 0, {}}).ok());
        QTRY_COMPARE(heard.size(), 1);
        QCOMPARE(heard.first().first().toLongLong(), 1);
        QCOMPARE(feed.lastTicketTypesRevision(), 1);
    }

    void theDemoHallsLoadAsPlans()
    {
        TestDatabase db;
        db.removeTestHall();
        QVERIFY(DemoData::populate(*db.database, db.clock).ok());
        VenueService venue(*db.database, db.feed, db.clock);
        auto halls = venue.halls();
        QVERIFY(halls.ok());
        QCOMPARE(halls->size(), 3);
        for (const HallSummary &hall : halls.value()) {
            auto plan = venue.hallPlan(hall.id);
            QVERIFY(plan.ok());
            QCOMPARE(plan->name, hall.name);
            QCOMPARE(plan->seats.size(), hall.seats);
            QCOMPARE(problemTexts(validateHallPlan(plan.value())), QStringList());
            QCOMPARE(plan->category(u"standard"_s)->colour, u"#0072b2"_s);
            const QHash<QString, GridCell> before = catalogCells(*db.catalog, hall.id);
            QCOMPARE(planCells(plan.value()), before);
            // Saved unchanged, the hall keeps its layout and its seats their guids.
            QVERIFY(venue.saveHallPlan(hall.id, plan.value(), StaffActor{0, u"Mia"_s, 0, {}}).ok());
            QCOMPARE(catalogCells(*db.catalog, hall.id), before);
            QCOMPARE(venue.hallPlan(hall.id).value(), plan.value());
        }
    }
};

QTEST_GUILESS_MAIN(tst_VenueService)
#include "tst_venueservice.moc"
