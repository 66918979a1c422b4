#include "appsettings.h"
#include "basketwidget.h"
#include "bestseatsbar.h"
#include "mainwindow.h"
#include "managertestfixture.h"
#include "screenshot.h"
#include "seatmapwidget.h"
#include "showdialog.h"
#include "showlistmodel.h"
#include "showsetupcatalog.h"
#include "strandedseatquestion.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

/// The counter's "Best seats" control and its question about a hold that leaves a single seat
/// empty, on the demo's Grand Hall (20 rows of 25 seats, row F starts with F1 at the wall).
class tst_BestSeats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void altThreeHoldsThreeAdjacentSeatsWithTheTicketMix();
    void bestSeatsFollowTheCategory();
    void categoriesAreListedAsTheLegendListsThem();
    void wheelchairSpacesAndHouseSeatsReachTheCore();
    void holdAnywayHoldsAndIsAuditedWithTheCashier();
    void takeSuggestedSeatsHoldsTheSuggestion();
    void refuseRuleOffersNoOverride();
    void showDialogStoresTheRule();
    void screenshot();

private:
    QStringList heldInDatabase() const;
    void clickSeat(const QString &label);
    /// Another customer's booking of F3, then the cashier picks F2: F1 would be left alone.
    StrandedSeatQuestion *strandF1();
    void setRule(OrphanRule rule);
    int auditRows(const QString &action, qint64 staffId) const;

    std::unique_ptr<ManagerTestFixture> m_fixture;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_show = 0;
};

void tst_BestSeats::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
}

void tst_BestSeats::init()
{
    m_fixture = std::make_unique<ManagerTestFixture>();
    QVERIFY(m_fixture->valid);
    QVERIFY(m_fixture->signInCashier());
    m_settings = std::make_unique<AppSettings>(m_fixture->m_dir.filePath(u"app.ini"_s));
    m_window = std::make_unique<MainWindow>(*m_fixture->backend, *m_settings, *m_fixture->approval);
    m_window->setStaffSession(m_fixture->staffSession.get());
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->showsModel()->rowCount() > 0);
    m_show = 0;
    for (const Show &show : m_window->showsModel()->shows()) {
        if (show.hallName == u"Grand Hall"_s)
            m_show = show.id;
    }
    QVERIFY(m_show != 0);
    QVERIFY(m_window->selectShow(m_show));
    QTRY_VERIFY(m_window->sale()->snapshot() && m_window->sale()->snapshot()->show.id == m_show);
    QTRY_VERIFY(!m_window->bestSeats()->mixTicketTypes().isEmpty());
}

void tst_BestSeats::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_fixture.reset();
}

QStringList tst_BestSeats::heldInDatabase() const
{
    return m_fixture->heldBy(m_show, m_fixture->backend->counterOwner());
}

void tst_BestSeats::clickSeat(const QString &label)
{
    SeatMapWidget *map = m_window->seatMap();
    const QRect rect = map->seatRect(label);
    QVERIFY2(rect.isValid() && map->rect().contains(rect.center()), qPrintable(label));
    QTest::mouseClick(map, Qt::LeftButton, {}, rect.center());
}

StrandedSeatQuestion *tst_BestSeats::strandF1()
{
    if (m_fixture->book(m_show, {u"F3"_s}, u"Other customer"_s).reference.isEmpty())
        return nullptr;
    m_window->sale()->reload();
    if (!QTest::qWaitFor([this] { return m_window->sale()->seatState(u"F3"_s)->status == SeatStatus::Booked; }))
        return nullptr;
    clickSeat(u"F2"_s);
    if (!QTest::qWaitFor([this] { return m_window->strandedSeatQuestion() != nullptr; }))
        return nullptr;
    return m_window->strandedSeatQuestion();
}

void tst_BestSeats::setRule(OrphanRule rule)
{
    auto updated = m_fixture->database->run(u"UPDATE shows SET orphan_rule = ? WHERE id = ?"_s,
                                            {orphanRuleName(rule), m_show});
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
}

