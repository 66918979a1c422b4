#include "mainwindow.h"
#include "managertestfixture.h"
#include "openshiftdialog.h"
#include "staffservice.h"
#include "staffsession.h"
#include "staffsignindialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// A counter window on the fixture's database, shown, with a staff session of its own.
struct SignInCounter
{
    explicit SignInCounter(ManagerTestFixture &fixture)
        : settings(fixture.m_dir.filePath(u"app.ini"_s)), window(*fixture.backend, settings, *fixture.approval),
          session(fixture.clock)
    {
        window.show();
        exposed = QTest::qWaitForWindowExposed(&window);
        window.setStaffSession(&session);
    }

    AppSettings settings;
    MainWindow window;
    StaffSession session;
    bool exposed = false;
};

} // namespace

/// Sign-in at the counter: the dialog checks the PIN in the worker and explains refusals; the
/// session knows who acts and locks after inactivity on the test's clock.
class tst_StaffSignIn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void returnKeySignsInWithTheRightPin();
    void wrongPinsShowTheWaitInSeconds();
    void disabledAccountIsRefusedInWords();
    void overrideAcceptsOnlyAManager();
    void sessionNamesTheActorUntilLocked();
    void sessionLocksAfterInactivityOnTheClock();
    void lockAfterZeroNeverLocks();
    void counterWaitsForASignInAndKeepsItsSeatsAcrossASwitch();
    void openShiftOffersTheCounterThisMachineUsedLast();

private:
    /// Types the secret and presses Return, as a cashier does; waits for the worker's answer.
    void typeSecretAndReturn(StaffSignInDialog &dialog, const QString &secret);
    QString messageOf(StaffSignInDialog &dialog) const;

    std::unique_ptr<ManagerTestFixture> m_fixture;
    std::unique_ptr<StaffService> m_staff;
    qint64 m_manager = 0;
    qint64 m_cashier = 0;
};

void tst_StaffSignIn::init()
{
    m_fixture = std::make_unique<ManagerTestFixture>();
    QVERIFY(m_fixture->valid);
    m_staff = std::make_unique<StaffService>(*m_fixture->database, m_fixture->clock);
    auto maria = m_staff->addStaff(u"Maria"_s, StaffRole::Manager, u"2468"_s, u"first-run"_s);
    auto carl = m_staff->addStaff(u"Carl"_s, StaffRole::Cashier, u"1357"_s, u"Maria"_s);
    QVERIFY(maria.ok() && carl.ok());
    m_manager = maria->id;
    m_cashier = carl->id;
}

void tst_StaffSignIn::cleanup()
{
    m_staff.reset();
    m_fixture.reset();
}

void tst_StaffSignIn::typeSecretAndReturn(StaffSignInDialog &dialog, const QString &secret)
{
    auto *field = dialog.findChild<QLineEdit *>(u"staffSecret"_s);
    QVERIFY(field);
    QTRY_VERIFY(field->isEnabled());
    field->clear();
    QTest::keyClicks(field, secret);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(dialog.isChecking());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isChecking(), 10000);
}

QString tst_StaffSignIn::messageOf(StaffSignInDialog &dialog) const
{
    return dialog.findChild<QLabel *>(u"signInMessage"_s)->text();
}

void tst_StaffSignIn::returnKeySignsInWithTheRightPin()
{
    StaffSignInDialog dialog(*m_fixture->backend, StaffSignInDialog::Purpose::SignIn);
    dialog.setName(u"carl"_s);
    dialog.open();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    typeSecretAndReturn(dialog, u"1357"_s);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(dialog.member());
    QCOMPARE(dialog.member()->id, m_cashier);
    QCOMPARE(dialog.member()->name, u"Carl"_s);
}

void tst_StaffSignIn::wrongPinsShowTheWaitInSeconds()
{
    StaffSignInDialog dialog(*m_fixture->backend, StaffSignInDialog::Purpose::SignIn);
    dialog.setName(u"Carl"_s);
    dialog.open();
    QSignalSpy refused(&dialog, &StaffSignInDialog::refused);
    for (int attempt = 0; attempt < StaffService::freeAttempts; ++attempt) {
        typeSecretAndReturn(dialog, u"0000"_s);
        QVERIFY2(messageOf(dialog).contains(u"Wrong PIN"_s), qPrintable(messageOf(dialog)));
        QVERIFY(!messageOf(dialog).contains(u"second"_s));
    }
    typeSecretAndReturn(dialog, u"0000"_s);
    QVERIFY2(messageOf(dialog).contains(u"Wait 2 second"_s), qPrintable(messageOf(dialog)));

    // The right PIN during the wait is not even checked.
    typeSecretAndReturn(dialog, u"1357"_s);
    QVERIFY2(messageOf(dialog).contains(u"Wait 2 second"_s), qPrintable(messageOf(dialog)));
    QCOMPARE(refused.count(), StaffService::freeAttempts + 2);
    QVERIFY(!dialog.member());

    m_fixture->clock.advance(2000);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    typeSecretAndReturn(dialog, u"1357"_s);
    QCOMPARE(accepted.count(), 1);
}

