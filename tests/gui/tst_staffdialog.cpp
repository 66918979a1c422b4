#include "appsettings.h"
#include "firstmanagerdialog.h"
#include "legacymanagerpinsettings.h"
#include "mainwindow.h"
#include "managertestfixture.h"
#include "staffaccountsstart.h"
#include "staffservice.h"
#include "staffsession.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

/// Staff accounts made at the counter: the first manager's account on a database without any,
/// the old manager PIN of an upgraded counter taken over as that account.
class tst_StaffDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstManagerIsCreatedAndCanSignIn();
    void firstManagerNeedsTheSamePinTwice();
    void firstManagerIsRefusedOnceAccountsExist();
    void legacyPinBecomesTheFirstManagersAccount();
    void legacyPinIsLeftAloneWhenAccountsExist();

private:
    /// Fills the fields the first manager dialog shows and presses Return on the last one.
    void typeFirstManager(FirstManagerDialog &dialog, const QString &name, const QString &secret,
                          const QString &secretAgain);
    static QString textOf(const QWidget &parent, const QString &label);
    /// The settings file where the fixture's ManagerSession keeps its PIN, as an old counter did.
    QString machineSettingsFile() const { return m_fixture->m_dir.filePath(u"settings.ini"_s); }

    std::unique_ptr<ManagerTestFixture> m_fixture;
    std::unique_ptr<StaffService> m_staff;
};

void tst_StaffDialog::init()
{
    m_fixture = std::make_unique<ManagerTestFixture>();
    QVERIFY(m_fixture->valid);
    m_staff = std::make_unique<StaffService>(*m_fixture->database, m_fixture->clock);
}

void tst_StaffDialog::cleanup()
{
    m_staff.reset();
    m_fixture.reset();
}

void tst_StaffDialog::typeFirstManager(FirstManagerDialog &dialog, const QString &name, const QString &secret,
                                       const QString &secretAgain)
{
    auto *nameField = dialog.findChild<QLineEdit *>(u"staffAccountName"_s);
    auto *secretField = dialog.findChild<QLineEdit *>(u"staffAccountSecret"_s);
    auto *againField = dialog.findChild<QLineEdit *>(u"staffAccountSecretAgain"_s);
    QVERIFY(nameField && secretField && againField);
    QTRY_VERIFY(nameField->isEnabled());
    for (QLineEdit *field : {nameField, secretField, againField})
        field->clear();
    QTest::keyClicks(nameField, name);
    QTest::keyClicks(secretField, secret);
    QTest::keyClicks(againField, secretAgain);
    QTest::keyClick(againField, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 10000);
}

QString tst_StaffDialog::textOf(const QWidget &parent, const QString &label)
{
    const auto *widget = parent.findChild<QLabel *>(label);
    return widget && !widget->isHidden() ? widget->text() : QString();
}

void tst_StaffDialog::firstManagerIsCreatedAndCanSignIn()
{
    FirstManagerDialog dialog(*m_fixture->backend);
    dialog.open();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    typeFirstManager(dialog, u"  Maria   Lopez "_s, u"2468"_s, u"2468"_s);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(dialog.manager());
    QCOMPARE(dialog.manager()->name, u"Maria Lopez"_s);
    QVERIFY(dialog.manager()->isManager());
    auto signedIn = m_staff->signIn(u"maria lopez"_s, u"2468"_s);
    QVERIFY(signedIn.ok());
    QCOMPARE(signedIn->id, dialog.manager()->id);
}

