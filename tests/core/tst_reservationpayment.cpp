#include "bookingreference.h"
#include "holdexpiryscheduler.h"
#include "testdatabase.h"
#include "ticketcode.h"
#include "venuesettingsstore.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(boxoffice::ErrorCode)

namespace {

const QString web = u"web:asha"_s;
const QString counter = u"counter:one"_s;
const qint64 carlId = 7;
const qint64 danaId = 8;

StaffActor carl()
{
    return StaffActor{carlId, u"Carl"_s, 0, {}};
}

/// Two cashiers, Carl with a shift open (id 3) and Dana without one.
void addCashiers(TestDatabase &db)
{
    for (const auto &[id, name] : {std::pair{carlId, u"Carl"_s}, std::pair{danaId, u"Dana"_s}})
        db.exec(u"INSERT INTO staff (id, name, role, secret_hash, created_at) VALUES (?, ?, 'cashier', 'x', 0)"_s,
                {id, name});
    db.exec(u"INSERT INTO shifts (id, staff_id, opened_at, float_cents) VALUES (3, ?, 0, 10000)"_s, {carlId});
}

Booking bookOnTheWeb(TestDatabase &db, const QStringList &seats = {u"A1"_s, u"A2"_s}, const QString &owner = web)
{
    if (!db.reservations->holdSeats(db.show, seats, owner, 600s, Channel::Web).ok())
        return {};
    BookingRequest request;
    request.customer = {u"Asha Rao"_s, u"Asha@Example.com"_s};
    auto booked = db.reservations->convertHoldsToBookings(owner, db.show, request);
    return booked.ok() ? booked.value() : Booking{};
}

QString paymentState(const TestDatabase &db, const QString &reference)
{
    auto rows = db.database->run(u"SELECT payment_state FROM bookings WHERE reference = ?"_s, {reference});
    return rows.ok() && rows.value().next() ? rows.value().value(0).toString() : QString();
}

void moveClockTo(TestDatabase &db, const QDateTime &when)
{
    db.clock.advance(db.clock.now().msecsTo(when));
}

QString message(const Error &error)
{
    return errorCodeName(error.code) + u": "_s + error.message;
}

/// The references of the reservations the counter finds for `text`, or the error's message.
QStringList reservationsFound(const TestDatabase &db, const QString &text, const QDateTime &showsFrom)
{
    auto matches = db.catalog->findReservations(text, showsFrom);
    if (!matches.ok())
        return QStringList{message(matches.error())};
    QStringList references;
    for (const Booking &match : matches.value())
        references.append(match.reference);
    return references;
}

} // namespace

class tst_ReservationPayment : public QObject
{
    Q_OBJECT

private slots:
    void aWebBookingIsAReservationDueBeforeTheShow()
    {
        TestDatabase db;
        const Booking booking = bookOnTheWeb(db);
        QVERIFY(booking.id > 0);
        QCOMPARE(booking.paymentState, PaymentState::Reserved);
        const QDateTime startsAt = db.catalog->show(db.show)->startsAt;
        QCOMPARE(booking.payBy, startsAt.addSecs(-30 * 60));

        auto stored = db.catalog->booking(booking.reference);
        QVERIFY(stored.ok());
        QCOMPARE(stored->paymentState, PaymentState::Reserved);
        QCOMPARE(stored->payBy, booking.payBy);
        QCOMPARE(stored->staffId, 0);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM payments"_s), 0);
        QCOMPARE(db.catalog->nextPaymentDeadline().value(), std::optional<QDateTime>(booking.payBy));
    }

    void theVenueMayAskForPaymentWithinHoursOfBooking()
    {
        TestDatabase db;
        VenueSettings settings;
        settings.payByMinutesBeforeShow = 60;
        settings.payWithinHours = 5;
        QVERIFY(VenueSettingsStore(*db.database, db.clock).save(settings, StaffActor{0, u"Maria"_s, 0, {}}).ok());
        const Booking booking = bookOnTheWeb(db);
        QCOMPARE(booking.payBy, db.clock.now().addSecs(5 * 3600));
        QCOMPARE(db.catalog->booking(booking.reference)->payBy, booking.payBy);
    }

