#include "checkinservice.h"
#include "moneytesting.h"
#include "scannerdeviceservice.h"
#include "showservice.h"
#include "ticketcode.h"
#include "venuesettings.h"

#include <QSet>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(boxoffice::CheckinOutcome)

namespace {

QString message(const Error &error)
{
    return errorCodeName(error.code) + u": "_s + error.message;
}

/// What went wrong, for a failed check's message; empty when nothing did.
template<typename T>
QString failure(const Result<T> &result)
{
    return result.ok() ? QString() : message(result.error());
}

/// A TestDatabase with the money fixture's two shows and staff, the clock half an hour before
/// show 1 starts (its door open), and a scanner paired for show 1.
struct Door
{
    Door()
    {
        money = std::make_unique<MoneyFixture>(db);
        startsAt = db.catalog->show(db.show)->startsAt;
        db.clock.set(startsAt.addSecs(-30 * 60));
        devices = std::make_unique<ScannerDeviceService>(*db.database, db.clock);
        checkins = std::make_unique<CheckinService>(*db.database, db.clock);
        scanner = pair(u"Door 1"_s, ScannerScope{{db.show}, {}});
    }

    ScannerDevice pair(const QString &name, const ScannerScope &scope)
    {
        auto pairing = devices->createPairing(name, scope, money->manager);
        if (!pairing.ok()) {
            qWarning() << message(pairing.error());
            return {};
        }
        auto paired = devices->redeemPairing(pairing->token);
        if (!paired.ok()) {
            qWarning() << message(paired.error());
            return {};
        }
        credentials.insert(paired->device.id, paired->credential);
        return paired->device;
    }

    /// The codes of the booking's seats, by seat label.
    QHash<QString, QString> codes(const QString &reference) const
    {
        QHash<QString, QString> codes;
        auto booking = db.catalog->booking(reference);
        if (booking.ok()) {
            for (const BookedSeat &seat : booking->seats)
                codes.insert(seat.label, seat.ticketCode);
        }
        return codes;
    }

    QString sellOne(const QString &seat, qint64 show = 1)
    {
        return codes(money->sell(show, {seat})).value(seat);
    }

    CheckinAnswer scan(const QString &code, std::optional<qint64> show = 1,
                       CheckinDirection direction = CheckinDirection::Entry, qint64 device = 0)
    {
        CheckinRequest request{code, show, direction, device != 0 ? device : scanner.id,
                               u"nonce-%1"_s.arg(++m_nonce)};
        auto answer = checkins->checkIn(request);
        if (!answer.ok()) {
            qWarning() << message(answer.error());
            return {};
        }
        return answer.value();
    }

    qint64 checkinRows(const QString &code) const
    {
        return db.scalar(u"SELECT COUNT(*) FROM checkins WHERE ticket_code = ?"_s, {code});
    }

    TestDatabase db;
    std::unique_ptr<MoneyFixture> money;
    std::unique_ptr<ScannerDeviceService> devices;
    std::unique_ptr<CheckinService> checkins;
    QDateTime startsAt;
    ScannerDevice scanner;
    QHash<qint64, QString> credentials;

private:
    int m_nonce = 0;
};

} // namespace

