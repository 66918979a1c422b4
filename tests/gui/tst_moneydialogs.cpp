// A manager's money at the counter: refunds and exchanges of paid bookings, through the dialogs.
#include "bookingswindow.h"
#include "displaynames.h"
#include "exchangedialog.h"
#include "manageractions.h"
#include "moneytestfixture.h"
#include "paymentledger.h"
#include "refunddialog.h"
#include "screenshot.h"
#include "seatmapwidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

class tst_MoneyDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<MoneyTestFixture>();
        QVERIFY(m_fixture->valid);
    }

    void cleanup() { m_fixture.reset(); }

    void aManagerRefundsOneSeatGivingAReason()
    {
        const Booking booking = paidBooking({u"C3"_s, u"C4"_s}, u"card"_s);
        const qint64 seatPrice = booking.seats.constFirst().priceCents;
        RefundDialog dialog(*m_fixture->backend, booking, manager());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.money().has_value());
        QCOMPARE(child<QLabel>(dialog, u"paidLabel"_s)->text(), formatMoney(booking.totalCents));
        QCOMPARE(child<QLabel>(dialog, u"methodLabel"_s)->text(), paymentMethodName(u"card"_s));
        QCOMPARE(dialog.amountToRefund(), booking.totalCents);

        dialog.setSeatChecked(u"C4"_s, false);
        QCOMPARE(dialog.selectedSeats(), QStringList{u"C3"_s});
        QVERIFY(!child<QCheckBox>(dialog, u"refundAllSeats"_s)->isChecked());
        QCOMPARE(child<QLabel>(dialog, u"toRefundLabel"_s)->text(), formatMoney(seatPrice));
        auto *refund = child<QPushButton>(dialog, u"refundButton"_s);
        QVERIFY2(!refund->isEnabled(), "a refund without a reason");

        QSignalSpy refunded(&dialog, &RefundDialog::refunded);
        QTest::keyClicks(child<QLineEdit>(dialog, u"refundReason"_s), u"Customer fell ill"_s);
        QVERIFY(refund->isEnabled());
        QTest::mouseClick(refund, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(refunded.count(), 1, 10000);
        const auto result = refunded.constFirst().constFirst().value<RefundResult>();
        QCOMPARE(result.refundedCents, seatPrice);
        QCOMPARE(result.seats, QStringList{u"C3"_s});
        QVERIFY2(dialog.messageText().contains(formatMoney(seatPrice)), qPrintable(dialog.messageText()));
        // Mid-sentence, in the case the language writes it there (English: lower case).
        QVERIFY2(dialog.messageText().contains(u" by card"_s), qPrintable(dialog.messageText()));

        QCOMPARE(m_fixture->status(m_fixture->show.id, u"C3"_s), SeatStatus::Available);
        QCOMPARE(m_fixture->status(m_fixture->show.id, u"C4"_s), SeatStatus::Booked);
        auto money = PaymentLedger(*m_fixture->database).bookingMoney(booking.reference);
        QVERIFY(money.ok());
        QCOMPARE(money->refundedCents, seatPrice);
        QCOMPARE(money->balanceCents, booking.totalCents - seatPrice);
        QCOMPARE(money->lines.constLast().reason, u"Customer fell ill"_s);
        QCOMPARE(money->lines.constLast().method, u"card"_s);
    }

    void theBookingsWindowOpensTheRefundWithTheSelectedSeats()
    {
        const Booking booking = paidBooking({u"D1"_s, u"D2"_s}, u"cash"_s);
        QVERIFY(m_fixture->signInCashier());
        std::optional<StaffMember> authorising;
        m_fixture->approval->setOverrideProvider([&authorising](const QString &, QWidget *) { return authorising; });
        ManagerActions actions(*m_fixture->backend, *m_fixture->approval);
        BookingsWindow window(*m_fixture->backend, *m_fixture->approval, actions);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &BookingsWindow::bookingShown);
        window.openBooking(booking.reference);
        QTRY_COMPARE(shown.count(), 1);
        auto *refundButton = window.findChild<QPushButton *>(u"refundButton"_s);
        // A cashier may ask; without a manager's PIN no refund opens.
        QTRY_VERIFY(refundButton->isEnabled());
        QTest::mouseClick(refundButton, Qt::LeftButton);
        QVERIFY(!window.findChild<RefundDialog *>());
        authorising = m_fixture->manager;
        QTest::mouseClick(refundButton, Qt::LeftButton);
        auto *dialog = window.findChild<RefundDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->selectedSeats(), (QStringList{u"D1"_s, u"D2"_s}));
        // Signing out closes it: nobody refunds under the cashier's and manager's names after they left.
        QPointer<RefundDialog> guard(dialog);
        m_fixture->staffSession->lock();
        QTRY_VERIFY(guard.isNull());
    }

    void anExchangeMovesTheSeatsAndCollectsTheDifference()
    {
        const Booking booking = paidBooking({u"E5"_s}, u"cash"_s);
        ExchangeDialog dialog(*m_fixture->backend, booking, manager());
        dialog.resize(1100, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.targetSnapshot().has_value());
        QCOMPARE(dialog.targetShow(), m_fixture->show.id);

        // Two seats for the one given up: the second one's price is to be collected.
        dialog.seatMap()->setSelectedSeats({u"H7"_s, u"H8"_s});
        QTRY_COMPARE(dialog.difference(), seatPrice(u"H7"_s) + seatPrice(u"H8"_s) - booking.totalCents);
        const qint64 due = dialog.difference();
        QVERIFY(due > 0);
        QVERIFY(child<QLabel>(dialog, u"differenceLabel"_s)->text().contains(formatMoney(due)));
        auto *exchange = child<QPushButton>(dialog, u"exchangeButton"_s);
        QVERIFY2(!exchange->isEnabled(), "an exchange without a reason");
        QTest::keyClicks(child<QLineEdit>(dialog, u"exchangeReason"_s), u"Wants to sit with a friend"_s);
        auto *tendered = child<QLineEdit>(dialog, u"tenderedEdit"_s);
        tendered->setText(Currency().plainNumber(due - 1));
        QVERIFY2(!exchange->isEnabled(), "too little cash for the difference");
        tendered->setText(Currency().plainNumber(due + 500));
        QVERIFY(exchange->isEnabled());

        QSignalSpy exchanged(&dialog, &ExchangeDialog::exchanged);
        QTest::mouseClick(exchange, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exchanged.count(), 1, 10000);
        const auto result = exchanged.constFirst().constFirst().value<ExchangeResult>();
        QCOMPARE(result.differenceCents, due);
        QCOMPARE(result.changeCents, 500);
        QVERIFY2(dialog.messageText().contains(formatMoney(500)), qPrintable(dialog.messageText()));
        QCOMPARE(m_fixture->status(m_fixture->show.id, u"E5"_s), SeatStatus::Available);
        QCOMPARE(m_fixture->status(m_fixture->show.id, u"H7"_s), SeatStatus::Booked);
        QCOMPARE(m_fixture->status(m_fixture->show.id, u"H8"_s), SeatStatus::Booked);
        auto stored = m_fixture->catalog->booking(result.reference);
        QVERIFY(stored.ok());
        QStringList live;
        for (const BookedSeat &seat : stored->seats) {
            if (!seat.released)
                live.append(seat.label);
        }
        live.sort();
        QCOMPARE(live, (QStringList{u"H7"_s, u"H8"_s}));
    }

    void anExchangeSellsEachNewSeatAsThePickedTicketType()
    {
        Booking booking = m_fixture->book(m_fixture->show.id, {u"E7"_s}, u"Asha Rao"_s, {{u"E7"_s, u"child"_s}});
        QVERIFY(booking.id > 0);
        ExchangeDialog dialog(*m_fixture->backend, booking, manager());
        dialog.resize(1100, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.targetSnapshot().has_value());
        dialog.seatMap()->setSelectedSeats({u"H9"_s});
        // The new seat keeps the child's ticket by default.
        auto *picker = child<QComboBox>(dialog, u"ticketType_H9"_s);
        QCOMPARE(picker->currentData().toString(), u"child"_s);
        QVERIFY(picker->findData(u"adult"_s) >= 0 && picker->findData(u"concession"_s) >= 0);
        QCOMPARE(dialog.difference(), seatPrice(u"H9"_s, u"child"_s) - booking.totalCents);

        // What the combo box does when the manager picks an entry.
        picker->setCurrentIndex(picker->findData(u"concession"_s));
        emit picker->activated(picker->currentIndex());
        QTRY_COMPARE(dialog.ticketTypesForTargets().value(u"H9"_s), u"concession"_s);
        const qint64 due = seatPrice(u"H9"_s, u"concession"_s) - booking.totalCents;
        QVERIFY(due > 0);
        QCOMPARE(dialog.difference(), due);
        QTRY_VERIFY(child<QLabel>(dialog, u"differenceLabel"_s)->text().contains(formatMoney(due)));
        QCOMPARE(child<QComboBox>(dialog, u"ticketType_H9"_s)->currentData().toString(), u"concession"_s);

        child<QLineEdit>(dialog, u"exchangeReason"_s)->setText(u"Turned out to be a student"_s);
        child<QRadioButton>(dialog, u"cardRadio"_s)->setChecked(true);
        QSignalSpy exchanged(&dialog, &ExchangeDialog::exchanged);
        QTest::mouseClick(child<QPushButton>(dialog, u"exchangeButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exchanged.count(), 1, 10000);
        QCOMPARE(exchanged.constFirst().constFirst().value<ExchangeResult>().differenceCents, due);
        auto stored = m_fixture->catalog->booking(booking.reference);
        QVERIFY(stored.ok());
        bool found = false;
        for (const BookedSeat &seat : stored->seats) {
            if (seat.label == u"H9"_s && !seat.released) {
                found = true;
                QCOMPARE(seat.ticketType, u"concession"_s);
                QCOMPARE(seat.priceCents, seatPrice(u"H9"_s, u"concession"_s));
            }
        }
        QVERIFY(found);
    }

    void anExchangeToSeatsTakenMeanwhileChangesNothing()
    {
        const Booking booking = paidBooking({u"F5"_s}, u"card"_s);
        ExchangeDialog dialog(*m_fixture->backend, booking, manager());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.targetSnapshot().has_value());
        dialog.seatMap()->setSelectedSeats({u"G9"_s});
        QTRY_COMPARE(dialog.seatsToGiveUp(), QStringList{u"F5"_s});
        child<QLineEdit>(dialog, u"exchangeReason"_s)->setText(u"Better view"_s);
        child<QRadioButton>(dialog, u"cardRadio"_s)->setChecked(true);
        // A web customer holds the target seat after the dialog read the map.
        QVERIFY(m_fixture->reservations
                    ->holdSeats(m_fixture->show.id, {u"G9"_s}, u"web:someone"_s, std::chrono::seconds(600), Channel::Web)
                    .ok());
        QSignalSpy exchanged(&dialog, &ExchangeDialog::exchanged);
        QTest::mouseClick(child<QPushButton>(dialog, u"exchangeButton"_s), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(dialog.messageText().contains(u"G9"_s), qPrintable(dialog.messageText()), 10000);
        QCOMPARE(exchanged.count(), 0);
        QCOMPARE(m_fixture->status(m_fixture->show.id, u"F5"_s), SeatStatus::Booked);
    }

    void screenshot()
    {
        // One seat of two ticked for a refund, with its reason, before the manager confirms.
        const Booking booking = paidBooking({u"C3"_s, u"C4"_s}, u"cash"_s);
        RefundDialog dialog(*m_fixture->backend, booking, manager());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.money().has_value());
        dialog.setSeatChecked(u"C4"_s, false);
        QTest::keyClicks(child<QLineEdit>(dialog, u"refundReason"_s), u"Friend cannot come"_s);
        QCOMPARE(child<QLabel>(dialog, u"toRefundLabel"_s)->text(), formatMoney(booking.seats.constFirst().priceCents));
        QVERIFY(child<QPushButton>(dialog, u"refundButton"_s)->isEnabled());
        QVERIFY(keepScreenshot(dialog.grab().toImage()));
    }

private:
    /// A counter sale paid by `method`.
    Booking paidBooking(const QStringList &seats, const QString &method)
    {
        Booking booking = m_fixture->book(m_fixture->show.id, seats, u"Asha Rao"_s);
        if (booking.reference.isEmpty())
            qFatal("booking failed");
        // The counter sale's payment line says cash; the test wants it paid by `method`.
        m_fixture->database->run(u"UPDATE bookings SET payment_method = ? WHERE id = ?"_s, {method, booking.id});
        m_fixture->database->run(u"UPDATE payments SET method = ? WHERE booking_id = ?"_s, {method, booking.id});
        booking.paymentMethod = method;
        return booking;
    }

    qint64 seatPrice(const QString &label, const QString &ticketType = u"adult"_s) const
    {
        auto snapshot = m_fixture->catalog->snapshot(m_fixture->show.id);
        for (const SeatState &seat : snapshot->seats) {
            if (seat.seat.label == label)
                return snapshot->show.priceFor(seat.seat.category, ticketType).value_or(seat.priceCents);
        }
        return -1;
    }

    static StaffActor manager() { return StaffActor{0, ManagerTestFixture::managerName, 0, {}}; }

    std::unique_ptr<MoneyTestFixture> m_fixture;
};

QTEST_MAIN(tst_MoneyDialogs)
#include "tst_moneydialogs.moc"
