#include "appsettings.h"
#include "countersale.h"
#include "halldesignerwindow.h"
#include "hallgeneratordialog.h"
#include "hallplaneditor.h"
#include "hallswindow.h"
#include "mainwindow.h"
#include "managertestfixture.h"
#include "showlistmodel.h"
#include "venueservice.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>

#include <memory>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

class tst_HallsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theActionIsForManagersOnly();
    void theListShowsTheHallsOfTheDatabase();
    void aSavedEditReachesTheDatabaseAndTheList();
    void aNewHallIsCreatedUnderTheManagersName();
    void removingABookedSeatIsRefusedWithTheReason();
    void screenshot();

private:
    QAction *hallsAction() const { return m_window->findChild<QAction *>(u"actionHalls"_s); }
    /// Signs the manager in, triggers Halls… and waits for the list.
    HallsWindow *openHalls();
    /// Selects the row of `hall` and waits for the designer to open on its plan.
    HallDesignerWindow *edit(HallsWindow *halls, qint64 hall);
    QList<HallSummary> storedHalls() const;
    HallPlan storedPlan(qint64 hall) const;
    /// The seat count the list shows for `hall`, -1 if it is not listed.
    static int listedSeats(HallsWindow *halls, qint64 hall);

    std::unique_ptr<ManagerTestFixture> m_fixture;
    std::unique_ptr<VenueService> m_venues;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_HallsWindow::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
}

void tst_HallsWindow::init()
{
    m_fixture = std::make_unique<ManagerTestFixture>();
    QVERIFY(m_fixture->valid);
    m_venues = std::make_unique<VenueService>(*m_fixture->database, m_fixture->feed, m_fixture->clock);
    m_settings = std::make_unique<AppSettings>(m_fixture->m_dir.filePath(u"app.ini"_s));
    m_window = std::make_unique<MainWindow>(*m_fixture->backend, *m_settings, *m_fixture->approval);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_HallsWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_venues.reset();
    m_fixture.reset();
}

HallsWindow *tst_HallsWindow::openHalls()
{
    if (!m_fixture->signInManager())
        return nullptr;
    hallsAction()->trigger();
    auto *halls = m_window->findChild<HallsWindow *>();
    if (halls && !QTest::qWaitFor([&] { return halls->table()->rowCount() > 0; }, 5000))
        return nullptr;
    return halls;
}

HallDesignerWindow *tst_HallsWindow::edit(HallsWindow *halls, qint64 hall)
{
    QTableWidget *table = halls->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == hall)
            table->selectRow(row);
    }
    QSignalSpy opened(halls, &HallsWindow::designerOpened);
    QTest::mouseClick(halls->findChild<QPushButton *>(u"editHallButton"_s), Qt::LeftButton);
    if (!opened.wait(5000))
        return nullptr;
    return halls->designer();
}

QList<HallSummary> tst_HallsWindow::storedHalls() const
{
    auto halls = m_venues->halls();
    return halls.ok() ? halls.value() : QList<HallSummary>{};
}

HallPlan tst_HallsWindow::storedPlan(qint64 hall) const
{
    auto plan = m_venues->hallPlan(hall);
    return plan.ok() ? plan.value() : HallPlan{};
}

int tst_HallsWindow::listedSeats(HallsWindow *halls, qint64 hall)
{
    QTableWidget *table = halls->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == hall)
            return QLocale().toInt(table->item(row, 1)->text());
    }
    return -1;
}

void tst_HallsWindow::theActionIsForManagersOnly()
{
    QVERIFY(m_fixture->signInCashier());
    int prompts = 0;
    m_fixture->approval->setOverrideProvider([&prompts](const QString &, QWidget *) {
        ++prompts;
        return std::optional<StaffMember>{};
    });
    QVERIFY(hallsAction());
    hallsAction()->trigger();
    QCOMPARE(prompts, 1);
    QVERIFY(!m_window->findChild<HallsWindow *>());
    QVERIFY(m_fixture->signInManager());
    hallsAction()->trigger();
    QCOMPARE(prompts, 1);
    QVERIFY(m_window->findChild<HallsWindow *>());
}

void tst_HallsWindow::theListShowsTheHallsOfTheDatabase()
{
    HallsWindow *halls = openHalls();
    QVERIFY(halls);
    QVERIFY(halls->isVisible());
    const QList<HallSummary> stored = storedHalls();
    QVERIFY(stored.size() >= 2);
    QTableWidget *table = halls->table();
    QCOMPARE(table->rowCount(), stored.size());
    for (int row = 0; row < stored.size(); ++row) {
        QCOMPARE(table->item(row, 0)->text(), stored.at(row).name);
        QCOMPARE(listedSeats(halls, stored.at(row).id), stored.at(row).seats);
    }
}