void tst_StaffSignIn::disabledAccountIsRefusedInWords()
{
    QVERIFY(m_staff->disable(m_cashier, u"Maria"_s).ok());
    StaffSignInDialog dialog(*m_fixture->backend, StaffSignInDialog::Purpose::SignIn);
    dialog.setName(u"Carl"_s);
    dialog.open();
    typeSecretAndReturn(dialog, u"1357"_s);
    QVERIFY2(messageOf(dialog).contains(u"disabled"_s), qPrintable(messageOf(dialog)));
    QVERIFY(!dialog.member());
    QVERIFY(dialog.isVisible());
}

void tst_StaffSignIn::overrideAcceptsOnlyAManager()
{
    StaffSignInDialog dialog(*m_fixture->backend, StaffSignInDialog::Purpose::ManagerOverride);
    dialog.open();
    auto *name = dialog.findChild<QComboBox *>(u"staffName"_s);
    // Only managers are offered for an override.
    QTRY_COMPARE(name->count(), 1);
    QCOMPARE(name->itemText(0), u"Maria"_s);

    dialog.setName(u"Carl"_s);
    typeSecretAndReturn(dialog, u"1357"_s);
    QVERIFY2(messageOf(dialog).contains(u"not a manager"_s), qPrintable(messageOf(dialog)));
    QVERIFY(!dialog.member());

    dialog.setName(u"Maria"_s);
    typeSecretAndReturn(dialog, u"2468"_s);
    QVERIFY(dialog.member());
    QCOMPARE(dialog.member()->id, m_manager);
}

void tst_StaffSignIn::sessionNamesTheActorUntilLocked()
{
    StaffSession session(m_fixture->clock);
    QSignalSpy changed(&session, &StaffSession::changed);
    QVERIFY(!session.isSignedIn());
    QCOMPARE(session.actor().staffId, 0);

    auto carl = m_staff->member(m_cashier);
    QVERIFY(carl.ok());
    session.signIn(carl.value());
    QVERIFY(session.isSignedIn());
    QVERIFY(!session.isManager());
    QCOMPARE(session.actor().staffId, m_cashier);
    QCOMPARE(session.actor().name, u"Carl"_s);
    QVERIFY(!session.actor().isOverride());

    QSignalSpy signedOut(&session, &StaffSession::signedOut);
    session.lock();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!session.isSignedIn());
    QCOMPARE(session.actor().staffId, 0);
    QCOMPARE(session.lastName(), u"Carl"_s);
    QCOMPARE(changed.count(), 2);
}

