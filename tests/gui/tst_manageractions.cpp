#include "auditlogwindow.h"
#include "audittrail.h"
#include "manageractions.h"
#include "managerpanel.h"
#include "managertestfixture.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

class tst_ManagerActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void parsesSeatLabels_data();
    void parsesSeatLabels();
    void unbookingRefusedWithoutAManager();
    void overriddenUnbookNamesCashierAndManager();
    void unbookSeatsFreesThemAndAudits();
    void unbookWholeBooking();
    void refusedWithoutReason();
    void refusesAfterTheInactivityLock();
    void blockAndUnblock();
    void blockingBookedSeatIsExplained();
    void houseSeats();
    void deleteCustomerReleasesBookings();
    void auditLogWindowShowsEntriesToAManager();
    void panelBlocksTypedSeats();
    void panelFindsAndDeletesCustomer();

private:
    struct Outcome
    {
        ManagerActions::Action action;
        bool ok = false;
        QString message;
    };
    /// Runs until finished() arrives; returns it.
    std::optional<Outcome> waitForOutcome(QSignalSpy &spy);

    std::unique_ptr<ManagerTestFixture> m_fixture;
    std::unique_ptr<ManagerActions> m_actions;
    QStringList m_questions;
    std::optional<QString> m_reason;
    int m_overridePrompts = 0;
    /// Who authorises the next override; nobody when nullopt.
    std::optional<StaffMember> m_overrideBy;
};

void tst_ManagerActions::init()
{
    m_fixture = std::make_unique<ManagerTestFixture>();
    QVERIFY(m_fixture->valid);
    m_actions = std::make_unique<ManagerActions>(*m_fixture->backend, *m_fixture->approval);
    m_actions->setShowMessages(false);
    m_questions.clear();
    m_reason = u"Customer asked for a refund"_s;
    m_overridePrompts = 0;
    m_overrideBy.reset();
    QVERIFY(m_fixture->signInCashier());
    m_actions->setReasonProvider([this](const QString &, const QString &question) {
        m_questions.append(question);
        return m_reason;
    });
    m_fixture->approval->setOverrideProvider([this](const QString &, QWidget *) {
        ++m_overridePrompts;
        return m_overrideBy;
    });
}

void tst_ManagerActions::cleanup()
{
    m_actions.reset();
    m_fixture.reset();
}

std::optional<tst_ManagerActions::Outcome> tst_ManagerActions::waitForOutcome(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(10000))
        return std::nullopt;
    const QList<QVariant> arguments = spy.takeFirst();
    return Outcome{arguments.at(0).value<ManagerActions::Action>(), arguments.at(1).toBool(),
                   arguments.at(2).toString()};
}

void tst_ManagerActions::parsesSeatLabels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("labels");
    QTest::addRow("list") << u"A1, a2;B3  C4"_s << QStringList{u"A1"_s, u"A2"_s, u"B3"_s, u"C4"_s};
    QTest::addRow("range") << u"c7-c10"_s << QStringList{u"C7"_s, u"C8"_s, u"C9"_s, u"C10"_s};
    QTest::addRow("short range") << u"D3-5"_s << QStringList{u"D3"_s, u"D4"_s, u"D5"_s};
    QTest::addRow("reversed range") << u"E3-E1"_s << QStringList{u"E1"_s, u"E2"_s, u"E3"_s};
    QTest::addRow("duplicates") << u"A1 A1 A1-2"_s << QStringList{u"A1"_s, u"A2"_s};
    QTest::addRow("empty") << u"  , "_s << QStringList{};
    QTest::addRow("cross-row is not a range") << u"A1-B2"_s << QStringList{u"A1-B2"_s};
}

void tst_ManagerActions::parsesSeatLabels()
{
    QFETCH(QString, text);
    QFETCH(QStringList, labels);
    QCOMPARE(ManagerActions::parseSeatLabels(text), labels);
}

