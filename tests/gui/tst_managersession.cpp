#include "managersession.h"
#include "managerunlockdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace boxoffice;
using namespace Qt::StringLiterals;

class tst_ManagerSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pinIsStoredOnlyAsSaltedHash();
    void firstPinOnlyOnce();
    void rejectsTooShortPin();
    void wrongPinRefusedAndRightPinUnlocks();
    void wrongPinsCostGrowingWait();
    void waitSurvivesRestart();
    void needsManagerName();
    void changePinNeedsCurrentPin();
    void relocksAfterInactivity();
    void activityKeepsUnlocked();
    void inputEventsCountAsActivity();
    void lateInputDoesNotRevive();
    void relockTimeIsConfigurable();
    void dialogSetsFirstPinAndUnlocks();
    void dialogShowsWrongPin();
    void dialogCancelledWhileCheckingUnlocksNothing();
    void dialogChangesThePin();

private:
    QString iniPath() const { return m_dir->filePath(u"settings.ini"_s); }
    QByteArray iniContent() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
};

void tst_ManagerSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
}

QByteArray tst_ManagerSession::iniContent() const
{
    QFile file(iniPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void tst_ManagerSession::pinIsStoredOnlyAsSaltedHash()
{
    const QString pin = u"73915"_s;
    {
        ManagerSession session(iniPath(), *m_clock);
        QVERIFY(!session.hasPin());
        QVERIFY(session.setInitialPin(pin).ok());
        QVERIFY(session.hasPin());
    }
    const QByteArray content = iniContent();
    QVERIFY(!content.isEmpty());
    QVERIFY2(!content.contains(pin.toUtf8()), content.constData());

    QSettings settings(iniPath(), QSettings::IniFormat);
    const QByteArray hash = QByteArray::fromBase64(settings.value(u"manager/pinHash"_s).toString().toLatin1());
    const QByteArray salt = QByteArray::fromBase64(settings.value(u"manager/pinSalt"_s).toString().toLatin1());
    QCOMPARE(hash.size(), 32);
    QVERIFY(salt.size() >= 16);
    QVERIFY(settings.value(u"manager/pinIterations"_s).toInt() >= 100000);

    // Same PIN elsewhere: another salt, so another hash.
    QTemporaryDir otherDir;
    const QString otherIni = otherDir.filePath(u"other.ini"_s);
    {
        ManagerSession other(otherIni, *m_clock);
        QVERIFY(other.setInitialPin(pin).ok());
    }
    QSettings otherSettings(otherIni, QSettings::IniFormat);
    QVERIFY(otherSettings.value(u"manager/pinSalt"_s) != settings.value(u"manager/pinSalt"_s));
    QVERIFY(otherSettings.value(u"manager/pinHash"_s) != settings.value(u"manager/pinHash"_s));

    // And the stored hash is what unlocks, across instances.
    ManagerSession reopened(iniPath(), *m_clock);
    QVERIFY(reopened.unlock(pin, u"Maria"_s).ok());
}

void tst_ManagerSession::firstPinOnlyOnce()
{
    ManagerSession session(iniPath(), *m_clock);
    QVERIFY(session.setInitialPin(u"1234"_s).ok());
    auto again = session.setInitialPin(u"9999"_s);
    QVERIFY(!again.ok());
    QVERIFY(!session.unlock(u"9999"_s, u"Eve"_s).ok());
}

void tst_ManagerSession::rejectsTooShortPin()
{
    ManagerSession session(iniPath(), *m_clock);
    auto set = session.setInitialPin(u"12"_s);
    QVERIFY(!set.ok());
    QCOMPARE(set.error().code, ErrorCode::InvalidField);
    QVERIFY(!session.hasPin());
}

void tst_ManagerSession::wrongPinRefusedAndRightPinUnlocks()
{
    ManagerSession session(iniPath(), *m_clock);
    QVERIFY(session.setInitialPin(u"2468"_s).ok());
    QSignalSpy unlocked(&session, &ManagerSession::unlocked);

    auto wrong = session.unlock(u"2469"_s, u"Maria"_s);
    QVERIFY(!wrong.ok());
    QVERIFY(!session.isUnlocked());
    QVERIFY(session.manager().isEmpty());
    QCOMPARE(unlocked.count(), 0);

    m_clock->advance(60 * 1000);
    QVERIFY(session.unlock(u"2468"_s, u"  Maria   Lopez "_s).ok());
    QVERIFY(session.isUnlocked());
    QCOMPARE(session.manager(), u"Maria Lopez"_s);
    QCOMPARE(unlocked.count(), 1);
    QCOMPARE(session.lastManager(), u"Maria Lopez"_s);

    QSignalSpy locked(&session, &ManagerSession::locked);
    session.lock();
    QVERIFY(!session.isUnlocked());
    QCOMPARE(locked.count(), 1);
}

void tst_ManagerSession::wrongPinsCostGrowingWait()
{
    ManagerSession session(iniPath(), *m_clock);
    QVERIFY(session.setInitialPin(u"2468"_s).ok());

    QVERIFY(!session.unlock(u"0000"_s, u"Eve"_s).ok());
    QCOMPARE(session.backoffRemaining().count(), 1);
    // During the wait even the right PIN is refused, without being checked.
    auto waiting = session.unlock(u"2468"_s, u"Maria"_s);
    QVERIFY(!waiting.ok());
    QVERIFY(!session.isUnlocked());

    m_clock->advance(1000);
    QVERIFY(!session.unlock(u"0001"_s, u"Eve"_s).ok());
    QCOMPARE(session.backoffRemaining().count(), 2);
    m_clock->advance(2000);
    QVERIFY(!session.unlock(u"0002"_s, u"Eve"_s).ok());
    QCOMPARE(session.backoffRemaining().count(), 4);
    m_clock->advance(4000);
    QCOMPARE(session.backoffRemaining().count(), 0);

    QVERIFY(session.unlock(u"2468"_s, u"Maria"_s).ok());
    session.lock();
    // Success clears the count: the next typo costs one second again.
    QVERIFY(!session.unlock(u"0003"_s, u"Eve"_s).ok());
    QCOMPARE(session.backoffRemaining().count(), 1);
}

void tst_ManagerSession::waitSurvivesRestart()
{
    {
        ManagerSession session(iniPath(), *m_clock);
        QVERIFY(session.setInitialPin(u"2468"_s).ok());
        for (int attempt = 0; attempt < 4; ++attempt) {
            QVERIFY(!session.unlock(u"1111"_s, u"Eve"_s).ok());
            m_clock->advance(session.backoffRemaining().count() * 1000);
        }
        QVERIFY(!session.unlock(u"1111"_s, u"Eve"_s).ok());
    }
    ManagerSession restarted(iniPath(), *m_clock);
    QCOMPARE(restarted.backoffRemaining().count(), 16);
    QVERIFY(!restarted.unlock(u"2468"_s, u"Maria"_s).ok());
}

void tst_ManagerSession::needsManagerName()
{
    ManagerSession session(iniPath(), *m_clock);
    QVERIFY(session.setInitialPin(u"2468"_s).ok());
    auto unnamed = session.unlock(u"2468"_s, u"   "_s);
    QVERIFY(!unnamed.ok());
    QCOMPARE(unnamed.error().code, ErrorCode::InvalidField);
    QVERIFY(!session.isUnlocked());
    // A missing name is not a wrong PIN.
    QCOMPARE(session.backoffRemaining().count(), 0);
}

void tst_ManagerSession::changePinNeedsCurrentPin()
{
    ManagerSession session(iniPath(), *m_clock);
    QVERIFY(session.setInitialPin(u"2468"_s).ok());
    QVERIFY(!session.changePin(u"1357"_s, u"8642"_s).ok());
    m_clock->advance(1000);
    QVERIFY(session.changePin(u"2468"_s, u"8642"_s).ok());
    QVERIFY(!session.unlock(u"2468"_s, u"Maria"_s).ok());
    m_clock->advance(1000);
    QVERIFY(session.unlock(u"8642"_s, u"Maria"_s).ok());
}

void tst_ManagerSession::relocksAfterInactivity()
{
    ManagerSession session(iniPath(), *m_clock);
    QCOMPARE(session.relockAfter(), ManagerSession::defaultRelockAfter);
    QVERIFY(session.setInitialPin(u"2468"_s).ok());
    QVERIFY(session.unlock(u"2468"_s, u"Maria"_s).ok());
    QSignalSpy locked(&session, &ManagerSession::locked);

    m_clock->advance(4 * 60 * 1000 + 59 * 1000);
    session.checkInactivity();
    QVERIFY(session.isUnlocked());
    QCOMPARE(locked.count(), 0);

    m_clock->advance(1000);
    session.checkInactivity();
    QCOMPARE(locked.count(), 1);
    QVERIFY(!session.isUnlocked());
    QVERIFY(session.manager().isEmpty());
}

void tst_ManagerSession::activityKeepsUnlocked()
{
    ManagerSession session(iniPath(), *m_clock);
    QVERIFY(session.setInitialPin(u"2468"_s).ok());
    QVERIFY(session.unlock(u"2468"_s, u"Maria"_s).ok());
    for (int minute = 0; minute < 12; ++minute) {
        m_clock->advance(4 * 60 * 1000);
        session.touch();
        QVERIFY(session.isUnlocked());
    }
    m_clock->advance(5 * 60 * 1000);
    QVERIFY(!session.isUnlocked());
}

void tst_ManagerSession::inputEventsCountAsActivity()
{
    ManagerSession session(iniPath(), *m_clock);
    QVERIFY(session.setInitialPin(u"2468"_s).ok());
    QVERIFY(session.unlock(u"2468"_s, u"Maria"_s).ok());
    QLineEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));

    m_clock->advance(4 * 60 * 1000);
    QTest::keyClick(&edit, Qt::Key_A);
    m_clock->advance(4 * 60 * 1000);
    QTest::mouseClick(&edit, Qt::LeftButton);
    m_clock->advance(4 * 60 * 1000);
    QVERIFY(session.isUnlocked());

    // Without input the time runs out.
    m_clock->advance(60 * 1000);
    QVERIFY(!session.isUnlocked());
}

