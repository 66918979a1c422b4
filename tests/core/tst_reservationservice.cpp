#include "bookingreference.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(boxoffice::ErrorCode)
Q_DECLARE_METATYPE(boxoffice::Channel)

namespace {
const QString alice = u"web:alice"_s;
const QString bob = u"web:bob"_s;
const QString counter = u"counter:one"_s;
const StaffActor mara{0, u"Mara"_s, 0, {}};

BookingRequest webBooking(const QString &name = u"Asha Rao"_s, const QString &email = u"asha@example.com"_s)
{
    BookingRequest request;
    request.customer = {name, email};
    request.channel = Channel::Web;
    return request;
}
} // namespace

class tst_ReservationService : public QObject
{
    Q_OBJECT

private slots:
    void holdReturnsEverySeatHeldAndBumpsVersion()
    {
        TestDatabase db;
        QSignalSpy changed(&db.feed, &ChangeFeed::showChanged);
        auto first = db.reservations->holdSeats(db.show, {u"A1"_s}, alice, 600s, Channel::Web);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->seats, QStringList{u"A1"_s});
        QCOMPARE(first->version, 1);
        QCOMPARE(first->expiresAt, db.clock.now().addSecs(600));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).toLongLong(), 1);

        db.clock.advance(60'000);
        auto second = db.reservations->holdSeats(db.show, {u"A3"_s, u"A2"_s}, alice, 600s, Channel::Web);
        QVERIFY(second.ok());
        QCOMPARE(second->seats, (QStringList{u"A1"_s, u"A2"_s, u"A3"_s}));
        QCOMPARE(second->version, 2);
        QCOMPARE(second->expiresAt, first->expiresAt);  // adding seats keeps the expiry
        QCOMPARE(db.status(u"A2"_s), SeatStatus::Held);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'hold'"_s), 2);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM seat_changes WHERE show_id = 1 AND version = 2"_s), 2);
    }

    void holdingOwnSeatsAgainChangesNothing()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s}, alice, 600s, Channel::Web).ok());
        auto again = db.reservations->holdSeats(db.show, {u"A1"_s}, alice, 600s, Channel::Web);
        QVERIFY(again.ok());
        QCOMPARE(again->version, 1);
        QCOMPARE(again->seats, QStringList{u"A1"_s});
    }

    void holdRefusals_data()
    {
        QTest::addColumn<QStringList>("seats");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QStringList>("named");

        QTest::addRow("seat held by another") << QStringList{u"A2"_s, u"B1"_s} << alice << Channel::Web
                                              << ErrorCode::SeatsUnavailable << QStringList{u"B1"_s};
        QTest::addRow("seat booked") << QStringList{u"B2"_s} << alice << Channel::Web << ErrorCode::SeatsUnavailable
                                     << QStringList{u"B2"_s};
        QTest::addRow("seat blocked") << QStringList{u"B3"_s, u"A1"_s} << alice << Channel::Counter
                                      << ErrorCode::SeatsUnavailable << QStringList{u"B3"_s};
        QTest::addRow("house seat on the web") << QStringList{u"A5"_s} << alice << Channel::Web
                                               << ErrorCode::SeatsUnavailable << QStringList{u"A5"_s};
        QTest::addRow("unknown seat") << QStringList{u"A1"_s, u"Z9"_s} << alice << Channel::Web
                                      << ErrorCode::InvalidField << QStringList{u"Z9"_s};
        QTest::addRow("no seats") << QStringList{} << alice << Channel::Web << ErrorCode::InvalidField << QStringList{};
        QTest::addRow("no owner") << QStringList{u"A1"_s} << QString() << Channel::Web << ErrorCode::InvalidField
                                  << QStringList{};
        QTest::addRow("too many") << QStringList{u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s} << alice << Channel::Web
                                  << ErrorCode::TooManySeats << QStringList{};
    }

    void holdRefusals()
    {
        QFETCH(QStringList, seats);
        QFETCH(QString, owner);
        QFETCH(Channel, channel);
        QFETCH(ErrorCode, code);
        QFETCH(QStringList, named);

        TestDatabase db;
        db.limits.maxSeatsWeb = 3;
        db.reservations = std::make_unique<ReservationService>(*db.database, db.feed, db.clock, db.limits);
        QVERIFY(db.reservations->holdSeats(db.show, {u"B2"_s}, bob, 600s, Channel::Web).ok());
        QVERIFY(db.reservations->convertHoldsToBookings(bob, db.show, webBooking()).ok());
        QVERIFY(db.reservations->holdSeats(db.show, {u"B1"_s}, bob, 600s, Channel::Web).ok());
        QVERIFY(db.reservations->blockSeats(db.show, {u"B3"_s}, mara, u"broken seat"_s).ok());
        const qint64 versionBefore = db.catalog->version(db.show).value();
        const qint64 claimsBefore = db.scalar(u"SELECT COUNT(*) FROM seat_claims"_s);

        auto result = db.reservations->holdSeats(db.show, seats, owner, 600s, channel);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().seats, named);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(db.catalog->version(db.show).value(), versionBefore);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM seat_claims"_s), claimsBefore);  // all or nothing
    }

    void houseSeatsAreSoldAtTheCounter()
    {
        TestDatabase db;
        auto held = db.reservations->holdSeats(db.show, {u"A5"_s}, counter, 600s, Channel::Counter);
        QVERIFY(held.ok());
        auto snapshot = db.catalog->snapshot(db.show);
        const SeatState a5 = snapshot->seats.at(4);
        QCOMPARE(a5.seat.label, u"A5"_s);
        QVERIFY(a5.houseSeat);
        QCOMPARE(a5.statusFor(Channel::Web), SeatStatus::Held);
    }

    void unknownShowIsNotFound()
    {
        TestDatabase db;
        auto result = db.reservations->holdSeats(999, {u"A1"_s}, alice, 600s, Channel::Web);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::NotFound);
    }

    void perOwnerLimitCountsSeatsAlreadyHeld()
    {
        TestDatabase db;
        db.limits.maxSeatsWeb = 3;
        db.reservations = std::make_unique<ReservationService>(*db.database, db.feed, db.clock, db.limits);
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"A2"_s}, alice, 600s, Channel::Web).ok());
        auto over = db.reservations->holdSeats(db.show, {u"A3"_s, u"A4"_s}, alice, 600s, Channel::Web);
        QVERIFY(!over.ok());
        QCOMPARE(over.error().code, ErrorCode::TooManySeats);
        QCOMPARE(db.status(u"A3"_s), SeatStatus::Available);
        QVERIFY(db.reservations->holdSeats(db.show, {u"A3"_s, u"A4"_s}, bob, 600s, Channel::Web).ok());
    }

    void releaseAllOrSomeSeats()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"A2"_s, u"A3"_s}, alice, 600s, Channel::Web).ok());
        auto some = db.reservations->releaseHolds(alice, db.show, QStringList{u"A2"_s});
        QVERIFY(some.ok());
        QCOMPARE(some->seats, QStringList{u"A2"_s});
        QCOMPARE(db.status(u"A2"_s), SeatStatus::Available);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Held);

        auto others = db.reservations->releaseHolds(bob, db.show);
        QVERIFY(others.ok());
        QVERIFY(others->seats.isEmpty());
        QCOMPARE(others->version, some->version);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Held);

        auto all = db.reservations->releaseHolds(alice, db.show);
        QVERIFY(all.ok());
        QCOMPARE(all->seats, (QStringList{u"A1"_s, u"A3"_s}));
        QCOMPARE(all->version, some->version + 1);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM seat_claims"_s), 0);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM holds WHERE ended_at IS NULL"_s), 0);
    }

    void bookingConvertsTheHold()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"B1"_s}, counter, 600s, Channel::Counter).ok());
        BookingRequest request;
        request.channel = Channel::Counter;
        request.paymentMethod = u"card"_s;
        request.ticketTypes = {{u"B1"_s, u"child"_s}};
        auto booking = db.reservations->convertHoldsToBookings(counter, db.show, request);
        QVERIFY2(booking.ok(), qPrintable(booking.ok() ? QString() : booking.error().message));
        QVERIFY(BookingReference::isWellFormed(booking->reference));
        QCOMPARE(booking->totalCents, 1200 + 900);
        QCOMPARE(booking->seats.size(), 2);
        QCOMPARE(booking->seats.at(1).ticketType, u"child"_s);
        QCOMPARE(booking->showTitle, u"Test Show"_s);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Booked);
        QCOMPARE(db.status(u"B1"_s), SeatStatus::Booked);

        auto stored = db.catalog->booking(booking->reference);
        QVERIFY(stored.ok());
        QCOMPARE(stored->totalCents, booking->totalCents);
        QCOMPARE(stored->paymentMethod, u"card"_s);
        QCOMPARE(stored->seats.size(), 2);
        QCOMPARE(stored->customer.id, 0);  // a walk-in without a name

        auto again = db.reservations->convertHoldsToBookings(counter, db.show, request);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::NoHold);
    }

    void counterBookingWithANameButNoEmail()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s}, counter, 600s, Channel::Counter).ok());
        BookingRequest request;
        request.channel = Channel::Counter;
        request.customer.name = u"Walk-in Wanda"_s;
        auto booking = db.reservations->convertHoldsToBookings(counter, db.show, request);
        QVERIFY2(booking.ok(), qPrintable(booking.ok() ? QString() : booking.error().message));
        QCOMPARE(db.catalog->booking(booking->reference)->customer.name, u"Walk-in Wanda"_s);
    }

    void auditRowsCarryTheStaffAccount()
    {
        TestDatabase db;
        db.exec(u"INSERT INTO staff (id, name, role, secret_hash, created_at) VALUES"
                " (3, 'Mara', 'manager', 'x', 0), (7, 'Carla', 'cashier', 'x', 0)"_s);
        const StaffActor cashier{7, u"Carla"_s, 0, {}};
        const StaffActor overridden{7, u"Carla"_s, 3, u"Mara"_s};
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s}, counter, 600s, Channel::Counter).ok());
        BookingRequest request;
        request.channel = Channel::Counter;
        request.customer.name = u"Walk-in Wanda"_s;
        request.staff = cashier;
        QVERIFY(db.reservations->convertHoldsToBookings(counter, db.show, request).ok());
        QVERIFY(db.reservations->holdSeats(db.show, {u"A2"_s}, alice, 600s, Channel::Web).ok());
        QVERIFY(db.reservations->convertHoldsToBookings(alice, db.show, webBooking()).ok());
        QVERIFY(db.reservations->blockSeats(db.show, {u"B1"_s}, overridden, u"broken seat"_s).ok());

        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'book' AND actor = 'Carla'"
                           " AND staff_id = 7 AND authorised_by IS NULL"_s),
                 1);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'book' AND actor = ?"
                           " AND staff_id IS NULL"_s,
                           {alice}),
                 1);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'block' AND actor = 'Carla'"
                           " AND staff_id = 7 AND authorised_by = 3"_s),
                 1);

        auto nameless = db.reservations->blockSeats(db.show, {u"B2"_s}, StaffActor{7, u" "_s, 0, {}}, u"spill"_s);
        QCOMPARE(nameless.error().code, ErrorCode::InvalidField);
        QCOMPARE(db.status(u"B2"_s), SeatStatus::Available);
    }

    void bookingRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("ticketType");
        QTest::addColumn<ErrorCode>("code");
        QTest::addRow("empty name") << QString() << u"a@example.com"_s << u"adult"_s << ErrorCode::InvalidField;
        QTest::addRow("blank name") << u"   "_s << u"a@example.com"_s << u"adult"_s << ErrorCode::InvalidField;
        QTest::addRow("long name") << QString(101, u'x') << u"a@example.com"_s << u"adult"_s << ErrorCode::InvalidField;
        QTest::addRow("control in name") << u"Asha\nRao"_s << u"a@example.com"_s << u"adult"_s << ErrorCode::InvalidField;
        QTest::addRow("bad email") << u"Asha"_s << u"not-an-email"_s << u"adult"_s << ErrorCode::InvalidField;
        QTest::addRow("email without domain dot") << u"Asha"_s << u"a@b"_s << u"adult"_s << ErrorCode::InvalidField;
        QTest::addRow("unknown ticket type") << u"Asha"_s << u"a@example.com"_s << u"senior"_s << ErrorCode::InvalidField;
    }

    void bookingRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, ticketType);
        QFETCH(ErrorCode, code);
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s}, alice, 600s, Channel::Web).ok());
        BookingRequest request = webBooking(name, email);
        request.ticketTypes = {{u"A1"_s, ticketType}};
        auto booking = db.reservations->convertHoldsToBookings(alice, db.show, request);
        QVERIFY(!booking.ok());
        QCOMPARE(booking.error().code, code);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Held);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM bookings"_s), 0);
    }

    void expiredHoldCannotBeBookedAndIsReleased()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s}, alice, 60s, Channel::Web).ok());
        db.clock.advance(60'001);
        QSignalSpy changed(&db.feed, &ChangeFeed::showChanged);
        auto booking = db.reservations->convertHoldsToBookings(alice, db.show, webBooking());
        QVERIFY(!booking.ok());
        QCOMPARE(booking.error().code, ErrorCode::HoldExpired);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Available);
        QCOMPARE(changed.count(), 1);
        // Asking again still says why, rather than "no hold".
        auto again = db.reservations->convertHoldsToBookings(alice, db.show, webBooking());
        QCOMPARE(again.error().code, ErrorCode::HoldExpired);
    }

    void cleanupReleasesOnlyLapsedHolds()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"A2"_s}, alice, 60s, Channel::Web).ok());
        QVERIFY(db.reservations->holdSeats(db.show, {u"B1"_s}, bob, 120s, Channel::Web).ok());
        QSignalSpy changed(&db.feed, &ChangeFeed::showChanged);

        db.clock.advance(59'999);
        QCOMPARE(db.reservations->cleanupExpiredHolds(db.clock.now()).value(), 0);
        QCOMPARE(changed.count(), 0);

        db.clock.advance(1);
        QCOMPARE(db.reservations->cleanupExpiredHolds(db.clock.now()).value(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Available);
        QCOMPARE(db.status(u"B1"_s), SeatStatus::Held);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'hold_expired'"_s), 1);

        auto booking = db.reservations->convertHoldsToBookings(alice, db.show, webBooking());
        QCOMPARE(booking.error().code, ErrorCode::HoldExpired);
        // A new hold by the same owner starts a fresh expiry.
        auto fresh = db.reservations->holdSeats(db.show, {u"A1"_s}, alice, 60s, Channel::Web);
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->expiresAt, db.clock.now().addSecs(60));
    }

    void lapsedHoldsOfOthersFreeTheirSeatsForANewHold()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s}, alice, 60s, Channel::Web).ok());
        db.clock.advance(61'000);
        auto taken = db.reservations->holdSeats(db.show, {u"A1"_s}, bob, 60s, Channel::Web);
        QVERIFY(taken.ok());
        QCOMPARE(db.catalog->snapshot(db.show)->seats.at(0).holdOwner, bob);
    }

    void managerUnbooksWithReason()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"A2"_s}, alice, 600s, Channel::Web).ok());
        auto booking = db.reservations->convertHoldsToBookings(alice, db.show, webBooking());
        QVERIFY(booking.ok());

        auto noReason = db.reservations->unbookBooking(booking->reference, mara, u" "_s);
        QCOMPARE(noReason.error().code, ErrorCode::InvalidField);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Booked);

        auto notBooked = db.reservations->unbookSeats(db.show, {u"A2"_s, u"A3"_s}, mara, u"mistake"_s);
        QCOMPARE(notBooked.error().code, ErrorCode::SeatsUnavailable);
        QCOMPARE(notBooked.error().seats, QStringList{u"A3"_s});
        QCOMPARE(db.status(u"A2"_s), SeatStatus::Booked);

        auto oneSeat = db.reservations->unbookSeats(db.show, {u"A2"_s}, mara, u"customer left early"_s);
        QVERIFY(oneSeat.ok());
        QCOMPARE(db.status(u"A2"_s), SeatStatus::Available);
        QVERIFY(!db.catalog->booking(booking->reference)->cancelled);

        auto rest = db.reservations->unbookBooking(booking->reference, mara, u"refund"_s);
        QVERIFY(rest.ok());
        QCOMPARE(rest->seats, QStringList{u"A1"_s});
        auto stored = db.catalog->booking(booking->reference);
        QVERIFY(stored->cancelled);
        QVERIFY(stored->seats.at(0).released && stored->seats.at(1).released);
        auto audit = db.catalog->auditLog(10);
        QCOMPARE(audit->at(0).actor, u"Mara"_s);
        QCOMPARE(audit->at(0).action, u"unbook"_s);
        QCOMPARE(audit->at(0).reason, u"refund"_s);
    }

    void blockAndUnblock()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s}, alice, 600s, Channel::Web).ok());
        auto refused = db.reservations->blockSeats(db.show, {u"A1"_s, u"A2"_s}, mara, u"spill"_s);
        QCOMPARE(refused.error().code, ErrorCode::SeatsUnavailable);
        QCOMPARE(db.status(u"A2"_s), SeatStatus::Available);

        QVERIFY(db.reservations->blockSeats(db.show, {u"A2"_s}, mara, u"spill"_s).ok());
        QCOMPARE(db.status(u"A2"_s), SeatStatus::Blocked);
        QCOMPARE(db.reservations->unblockSeats(db.show, {u"A1"_s}, mara, u"x"_s).error().code,
                 ErrorCode::SeatsUnavailable);
        QVERIFY(db.reservations->unblockSeats(db.show, {u"A2"_s}, mara, u"cleaned"_s).ok());
        QCOMPARE(db.status(u"A2"_s), SeatStatus::Available);
    }

    void houseSeatsCanBeGivenBackToTheWeb()
    {
        TestDatabase db;
        QVERIFY(db.reservations->setHouseSeats(db.show, {u"A5"_s}, false, mara, u"sold out soon"_s).ok());
        QVERIFY(db.reservations->holdSeats(db.show, {u"A5"_s}, alice, 600s, Channel::Web).ok());
        QVERIFY(db.reservations->setHouseSeats(db.show, {u"A4"_s}, true, mara, u"VIP"_s).ok());
        QCOMPARE(db.reservations->holdSeats(db.show, {u"A4"_s}, bob, 600s, Channel::Web).error().code,
                 ErrorCode::SeatsUnavailable);
    }

    void deletingACustomerReleasesTheirSeats()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s}, alice, 600s, Channel::Web).ok());
        auto booking = db.reservations->convertHoldsToBookings(alice, db.show, webBooking());
        QVERIFY(booking.ok());
        QVERIFY(db.reservations->holdSeats(db.show, {u"A2"_s}, alice, 600s, Channel::Web).ok());
        auto customers = db.catalog->findCustomers(u"asha"_s);
        QCOMPARE(customers->size(), 1);

        auto deleted = db.reservations->deleteCustomer(customers->at(0).id, mara, u"GDPR request"_s);
        QVERIFY(deleted.ok());
        QCOMPARE(deleted.value(), 2);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Available);
        QCOMPARE(db.status(u"A2"_s), SeatStatus::Available);
        QVERIFY(db.catalog->findCustomers(u"asha"_s)->isEmpty());
        QVERIFY(db.catalog->booking(booking->reference)->cancelled);
        QCOMPARE(db.reservations->deleteCustomer(customers->at(0).id, mara, u"again"_s).error().code,
                 ErrorCode::NotFound);
    }

    void deletingACounterCustomerKeepsTheCountersHoldForTheNextCustomer()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s}, counter, 600s, Channel::Counter).ok());
        BookingRequest request;
        request.customer = {u"Ada Lane"_s, u"ada@example.com"_s};
        request.channel = Channel::Counter;
        auto booking = db.reservations->convertHoldsToBookings(counter, db.show, request);
        QVERIFY(booking.ok());
        QVERIFY(db.reservations->holdSeats(db.show, {u"B1"_s, u"B2"_s}, counter, 600s, Channel::Counter).ok());
        auto customers = db.catalog->findCustomers(u"ada"_s);
        QCOMPARE(customers->size(), 1);

        auto deleted = db.reservations->deleteCustomer(customers->at(0).id, mara, u"GDPR request"_s);
        QVERIFY(deleted.ok());
        QCOMPARE(deleted.value(), 1);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Available);
        QCOMPARE(db.status(u"B1"_s), SeatStatus::Held);
        QCOMPARE(db.status(u"B2"_s), SeatStatus::Held);
        QVERIFY(db.reservations->convertHoldsToBookings(counter, db.show, request).ok());
    }

    void seatsHeldFromOneAddressAreCappedPerShow()
    {
        TestDatabase db;
        const HoldOrigin home{u"203.0.113.7"_s, 4};
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"A2"_s}, u"web:s1"_s, 600s, Channel::Web, home).ok());
        db.clock.advance(60'000);
        QVERIFY(db.reservations->holdSeats(db.show, {u"A3"_s}, u"web:s2"_s, 600s, Channel::Web, home).ok());
        db.clock.advance(60'000);
        QVERIFY(db.reservations->holdSeats(db.show, {u"A4"_s}, u"web:s3"_s, 600s, Channel::Web, home).ok());

        auto refused = db.reservations->holdSeats(db.show, {u"B1"_s}, u"web:s4"_s, 600s, Channel::Web, home);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::TooManyHeldFromAddress);
        // The first hold lapses 600 s after it was made, 120 s ago.
        QCOMPARE(refused.error().retryAfter, 480s);
        QVERIFY(refused.error().message.contains(u"held from your network"_s));
        // A session of the address that holds seats already cannot grow past the cap either.
        QCOMPARE(db.reservations->holdSeats(db.show, {u"B1"_s}, u"web:s1"_s, 600s, Channel::Web, home).error().code,
                 ErrorCode::TooManyHeldFromAddress);
        QCOMPARE(db.status(u"B1"_s), SeatStatus::Available);

        const HoldOrigin neighbour{u"198.51.100.20"_s, 4};
        QVERIFY(db.reservations->holdSeats(db.show, {u"B1"_s, u"B2"_s}, u"web:n1"_s, 600s, Channel::Web, neighbour).ok());

        db.exec(u"INSERT INTO shows (id, hall_id, title, starts_at) VALUES (2, 1, 'Matinee', ?)"_s,
                {db.clock.now().addDays(3).toMSecsSinceEpoch()});
        QVERIFY(db.reservations->holdSeats(2, {u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s}, u"web:s1"_s, 600s, Channel::Web,
                                           home).ok());

        QVERIFY(db.reservations->releaseHolds(u"web:s2"_s, db.show).ok());
        QVERIFY(db.reservations->holdSeats(db.show, {u"B3"_s}, u"web:s4"_s, 600s, Channel::Web, home).ok());
    }

    void lapsedHoldsDoNotCountTowardsTheAddressCap()
    {
        TestDatabase db;
        const HoldOrigin home{u"203.0.113.7"_s, 2};
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"A2"_s}, u"web:s1"_s, 60s, Channel::Web, home).ok());
        QCOMPARE(db.reservations->holdSeats(db.show, {u"B1"_s}, u"web:s2"_s, 600s, Channel::Web, home).error().code,
                 ErrorCode::TooManyHeldFromAddress);
        db.clock.advance(61'000);
        // Not yet released by the expiry job: counted out by its expiry alone.
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM holds WHERE ended_at IS NULL"_s), 1);
        QVERIFY(db.reservations->holdSeats(db.show, {u"B1"_s, u"B2"_s}, u"web:s2"_s, 600s, Channel::Web, home).ok());
    }

    void counterHoldsHaveNoAddressAndNoAddressCap()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s, u"A5"_s}, counter, 600s,
                                           Channel::Counter).ok());
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM holds WHERE client_address IS NULL"_s), 1);
        const HoldOrigin home{u"203.0.113.7"_s, 2};
        QVERIFY(db.reservations->holdSeats(db.show, {u"B1"_s, u"B2"_s}, alice, 600s, Channel::Web, home).ok());
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM holds WHERE client_address = '203.0.113.7'"_s), 1);
        const HoldOrigin uncapped{u"203.0.113.7"_s, 0};
        QVERIFY(db.reservations->holdSeats(db.show, {u"B3"_s}, bob, 600s, Channel::Web, uncapped).ok());
    }

    void aRequestLargerThanTheAddressCapIsRefusedOutright()
    {
        TestDatabase db;
        const HoldOrigin home{u"203.0.113.7"_s, 2};
        QCOMPARE(db.reservations->holdSeats(db.show, {u"A1"_s, u"A2"_s, u"A3"_s}, alice, 600s, Channel::Web, home)
                         .error().code,
                 ErrorCode::TooManySeats);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Available);
    }

    void deltasServeChangedSeatsOnly()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s}, alice, 600s, Channel::Web).ok());
        QVERIFY(db.reservations->holdSeats(db.show, {u"B1"_s, u"B2"_s}, bob, 600s, Channel::Web).ok());
        auto delta = db.catalog->changesSince(db.show, 1);
        QVERIFY(delta.ok());
        QVERIFY(!delta->full);
        QCOMPARE(delta->version, 2);
        QCOMPARE(delta->seats.size(), 2);
        QCOMPARE(delta->seats.at(0).seat.label, u"B1"_s);
        QCOMPARE(delta->seats.at(0).status, SeatStatus::Held);

        QCOMPARE(db.catalog->changesSince(db.show, 2)->seats.size(), 0);
        auto ahead = db.catalog->changesSince(db.show, 3);
        QVERIFY(ahead->full);
        QCOMPARE(ahead->seats.size(), 10);
    }

    void changeLogIsPrunedButKeepsEnoughVersions()
    {
        TestDatabase db;
        db.limits.changeLogVersions = 5;
        db.reservations = std::make_unique<ReservationService>(*db.database, db.feed, db.clock, db.limits);
        for (int i = 0; i < 12; ++i) {
            QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s}, alice, 600s, Channel::Web).ok());
            QVERIFY(db.reservations->releaseHolds(alice, db.show).ok());
        }
        const qint64 version = db.catalog->version(db.show).value();
        QCOMPARE(version, 24);
        auto recent = db.catalog->changesSince(db.show, version - 5);
        QVERIFY(!recent->full);
        QCOMPARE(recent->seats.size(), 1);
        auto old = db.catalog->changesSince(db.show, 1);
        QVERIFY(old->full);
        QCOMPARE(old->seats.size(), 10);
        QVERIFY(db.scalar(u"SELECT COUNT(*) FROM seat_changes"_s) <= 10);
    }

    void showsListCountsAvailabilityPerChannel()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s}, alice, 600s, Channel::Web).ok());
        const QDateTime from = db.clock.now();
        auto web = db.catalog->shows(from, from.addDays(7), Channel::Web);
        QCOMPARE(web->size(), 1);
        QCOMPARE(web->at(0).seatsTotal, 10);
        QCOMPARE(web->at(0).seatsAvailable, 8);
        QCOMPARE(db.catalog->shows(from, from.addDays(7), Channel::Counter)->at(0).seatsAvailable, 9);
        QCOMPARE(web->at(0).priceFor(u"premium"_s, u"child"_s).value_or(0), 900);
    }

    void reportsCountSoldSeatsAndRevenue()
    {
        TestDatabase db;
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"B1"_s}, alice, 600s, Channel::Web).ok());
        QVERIFY(db.reservations->convertHoldsToBookings(alice, db.show, webBooking()).ok());
        QVERIFY(db.reservations->holdSeats(db.show, {u"B2"_s}, bob, 600s, Channel::Web).ok());
        QVERIFY(db.reservations->convertHoldsToBookings(bob, db.show, webBooking(u"Ben"_s, u"ben@example.com"_s)).ok());
        QVERIFY(db.reservations->unbookSeats(db.show, {u"B2"_s}, mara, u"refund"_s).ok());
        // Revenue is what was paid: both paid at the counter, Ben's money refunded with his seat.
        db.exec(u"UPDATE bookings SET payment_state = 'paid'"_s);
        db.exec(u"INSERT INTO payments (booking_id, at, kind, method, amount_cents)"
                " SELECT id, 0, 'payment', 'cash', total_cents FROM bookings"_s);
        db.exec(u"INSERT INTO payments (booking_id, at, kind, method, amount_cents)"
                " SELECT b.id, 0, 'refund', 'cash', -1600 FROM bookings b JOIN customers c ON c.id = b.customer_id"
                " WHERE c.name = 'Ben'"_s);
        auto report = db.catalog->showReport(db.show);
        QVERIFY(report.ok());
        QCOMPARE(report->seatsSold, 2);
        QCOMPARE(report->revenueCents, 1200 + 1600);
        QCOMPARE(report->categories.size(), 2);
        QCOMPARE(report->occupancy(), 0.2);
        QCOMPARE(report->reservedSeats, 0);

        // A reservation not yet paid is apart: neither sold nor revenue.
        QVERIFY(db.reservations->holdSeats(db.show, {u"A3"_s, u"B3"_s}, bob, 600s, Channel::Web).ok());
        QVERIFY(db.reservations->convertHoldsToBookings(bob, db.show, webBooking(u"Uma"_s, u"uma@example.com"_s)).ok());
        db.exec(u"UPDATE bookings SET payment_state = 'reserved' WHERE id NOT IN (SELECT booking_id FROM payments)"_s);
        auto withReservation = db.catalog->showReport(db.show);
        QCOMPARE(withReservation->seatsSold, 2);
        QCOMPARE(withReservation->revenueCents, 1200 + 1600);
        QCOMPARE(withReservation->reservedSeats, 2);
        QCOMPARE(withReservation->reservedCents, 1200 + 1600);
        auto found = db.catalog->findBookings(u"BEN@"_s);
        QCOMPARE(found->size(), 1);
    }

    void bookingReferencesAreWellFormedAndVaried()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString reference = BookingReference::generate();
            QVERIFY2(BookingReference::isWellFormed(reference), qPrintable(reference));
            seen.insert(reference);
        }
        QCOMPARE(seen.size(), 1000);
        QVERIFY(!BookingReference::isWellFormed(u"BO-ILOU-0000"_s));
    }

    // Holds of one show are decided one after the other under the show's lock: each statement is a
    // round trip made while every other hold of the show waits. Counted once the service knows the
    // schema and the hall, as it does after its first hold.
    void holdsAndReleasesCostFewStatements()
    {
        TestDatabase db;
        const HoldOrigin home{u"203.0.113.7"_s, 6};
        QVERIFY(db.reservations->holdSeats(db.show, {u"B4"_s}, bob, 600s, Channel::Web, home).ok());
        QVERIFY(db.reservations->releaseHolds(bob, db.show).ok());
        const auto statementsOf = [&](const auto &work) {
            const quint64 before = db.database->statementsRun();
            const bool done = work();
            return done ? qint64(db.database->statementsRun() - before) : -1;
        };
        // BEGIN, the show's lock, the seats asked for (with the owner's and the address's seats
        // held), the claims around them for the stranded-seat rule, the hold, its seats, the
        // version, the change log, the audit row, COMMIT.
        QCOMPARE(statementsOf([&] {
                     return db.reservations->holdSeats(db.show, {u"A1"_s, u"A2"_s}, alice, 600s, Channel::Web, home).ok();
                 }),
                 10);
        // A grown hold reads the seats it had instead of creating itself.
        QCOMPARE(statementsOf([&] {
                     return db.reservations->holdSeats(db.show, {u"A3"_s}, alice, 600s, Channel::Web, home).ok();
                 }),
                 10);
        // BEGIN, the show with the owner's hold, the seats named, their release, the version, the
        // change log, the audit row, COMMIT.
        QCOMPARE(statementsOf([&] { return db.reservations->releaseHolds(alice, db.show, {{u"A3"_s}}).ok(); }), 8);
        // The same and the hold's end, as its seats are known to be gone.
        QCOMPARE(statementsOf([&] { return db.reservations->releaseHolds(alice, db.show, {{u"A1"_s, u"A2"_s}}).ok(); }),
                 9);
        // BEGIN, the show with the owner's hold, the hold's seats, their release, the hold's end,
        // the version, the change log, the audit row, COMMIT.
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"A2"_s}, alice, 600s, Channel::Web, home).ok());
        QCOMPARE(statementsOf([&] { return db.reservations->releaseHolds(alice, db.show).ok(); }), 9);
        // BEGIN, the show's lock, the changes since the claims were read, lapsed holds, the owner's
        // hold, the address's seats held, the hold, its seats, the version, the change log, the
        // audit row, COMMIT.
        QCOMPARE(statementsOf([&] {
                     return db.reservations->holdBestAvailable(db.show, {2}, bob, 600s, Channel::Web, home).ok();
                 }),
                 12);
    }

    // A hold or release is a promise of minutes: its commit need not reach the disk before the
    // answer. A booking, or anything else, must.
    void onlyHoldsAndReleasesCommitWithoutWaitingForTheDisk()
    {
        TestDatabase db;
        // Switched before each transaction begins (SQLite refuses to inside one) and kept until the
        // next: what the connection says now is what the last transaction committed with.
        const auto synchronous = [&] { return db.scalar(u"PRAGMA synchronous"_s); };
        const qint64 full = 2;
        const qint64 normal = 1;
        QCOMPARE(synchronous(), full);
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"A2"_s}, alice, 600s, Channel::Web).ok());
        QCOMPARE(synchronous(), normal);
        QVERIFY(db.reservations->convertHoldsToBookings(alice, db.show, webBooking()).ok());
        QCOMPARE(synchronous(), full);
        QVERIFY(db.reservations->holdBestAvailable(db.show, {2}, bob, 600s, Channel::Web).ok());
        QCOMPARE(synchronous(), normal);
        QVERIFY(db.reservations->blockSeats(db.show, {u"B5"_s}, mara, u"broken"_s).ok());
        QCOMPARE(synchronous(), full);
        QVERIFY(db.reservations->releaseHolds(bob, db.show).ok());
        QCOMPARE(synchronous(), normal);
        QVERIFY(db.database->probeWrite().ok());
        QCOMPARE(synchronous(), full);
    }
};

QTEST_GUILESS_MAIN(tst_ReservationService)
#include "tst_reservationservice.moc"
