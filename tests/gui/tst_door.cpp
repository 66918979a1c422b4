#include "appsettings.h"
#include "checkinservice.h"
#include "checkinwindow.h"
#include "databasewatcher.h"
#include "mainwindow.h"
#include "managertestfixture.h"
#include "qrcodewidget.h"
#include "scannerdevicesdialog.h"
#include "scannerdeviceservice.h"
#include "scannerendpoint.h"
#include "scannerpairingdialog.h"
#include "screenshot.h"
#include "showdialog.h"
#include "showdoorfields.h"
#include "showlistmodel.h"
#include "showsetupcatalog.h"
#include "venuesettingsdialog.h"
#include "venuetime.h"
#include "displaynames.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrlQuery>

#include <memory>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {
const QHostAddress venueAddress(u"192.168.1.20"_s);
constexpr quint16 venuePort = 8080;

ScannerEndpoint reachableEndpoint()
{
    return ScannerEndpoint(QHostAddress::Any, venuePort, {QHostAddress::LocalHost, venueAddress});
}
} // namespace

class tst_Door : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void phonesAreSentToANetworkAddressOfThisComputer();
    void theScannerDevicesAreForManagersOnly();
    void aPairingMadeInTheDialogRedeemsAndItsQrCodeIsItsAddress();
    void anUnreachableEndpointGetsAnExplanationInsteadOfACode();
    void revokingInTheListRefusesTheScannerAtOnce();
    void theDoorMenuOpensTheCurrentShowsCheckin();
    void theCheckinCountsFollowScansFromAnotherConnection();
    void aCheckinByHandNeedsAManagerAndAReasonAndIsAudited();
    void theAnswersAreSaidInTheDoorStaffsWords();
    void theVenuesDoorSettingsAreSavedInTheVenueSettings();
    void aShowFollowsTheVenuesDoorOrSetsItsOwn();
    void screenshotPairing();
    void screenshotCheckin();

private:
    /// The first future show with three seats sold, the clock half an hour before its start.
    void sellAndOpenTheDoor();
    /// A scanner paired for the show on the test's own connection.
    ScannerCredential pairScanner(const QString &name);
    CheckinAnswer scan(const QString &code, qint64 device);
    std::unique_ptr<ScannerDevicesDialog> openDevices(const ScannerEndpoint &endpoint);
    std::unique_ptr<CheckinWindow> openCheckin();
    qint64 count(const QString &sql, const QVariantList &values = {}) const;
    /// The signed-in manager, approved for a window.
    std::optional<StaffActor> managerActor();
    /// The venue settings dialog, read; its door fields set to `door` and saved unless nullopt.
    std::unique_ptr<VenueSettingsDialog> openVenueSettings(const std::optional<CheckinSettings> &door = std::nullopt);
    /// The dialog of the sold show, read, with its door fields.
    std::unique_ptr<ShowDialog> openShowDialog();

    std::unique_ptr<ManagerTestFixture> m_fixture;
    std::unique_ptr<ScannerDeviceService> m_devices;
    std::unique_ptr<CheckinService> m_checkins;
    Show m_show;
    Booking m_booking;
    int m_nonce = 0;
};

void tst_Door::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
}

void tst_Door::init()
{
    m_fixture = std::make_unique<ManagerTestFixture>();
    QVERIFY(m_fixture->valid);
    m_devices = std::make_unique<ScannerDeviceService>(*m_fixture->database, m_fixture->clock);
    m_checkins = std::make_unique<CheckinService>(*m_fixture->database, m_fixture->clock);
}

void tst_Door::cleanup()
{
    m_checkins.reset();
    m_devices.reset();
    m_fixture.reset();
}

void tst_Door::sellAndOpenTheDoor()
{
    m_show = m_fixture->futureShow();
    QVERIFY(m_show.id > 0);
    const Booking booked = m_fixture->book(m_show.id, {u"A1"_s, u"A2"_s, u"A3"_s}, u"Ada"_s);
    // The booking as read back carries its tickets' codes.
    auto stored = m_fixture->catalog->booking(booked.reference);
    QVERIFY(stored.ok());
    m_booking = stored.value();
    QCOMPARE(m_booking.seats.size(), 3);
    m_fixture->clock.set(m_show.startsAt.addSecs(-30 * 60));
}

