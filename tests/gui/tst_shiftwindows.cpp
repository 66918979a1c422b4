#include "closeshiftdialog.h"
#include "dayclosewindow.h"
#include "displaynames.h"
#include "managertestfixture.h"
#include "openshiftdialog.h"
#include "screenshot.h"
#include "shiftservice.h"
#include "shiftswindow.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

class tst_ShiftWindows : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aShiftClosesWithADifferenceOnlyWithItsNote();
    void theShiftDialogsReadAmountsAsTheCashierTypesThem();
    void dayCloseIsRefusedWhileAShiftIsOpen();
    void theDaysReportIsSavedAsCsvAndPdf();
    void aManagerReopensAShiftWithAReason();
    void screenshotCloseShift();
    void screenshotDayClose();

private:
    StaffActor addStaff(const QString &name, const QString &role);
    qint64 addBooking();
    void addPayment(qint64 shift, const StaffActor &staff, const QString &method, qint64 cents);
    qint64 scalar(const QString &sql, const QVariantList &values = {}) const;

    std::unique_ptr<ManagerTestFixture> m_fixture;
    std::unique_ptr<ShiftService> m_shifts;
    StaffActor m_cashier;
    StaffActor m_manager;
    QTemporaryDir m_files;
};

void tst_ShiftWindows::init()
{
    setVenueZone(QTimeZone::utc());
    m_fixture = std::make_unique<ManagerTestFixture>();
    QVERIFY(m_fixture->valid);
    m_shifts = std::make_unique<ShiftService>(*m_fixture->database, m_fixture->clock);
    m_cashier = addStaff(u"Carl"_s, u"cashier"_s);
    m_manager = addStaff(u"Maria"_s, u"manager"_s);
}

void tst_ShiftWindows::cleanup()
{
    m_shifts.reset();
    m_fixture.reset();
    setVenueZone(QTimeZone::systemTimeZone());
}

StaffActor tst_ShiftWindows::addStaff(const QString &name, const QString &role)
{
    auto id = m_fixture->database->insert(u"INSERT INTO staff (name, role, secret_hash, created_at) VALUES (?, ?, 'x', 0)"_s,
                                          {name, role});
    StaffActor actor;
    actor.staffId = id.ok() ? id.value() : 0;
    actor.name = name;
    return actor;
}

qint64 tst_ShiftWindows::addBooking()
{
    const qint64 show = m_fixture->showsToday().value(0).id;
    auto id = m_fixture->database->insert(u"INSERT INTO bookings (reference, show_id, owner, channel, created_at,"
                                          " total_cents) VALUES (?, ?, 'test', 'counter', 0, 0)"_s,
                                          {u"SHIFT%1"_s.arg(scalar(u"SELECT COUNT(*) FROM bookings"_s)), show});
    return id.ok() ? id.value() : 0;
}

void tst_ShiftWindows::addPayment(qint64 shift, const StaffActor &staff, const QString &method, qint64 cents)
{
    auto added = m_fixture->database->run(u"INSERT INTO payments (booking_id, at, kind, method, amount_cents, shift_id,"
                                          " staff_id) VALUES (?, ?, 'payment', ?, ?, ?, ?)"_s,
                                          {addBooking(), m_fixture->clock.now().toMSecsSinceEpoch(), method, cents,
                                           shift, staff.staffId});
    QVERIFY(added.ok());
}

qint64 tst_ShiftWindows::scalar(const QString &sql, const QVariantList &values) const
{
    auto rows = m_fixture->database->run(sql, values);
    return rows.ok() && rows.value().next() ? rows.value().value(0).toLongLong() : -1;
}

