#include "bookingswindow.h"
#include "manageractions.h"
#include "managertestfixture.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

class tst_BookingsWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findsByReference();
    void findsByNameAndShow_data();
    void findsByNameAndShow();
    void unbookingRefusedWithoutAManager();
    void unbooksSelectedSeatsForAManager();
    void unbooksWholeBooking();
    void savesTicketsAsPdf();

private:
    /// Types into the search field and waits for the answer and, when `expectBooking`, for the
    /// single result to be shown.
    bool searchFor(const QString &text, bool expectBooking);
    QStringList column(QTableView *table, int column) const;
    bool selectSeat(const QString &label);

    std::unique_ptr<ManagerTestFixture> m_fixture;
    std::unique_ptr<ManagerActions> m_actions;
    std::unique_ptr<BookingsWindow> m_window;
    Show m_show;
    Booking m_booking;
    QTableView *m_results = nullptr;
    QTableView *m_seats = nullptr;
    int m_overridePrompts = 0;
};

void tst_BookingsWindow::init()
{
    m_fixture = std::make_unique<ManagerTestFixture>();
    QVERIFY(m_fixture->valid);
    m_show = m_fixture->futureShow();
    QVERIFY(m_show.id > 0);
    m_booking = m_fixture->book(m_show.id, {u"C4"_s, u"C5"_s, u"C6"_s}, u"Asha Rao"_s,
                                {{u"C5"_s, u"child"_s}}, u"asha@example.com"_s);
    QVERIFY(!m_booking.reference.isEmpty());
    m_fixture->book(m_show.id, {u"D1"_s}, u"Jonas Berg"_s);

    m_actions = std::make_unique<ManagerActions>(*m_fixture->backend, *m_fixture->approval);
    m_actions->setShowMessages(false);
    m_actions->setReasonProvider([](const QString &, const QString &) { return u"Double booking at the desk"_s; });
    m_overridePrompts = 0;
    QVERIFY(m_fixture->signInCashier());
    m_fixture->approval->setOverrideProvider([this](const QString &, QWidget *) {
        ++m_overridePrompts;
        return std::optional<StaffMember>{};
    });
    m_window = std::make_unique<BookingsWindow>(*m_fixture->backend, *m_fixture->approval, *m_actions);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_results = m_window->findChild<QTableView *>(u"resultsTable"_s);
    m_seats = m_window->findChild<QTableView *>(u"seatsTable"_s);
    QVERIFY(m_results && m_seats);
}

void tst_BookingsWindow::cleanup()
{
    m_window.reset();
    m_actions.reset();
    m_fixture.reset();
}

bool tst_BookingsWindow::searchFor(const QString &text, bool expectBooking)
{
    auto *edit = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    if (!edit)
        return false;
    QSignalSpy results(m_window.get(), &BookingsWindow::resultsLoaded);
    QSignalSpy shown(m_window.get(), &BookingsWindow::bookingShown);
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    if (!results.wait(10000))
        return false;
    return !expectBooking || !shown.isEmpty() || shown.wait(10000);
}

QStringList tst_BookingsWindow::column(QTableView *table, int column) const
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts.append(table->model()->index(row, column).data().toString());
    return texts;
}