void tst_ManagerActions::unbookingRefusedWithoutAManager()
{
    const Show show = m_fixture->futureShow();
    QVERIFY(show.id > 0);
    const Booking booking = m_fixture->book(show.id, {u"A1"_s, u"A2"_s}, u"Asha Rao"_s);
    QVERIFY(!booking.reference.isEmpty());

    QSignalSpy refused(m_actions.get(), &ManagerActions::refused);
    QSignalSpy finished(m_actions.get(), &ManagerActions::finished);
    QVERIFY(!m_actions->unbookSeats(show.id, {u"A1"_s}));
    QVERIFY(!m_actions->unbookBooking(booking.reference));
    QCOMPARE(refused.count(), 2);
    QVERIFY(!refused.first().first().toString().isEmpty());
    QCOMPARE(m_overridePrompts, 2);
    QVERIFY(m_questions.isEmpty());

    // Nothing reached the database.
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_fixture->status(show.id, u"A1"_s), SeatStatus::Booked);
    QCOMPARE(m_fixture->status(show.id, u"A2"_s), SeatStatus::Booked);
    auto audit = m_fixture->catalog->auditLog(10);
    QVERIFY(audit.ok());
    for (const AuditEntry &entry : audit.value())
        QVERIFY(entry.action != u"unbook"_s);
}

void tst_ManagerActions::overriddenUnbookNamesCashierAndManager()
{
    const Show show = m_fixture->futureShow();
    m_fixture->book(show.id, {u"B1"_s, u"B2"_s});
    // The manager does not authorise it: nothing happens.
    QVERIFY(!m_actions->unbookSeats(show.id, {u"B1"_s}));
    QCOMPARE(m_overridePrompts, 1);
    QCOMPARE(m_fixture->status(show.id, u"B1"_s), SeatStatus::Booked);

    m_overrideBy = m_fixture->manager;
    QSignalSpy finished(m_actions.get(), &ManagerActions::finished);
    QVERIFY(m_actions->unbookSeats(show.id, {u"B1"_s}));
    auto outcome = waitForOutcome(finished);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->message));
    QCOMPARE(m_overridePrompts, 2);
    QCOMPARE(m_fixture->status(show.id, u"B1"_s), SeatStatus::Available);

    auto page = AuditTrail(*m_fixture->database).newest({}, 1);
    QVERIFY(page.ok() && page->records.size() == 1);
    const AuditRecord &record = page->records.constFirst();
    QCOMPARE(record.entry.action, u"unbook"_s);
    QCOMPARE(record.staffId, m_fixture->cashier->id);
    QCOMPARE(record.staffName, ManagerTestFixture::cashierName);
    QCOMPARE(record.authorisedById, m_fixture->manager->id);
    QCOMPARE(record.authorisedByName, ManagerTestFixture::managerName);

    // Nothing stays unlocked: the next action asks again, and is refused without a manager.
    m_overrideBy.reset();
    QVERIFY(!m_actions->unbookSeats(show.id, {u"B2"_s}));
    QCOMPARE(m_overridePrompts, 3);
    QCOMPARE(m_fixture->status(show.id, u"B2"_s), SeatStatus::Booked);
}

void tst_ManagerActions::unbookSeatsFreesThemAndAudits()
{
    const Show show = m_fixture->futureShow();
    const Booking booking = m_fixture->book(show.id, {u"C1"_s, u"C2"_s, u"C3"_s}, u"Asha Rao"_s);
    QVERIFY(!booking.reference.isEmpty());
    QVERIFY(m_fixture->signInManager());

    QSignalSpy finished(m_actions.get(), &ManagerActions::finished);
    QSignalSpy changed(m_actions.get(), &ManagerActions::seatsChanged);
    QVERIFY(m_actions->unbookSeats(show.id, {u"C1"_s, u"C3"_s}));
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains(u"C1"_s));
    auto outcome = waitForOutcome(finished);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->message));
    QCOMPARE(outcome->action, ManagerActions::Action::UnbookSeats);
    QVERIFY(outcome->message.contains(u"C3"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), show.id);

    QCOMPARE(m_fixture->status(show.id, u"C1"_s), SeatStatus::Available);
    QCOMPARE(m_fixture->status(show.id, u"C2"_s), SeatStatus::Booked);
    QCOMPARE(m_fixture->status(show.id, u"C3"_s), SeatStatus::Available);

    auto audit = m_fixture->catalog->auditLog(1);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    const AuditEntry &entry = audit->first();
    QCOMPARE(entry.action, u"unbook"_s);
    QCOMPARE(entry.actor, ManagerTestFixture::managerName);
    QCOMPARE(entry.reason, u"Customer asked for a refund"_s);
    QCOMPARE(entry.showId, show.id);
    QVERIFY(entry.details.contains(u"C1"_s));

    auto reread = m_fixture->catalog->booking(booking.reference);
    QVERIFY(reread.ok());
    int released = 0;
    for (const BookedSeat &seat : reread->seats)
        released += seat.released ? 1 : 0;
    QCOMPARE(released, 2);
}