void tst_StaffDialog::firstManagerNeedsTheSamePinTwice()
{
    FirstManagerDialog dialog(*m_fixture->backend);
    dialog.open();
    QSignalSpy refused(&dialog, &FirstManagerDialog::refused);
    typeFirstManager(dialog, u"Maria"_s, u"2468"_s, u"2469"_s);
    QCOMPARE(refused.count(), 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(textOf(dialog, u"firstManagerMessage"_s).contains(u"differ"_s));
    typeFirstManager(dialog, u"Maria"_s, u"12"_s, u"12"_s);
    QCOMPARE(refused.count(), 2);
    QVERIFY(textOf(dialog, u"firstManagerMessage"_s).contains(u"4 to 128 characters"_s));
    QVERIFY(m_staff->staff()->isEmpty());
}

void tst_StaffDialog::firstManagerIsRefusedOnceAccountsExist()
{
    // Another counter made the first account while this one's dialog was open.
    QVERIFY(m_staff->addStaff(u"Omar"_s, StaffRole::Manager, u"1357"_s, u"Omar"_s).ok());
    FirstManagerDialog dialog(*m_fixture->backend);
    dialog.open();
    QSignalSpy refused(&dialog, &FirstManagerDialog::refused);
    typeFirstManager(dialog, u"Maria"_s, u"2468"_s, u"2468"_s);
    QCOMPARE(refused.count(), 1);
    QVERIFY(!dialog.manager());
    QVERIFY(textOf(dialog, u"firstManagerMessage"_s).contains(u"Sign in with yours"_s));
    QCOMPARE(m_staff->staff()->size(), 1);
}

void tst_StaffDialog::legacyPinBecomesTheFirstManagersAccount()
{
    // The old counter kept the PIN and, once it was used, the manager's name.
    QVERIFY(m_fixture->unlock());
    QSettings machine(machineSettingsFile(), QSettings::IniFormat);
    QVERIFY(LegacyManagerPinSettings(machine).pin());
    AppSettings settings(m_fixture->m_dir.filePath(u"app.ini"_s));
    MainWindow window(*m_fixture->backend, settings, *m_fixture->session);
    StaffSession session(m_fixture->clock);
    StaffAccountsStart::run(*m_fixture->backend, window, session, machine);
    QTRY_VERIFY(window.signInDialog());
    QCOMPARE(window.staffSession(), &session);

    auto staff = m_staff->staff();
    QVERIFY(staff.ok());
    QCOMPARE(staff->size(), 1);
    QCOMPARE(staff->constFirst().name, ManagerTestFixture::managerName);
    QVERIFY(staff->constFirst().isManager());
    // The counter tells how to sign in, once: the old keys are gone.
    bool told = false;
    for (const QLabel *label : window.signInDialog()->findChildren<QLabel *>())
        told |= label->text().contains(u"manager PIN of this computer"_s);
    QVERIFY(told);
    machine.sync();
    for (const QString &key : {u"manager/pinHash"_s, u"manager/pinSalt"_s, u"manager/lastName"_s})
        QVERIFY2(!machine.contains(key), qPrintable(key));
    QVERIFY(!LegacyManagerPinSettings(machine).pin());

    auto signedIn = m_staff->signIn(ManagerTestFixture::managerName, ManagerTestFixture::pin);
    QVERIFY(signedIn.ok());
    QVERIFY(signedIn->isManager());
}

void tst_StaffDialog::legacyPinIsLeftAloneWhenAccountsExist()
{
    QVERIFY(m_staff->addStaff(u"Omar"_s, StaffRole::Manager, u"1357"_s, u"Omar"_s).ok());
    QSettings machine(machineSettingsFile(), QSettings::IniFormat);
    AppSettings settings(m_fixture->m_dir.filePath(u"app.ini"_s));
    MainWindow window(*m_fixture->backend, settings, *m_fixture->session);
    StaffSession session(m_fixture->clock);
    StaffAccountsStart::run(*m_fixture->backend, window, session, machine);
    QTRY_VERIFY(window.signInDialog());
    QCOMPARE(window.staffSession(), &session);
    auto staff = m_staff->staff();
    QVERIFY(staff.ok());
    QCOMPARE(staff->size(), 1);
    QCOMPARE(staff->constFirst().name, u"Omar"_s);
    QVERIFY(LegacyManagerPinSettings(machine).pin());
    QVERIFY(m_staff->signIn(ManagerTestFixture::managerName, ManagerTestFixture::pin).error().code == ErrorCode::NotFound);
}

QTEST_MAIN(tst_StaffDialog)
#include "tst_staffdialog.moc"
