#include "audittrail.h"
#include "mainwindow.h"
#include "managerapproval.h"
#include "manageractions.h"
#include "managertestfixture.h"
#include "showswindow.h"
#include "staffsession.h"
#include "staffsignindialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

/// Manager actions at a counter: a signed-in manager acts as themselves, a cashier's action needs
/// a manager's PIN for that one action (the real override dialog, its PIN checked in the worker),
/// and a counter without staff accounts is offered its first manager.
class tst_ManagerApproval : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signedInManagerActsAsThemselves();
    void cashierOverrideNamesBothInTheAuditLog();
    void overrideRefusedForACashiersPin();
    void noAccountsOfferTheFirstManager();
    void managerOnlyWindowOpensUnderAnOverrideAndClosesAtSwitch();

private:
    /// Answers the override dialog that the next approval opens: `name` types `secret`. With
    /// `accepts` false the dialog's refusal is awaited and the dialog cancelled.
    void answerOverride(const QString &name, const QString &secret, bool accepts);

    std::unique_ptr<ManagerTestFixture> m_fixture;
    QString m_refusal;
    bool m_dialogSeen = false;
};

void tst_ManagerApproval::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
}

void tst_ManagerApproval::init()
{
    m_fixture = std::make_unique<ManagerTestFixture>();
    QVERIFY(m_fixture->valid);
    m_refusal.clear();
    m_dialogSeen = false;
}

void tst_ManagerApproval::cleanup()
{
    m_fixture.reset();
}

void tst_ManagerApproval::answerOverride(const QString &name, const QString &secret, bool accepts)
{
    QTimer::singleShot(0, this, [this, name, secret, accepts] {
        auto *dialog = qobject_cast<StaffSignInDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        m_dialogSeen = true;
        QSignalSpy refused(dialog, &StaffSignInDialog::refused);
        dialog->findChild<QComboBox *>(u"staffName"_s)->setCurrentText(name);
        auto *field = dialog->findChild<QLineEdit *>(u"staffSecret"_s);
        QTest::keyClicks(field, secret);
        QTest::keyClick(field, Qt::Key_Return);
        if (accepts)
            return;
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 10000);
        m_refusal = refused.first().first().toString();
        dialog->reject();
    });
}

void tst_ManagerApproval::signedInManagerActsAsThemselves()
{
    QVERIFY(m_fixture->signInManager());
    int prompts = 0;
    m_fixture->approval->setOverrideProvider([&prompts](const QString &, QWidget *) {
        ++prompts;
        return std::optional<StaffMember>{};
    });
    QVERIFY(m_fixture->approval->isManagerSignedIn());
    const std::optional<StaffActor> actor = m_fixture->approval->approve(u"Unbook seats"_s, nullptr);
    QVERIFY(actor);
    QCOMPARE(prompts, 0);
    QCOMPARE(actor->staffId, m_fixture->manager->id);
    QVERIFY(!actor->isOverride());
    QVERIFY(m_fixture->approval->stillApproved(*actor));

    // Once the manager left, what was approved for them is not any more.
    m_fixture->staffSession->lock();
    QVERIFY(!m_fixture->approval->stillApproved(*actor));
}

void tst_ManagerApproval::cashierOverrideNamesBothInTheAuditLog()
{
    QVERIFY(m_fixture->signInCashier());
    QVERIFY(!m_fixture->approval->isManagerSignedIn());
    const Show show = m_fixture->futureShow();
    m_fixture->book(show.id, {u"A5"_s, u"A6"_s});
    ManagerActions actions(*m_fixture->backend, *m_fixture->approval);
    actions.setShowMessages(false);
    actions.setReasonProvider([](const QString &, const QString &) { return std::optional<QString>(u"Wrong show"_s); });
    QSignalSpy finished(&actions, &ManagerActions::finished);

    answerOverride(ManagerTestFixture::managerName, ManagerTestFixture::pin, true);
    QVERIFY(actions.unbookSeats(show.id, {u"A5"_s}));
    QVERIFY(m_dialogSeen);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(m_fixture->status(show.id, u"A5"_s), SeatStatus::Available);

    auto page = AuditTrail(*m_fixture->database).newest({}, 1);
    QVERIFY(page.ok() && page->records.size() == 1);
    const AuditRecord &record = page->records.constFirst();
    QCOMPARE(record.entry.action, u"unbook"_s);
    QCOMPARE(record.staffId, m_fixture->cashier->id);
    QCOMPARE(record.authorisedById, m_fixture->manager->id);
    QCOMPARE(record.authorisedByName, ManagerTestFixture::managerName);

    // The override was for that one action: the cashier is still a cashier, and the next action
    // asks again (cancelled here, so nothing changes).
    QVERIFY(!m_fixture->approval->isManagerSignedIn());
    QCOMPARE(m_fixture->staffSession->actor().staffId, m_fixture->cashier->id);
    m_dialogSeen = false;
    QTimer::singleShot(0, this, [this] {
        auto *dialog = qobject_cast<StaffSignInDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        m_dialogSeen = true;
        dialog->reject();
    });
    QVERIFY(!actions.unbookSeats(show.id, {u"A6"_s}));
    QVERIFY(m_dialogSeen);
    QCOMPARE(m_fixture->status(show.id, u"A6"_s), SeatStatus::Booked);
}

