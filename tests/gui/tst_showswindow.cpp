#include "appsettings.h"
#include "cancelledshowrefunds.h"
#include "cancelshowdialog.h"
#include "displaynames.h"
#include "mainwindow.h"
#include "managertestfixture.h"
#include "paymentledger.h"
#include "pricelisteditor.h"
#include "refunddialog.h"
#include "showdialog.h"
#include "showlistmodel.h"
#include "showsetupcatalog.h"
#include "showswindow.h"
#include "venueservice.h"
#include "venuesettingsstore.h"
#include "venuetime.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>

#include <memory>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

class tst_ShowsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theActionIsForManagersOnly();
    void theListShowsTheShowsInTheVenuesTimeZone();
    void cancelledShowsAreListedOnlyWhenAsked();
    void aShowCreatedInTheDialogIsStoredAndReachesTheCounter();
    void aRunOnWeekdaysLeavesOutTheSkippedDate();
    void aNewShowKeepsTheHallsDefaultHouseSeats();
    void anEditedPriceListIsStored();
    void thePriceColumnsAreTheVenuesActiveTicketTypes();
    void aNewShowTakesThePricesOfAnotherShow();
    void anEditedShowCopiesThePricesOfAnotherShow();
    void aRefusedEditKeepsTheDialogOpenWithTheReason();
    void aPriceThatIsNoAmountIsRefusedInTheDialog();
    void cancellingNeedsAReason();
    void cancellingCancelsTheBookings();
    void aCancelledShowListsItsBookingsForRefund();
    void screenshot();

private:
    /// Sets the venue's zone (and currency) in the database, before the window reads them.
    void setVenue(const QByteArray &zone, const QString &currency = u"EUR"_s);
    /// Signs the manager in, triggers Shows… and waits for the list.
    ShowsWindow *openShows();
    /// Selects the row of `show`; false when it is not listed.
    static bool select(ShowsWindow *shows, qint64 show);
    /// Clicks `button` of the window and waits for the dialog with its hall's categories.
    ShowDialog *openDialog(ShowsWindow *shows, const QString &button);
    /// Opens the Shows window and the dialog of `show` in it.
    ShowDialog *openEditDialog(qint64 show);
    /// Types `text` into the price cell of a category and ticket type, as a manager would.
    static void typePrice(ShowDialog *dialog, const QString &category, const QString &ticketType, const QString &text);
    /// Saves and waits for the answer: empty when stored, else the message the dialog shows.
    static QString save(ShowDialog *dialog);
    ShowSetup stored(qint64 show) const;
    /// The shows titled `title`, in order of their start.
    QList<ShowSetup> storedTitled(const QString &title) const;
    static std::optional<qint64> priceOf(const QList<Price> &prices, const QString &category, const QString &ticketType);

    std::unique_ptr<ManagerTestFixture> m_fixture;
    std::unique_ptr<ShowSetupCatalog> m_setups;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ShowsWindow::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
}

void tst_ShowsWindow::init()
{
    m_fixture = std::make_unique<ManagerTestFixture>();
    QVERIFY(m_fixture->valid);
    m_setups = std::make_unique<ShowSetupCatalog>(*m_fixture->database);
    m_settings = std::make_unique<AppSettings>(m_fixture->m_dir.filePath(u"app.ini"_s));
    m_window = std::make_unique<MainWindow>(*m_fixture->backend, *m_settings, *m_fixture->approval);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ShowsWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_setups.reset();
    m_fixture.reset();
}

void tst_ShowsWindow::setVenue(const QByteArray &zone, const QString &currency)
{
    VenueSettingsStore store(*m_fixture->database, m_fixture->clock);
    auto settings = store.load();
    QVERIFY(settings.ok());
    VenueSettings venue = settings.value();
    venue.timeZone = zone;
    venue.currency = Currency::fromCode(currency).value();
    QVERIFY(store.save(venue, StaffActor{0, ManagerTestFixture::managerName, 0, {}}).ok());
}

ShowsWindow *tst_ShowsWindow::openShows()
{
    if (!m_fixture->signInManager())
        return nullptr;
    auto *action = m_window->findChild<QAction *>(u"actionShows"_s);
    if (!action)
        return nullptr;
    action->trigger();
    auto *shows = m_window->findChild<ShowsWindow *>();
    if (!shows)
        return nullptr;
    QSignalSpy loaded(shows, &ShowsWindow::loaded);
    if (!loaded.wait(5000))
        return nullptr;
    return shows;
}

bool tst_ShowsWindow::select(ShowsWindow *shows, qint64 show)
{
    for (int row = 0; row < shows->table()->rowCount(); ++row) {
        if (shows->listedShow(row).id == show) {
            QTest::mouseClick(shows->table()->viewport(), Qt::LeftButton, {},
                              shows->table()->visualRect(shows->table()->model()->index(row, 0)).center());
            return shows->table()->currentRow() == row;
        }
    }
    return false;
}