void tst_ManagerActions::unbookWholeBooking()
{
    const Show show = m_fixture->futureShow();
    const Booking booking = m_fixture->book(show.id, {u"D4"_s, u"D5"_s}, u"Jonas Berg"_s);
    QVERIFY(m_fixture->signInManager());
    QSignalSpy finished(m_actions.get(), &ManagerActions::finished);
    QVERIFY(m_actions->unbookBooking(booking.reference));
    auto outcome = waitForOutcome(finished);
    QVERIFY(outcome && outcome->ok);
    QVERIFY(outcome->message.contains(booking.reference));
    QCOMPARE(m_fixture->status(show.id, u"D4"_s), SeatStatus::Available);
    QCOMPARE(m_fixture->status(show.id, u"D5"_s), SeatStatus::Available);
    auto reread = m_fixture->catalog->booking(booking.reference);
    QVERIFY(reread.ok());
    QVERIFY(reread->cancelled);
    auto audit = m_fixture->catalog->auditLog(1);
    QCOMPARE(audit->first().actor, ManagerTestFixture::managerName);
    QCOMPARE(audit->first().reason, u"Customer asked for a refund"_s);

    // Again: nothing left, said in words.
    QVERIFY(m_actions->unbookBooking(booking.reference));
    outcome = waitForOutcome(finished);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QVERIFY(!outcome->message.isEmpty());
}

void tst_ManagerActions::refusedWithoutReason()
{
    const Show show = m_fixture->futureShow();
    m_fixture->book(show.id, {u"E1"_s});
    QVERIFY(m_fixture->signInManager());
    QSignalSpy refused(m_actions.get(), &ManagerActions::refused);

    m_reason = u"   "_s;
    QVERIFY(!m_actions->unbookSeats(show.id, {u"E1"_s}));
    m_reason = std::nullopt;
    QVERIFY(!m_actions->unbookSeats(show.id, {u"E1"_s}));
    QCOMPARE(refused.count(), 2);
    QCOMPARE(m_fixture->status(show.id, u"E1"_s), SeatStatus::Booked);
}

void tst_ManagerActions::refusesAfterTheInactivityLock()
{
    const Show show = m_fixture->futureShow();
    m_fixture->book(show.id, {u"E2"_s});
    QVERIFY(m_fixture->signInManager());
    m_fixture->clock.advance(6 * 60 * 1000);
    QSignalSpy refused(m_actions.get(), &ManagerActions::refused);
    QVERIFY(!m_actions->unbookSeats(show.id, {u"E2"_s}));
    QCOMPARE(m_overridePrompts, 1);
    QCOMPARE(refused.count(), 1);
    QCOMPARE(m_fixture->status(show.id, u"E2"_s), SeatStatus::Booked);
}

void tst_ManagerActions::blockAndUnblock()
{
    const Show show = m_fixture->futureShow();
    QVERIFY(m_fixture->signInManager());
    QSignalSpy finished(m_actions.get(), &ManagerActions::finished);
    m_reason = u"Broken seat"_s;
    QVERIFY(m_actions->blockSeats(show.id, ManagerActions::parseSeatLabels(u"f1-f3"_s)));
    auto outcome = waitForOutcome(finished);
    QVERIFY(outcome && outcome->ok);
    for (const QString &label : {u"F1"_s, u"F2"_s, u"F3"_s})
        QCOMPARE(m_fixture->status(show.id, label), SeatStatus::Blocked);
    auto audit = m_fixture->catalog->auditLog(1);
    QCOMPARE(audit->first().action, u"block"_s);
    QCOMPARE(audit->first().reason, u"Broken seat"_s);
    QCOMPARE(audit->first().actor, ManagerTestFixture::managerName);

    m_reason = u"Repaired"_s;
    QVERIFY(m_actions->unblockSeats(show.id, {u"F2"_s}));
    outcome = waitForOutcome(finished);
    QVERIFY(outcome && outcome->ok);
    QCOMPARE(m_fixture->status(show.id, u"F2"_s), SeatStatus::Available);
    QCOMPARE(m_fixture->status(show.id, u"F1"_s), SeatStatus::Blocked);
}