void tst_ManagerApproval::overrideRefusedForACashiersPin()
{
    QVERIFY(m_fixture->signInCashier());
    answerOverride(ManagerTestFixture::cashierName, ManagerTestFixture::cashierPin, false);
    const std::optional<StaffActor> actor = m_fixture->approval->approve(u"Block seats"_s, nullptr);
    QVERIFY(m_dialogSeen);
    QVERIFY(!actor);
    QVERIFY2(m_refusal.contains(u"not a manager"_s), qPrintable(m_refusal));
    QVERIFY(!m_fixture->approval->isManagerSignedIn());
}

void tst_ManagerApproval::noAccountsOfferTheFirstManager()
{
    AppSettings settings(m_fixture->m_dir.filePath(u"app.ini"_s));
    MainWindow window(*m_fixture->backend, settings, *m_fixture->approval);
    QVERIFY(!window.staffSession());
    int offers = 0;
    bool create = false;
    m_fixture->approval->setFirstManagerProvider([&](QWidget *) -> std::optional<StaffMember> {
        ++offers;
        if (!create)
            return std::nullopt;
        StaffService staff(*m_fixture->database, m_fixture->clock);
        auto added = staff.addStaff(u"Noor"_s, StaffRole::Manager, u"8642"_s, u"first-run"_s);
        return added.ok() ? std::optional<StaffMember>(added.value()) : std::nullopt;
    });
    int overrides = 0;
    m_fixture->approval->setOverrideProvider([&overrides](const QString &, QWidget *) {
        ++overrides;
        return std::optional<StaffMember>{};
    });

    QVERIFY(!m_fixture->approval->approve(u"Block seats"_s, &window));
    QCOMPARE(offers, 1);
    QVERIFY(!m_fixture->staffSession->isSignedIn());

    create = true;
    QSignalSpy created(m_fixture->approval.get(), &ManagerApproval::firstManagerCreated);
    const std::optional<StaffActor> actor = m_fixture->approval->approve(u"Block seats"_s, &window);
    QCOMPARE(offers, 2);
    QVERIFY(actor);
    QCOMPARE(actor->name, u"Noor"_s);
    QCOMPARE(created.count(), 1);
    // From now on the counter is used signed in, as the new manager.
    QVERIFY(m_fixture->staffSession->isManager());
    QCOMPARE(m_fixture->staffSession->actor().staffId, actor->staffId);
    QCOMPARE(window.staffSession(), m_fixture->staffSession.get());
    QCOMPARE(overrides, 0);
}

void tst_ManagerApproval::managerOnlyWindowOpensUnderAnOverrideAndClosesAtSwitch()
{
    AppSettings settings(m_fixture->m_dir.filePath(u"app.ini"_s));
    MainWindow window(*m_fixture->backend, settings, *m_fixture->approval);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(m_fixture->signInCashier());
    window.setStaffSession(m_fixture->staffSession.get());
    std::optional<StaffMember> authorising;
    m_fixture->approval->setOverrideProvider(
            [&authorising](const QString &, QWidget *) { return authorising; });
    auto *action = window.findChild<QAction *>(u"actionShows"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());

    action->trigger();
    QVERIFY(!window.findChild<ShowsWindow *>());

    authorising = m_fixture->manager;
    action->trigger();
    auto *shows = window.findChild<ShowsWindow *>();
    QVERIFY(shows);
    QTRY_VERIFY(shows->isVisible());

    // Switching user closes what was opened under the override.
    window.findChild<QAction *>(u"actionSwitchUser"_s)->trigger();
    QTRY_VERIFY(!shows->isVisible());
}

QTEST_MAIN(tst_ManagerApproval)
#include "tst_managerapproval.moc"
