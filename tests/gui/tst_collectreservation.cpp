// A web reservation paid at the counter: found by a scan, a reference or a name, paid in cash
// with change, and the counter that comes second told who was first.
#include "bookingreference.h"
#include "collectreservationdialog.h"
#include "displaynames.h"
#include "moneytestfixture.h"
#include "paymentledger.h"
#include "screenshot.h"
#include "staffservice.h"
#include "ticketcode.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

class tst_CollectReservation : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<MoneyTestFixture>();
        QVERIFY(m_fixture->valid);
        m_dialog = std::make_unique<CollectReservationDialog>(*m_fixture->backend, cashier());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_fixture.reset();
    }

    void aScannedReservationOpensAtOnceAndIsPaidInCash()
    {
        const Booking reservation = reserve({u"B7"_s, u"B8"_s}, u"Lena Vogel"_s);
        QCOMPARE(reservation.paymentState, PaymentState::Reserved);

        // A keyboard-wedge scanner types the QR code's text and presses Enter.
        auto *search = child<QLineEdit>(*m_dialog, u"reservationSearch"_s);
        search->setFocus();
        QTest::keyClicks(search, BookingReference::scanCode(reservation.reference));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(m_dialog->currentReservation().has_value());
        QCOMPARE(m_dialog->currentReservation()->reference, reservation.reference);
        QVERIFY(m_dialog->isVisible());
        auto *tendered = child<QLineEdit>(*m_dialog, u"tenderedEdit"_s);
        QTRY_VERIFY(tendered->hasFocus());
        QVERIFY(child<QLabel>(*m_dialog, u"reservationDetails"_s)->text().contains(u"B7"_s));

        QSignalSpy collected(m_dialog.get(), &CollectReservationDialog::collected);
        QTest::keyClicks(tendered, Currency().plainNumber(reservation.totalCents + 700));
        QTest::mouseClick(child<QPushButton>(*m_dialog, u"collectButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(collected.count(), 1, 10000);
        QVERIFY2(m_dialog->messageText().contains(formatMoney(700)), qPrintable(m_dialog->messageText()));
        QCOMPARE(m_dialog->lastCollected()->paymentState, PaymentState::Paid);
        // Nothing is due any more: no second "change" of the whole cash handed over beside the message.
        QVERIFY(child<QWidget>(*m_dialog, u"paymentPanel"_s)->isHidden());

        auto stored = m_fixture->catalog->booking(reservation.reference);
        QCOMPARE(stored->paymentState, PaymentState::Paid);
        auto money = PaymentLedger(*m_fixture->database).bookingMoney(reservation.reference);
        QCOMPARE(money->paidCents, reservation.totalCents);
        QCOMPARE(money->lines.constLast().method, u"cash"_s);
        QCOMPARE(money->lines.constLast().tenderedCents, reservation.totalCents + 700);

        // The tickets print or save as after a counter sale.
        QSignalSpy save(m_dialog.get(), &CollectReservationDialog::savePdfRequested);
        auto *savePdf = child<QPushButton>(*m_dialog, u"savePdfButton"_s);
        QVERIFY(savePdf->isEnabled());
        QTest::mouseClick(savePdf, Qt::LeftButton);
        QCOMPARE(save.count(), 1);
        QCOMPARE(save.constFirst().constFirst().value<Booking>().reference, reservation.reference);
    }

    void aScannedTicketCodeOpensItsReservation()
    {
        // The customer shows one ticket's QR code on the web confirmation instead of the reference.
        reserve({u"B3"_s}, u"Lena Vogel"_s);
        const Booking reservation = reserve({u"B4"_s, u"B5"_s}, u"Lena Vogel"_s);
        const auto stored = m_fixture->catalog->booking(reservation.reference);
        QVERIFY(stored.ok());
        const QString code = stored->seats.at(1).ticketCode;
        QCOMPARE(code.size(), TicketCode::length);
        auto *search = child<QLineEdit>(*m_dialog, u"reservationSearch"_s);
        search->setFocus();
        QTest::keyClicks(search, TicketCode::qrText(code));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(m_dialog->currentReservation().has_value());
        QCOMPARE(m_dialog->currentReservation()->reference, reservation.reference);
        QCOMPARE(child<QTableWidget>(*m_dialog, u"reservationResults"_s)->rowCount(), 1);
        // As sure as a scanned reference: straight on to the money.
        auto *tendered = child<QLineEdit>(*m_dialog, u"tenderedEdit"_s);
        QTRY_VERIFY(tendered->hasFocus());

        QSignalSpy collected(m_dialog.get(), &CollectReservationDialog::collected);
        QTest::keyClicks(tendered, Currency().plainNumber(reservation.totalCents));
        QTest::mouseClick(child<QPushButton>(*m_dialog, u"collectButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(collected.count(), 1, 10000);
        // The tickets it prints carry each seat's code for the door.
        QSignalSpy save(m_dialog.get(), &CollectReservationDialog::savePdfRequested);
        QTest::mouseClick(child<QPushButton>(*m_dialog, u"savePdfButton"_s), Qt::LeftButton);
        QCOMPARE(save.count(), 1);
        const Booking saved = save.constFirst().constFirst().value<Booking>();
        QCOMPARE(saved.seats.size(), 2);
        for (const BookedSeat &seat : saved.seats) {
            const auto same = std::find_if(stored->seats.cbegin(), stored->seats.cend(),
                                           [&](const BookedSeat &each) { return each.label == seat.label; });
            QVERIFY(same != stored->seats.cend());
            QCOMPARE(seat.ticketCode, same->ticketCode);
        }
    }

    void tooLittleCashTakesNothing()
    {
        const Booking reservation = reserve({u"C1"_s}, u"Omar Haddad"_s);
        m_dialog->search(reservation.reference.toLower());
        QTRY_VERIFY(m_dialog->currentReservation().has_value());
        child<QLineEdit>(*m_dialog, u"tenderedEdit"_s)->setText(Currency().plainNumber(reservation.totalCents - 1));
        QVERIFY(!child<QPushButton>(*m_dialog, u"collectButton"_s)->isEnabled());
        m_dialog->collect();
        QVERIFY2(m_dialog->messageText().contains(u"less than the amount due"_s), qPrintable(m_dialog->messageText()));
        QCOMPARE(m_fixture->catalog->booking(reservation.reference)->paymentState, PaymentState::Reserved);
    }

    void aNameListsThatCustomersReservations()
    {
        reserve({u"D3"_s}, u"Priya Natarajan"_s);
        reserve({u"D9"_s, u"D10"_s}, u"Priya Natarajan"_s);
        reserve({u"E1"_s}, u"Someone Else"_s);
        m_dialog->search(u"natarajan"_s);
        auto *results = child<QTableWidget>(*m_dialog, u"reservationResults"_s);
        QTRY_COMPARE(results->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(results->item(row, CollectReservationDialog::CustomerColumn)->text(), u"Priya Natarajan"_s);
        // Two to choose from: nothing is opened for the cashier.
        QVERIFY(!m_dialog->currentReservation().has_value());
        results->selectRow(1);
        QVERIFY(m_dialog->currentReservation().has_value());
        QCOMPARE(m_dialog->currentReservation()->reference,
                 results->item(1, CollectReservationDialog::ReferenceColumn)->text());
    }

    void theSecondCounterIsToldWhoCollectedFirst()
    {
        const Booking first = reserve({u"F4"_s}, u"Jonas Berg"_s);
        const Booking second = reserve({u"F5"_s}, u"Jonas Berg"_s);
        auto ben = StaffService(*m_fixture->database, m_fixture->clock)
                       .addStaff(u"Ben Okafor"_s, StaffRole::Manager, u"2468"_s, ManagerTestFixture::managerName);
        QVERIFY2(ben.ok(), qPrintable(ben.ok() ? QString() : ben.error().message));
        for (const Booking &reservation : {first, second}) {
            m_dialog->search(BookingReference::scanCode(reservation.reference));
            QTRY_VERIFY(m_dialog->currentReservation().has_value()
                        && m_dialog->currentReservation()->reference == reservation.reference);
            // Another counter takes the money while this one is looking at the reservation.
            auto other = m_fixture->reservations->collectReservation(reservation.reference, u"card"_s, 0,
                                                                     StaffActor{ben->id, ben->name, 0, {}});
            QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
            QSignalSpy collected(m_dialog.get(), &CollectReservationDialog::collected);
            QTest::mouseClick(child<QPushButton>(*m_dialog, u"collectButton"_s), Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(m_dialog->messageText().contains(u"Already collected"_s),
                                      qPrintable(m_dialog->messageText()), 10000);
            QVERIFY2(m_dialog->messageText().contains(u"Ben Okafor"_s), qPrintable(m_dialog->messageText()));
            QCOMPARE(collected.count(), 0);
            QVERIFY(!child<QPushButton>(*m_dialog, u"collectButton"_s)->isEnabled());
            auto money = PaymentLedger(*m_fixture->database).bookingMoney(reservation.reference);
            QCOMPARE(money->lines.size(), 1);
        }
    }

    void anUnknownScanSaysSo()
    {
        m_dialog->search(BookingReference::scanCode(u"ZZZZ-ZZZZ"_s));
        QTRY_VERIFY(m_dialog->messageText().contains(u"No reservation matches"_s));
        QVERIFY(!child<QPushButton>(*m_dialog, u"collectButton"_s)->isEnabled());
    }

    void screenshot()
    {
        // A scanned reservation paid in cash, with the change to hand back.
        const Booking reservation = reserve({u"G7"_s, u"G8"_s}, u"Lena Vogel"_s);
        m_dialog->search(BookingReference::scanCode(reservation.reference));
        QTRY_VERIFY(m_dialog->currentReservation().has_value());
        QSignalSpy collected(m_dialog.get(), &CollectReservationDialog::collected);
        QTest::keyClicks(child<QLineEdit>(*m_dialog, u"tenderedEdit"_s), Currency().plainNumber(reservation.totalCents + 500));
        QTest::mouseClick(child<QPushButton>(*m_dialog, u"collectButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(collected.count(), 1, 10000);
        QVERIFY2(m_dialog->messageText().contains(formatMoney(500)), qPrintable(m_dialog->messageText()));
        QVERIFY(keepScreenshot(m_dialog->grab().toImage()));
    }

private:
    /// A web customer's booking: a reservation until paid at the counter.
    Booking reserve(const QStringList &seats, const QString &name)
    {
        const QString owner = u"web:test:%1"_s.arg(++m_owners);
        auto held = m_fixture->reservations->holdSeats(m_fixture->show.id, seats, owner, std::chrono::seconds(600), Channel::Web);
        if (!held.ok())
            qFatal("hold: %s", qPrintable(held.error().message));
        BookingRequest request;
        request.customer = {name, name.section(u' ', 0, 0).toLower() + u"@example.org"_s};
        request.channel = Channel::Web;
        auto booked = m_fixture->reservations->convertHoldsToBookings(owner, m_fixture->show.id, request);
        if (!booked.ok())
            qFatal("booking: %s", qPrintable(booked.error().message));
        return booked.value();
    }

    static StaffActor cashier() { return StaffActor{0, u"Asha Rao"_s, 0, {}}; }

    std::unique_ptr<MoneyTestFixture> m_fixture;
    std::unique_ptr<CollectReservationDialog> m_dialog;
    int m_owners = 0;
};

QTEST_MAIN(tst_CollectReservation)
#include "tst_collectreservation.moc"