ScannerCredential tst_Door::pairScanner(const QString &name)
{
    if (!m_fixture->addStaffAccounts())
        return {};
    auto pairing = m_devices->createPairing(name, ScannerScope{{m_show.id}, {}}, StaffActor{m_fixture->manager->id,
                                                                                      m_fixture->manager->name, 0, {}});
    if (!pairing.ok())
        return {};
    auto credential = m_devices->redeemPairing(pairing->token);
    return credential.ok() ? credential.value() : ScannerCredential{};
}

CheckinAnswer tst_Door::scan(const QString &code, qint64 device)
{
    auto answer = m_checkins->checkIn({code, m_show.id, CheckinDirection::Entry, device, u"n%1"_s.arg(++m_nonce)});
    return answer.ok() ? answer.value() : CheckinAnswer{};
}

std::unique_ptr<ScannerDevicesDialog> tst_Door::openDevices(const ScannerEndpoint &endpoint)
{
    if (!m_fixture->signInManager())
        return nullptr;
    const std::optional<StaffActor> actor = m_fixture->approval->approve(u"test"_s, nullptr);
    if (!actor)
        return nullptr;
    auto dialog = std::make_unique<ScannerDevicesDialog>(*m_fixture->backend, *m_fixture->approval, *actor, endpoint);
    QSignalSpy loaded(dialog.get(), &ScannerDevicesDialog::loaded);
    dialog->show();
    if (!loaded.wait(5000))
        return nullptr;
    return dialog;
}

std::unique_ptr<CheckinWindow> tst_Door::openCheckin()
{
    auto window = std::make_unique<CheckinWindow>(*m_fixture->backend, *m_fixture->approval, m_show.id);
    QSignalSpy loaded(window.get(), &CheckinWindow::loaded);
    window->show();
    if (!loaded.wait(5000))
        return nullptr;
    return window;
}

qint64 tst_Door::count(const QString &sql, const QVariantList &values) const
{
    auto rows = m_fixture->database->run(sql, values);
    if (!rows.ok())
        return -1;
    SqlRows &result = rows.value();
    return result.next() ? result.value(0).toLongLong() : -1;
}

std::optional<StaffActor> tst_Door::managerActor()
{
    if (!m_fixture->signInManager())
        return std::nullopt;
    return m_fixture->approval->approve(u"test"_s, nullptr);
}

std::unique_ptr<VenueSettingsDialog> tst_Door::openVenueSettings(const std::optional<CheckinSettings> &door)
{
    const std::optional<StaffActor> actor = managerActor();
    if (!actor)
        return nullptr;
    auto dialog = std::make_unique<VenueSettingsDialog>(*m_fixture->backend, *actor);
    QSignalSpy loaded(dialog.get(), &VenueSettingsDialog::loaded);
    if (!loaded.wait(5000))
        return nullptr;
    if (door) {
        dialog->findChild<QSpinBox *>(u"doorOpensMinutes"_s)->setValue(door->opensMinutesBeforeStart);
        dialog->findChild<QCheckBox *>(u"doorReentry"_s)->setChecked(door->reentry);
        QSignalSpy saved(dialog.get(), &VenueSettingsDialog::saved);
        dialog->save();
        if (!saved.wait(5000))
            return nullptr;
    }
    return dialog;
}

std::unique_ptr<ShowDialog> tst_Door::openShowDialog()
{
    const std::optional<StaffActor> actor = managerActor();
    auto setup = ShowSetupCatalog(*m_fixture->database).show(m_show.id);
    if (!actor || !setup.ok())
        return nullptr;
    auto venue = VenueSettingsStore(*m_fixture->database, m_fixture->clock).load();
    auto dialog = std::make_unique<ShowDialog>(*m_fixture->backend, *actor, venue.value());
    QSignalSpy loaded(dialog.get(), &ShowDialog::loaded);
    if (!loaded.wait(5000))
        return nullptr;
    QSignalSpy doorLoaded(dialog->doorFields(), &ShowDoorFields::loaded);
    dialog->editShow(setup.value());
    if (!doorLoaded.wait(5000))
        return nullptr;
    return dialog;
}

