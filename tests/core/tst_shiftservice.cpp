#include "shiftservice.h"
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
QString failureOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

quint32 testSeed()
{
    const quint32 seed = qEnvironmentVariableIsSet("BOXOFFICE_SEED")
            ? quint32(qEnvironmentVariableIntValue("BOXOFFICE_SEED"))
            : 20261201u;
    qInfo("seed %u (rerun with BOXOFFICE_SEED=%u)", seed, seed);
    return seed;
}

/// The test database with staff accounts (added directly: their secrets do not matter here), a
/// second show on the first one's day, and bookings to hang payment lines on.
struct ShiftDatabase
{
    ShiftDatabase()
    {
        manager = addStaff(u"Maria"_s, u"manager"_s);
        cashier = addStaff(u"Carl"_s, u"cashier"_s);
        other = addStaff(u"Ana"_s, u"cashier"_s);
        db.exec(u"INSERT INTO shows (id, hall_id, title, starts_at) VALUES (2, 1, 'Second Show', ?)"_s,
                {db.clock.now().addDays(2).addSecs(3 * 3600).toMSecsSinceEpoch()});
    }

    qint64 addStaff(const QString &name, const QString &role)
    {
        auto id = db.database->insert(u"INSERT INTO staff (name, role, secret_hash, created_at) VALUES (?, ?, 'x', 0)"_s,
                                      {name, role});
        return id.ok() ? id.value() : 0;
    }

    StaffActor actor(qint64 id) const
    {
        auto rows = db.database->run(u"SELECT name FROM staff WHERE id = ?"_s, {id});
        StaffActor actor;
        actor.staffId = id;
        actor.name = rows.ok() && rows.value().next() ? rows.value().value(0).toString() : QString();
        return actor;
    }

    qint64 addBooking(qint64 show, const QString &channel, const QString &state = u"paid"_s, qint64 payBy = 0)
    {
        ++m_bookings;
        auto id = db.database->insert(
                u"INSERT INTO bookings (reference, show_id, owner, channel, created_at, total_cents, payment_state, pay_by)"
                " VALUES (?, ?, 'test', ?, 0, 0, ?, ?)"_s,
                {u"REF%1"_s.arg(m_bookings), show, channel, state,
                 payBy ? QVariant(payBy) : QVariant(QMetaType(QMetaType::LongLong))});
        return id.ok() ? id.value() : 0;
    }

    void addPayment(qint64 booking, qint64 shift, qint64 staff, const QString &kind, const QString &method,
                    qint64 cents, qint64 at)
    {
        db.exec(u"INSERT INTO payments (booking_id, at, kind, method, amount_cents, shift_id, staff_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {booking, at, kind, method, cents, shift ? QVariant(shift) : QVariant(QMetaType(QMetaType::LongLong)),
                 staff});
    }

    qint64 auditCount(const QString &action, qint64 staffId) const
    {
        return db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = ? AND staff_id = ?"_s, {action, staffId});
    }

    QDate today() const { return db.clock.now().date(); }

    TestDatabase db;
    ShiftService shifts{*db.database, db.clock};
    qint64 manager = 0;
    qint64 cashier = 0;
    qint64 other = 0;

private:
    int m_bookings = 0;
};

const QStringList kinds = {u"payment"_s, u"refund"_s, u"transfer"_s};
const QStringList methods = {u"cash"_s, u"card"_s};

} // namespace

class tst_ShiftService : public QObject
{
    Q_OBJECT

private slots:
    void expectedCashIsFloatPlusCashPaymentsMinusRefunds()
    {
        QRandomGenerator random(testSeed());
        ShiftDatabase db;
        auto carls = db.shifts.openShift(db.actor(db.cashier), 15000, u"Counter 1"_s);
        auto anas = db.shifts.openShift(db.actor(db.other), 5000, u"Counter 2"_s);
        QVERIFY2(carls.ok() && anas.ok(), qPrintable(failureOf(carls) + failureOf(anas)));
        const qint64 booking = db.addBooking(1, u"counter"_s);
        std::map<qint64, DrawerSums> bruteForce{{carls->id, {15000, 0}}, {anas->id, {5000, 0}}};
        const QList<qint64> shiftIds = {carls->id, anas->id, 0};
        for (int line = 0; line < 400; ++line) {
            const qint64 shift = shiftIds.at(random.bounded(int(shiftIds.size())));
            const QString kind = kinds.at(random.bounded(int(kinds.size())));
            const QString method = methods.at(random.bounded(int(methods.size())));
            const qint64 magnitude = random.bounded(1, 10000);
            const qint64 cents = kind == u"refund"_s ? -magnitude : kind == u"transfer"_s && random.bounded(2) ? -magnitude : magnitude;
            db.addPayment(booking, shift, shift == anas->id ? db.other : db.cashier, kind, method, cents, 0);
            if (shift == 0 || kind == u"transfer"_s)
                continue;
            (method == u"cash"_s ? bruteForce[shift].cashCents : bruteForce[shift].cardCents) += cents;
        }
        for (const auto &[shift, sums] : bruteForce) {
            auto expected = db.shifts.expected(shift);
            QVERIFY2(expected.ok(), qPrintable(failureOf(expected)));
            QCOMPARE(expected->cashCents, sums.cashCents);
            QCOMPARE(expected->cardCents, sums.cardCents);
        }
    }