ShowDialog *tst_ShowsWindow::openDialog(ShowsWindow *shows, const QString &button)
{
    QSignalSpy opened(shows, &ShowsWindow::dialogOpened);
    QTest::mouseClick(shows->findChild<QPushButton *>(button), Qt::LeftButton);
    if (opened.size() != 1)
        return nullptr;
    ShowDialog *dialog = shows->dialog();
    QSignalSpy categories(dialog, &ShowDialog::categoriesLoaded);
    if (!categories.wait(5000))
        return nullptr;
    return dialog;
}

ShowDialog *tst_ShowsWindow::openEditDialog(qint64 show)
{
    ShowsWindow *shows = openShows();
    if (!shows || !select(shows, show))
        return nullptr;
    return openDialog(shows, u"editShowButton"_s);
}

void tst_ShowsWindow::typePrice(ShowDialog *dialog, const QString &category, const QString &ticketType,
                                const QString &text)
{
    dialog->findChild<QTabWidget *>()->setCurrentIndex(1);
    QTableWidget *table = dialog->priceEditor()->table();
    QTableWidgetItem *cell = dialog->priceEditor()->cell(category, ticketType);
    QVERIFY2(cell, qPrintable(category + u" / "_s + ticketType));
    table->setCurrentItem(cell);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor && editor->parent() == table->viewport());
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, text);
    const QPointer<QLineEdit> open(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits what was typed, and closes the editor, once the event loop runs.
    QTRY_VERIFY(!open);
}

QString tst_ShowsWindow::save(ShowDialog *dialog)
{
    QSignalSpy saved(dialog, &ShowDialog::saved);
    QSignalSpy refused(dialog, &ShowDialog::refused);
    dialog->save();
    if (!QTest::qWaitFor([&] { return !saved.isEmpty() || !refused.isEmpty(); }, 5000))
        return u"no answer"_s;
    return saved.isEmpty() ? dialog->errorText() : QString();
}

ShowSetup tst_ShowsWindow::stored(qint64 show) const
{
    auto found = m_setups->show(show);
    return found.ok() ? found.value() : ShowSetup{};
}

QList<ShowSetup> tst_ShowsWindow::storedTitled(const QString &title) const
{
    auto shows = m_setups->shows(m_fixture->clock.now().addDays(-10), m_fixture->clock.now().addDays(400), true);
    QList<ShowSetup> titled;
    if (shows.ok()) {
        for (const ShowSetup &show : shows.value()) {
            if (show.draft.title == title)
                titled.append(show);
        }
    }
    return titled;
}

std::optional<qint64> tst_ShowsWindow::priceOf(const QList<Price> &prices, const QString &category,
                                               const QString &ticketType)
{
    for (const Price &price : prices) {
        if (price.category == category && price.ticketType == ticketType)
            return price.priceCents;
    }
    return std::nullopt;
}

void tst_ShowsWindow::theActionIsForManagersOnly()
{
    auto *action = m_window->findChild<QAction *>(u"actionShows"_s);
    QVERIFY(action);
    QVERIFY(m_fixture->signInCashier());
    int prompts = 0;
    m_fixture->approval->setOverrideProvider([&prompts](const QString &, QWidget *) {
        ++prompts;
        return std::optional<StaffMember>{};
    });
    action->trigger();
    QCOMPARE(prompts, 1);
    QVERIFY(!m_window->findChild<ShowsWindow *>());
    QVERIFY(m_fixture->signInManager());
    action->trigger();
    QCOMPARE(prompts, 1);
    QVERIFY(m_window->findChild<ShowsWindow *>());
}

void tst_ShowsWindow::theListShowsTheShowsInTheVenuesTimeZone()
{
    // Far from the machine's zone, so that a list in local time would show other hours (and days).
    setVenue("Pacific/Chatham");
    const QTimeZone zone("Pacific/Chatham");
    ShowsWindow *shows = openShows();
    QVERIFY(shows);
    const QDate today = m_fixture->clock.now().toTimeZone(zone).date();
    QCOMPARE(shows->findChild<QDateEdit *>(u"showsFrom"_s)->date(), today);
    QCOMPARE(shows->findChild<QDateEdit *>(u"showsUntil"_s)->date(), today.addDays(60));
    auto expected = m_setups->shows(today.startOfDay(zone), today.addDays(61).startOfDay(zone), false);
    QVERIFY(expected.ok());
    QVERIFY(!expected->isEmpty());
    QCOMPARE(shows->table()->rowCount(), expected->size());
    const ShowSetup &first = expected->constFirst();
    QCOMPARE(shows->table()->item(0, 0)->text(), first.draft.title);
    QCOMPARE(shows->table()->item(0, 1)->text(), first.hallName);
    const QDateTime atVenue = first.draft.startsAt.toTimeZone(zone);
    const QString start = shows->table()->item(0, 2)->text();
    QVERIFY2(start.contains(QLocale().toString(atVenue.date(), QLocale::ShortFormat))
                     && start.contains(atVenue.time().toString(u"HH:mm"_s)),
             qPrintable(start));
    QCOMPARE(shows->table()->item(0, 5)->text(), u"0 of %1"_s.arg(first.seatsTotal));
}