    void aWebBookingPastTheUsualDeadlineIsDueWhenTheShowStarts()
    {
        TestDatabase db;
        const QDateTime startsAt = db.clock.now().addSecs(20 * 60);
        db.exec(u"UPDATE shows SET starts_at = ? WHERE id = ?"_s, {startsAt.toMSecsSinceEpoch(), db.show});
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s}, web, 600s, Channel::Web).ok());
        BookingRequest request;
        request.customer = {u"Asha Rao"_s, u"asha@example.com"_s};
        auto booked = db.reservations->convertHoldsToBookings(web, db.show, request);
        QVERIFY2(booked.ok(), qPrintable(booked.ok() ? QString() : booked.error().message));
        QCOMPARE(booked->paymentState, PaymentState::Reserved);
        QCOMPARE(booked->payBy, startsAt);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Booked);
    }

    void aCounterBookingIsPaidAtOnceIntoTheSellersOpenShift_data()
    {
        QTest::addColumn<qint64>("seller");
        QTest::addColumn<qint64>("shift");
        QTest::addRow("cashier with a shift") << carlId << qint64(3);
        QTest::addRow("cashier without a shift") << danaId << qint64(0);
        QTest::addRow("nobody signed in") << qint64(0) << qint64(0);
    }

    void aCounterBookingIsPaidAtOnceIntoTheSellersOpenShift()
    {
        QFETCH(qint64, seller);
        QFETCH(qint64, shift);
        TestDatabase db;
        addCashiers(db);
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"B1"_s}, counter, 600s, Channel::Counter).ok());
        BookingRequest request;
        request.channel = Channel::Counter;
        request.paymentMethod = u"card"_s;
        request.staff.staffId = seller;
        auto booking = db.reservations->convertHoldsToBookings(counter, db.show, request);
        QVERIFY2(booking.ok(), qPrintable(booking.ok() ? QString() : booking.error().message));
        QCOMPARE(booking->paymentState, PaymentState::Paid);
        QVERIFY(!booking->payBy.isValid());
        QCOMPARE(booking->staffId, seller);
        QCOMPARE(db.catalog->booking(booking->reference)->staffId, seller);
        QCOMPARE(db.catalog->booking(booking->reference)->paymentState, PaymentState::Paid);

        auto line = db.database->run(u"SELECT booking_id, kind, method, amount_cents, tendered_cents,"
                                     " COALESCE(shift_id, 0), COALESCE(staff_id, 0) FROM payments"_s);
        QVERIFY(line.ok() && line.value().next());
        QCOMPARE(line.value().value(0).toLongLong(), booking->id);
        QCOMPARE(line.value().value(1).toString(), u"payment"_s);
        QCOMPARE(line.value().value(2).toString(), u"card"_s);
        QCOMPARE(line.value().value(3).toLongLong(), 1200 + 1600);
        QVERIFY(line.value().value(4).isNull());
        QCOMPARE(line.value().value(5).toLongLong(), shift);
        QCOMPARE(line.value().value(6).toLongLong(), seller);
        QVERIFY(!line.value().next());
    }

    void collectingInCashGivesChangeAndRecordsWhoTookIt()
    {
        TestDatabase db;
        addCashiers(db);
        const Booking booking = bookOnTheWeb(db);
        db.clock.advance(3600'000);
        auto collected = db.reservations->collectReservation(booking.reference, u"cash"_s, 5000, carl());
        QVERIFY2(collected.ok(), qPrintable(collected.ok() ? QString() : message(collected.error())));
        QCOMPARE(collected->bookingId, booking.id);
        QCOMPARE(collected->amountCents, 2400);
        QCOMPARE(collected->tenderedCents, 5000);
        QCOMPARE(collected->changeCents, 2600);
        QCOMPARE(collected->shiftId, 3);
        QCOMPARE(collected->at, db.clock.now());
        QCOMPARE(paymentState(db, booking.reference), u"paid"_s);
        QCOMPARE(db.catalog->booking(booking.reference)->paymentState, PaymentState::Paid);

        auto line = db.database->run(u"SELECT id, kind, method, amount_cents, tendered_cents, shift_id, staff_id, at"
                                     " FROM payments WHERE booking_id = ?"_s,
                                     {booking.id});
        QVERIFY(line.ok() && line.value().next());
        QCOMPARE(line.value().value(0).toLongLong(), collected->paymentId);
        QCOMPARE(line.value().value(1).toString(), u"payment"_s);
        QCOMPARE(line.value().value(2).toString(), u"cash"_s);
        QCOMPARE(line.value().value(3).toLongLong(), 2400);
        QCOMPARE(line.value().value(4).toLongLong(), 5000);
        QCOMPARE(line.value().value(5).toLongLong(), 3);
        QCOMPARE(line.value().value(6).toLongLong(), carlId);
        QCOMPARE(line.value().value(7).toLongLong(), db.clock.now().toMSecsSinceEpoch());
        line.value().finish();

        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'collect' AND actor = 'Carl'"
                           " AND staff_id = ? AND show_id = ?"_s,
                           {carlId, db.show}),
                 1);
        // Collecting sells no seat: they stay booked, and the web's seat maps have nothing new.
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Booked);
    }

    void aCardPaymentHasNoTenderAndNoChange()
    {
        TestDatabase db;
        addCashiers(db);
        const Booking booking = bookOnTheWeb(db);
        auto collected = db.reservations->collectReservation(booking.reference, u"card"_s, 0,
                                                             StaffActor{danaId, u"Dana"_s, 0, {}});
        QVERIFY2(collected.ok(), qPrintable(collected.ok() ? QString() : message(collected.error())));
        QCOMPARE(collected->changeCents, 0);
        QCOMPARE(collected->shiftId, 0);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM payments WHERE booking_id = ? AND tendered_cents IS NULL"
                           " AND shift_id IS NULL AND staff_id = ?"_s,
                           {booking.id, danaId}),
                 1);
    }

    void aScanOrAReferenceInAnyCaseIsCollected_data()
    {
        QTest::addColumn<bool>("scan");
        QTest::addColumn<bool>("lowerCase");
        QTest::addRow("typed") << false << false;
        QTest::addRow("typed in lower case") << false << true;
        QTest::addRow("scanned") << true << false;
        QTest::addRow("scanned by a scanner typing lower case") << true << true;
    }

    void aScanOrAReferenceInAnyCaseIsCollected()
    {
        QFETCH(bool, scan);
        QFETCH(bool, lowerCase);
        TestDatabase db;
        addCashiers(db);
        const Booking booking = bookOnTheWeb(db);
        QString typed = scan ? BookingReference::scanCode(booking.reference) : booking.reference;
        QCOMPARE(BookingReference::fromScanOrTyped(typed), booking.reference);
        if (lowerCase)
            typed = typed.toLower();
        auto collected = db.reservations->collectReservation(u" "_s + typed + u"\n"_s, u"card"_s, 0, carl());
        QVERIFY2(collected.ok(), qPrintable(collected.ok() ? QString() : message(collected.error())));
        QCOMPARE(collected->reference, booking.reference);
    }

    void collectingIsRefusedWithAClearReason_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("says");
        QTest::addRow("not a reference") << u"garbage"_s << ErrorCode::InvalidField << u"not a booking reference"_s;
        QTest::addRow("unknown reference") << u"unknown"_s << ErrorCode::NotFound << u"There is no booking"_s;
        QTest::addRow("too little cash") << u"short"_s << ErrorCode::InvalidField << u"less than the amount due"_s;
        QTest::addRow("no method") << u"no method"_s << ErrorCode::InvalidField << u"needs its method"_s;
        QTest::addRow("paid already") << u"paid"_s << ErrorCode::AlreadyPaid << u"already collected by Dana at"_s;
        QTest::addRow("cancelled") << u"cancelled"_s << ErrorCode::Forbidden << u"was cancelled"_s;
        QTest::addRow("refunded") << u"refunded"_s << ErrorCode::Forbidden << u"was refunded"_s;
        QTest::addRow("expired") << u"expired"_s << ErrorCode::Forbidden << u"had to be paid by"_s;
        QTest::addRow("deadline passed, not yet released") << u"late"_s << ErrorCode::Forbidden << u"had to be paid by"_s;
    }

    void collectingIsRefusedWithAClearReason()
    {
        QFETCH(QString, situation);
        QFETCH(ErrorCode, code);
        QFETCH(QString, says);
        TestDatabase db;
        addCashiers(db);
        const Booking booking = bookOnTheWeb(db);
        QString reference = booking.reference;
        QString method = u"cash"_s;
        qint64 tendered = 2400;
        if (situation == u"garbage"_s)
            reference = u"DROP TABLE"_s;
        else if (situation == u"unknown"_s)
            reference = u"BO-0000-0000"_s;
        else if (situation == u"short"_s)
            tendered = 2399;
        else if (situation == u"no method"_s)
            method.clear();
        else if (situation == u"paid"_s)
            QVERIFY(db.reservations->collectReservation(reference, u"card"_s, 0, StaffActor{danaId, u"Dana"_s, 0, {}}).ok());
        else if (situation == u"cancelled"_s)
            QVERIFY(db.reservations->unbookBooking(reference, StaffActor{0, u"Maria"_s, 0, {}}, u"asked to"_s).ok());
        else if (situation == u"refunded"_s)
            db.exec(u"UPDATE bookings SET payment_state = 'refunded' WHERE id = ?"_s, {booking.id});
        else if (situation == u"expired"_s) {
            moveClockTo(db, booking.payBy);
            QVERIFY(db.reservations->cleanupExpiredHolds(db.clock.now()).ok());
        } else if (situation == u"late"_s)
            moveClockTo(db, booking.payBy);
        const qint64 linesBefore = db.scalar(u"SELECT COUNT(*) FROM payments"_s);
        const QString stateBefore = paymentState(db, booking.reference);

        auto collected = db.reservations->collectReservation(reference, method, tendered, carl());
        QVERIFY(!collected.ok());
        QCOMPARE(collected.error().code, code);
        QVERIFY2(collected.error().message.contains(says), qPrintable(collected.error().message));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM payments"_s), linesBefore);
        QCOMPARE(paymentState(db, booking.reference), stateBefore);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'collect' AND actor = 'Carl'"_s), 0);
    }

    void twoCountersCollectingAtOnceExactlyOneSucceeds()
    {
        TestDatabase db;
        addCashiers(db);
        constexpr int rounds = 20;
        for (int round = 0; round < rounds; ++round) {
            const Booking booking = bookOnTheWeb(db, {u"A1"_s}, u"web:round%1"_s.arg(round));
            QVERIFY(booking.id > 0);
            std::latch start(2);
            std::atomic<int> collected = 0;
            std::atomic<int> toldItWasPaid = 0;
            std::vector<std::thread> counters;
            for (const StaffActor &cashier : {carl(), StaffActor{danaId, u"Dana"_s, 0, {}}}) {
                counters.emplace_back([&, cashier] {
                    auto connection = db.openAnother(cashier.name);
                    if (!connection)
                        return;
                    ChangeFeed feed;
                    ReservationService service(*connection, feed, db.clock, db.limits);
                    start.arrive_and_wait();
                    auto paid = service.collectReservation(booking.reference, u"cash"_s, 2000, cashier);
                    if (paid.ok())
                        ++collected;
                    else if (paid.error().code == ErrorCode::AlreadyPaid
                             && paid.error().message.contains(u"already collected by"_s))
                        ++toldItWasPaid;
                });
            }
            for (auto &thread : counters)
                thread.join();
            QCOMPARE(collected.load(), 1);
            QCOMPARE(toldItWasPaid.load(), 1);
            QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM payments WHERE booking_id = ?"_s, {booking.id}), 1);
            QVERIFY(db.reservations->unbookBooking(booking.reference, StaffActor{0, u"Maria"_s, 0, {}}, u"next round"_s).ok());
        }
    }

    void anUnpaidReservationExpiresAtItsDeadlineNotBefore()
    {
        TestDatabase db;
        const Booking booking = bookOnTheWeb(db);
        QSignalSpy changed(&db.feed, &ChangeFeed::showChanged);
        const qint64 versionBefore = db.catalog->version(db.show).value();

        moveClockTo(db, booking.payBy.addMSecs(-1));
        QCOMPARE(db.reservations->cleanupExpiredHolds(db.clock.now()).value(), 0);
        QCOMPARE(paymentState(db, booking.reference), u"reserved"_s);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Booked);
        QCOMPARE(changed.count(), 0);

        moveClockTo(db, booking.payBy);
        QCOMPARE(db.reservations->cleanupExpiredHolds(db.clock.now()).value(), 2);
        QCOMPARE(paymentState(db, booking.reference), u"expired"_s);
        QCOMPARE(db.catalog->booking(booking.reference)->paymentState, PaymentState::Expired);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Available);
        QCOMPARE(db.status(u"A2"_s), SeatStatus::Available);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM booking_seats WHERE booking_id = ? AND released_at IS NULL"_s,
                           {booking.id}),
                 0);
        QCOMPARE(changed.count(), 1);
        const qint64 version = db.catalog->version(db.show).value();
        QCOMPARE(version, versionBefore + 1);
        auto delta = db.catalog->changesSince(db.show, versionBefore);
        QVERIFY(delta.ok() && !delta->full);
        QCOMPARE(delta->seats.size(), 2);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'reservation_expired' AND actor = 'system'"
                           " AND details = ?"_s,
                           {QString(booking.reference + u": A1, A2"_s)}),
                 1);
        QCOMPARE(db.catalog->nextPaymentDeadline().value(), std::nullopt);
        QCOMPARE(db.reservations->cleanupExpiredHolds(db.clock.now()).value(), 0);

        // The seats are on sale again.
        QVERIFY(db.reservations->holdSeats(db.show, {u"A1"_s, u"A2"_s}, u"web:next"_s, 600s, Channel::Web).ok());
    }

    void aReservationPaidAMomentBeforeItsDeadlineStaysPaid()
    {
        TestDatabase db;
        addCashiers(db);
        const Booking booking = bookOnTheWeb(db);
        moveClockTo(db, booking.payBy.addMSecs(-1));
        QVERIFY(db.reservations->collectReservation(booking.reference, u"card"_s, 0, carl()).ok());
        moveClockTo(db, booking.payBy.addSecs(3600));
        QCOMPARE(db.reservations->cleanupExpiredHolds(db.clock.now()).value(), 0);
        QCOMPARE(paymentState(db, booking.reference), u"paid"_s);
        QCOMPARE(db.status(u"A1"_s), SeatStatus::Booked);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'reservation_expired'"_s), 0);
    }

    void theExpirySchedulerWakesForAPaymentDeadline()
    {
        TestDatabase db;
        HoldExpiryScheduler scheduler(db.config, db.feed, db.clock);
        QVERIFY(scheduler.start(60'000).ok());
        const Booking booking = bookOnTheWeb(db);
        QCOMPARE(scheduler.releaseExpiredNow(), 0);
        moveClockTo(db, booking.payBy);
        QCOMPARE(scheduler.releaseExpiredNow(), 2);
        QCOMPARE(paymentState(db, booking.reference), u"expired"_s);
    }

    void theCounterFindsReservationsOfUpcomingShows()
    {
        TestDatabase db;
        const Booking booking = bookOnTheWeb(db);
        QVERIFY(db.reservations->holdSeats(db.show, {u"B1"_s}, counter, 600s, Channel::Counter).ok());
        BookingRequest atTheCounter;
        atTheCounter.channel = Channel::Counter;
        atTheCounter.customer = {u"Asha Rao"_s, {}};
        QVERIFY(db.reservations->convertHoldsToBookings(counter, db.show, atTheCounter).ok());
        const QDateTime now = db.clock.now();
        const auto found = [&](const QString &text, const QDateTime &from) { return reservationsFound(db, text, from); };
        const QStringList only{booking.reference};
        QCOMPARE(found(booking.reference, now), only);
        QCOMPARE(found(booking.reference.toLower(), now), only);
        QCOMPARE(found(BookingReference::scanCode(booking.reference), now), only);
        QCOMPARE(found(u"boxoffice:"_s + booking.reference.toLower(), now), only);
        QCOMPARE(found(u"asha r"_s, now), only);
        QCOMPARE(found(u"EXAMPLE.COM"_s, now), only);
        QCOMPARE(found(booking.reference.left(6), now), QStringList());
        QCOMPARE(found(u"nobody"_s, now), QStringList());
        QCOMPARE(found(u"  "_s, now), QStringList());
        QCOMPARE(found(booking.reference, db.catalog->show(db.show)->startsAt.addSecs(1)), QStringList());
        QCOMPARE(found(u"%"_s, now), QStringList());
    }

    void theBookingAnswerCarriesTheTicketCodesItStored()
    {
        TestDatabase db;
        const Booking booked = bookOnTheWeb(db);
        const auto stored = db.catalog->booking(booked.reference);
        QVERIFY(stored.ok());
        QCOMPARE(booked.seats.size(), 2);
        for (const BookedSeat &seat : booked.seats) {
            QCOMPARE(seat.ticketCode.size(), TicketCode::length);
            const auto same = std::find_if(stored->seats.cbegin(), stored->seats.cend(),
                                           [&](const BookedSeat &each) { return each.label == seat.label; });
            QVERIFY(same != stored->seats.cend());
            QCOMPARE(seat.ticketCode, same->ticketCode);
        }
        QVERIFY(booked.seats.at(0).ticketCode != booked.seats.at(1).ticketCode);
    }

    void theCounterFindsAReservationByItsTicketCode()
    {
        TestDatabase db;
        const Booking booking = bookOnTheWeb(db);
        const Booking other = bookOnTheWeb(db, {u"A3"_s}, u"web:other"_s);
        const auto stored = db.catalog->booking(booking.reference);
        QVERIFY(stored.ok());
        const QString code = stored->seats.at(1).ticketCode;
        QCOMPARE(code.size(), TicketCode::length);
        const QDateTime now = db.clock.now();
        const auto found = [&](const QString &text) { return reservationsFound(db, text, now); };
        const QStringList only{booking.reference};
        QCOMPARE(found(TicketCode::qrText(code)), only);
        QCOMPARE(found(code), only);
        QCOMPARE(found(code.toLower()), only);
        QCOMPARE(found(code.left(13) + u"-"_s + code.mid(13)), only);
        QCOMPARE(found(TicketCode::qrText(db.catalog->booking(other.reference)->seats.first().ticketCode)),
                 QStringList{other.reference});
        QCOMPARE(found(TicketCode::generate()), QStringList());
        QCOMPARE(found(code.left(TicketCode::length - 1)), QStringList());
        // A counter sale is not collected: only web reservations are found.
        QVERIFY(db.reservations->holdSeats(db.show, {u"B1"_s}, counter, 600s, Channel::Counter).ok());
        BookingRequest atTheCounter;
        atTheCounter.channel = Channel::Counter;
        const auto sold = db.reservations->convertHoldsToBookings(counter, db.show, atTheCounter);
        QVERIFY(sold.ok());
        QCOMPARE(found(sold->seats.first().ticketCode), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_ReservationPayment)
#include "tst_reservationpayment.moc"