int tst_BestSeats::auditRows(const QString &action, qint64 staffId) const
{
    auto rows = m_fixture->database->run(u"SELECT COUNT(*) FROM audit_log WHERE action = ? AND staff_id = ?"_s,
                                         {action, staffId});
    return rows.ok() && rows.value().next() ? rows.value().value(0).toInt() : -1;
}

void tst_BestSeats::altThreeHoldsThreeAdjacentSeatsWithTheTicketMix()
{
    BestSeatsBar *bar = m_window->bestSeats();
    QVERIFY(bar->mixTicketTypes().contains(u"child"_s));
    bar->setTicketCount(u"child"_s, 1);
    SeatMapWidget *map = m_window->seatMap();
    map->setFocus();
    QTRY_VERIFY(map->hasFocus());
    QVERIFY(bar->actionFor(3)->toolTip().contains(QKeySequence(Qt::ALT | Qt::Key_3).toString(QKeySequence::NativeText)));

    QTest::keyClick(map, Qt::Key_3, Qt::AltModifier);
    QTRY_COMPARE(heldInDatabase().size(), 3);
    const QStringList held = heldInDatabase();
    QTRY_COMPARE(m_window->sale()->heldSeats().size(), 3);
    QStringList onMap = map->selectedSeats();
    onMap.sort();
    QCOMPARE(onMap, held);

    // Side by side in one row.
    QList<int> numbers;
    QSet<QString> rows;
    for (const QString &label : held) {
        const auto state = m_window->sale()->seatState(label);
        QVERIFY(state);
        rows.insert(state->seat.rowLabel);
        numbers.append(state->seat.number);
    }
    std::sort(numbers.begin(), numbers.end());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(numbers.last() - numbers.first(), 2);
    QVERIFY2(m_window->basket()->messageText().contains(u"together"_s), qPrintable(m_window->basket()->messageText()));
    QCOMPARE(m_window->basket()->messageSeverity(), CounterSale::Severity::Success);

    // Two adults and one child, priced so.
    QStringList types;
    qint64 expectedTotal = 0;
    const Show &show = m_window->sale()->snapshot()->show;
    for (const QString &label : held) {
        types.append(m_window->sale()->ticketType(label));
        expectedTotal += *show.priceFor(m_window->sale()->seatState(label)->seat.category, types.last());
    }
    types.sort();
    QCOMPARE(types, (QStringList{u"adult"_s, u"adult"_s, u"child"_s}));
    QCOMPARE(m_window->sale()->totalCents(), expectedTotal);

    // The cashier adjusts seat by seat as usual.
    clickSeat(held.first());
    QTRY_COMPARE(heldInDatabase().size(), 2);
    QTRY_COMPARE(m_window->sale()->heldSeats().size(), 2);

    // Another best request replaces the whole hold.
    QTest::keyClick(map, Qt::Key_1, Qt::AltModifier);
    QTRY_COMPARE(heldInDatabase().size(), 1);
    QTRY_COMPARE(map->selectedSeats(), heldInDatabase());
}

void tst_BestSeats::bestSeatsFollowTheCategory()
{
    BestSeatsBar *bar = m_window->bestSeats();
    bar->setCategory(u"premium"_s);
    QCOMPARE(bar->category(), u"premium"_s);
    QTest::mouseClick(bar->findChild<QToolButton *>(u"bestSeatsButton2"_s), Qt::LeftButton);
    QTRY_COMPARE(heldInDatabase().size(), 2);
    for (const QString &label : heldInDatabase())
        QCOMPARE(m_window->sale()->seatState(label)->seat.category, u"premium"_s);
}