void tst_Door::phonesAreSentToANetworkAddressOfThisComputer()
{
    const QList<QHostAddress> machine{QHostAddress::LocalHost, QHostAddress(u"169.254.3.4"_s),
                                      QHostAddress(u"fe80::1"_s), venueAddress};
    const ScannerEndpoint all(QHostAddress::Any, venuePort, machine);
    QCOMPARE(all.reach(), ScannerEndpoint::Reach::Reachable);
    QCOMPARE(all.baseUrl(), QUrl(u"http://192.168.1.20:8080/"_s));
    QCOMPARE(all.pairingUrl(u"abc-_9"_s), QUrl(u"http://192.168.1.20:8080/scan/pair?token=abc-_9"_s));

    const ScannerEndpoint one(QHostAddress(u"10.0.0.5"_s), venuePort, machine);
    QCOMPARE(one.baseUrl(), QUrl(u"http://10.0.0.5:8080/"_s));

    QCOMPARE(ScannerEndpoint(QHostAddress::LocalHost, venuePort, machine).reach(),
             ScannerEndpoint::Reach::LoopbackOnly);
    QCOMPARE(ScannerEndpoint(QHostAddress::Any, venuePort, {QHostAddress::LocalHost, QHostAddress(u"169.254.3.4"_s)})
                     .reach(),
             ScannerEndpoint::Reach::NoNetworkAddress);
    QCOMPARE(ScannerEndpoint().reach(), ScannerEndpoint::Reach::Off);
    QVERIFY(ScannerEndpoint().pairingUrl(u"abc"_s).isEmpty());
}

void tst_Door::theScannerDevicesAreForManagersOnly()
{
    AppSettings settings(m_fixture->m_dir.filePath(u"app.ini"_s));
    MainWindow window(*m_fixture->backend, settings, *m_fixture->approval);
    QVERIFY(m_fixture->signInCashier());
    int prompts = 0;
    m_fixture->approval->setOverrideProvider([&prompts](const QString &, QWidget *) {
        ++prompts;
        return std::optional<StaffMember>();
    });
    auto *action = window.findChild<QAction *>(u"actionScannerDevices"_s);
    QVERIFY(action);
    action->trigger();
    QCOMPARE(prompts, 1);
    QVERIFY(!window.findChild<ScannerDevicesDialog *>());

    m_fixture->approval->setOverrideProvider([this](const QString &, QWidget *) { return m_fixture->manager; });
    window.setScannerEndpoint(reachableEndpoint());
    action->trigger();
    QVERIFY(window.findChild<ScannerDevicesDialog *>());
}