void tst_ShowsWindow::cancelledShowsAreListedOnlyWhenAsked()
{
    const Show show = m_fixture->futureShow();
    QVERIFY(show.id > 0);
    const StaffActor manager{0, ManagerTestFixture::managerName, 0, {}};
    QVERIFY(m_fixture->reservations->cancelShow(show.id, manager, u"Flooded foyer"_s).ok());
    ShowsWindow *shows = openShows();
    QVERIFY(shows);
    const int listed = shows->table()->rowCount();
    QVERIFY(!select(shows, show.id));

    QSignalSpy loaded(shows, &ShowsWindow::loaded);
    QTest::mouseClick(shows->findChild<QCheckBox *>(u"showCancelled"_s), Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(shows->table()->rowCount(), listed + 1);
    QVERIFY(select(shows, show.id));
    const int row = shows->table()->currentRow();
    QCOMPARE(shows->table()->item(row, 6)->text(), u"Cancelled: Flooded foyer"_s);
    QCOMPARE(shows->table()->item(row, 0)->foreground().color(),
             shows->palette().color(QPalette::Disabled, QPalette::Text));
    QVERIFY(!shows->findChild<QPushButton *>(u"editShowButton"_s)->isEnabled());
    QVERIFY(!shows->findChild<QPushButton *>(u"cancelShowButton"_s)->isEnabled());
}

void tst_ShowsWindow::aShowCreatedInTheDialogIsStoredAndReachesTheCounter()
{
    // The show starts today in the machine's zone too, so the counter's list of the day shows it.
    const QTimeZone zone = VenueSettings().zone();
    ShowsWindow *shows = openShows();
    QVERIFY(shows);
    ShowDialog *dialog = openDialog(shows, u"newShowButton"_s);
    QVERIFY(dialog);
    const int listedBefore = int(m_window->showsModel()->shows().size());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"showTitle"_s), u"Late Night Jazz"_s);
    auto *hall = dialog->findChild<QComboBox *>(u"showHall"_s);
    QVERIFY(hall->count() >= 2);
    QSignalSpy categories(dialog, &ShowDialog::categoriesLoaded);
    hall->setCurrentIndex(1);
    QVERIFY(categories.wait(5000));
    const QDate today = m_fixture->clock.now().toTimeZone(zone).date();
    QCOMPARE(dialog->findChild<QDateEdit *>(u"showDate"_s)->date(), today);
    dialog->findChild<QTimeEdit *>(u"showTime"_s)->setTime(QTime(23, 15));
    auto *duration = dialog->findChild<QSpinBox *>(u"showDuration"_s);
    duration->selectAll();
    QTest::keyClicks(duration, u"95"_s);
    auto *webSales = dialog->findChild<QCheckBox *>(u"showWebSales"_s);
    auto *close = dialog->findChild<QSpinBox *>(u"showWebSalesClose"_s);
    close->selectAll();
    QTest::keyClicks(close, u"30"_s);
    const QString category = dialog->priceEditor()->table()->verticalHeaderItem(0)->data(Qt::UserRole).toString();
    typePrice(dialog, category, u"adult"_s, u"12.50"_s);
    QVERIFY(webSales->isChecked());
    const qint64 chosenHall = hall->itemData(1).toLongLong();

    QCOMPARE(save(dialog), QString());
    const QList<ShowSetup> created = storedTitled(u"Late Night Jazz"_s);
    QCOMPARE(created.size(), 1);
    const ShowSetup &show = created.constFirst();
    QCOMPARE(show.draft.hall, chosenHall);
    QCOMPARE(show.draft.startsAt, QDateTime(today, QTime(23, 15), zone));
    QCOMPARE(show.draft.durationMinutes, 95);
    QVERIFY(show.draft.webSales);
    QCOMPARE(show.draft.webSalesCloseMinutes, 30);
    QCOMPARE(show.draft.prices.size(), 1);
    QCOMPARE(priceOf(show.draft.prices, category, u"adult"_s), std::optional<qint64>(1250));
    auto audit = m_fixture->catalog->auditLog(1, show.id);
    QVERIFY(audit.ok() && !audit->isEmpty());
    QCOMPARE(audit->constFirst().actor, ManagerTestFixture::managerName);

    // Through the change feed, without a restart: the counter's list and the Shows window.
    QTRY_COMPARE(m_window->showsModel()->shows().size(), listedBefore + 1);
    QVERIFY(std::any_of(m_window->showsModel()->shows().cbegin(), m_window->showsModel()->shows().cend(),
                        [&](const Show &listed) { return listed.id == show.id; }));
    QTRY_VERIFY(select(shows, show.id));
}

