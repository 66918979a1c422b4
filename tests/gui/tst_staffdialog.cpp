#include "appsettings.h"
#include "firstmanagerdialog.h"
#include "legacymanagerpinsettings.h"
#include "mainwindow.h"
#include "managertestfixture.h"
#include "staffaccountsstart.h"
#include "staffdialog.h"
#include "staffservice.h"
#include "staffsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QLineEdit>
#include <QPasswordDigestor>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

/// Staff accounts made at the counter: the first manager's account on a database without any,
/// the old manager PIN of an upgraded counter taken over as that account, and the managers'
/// Staff dialog.
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
    void legacyPinStaysOutOfADemoDatabase();
    void staffDialogAddsResetsAndDisablesACashier();
    void staffDialogKeepsTheLastActiveManager();
    void staffDialogRenamesTheSignedInManager();
    void screenshot();

private:
    /// Fills the fields the first manager dialog shows and presses Return on the last one.
    void typeFirstManager(FirstManagerDialog &dialog, const QString &name, const QString &secret,
                          const QString &secretAgain);
    static QString textOf(const QWidget &parent, const QString &label);
    /// Starts a counter on the fixture's database as the app does, with the old PIN's settings.
    void startCounter(QSettings &machine, StaffSession &session, MainWindow &window);
    /// The manager Maria signed in to `session`, and the Staff dialog open for her.
    std::unique_ptr<StaffDialog> openStaffDialog(StaffSession &session);
    /// Fills the open form of `dialog` and presses its OK; waits for the list read after saving.
    void submitForm(StaffDialog &dialog, QDialog *form, const QString &name, const QString &secret,
                    StaffRole role = StaffRole::Cashier);
    /// Runs a change of the selected account and waits for the list read after it.
    void changeSelected(StaffDialog &dialog, qint64 id, void (StaffDialog::*change)());
    /// The machine's settings file, where an old counter kept its manager PIN.
    QString machineSettingsFile() const { return m_fixture->m_dir.filePath(u"settings.ini"_s); }
    /// Keeps `pin` and the manager's name there as a counter from before staff accounts did.
    void keepLegacyPin(const QString &pin, const QString &manager) const;

    std::unique_ptr<ManagerTestFixture> m_fixture;
    std::unique_ptr<StaffService> m_staff;
    std::unique_ptr<AppSettings> m_settings;
};

void tst_StaffDialog::init()
{
    m_fixture = std::make_unique<ManagerTestFixture>();
    QVERIFY(m_fixture->valid);
    m_staff = std::make_unique<StaffService>(*m_fixture->database, m_fixture->clock);
    m_settings = std::make_unique<AppSettings>(m_fixture->m_dir.filePath(u"app.ini"_s));
}

void tst_StaffDialog::cleanup()
{
    m_settings.reset();
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

void tst_StaffDialog::keepLegacyPin(const QString &pin, const QString &manager) const
{
    QSettings machine(machineSettingsFile(), QSettings::IniFormat);
    const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
    const int iterations = 120000;
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                                              iterations, 32);
    machine.setValue(u"manager/pinAlgorithm"_s, u"pbkdf2-sha256"_s);
    machine.setValue(u"manager/pinIterations"_s, iterations);
    machine.setValue(u"manager/pinSalt"_s, QString::fromLatin1(salt.toBase64()));
    machine.setValue(u"manager/pinHash"_s, QString::fromLatin1(key.toBase64()));
    machine.setValue(u"manager/lastName"_s, manager);
}

void tst_StaffDialog::startCounter(QSettings &machine, StaffSession &session, MainWindow &window)
{
    StaffAccountsStart::run(*m_fixture->backend, window, session, &machine);
    QTRY_VERIFY(window.signInDialog());
    QCOMPARE(window.staffSession(), &session);
}

std::unique_ptr<StaffDialog> tst_StaffDialog::openStaffDialog(StaffSession &session)
{
    auto maria = m_staff->addStaff(u"Maria"_s, StaffRole::Manager, u"2468"_s, u"Maria"_s);
    if (!maria.ok())
        qFatal("no manager: %s", qPrintable(maria.error().message));
    session.signIn(maria.value());
    auto dialog = std::make_unique<StaffDialog>(*m_fixture->backend, session);
    QSignalSpy loaded(dialog.get(), &StaffDialog::loaded);
    dialog->show();
    if (!loaded.wait(10000))
        qFatal("the staff list was not read");
    return dialog;
}