void tst_ManagerSession::lateInputDoesNotRevive()
{
    ManagerSession session(iniPath(), *m_clock);
    QVERIFY(session.setInitialPin(u"2468"_s).ok());
    QVERIFY(session.unlock(u"2468"_s, u"Maria"_s).ok());
    QSignalSpy locked(&session, &ManagerSession::locked);
    m_clock->advance(6 * 60 * 1000);
    session.touch();
    QCOMPARE(locked.count(), 1);
    QVERIFY(!session.isUnlocked());
}

void tst_ManagerSession::relockTimeIsConfigurable()
{
    {
        ManagerSession session(iniPath(), *m_clock);
        session.setRelockAfter(std::chrono::seconds(30));
    }
    ManagerSession session(iniPath(), *m_clock);
    QCOMPARE(session.relockAfter(), std::chrono::seconds(30));
    QVERIFY(session.setInitialPin(u"2468"_s).ok());
    QVERIFY(session.unlock(u"2468"_s, u"Maria"_s).ok());
    m_clock->advance(29 * 1000);
    QVERIFY(session.isUnlocked());
    m_clock->advance(1000);
    QVERIFY(!session.isUnlocked());
}

void tst_ManagerSession::dialogSetsFirstPinAndUnlocks()
{
    ManagerSession session(iniPath(), *m_clock);
    ManagerUnlockDialog dialog(session, ManagerUnlockDialog::Mode::Unlock);
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(u"nameEdit"_s);
    auto *pin = dialog.findChild<QLineEdit *>(u"pinEdit"_s);
    auto *newPin = dialog.findChild<QLineEdit *>(u"newPinEdit"_s);
    auto *confirm = dialog.findChild<QLineEdit *>(u"confirmPinEdit"_s);
    auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
    QVERIFY(name && pin && newPin && confirm && message);
    QVERIFY(!pin->isVisible());
    QVERIFY(newPin->isVisible());

    QTest::keyClicks(name, u"Maria"_s);
    QTest::keyClicks(newPin, u"5555"_s);
    QTest::keyClicks(confirm, u"5556"_s);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!session.hasPin());

    confirm->clear();
    QTest::keyClicks(confirm, u"5555"_s);
    dialog.accept();
    // The key is derived on another thread: the window's event loop goes on meanwhile.
    QVERIFY(dialog.isChecking());
    QVERIFY(!session.hasPin());
    QTRY_VERIFY(!dialog.isChecking());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(session.hasPin());
    QVERIFY(session.isUnlocked());
    QCOMPARE(session.manager(), u"Maria"_s);
}