void tst_ShowsWindow::aRunOnWeekdaysLeavesOutTheSkippedDate()
{
    setVenue("America/Los_Angeles");
    const QTimeZone zone("America/Los_Angeles");
    ShowsWindow *shows = openShows();
    QVERIFY(shows);
    ShowDialog *dialog = openDialog(shows, u"newShowButton"_s);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"showTitle"_s), u"Matinee"_s);
    // Monday 7 December 2026 to Sunday 20 December: Mondays and Thursdays, but not the 10th.
    const QDate first(2026, 12, 7);
    dialog->findChild<QDateEdit *>(u"showDate"_s)->setDate(first);
    dialog->findChild<QTimeEdit *>(u"showTime"_s)->setTime(QTime(14, 30));
    auto *repeat = dialog->findChild<QComboBox *>(u"showRepeat"_s);
    repeat->setFocus();
    QTest::keyClick(repeat, Qt::Key_Down);
    QTest::keyClick(repeat, Qt::Key_Down);
    QCOMPARE(ShowDialog::Repeat(repeat->currentData().toInt()), ShowDialog::Repeat::Weekdays);
    QVERIFY(dialog->runDates().isEmpty());
    QTest::mouseClick(dialog->findChild<QCheckBox *>(u"weekday%1"_s.arg(Qt::Monday)), Qt::LeftButton);
    auto *thursday = dialog->findChild<QCheckBox *>(u"weekday%1"_s.arg(Qt::Thursday));
    thursday->setFocus();
    QTest::keyClick(thursday, Qt::Key_Space);
    dialog->findChild<QDateEdit *>(u"showRepeatUntil"_s)->setDate(QDate(2026, 12, 20));
    dialog->findChild<QDateEdit *>(u"showSkipDate"_s)->setDate(QDate(2026, 12, 10));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addSkippedDate"_s), Qt::LeftButton);
    // A date skipped by mistake is taken back.
    dialog->findChild<QDateEdit *>(u"showSkipDate"_s)->setDate(QDate(2026, 12, 14));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addSkippedDate"_s), Qt::LeftButton);
    QCOMPARE(dialog->findChild<QListWidget *>(u"skippedDates"_s)->count(), 2);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"removeSkippedDate"_s), Qt::LeftButton);
    QCOMPARE(dialog->findChild<QListWidget *>(u"skippedDates"_s)->count(), 1);

    const QList<QDate> expected{QDate(2026, 12, 7), QDate(2026, 12, 14), QDate(2026, 12, 17)};
    QCOMPARE(dialog->runDates(), expected);
    const QString preview = dialog->findChild<QLabel *>(u"runPreview"_s)->text();
    for (const QDate &date : expected)
        QVERIFY2(preview.contains(QLocale().toString(date, QLocale::ShortFormat)), qPrintable(preview));
    QVERIFY2(!preview.contains(QLocale().toString(QDate(2026, 12, 10), QLocale::ShortFormat)), qPrintable(preview));

    QCOMPARE(save(dialog), QString());
    const QList<ShowSetup> created = storedTitled(u"Matinee"_s);
    QCOMPARE(created.size(), expected.size());
    for (int index = 0; index < created.size(); ++index)
        QCOMPARE(created.at(index).draft.startsAt, QDateTime(expected.at(index), QTime(14, 30), zone));
}

void tst_ShowsWindow::aNewShowKeepsTheHallsDefaultHouseSeats()
{
    VenueService venues(*m_fixture->database, m_fixture->feed, m_fixture->clock);
    auto halls = venues.halls();
    QVERIFY(halls.ok() && !halls->isEmpty());
    const qint64 hall = halls->constFirst().id;
    HallPlan plan = venues.hallPlan(hall).value();
    plan.seats[0].houseSeat = true;
    QVERIFY(venues.saveHallPlan(hall, plan, StaffActor{0, ManagerTestFixture::managerName, 0, {}}).ok());

    ShowsWindow *shows = openShows();
    QVERIFY(shows);
    ShowDialog *dialog = openDialog(shows, u"newShowButton"_s);
    QVERIFY(dialog);
    auto *hallChoice = dialog->findChild<QComboBox *>(u"showHall"_s);
    if (hallChoice->currentData().toLongLong() != hall) {
        QSignalSpy categories(dialog, &ShowDialog::categoriesLoaded);
        hallChoice->setCurrentIndex(hallChoice->findData(hall));
        QVERIFY(categories.wait(5000));
    }
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"showTitle"_s), u"House Rules"_s);
    QCOMPARE(save(dialog), QString());
    const QList<ShowSetup> created = storedTitled(u"House Rules"_s);
    QCOMPARE(created.size(), 1);
    QVERIFY(m_fixture->isHouseSeat(created.constFirst().id, plan.seats.at(0).label()));
    QVERIFY(!m_fixture->isHouseSeat(created.constFirst().id, plan.seats.at(1).label()));
}