    void oneOpenShiftPerStaffMember()
    {
        ShiftDatabase db;
        QVERIFY(db.shifts.openShift(db.actor(db.cashier), 10000, u"Counter 1"_s).ok());
        auto second = db.shifts.openShift(db.actor(db.cashier), 10000, u"Counter 2"_s);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::Forbidden);
        QVERIFY(second.error().message.contains(u"Carl"_s));
        QCOMPARE(db.shifts.openShift(db.actor(db.other), -1, u"Counter 2"_s).error().code, ErrorCode::InvalidField);
        QCOMPARE(db.shifts.openShift(StaffActor{}, 0, u"Counter 2"_s).error().code, ErrorCode::Forbidden);
        auto current = db.shifts.currentShift(db.cashier);
        QVERIFY(current.ok() && current.value().has_value());
        QCOMPARE(current.value()->counter, u"Counter 1"_s);
        QCOMPARE(current.value()->floatCents, 10000);
        QVERIFY(!db.shifts.currentShift(db.other).value().has_value());
        QCOMPARE(db.auditCount(u"open shift"_s, db.cashier), 1);
    }

    void closingIsBlindAndADifferenceNeedsANote()
    {
        ShiftDatabase db;
        auto shift = db.shifts.openShift(db.actor(db.cashier), 10000, u"Counter 1"_s);
        QVERIFY(shift.ok());
        const qint64 booking = db.addBooking(1, u"counter"_s);
        db.addPayment(booking, shift->id, db.cashier, u"payment"_s, u"cash"_s, 2400, 0);
        db.addPayment(booking, shift->id, db.cashier, u"payment"_s, u"card"_s, 1600, 0);
        db.addPayment(booking, shift->id, db.cashier, u"refund"_s, u"cash"_s, -1200, 0);

        QCOMPARE(db.shifts.closeShift(shift->id, u"done"_s, db.actor(db.cashier)).error().code, ErrorCode::Forbidden);
        QCOMPARE(db.shifts.countShift(shift->id, {11000, 1600}, db.actor(db.other)).error().code, ErrorCode::Forbidden);
        auto count = db.shifts.countShift(shift->id, {11000, 1600}, db.actor(db.cashier));
        QVERIFY2(count.ok(), qPrintable(failureOf(count)));
        QCOMPARE(count->expected, (DrawerSums{10000 + 2400 - 1200, 1600}));
        QCOMPARE(count->cashDifferenceCents(), -200);
        QCOMPARE(count->cardDifferenceCents(), 0);
        QVERIFY(db.shifts.shift(shift->id)->isOpen());
        auto recount = db.shifts.countShift(shift->id, {11200, 1600}, db.actor(db.cashier));
        QVERIFY(!recount.ok());
        QCOMPARE(recount.error().code, ErrorCode::Forbidden);

        auto noNote = db.shifts.closeShift(shift->id, u"  "_s, db.actor(db.cashier));
        QVERIFY(!noNote.ok());
        QCOMPARE(noNote.error().code, ErrorCode::InvalidField);
        QVERIFY(noNote.error().message.contains(u"note"_s));
        QVERIFY(db.shifts.shift(shift->id)->isOpen());

        auto closed = db.shifts.closeShift(shift->id, u"a coin under the drawer"_s, db.actor(db.cashier));
        QVERIFY2(closed.ok(), qPrintable(failureOf(closed)));
        auto stored = db.shifts.shift(shift->id);
        QVERIFY(!stored->isOpen());
        QCOMPARE(*stored->counted, (DrawerSums{11000, 1600}));
        QCOMPARE(*stored->expected, (DrawerSums{11200, 1600}));
        QCOMPARE(stored->closeNote, u"a coin under the drawer"_s);
        QCOMPARE(db.auditCount(u"count shift"_s, db.cashier), 1);
        QCOMPARE(db.auditCount(u"close shift"_s, db.cashier), 1);
        QCOMPARE(db.shifts.closeShift(shift->id, u"again"_s, db.actor(db.cashier)).error().code, ErrorCode::Forbidden);
    }

    void aBalancedCountClosesWithoutANote()
    {
        ShiftDatabase db;
        auto shift = db.shifts.openShift(db.actor(db.cashier), 10000, u"Counter 1"_s);
        db.addPayment(db.addBooking(1, u"counter"_s), shift->id, db.cashier, u"payment"_s, u"cash"_s, 900, 0);
        QVERIFY(db.shifts.countShift(shift->id, {10900, 0}, db.actor(db.cashier))->balances());
        auto closed = db.shifts.closeShift(shift->id, QString(), db.actor(db.manager));
        QVERIFY2(closed.ok(), qPrintable(failureOf(closed)));
        QVERIFY(!db.shifts.currentShift(db.cashier).value().has_value());
    }

    void reopeningNeedsAManagerAndAReason()
    {
        ShiftDatabase db;
        auto shift = db.shifts.openShift(db.actor(db.cashier), 10000, u"Counter 1"_s);
        QVERIFY(db.shifts.countShift(shift->id, {10000, 0}, db.actor(db.cashier)).ok());
        QVERIFY(db.shifts.closeShift(shift->id, QString(), db.actor(db.cashier)).ok());

        auto byCashier = db.shifts.reopenShift(shift->id, u"recount"_s, db.actor(db.cashier));
        QVERIFY(!byCashier.ok());
        QCOMPARE(byCashier.error().code, ErrorCode::Forbidden);
        QCOMPARE(db.shifts.reopenShift(shift->id, u" "_s, db.actor(db.manager)).error().code, ErrorCode::InvalidField);
        QVERIFY(!db.shifts.shift(shift->id)->isOpen());

        StaffActor overridden = db.actor(db.cashier);
        overridden.authorisedById = db.manager;
        overridden.authorisedByName = u"Maria"_s;
        auto reopened = db.shifts.reopenShift(shift->id, u"a card slip was found"_s, overridden);
        QVERIFY2(reopened.ok(), qPrintable(failureOf(reopened)));
        QVERIFY(reopened->isOpen());
        QVERIFY(!reopened->isCounted());
        QCOMPARE(db.db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'reopen shift' AND staff_id = ?"
                              " AND authorised_by = ? AND reason = 'a card slip was found'"_s,
                              {db.cashier, db.manager}),
                 1);
        QCOMPARE(db.shifts.currentShift(db.cashier).value()->id, shift->id);
    }

    void dayCloseIsRefusedNamingOpenShifts()
    {
        ShiftDatabase db;
        auto carls = db.shifts.openShift(db.actor(db.cashier), 10000, u"Counter 1"_s);
        auto anas = db.shifts.openShift(db.actor(db.other), 10000, u"Counter 2"_s);
        auto refused = db.shifts.dayClose(db.today(), QTimeZone::utc(), db.actor(db.manager));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QVERIFY2(refused.error().message.contains(u"Carl"_s) && refused.error().message.contains(u"Ana"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(db.db.scalar(u"SELECT COUNT(*) FROM day_closes"_s), 0);

        for (const auto &[shift, staff] : {std::pair{carls->id, db.cashier}, std::pair{anas->id, db.other}}) {
            QVERIFY(db.shifts.countShift(shift, {10000, 0}, db.actor(staff)).ok());
            QVERIFY(db.shifts.closeShift(shift, QString(), db.actor(staff)).ok());
        }
        auto closed = db.shifts.dayClose(db.today(), QTimeZone::utc(), db.actor(db.manager));
        QVERIFY2(closed.ok(), qPrintable(failureOf(closed)));
        QCOMPARE(closed->closedBy, u"Maria"_s);
        QCOMPARE(closed->shifts.size(), 2);
        QCOMPARE(db.auditCount(u"close day"_s, db.manager), 1);
        auto again = db.shifts.dayClose(db.today(), QTimeZone::utc(), db.actor(db.manager));
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(u"closed already"_s));
        // The next day's shift is not the closed day's.
        db.db.clock.advance(24 * 3600 * 1000);
        QVERIFY(db.shifts.openShift(db.actor(db.cashier), 0, u"Counter 1"_s).ok());
        QVERIFY(db.shifts.shiftsOn(db.today().addDays(-1), QTimeZone::utc())->size() == 2);
    }

    void dayReportSumsThePaymentLinesOfTheDay()
    {
        QRandomGenerator random(testSeed());
        ShiftDatabase db;
        const qint64 dayStart = db.today().startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 dayMs = 24 * 3600 * 1000;
        const QList<qint64> staff = {db.cashier, db.other, db.manager};
        const QList<qint64> shows = {1, 2};
        QList<qint64> bookings;
        for (int i = 0; i < 20; ++i)
            bookings.append(db.addBooking(shows.at(i % 2), i % 3 == 0 ? u"web"_s : u"counter"_s));

        struct Sums
        {
            qint64 sales = 0;
            qint64 refunds = 0;
            qint64 transfers = 0;
            int collected = 0;
        };
        std::map<qint64, Sums> byStaff;
        std::map<QString, Sums> byMethod;
        std::map<qint64, Sums> byShow;
        Sums total;
        for (int line = 0; line < 500; ++line) {
            const int bookingIndex = random.bounded(int(bookings.size()));
            const qint64 staffId = staff.at(random.bounded(int(staff.size())));
            const QString kind = kinds.at(random.bounded(int(kinds.size())));
            const QString method = methods.at(random.bounded(int(methods.size())));
            const qint64 magnitude = random.bounded(1, 5000);
            const qint64 cents = kind == u"refund"_s ? -magnitude : magnitude;
            // A quarter of the lines fall on the day before or after.
            const qint64 at = dayStart + random.bounded(-dayMs / 3, dayMs + dayMs / 3);
            db.addPayment(bookings.at(bookingIndex), 0, staffId, kind, method, cents, at);
            if (at < dayStart || at >= dayStart + dayMs)
                continue;
            const bool collects = kind == u"payment"_s && bookingIndex % 3 == 0;
            for (Sums *sums : {&byStaff[staffId], &byMethod[method], &byShow[shows.at(bookingIndex % 2)], &total}) {
                if (kind == u"payment"_s)
                    sums->sales += cents;
                else if (kind == u"refund"_s)
                    sums->refunds -= cents;
                else
                    sums->transfers += cents;
                sums->collected += collects ? 1 : 0;
            }
        }
        // Reservations: two expired today (for show 2), one yesterday; one still unpaid with two seats.
        db.addBooking(2, u"web"_s, u"expired"_s, dayStart + 1000);
        db.addBooking(2, u"web"_s, u"expired"_s, dayStart + dayMs - 1);
        db.addBooking(1, u"web"_s, u"expired"_s, dayStart - 1);
        const qint64 unpaid = db.addBooking(1, u"web"_s, u"reserved"_s, dayStart + 2 * dayMs);
        db.db.exec(u"INSERT INTO booking_seats (booking_id, seat_id, ticket_type, price_cents) VALUES (?, 1, 'adult', 1200),"
                " (?, 6, 'adult', 1600)"_s,
                {unpaid, unpaid});

        auto report = db.shifts.dayReport(db.today(), QTimeZone::utc());
        QVERIFY2(report.ok(), qPrintable(failureOf(report)));
        const auto matches = [](const DayReportLine &line, const Sums &sums) {
            return line.salesCents == sums.sales && line.refundsCents == sums.refunds
                    && line.transfersCents == sums.transfers && line.reservationsCollected == sums.collected
                    && line.netCents() == sums.sales - sums.refunds + sums.transfers;
        };
        QCOMPARE(report->byCashier.size(), qsizetype(byStaff.size()));
        for (const DayReportLine &line : report->byCashier)
            QVERIFY2(matches(line, byStaff[line.id]), qPrintable(line.name));
        QCOMPARE(report->byMethod.size(), qsizetype(byMethod.size()));
        for (const DayReportLine &line : report->byMethod)
            QVERIFY2(matches(line, byMethod[line.name]), qPrintable(line.name));
        QCOMPARE(report->byShow.size(), qsizetype(byShow.size()));
        for (const DayReportLine &line : report->byShow) {
            QVERIFY2(matches(line, byShow[line.id]), qPrintable(line.name));
            QCOMPARE(line.reservationsExpired, line.id == 2 ? 2 : 0);
        }
        QVERIFY(matches(report->total, total));
        QCOMPARE(report->total.reservationsExpired, 2);
        QVERIFY(!report->closedAt.isValid());
        // The unpaid reservation is apart, never revenue: it has no payment line.
        QCOMPARE(report->unpaidReservations, 0);
        auto ofItsDay = db.shifts.dayReport(db.today().addDays(2), QTimeZone::utc());
        QCOMPARE(ofItsDay->unpaidReservations, 1);
        QCOMPARE(ofItsDay->unpaidSeats, 2);
        QCOMPARE(ofItsDay->unpaidCents, 2800);
        QCOMPARE(ofItsDay->total.netCents(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ShiftService)
#include "tst_shiftservice.moc"