void tst_ShiftWindows::aShiftClosesWithADifferenceOnlyWithItsNote()
{
    OpenShiftDialog open(*m_fixture->backend, m_cashier);
    QSignalSpy opened(&open, &OpenShiftDialog::shiftOpened);
    open.findChild<QLineEdit *>(u"floatAmount"_s)->setText(u"100.00"_s);
    QTest::mouseClick(open.findChild<QPushButton *>(u"openButton"_s), Qt::LeftButton);
    QVERIFY(opened.wait(10000));
    const Shift shift = opened.at(0).at(0).value<Shift>();
    QCOMPARE(shift.floatCents, 10000);
    addPayment(shift.id, m_cashier, u"cash"_s, 2500);
    addPayment(shift.id, m_cashier, u"card"_s, 4000);

    CloseShiftDialog close(*m_fixture->backend, m_cashier);
    QSignalSpy loaded(&close, &CloseShiftDialog::shiftLoaded);
    QVERIFY(loaded.wait(10000));
    auto *comparison = close.findChild<QTableWidget *>(u"comparison"_s);
    auto *closeButton = close.findChild<QPushButton *>(u"closeShiftButton"_s);
    auto *note = close.findChild<QPlainTextEdit *>(u"note"_s);
    // Blind: nothing expected is on show before the count.
    QVERIFY(comparison->isHidden());
    QVERIFY(!close.statusText().contains(formatMoney(12500)));
    QVERIFY(!closeButton->isEnabled());

    close.findChild<QLineEdit *>(u"countedCash"_s)->setText(u"120.00"_s);
    close.findChild<QLineEdit *>(u"countedCard"_s)->setText(u"40"_s);
    QSignalSpy counted(&close, &CloseShiftDialog::countRecorded);
    QTest::mouseClick(close.findChild<QPushButton *>(u"countButton"_s), Qt::LeftButton);
    QVERIFY(counted.wait(10000));
    QVERIFY(!comparison->isHidden());
    QCOMPARE(comparison->item(0, 1)->data(Qt::UserRole).toLongLong(), 12500);
    QCOMPARE(comparison->item(0, 2)->data(Qt::UserRole).toLongLong(), 12000);
    QCOMPARE(comparison->item(0, 3)->data(Qt::UserRole).toLongLong(), -500);
    QCOMPARE(comparison->item(1, 3)->data(Qt::UserRole).toLongLong(), 0);
    QVERIFY(!note->isHidden());
    QVERIFY(!closeButton->isEnabled());

    note->setPlainText(u"a five went with a refund"_s);
    QVERIFY(closeButton->isEnabled());
    QSignalSpy closed(&close, &CloseShiftDialog::shiftClosed);
    QTest::mouseClick(closeButton, Qt::LeftButton);
    QVERIFY(closed.wait(10000));
    auto stored = m_shifts->shift(shift.id);
    QVERIFY(!stored->isOpen());
    QCOMPARE(stored->closeNote, u"a five went with a refund"_s);
    QCOMPARE(*stored->counted, (DrawerSums{12000, 4000}));
}

void tst_ShiftWindows::theShiftDialogsReadAmountsAsTheCashierTypesThem()
{
    OpenShiftDialog open(*m_fixture->backend, m_cashier);
    QSignalSpy opened(&open, &OpenShiftDialog::shiftOpened);
    auto *floatAmount = open.findChild<QLineEdit *>(u"floatAmount"_s);
    auto *openButton = open.findChild<QPushButton *>(u"openButton"_s);
    floatAmount->setText(u"100.005"_s);
    QTest::mouseClick(openButton, Qt::LeftButton);
    QVERIFY2(open.errorText().contains(u"at most 2 decimals"_s), qPrintable(open.errorText()));
    QCOMPARE(opened.count(), 0);
    // A comma marks the decimals as at the payment panel, whatever the locale.
    floatAmount->setText(u"100,50"_s);
    QTest::mouseClick(openButton, Qt::LeftButton);
    QVERIFY(opened.wait(10000));
    const Shift shift = opened.at(0).at(0).value<Shift>();
    QCOMPARE(shift.floatCents, 10050);

    CloseShiftDialog close(*m_fixture->backend, m_cashier);
    QSignalSpy loaded(&close, &CloseShiftDialog::shiftLoaded);
    QVERIFY(loaded.wait(10000));
    auto *cash = close.findChild<QLineEdit *>(u"countedCash"_s);
    auto *countButton = close.findChild<QPushButton *>(u"countButton"_s);
    QSignalSpy counted(&close, &CloseShiftDialog::countRecorded);
    cash->setText(u"-3"_s);
    QTest::mouseClick(countButton, Qt::LeftButton);
    QVERIFY2(close.statusText().contains(u"no sign"_s), qPrintable(close.statusText()));
    QVERIFY(countButton->isEnabled());
    QVERIFY(!m_shifts->shift(shift.id)->counted.has_value());
    cash->setText(u"100,5"_s);
    QTest::mouseClick(countButton, Qt::LeftButton);
    QVERIFY(counted.wait(10000));
    QCOMPARE(*m_shifts->shift(shift.id)->counted, (DrawerSums{10050, 0}));
}