void tst_ShowsWindow::anEditedPriceListIsStored()
{
    const Show show = m_fixture->futureShow();
    QVERIFY(show.id > 0);
    const ShowSetup before = stored(show.id);
    QVERIFY(!before.draft.prices.isEmpty());
    const Price changed = before.draft.prices.constFirst();
    const Price dropped = before.draft.prices.constLast();
    ShowDialog *dialog = openEditDialog(show.id);
    QVERIFY(dialog);
    QCOMPARE(dialog->priceEditor()->cell(changed.category, changed.ticketType)->text(),
             QLocale().toString(changed.priceCents / 100.0, 'f', 2));
    typePrice(dialog, changed.category, changed.ticketType, u"7.05"_s);
    typePrice(dialog, dropped.category, dropped.ticketType, QString());
    QCOMPARE(save(dialog), QString());

    const ShowSetup after = stored(show.id);
    QCOMPARE(priceOf(after.draft.prices, changed.category, changed.ticketType), std::optional<qint64>(705));
    QCOMPARE(priceOf(after.draft.prices, dropped.category, dropped.ticketType), std::nullopt);
    QCOMPARE(after.draft.prices.size(), before.draft.prices.size() - 1);
    QCOMPARE(after.draft.title, before.draft.title);
    QCOMPARE(after.draft.startsAt, before.draft.startsAt);
}

void tst_ShowsWindow::thePriceColumnsAreTheVenuesActiveTicketTypes()
{
    VenueService venues(*m_fixture->database, m_fixture->feed, m_fixture->clock);
    auto types = venues.ticketTypes();
    QVERIFY(types.ok());
    // Companion first, Concession retired: the table follows the venue's list and order.
    QList<TicketType> changed{{QString(), u"Companion"_s, false, 0, false}};
    for (const TicketType &type : types.value()) {
        if (type.key != u"concession"_s)
            changed.append(type);
    }
    QVERIFY(venues.saveTicketTypes(changed, StaffActor{0, ManagerTestFixture::managerName, 0, {}}).ok());
    auto storedTypes = venues.ticketTypes();
    QVERIFY(storedTypes.ok());
    const QString companion = storedTypes->constFirst().key;
    QCOMPARE(storedTypes->constFirst().name, u"Companion"_s);

    const Show show = m_fixture->futureShow();
    QVERIFY(show.id > 0);
    const ShowSetup before = stored(show.id);
    ShowDialog *dialog = openEditDialog(show.id);
    QVERIFY(dialog);
    QTableWidget *table = dialog->priceEditor()->table();
    QStringList headers;
    for (int column = 0; column < table->columnCount(); ++column)
        headers.append(table->horizontalHeaderItem(column)->text());
    // The show still has concession prices from before: they stay in sight, marked.
    const QStringList expected{u"Companion"_s, u"Adult"_s, u"Child"_s, u"Concession (retired)"_s};
    QCOMPARE(headers, expected);

    const QString category = table->verticalHeaderItem(0)->data(Qt::UserRole).toString();
    typePrice(dialog, category, companion, u"0"_s);
    for (int row = 0; row < table->rowCount(); ++row)
        typePrice(dialog, table->verticalHeaderItem(row)->data(Qt::UserRole).toString(), u"concession"_s, QString());
    QCOMPARE(save(dialog), QString());
    const ShowSetup after = stored(show.id);
    QCOMPARE(priceOf(after.draft.prices, category, companion), std::optional<qint64>(0));
    QVERIFY(std::none_of(after.draft.prices.cbegin(), after.draft.prices.cend(),
                         [](const Price &price) { return price.ticketType == u"concession"_s; }));
    QCOMPARE(priceOf(after.draft.prices, category, u"adult"_s), priceOf(before.draft.prices, category, u"adult"_s));
}