void tst_Door::aPairingMadeInTheDialogRedeemsAndItsQrCodeIsItsAddress()
{
    sellAndOpenTheDoor();
    auto devices = openDevices(reachableEndpoint());
    QVERIFY(devices);
    QCOMPARE(devices->table()->rowCount(), 0);
    ScannerPairingDialog *pairing = devices->pairDevice();
    QVERIFY(pairing);
    QSignalSpy loaded(pairing, &ScannerPairingDialog::loaded);
    QVERIFY(loaded.wait(5000));
    QVERIFY(!pairing->createButton()->isEnabled());
    QTest::keyClicks(pairing->nameEdit(), u"Door A"_s);
    pairing->showsScope()->click();
    QListWidgetItem *item = nullptr;
    for (int row = 0; row < pairing->showList()->count(); ++row) {
        if (pairing->showList()->item(row)->data(Qt::UserRole).toLongLong() == m_show.id)
            item = pairing->showList()->item(row);
    }
    QVERIFY(item);
    QVERIFY(!pairing->createButton()->isEnabled());
    item->setCheckState(Qt::Checked);
    QVERIFY(pairing->createButton()->isEnabled());

    QSignalSpy created(pairing, &ScannerPairingDialog::pairingCreated);
    QSignalSpy listed(devices.get(), &ScannerDevicesDialog::loaded);
    QTest::mouseClick(pairing->createButton(), Qt::LeftButton);
    QVERIFY(created.wait(5000));
    const QUrl url(pairing->urlLabel()->text());
    QCOMPARE(url.host(), venueAddress.toString());
    QCOMPARE(url.port(), venuePort);
    QCOMPARE(url.path(), u"/scan/pair"_s);
    const QString token = QUrlQuery(url).queryItemValue(u"token"_s);
    QVERIFY(!token.isEmpty());

    // The QR code on screen holds exactly the address: module by module, and as a scanner reads it.
    QCOMPARE(pairing->qrCode()->text(), url.toString(QUrl::FullyEncoded));
    auto expected = QrMatrix::encode(url.toString(QUrl::FullyEncoded));
    QVERIFY(expected.ok());
    QVERIFY(pairing->qrCode()->code().has_value());
    const QrCode &shown = *pairing->qrCode()->code();
    QCOMPARE(shown.size(), expected->size());
    for (int y = 0; y < shown.size(); ++y) {
        for (int x = 0; x < shown.size(); ++x)
            QCOMPARE(shown.isDark(x, y), expected->isDark(x, y));
    }
    if (const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s); !zbarimg.isEmpty()) {
        QVERIFY(QTest::qWaitForWindowExposed(pairing));
        const QString picture = m_fixture->m_dir.filePath(u"pairing-qr.png"_s);
        QVERIFY(pairing->qrCode()->grab().toImage().save(picture));
        QProcess decoder;
        decoder.start(zbarimg, {u"--raw"_s, u"-q"_s, picture});
        QVERIFY(decoder.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(decoder.readAllStandardOutput()).trimmed(), url.toString(QUrl::FullyEncoded));
    }

    QVERIFY(listed.wait(5000) || !listed.isEmpty());
    QCOMPARE(devices->table()->rowCount(), 1);
    QCOMPARE(devices->table()->item(0, ScannerDevicesDialog::NameColumn)->text(), u"Door A"_s);
    QVERIFY(devices->table()->item(0, ScannerDevicesDialog::ScopeColumn)->text().contains(m_show.title));

    QSignalSpy paired(pairing, &ScannerPairingDialog::devicePaired);
    auto redeemed = m_devices->redeemPairing(token);
    QVERIFY2(redeemed.ok(), qPrintable(redeemed.ok() ? QString() : redeemed.error().message));
    QCOMPARE(redeemed->device.name, u"Door A"_s);
    QCOMPARE(redeemed->device.scope.shows, QList<qint64>{m_show.id});
    QVERIFY(!m_devices->redeemPairing(token).ok());
    // The phone's pairing shows in the dialog and the list without anybody refreshing them.
    QVERIFY(paired.wait(3 * ScannerPairingDialog::pairedCheckIntervalMs));
    QVERIFY(!pairing->qrCode()->isVisible());
    QVERIFY(pairing->messageLabel()->text().contains(u"paired"_s));
    QTRY_VERIFY(devices->table()->item(0, ScannerDevicesDialog::StateColumn)->text() == u"Active"_s);
}

void tst_Door::anUnreachableEndpointGetsAnExplanationInsteadOfACode()
{
    sellAndOpenTheDoor();
    auto devices = openDevices(ScannerEndpoint(QHostAddress::LocalHost, venuePort, {QHostAddress::LocalHost}));
    QVERIFY(devices);
    ScannerPairingDialog *pairing = devices->pairDevice();
    QVERIFY(pairing);
    QTest::keyClicks(pairing->nameEdit(), u"Door A"_s);
    QVERIFY(!pairing->createButton()->isEnabled());
    QVERIFY(pairing->messageLabel()->isVisible());
    QVERIFY(pairing->messageLabel()->text().contains(u"0.0.0.0"_s));
    QSignalSpy refused(pairing, &ScannerPairingDialog::refused);
    pairing->createPairing();
    QCOMPARE(refused.size(), 1);
    QVERIFY(!pairing->qrCode()->code().has_value());
    QCOMPARE(count(u"SELECT COUNT(*) FROM scanner_devices"_s), 0);

    auto off = openDevices(ScannerEndpoint());
    QVERIFY(off);
    ScannerPairingDialog *offPairing = off->pairDevice();
    QVERIFY(offPairing->messageLabel()->text().contains(u"off"_s));
}