void tst_ManagerSession::dialogShowsWrongPin()
{
    ManagerSession session(iniPath(), *m_clock);
    QVERIFY(session.setInitialPin(u"2468"_s).ok());
    ManagerUnlockDialog dialog(session, ManagerUnlockDialog::Mode::Unlock);
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(u"nameEdit"_s);
    auto *pin = dialog.findChild<QLineEdit *>(u"pinEdit"_s);
    auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QVERIFY(name && pin && message && buttons);
    QVERIFY(pin->isVisible());

    QTest::keyClicks(name, u"Eve"_s);
    QTest::keyClicks(pin, u"0000"_s);
    dialog.accept();
    QVERIFY(dialog.isChecking());
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!pin->isEnabled());
    QTRY_VERIFY(!dialog.isChecking());
    QVERIFY(dialog.isVisible());
    QVERIFY(!session.isUnlocked());
    QVERIFY(pin->text().isEmpty());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());

    m_clock->advance(1000);
    QTRY_VERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClicks(pin, u"2468"_s);
    dialog.accept();
    QTRY_VERIFY(!dialog.isChecking());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(session.manager(), u"Eve"_s);
}

namespace {
/// Types into the dialog's fields, named by object name, and presses OK.
void fillInAndAccept(ManagerUnlockDialog &dialog, const QList<std::pair<QString, QString>> &fields)
{
    dialog.show();
    for (const auto &[field, text] : fields)
        QTest::keyClicks(dialog.findChild<QLineEdit *>(field), text);
    dialog.accept();
}
} // namespace