void tst_ManagerActions::blockingBookedSeatIsExplained()
{
    const Show show = m_fixture->futureShow();
    m_fixture->book(show.id, {u"G1"_s});
    QVERIFY(m_fixture->signInManager());
    QSignalSpy finished(m_actions.get(), &ManagerActions::finished);
    QVERIFY(m_actions->blockSeats(show.id, {u"G1"_s, u"G2"_s}));
    auto outcome = waitForOutcome(finished);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QVERIFY(outcome->message.contains(u"G1"_s));
    QVERIFY(!outcome->message.contains(u"G2"_s));
    QCOMPARE(m_fixture->status(show.id, u"G2"_s), SeatStatus::Available);

    QVERIFY(m_actions->blockSeats(show.id, {u"ZZ99"_s}));
    outcome = waitForOutcome(finished);
    QVERIFY(outcome && !outcome->ok);
    QVERIFY(outcome->message.contains(u"ZZ99"_s));
}

void tst_ManagerActions::houseSeats()
{
    const Show show = m_fixture->futureShow();
    QVERIFY(m_fixture->signInManager());
    QSignalSpy finished(m_actions.get(), &ManagerActions::finished);
    QVERIFY(!m_fixture->isHouseSeat(show.id, u"H1"_s));
    QVERIFY(m_actions->setHouseSeats(show.id, {u"H1"_s, u"H2"_s}, true));
    auto outcome = waitForOutcome(finished);
    QVERIFY(outcome && outcome->ok);
    QVERIFY(m_fixture->isHouseSeat(show.id, u"H1"_s));
    QVERIFY(m_fixture->isHouseSeat(show.id, u"H2"_s));
    QVERIFY(m_actions->setHouseSeats(show.id, {u"H1"_s}, false));
    outcome = waitForOutcome(finished);
    QVERIFY(outcome && outcome->ok);
    QVERIFY(!m_fixture->isHouseSeat(show.id, u"H1"_s));
    QVERIFY(m_fixture->isHouseSeat(show.id, u"H2"_s));
}

void tst_ManagerActions::deleteCustomerReleasesBookings()
{
    const Show show = m_fixture->futureShow();
    const Booking booking = m_fixture->book(show.id, {u"J1"_s, u"J2"_s}, u"Priya Natarajan"_s, {},
                                            u"priya@example.com"_s);
    QVERIFY(!booking.reference.isEmpty());
    auto customers = m_fixture->catalog->findCustomers(u"priya@"_s);
    QVERIFY(customers.ok());
    QCOMPARE(customers->size(), 1);
    const Customer customer = customers->first();

    QVERIFY(!m_actions->deleteCustomer(customer));
    QCOMPARE(m_fixture->status(show.id, u"J1"_s), SeatStatus::Booked);

    QVERIFY(m_fixture->signInManager());
    m_reason = u"GDPR erasure request"_s;
    QSignalSpy finished(m_actions.get(), &ManagerActions::finished);
    QVERIFY(m_actions->deleteCustomer(customer));
    QVERIFY(m_questions.last().contains(u"Priya Natarajan"_s));
    auto outcome = waitForOutcome(finished);
    QVERIFY(outcome && outcome->ok);
    QCOMPARE(m_fixture->status(show.id, u"J1"_s), SeatStatus::Available);
    QCOMPARE(m_fixture->status(show.id, u"J2"_s), SeatStatus::Available);
    QVERIFY(m_fixture->catalog->findCustomers(u"Priya"_s)->isEmpty());
    auto audit = m_fixture->catalog->auditLog(1);
    QCOMPARE(audit->first().action, u"delete_customer"_s);
    QCOMPARE(audit->first().actor, ManagerTestFixture::managerName);
    QCOMPARE(audit->first().reason, u"GDPR erasure request"_s);
}