void tst_Door::revokingInTheListRefusesTheScannerAtOnce()
{
    sellAndOpenTheDoor();
    const ScannerCredential scanner = pairScanner(u"Door B"_s);
    QVERIFY(scanner.device.id > 0);
    QVERIFY(m_devices->authenticate(scanner.credential).ok());
    auto devices = openDevices(reachableEndpoint());
    QVERIFY(devices);
    const int row = devices->rowOf(scanner.device.id);
    QVERIFY(row >= 0);
    devices->table()->selectRow(row);
    auto *revoke = devices->findChild<QPushButton *>(u"revokeDeviceButton"_s);
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    auto *confirm = devices->findChild<QMessageBox *>(u"revokeConfirmation"_s);
    QVERIFY(confirm);
    QAbstractButton *yes = nullptr;
    for (QAbstractButton *button : confirm->buttons()) {
        if (confirm->buttonRole(button) == QMessageBox::DestructiveRole)
            yes = button;
    }
    QVERIFY(yes);
    QSignalSpy answered(devices.get(), &ScannerDevicesDialog::revokeAnswered);
    yes->click();
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.constFirst().constFirst().toBool(), true);

    auto refused = m_devices->authenticate(scanner.credential);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QCOMPARE(m_checkins->checkIn({m_booking.seats.constFirst().ticketCode, m_show.id, CheckinDirection::Entry,
                                  scanner.device.id, u"after"_s})
                     .ok(),
             false);
    QTRY_VERIFY(devices->table()->item(devices->rowOf(scanner.device.id), ScannerDevicesDialog::StateColumn)
                        ->text()
                        .startsWith(u"Revoked"_s));
    QVERIFY(!revoke->isEnabled());
}

void tst_Door::theDoorMenuOpensTheCurrentShowsCheckin()
{
    AppSettings settings(m_fixture->m_dir.filePath(u"app.ini"_s));
    MainWindow window(*m_fixture->backend, settings, *m_fixture->approval);
    QTRY_VERIFY(window.showsModel()->rowCount() > 0);
    const qint64 show = window.showsModel()->shows().constFirst().id;
    QVERIFY(window.selectShow(show));
    auto *action = window.findChild<QAction *>(u"actionCheckin"_s);
    QVERIFY(action);
    action->trigger();
    auto *checkin = window.findChild<CheckinWindow *>();
    QVERIFY(checkin);
    QCOMPARE(checkin->showId(), show);
}

void tst_Door::theCheckinCountsFollowScansFromAnotherConnection()
{
    sellAndOpenTheDoor();
    const ScannerCredential scanner = pairScanner(u"Door C"_s);
    QVERIFY(scanner.device.id > 0);
    auto window = openCheckin();
    QVERIFY(window);
    QCOMPARE(window->countsLabel()->text(), u"0 of 3 checked in, 0 inside"_s);
    QCOMPARE(window->table()->rowCount(), 0);

    // The watcher, as the application runs it, hears of a scan through the show's version.
    DatabaseWatcher watcher(m_fixture->config, m_fixture->feed);
    QVERIFY(watcher.start(60000).ok());
    const BookedSeat seat = m_booking.seats.constFirst();
    QCOMPARE(scan(seat.ticketCode, scanner.device.id).outcome, CheckinOutcome::Ok);
    QCOMPARE(watcher.checkNow(), 1);
    QTRY_COMPARE(window->countsLabel()->text(), u"1 of 3 checked in, 1 inside"_s);
    QCOMPARE(window->table()->rowCount(), 1);
    QCOMPARE(window->table()->item(0, CheckinWindow::SeatColumn)->text(), seat.label);
    QCOMPARE(window->table()->item(0, CheckinWindow::ByColumn)->text(), u"Door C"_s);
    QCOMPARE(window->table()->item(0, CheckinWindow::DirectionColumn)->text(), u"In"_s);
    QCOMPARE(window->table()->item(0, CheckinWindow::TimeColumn)->text(),
             formatVenueDateTime(m_fixture->clock.now(), venueZone()));
}