void tst_ManagerSession::dialogCancelledWhileCheckingUnlocksNothing()
{
    ManagerSession session(iniPath(), *m_clock);
    QVERIFY(session.setInitialPin(u"2468"_s).ok());
    ManagerUnlockDialog dialog(session, ManagerUnlockDialog::Mode::Unlock);
    fillInAndAccept(dialog, {{u"nameEdit"_s, u"Eve"_s}, {u"pinEdit"_s, u"2468"_s}});
    QVERIFY(dialog.isChecking());
    dialog.reject();
    QTRY_VERIFY(!dialog.isChecking());
    QVERIFY(!session.isUnlocked());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_ManagerSession::dialogChangesThePin()
{
    ManagerSession session(iniPath(), *m_clock);
    QVERIFY(session.setInitialPin(u"2468"_s).ok());
    ManagerUnlockDialog dialog(session, ManagerUnlockDialog::Mode::ChangePin);
    fillInAndAccept(dialog,
                    {{u"pinEdit"_s, u"2468"_s}, {u"newPinEdit"_s, u"97531"_s}, {u"confirmPinEdit"_s, u"97531"_s}});
    QTRY_VERIFY(!dialog.isChecking());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!session.unlock(u"2468"_s, u"Eve"_s).ok());
    m_clock->advance(2000);
    QVERIFY(session.unlock(u"97531"_s, u"Eve"_s).ok());
}

QTEST_MAIN(tst_ManagerSession)
#include "tst_managersession.moc"