bool tst_BookingsWindow::selectSeat(const QString &label)
{
    const int row = int(column(m_seats, 0).indexOf(label));
    if (row < 0)
        return false;
    m_seats->selectionModel()->select(m_seats->model()->index(row, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    return true;
}

void tst_BookingsWindow::findsByReference()
{
    QVERIFY(searchFor(m_booking.reference.toLower(), true));
    QCOMPARE(m_results->model()->rowCount(), 1);
    QCOMPARE(column(m_results, 0), QStringList{m_booking.reference});
    QVERIFY(m_window->currentBooking());
    QCOMPARE(m_window->currentBooking()->reference, m_booking.reference);
    QCOMPARE(column(m_seats, 0), (QStringList{u"C4"_s, u"C5"_s, u"C6"_s}));
    auto *reference = m_window->findChild<QLabel *>(u"referenceValue"_s);
    auto *customer = m_window->findChild<QLabel *>(u"customerValue"_s);
    QCOMPARE(reference->text(), m_booking.reference);
    QVERIFY(customer->text().contains(u"Asha Rao"_s));
    QVERIFY(m_window->findChild<QPushButton *>(u"printButton"_s)->isEnabled());
    QVERIFY(m_window->findChild<QPushButton *>(u"savePdfButton"_s)->isEnabled());
}

void tst_BookingsWindow::findsByNameAndShow_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("atLeast");
    QTest::addRow("customer name") << u"asha"_s << 1;
    QTest::addRow("customer email") << u"ASHA@example"_s << 1;
    QTest::addRow("show title") << QString() << 2;
}

void tst_BookingsWindow::findsByNameAndShow()
{
    QFETCH(QString, text);
    QFETCH(int, atLeast);
    if (text.isEmpty())
        text = m_show.title;
    QVERIFY(searchFor(text, false));
    QVERIFY(m_results->model()->rowCount() >= atLeast);
    QVERIFY(column(m_results, 0).contains(m_booking.reference));

    QVERIFY(searchFor(u"nobody-has-this-name"_s, false));
    QCOMPARE(m_results->model()->rowCount(), 0);
}

void tst_BookingsWindow::unbookingRefusedWithoutAManager()
{
    QVERIFY(searchFor(m_booking.reference, true));
    QVERIFY(selectSeat(u"C5"_s));
    auto *unbookSeats = m_window->findChild<QPushButton *>(u"unbookSeatsButton"_s);
    auto *unbookBooking = m_window->findChild<QPushButton *>(u"unbookBookingButton"_s);
    QVERIFY(unbookSeats->isEnabled());
    QSignalSpy refused(m_actions.get(), &ManagerActions::refused);
    QTest::mouseClick(unbookSeats, Qt::LeftButton);
    QTest::mouseClick(unbookBooking, Qt::LeftButton);
    QCOMPARE(refused.count(), 2);
    QCOMPARE(m_overridePrompts, 2);
    QCOMPARE(m_fixture->status(m_show.id, u"C5"_s), SeatStatus::Booked);
    QCOMPARE(m_fixture->status(m_show.id, u"C4"_s), SeatStatus::Booked);
    QVERIFY(!m_fixture->catalog->booking(m_booking.reference)->cancelled);
}

void tst_BookingsWindow::unbooksSelectedSeatsForAManager()
{
    QVERIFY(m_fixture->signInManager());
    QVERIFY(searchFor(m_booking.reference, true));
    QVERIFY(selectSeat(u"C5"_s));
    QVERIFY(selectSeat(u"C6"_s));
    QSignalSpy finished(m_actions.get(), &ManagerActions::finished);
    QSignalSpy shown(m_window.get(), &BookingsWindow::bookingShown);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"unbookSeatsButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));

    QCOMPARE(m_fixture->status(m_show.id, u"C4"_s), SeatStatus::Booked);
    QCOMPARE(m_fixture->status(m_show.id, u"C5"_s), SeatStatus::Available);
    QCOMPARE(m_fixture->status(m_show.id, u"C6"_s), SeatStatus::Available);
    auto audit = m_fixture->catalog->auditLog(1);
    QVERIFY(audit.ok() && !audit->isEmpty());
    QCOMPARE(audit->first().actor, ManagerTestFixture::managerName);
    QCOMPARE(audit->first().reason, u"Double booking at the desk"_s);

    // The window re-reads the booking and shows the seats as unbooked.
    QTRY_VERIFY_WITH_TIMEOUT(column(m_seats, 4).count(u"Unbooked"_s) == 2, 10000);
    QCOMPARE(m_window->findChild<QLabel *>(u"stateValue"_s)->text(), u"Partly unbooked"_s);
}

void tst_BookingsWindow::unbooksWholeBooking()
{
    QVERIFY(m_fixture->signInManager());
    QVERIFY(searchFor(m_booking.reference, true));
    QSignalSpy finished(m_actions.get(), &ManagerActions::finished);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"unbookBookingButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(1).toBool());
    for (const QString &label : {u"C4"_s, u"C5"_s, u"C6"_s})
        QCOMPARE(m_fixture->status(m_show.id, label), SeatStatus::Available);
    QVERIFY(m_fixture->catalog->booking(m_booking.reference)->cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->findChild<QLabel *>(u"stateValue"_s)->text(), u"Cancelled"_s, 10000);
    QVERIFY(!m_window->findChild<QPushButton *>(u"unbookBookingButton"_s)->isEnabled());
}

void tst_BookingsWindow::savesTicketsAsPdf()
{
    QVERIFY(searchFor(m_booking.reference, true));
    QTemporaryDir dir;
    QString suggested;
    m_window->setSavePathProvider([&](const QString &name) {
        suggested = name;
        return dir.filePath(u"tickets"_s);
    });
    QSignalSpy saved(m_window.get(), &BookingsWindow::pdfSaved);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"savePdfButton"_s), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    QVERIFY(suggested.contains(m_booking.reference));
    QFile pdf(dir.filePath(u"tickets.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

QTEST_MAIN(tst_BookingsWindow)
#include "tst_bookingswindow.moc"
