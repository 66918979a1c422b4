#include "demodata.h"
#include "hallplanvalidator.h"
#include "siteaddressload.h"
#include "testdatabase.h"
#include "ticketcode.h"
#include "venueservice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

/// A database migrated to an older schema version only, filled with the demo shows.
struct DemoAtVersion
{
    explicit DemoAtVersion(int version)
    {
        auto opened = Database::open(DatabaseConfig::sqlite(dir.filePath(u"old.sqlite"_s)), u"old"_s);
        if (!opened.ok() || !Migrations::migrate(*opened.value(), version).ok()
            || !DemoData::populate(*opened.value(), clock).ok())
            return;
        catalog = std::make_unique<ShowCatalog>(*opened.value());
        reservations = std::make_unique<ReservationService>(*opened.value(), feed, clock);
        show = catalog->shows(clock.now(), clock.now().addDays(8), Channel::Web)->constFirst().id;
        database = std::move(opened.value());
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC)};
    ChangeFeed feed;
    std::unique_ptr<ShowCatalog> catalog;
    std::unique_ptr<ReservationService> reservations;
    qint64 show = 0;
};

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseReachesTheLatestVersion()
    {
        QTemporaryDir dir;
        auto database = Database::open(DatabaseConfig::sqlite(dir.filePath(u"fresh.sqlite"_s)), u"fresh"_s);
        QVERIFY(database.ok());
        QCOMPARE(Migrations::currentVersion(*database.value()).value(), 0);
        auto migrated = Migrations::migrate(*database.value());
        QVERIFY(migrated.ok());
        QCOMPARE(migrated.value(), Migrations::latestVersion());
        QCOMPARE(Migrations::currentVersion(*database.value()).value(), Migrations::latestVersion());
        // Running again is a no-op.
        QCOMPARE(Migrations::migrate(*database.value()).value(), Migrations::latestVersion());
        QCOMPARE(database.value()->connection().tables().contains(u"house_seats"_s), true);
    }

    void olderDatabaseIsUpgradedKeepingItsData()
    {
        QTemporaryDir dir;
        auto database = Database::open(DatabaseConfig::sqlite(dir.filePath(u"old.sqlite"_s)), u"old"_s);
        QVERIFY(Migrations::migrate(*database.value(), 1).ok());
        QCOMPARE(Migrations::currentVersion(*database.value()).value(), 1);
        QVERIFY(!database.value()->connection().tables().contains(u"house_seats"_s));
        QVERIFY(database.value()->run(u"INSERT INTO customers (name, email, created_at) VALUES ('Old', 'old@example.com', 1)"_s).ok());

        auto migrated = Migrations::migrate(*database.value());
        QVERIFY(migrated.ok());
        QCOMPARE(Migrations::currentVersion(*database.value()).value(), Migrations::latestVersion());
        auto kept = database.value()->run(u"SELECT name, deleted_at FROM customers"_s);
        QVERIFY(kept.value().next());
        QCOMPARE(kept.value().value(0).toString(), u"Old"_s);
        QVERIFY(kept.value().value(1).isNull());
    }

    void bookingsAndHoldsSurviveTheUpgradesFromVersion2()
    {
        DemoAtVersion old(2);
        QVERIFY(old.database);
        ShowCatalog &catalog = *old.catalog;
        ReservationService &reservations = *old.reservations;
        const qint64 show = old.show;
        const auto &database = old.database;
        QVERIFY(reservations.holdSeats(show, {u"C7"_s, u"C8"_s}, u"early"_s, std::chrono::minutes(10), Channel::Counter).ok());
        BookingRequest atTheCounter;
        atTheCounter.channel = Channel::Counter;
        auto booked = reservations.convertHoldsToBookings(u"early"_s, show, atTheCounter);
        QVERIFY(booked.ok());
        QVERIFY(reservations.holdSeats(show, {u"D3"_s}, u"late"_s, std::chrono::minutes(10), Channel::Counter).ok());

        QCOMPARE(Migrations::migrate(*database).value(), Migrations::latestVersion());

        auto kept = catalog.booking(booked->reference);
        QVERIFY(kept.ok());
        QCOMPARE(kept->seats.size(), 2);
        QCOMPARE(kept->seats.at(0).label, u"C7"_s);
        QCOMPARE(kept->seats.at(1).priceCents, booked->seats.at(1).priceCents);
        // The hold made before the upgrade is found through the rebuilt index and can be booked.
        auto late = reservations.convertHoldsToBookings(u"late"_s, show, atTheCounter);
        QVERIFY2(late.ok(), qPrintable(late.ok() ? QString() : late.error().message));
        QCOMPARE(late->seats.constFirst().label, u"D3"_s);
        auto unbooked = reservations.unbookSeats(show, {u"C8"_s}, StaffActor{0, u"manager"_s, 0, {}}, u"test"_s);
        QVERIFY2(unbooked.ok(), qPrintable(unbooked.ok() ? QString() : unbooked.error().message));
        const auto snapshot = catalog.snapshot(show);
        QVERIFY(snapshot.ok());
        const auto statusOf = [&snapshot](const QString &label) {
            for (const SeatState &seat : snapshot->seats) {
                if (seat.seat.label == label)
                    return seat.status;
            }
            return SeatStatus::Blocked;
        };
        QCOMPARE(statusOf(u"C7"_s), SeatStatus::Booked);
        QCOMPARE(statusOf(u"C8"_s), SeatStatus::Available);
        QCOMPARE(statusOf(u"D3"_s), SeatStatus::Booked);

        // The rebuilt claims table keeps its rules: one claim per seat, known kinds only.
        Database &db = *database;
        const auto firstValue = [&db](const QString &sql, const QVariantList &values) {
            auto rows = db.run(sql, values);
            return rows.ok() && rows.value().next() ? rows.value().value(0).toLongLong() : qint64(0);
        };
        const auto claim = [&db, show](qint64 seat, const QString &kind) {
            return db.run(u"INSERT INTO seat_claims (show_id, seat_id, kind, created_at) VALUES (?, ?, ?, 0)"_s,
                          {show, seat, kind}).ok();
        };
        const qint64 bookedSeat =
                firstValue(u"SELECT seat_id FROM seat_claims WHERE show_id = ? AND kind = 'booking'"_s, {show});
        const qint64 freeSeat = firstValue(u"SELECT id FROM seats WHERE label = 'A1'"
                                           " AND hall_id = (SELECT hall_id FROM shows WHERE id = ?)"_s,
                                           {show});
        QVERIFY(bookedSeat && freeSeat);
        QVERIFY(!claim(bookedSeat, u"block"_s));
        QVERIFY(db.lastRunViolatedUniqueness());
        QVERIFY(!claim(freeSeat, u"reserved"_s));
        QVERIFY(!db.lastRunViolatedUniqueness());
        QVERIFY(claim(freeSeat, u"block"_s));
    }

    void version5AddsTheClientAddressOfHolds()
    {
        DemoAtVersion old(4);
        QVERIFY(old.database);
        ReservationService &reservations = *old.reservations;
        const qint64 show = old.show;
        QVERIFY(reservations.holdSeats(show, {u"C7"_s}, u"web:before"_s, std::chrono::minutes(10), Channel::Web).ok());

        QCOMPARE(Migrations::migrate(*old.database, 5).value(), 5);
        Database &db = *old.database;
        auto before = db.run(u"SELECT client_address FROM holds WHERE owner = 'web:before'"_s);
        QVERIFY(before.ok() && before.value().next());
        QVERIFY(before.value().value(0).isNull());
        before.value().finish();

        const HoldOrigin origin{u"203.0.113.7"_s, 20};
        QVERIFY(reservations.holdSeats(show, {u"C8"_s}, u"web:after"_s, std::chrono::minutes(10), Channel::Web, origin)
                        .ok());
        auto after = db.run(u"SELECT client_address FROM holds WHERE owner = 'web:after'"_s);
        QVERIFY(after.ok() && after.value().next());
        QCOMPARE(after.value().value(0).toString(), origin.address);
        after.value().finish();
        // The cap's count finds the address's active holds through the new partial index.
        auto plan = db.run(u"EXPLAIN QUERY PLAN SELECT COUNT(c.seat_id), MIN(h.expires_at) FROM holds h"
                           " JOIN seat_claims c ON c.hold_id = h.id WHERE h.show_id = ? AND h.client_address = ?"
                           " AND h.ended_at IS NULL AND h.expires_at > ?"_s,
                           {show, origin.address, 0});
        QVERIFY(plan.ok());
        QString details;
        while (plan.value().next())
            details += plan.value().value(3).toString() + u'\n';
        QVERIFY2(details.contains(u"holds_active_by_address"_s), qPrintable(details));
    }

    void version6GivesOldHallsTheirPlansKeepingBookingsAndHolds()
    {
        DemoAtVersion old(5);
        QVERIFY(old.database);
        ReservationService &reservations = *old.reservations;
        const qint64 show = old.show;
        QVERIFY(reservations.holdSeats(show, {u"C7"_s}, u"early"_s, std::chrono::minutes(10), Channel::Counter).ok());
        BookingRequest atTheCounter;
        atTheCounter.channel = Channel::Counter;
        auto booked = reservations.convertHoldsToBookings(u"early"_s, show, atTheCounter);
        QVERIFY(booked.ok());
        QVERIFY(reservations.holdSeats(show, {u"D3"_s}, u"late"_s, std::chrono::minutes(10), Channel::Counter).ok());

        QCOMPARE(Migrations::migrate(*old.database).value(), Migrations::latestVersion());

        auto kept = old.catalog->booking(booked->reference);
        QVERIFY(kept.ok());
        QCOMPARE(kept->seats.size(), 1);
        QCOMPARE(kept->seats.constFirst().label, u"C7"_s);
        QCOMPARE(kept->seats.constFirst().priceCents, booked->seats.constFirst().priceCents);
        auto late = reservations.convertHoldsToBookings(u"late"_s, show, atTheCounter);
        QVERIFY2(late.ok(), qPrintable(late.ok() ? QString() : late.error().message));

        VenueService venue(*old.database, old.feed, old.clock);
        const qint64 hallId = old.catalog->show(show)->hallId;
        auto plan = venue.hallPlan(hallId);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        QCOMPARE(validateHallPlan(plan.value()), QList<PlanProblem>());
        const Hall hall = old.catalog->hall(hallId).value();
        QCOMPARE(plan->seats.size(), hall.seats.size());
        QHash<QString, QPointF> positions;
        for (const HallPlanSeat &seat : plan->seats)
            positions.insert(seat.label(), seat.position);
        for (const Seat &seat : hall.seats)
            QCOMPARE(positions.value(seat.label), QPointF(seat.gridColumn, seat.gridRow));
        // The categories are the hall's rows of hall_categories, in the counter's colours.
        auto stored = old.database->run(u"SELECT key FROM hall_categories WHERE hall_id = ? ORDER BY position"_s, {hallId});
        QVERIFY(stored.ok());
        QStringList storedKeys;
        while (stored.value().next())
            storedKeys.append(stored.value().value(0).toString());
        stored.value().finish();
        QStringList planKeys;
        for (const HallCategory &category : plan->categories)
            planKeys.append(category.key);
        QCOMPARE(storedKeys, planKeys);
        QCOMPARE(plan->category(u"standard"_s)->colour, u"#0072b2"_s);
        QCOMPARE(plan->category(u"premium"_s)->colour, u"#e69f00"_s);
        QCOMPARE(plan->category(u"premium"_s)->name, u"Premium"_s);
        const QList<GridCell> cells = plan->gridCells();
        for (qsizetype i = 0; i < plan->seats.size(); ++i) {
            const Seat &seat = *std::find_if(hall.seats.cbegin(), hall.seats.cend(),
                                             [&](const Seat &s) { return s.label == plan->seats.at(i).label(); });
            QCOMPARE(cells.at(i), (GridCell{seat.gridRow, seat.gridColumn}));
        }
    }

    void version7KeepsOldShowsSellingOnTheWebAndTheirBookings()
    {
        DemoAtVersion old(6);
        QVERIFY(old.database);
        ReservationService &reservations = *old.reservations;
        QVERIFY(reservations.holdSeats(old.show, {u"C7"_s}, u"early"_s, std::chrono::minutes(10), Channel::Counter).ok());
        BookingRequest atTheCounter;
        atTheCounter.channel = Channel::Counter;
        auto booked = reservations.convertHoldsToBookings(u"early"_s, old.show, atTheCounter);
        QVERIFY(booked.ok());

        QCOMPARE(Migrations::migrate(*old.database, 7).value(), 7);

        auto kept = old.catalog->booking(booked->reference);
        QVERIFY(kept.ok());
        QVERIFY(!kept->cancelled);
        QCOMPARE(kept->totalCents, booked->totalCents);
        QCOMPARE(kept->seats.constFirst().label, u"C7"_s);
        auto settings = old.database->run(u"SELECT COUNT(*) FROM shows WHERE web_sales = 1 AND web_sales_close_minutes = 0"
                                          " AND cancelled_at IS NULL"_s);
        QVERIFY(settings.ok() && settings.value().next());
        QCOMPARE(settings.value().value(0).toInt(),
                 int(old.catalog->shows(old.clock.now().addDays(-1), old.clock.now().addDays(8), Channel::Web)->size()));
        settings.value().finish();
        QVERIFY(reservations.holdSeats(old.show, {u"C8"_s}, u"web"_s, std::chrono::minutes(10), Channel::Web).ok());
    }

    void version8SeedsTheTicketTypesThatPricesAndBookingsName()
    {
        DemoAtVersion old(7);
        QVERIFY(old.database);
        Database &db = *old.database;
        const qint64 hall = old.catalog->show(old.show)->hallId;
        QVERIFY(db.run(u"INSERT INTO show_prices (show_id, category, ticket_type, price_cents)"
                       " SELECT show_id, category, 'student', 650 FROM show_prices WHERE show_id = ? AND ticket_type = 'adult'"_s,
                       {old.show}).ok());
        QVERIFY(old.reservations->holdSeats(old.show, {u"C7"_s}, u"early"_s, std::chrono::minutes(10), Channel::Counter)
                        .ok());
        BookingRequest student;
        student.channel = Channel::Counter;
        student.ticketTypes.insert(u"C7"_s, u"student"_s);
        auto booked = old.reservations->convertHoldsToBookings(u"early"_s, old.show, student);
        QVERIFY2(booked.ok(), qPrintable(booked.ok() ? QString() : booked.error().message));
        QVERIFY(db.run(u"UPDATE booking_seats SET ticket_type = 'family' WHERE booking_id = ?"_s, {booked->id}).ok());

        QCOMPARE(Migrations::migrate(db, 8).value(), 8);

        VenueService venue(db, old.feed, old.clock);
        auto types = venue.ticketTypes();
        QVERIFY(types.ok());
        const QList<TicketType> expected = {{u"adult"_s, u"Adult"_s, true, 0, false},
                                            {u"child"_s, u"Child"_s, true, 1, false},
                                            {u"concession"_s, u"Concession"_s, false, 2, false},
                                            {u"family"_s, u"family"_s, false, 3, false},
                                            {u"student"_s, u"student"_s, false, 4, false}};
        QCOMPARE(types.value(), expected);
        QCOMPARE(old.catalog->booking(booked->reference)->seats.constFirst().ticketType, u"family"_s);
        QCOMPARE(old.catalog->show(old.show)->priceFor(u"standard"_s, u"student"_s), std::optional<qint64>(650));
        // Seats keep no house seats of their own until the venue sets some.
        auto plan = venue.hallPlan(hall);
        QVERIFY(plan.ok());
        QVERIFY(std::none_of(plan->seats.cbegin(), plan->seats.cend(),
                             [](const HallPlanSeat &seat) { return seat.houseSeat; }));
    }

    void version10MakesUpcomingWebBookingsReservationsAndRecordsWhatWasPaid()
    {
        DemoAtVersion old(9);
        QVERIFY(old.database);
        Database &db = *old.database;
        ReservationService &reservations = *old.reservations;
        auto book = [&](const QString &owner, const QString &seat, Channel channel, const QString &method) {
            if (!reservations.holdSeats(old.show, {seat}, owner, std::chrono::minutes(10), channel).ok())
                return Booking{};
            BookingRequest request;
            request.channel = channel;
            request.paymentMethod = method;
            request.customer = {u"Ada"_s, u"ada@example.org"_s};
            auto booked = reservations.convertHoldsToBookings(owner, old.show, request);
            return booked.ok() ? booked.value() : Booking{};
        };
        const Booking atTheCounter = book(u"counter"_s, u"C7"_s, Channel::Counter, u"card"_s);
        const Booking online = book(u"web"_s, u"C8"_s, Channel::Web, QString());
        QVERIFY(atTheCounter.id > 0 && online.id > 0);
        // The demo's show is long gone by the wall clock the upgrade reads; move it a year ahead.
        const qint64 startsAt = QDateTime::currentDateTimeUtc().addYears(1).toMSecsSinceEpoch();
        QVERIFY(db.run(u"UPDATE shows SET starts_at = ? WHERE id = ?"_s, {startsAt, old.show}).ok());

        QCOMPARE(Migrations::migrate(db, 10).value(), 10);

        auto states = db.run(u"SELECT id, payment_state, pay_by FROM bookings ORDER BY id"_s);
        QVERIFY(states.ok());
        QHash<qint64, QPair<QString, QVariant>> byBooking;
        while (states.value().next())
            byBooking.insert(states.value().value(0).toLongLong(),
                             {states.value().value(1).toString(), states.value().value(2)});
        states.value().finish();
        QCOMPARE(byBooking.value(atTheCounter.id).first, u"paid"_s);
        QVERIFY(byBooking.value(atTheCounter.id).second.isNull());
        QCOMPARE(byBooking.value(online.id).first, u"reserved"_s);
        QCOMPARE(byBooking.value(online.id).second.toLongLong(), startsAt - 30 * 60 * 1000);

        auto lines = db.run(u"SELECT booking_id, kind, method, amount_cents FROM payments ORDER BY id"_s);
        QVERIFY(lines.ok());
        QVERIFY(lines.value().next());
        QCOMPARE(lines.value().value(0).toLongLong(), atTheCounter.id);
        QCOMPARE(lines.value().value(1).toString(), u"payment"_s);
        QCOMPARE(lines.value().value(2).toString(), u"card"_s);
        QCOMPARE(lines.value().value(3).toLongLong(), atTheCounter.totalCents);
        QVERIFY(!lines.value().next());
        lines.value().finish();
    }

    void version11GivesEveryTicketSoldBeforeACodeOfItsOwn()
    {
        DemoAtVersion old(10);
        QVERIFY(old.database);
        Database &db = *old.database;
        const auto book = [&](const QString &owner, const QStringList &seats) {
            if (!old.reservations->holdSeats(old.show, seats, owner, std::chrono::minutes(10), Channel::Counter).ok())
                return Booking{};
            BookingRequest request;
            request.channel = Channel::Counter;
            request.paymentMethod = u"cash"_s;
            auto booked = old.reservations->convertHoldsToBookings(owner, old.show, request);
            return booked.ok() ? booked.value() : Booking{};
        };
        const Booking first = book(u"counter:1"_s, {u"C7"_s, u"C8"_s, u"C9"_s});
        const Booking second = book(u"counter:2"_s, {u"D7"_s, u"D8"_s});
        QVERIFY(first.id > 0 && second.id > 0);
        QVERIFY(old.catalog->booking(first.reference)->seats.constFirst().ticketCode.isEmpty());
        const qint64 seatsBefore = [&] {
            auto counted = db.run(u"SELECT COUNT(*) FROM booking_seats"_s);
            return counted.ok() && counted.value().next() ? counted.value().value(0).toLongLong() : -1;
        }();
        QVERIFY(seatsBefore >= 5);

        QCOMPARE(Migrations::migrate(db).value(), Migrations::latestVersion());

        auto codes = db.run(u"SELECT ticket_code FROM booking_seats"_s);
        QVERIFY(codes.ok());
        QSet<QString> distinct;
        qint64 rows = 0;
        while (codes.value().next()) {
            const QString code = codes.value().value(0).toString();
            QCOMPARE(TicketCode::normalized(code), code);
            distinct.insert(code);
            ++rows;
        }
        QCOMPARE(rows, seatsBefore);
        QCOMPARE(distinct.size(), rows);
        ShowCatalog catalog(db);
        for (const Booking &booking : {first, second}) {
            auto upgraded = catalog.booking(booking.reference);
            QVERIFY(upgraded.ok());
            for (const BookedSeat &seat : upgraded->seats)
                QVERIFY(distinct.contains(seat.ticketCode));
        }
        // The unique index came with the codes.
        auto copied = db.run(u"UPDATE booking_seats SET ticket_code = (SELECT MIN(ticket_code) FROM booking_seats)"_s);
        QVERIFY(!copied.ok());
    }

    void version12LetsEveryShowWarnOfStrandedSeats()
    {
        DemoAtVersion old(11);
        QVERIFY(old.database);
        const qint64 show = old.show;
        // Before: no rule, so a counter hold stranding a seat goes through.
        auto before = old.reservations->holdSeats(show, {u"C2"_s}, u"counter:1"_s, std::chrono::minutes(10),
                                                  Channel::Counter);
        QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().message));
        QVERIFY(old.reservations->releaseHolds(u"counter:1"_s, show).ok());

        QCOMPARE(Migrations::migrate(*old.database).value(), Migrations::latestVersion());

        QCOMPARE(old.catalog->show(show)->orphanRule, OrphanRule::Warn);
        auto after = old.reservations->holdSeats(show, {u"C2"_s}, u"counter:1"_s, std::chrono::minutes(10),
                                                 Channel::Counter);
        QVERIFY(!after.ok());
        QCOMPARE(after.error().code, ErrorCode::OrphanSeat);
        QCOMPARE(after.error().seats, QStringList{u"C1"_s});
        QVERIFY(!old.database->run(u"UPDATE shows SET orphan_rule = 'never' WHERE id = ?"_s, {show}).ok());
    }

    void version13LetsWebProcessesPublishTheirLoadPerAddress()
    {
        DemoAtVersion old(12);
        QVERIFY(old.database);
        QVERIFY(!old.database->connection().tables().contains(u"web_address_load"_s));
        QVERIFY(!SiteAddressLoad(*old.database, old.clock, 4000).publish({}).ok());

        QCOMPARE(Migrations::migrate(*old.database).value(), Migrations::latestVersion());

        SiteAddressLoad load(*old.database, old.clock, 4000);
        QVERIFY(load.publish({{u"10.0.0.1"_s, {1, 2, 3}}}).ok());
        auto row = old.database->run(u"SELECT streams, long_polls, connections FROM web_address_load"
                                     " WHERE process_id = ? AND address = ?"_s,
                                     {load.processId(), u"10.0.0.1"_s});
        QVERIFY(row.ok() && row.value().next());
        QCOMPARE(row.value().value(0).toInt(), 1);
        QCOMPARE(row.value().value(1).toInt(), 2);
        QCOMPARE(row.value().value(2).toInt(), 3);
    }

    void newerDatabaseIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"newer.sqlite"_s);
        {
            auto database = Database::open(DatabaseConfig::sqlite(path), u"newer"_s);
            QVERIFY(Migrations::migrate(*database.value()).ok());
            QVERIFY(database.value()->run(u"INSERT INTO schema_version (version) VALUES (99)"_s).ok());
            QVERIFY(database.value()->run(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        }
        const auto digest = [&path] {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        };
        const QByteArray before = digest();
        auto database = Database::open(DatabaseConfig::sqlite(path), u"newer-again"_s);
        auto migrated = Migrations::migrate(*database.value());
        QVERIFY(!migrated.ok());
        QVERIFY2(migrated.error().message.contains(u"newer"_s), qPrintable(migrated.error().message));
        QVERIFY(migrated.error().message.contains(u"99"_s));
        database.value().reset();
        QCOMPARE(digest(), before);
    }

    void unusableDatabaseGivesAClearError()
    {
        QTemporaryDir dir;
        QFile garbage(dir.filePath(u"garbage.sqlite"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        auto database = Database::open(DatabaseConfig::sqlite(garbage.fileName()), u"garbage"_s);
        if (database.ok()) {
            auto migrated = Migrations::migrate(*database.value());
            QVERIFY(!migrated.ok());
        } else {
            QVERIFY(database.error().message.contains(garbage.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