void tst_StaffDialog::submitForm(StaffDialog &dialog, QDialog *form, const QString &name, const QString &secret,
                                 StaffRole role)
{
    QVERIFY(form);
    QVERIFY(form->isVisible());
    if (auto *nameField = form->findChild<QLineEdit *>(u"staffAccountName"_s)) {
        nameField->clear();
        QTest::keyClicks(nameField, name);
    }
    if (auto *roleField = form->findChild<QComboBox *>(u"staffAccountRole"_s))
        roleField->setCurrentIndex(roleField->findData(int(role)));
    if (auto *secretField = form->findChild<QLineEdit *>(u"staffAccountSecret"_s)) {
        QTest::keyClicks(secretField, secret);
        QTest::keyClicks(form->findChild<QLineEdit *>(u"staffAccountSecretAgain"_s), secret);
    }
    QSignalSpy loaded(&dialog, &StaffDialog::loaded);
    QTest::mouseClick(form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
}

void tst_StaffDialog::changeSelected(StaffDialog &dialog, qint64 id, void (StaffDialog::*change)())
{
    QVERIFY(dialog.selectMember(id));
    QSignalSpy loaded(&dialog, &StaffDialog::loaded);
    (dialog.*change)();
    QVERIFY(loaded.wait(10000));
    QVERIFY(dialog.selectMember(id));
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
    keepLegacyPin(ManagerTestFixture::pin, ManagerTestFixture::managerName);
    QSettings machine(machineSettingsFile(), QSettings::IniFormat);
    QVERIFY(LegacyManagerPinSettings(machine).pin());
    MainWindow window(*m_fixture->backend, *m_settings, *m_fixture->approval);
    StaffSession session(m_fixture->clock);
    startCounter(machine, session, window);

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
    keepLegacyPin(ManagerTestFixture::pin, ManagerTestFixture::managerName);
    QSettings machine(machineSettingsFile(), QSettings::IniFormat);
    MainWindow window(*m_fixture->backend, *m_settings, *m_fixture->approval);
    StaffSession session(m_fixture->clock);
    startCounter(machine, session, window);
    auto staff = m_staff->staff();
    QVERIFY(staff.ok());
    QCOMPARE(staff->size(), 1);
    QCOMPARE(staff->constFirst().name, u"Omar"_s);
    QVERIFY(LegacyManagerPinSettings(machine).pin());
    QVERIFY(m_staff->signIn(ManagerTestFixture::managerName, ManagerTestFixture::pin).error().code == ErrorCode::NotFound);
}

void tst_StaffDialog::legacyPinStaysOutOfADemoDatabase()
{
    keepLegacyPin(ManagerTestFixture::pin, ManagerTestFixture::managerName);
    QSettings machine(machineSettingsFile(), QSettings::IniFormat);
    MainWindow window(*m_fixture->backend, *m_settings, *m_fixture->approval);
    StaffSession session(m_fixture->clock);
    StaffAccountsStart::run(*m_fixture->backend, window, session, nullptr);
    // The worker answers in order: once this job is back, the start's has been too.
    bool answered = false;
    m_fixture->backend->run<bool>(
            this, [](CoreServices &) { return Result<bool>(true); }, [&answered](const Result<bool> &) { answered = true; });
    QTRY_VERIFY(answered);
    QVERIFY(!window.staffSession());
    QVERIFY(m_staff->staff()->isEmpty());
    QVERIFY(LegacyManagerPinSettings(machine).pin());
}

void tst_StaffDialog::staffDialogAddsResetsAndDisablesACashier()
{
    StaffSession session(m_fixture->clock);
    auto dialog = openStaffDialog(session);
    QCOMPARE(dialog->members().size(), 1);

    // The form checks its fields before anything is saved.
    QDialog *form = dialog->openAdd();
    QTest::keyClicks(form->findChild<QLineEdit *>(u"staffAccountName"_s), u"Carl"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"staffAccountSecret"_s), u"1357"_s);
    QTest::keyClicks(form->findChild<QLineEdit *>(u"staffAccountSecretAgain"_s), u"1358"_s);
    QTest::mouseClick(form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(form->isVisible());
    QVERIFY(textOf(*form, u"staffAccountProblem"_s).contains(u"differ"_s));
    form->reject();

    submitForm(*dialog, dialog->openAdd(), u"Carl"_s, u"1357"_s);
    QVERIFY2(dialog->message().contains(u"Carl can sign in now"_s), qPrintable(dialog->message()));
    QCOMPARE(dialog->members().size(), 2);
    const StaffMember carl = dialog->members().constFirst();
    QCOMPARE(carl.name, u"Carl"_s);
    QCOMPARE(carl.role, StaffRole::Cashier);
    QVERIFY(m_staff->signIn(u"Carl"_s, u"1357"_s).ok());

    // A second Carl is refused in words.
    submitForm(*dialog, dialog->openAdd(), u"carl"_s, u"9999"_s);
    QVERIFY2(dialog->message().contains(u"named carl already"_s), qPrintable(dialog->message()));
    QCOMPARE(dialog->members().size(), 2);

    QVERIFY(dialog->selectMember(carl.id));
    submitForm(*dialog, dialog->openResetSecret(), {}, u"8642"_s);
    QVERIFY(m_staff->signIn(u"Carl"_s, u"8642"_s).ok());
    QCOMPARE(m_staff->signIn(u"Carl"_s, u"1357"_s).error().code, ErrorCode::Forbidden);

    changeSelected(*dialog, carl.id, &StaffDialog::toggleDisabled);
    QVERIFY(dialog->members().constFirst().disabled());
    QVERIFY(dialog->findChild<QTableWidget *>()->item(0, 2)->text().startsWith(u"Disabled"_s));
    QCOMPARE(dialog->findChild<QPushButton *>(u"disableStaff"_s)->text(), u"&Enable"_s);
    QCOMPARE(m_staff->signIn(u"Carl"_s, u"8642"_s).error().code, ErrorCode::Forbidden);
    changeSelected(*dialog, carl.id, &StaffDialog::toggleDisabled);
    QVERIFY(m_staff->signIn(u"Carl"_s, u"8642"_s).ok());

    changeSelected(*dialog, carl.id, &StaffDialog::changeRole);
    QVERIFY(dialog->members().constFirst().isManager());
}

void tst_StaffDialog::staffDialogKeepsTheLastActiveManager()
{
    StaffSession session(m_fixture->clock);
    auto dialog = openStaffDialog(session);
    const qint64 maria = session.member()->id;
    changeSelected(*dialog, maria, &StaffDialog::toggleDisabled);
    QVERIFY2(dialog->message().contains(u"last active manager"_s), qPrintable(dialog->message()));
    changeSelected(*dialog, maria, &StaffDialog::changeRole);
    QVERIFY2(dialog->message().contains(u"last active manager"_s), qPrintable(dialog->message()));
    auto stored = m_staff->member(maria);
    QVERIFY(stored.ok());
    QVERIFY(stored->isManager());
    QVERIFY(!stored->disabled());
    QVERIFY(session.isManager());
}

void tst_StaffDialog::staffDialogRenamesTheSignedInManager()
{
    StaffSession session(m_fixture->clock);
    auto dialog = openStaffDialog(session);
    QVERIFY(dialog->selectMember(session.member()->id));
    submitForm(*dialog, dialog->openRename(), u"Maria Lopez"_s, {});
    QCOMPARE(session.member()->name, u"Maria Lopez"_s);
    QCOMPARE(m_staff->member(session.member()->id)->name, u"Maria Lopez"_s);
}

void tst_StaffDialog::screenshot()
{
    // Three accounts, one disabled and one waiting after wrong PINs; BOXOFFICE_SCREENSHOT names
    // where to keep the picture.
    StaffSession session(m_fixture->clock);
    auto dialog = openStaffDialog(session);
    for (const auto &[name, role] : {std::pair{u"Carl Jensen"_s, StaffRole::Cashier},
                                     std::pair{u"Ada Osei"_s, StaffRole::Cashier},
                                     std::pair{u"Omar Haddad"_s, StaffRole::Manager}})
        QVERIFY(m_staff->addStaff(name, role, u"1357"_s, u"Maria"_s).ok());
    for (int attempt = 0; attempt <= StaffService::freeAttempts + 1; ++attempt)
        QVERIFY(!m_staff->signIn(u"Ada Osei"_s, u"0000"_s).ok());
    const qint64 carl = m_staff->signIn(u"Carl Jensen"_s, u"1357"_s)->id;
    QSignalSpy loaded(dialog.get(), &StaffDialog::loaded);
    dialog->reload();
    QVERIFY(loaded.wait(10000));
    changeSelected(*dialog, carl, &StaffDialog::toggleDisabled);
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const QImage image = dialog->grab().toImage();
    QVERIFY(!image.isNull());
    const QString screenshot = qEnvironmentVariable("BOXOFFICE_SCREENSHOT");
    if (!screenshot.isEmpty())
        QVERIFY(image.save(screenshot));
}

QTEST_MAIN(tst_StaffDialog)
#include "tst_staffdialog.moc"