void tst_ManagerActions::auditLogWindowShowsEntriesToAManager()
{
    const Show show = m_fixture->futureShow();
    QVERIFY(m_fixture->signInManager());
    QSignalSpy finished(m_actions.get(), &ManagerActions::finished);
    m_reason = u"Camera platform"_s;
    QVERIFY(m_actions->blockSeats(show.id, {u"K1"_s}));
    QVERIFY(waitForOutcome(finished));
    m_reason = u"Wheelchair space"_s;
    QVERIFY(m_actions->blockSeats(show.id, {u"K2"_s}));
    QVERIFY(waitForOutcome(finished));

    AuditLogWindow window(*m_fixture->backend, *m_fixture->approval);
    window.show();
    auto *table = window.findChild<QTableView *>(u"auditTable"_s);
    auto *filter = window.findChild<QLineEdit *>(u"filterEdit"_s);
    QVERIFY(table && filter);
    QTRY_VERIFY(table->model()->rowCount() >= 2);
    // Newest first.
    const QAbstractItemModel *model = table->model();
    auto rowText = [model](int row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        return cells.join(u'|');
    };
    QVERIFY2(rowText(0).contains(u"Wheelchair space"_s), qPrintable(rowText(0)));
    QVERIFY(rowText(0).contains(ManagerTestFixture::managerName));
    QVERIFY(rowText(1).contains(u"Camera platform"_s));

    QTest::keyClicks(filter, u"camera"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(rowText(0).contains(u"K1"_s));

    // Signed out: the log is not shown.
    m_fixture->staffSession->lock();
    QTRY_COMPARE(model->rowCount(), 0);
}

void tst_ManagerActions::panelBlocksTypedSeats()
{
    const Show show = m_fixture->futureShow();
    ManagerPanel panel(*m_fixture->backend, *m_fixture->approval, *m_actions);
    panel.show();
    QSignalSpy shows(&panel, &ManagerPanel::showsLoaded);
    panel.setShow(show.id, show.startsAt.toLocalTime().date(), {u"L1"_s});
    QVERIFY(shows.wait(10000));
    QCOMPARE(panel.showId(), show.id);
    auto *seats = panel.findChild<QLineEdit *>(u"seatsEdit"_s);
    QVERIFY(seats);
    seats->clear();
    QTest::keyClicks(seats, u"l1-l3, m7"_s);
    QCOMPARE(panel.seatLabels(), (QStringList{u"L1"_s, u"L2"_s, u"L3"_s, u"M7"_s}));

    // A cashier without a manager's PIN: refused, nothing blocked.
    QTest::mouseClick(panel.findChild<QPushButton *>(u"blockButton"_s), Qt::LeftButton);
    QCOMPARE(m_overridePrompts, 1);
    QCOMPARE(m_fixture->status(show.id, u"L1"_s), SeatStatus::Available);

    QVERIFY(m_fixture->signInManager());
    m_reason = u"Lighting rig"_s;
    QSignalSpy finished(m_actions.get(), &ManagerActions::finished);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"blockButton"_s), Qt::LeftButton);
    auto outcome = waitForOutcome(finished);
    QVERIFY(outcome && outcome->ok);
    for (const QString &label : {u"L1"_s, u"L2"_s, u"L3"_s, u"M7"_s})
        QCOMPARE(m_fixture->status(show.id, label), SeatStatus::Blocked);
    QCOMPARE(m_fixture->catalog->auditLog(1)->first().reason, u"Lighting rig"_s);
}

void tst_ManagerActions::panelFindsAndDeletesCustomer()
{
    const Show show = m_fixture->futureShow();
    m_fixture->book(show.id, {u"N1"_s}, u"Rahul Mehta"_s, {}, u"rahul@example.com"_s);
    m_fixture->book(show.id, {u"N2"_s}, u"Rahel Kidane"_s, {}, u"rahel@example.com"_s);
    ManagerPanel panel(*m_fixture->backend, *m_fixture->approval, *m_actions);
    panel.show();
    auto *table = panel.findChild<QTableView *>(u"customersTable"_s);
    auto *remove = panel.findChild<QPushButton *>(u"deleteCustomerButton"_s);
    QVERIFY(table && remove);

    // Customer data is for managers only.
    QSignalSpy loaded(&panel, &ManagerPanel::customersLoaded);
    panel.findCustomers(u"rah"_s);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(table->model()->rowCount(), 0);

    QVERIFY(m_fixture->signInManager());
    panel.findCustomers(u"rah"_s);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(table->model()->rowCount(), 2);
    int rahul = -1;
    for (int row = 0; row < 2; ++row) {
        if (table->model()->index(row, 0).data().toString() == u"Rahul Mehta"_s)
            rahul = row;
    }
    QVERIFY(rahul >= 0);
    QVERIFY(!remove->isEnabled());
    table->selectRow(rahul);
    QVERIFY(remove->isEnabled());

    m_reason = u"Asked to be forgotten"_s;
    QSignalSpy finished(m_actions.get(), &ManagerActions::finished);
    QTest::mouseClick(remove, Qt::LeftButton);
    auto outcome = waitForOutcome(finished);
    QVERIFY(outcome && outcome->ok);
    QCOMPARE(m_fixture->status(show.id, u"N1"_s), SeatStatus::Available);
    QCOMPARE(m_fixture->status(show.id, u"N2"_s), SeatStatus::Booked);
    // The list follows.
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"Rahel Kidane"_s);
}

QTEST_MAIN(tst_ManagerActions)
#include "tst_manageractions.moc"