void tst_HallsWindow::aSavedEditReachesTheDatabaseAndTheList()
{
    // A show of the edited hall is open at the counter: its seat map must follow the save.
    QTRY_VERIFY(m_window->showsModel()->rowCount() > 0);
    const Show show = m_window->showsModel()->shows().constLast();
    QVERIFY(m_window->selectShow(show.id));
    QTRY_VERIFY(m_window->sale()->snapshot().has_value() && m_window->sale()->snapshot()->show.id == show.id);
    HallSummary hall;
    for (const HallSummary &stored : storedHalls()) {
        if (stored.id == show.hallId)
            hall = stored;
    }
    QCOMPARE(m_window->sale()->snapshot()->seats.size(), hall.seats);

    HallsWindow *halls = openHalls();
    QVERIFY(halls);
    HallDesignerWindow *designer = edit(halls, hall.id);
    QVERIFY(designer);
    QCOMPARE(designer->plan(), storedPlan(hall.id));

    HallPlanEditor *editor = designer->editor();
    const HallPlanSeat seat = editor->plan().seats.constFirst();
    QString otherCategory;
    for (const HallCategory &category : editor->plan().categories) {
        if (category.key != seat.category)
            otherCategory = category.key;
    }
    QVERIFY(!otherCategory.isEmpty());
    editor->setSelection({seat.guid});
    QVERIFY(editor->setCategoryOfSelection(otherCategory).isEmpty());
    QVERIFY(editor->addSeat().isEmpty());

    QSignalSpy answered(halls, &HallsWindow::saveAnswered);
    designer->save();
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.constFirst().constFirst().toBool(), true);

    const HallPlan stored = storedPlan(hall.id);
    QCOMPARE(stored.seats.size(), hall.seats + 1);
    bool found = false;
    for (const HallPlanSeat &storedSeat : stored.seats) {
        if (storedSeat.guid == seat.guid) {
            found = true;
            QCOMPARE(storedSeat.category, otherCategory);
        }
    }
    QVERIFY(found);
    QTRY_COMPARE(listedSeats(halls, hall.id), hall.seats + 1);
    QTRY_COMPARE(m_window->sale()->snapshot()->seats.size(), hall.seats + 1);
}

void tst_HallsWindow::aNewHallIsCreatedUnderTheManagersName()
{
    HallsWindow *halls = openHalls();
    QVERIFY(halls);
    const qsizetype before = storedHalls().size();
    QSignalSpy opened(halls, &HallsWindow::designerOpened);
    QTest::mouseClick(halls->findChild<QPushButton *>(u"newHallButton"_s), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    HallDesignerWindow *designer = halls->designer();
    auto *generator = designer->findChild<HallGeneratorDialog *>(u"generatorDialog"_s);
    QVERIFY(generator);
    QTRY_VERIFY(generator->isVisible());
    generator->accept();
    QVERIFY(!designer->plan().seats.isEmpty());

    QSignalSpy answered(halls, &HallsWindow::saveAnswered);
    designer->save();
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.constFirst().constFirst().toBool(), true);
    const QList<HallSummary> stored = storedHalls();
    QCOMPARE(stored.size(), before + 1);
    QTRY_COMPARE(halls->table()->rowCount(), stored.size());

    // A second save of the same designer changes the hall it created instead of adding another.
    designer->editor()->selectAll();
    designer->editor()->moveSelection(QPointF(0.0, 1.0));
    designer->save();
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.constLast().constFirst().toBool(), true);
    QCOMPARE(storedHalls().size(), before + 1);

    auto audit = m_fixture->database->run(u"SELECT COUNT(*) FROM audit_log WHERE actor = ?"_s,
                                          {ManagerTestFixture::managerName});
    QVERIFY(audit.ok());
    QVERIFY(audit.value().next());
    QVERIFY(audit.value().value(0).toInt() >= 2);
}

void tst_HallsWindow::removingABookedSeatIsRefusedWithTheReason()
{
    const Show show = m_fixture->futureShow();
    QVERIFY(show.id > 0);
    const HallPlan plan = storedPlan(show.hallId);
    QVERIFY(!plan.seats.isEmpty());
    const HallPlanSeat seat = plan.seats.constLast();
    QVERIFY(m_fixture->book(show.id, {seat.label()}).id > 0);

    HallsWindow *halls = openHalls();
    QVERIFY(halls);
    HallDesignerWindow *designer = edit(halls, show.hallId);
    QVERIFY(designer);
    designer->editor()->setSelection({seat.guid});
    QVERIFY(designer->editor()->deleteSelection().isEmpty());
    QSignalSpy answered(halls, &HallsWindow::saveAnswered);
    designer->save();
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.constFirst().constFirst().toBool(), false);
    const QString message = designer->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(message.startsWith(u"Not saved"_s) && message.contains(seat.label()), qPrintable(message));
    QCOMPARE(storedPlan(show.hallId), plan);
}

void tst_HallsWindow::screenshot()
{
    // The Halls window and beside it the designer opened from it on the first hall;
    // BOXOFFICE_SCREENSHOT names where to keep the picture.
    HallsWindow *halls = openHalls();
    QVERIFY(halls);
    HallDesignerWindow *designer = edit(halls, storedHalls().constFirst().id);
    QVERIFY(designer);
    designer->resize(1100, 700);
    QVERIFY(QTest::qWaitForWindowExposed(designer));
    const QImage list = halls->grab().toImage();
    const QImage plan = designer->grab().toImage();
    QVERIFY(!list.isNull() && !plan.isNull());
    QImage picture(list.width() + plan.width(), std::max(list.height(), plan.height()), QImage::Format_RGB32);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    painter.drawImage(0, 0, list);
    painter.drawImage(list.width(), 0, plan);
    painter.end();
    const QString path = qEnvironmentVariable("BOXOFFICE_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(picture.save(path));
}

QTEST_MAIN(tst_HallsWindow)
#include "tst_hallswindow.moc"