void tst_BestSeats::categoriesAreListedAsTheLegendListsThem()
{
    // At one price the legend orders the categories by name, not by where their seats are in the hall.
    QVERIFY(m_fixture->database->run(u"UPDATE show_prices SET price_cents = 1000 WHERE show_id = ?"_s, {m_show}).ok());
    m_window->sale()->reload();
    const auto legendOrder = [this] {
        QStringList keys;
        for (const SeatMapCategory &category : m_window->seatMap()->categories())
            keys.append(category.category);
        return keys;
    };
    // Row A (standard) comes before the premium rows.
    QTRY_COMPARE(legendOrder(), (QStringList{u"premium"_s, u"standard"_s}));
    auto *combo = m_window->bestSeats()->findChild<QComboBox *>(u"bestSeatsCategory"_s);
    QVERIFY(combo);
    QStringList offered;
    for (int i = 1; i < combo->count(); ++i)
        offered.append(combo->itemData(i).toString());
    QCOMPARE(offered, legendOrder());
}

// The bar asks for what the core's best-available request offers: wheelchair spaces, which best
// seats otherwise leave free, and the house's seats.
void tst_BestSeats::wheelchairSpacesAndHouseSeatsReachTheCore()
{
    BestSeatsBar *bar = m_window->bestSeats();
    QCOMPARE(bar->request(2).wheelchairSpaces, 0);
    QVERIFY(!bar->request(2).includeHouseSeats);
    bar->findChild<QCheckBox *>(u"bestSeatsHouseSeats"_s)->setChecked(true);
    bar->findChild<QCheckBox *>(u"bestSeatsWithCompanions"_s)->setChecked(false);
    QVERIFY(bar->request(2).includeHouseSeats);
    QVERIFY(!bar->request(2).withCompanions);
    const auto heldIsAWheelchairSpace = [this] {
        const auto held = m_window->sale()->seatState(heldInDatabase().constFirst());
        return held && held->seat.accessible;
    };

    auto *one = bar->findChild<QToolButton *>(u"bestSeatsButton1"_s);
    QTest::mouseClick(one, Qt::LeftButton);
    QTRY_COMPARE(heldInDatabase().size(), 1);
    QVERIFY(!heldIsAWheelchairSpace());

    bar->findChild<QSpinBox *>(u"bestSeatsWheelchairSpaces"_s)->setValue(1);
    QCOMPARE(bar->request(1).wheelchairSpaces, 1);
    const QStringList before = heldInDatabase();
    QTest::mouseClick(one, Qt::LeftButton);
    QTRY_VERIFY(heldInDatabase() != before);
    QCOMPARE(heldInDatabase().size(), 1);
    QVERIFY2(heldIsAWheelchairSpace(), qPrintable(heldInDatabase().constFirst()));
}

void tst_BestSeats::holdAnywayHoldsAndIsAuditedWithTheCashier()
{
    StrandedSeatQuestion *question = strandF1();
    QVERIFY(question);
    QVERIFY2(question->text().contains(u"F1"_s), qPrintable(question->text()));
    QVERIFY(question->holdAnywayButton());
    QVERIFY(heldInDatabase().isEmpty());
    QVERIFY(m_window->seatMap()->selectedSeats().isEmpty());
    QCOMPARE(auditRows(u"hold_stranding_seat"_s, m_fixture->cashier->id), 0);

    QTest::mouseClick(question->holdAnywayButton(), Qt::LeftButton);
    QTRY_COMPARE(heldInDatabase(), QStringList{u"F2"_s});
    QTRY_COMPARE(m_window->sale()->heldSeats(), QStringList{u"F2"_s});
    QCOMPARE(m_window->seatMap()->selectedSeats(), QStringList{u"F2"_s});
    QCOMPARE(auditRows(u"hold_stranding_seat"_s, m_fixture->cashier->id), 1);
    QVERIFY(!m_window->strandedSeatQuestion());
}

void tst_BestSeats::takeSuggestedSeatsHoldsTheSuggestion()
{
    StrandedSeatQuestion *question = strandF1();
    QVERIFY(question);
    const QStringList suggestion = question->suggestion();
    QCOMPARE(suggestion.size(), 1);
    QVERIFY(!suggestion.contains(u"F2"_s));
    QVERIFY(question->takeSuggestionButton());
    QTest::mouseClick(question->takeSuggestionButton(), Qt::LeftButton);
    QTRY_COMPARE(heldInDatabase(), suggestion);
    QTRY_COMPARE(m_window->sale()->heldSeats(), suggestion);
    QCOMPARE(auditRows(u"hold_stranding_seat"_s, m_fixture->cashier->id), 0);
}