void tst_ShowsWindow::aNewShowTakesThePricesOfAnotherShow()
{
    const Show source = m_fixture->futureShow();
    QVERIFY(source.id > 0);
    const ShowSetup sourceSetup = stored(source.id);
    ShowsWindow *shows = openShows();
    QVERIFY(shows);
    ShowDialog *dialog = openDialog(shows, u"newShowButton"_s);
    QVERIFY(dialog);
    auto *hall = dialog->findChild<QComboBox *>(u"showHall"_s);
    if (hall->currentData().toLongLong() != source.hallId) {
        QSignalSpy categories(dialog, &ShowDialog::categoriesLoaded);
        hall->setCurrentIndex(hall->findData(source.hallId));
        QVERIFY(categories.wait(5000));
    }
    auto *copyFrom = dialog->findChild<QComboBox *>(u"copyPricesSource"_s);
    const int index = copyFrom->findData(source.id);
    QVERIFY(index >= 0);
    copyFrom->setCurrentIndex(index);
    QSignalSpy copied(dialog, &ShowDialog::pricesCopied);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"copyPricesButton"_s), Qt::LeftButton);
    QCOMPARE(copied.size(), 1);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"showTitle"_s), u"Encore"_s);
    QCOMPARE(save(dialog), QString());

    const QList<ShowSetup> created = storedTitled(u"Encore"_s);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.constFirst().draft.prices.size(), sourceSetup.draft.prices.size());
    for (const Price &price : sourceSetup.draft.prices)
        QCOMPARE(priceOf(created.constFirst().draft.prices, price.category, price.ticketType),
                 std::optional<qint64>(price.priceCents));
}

void tst_ShowsWindow::anEditedShowCopiesThePricesOfAnotherShow()
{
    const Show source = m_fixture->futureShow();
    QVERIFY(source.id > 0);
    ShowSetup sourceSetup = stored(source.id);
    // The source's prices differ from those of every other show of the hall.
    QList<Price> prices = sourceSetup.draft.prices;
    for (Price &price : prices)
        price.priceCents += 333;
    ShowService service(*m_fixture->database, m_fixture->feed, m_fixture->clock, *m_fixture->reservations);
    QVERIFY(service.setPrices(source.id, prices, StaffActor{0, ManagerTestFixture::managerName, 0, {}}).ok());
    auto sameHall = m_setups->shows(m_fixture->clock.now(), m_fixture->clock.now().addDays(30), false);
    QVERIFY(sameHall.ok());
    qint64 target = 0;
    for (const ShowSetup &show : sameHall.value()) {
        if (show.draft.hall == source.hallId && show.id != source.id)
            target = show.id;
    }
    QVERIFY(target > 0);

    ShowDialog *dialog = openEditDialog(target);
    QVERIFY(dialog);
    auto *copyFrom = dialog->findChild<QComboBox *>(u"copyPricesSource"_s);
    QTRY_VERIFY(copyFrom->findData(source.id) >= 0);
    QCOMPARE(copyFrom->findData(target), -1);
    copyFrom->setCurrentIndex(copyFrom->findData(source.id));
    QSignalSpy copied(dialog, &ShowDialog::pricesCopied);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"copyPricesButton"_s), Qt::LeftButton);
    QVERIFY(copied.wait(5000));

    const ShowSetup after = stored(target);
    QCOMPARE(after.draft.prices.size(), prices.size());
    for (const Price &price : std::as_const(prices)) {
        QCOMPARE(priceOf(after.draft.prices, price.category, price.ticketType), std::optional<qint64>(price.priceCents));
        QCOMPARE(dialog->priceEditor()->cell(price.category, price.ticketType)->text(),
                 QLocale().toString(price.priceCents / 100.0, 'f', 2));
    }
    QVERIFY(dialog->isVisible());
}