class tst_Checkin : public QObject
{
    Q_OBJECT

private slots:
    void aShowIsSavedWithItsDoorSettingsOrNotAtAll()
    {
        Door door;
        ShowService shows(*door.db.database, door.db.feed, door.db.clock, *door.db.reservations);
        const QString title = door.db.catalog->show(1)->title;
        ShowDraft draft;
        draft.hall = door.db.scalar(u"SELECT hall_id FROM shows WHERE id = 1"_s);
        draft.title = u"Renamed"_s;
        draft.startsAt = door.startsAt;
        draft.durationMinutes = 90;
        const auto auditRows = [&] {
            return door.db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'checkin_settings_changed'"_s);
        };

        draft.doorOverride = ShowCheckinOverride{-5, std::nullopt};
        QCOMPARE(shows.updateShow(1, draft, door.money->manager).error().code, ErrorCode::InvalidField);
        QCOMPARE(door.db.catalog->show(1)->title, title);
        draft.doorOverride = ShowCheckinOverride{90, true};
        QCOMPARE(shows.updateShow(1, draft, door.money->cashier).error().code, ErrorCode::Forbidden);
        QCOMPARE(door.db.catalog->show(1)->title, title);
        QCOMPARE(door.checkins->showOverride(1).value(), ShowCheckinOverride{});
        QCOMPARE(auditRows(), 0);

        QVERIFY(shows.updateShow(1, draft, door.money->manager).ok());
        QCOMPARE(door.db.catalog->show(1)->title, u"Renamed"_s);
        QCOMPARE(door.checkins->showOverride(1).value(), (ShowCheckinOverride{90, true}));
        QCOMPARE(auditRows(), 1);

        auto created = shows.createRun(draft, {door.startsAt.date().addDays(1), door.startsAt.date().addDays(2)},
                                       door.money->manager);
        QVERIFY2(created.ok(), qPrintable(failure(created)));
        for (qint64 show : created.value())
            QCOMPARE(door.checkins->showOverride(show).value(), (ShowCheckinOverride{90, true}));
        QCOMPARE(auditRows(), 3);
    }