void tst_ShiftWindows::dayCloseIsRefusedWhileAShiftIsOpen()
{
    auto shift = m_shifts->openShift(m_cashier, 5000, u"Counter 1"_s);
    QVERIFY(shift.ok());
    DayCloseWindow window(*m_fixture->backend, m_manager);
    QSignalSpy loaded(&window, &DayCloseWindow::reportLoaded);
    QVERIFY(loaded.wait(10000));
    QSignalSpy failed(&window, &DayCloseWindow::failed);
    QTest::mouseClick(window.findChild<QPushButton *>(u"closeDayButton"_s), Qt::LeftButton);
    QVERIFY(failed.wait(10000));
    QVERIFY2(window.statusText().contains(u"Carl"_s), qPrintable(window.statusText()));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM day_closes"_s), 0);

    QVERIFY(m_shifts->countShift(shift->id, {5000, 0}, m_cashier).ok());
    QVERIFY(m_shifts->closeShift(shift->id, QString(), m_cashier).ok());
    QSignalSpy closed(&window, &DayCloseWindow::dayClosed);
    QTest::mouseClick(window.findChild<QPushButton *>(u"closeDayButton"_s), Qt::LeftButton);
    QVERIFY(closed.wait(10000));
    QCOMPARE(scalar(u"SELECT staff_id FROM day_closes WHERE day = ?"_s, {window.day().toString(Qt::ISODate)}),
             m_manager.staffId);
    QVERIFY(!window.findChild<QPushButton *>(u"closeDayButton"_s)->isEnabled());
}