void tst_ShowsWindow::aRefusedEditKeepsTheDialogOpenWithTheReason()
{
    // A show with a booking cannot move to another hall: the core refuses, the dialog stays.
    const Show show = m_fixture->futureShow();
    QVERIFY(show.id > 0);
    QVERIFY(m_fixture->book(show.id, {u"A1"_s}).id > 0);
    ShowDialog *dialog = openEditDialog(show.id);
    QVERIFY(dialog);
    auto *title = dialog->findChild<QLineEdit *>(u"showTitle"_s);
    title->selectAll();
    QTest::keyClicks(title, u"Moved"_s);
    auto *hall = dialog->findChild<QComboBox *>(u"showHall"_s);
    QSignalSpy categories(dialog, &ShowDialog::categoriesLoaded);
    hall->setCurrentIndex(hall->currentIndex() == 0 ? 1 : 0);
    QVERIFY(categories.wait(5000));
    const QString error = save(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(error.startsWith(u"The changes were not saved."_s) && error.contains(u"cannot move to another"_s),
             qPrintable(error));
    QCOMPARE(title->text(), u"Moved"_s);
    QCOMPARE(stored(show.id).draft.title, show.title);
    QCOMPARE(stored(show.id).draft.hall, show.hallId);
}

void tst_ShowsWindow::aPriceThatIsNoAmountIsRefusedInTheDialog()
{
    const Show show = m_fixture->futureShow();
    QVERIFY(show.id > 0);
    const ShowSetup before = stored(show.id);
    const Price price = before.draft.prices.constFirst();
    ShowDialog *dialog = openEditDialog(show.id);
    QVERIFY(dialog);
    // Euros have two minor units: a third decimal would be lost.
    typePrice(dialog, price.category, price.ticketType, u"9.999"_s);
    const QString error = save(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(error.contains(u"9.999"_s), qPrintable(error));
    QCOMPARE(priceOf(stored(show.id).draft.prices, price.category, price.ticketType),
             std::optional<qint64>(price.priceCents));
}

void tst_ShowsWindow::cancellingNeedsAReason()
{
    const Show show = m_fixture->futureShow();
    QVERIFY(show.id > 0);
    ShowsWindow *shows = openShows();
    QVERIFY(shows);
    QVERIFY(select(shows, show.id));
    QTest::mouseClick(shows->findChild<QPushButton *>(u"cancelShowButton"_s), Qt::LeftButton);
    auto *confirm = shows->findChild<CancelShowDialog *>();
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    auto *cancelButton = confirm->findChild<QPushButton *>(u"confirmCancelShow"_s);
    auto *reason = confirm->findChild<QLineEdit *>(u"cancelReason"_s);
    QVERIFY(!cancelButton->isEnabled());
    QTest::keyClicks(reason, u"   "_s);
    QVERIFY(!cancelButton->isEnabled());
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QVERIFY(confirm->isVisible());
    QTest::keyClick(reason, Qt::Key_Escape);
    QTRY_VERIFY(!shows->findChild<CancelShowDialog *>());
    QVERIFY(!stored(show.id).cancelled);
}

void tst_ShowsWindow::cancellingCancelsTheBookings()
{
    const Show show = m_fixture->futureShow();
    QVERIFY(show.id > 0);
    QVERIFY(m_fixture->book(show.id, {u"A1"_s}).id > 0);
    QVERIFY(m_fixture->book(show.id, {u"A2"_s, u"A3"_s}).id > 0);
    ShowsWindow *shows = openShows();
    QVERIFY(shows);
    QVERIFY(select(shows, show.id));
    QCOMPARE(shows->table()->item(shows->table()->currentRow(), 5)->text(), u"3 of %1"_s.arg(show.seatsTotal));
    QTest::mouseClick(shows->findChild<QPushButton *>(u"cancelShowButton"_s), Qt::LeftButton);
    auto *confirm = shows->findChild<CancelShowDialog *>();
    QVERIFY(confirm);
    QCOMPARE(confirm->findChild<QLabel *>(u"cancelConsequence"_s)->text(),
             QCoreApplication::translate("boxoffice::CancelShowDialog",
                                         "%n booking(s) will be cancelled, and the show leaves the web's list of "
                                         "shows. This cannot be undone.",
                                         nullptr, 2));
    QTest::keyClicks(confirm->findChild<QLineEdit *>(u"cancelReason"_s), u"Storm warning"_s);
    QSignalSpy answered(shows, &ShowsWindow::cancelAnswered);
    QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmCancelShow"_s), Qt::LeftButton);
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.constFirst().constFirst().toBool(), true);

    const ShowSetup after = stored(show.id);
    QVERIFY(after.cancelled);
    QCOMPARE(after.cancelReason, u"Storm warning"_s);
    QCOMPARE(after.liveBookings, 0);
    // The show stays listed, selected, with the paid bookings that wait for their money.
    QTRY_COMPARE(shows->refunds()->table()->rowCount(), 2);
    QVERIFY(shows->findChild<QCheckBox *>(u"showCancelled"_s)->isChecked());
    QCOMPARE(shows->listedShow(shows->table()->currentRow()).id, show.id);
    QVERIFY(shows->refunds()->isVisible());
    QCOMPARE(shows->refunds()->statusText(),
             QCoreApplication::translate("boxoffice::CancelledShowRefunds", "“%1” is cancelled. %n booking(s) wait for a refund.",
                                         nullptr, 2)
                     .arg(show.title));
}

void tst_ShowsWindow::aCancelledShowListsItsBookingsForRefund()
{
    const Show show = m_fixture->futureShow();
    QVERIFY(show.id > 0);
    const Booking first = m_fixture->book(show.id, {u"B4"_s, u"B5"_s}, u"Asha Rao"_s);
    const Booking second = m_fixture->book(show.id, {u"B6"_s}, u"Omar Haddad"_s);
    QVERIFY(first.id > 0 && second.id > 0);
    const StaffActor manager{0, ManagerTestFixture::managerName, 0, {}};
    QVERIFY(m_fixture->reservations->cancelShow(show.id, manager, u"Projector broken"_s).ok());
    ShowsWindow *shows = openShows();
    QVERIFY(shows);
    CancelledShowRefunds *refunds = shows->refunds();
    QVERIFY(refunds->isHidden());
    QSignalSpy loaded(shows, &ShowsWindow::loaded);
    QTest::mouseClick(shows->findChild<QCheckBox *>(u"showCancelled"_s), Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    QVERIFY(select(shows, show.id));
    QTRY_COMPARE(refunds->table()->rowCount(), 2);
    QVERIFY(refunds->isVisible());
    QTableWidget *table = refunds->table();
    QCOMPARE(table->item(0, CancelledShowRefunds::ReferenceColumn)->text(), first.reference);
    QCOMPARE(table->item(0, CancelledShowRefunds::CustomerColumn)->text(), u"Asha Rao"_s);
    QCOMPARE(table->item(0, CancelledShowRefunds::SeatsColumn)->text(), u"B4, B5"_s);
    QCOMPARE(table->item(0, CancelledShowRefunds::AmountColumn)->text(), formatMoney(first.totalCents));
    QCOMPARE(table->item(0, CancelledShowRefunds::MethodColumn)->text(), paymentMethodName(u"cash"_s));
    QCOMPARE(table->item(1, CancelledShowRefunds::ReferenceColumn)->text(), second.reference);

    QTest::mouseClick(refunds->findChild<QPushButton *>(u"refund_%1"_s.arg(first.reference)), Qt::LeftButton);
    auto *dialog = shows->findChild<RefundDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible() && dialog->money().has_value());
    auto *reason = dialog->findChild<QLineEdit *>(u"refundReason"_s);
    QCOMPARE(reason->text(), u"Show cancelled"_s);
    QTest::keyClicks(reason, u": projector"_s);
    QSignalSpy refunded(dialog, &RefundDialog::refunded);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"refundButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(refunded.count(), 1, 10000);
    dialog->reject();

    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, CancelledShowRefunds::ReferenceColumn)->text(), second.reference);
    auto money = PaymentLedger(*m_fixture->database).bookingMoney(first.reference);
    QVERIFY(money.ok());
    QCOMPARE(money->balanceCents, 0);
    QCOMPARE(money->lines.constLast().kind, u"refund"_s);
    QCOMPARE(money->lines.constLast().amountCents, -first.totalCents);
    QCOMPARE(money->lines.constLast().reason, u"Show cancelled: projector"_s);

    // Another counter refunds the last one: the list says none are left.
    QVERIFY(m_fixture->reservations->refund(second.reference, {}, u"Show cancelled"_s, manager).ok());
    refunds->reload();
    QTRY_COMPARE(table->rowCount(), 0);
    QVERIFY2(refunds->statusText().contains(u"every refund is made"_s), qPrintable(refunds->statusText()));
}