    void ticketCodesAreRandomBase32AndDistinct()
    {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString code = TicketCode::generate();
            QCOMPARE(code.size(), TicketCode::length);
            QCOMPARE(TicketCode::normalized(code), code);
            seen.insert(code);
        }
        QCOMPARE(seen.size(), 2000);
        // Every character of the alphabet turns up: 128 random bits are spread over all 26.
        QSet<QChar> characters;
        for (const QString &code : std::as_const(seen)) {
            for (QChar character : code)
                characters.insert(character);
        }
        QCOMPARE(characters.size(), 32);
    }

    void typedAndScannedCodesAreNormalized()
    {
        const QString code = TicketCode::generate();
        QCOMPARE(TicketCode::normalized(TicketCode::qrText(code)), code);
        QCOMPARE(TicketCode::normalized(u"  "_s + code.toLower().insert(8, u'-').insert(4, u' ') + u"\n"_s), code);
        QVERIFY(TicketCode::normalized(code.left(25)).isEmpty());
        QVERIFY(TicketCode::normalized(code + u"A"_s).isEmpty());
        QVERIFY(TicketCode::normalized(code.left(25) + u"1"_s).isEmpty());
        QVERIFY(TicketCode::normalized(u"BOXOFFICE:ABC123"_s).isEmpty());
    }

    void eachBookedSeatGetsItsOwnCodeInTheBookingsTransaction()
    {
        Door door;
        const QString reference = door.money->sell(1, {u"A1"_s, u"A2"_s, u"B1"_s});
        const QHash<QString, QString> codes = door.codes(reference);
        QCOMPARE(codes.size(), 3);
        const QSet<QString> distinct(codes.cbegin(), codes.cend());
        QCOMPARE(distinct.size(), 3);
        for (const QString &code : codes)
            QCOMPARE(TicketCode::normalized(code), code);
        QCOMPARE(door.db.scalar(u"SELECT COUNT(*) FROM booking_seats WHERE ticket_code IS NULL"_s), 0);
        const QString reserved = door.money->reserve(1, {u"B2"_s});
        QCOMPARE(TicketCode::normalized(door.codes(reserved).value(u"B2"_s)).size(), TicketCode::length);
    }

    void aTicketComesInOnceThenIsAlreadyCheckedIn()
    {
        Door door;
        const QString code = door.sellOne(u"A1"_s);
        const CheckinAnswer first = door.scan(code);
        QCOMPARE(first.outcome, CheckinOutcome::Ok);
        QCOMPARE(first.seatLabel, u"A1"_s);
        QCOMPARE(first.at, door.db.clock.now());
        QCOMPARE(first.byDevice, u"Door 1"_s);

        door.db.clock.advance(90'000);
        const CheckinAnswer second = door.scan(TicketCode::qrText(code));
        QCOMPARE(second.outcome, CheckinOutcome::AlreadyCheckedIn);
        QCOMPARE(second.at, first.at);
        QCOMPARE(second.byDevice, u"Door 1"_s);
        QCOMPARE(door.checkinRows(code), 1);
    }

    void theSameNonceTwiceGivesTheSameAnswerAndChecksInOnce()
    {
        Door door;
        const QString code = door.sellOne(u"A1"_s);
        const CheckinRequest request{code, 1, CheckinDirection::Entry, door.scanner.id, u"retry-me"_s};
        auto first = door.checkins->checkIn(request);
        QVERIFY2(first.ok(), qPrintable(failure(first)));
        QCOMPARE(first->outcome, CheckinOutcome::Ok);
        QVERIFY(!first->repeated);
        door.db.clock.advance(5000);
        auto again = door.checkins->checkIn(request);
        QVERIFY(again.ok());
        QCOMPARE(again->outcome, CheckinOutcome::Ok);
        QVERIFY(again->repeated);
        QCOMPARE(again->at, first->at);
        QCOMPARE(again->seatLabel, u"A1"_s);
        QCOMPARE(door.checkinRows(code), 1);
        // A new nonce is a new scan.
        QCOMPARE(door.scan(code).outcome, CheckinOutcome::AlreadyCheckedIn);

        auto noNonce = door.checkins->checkIn({code, 1, CheckinDirection::Entry, door.scanner.id, u"  "_s});
        QVERIFY(!noNonce.ok());
        QCOMPARE(noNonce.error().code, ErrorCode::InvalidField);
    }

    void aReservationNotCollectedIsUnpaid()
    {
        Door door;
        const QString reference = door.money->reserve(1, {u"A3"_s});
        const QString code = door.codes(reference).value(u"A3"_s);
        const CheckinAnswer answer = door.scan(code);
        QCOMPARE(answer.outcome, CheckinOutcome::Unpaid);
        QCOMPARE(answer.bookingReference, reference);
        QCOMPARE(door.checkinRows(code), 0);
        door.money->collect(reference, u"cash"_s);
        QCOMPARE(door.scan(code).outcome, CheckinOutcome::Ok);
    }

    void aTicketForAnotherShowOrOutOfScopeIsTheWrongShow()
    {
        Door door;
        const QString laterShow = door.sellOne(u"A1"_s, 2);
        QCOMPARE(door.scan(laterShow, 1).outcome, CheckinOutcome::WrongShow);
        // Show 2 is not today, so not one of today's either.
        QCOMPARE(door.scan(laterShow, std::nullopt).outcome, CheckinOutcome::WrongShow);
        // Asked for show 2 itself, the scanner paired for show 1 may not let it in.
        const CheckinAnswer outOfScope = door.scan(laterShow, 2);
        QCOMPARE(outOfScope.outcome, CheckinOutcome::WrongShow);
        QCOMPARE(outOfScope.showId, 2);
        QCOMPARE(door.checkinRows(laterShow), 0);

        const QString today = door.sellOne(u"A2"_s);
        QCOMPARE(door.scan(today, std::nullopt).outcome, CheckinOutcome::Ok);
    }

    void aDayScannerTakesEveryShowOfItsDayAndNoOther()
    {
        Door door;
        const QDate day = door.startsAt.toTimeZone(VenueSettings().zone()).date();
        const ScannerDevice daily = door.pair(u"Day scanner"_s, ScannerScope{{}, day});
        QVERIFY(daily.id > 0);
        const QString today = door.sellOne(u"A1"_s);
        const QString tomorrow = door.sellOne(u"A1"_s, 2);
        QCOMPARE(door.scan(tomorrow, 2, CheckinDirection::Entry, daily.id).outcome, CheckinOutcome::WrongShow);
        QCOMPARE(door.scan(today, std::nullopt, CheckinDirection::Entry, daily.id).outcome, CheckinOutcome::Ok);
    }

    void theDoorOpensTheSetTimeBeforeTheStart()
    {
        Door door;
        const QString code = door.sellOne(u"A1"_s);
        door.db.clock.set(door.startsAt.addSecs(-61 * 60));
        CheckinAnswer early = door.scan(code);
        QCOMPARE(early.outcome, CheckinOutcome::NotOpenYet);
        QCOMPARE(early.at, door.startsAt.addSecs(-60 * 60));

        QVERIFY(door.checkins->saveShowOverride(1, {90, std::nullopt}, door.money->manager).ok());
        QCOMPARE(door.checkins->settingsFor(1)->opensMinutesBeforeStart, 90);
        QCOMPARE(door.scan(code).outcome, CheckinOutcome::Ok);

        const QString other = door.sellOne(u"A2"_s);
        QVERIFY(door.checkins->saveShowOverride(1, {}, door.money->manager).ok());
        QVERIFY(door.checkins->saveVenueSettings({30, false}, door.money->manager).ok());
        door.db.clock.set(door.startsAt.addSecs(-30 * 60 - 1));
        QCOMPARE(door.scan(other).outcome, CheckinOutcome::NotOpenYet);
        door.db.clock.advance(1000);
        QCOMPARE(door.scan(other).outcome, CheckinOutcome::Ok);
    }

    void anUnknownCodeIsUnknown()
    {
        Door door;
        door.sellOne(u"A1"_s);
        const QString guess = TicketCode::generate();
        const CheckinAnswer answer = door.scan(guess);
        QCOMPARE(answer.outcome, CheckinOutcome::Unknown);
        QCOMPARE(answer.code, guess);
        QCOMPARE(door.scan(u"not a code at all"_s).outcome, CheckinOutcome::Unknown);
        QCOMPARE(door.db.scalar(u"SELECT COUNT(*) FROM checkins"_s), 0);
        QCOMPARE(door.db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'checkin_unknown_code' AND actor = 'Door 1'"_s),
                 2);
    }

    void codesDieWhenTheirSeatIsRefundedExchangedUnbookedOrCancelled()
    {
        Door door;
        MoneyFixture &money = *door.money;
        const QString reference = money.sell(1, {u"A1"_s, u"A2"_s, u"A3"_s, u"A4"_s});
        const QHash<QString, QString> codes = door.codes(reference);

        auto refunded = door.db.reservations->refund(reference, {u"A1"_s}, u"ill"_s, money.manager);
        QVERIFY2(refunded.ok(), qPrintable(failure(refunded)));
        QCOMPARE(door.scan(codes.value(u"A1"_s)).outcome, CheckinOutcome::Cancelled);

        ExchangeRequest exchange;
        exchange.reference = reference;
        exchange.giveUp = {u"A2"_s};
        exchange.targetShow = 1;
        exchange.targetSeats = {u"B3"_s};
        exchange.paymentMethod = u"card"_s;
        exchange.reason = u"better view"_s;
        auto exchanged = door.db.reservations->exchange(exchange, money.manager);
        QVERIFY2(exchanged.ok(), qPrintable(failure(exchanged)));
        QCOMPARE(door.scan(codes.value(u"A2"_s)).outcome, CheckinOutcome::Cancelled);
        const QString newCode = door.codes(reference).value(u"B3"_s);
        QVERIFY(!codes.values().contains(newCode));

        // Taken back by another exchange, A2 is a new ticket: its old code stays dead (the booked
        // seat's row holds the new code now, so the old one is no longer known at all).
        exchange.giveUp = {u"B3"_s};
        exchange.targetSeats = {u"A2"_s};
        QVERIFY(door.db.reservations->exchange(exchange, money.manager).ok());
        const QString again = door.codes(reference).value(u"A2"_s);
        QVERIFY(again != codes.value(u"A2"_s));
        QCOMPARE(door.scan(codes.value(u"A2"_s)).outcome, CheckinOutcome::Unknown);
        QCOMPARE(door.scan(newCode).outcome, CheckinOutcome::Cancelled);
        QCOMPARE(door.scan(again).outcome, CheckinOutcome::Ok);

        QVERIFY(door.db.reservations->unbookSeats(1, {u"A3"_s}, money.manager, u"mistake"_s).ok());
        QCOMPARE(door.scan(codes.value(u"A3"_s)).outcome, CheckinOutcome::Cancelled);

        QCOMPARE(door.scan(codes.value(u"A4"_s)).outcome, CheckinOutcome::Ok);
        const QString otherBooking = door.sellOne(u"B1"_s);
        QVERIFY(door.db.reservations->cancelShow(1, money.manager, u"storm"_s).ok());
        QCOMPARE(door.scan(otherBooking).outcome, CheckinOutcome::Cancelled);
        QCOMPARE(door.scan(codes.value(u"A4"_s)).outcome, CheckinOutcome::Cancelled);
    }

    void anExpiredReservationsCodeIsDead()
    {
        Door door;
        const QString reference = door.money->reserve(1, {u"A1"_s});
        const QString code = door.codes(reference).value(u"A1"_s);
        door.db.exec(u"UPDATE bookings SET pay_by = ? WHERE reference = ?"_s,
                     {door.db.clock.now().toMSecsSinceEpoch(), reference});
        QVERIFY(door.db.reservations->cleanupExpiredHolds(door.db.clock.now()).ok());
        QCOMPARE(door.scan(code).outcome, CheckinOutcome::Cancelled);
    }

    void exitsAndReentryFollowTheShowsSetting()
    {
        Door door;
        const QString code = door.sellOne(u"A1"_s);
        QCOMPARE(door.scan(code, 1, CheckinDirection::Exit).outcome, CheckinOutcome::ExitNotAllowed);
        QCOMPARE(door.scan(code).outcome, CheckinOutcome::Ok);
        QCOMPARE(door.scan(code, 1, CheckinDirection::Exit).outcome, CheckinOutcome::ExitNotAllowed);

        QVERIFY(door.checkins->saveShowOverride(1, {std::nullopt, true}, door.money->manager).ok());
        QCOMPARE(door.scan(code).outcome, CheckinOutcome::AlreadyCheckedIn);
        QCOMPARE(door.scan(code, 1, CheckinDirection::Exit).outcome, CheckinOutcome::Ok);
        QCOMPARE(door.scan(code, 1, CheckinDirection::Exit).outcome, CheckinOutcome::NotInside);
        QCOMPARE(door.scan(code).outcome, CheckinOutcome::Ok);
        QCOMPARE(door.checkinRows(code), 3);

        // Without re-entry, a ticket that came in once does not come in again, even after leaving.
        QCOMPARE(door.scan(code, 1, CheckinDirection::Exit).outcome, CheckinOutcome::Ok);
        QVERIFY(door.checkins->saveShowOverride(1, {std::nullopt, false}, door.money->manager).ok());
        QCOMPARE(door.scan(code).outcome, CheckinOutcome::AlreadyCheckedIn);
    }

    void unknownCodesAreRateLimitedPerDeviceAndAudited()
    {
        Door door;
        const ScannerDevice other = door.pair(u"Door 2"_s, ScannerScope{{1}, {}});
        const QString real = door.sellOne(u"A1"_s);
        for (int i = 0; i < CheckinService::maxUnknownPerWindow; ++i) {
            QCOMPARE(door.scan(TicketCode::generate()).outcome, CheckinOutcome::Unknown);
            door.db.clock.advance(1000);
        }
        const CheckinAnswer limited = door.scan(real);
        QCOMPARE(limited.outcome, CheckinOutcome::RateLimited);
        QCOMPARE(limited.retryAfter, std::chrono::seconds(60 - CheckinService::maxUnknownPerWindow));
        QVERIFY(limited.seatLabel.isEmpty());
        QCOMPARE(door.checkinRows(real), 0);
        QCOMPARE(door.db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'checkin_unknown_code'"_s),
                 CheckinService::maxUnknownPerWindow);
        QCOMPARE(door.db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'checkin_rate_limited'"_s), 1);

        // Another device is not held up by this one's guesses.
        QCOMPARE(door.scan(door.sellOne(u"A2"_s), 1, CheckinDirection::Entry, other.id).outcome, CheckinOutcome::Ok);

        door.db.clock.advance(std::chrono::milliseconds(limited.retryAfter).count() - 1);
        QCOMPARE(door.scan(real).outcome, CheckinOutcome::RateLimited);
        door.db.clock.advance(1);
        QCOMPARE(door.scan(real).outcome, CheckinOutcome::Ok);
    }

    void twoDevicesScanningOneTicketAtOnceLetItInOnce()
    {
        Door door;
        const ScannerDevice second = door.pair(u"Door 2"_s, ScannerScope{{1}, {}});
        const QString code = door.sellOne(u"A1"_s);
        constexpr int rounds = 40;
        for (int round = 0; round < rounds; ++round) {
            door.db.exec(u"UPDATE booking_seats SET inside = 0, entered_at = NULL WHERE ticket_code = ?"_s, {code});
            std::latch start(2);
            std::atomic<int> ok = 0;
            std::atomic<int> already = 0;
            std::vector<std::thread> devices;
            for (qint64 device : {door.scanner.id, second.id}) {
                devices.emplace_back([&, device] {
                    auto connection = door.db.openAnother(u"door%1"_s.arg(device));
                    if (!connection)
                        return;
                    CheckinService service(*connection, door.db.clock);
                    start.arrive_and_wait();
                    auto answer = service.checkIn({code, 1, CheckinDirection::Entry, device, u"round%1"_s.arg(round)});
                    if (answer.ok() && answer->outcome == CheckinOutcome::Ok)
                        ++ok;
                    else if (answer.ok() && answer->outcome == CheckinOutcome::AlreadyCheckedIn)
                        ++already;
                });
            }
            for (auto &thread : devices)
                thread.join();
            QCOMPARE(ok.load(), 1);
            QCOMPARE(already.load(), 1);
            QCOMPARE(door.checkinRows(code), round + 1);
        }
    }

    void aManagerChecksInByHandWithAReason()
    {
        Door door;
        const QString code = door.sellOne(u"A1"_s);
        door.db.clock.set(door.startsAt.addSecs(-3 * 3600));

        auto byCashier = door.checkins->manualCheckIn(1, u"A1"_s, u"phone flat"_s, door.money->cashier);
        QVERIFY(!byCashier.ok());
        QCOMPARE(byCashier.error().code, ErrorCode::Forbidden);
        auto noReason = door.checkins->manualCheckIn(1, u"A1"_s, u" "_s, door.money->manager);
        QVERIFY(!noReason.ok());
        QCOMPARE(noReason.error().code, ErrorCode::InvalidField);
        auto unsold = door.checkins->manualCheckIn(1, u"B4"_s, u"phone flat"_s, door.money->manager);
        QVERIFY(!unsold.ok());
        QCOMPARE(unsold.error().code, ErrorCode::NotFound);

        auto byOverride = door.checkins->manualCheckIn(1, u"A1"_s, u"phone flat"_s, door.money->cashierWithManager);
        QVERIFY2(byOverride.ok(), qPrintable(failure(byOverride)));
        QCOMPARE(byOverride->outcome, CheckinOutcome::Ok);
        QCOMPARE(byOverride->byStaff, u"Carl"_s);
        QCOMPARE(door.db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'checkin_manual' AND reason = 'phone flat'"
                                " AND staff_id = 2 AND authorised_by = 1"_s),
                 1);

        door.db.clock.set(door.startsAt.addSecs(-10 * 60));
        const CheckinAnswer scanned = door.scan(code);
        QCOMPARE(scanned.outcome, CheckinOutcome::AlreadyCheckedIn);
        QCOMPARE(scanned.byStaff, u"Carl"_s);
        QVERIFY(scanned.byDevice.isEmpty());
    }

    void theShowsDoorCountsWhoIsInside()
    {
        Door door;
        QVERIFY(door.checkins->saveShowOverride(1, {std::nullopt, true}, door.money->manager).ok());
        const QString a1 = door.sellOne(u"A1"_s);
        const QString a2 = door.sellOne(u"A2"_s);
        door.sellOne(u"A3"_s);
        door.money->reserve(1, {u"B1"_s});
        QCOMPARE(door.scan(a1).outcome, CheckinOutcome::Ok);
        door.db.clock.advance(1000);
        QCOMPARE(door.scan(a2).outcome, CheckinOutcome::Ok);
        door.db.clock.advance(1000);
        QCOMPARE(door.scan(a2, 1, CheckinDirection::Exit).outcome, CheckinOutcome::Ok);
        QVERIFY(door.checkins->manualCheckIn(1, u"A3"_s, u"lost ticket"_s, door.money->manager).ok());

        auto view = door.checkins->showCheckins(1);
        QVERIFY2(view.ok(), qPrintable(failure(view)));
        QCOMPARE(view->ticketsSold, 4);
        QCOMPARE(view->checkedIn, 3);
        QCOMPARE(view->insideNow, 2);
        QCOMPARE(view->records.size(), 4);
        const CheckinRecord &manual = view->records.at(0);
        QCOMPARE(manual.seatLabel, u"A3"_s);
        QCOMPARE(manual.staffName, u"Mona"_s);
        QCOMPARE(manual.reason, u"lost ticket"_s);
        QVERIFY(manual.deviceName.isEmpty());
        const CheckinRecord &exit = view->records.at(1);
        QCOMPARE(exit.seatLabel, u"A2"_s);
        QCOMPARE(exit.direction, CheckinDirection::Exit);
        QCOMPARE(exit.deviceName, u"Door 1"_s);
        QCOMPARE(view->records.at(3).seatLabel, u"A1"_s);
        QCOMPARE(view->records.at(3).at, door.startsAt.addSecs(-30 * 60));

        QCOMPARE(door.checkins->showCheckins(99).error().code, ErrorCode::NotFound);
    }

    void aPairingTokenIsRedeemedOnceBeforeItExpires()
    {
        Door door;
        auto pairing = door.devices->createPairing(u"Side door"_s, ScannerScope{{1}, {}}, door.money->manager);
        QVERIFY2(pairing.ok(), qPrintable(failure(pairing)));
        QVERIFY(pairing->token.size() >= 32);
        QVERIFY(!pairing->device.isPaired());
        QCOMPARE(pairing->expiresAt, door.db.clock.now().addSecs(600));
        QCOMPARE(door.db.scalar(u"SELECT COUNT(*) FROM scanner_pairings WHERE token_hash = ?"_s, {pairing->token}), 0);

        auto paired = door.devices->redeemPairing(pairing->token);
        QVERIFY2(paired.ok(), qPrintable(failure(paired)));
        QCOMPARE(paired->device.id, pairing->device.id);
        QVERIFY(paired->device.isPaired());
        QVERIFY(paired->credential.size() >= 43);
        auto twice = door.devices->redeemPairing(pairing->token);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, ErrorCode::Forbidden);
        QCOMPARE(door.devices->authenticate(paired->credential)->id, paired->device.id);

        auto late = door.devices->createPairing(u"Late"_s, ScannerScope{{1}, {}}, door.money->manager);
        QVERIFY(late.ok());
        door.db.clock.advance(10 * 60 * 1000);
        QCOMPARE(door.devices->redeemPairing(late->token).error().code, ErrorCode::Forbidden);
        QCOMPARE(door.devices->redeemPairing(u"made-up"_s).error().code, ErrorCode::Forbidden);
    }

    void onlyManagersPairAndRevokeAndAScopeIsNeeded()
    {
        Door door;
        QCOMPARE(door.devices->createPairing(u"X"_s, ScannerScope{{1}, {}}, door.money->cashier).error().code,
                 ErrorCode::Forbidden);
        QVERIFY(door.devices->createPairing(u"X"_s, ScannerScope{{1}, {}}, door.money->cashierWithManager).ok());
        QCOMPARE(door.devices->createPairing(u"X"_s, ScannerScope{}, door.money->manager).error().code,
                 ErrorCode::InvalidField);
        QCOMPARE(door.devices->createPairing(u"X"_s, ScannerScope{{1}, QDate(2026, 11, 29)}, door.money->manager)
                         .error()
                         .code,
                 ErrorCode::InvalidField);
        QCOMPARE(door.devices->createPairing(u"X"_s, ScannerScope{{42}, {}}, door.money->manager).error().code,
                 ErrorCode::InvalidField);
        QCOMPARE(door.devices->createPairing(u" "_s, ScannerScope{{1}, {}}, door.money->manager).error().code,
                 ErrorCode::InvalidField);
        QCOMPARE(door.devices->revoke(door.scanner.id, door.money->cashier).error().code, ErrorCode::Forbidden);
        QCOMPARE(door.db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'scanner_pairing_created'"_s), 2);
    }

    void aRevokedDeviceIsRefusedAtOnce()
    {
        Door door;
        const QString credential = door.credentials.value(door.scanner.id);
        QVERIFY(door.devices->authenticate(credential).ok());
        const QString code = door.sellOne(u"A1"_s);

        auto revoked = door.devices->revoke(door.scanner.id, door.money->manager);
        QVERIFY2(revoked.ok(), qPrintable(failure(revoked)));
        QVERIFY(revoked->isRevoked());
        auto refused = door.devices->authenticate(credential);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        auto scanned = door.checkins->checkIn({code, 1, CheckinDirection::Entry, door.scanner.id, u"n"_s});
        QVERIFY(!scanned.ok());
        QCOMPARE(scanned.error().code, ErrorCode::Forbidden);
        QCOMPARE(door.checkinRows(code), 0);
        QCOMPARE(door.db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'scanner_revoked' AND staff_id = 1"_s), 1);

        QCOMPARE(door.devices->authenticate(u"no-such-credential"_s).error().code, ErrorCode::NotFound);
        QCOMPARE(door.devices->authenticate(QString()).error().code, ErrorCode::NotFound);
    }

    void aScannersScopeEndsWithItsDay()
    {
        Door door;
        const QDate day = door.startsAt.toTimeZone(VenueSettings().zone()).date();
        const ScannerDevice daily = door.pair(u"Day scanner"_s, ScannerScope{{}, day});
        const QString dailyCredential = door.credentials.value(daily.id);
        QVERIFY(door.devices->authenticate(dailyCredential).ok());
        QCOMPARE(door.devices->scannableShows(daily.id)->size(), 1);
        QCOMPARE(door.devices->scannableShows(door.scanner.id)->constFirst().id, 1);

        door.db.clock.set(QDateTime(day.addDays(1), QTime(0, 0), VenueSettings().zone()));
        QCOMPARE(door.devices->authenticate(dailyCredential).error().code, ErrorCode::Forbidden);
        QCOMPARE(door.devices->authenticate(door.credentials.value(door.scanner.id)).error().code,
                 ErrorCode::Forbidden);
        QVERIFY(door.devices->scannableShows(daily.id)->isEmpty());
    }

    void devicesAreListedWithTheirLastUse()
    {
        Door door;
        QVERIFY(door.devices->devices()->constFirst().lastUsedAt.isNull());
        door.db.clock.advance(5000);
        door.scan(door.sellOne(u"A1"_s));
        auto listed = door.devices->devices();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->constFirst().name, u"Door 1"_s);
        QCOMPARE(listed->constFirst().lastUsedAt, door.db.clock.now());
        QCOMPARE(listed->constFirst().createdByName, u"Mona"_s);
        QCOMPARE(listed->constFirst().scope.shows, QList<qint64>{1});
    }

    void doorSettingsAreValidatedAndForManagers()
    {
        Door door;
        QCOMPARE(door.checkins->venueSettings().value(), CheckinSettings{});
        QCOMPARE(door.checkins->saveVenueSettings({-1, false}, door.money->manager).error().code,
                 ErrorCode::InvalidField);
        QCOMPARE(door.checkins->saveVenueSettings({20, true}, door.money->cashier).error().code, ErrorCode::Forbidden);
        QVERIFY(door.checkins->saveVenueSettings({20, true}, door.money->manager).ok());
        QCOMPARE(door.checkins->venueSettings().value(), (CheckinSettings{20, true}));
        QVERIFY(door.checkins->saveShowOverride(1, {45, false}, door.money->manager).ok());
        QCOMPARE(door.checkins->settingsFor(1).value(), (CheckinSettings{45, false}));
        QCOMPARE(door.checkins->settingsFor(2).value(), (CheckinSettings{20, true}));
        QCOMPARE(door.checkins->saveShowOverride(99, {}, door.money->manager).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_Checkin)
#include "tst_checkin.moc"