void tst_ShiftWindows::theDaysReportIsSavedAsCsvAndPdf()
{
    auto shift = m_shifts->openShift(m_cashier, 0, u"Counter 1"_s);
    addPayment(shift->id, m_cashier, u"cash"_s, 1250);
    addPayment(shift->id, m_cashier, u"card"_s, 3075);
    DayCloseWindow window(*m_fixture->backend, m_manager);
    QSignalSpy loaded(&window, &DayCloseWindow::reportLoaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(window.report().total.netCents(), 1250 + 3075);

    const QString csvPath = m_files.filePath(u"day.csv"_s);
    const QString pdfPath = m_files.filePath(u"day.pdf"_s);
    window.setSavePathProvider([&](const QString &suggested, const QString &) {
        return suggested.endsWith(u".pdf"_s) ? pdfPath : csvPath;
    });
    QVERIFY(window.exportCsv());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY2(text.contains(u"Cashier,Carl,43.25,0.00,0.00,43.25"_s), qPrintable(text));
    QVERIFY2(text.contains(u",30.75,0.00,0.00,30.75"_s), qPrintable(text));
    QVERIFY(window.exportPdf());
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void tst_ShiftWindows::aManagerReopensAShiftWithAReason()
{
    auto shift = m_shifts->openShift(m_cashier, 5000, u"Counter 1"_s);
    QVERIFY(m_shifts->countShift(shift->id, {5100, 0}, m_cashier).ok());
    QVERIFY(m_shifts->closeShift(shift->id, u"one euro too many"_s, m_cashier).ok());

    ShiftsWindow asCashier(*m_fixture->backend, m_cashier);
    asCashier.setReasonProvider([](const Shift &) { return u"recount"_s; });
    QSignalSpy cashierLoaded(&asCashier, &ShiftsWindow::shiftsLoaded);
    QVERIFY(cashierLoaded.wait(10000));
    asCashier.findChild<QTableWidget *>(u"shiftTable"_s)->selectRow(0);
    QSignalSpy refused(&asCashier, &ShiftsWindow::failed);
    asCashier.reopenSelected();
    QVERIFY(refused.wait(10000));
    QVERIFY(!m_shifts->shift(shift->id)->isOpen());

    ShiftsWindow window(*m_fixture->backend, m_manager);
    QSignalSpy loaded(&window, &ShiftsWindow::shiftsLoaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(window.shifts().size(), 1);
    QCOMPARE(window.findChild<QTableWidget *>(u"shiftTable"_s)->item(0, 9)->text(), u"one euro too many"_s);
    window.findChild<QTableWidget *>(u"shiftTable"_s)->selectRow(0);
    window.setReasonProvider([](const Shift &) { return QString(); });
    window.reopenSelected();
    QVERIFY(window.statusText().contains(u"reason"_s));
    window.setReasonProvider([](const Shift &) { return u"a card slip turned up"_s; });
    QSignalSpy reopened(&window, &ShiftsWindow::shiftReopened);
    window.reopenSelected();
    QVERIFY(reopened.wait(10000));
    QVERIFY(m_shifts->shift(shift->id)->isOpen());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'reopen shift' AND reason = ?"_s,
                    {u"a card slip turned up"_s}),
             1);
}

void tst_ShiftWindows::screenshotCloseShift()
{
    // After the blind count: five short in cash, the card total right, the note being written.
    auto shift = m_shifts->openShift(m_cashier, 10000, u"Counter 1"_s);
    QVERIFY(shift.ok());
    addPayment(shift->id, m_cashier, u"cash"_s, 2500);
    addPayment(shift->id, m_cashier, u"card"_s, 4000);
    CloseShiftDialog close(*m_fixture->backend, m_cashier);
    QSignalSpy loaded(&close, &CloseShiftDialog::shiftLoaded);
    QVERIFY(loaded.wait(10000));
    close.show();
    QVERIFY(QTest::qWaitForWindowExposed(&close));
    QTest::keyClicks(close.findChild<QLineEdit *>(u"countedCash"_s), u"120.00"_s);
    QTest::keyClicks(close.findChild<QLineEdit *>(u"countedCard"_s), u"40.00"_s);
    QSignalSpy counted(&close, &CloseShiftDialog::countRecorded);
    QTest::mouseClick(close.findChild<QPushButton *>(u"countButton"_s), Qt::LeftButton);
    QVERIFY(counted.wait(10000));
    auto *comparison = close.findChild<QTableWidget *>(u"comparison"_s);
    QCOMPARE(comparison->item(0, 3)->data(Qt::UserRole).toLongLong(), -500);
    // Both methods in full view, and the opening line and the request for a note not cut off.
    QTRY_VERIFY2(comparison->viewport()->height() >= comparison->verticalHeader()->length(),
                 qPrintable(u"%1 px for rows of %2 px"_s.arg(comparison->viewport()->height())
                                    .arg(comparison->verticalHeader()->length())));
    auto *status = close.findChild<QLabel *>(u"statusLabel"_s);
    QVERIFY(status->height() >= status->heightForWidth(status->width()));
    QTest::keyClicks(close.findChild<QPlainTextEdit *>(u"note"_s), u"A five short; counted twice."_s);
    QVERIFY(close.findChild<QPushButton *>(u"closeShiftButton"_s)->isEnabled());
    QVERIFY(keepScreenshot(close.grab().toImage()));
}

void tst_ShiftWindows::screenshotDayClose()
{
    // The day's report after two cashiers' shifts, one of them closed with a difference.
    const StaffActor second = addStaff(u"Asha Rao"_s, u"cashier"_s);
    for (const auto &[cashier, cash, card] : {std::tuple{m_cashier, 4250, 3075}, std::tuple{second, 1800, 6400}}) {
        auto shift = m_shifts->openShift(cashier, 10000, cashier.name);
        QVERIFY(shift.ok());
        addPayment(shift->id, cashier, u"cash"_s, cash);
        addPayment(shift->id, cashier, u"card"_s, card);
        QVERIFY(m_shifts->countShift(shift->id, {10000 + cash - (cashier.name == second.name ? 500 : 0), card}, cashier).ok());
        QVERIFY(m_shifts->closeShift(shift->id, u"A five short"_s, cashier).ok());
    }
    DayCloseWindow window(*m_fixture->backend, m_manager);
    QSignalSpy loaded(&window, &DayCloseWindow::reportLoaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(window.report().total.netCents(), 4250 + 3075 + 1800 + 6400);
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QPushButton *>(u"closeDayButton"_s)->isEnabled());
    QVERIFY(keepScreenshot(window.grab().toImage()));
}

QTEST_MAIN(tst_ShiftWindows)
#include "tst_shiftwindows.moc"