void tst_BestSeats::refuseRuleOffersNoOverride()
{
    setRule(OrphanRule::Refuse);
    StrandedSeatQuestion *question = strandF1();
    QVERIFY(question);
    QVERIFY(!question->holdAnywayButton());
    QVERIFY(!question->findChild<QPushButton *>(u"holdAnywayButton"_s));
    QVERIFY(question->takeSuggestionButton());
    QVERIFY(heldInDatabase().isEmpty());
    question->reject();
    QTRY_VERIFY(!m_window->strandedSeatQuestion());
    QVERIFY(heldInDatabase().isEmpty());
    QVERIFY(m_window->seatMap()->selectedSeats().isEmpty());
}

void tst_BestSeats::showDialogStoresTheRule()
{
    ShowSetupCatalog setups(*m_fixture->database);
    auto before = setups.show(m_show);
    QVERIFY(before.ok());
    QCOMPARE(before->draft.orphanRule, OrphanRule::Warn);
    const auto openDialog = [&](const ShowSetup &setup) {
        auto dialog = std::make_unique<ShowDialog>(*m_fixture->backend, StaffActor{0, ManagerTestFixture::managerName, 0, {}}, VenueSettings{});
        QSignalSpy loaded(dialog.get(), &ShowDialog::categoriesLoaded);
        dialog->editShow(setup);
        dialog->show();
        if (!loaded.wait(10000))
            return std::unique_ptr<ShowDialog>();
        return dialog;
    };
    auto dialog = openDialog(before.value());
    QVERIFY(dialog);
    auto *rule = dialog->findChild<QComboBox *>(u"showOrphanRule"_s);
    auto *hint = dialog->findChild<QLabel *>(u"showOrphanRuleHint"_s);
    QVERIFY(rule && hint);
    QCOMPARE(rule->currentData().toString(), u"warn"_s);
    const QString warnHint = hint->text();
    rule->setCurrentIndex(rule->findData(u"refuse"_s));
    QVERIFY(hint->text() != warnHint && !hint->text().isEmpty());
    QSignalSpy saved(dialog.get(), &ShowDialog::saved);
    dialog->save();
    QVERIFY2(saved.wait(10000), qPrintable(dialog->errorText()));

    auto after = setups.show(m_show);
    QVERIFY(after.ok());
    QCOMPARE(after->draft.orphanRule, OrphanRule::Refuse);
    QCOMPARE(m_fixture->catalog->snapshot(m_show)->show.orphanRule, OrphanRule::Refuse);
    auto reopened = openDialog(after.value());
    QVERIFY(reopened);
    QCOMPARE(reopened->findChild<QComboBox *>(u"showOrphanRule"_s)->currentData().toString(), u"refuse"_s);
}

void tst_BestSeats::screenshot()
{
    // The best three seats with a child's ticket beside the question about a seat left alone.
    QVERIFY(!m_fixture->book(m_show, {u"J11"_s, u"J12"_s, u"J13"_s, u"K12"_s, u"K13"_s}, u"Demo"_s).reference.isEmpty());
    m_window->bestSeats()->setTicketCount(u"child"_s, 1);
    // The X server may not make the window active, which a window's shortcut needs.
    m_window->bestSeats()->actionFor(3)->trigger();
    QTRY_COMPARE(m_window->sale()->heldSeats().size(), 3);
    StrandedSeatQuestion *question = strandF1();
    QVERIFY(question);
    QVERIFY(QTest::qWaitForWindowExposed(question));
    const QImage window = m_window->grab().toImage();
    const QImage dialog = question->grab().toImage();
    QImage picture(window.width() + dialog.width(), std::max(window.height(), dialog.height()), QImage::Format_RGB32);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    painter.drawImage(0, 0, window);
    painter.drawImage(window.width(), 0, dialog);
    painter.end();
    QVERIFY(keepScreenshot(picture));
}

QTEST_MAIN(tst_BestSeats)
#include "tst_bestseats.moc"