void tst_ShowsWindow::screenshot()
{
    // The Shows window, the dialog of a new run of shows, and the price list of a stored show;
    // BOXOFFICE_SCREENSHOT names where to keep the picture.
    ShowsWindow *shows = openShows();
    QVERIFY(shows);
    ShowDialog *dialog = openDialog(shows, u"newShowButton"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->findChild<QLineEdit *>(u"showTitle"_s)->setText(u"Summer Matinee"_s);
    dialog->findChild<QComboBox *>(u"showRepeat"_s)->setCurrentIndex(2);
    dialog->findChild<QCheckBox *>(u"weekday%1"_s.arg(Qt::Saturday))->setChecked(true);
    dialog->findChild<QCheckBox *>(u"weekday%1"_s.arg(Qt::Sunday))->setChecked(true);
    dialog->findChild<QDateEdit *>(u"showRepeatUntil"_s)->setDate(QDate(2026, 12, 20));
    dialog->findChild<QDateEdit *>(u"showSkipDate"_s)->setDate(QDate(2026, 12, 5));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addSkippedDate"_s), Qt::LeftButton);
    const QImage form = dialog->grab().toImage();
    dialog->reject();
    dialog = openEditDialog(shows->listedShow(0).id);
    QVERIFY(dialog);
    dialog->findChild<QTabWidget *>()->setCurrentIndex(1);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QImage prices = dialog->grab().toImage();
    const QImage list = shows->grab().toImage();
    QImage picture(list.width() + form.width() + prices.width(),
                   std::max({list.height(), form.height(), prices.height()}), QImage::Format_RGB32);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    painter.drawImage(0, 0, list);
    painter.drawImage(list.width(), 0, form);
    painter.drawImage(list.width() + form.width(), 0, prices);
    painter.end();
    const QString path = qEnvironmentVariable("BOXOFFICE_SCREENSHOT");
    if (!path.isEmpty())
        QVERIFY(picture.save(path));
}

QTEST_MAIN(tst_ShowsWindow)
#include "tst_showswindow.moc"