void tst_StaffSignIn::sessionLocksAfterInactivityOnTheClock()
{
    StaffSession session(m_fixture->clock);
    session.setLockAfter(60s);
    session.signIn(m_staff->member(m_manager).value());
    QSignalSpy signedOut(&session, &StaffSession::signedOut);

    m_fixture->clock.advance(50'000);
    QWidget window;
    window.show();
    // Real input anywhere in the application counts as activity.
    QTest::keyClick(&window, Qt::Key_Space);
    m_fixture->clock.advance(50'000);
    QVERIFY(session.isManager());
    QCOMPARE(signedOut.count(), 0);

    m_fixture->clock.advance(10'000);
    session.checkInactivity();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!session.isSignedIn());
}

void tst_StaffSignIn::lockAfterZeroNeverLocks()
{
    StaffSession session(m_fixture->clock);
    session.setLockAfter(0s);
    session.signIn(m_staff->member(m_cashier).value());
    m_fixture->clock.advance(24 * 3600 * 1000);
    session.checkInactivity();
    QVERIFY(session.isSignedIn());
}

void tst_StaffSignIn::openShiftOffersTheCounterThisMachineUsedLast()
{
    SignInCounter till(*m_fixture);
    QVERIFY(till.exposed);
    MainWindow &window = till.window;
    till.session.signIn(m_staff->member(m_cashier).value());
    const auto openShiftDialog = [&window]() -> OpenShiftDialog * {
        window.findChild<QAction *>(u"actionOpenShift"_s)->trigger();
        return window.findChild<OpenShiftDialog *>();
    };

    // The first time, the computer's name; then the counter the last shift opened on.
    OpenShiftDialog *first = openShiftDialog();
    QVERIFY(first);
    auto *counter = first->findChild<QLineEdit *>(u"counterName"_s);
    QCOMPARE(counter->text(), QSysInfo::machineHostName());
    counter->setText(u"Box 2"_s);
    first->findChild<QLineEdit *>(u"floatAmount"_s)->setText(u"50"_s);
    QSignalSpy opened(first, &OpenShiftDialog::shiftOpened);
    first->openShift();
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY(!window.findChild<OpenShiftDialog *>());
    QCOMPARE(AppSettings(m_fixture->m_dir.filePath(u"app.ini"_s)).counterName(), u"Box 2"_s);

    OpenShiftDialog *next = openShiftDialog();
    QVERIFY(next);
    QCOMPARE(next->findChild<QLineEdit *>(u"counterName"_s)->text(), u"Box 2"_s);
    next->close();
}

void tst_StaffSignIn::counterWaitsForASignInAndKeepsItsSeatsAcrossASwitch()
{
    SignInCounter till(*m_fixture);
    QVERIFY(till.exposed);
    MainWindow &window = till.window;
    StaffSession &session = till.session;
    AppSettings &settings = till.settings;
    QVERIFY(window.signInDialog());
    QVERIFY(!window.centralWidget()->isEnabled());

    window.signInDialog()->setName(u"Carl"_s);
    typeSecretAndReturn(*window.signInDialog(), u"1357"_s);
    QTRY_VERIFY(!window.signInDialog());
    QCOMPARE(session.actor().staffId, m_cashier);
    QVERIFY(window.centralWidget()->isEnabled());
    // A cashier runs a shift of their own; the day's shifts and its close are the managers'.
    const auto shiftAction = [&](const QString &name) { return window.findChild<QAction *>(name)->isEnabled(); };
    QVERIFY(shiftAction(u"actionOpenShift"_s));
    QVERIFY(shiftAction(u"actionCloseShift"_s));
    QVERIFY(!shiftAction(u"actionShifts"_s));
    QVERIFY(!shiftAction(u"actionDayClose"_s));
    window.findChild<QAction *>(u"actionOpenShift"_s)->trigger();
    QTRY_VERIFY(window.findChild<OpenShiftDialog *>());

    const QList<Show> today = m_fixture->showsToday();
    QVERIFY(!today.isEmpty());
    QTRY_VERIFY(window.selectShow(today.constFirst().id));
    QTRY_VERIFY(window.sale()->snapshot().has_value());
    window.sale()->setSelection({u"N3"_s});
    QTRY_COMPARE(window.sale()->heldSeats(), QStringList{u"N3"_s});

    window.findChild<QAction *>(u"actionSwitchUser"_s)->trigger();
    QVERIFY(!session.isSignedIn());
    QVERIFY(window.signInDialog());
    QTRY_VERIFY(!window.findChild<OpenShiftDialog *>());
    QVERIFY(!shiftAction(u"actionOpenShift"_s));
    QVERIFY(!window.centralWidget()->isEnabled());
    QCOMPARE(window.sale()->heldSeats(), QStringList{u"N3"_s});

    window.signInDialog()->setName(u"Maria"_s);
    typeSecretAndReturn(*window.signInDialog(), u"2468"_s);
    QTRY_VERIFY(session.isManager());
    QVERIFY(window.centralWidget()->isEnabled());
    QVERIFY(shiftAction(u"actionShifts"_s));
    QVERIFY(shiftAction(u"actionDayClose"_s));
    QCOMPARE(window.sale()->heldSeats(), QStringList{u"N3"_s});

    // The sale names the member signed in when it is booked.
    QSignalSpy booked(window.sale(), &CounterSale::booked);
    window.sale()->book(u"Walk-in"_s, u"cash"_s);
    QTRY_COMPARE_WITH_TIMEOUT(booked.count(), 1, 10000);
    auto rows = m_fixture->database->run(u"SELECT actor, staff_id FROM audit_log WHERE action = 'book'"_s);
    QVERIFY(rows.ok() && rows.value().next());
    QCOMPARE(rows.value().value(0).toString(), u"Maria"_s);
    QCOMPARE(rows.value().value(1).toLongLong(), m_manager);

    // The Settings' minutes lock the counter after that long without input.
    QCOMPARE(session.lockAfter(), std::chrono::seconds(5 * 60));
    AppSettings::Values values = settings.values();
    values.lockAfterMinutes = 1;
    settings.setValues(values);
    QCOMPARE(session.lockAfter(), 60s);
    QCOMPARE(AppSettings(m_fixture->m_dir.filePath(u"app.ini"_s)).values().lockAfterMinutes, 1);
    m_fixture->clock.advance(60'000);
    session.checkInactivity();
    QVERIFY(!session.isSignedIn());
    QVERIFY(window.signInDialog());
    QVERIFY(!window.centralWidget()->isEnabled());
}

QTEST_MAIN(tst_StaffSignIn)
#include "tst_staffsignin.moc"