void tst_Door::aCheckinByHandNeedsAManagerAndAReasonAndIsAudited()
{
    sellAndOpenTheDoor();
    QVERIFY(m_fixture->signInCashier());
    int prompts = 0;
    std::optional<StaffMember> approver;
    m_fixture->approval->setOverrideProvider([&](const QString &, QWidget *) {
        ++prompts;
        return approver;
    });
    auto window = openCheckin();
    QVERIFY(window);
    QSignalSpy refused(window.get(), &CheckinWindow::refused);
    QSignalSpy answered(window.get(), &CheckinWindow::manualAnswered);

    QTest::keyClicks(window->seatEdit(), u"a2"_s);
    QTest::mouseClick(window->checkInButton(), Qt::LeftButton);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(prompts, 0);

    QTest::keyClicks(window->reasonEdit(), u"Phone battery empty"_s);
    QTest::mouseClick(window->checkInButton(), Qt::LeftButton);
    QCOMPARE(refused.size(), 2);
    QCOMPARE(prompts, 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM checkins"_s), 0);

    approver = m_fixture->manager;
    QTest::mouseClick(window->checkInButton(), Qt::LeftButton);
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.constLast().constFirst().toBool(), true);
    QVERIFY(window->answerLabel()->text().startsWith(u"Let in: seat A2"_s));
    QCOMPARE(count(u"SELECT COUNT(*) FROM checkins WHERE staff_id = ? AND reason = ?"_s,
                   {m_fixture->cashier->id, u"Phone battery empty"_s}),
             1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'checkin_manual' AND reason = ? "
                   "AND staff_id = ? AND authorised_by = ?"_s,
                   {u"Phone battery empty"_s, m_fixture->cashier->id, m_fixture->manager->id}),
             1);
    QTRY_COMPARE(window->countsLabel()->text(), u"1 of 3 checked in, 1 inside"_s);
    QCOMPARE(window->table()->item(0, CheckinWindow::ByColumn)->text(), u"Carl Berg (by hand)"_s);
    QCOMPARE(window->table()->item(0, CheckinWindow::ReasonColumn)->text(), u"Phone battery empty"_s);

    QTest::keyClicks(window->seatEdit(), u"A2"_s);
    QTest::keyClicks(window->reasonEdit(), u"Again"_s);
    QTest::mouseClick(window->checkInButton(), Qt::LeftButton);
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.constLast().constFirst().toBool(), false);
    QVERIFY(window->answerLabel()->text().startsWith(u"Already in: seat A2 was let in by hand"_s));
}

void tst_Door::theAnswersAreSaidInTheDoorStaffsWords()
{
    CheckinAnswer answer;
    answer.seatLabel = u"C7"_s;
    answer.bookingReference = u"BK-7"_s;
    answer.at = QDateTime(QDate(2026, 11, 27), QTime(19, 5), Qt::UTC);
    answer.byDevice = u"Door A"_s;
    QSet<QString> texts;
    for (const CheckinOutcome outcome :
         {CheckinOutcome::Ok, CheckinOutcome::AlreadyCheckedIn, CheckinOutcome::Unpaid, CheckinOutcome::WrongShow,
          CheckinOutcome::NotOpenYet, CheckinOutcome::Cancelled, CheckinOutcome::Unknown,
          CheckinOutcome::ExitNotAllowed, CheckinOutcome::NotInside, CheckinOutcome::RateLimited}) {
        answer.outcome = outcome;
        texts.insert(CheckinWindow::describeAnswer(answer));
    }
    QCOMPARE(texts.size(), 10);
    answer.outcome = CheckinOutcome::Unpaid;
    QVERIFY(CheckinWindow::describeAnswer(answer).contains(u"counter"_s));
    answer.outcome = CheckinOutcome::AlreadyCheckedIn;
    QVERIFY(CheckinWindow::describeAnswer(answer).contains(u"Door A"_s));
}

void tst_Door::theVenuesDoorSettingsAreSavedInTheVenueSettings()
{
    auto read = openVenueSettings();
    QVERIFY(read);
    auto *opens = read->findChild<QSpinBox *>(u"doorOpensMinutes"_s);
    QVERIFY(opens && opens->isVisibleTo(read.get()));
    QCOMPARE(opens->value(), CheckinSettings::defaultOpensMinutesBeforeStart);
    QVERIFY(!read->findChild<QCheckBox *>(u"doorReentry"_s)->isChecked());

    QVERIFY(openVenueSettings(CheckinSettings{15, true}));
    QCOMPARE(m_checkins->venueSettings().value(), (CheckinSettings{15, true}));
    const QString audited = u"SELECT COUNT(*) FROM audit_log WHERE action = 'checkin_settings_changed'"_s;
    QCOMPARE(count(audited), 1);

    auto again = openVenueSettings();
    QVERIFY(again);
    QCOMPARE(again->findChild<QSpinBox *>(u"doorOpensMinutes"_s)->value(), 15);
    QVERIFY(again->findChild<QCheckBox *>(u"doorReentry"_s)->isChecked());
    // Saving the other settings leaves the door alone, and the audit log without a door change.
    QSignalSpy saved(again.get(), &VenueSettingsDialog::saved);
    again->save();
    QVERIFY(saved.wait(5000));
    QCOMPARE(count(audited), 1);
}

void tst_Door::aShowFollowsTheVenuesDoorOrSetsItsOwn()
{
    sellAndOpenTheDoor();
    QVERIFY(openVenueSettings(CheckinSettings{45, false}));
    auto dialog = openShowDialog();
    QVERIFY(dialog);
    ShowDoorFields *door = dialog->doorFields();
    QCOMPARE(door->override(), ShowCheckinOverride{});
    QCOMPARE(door->opensEdit()->text(), u"As the venue (45 min before)"_s);
    QCOMPARE(door->reentryEdit()->currentText(), u"As the venue (no re-entry)"_s);

    door->opensEdit()->setValue(20);
    door->reentryEdit()->setCurrentIndex(door->reentryEdit()->findData(true));
    QSignalSpy saved(dialog.get(), &ShowDialog::saved);
    dialog->save();
    QVERIFY2(saved.wait(5000), qPrintable(dialog->errorText()));
    QCOMPARE(m_checkins->showOverride(m_show.id).value(), (ShowCheckinOverride{20, true}));
    QCOMPARE(m_checkins->settingsFor(m_show.id).value(), (CheckinSettings{20, true}));

    auto reopened = openShowDialog();
    QVERIFY(reopened);
    QCOMPARE(reopened->doorFields()->override(), (ShowCheckinOverride{20, true}));
    reopened->doorFields()->setOverride({});
    QSignalSpy savedAgain(reopened.get(), &ShowDialog::saved);
    reopened->save();
    QVERIFY2(savedAgain.wait(5000), qPrintable(reopened->errorText()));
    QCOMPARE(m_checkins->showOverride(m_show.id).value(), ShowCheckinOverride{});
    QCOMPARE(m_checkins->settingsFor(m_show.id).value(), (CheckinSettings{45, false}));
}

void tst_Door::screenshotPairing()
{
    sellAndOpenTheDoor();
    pairScanner(u"Box office phone"_s);
    auto devices = openDevices(reachableEndpoint());
    QVERIFY(devices);
    ScannerPairingDialog *pairing = devices->pairDevice();
    QSignalSpy loaded(pairing, &ScannerPairingDialog::loaded);
    QVERIFY(loaded.wait(5000));
    QTest::keyClicks(pairing->nameEdit(), u"Door A"_s);
    QSignalSpy created(pairing, &ScannerPairingDialog::pairingCreated);
    QTest::mouseClick(pairing->createButton(), Qt::LeftButton);
    QVERIFY(created.wait(5000));
    QVERIFY(QTest::qWaitForWindowExposed(pairing));
    QVERIFY(keepScreenshot(pairing->grab().toImage()));
}

void tst_Door::screenshotCheckin()
{
    sellAndOpenTheDoor();
    const ScannerCredential scanner = pairScanner(u"Door A"_s);
    for (const BookedSeat &seat : std::as_const(m_booking.seats).mid(0, 2))
        QCOMPARE(scan(seat.ticketCode, scanner.device.id).outcome, CheckinOutcome::Ok);
    QVERIFY(m_fixture->signInManager());
    auto window = openCheckin();
    QVERIFY(window);
    QTest::keyClicks(window->seatEdit(), u"A3"_s);
    QTest::keyClicks(window->reasonEdit(), u"Phone battery empty, booking shown by name"_s);
    QSignalSpy answered(window.get(), &CheckinWindow::manualAnswered);
    QTest::mouseClick(window->checkInButton(), Qt::LeftButton);
    QVERIFY(answered.wait(5000));
    QTRY_COMPARE(window->countsLabel()->text(), u"3 of 3 checked in, 3 inside"_s);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(keepScreenshot(window->grab().toImage()));
}

QTEST_MAIN(tst_Door)
#include "tst_door.moc"
