#include "appsettings.h"
#include "fulldiskvfs.h"
#include "basketwidget.h"
#include "displaynames.h"
#include "mainwindow.h"
#include "managertestfixture.h"
#include "seatmapwidget.h"
#include "settingsdialog.h"
#include "showlistmodel.h"
#include "translators.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {
constexpr int liveUpdateMs = 1000;

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithTheDaysShows();
    void everyToolbarActionHasAnIcon();
    void keyboardSelectionHoldsSeats();
    void clickSelectionHoldsSeats();
    void deselectingReleases();
    void releaseButtonReleasesEverything();
    void booksFromTheCounter();
    void aConfirmedBookingClearsAnEarlierWarning();
    void aCashSaleRefusesTooLittleCashAndShowsTheChange();
    void bookingRightAfterSelectingWaitsForTheHold();
    void holdLastsAsLongAsTheVenueSays();
    void theEmptyBasketsTotalFollowsTheVenuesCurrency();
    void holdLengthFromTheCommandLineWins();
    void settingsDialogStoresTheSeatCapPerAddress();
    void settingsDialogStoresValues();
    void webChangeKeepsSelection();
    void seatTakenMeanwhileIsExplained();
    void busyDatabaseIsExplained();
    void fullDiskIsExplained();
    void expiredHoldIsExplained();
    void closingReleasesHeldSeats();
    void dayNavigation();
    void webStatusInStatusBar();
    void germanTranslationLoads();
    void englishSaysOneSeatAndTwoSeats();
    void windowFitsTheScreen();
    void counterFitsAScreen1400PixelsWide();
    void screenshot();

private:
    /// Seats this counter holds for the show, as the database says.
    QStringList heldInDatabase(qint64 show) const;
    void pickFirstShow();
    QPushButton *button(const char *name) const;
    QString basketMessage() const;
    void clickSeat(const QString &label);
    void saveVenueHoldSeconds(int seconds);
    /// A connection of its own, as a web worker or another counter has.
    std::unique_ptr<Database> openConnection() const;

    std::unique_ptr<ManagerTestFixture> m_fixture;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_show = 0;
};

void tst_MainWindow::initTestCase()
{
    // Closing a window must not end the test's event loop.
    QApplication::setQuitOnLastWindowClosed(false);
    // Before any connection opens, each of which keeps the VFS it was opened with.
    testing::FullDiskVfs::install();
}

void tst_MainWindow::init()
{
    m_fixture = std::make_unique<ManagerTestFixture>();
    QVERIFY(m_fixture->valid);
    m_settings = std::make_unique<AppSettings>(m_fixture->m_dir.filePath(u"app.ini"_s));
    m_window = std::make_unique<MainWindow>(*m_fixture->backend, *m_settings, *m_fixture->approval);
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    pickFirstShow();
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_fixture.reset();
}

void tst_MainWindow::windowFitsTheScreen()
{
    MainWindow window(*m_fixture->backend, *m_settings, *m_fixture->approval);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize available = window.screen()->availableGeometry().size();
    // Never larger than the screen, unless the layout cannot be squeezed that far.
    QVERIFY2(available.width() < 1440 || available.height() < 900,
             "the test's screen must be smaller than the window's designed size");
    const QSize smallest = window.minimumSizeHint();
    QCOMPARE(window.width(), std::max(available.width(), smallest.width()));
    QCOMPARE(window.height(), std::max(available.height(), smallest.height()));
}

void tst_MainWindow::counterFitsAScreen1400PixelsWide()
{
    // The Grand Hall show is picked: the best-seats bar with all its options is shown.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const int smallest = m_window->minimumSizeHint().width();
    QVERIFY2(smallest <= 1400, qPrintable(u"the counter needs %1 pixels"_s.arg(smallest)));
}

void tst_MainWindow::pickFirstShow()
{
    QTRY_VERIFY(m_window->showsModel()->rowCount() > 0);
    // The demo's Grand Hall show: 20 rows of 25 seats.
    for (const Show &show : m_window->showsModel()->shows()) {
        if (show.hallName == u"Grand Hall"_s) {
            m_show = show.id;
            break;
        }
    }
    QVERIFY(m_show != 0);
    QVERIFY(m_window->selectShow(m_show));
    QTRY_VERIFY(m_window->sale()->snapshot().has_value() && m_window->sale()->snapshot()->show.id == m_show);
    QCOMPARE(m_window->currentShowId(), m_show);
}

QStringList tst_MainWindow::heldInDatabase(qint64 show) const
{
    return m_fixture->heldBy(show, m_fixture->backend->counterOwner());
}

std::unique_ptr<Database> tst_MainWindow::openConnection() const
{
    auto opened = Database::open(m_fixture->config, u"other"_s);
    return opened.ok() ? std::move(opened.value()) : nullptr;
}

void tst_MainWindow::clickSeat(const QString &label)
{
    SeatMapWidget *map = m_window->seatMap();
    const QRect rect = map->seatRect(label);
    QVERIFY2(rect.isValid() && map->rect().contains(rect.center()), qPrintable(label));
    QTest::mouseClick(map, Qt::LeftButton, {}, rect.center());
}

QPushButton *tst_MainWindow::button(const char *name) const
{
    return m_window->basket()->findChild<QPushButton *>(QString::fromLatin1(name));
}

QString tst_MainWindow::basketMessage() const
{
    return m_window->basket()->messageText();
}

void tst_MainWindow::opensWithTheDaysShows()
{
    QVERIFY(m_window->windowTitle().startsWith(u"Box Office"_s));
    const QList<Show> expected = m_fixture->showsToday();
    QCOMPARE(m_window->showsModel()->rowCount(), int(expected.size()));
    for (int row = 0; row < expected.size(); ++row) {
        const QModelIndex title = m_window->showsModel()->index(row, ShowListModel::TitleColumn);
        QCOMPARE(title.data().toString(), expected.at(row).title);
        QCOMPARE(m_window->showsModel()->index(row, ShowListModel::HallColumn).data().toString(),
                 expected.at(row).hallName);
    }
    QCOMPARE(m_window->sale()->snapshot()->seats.size(), 500);
}

void tst_MainWindow::everyToolbarActionHasAnIcon()
{
    auto *toolbar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolbar);
    int actions = 0;
    for (QAction *action : toolbar->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        ++actions;
        QVERIFY2(!action->icon().pixmap(24, 24).isNull(), qPrintable(action->objectName()));
    }
    QVERIFY(actions >= 5);
    QVERIFY(toolbar->actions().contains(m_window->findChild<QAction *>(u"actionCollectReservation"_s)));
}

void tst_MainWindow::keyboardSelectionHoldsSeats()
{
    SeatMapWidget *map = m_window->seatMap();
    map->setFocus();
    QTRY_VERIFY(map->hasFocus());
    QTest::keyClick(map, Qt::Key_Space);
    QTest::keyClick(map, Qt::Key_Right);
    QTest::keyClick(map, Qt::Key_Space);
    const QStringList selected = sorted(map->selectedSeats());
    QCOMPARE(selected.size(), 2);
    QTRY_COMPARE(heldInDatabase(m_show), selected);
    QTRY_COMPARE(sorted(m_window->sale()->heldSeats()), selected);
    QVERIFY(m_window->sale()->secondsLeft() > 0);
}

void tst_MainWindow::clickSelectionHoldsSeats()
{
    SeatMapWidget *map = m_window->seatMap();
    for (const QString &label : {u"E7"_s, u"E8"_s})
        clickSeat(label);
    QCOMPARE(sorted(map->selectedSeats()), (QStringList{u"E7"_s, u"E8"_s}));
    QTRY_COMPARE(heldInDatabase(m_show), (QStringList{u"E7"_s, u"E8"_s}));
}

void tst_MainWindow::deselectingReleases()
{
    for (const QString &label : {u"F1"_s, u"F2"_s})
        clickSeat(label);
    QTRY_COMPARE(heldInDatabase(m_show), (QStringList{u"F1"_s, u"F2"_s}));
    clickSeat(u"F1"_s);
    QTRY_COMPARE(heldInDatabase(m_show), QStringList{u"F2"_s});
    QTRY_COMPARE(m_window->sale()->heldSeats(), QStringList{u"F2"_s});
}

void tst_MainWindow::releaseButtonReleasesEverything()
{
    SeatMapWidget *map = m_window->seatMap();
    for (const QString &label : {u"G3"_s, u"G4"_s, u"G5"_s})
        clickSeat(label);
    QTRY_COMPARE(heldInDatabase(m_show).size(), 3);
    QPushButton *release = button("releaseButton");
    QVERIFY(release);
    QTRY_VERIFY(release->isEnabled());
    QTest::mouseClick(release, Qt::LeftButton);
    QTRY_VERIFY(heldInDatabase(m_show).isEmpty());
    QVERIFY(map->selectedSeats().isEmpty());
    QTRY_VERIFY(m_window->sale()->heldSeats().isEmpty());
}

void tst_MainWindow::booksFromTheCounter()
{
    SeatMapWidget *map = m_window->seatMap();
    const QStringList seats = {u"J10"_s, u"J11"_s, u"J12"_s};
    for (const QString &label : seats)
        clickSeat(label);
    QTRY_COMPARE(heldInDatabase(m_show), seats);

    // Ticket types per seat in the basket; the total follows the show's prices.
    BasketWidget *basket = m_window->basket();
    QComboBox *child = nullptr;
    QComboBox *concession = nullptr;
    QTRY_VERIFY((child = basket->findChild<QComboBox *>(u"ticketType_J11"_s)) != nullptr);
    QTRY_VERIFY((concession = basket->findChild<QComboBox *>(u"ticketType_J12"_s)) != nullptr);
    child->setCurrentIndex(child->findData(u"child"_s));
    concession->setCurrentIndex(concession->findData(u"concession"_s));
    QCOMPARE(m_window->sale()->ticketType(u"J11"_s), u"child"_s);

    const Show &show = m_window->sale()->snapshot()->show;
    qint64 expectedTotal = 0;
    QHash<QString, QString> expectedTypes = {{u"J10"_s, u"adult"_s}, {u"J11"_s, u"child"_s}, {u"J12"_s, u"concession"_s}};
    for (const QString &label : seats) {
        const auto state = m_window->sale()->seatState(label);
        QVERIFY(state.has_value());
        const auto price = show.priceFor(state->seat.category, expectedTypes.value(label));
        QVERIFY(price.has_value());
        expectedTotal += *price;
    }
    QCOMPARE(m_window->sale()->totalCents(), expectedTotal);
    // In the venue's currency, euros for a database that names none.
    QCOMPARE(basket->findChild<QLabel *>(u"totalLabel"_s)->text(), Currency().format(expectedTotal));
    QVERIFY(basket->findChild<QLabel *>(u"totalLabel"_s)->text().contains(u"€"_s));

    basket->findChild<QLineEdit *>(u"customerEdit"_s)->setText(u"Asha Rao"_s);
    basket->findChild<QRadioButton *>(u"cardRadio"_s)->setChecked(true);
    QPushButton *book = button("bookButton");
    QTRY_VERIFY(book->isEnabled());
    QTest::mouseClick(book, Qt::LeftButton);
    QTRY_VERIFY2(basket->lastBooking().has_value(), qPrintable(basketMessage()));

    const Booking confirmed = *basket->lastBooking();
    QVERIFY(!confirmed.reference.isEmpty());
    QVERIFY(basket->findChild<QLabel *>(u"referenceLabel"_s)->text().contains(confirmed.reference));
    QVERIFY(basket->findChild<QPushButton *>(u"printButton"_s)->isVisible());

    auto stored = m_fixture->catalog->booking(confirmed.reference);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().showId, m_show);
    QCOMPARE(stored.value().customer.name, u"Asha Rao"_s);
    QCOMPARE(stored.value().paymentMethod, u"card"_s);
    QCOMPARE(stored.value().channel, Channel::Counter);
    QCOMPARE(stored.value().totalCents, expectedTotal);
    QCOMPARE(stored.value().seats.size(), 3);
    for (const BookedSeat &seat : stored.value().seats)
        QCOMPARE(seat.ticketType, expectedTypes.value(seat.label));
    QVERIFY(heldInDatabase(m_show).isEmpty());
    QTRY_VERIFY(map->selectedSeats().isEmpty());
    for (const QString &label : seats)
        QCOMPARE(m_fixture->status(m_show, label), SeatStatus::Booked);

    // The ticket of the booking can be saved as PDF from the confirmation.
    const QString pdf = m_fixture->m_dir.filePath(u"ticket.pdf"_s);
    QVERIFY(m_window->saveTicketPdf(confirmed, pdf));
    QVERIFY(QFileInfo(pdf).size() > 0);
}

void tst_MainWindow::aCashSaleRefusesTooLittleCashAndShowsTheChange()
{
    for (const QString &label : {u"K4"_s, u"K5"_s})
        clickSeat(label);
    QTRY_COMPARE(heldInDatabase(m_show), (QStringList{u"K4"_s, u"K5"_s}));
    BasketWidget *basket = m_window->basket();
    QPushButton *book = button("bookButton");
    QTRY_VERIFY(book->isEnabled());
    const qint64 due = m_window->sale()->totalCents();
    QVERIFY(due > 100);

    auto *tendered = basket->findChild<QLineEdit *>(u"tenderedEdit"_s);
    QVERIFY(tendered);
    QVERIFY(tendered->isVisible());
    tendered->setText(Currency().plainNumber(due - 100));
    QTest::mouseClick(book, Qt::LeftButton);
    QTRY_VERIFY(basketMessage().contains(u"less than the amount due"_s));
    QVERIFY(!basket->lastBooking().has_value());
    QCOMPARE(heldInDatabase(m_show), (QStringList{u"K4"_s, u"K5"_s}));

    tendered->setText(Currency().plainNumber(due + 1250));
    QVERIFY(basket->findChild<QLabel *>(u"changeLabel"_s)->text().contains(Currency().format(1250)));
    QTest::mouseClick(book, Qt::LeftButton);
    QTRY_VERIFY2(basket->lastBooking().has_value(), qPrintable(basketMessage()));
    QCOMPARE(basket->lastBooking()->paymentMethod, u"cash"_s);
    auto *changeGiven = basket->findChild<QLabel *>(u"changeGivenLabel"_s);
    QVERIFY(changeGiven->isVisible());
    QCOMPARE(changeGiven->text(), u"Change to give: %1"_s.arg(Currency().format(1250)));
    // Ready for the next customer.
    QVERIFY(tendered->text().isEmpty());
}

void tst_MainWindow::aConfirmedBookingClearsAnEarlierWarning()
{
    QPushButton *book = button("bookButton");
    m_window->basket()->book();
    QVERIFY(!basketMessage().isEmpty());
    clickSeat(u"M7"_s);
    QTRY_COMPARE(heldInDatabase(m_show), QStringList{u"M7"_s});
    QTRY_VERIFY(book->isEnabled());
    QTest::mouseClick(book, Qt::LeftButton);
    QTRY_VERIFY(m_window->basket()->lastBooking().has_value());
    QCOMPARE(basketMessage(), QString());
}

void tst_MainWindow::bookingRightAfterSelectingWaitsForTheHold()
{
    // Ctrl+Enter while the hold is still on its way to the database: the booking follows it.
    clickSeat(u"M5"_s);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY2(m_window->basket()->lastBooking().has_value(), qPrintable(basketMessage()));
    const Booking booking = *m_window->basket()->lastBooking();
    QCOMPARE(booking.seats.size(), 1);
    QCOMPARE(booking.seats.constFirst().label, u"M5"_s);
    QCOMPARE(m_fixture->status(m_show, u"M5"_s), SeatStatus::Booked);
}

void tst_MainWindow::saveVenueHoldSeconds(int seconds)
{
    QVERIFY(m_fixture->changeVenueSettings([seconds](VenueSettings &settings) { settings.holdSeconds = seconds; }));
}

void tst_MainWindow::theEmptyBasketsTotalFollowsTheVenuesCurrency()
{
    // A new venue sets its currency in the first-run assistant before any show exists.
    MainWindow window(*m_fixture->backend, *m_settings, *m_fixture->approval);
    const auto restore = qScopeGuard([] { setVenueCurrency(Currency()); });
    auto *total = window.basket()->findChild<QLabel *>(u"totalLabel"_s);
    QVERIFY(total);
    QCOMPARE(total->text(), Currency().format(0));
    const Currency francs = Currency::fromCode(u"CHF"_s).value();
    QVERIFY(m_fixture->changeVenueSettings([&](VenueSettings &settings) { settings.currency = francs; }));
    QTRY_COMPARE(total->text(), francs.format(0));
}

void tst_MainWindow::holdLastsAsLongAsTheVenueSays()
{
    QCOMPARE(m_window->sale()->holdSeconds(), 600);
    saveVenueHoldSeconds(240);
    QTRY_COMPARE(m_window->sale()->holdSeconds(), 240);
    clickSeat(u"N3"_s);
    QTRY_COMPARE(heldInDatabase(m_show), QStringList{u"N3"_s});
    QTRY_COMPARE(m_window->sale()->heldSeats(), QStringList{u"N3"_s});
    // The clock stands still in the test, so the countdown shows the whole duration.
    QCOMPARE(m_window->sale()->secondsLeft(), 240);
    auto snapshot = m_fixture->catalog->snapshot(m_show);
    QVERIFY(snapshot.ok());
    for (const SeatState &seat : snapshot.value().seats) {
        if (seat.seat.label == u"N3"_s)
            QCOMPARE(m_fixture->clock.now().secsTo(seat.holdExpiresAt), 240);
    }
    // The hold lapses after the venue's length, not the 600 seconds of old.
    m_fixture->clock.advance(239 * 1000);
    QCOMPARE(m_window->sale()->secondsLeft(), 1);
    m_fixture->clock.advance(2 * 1000);
    QCOMPARE(m_window->sale()->secondsLeft(), 0);
    auto freed = m_fixture->reservations->cleanupExpiredHolds(m_fixture->clock.now());
    QVERIFY(freed.ok());
    QCOMPARE(freed.value(), 1);
    QCOMPARE(m_fixture->status(m_show, u"N3"_s), SeatStatus::Available);
}

void tst_MainWindow::holdLengthFromTheCommandLineWins()
{
    saveVenueHoldSeconds(240);
    QTRY_COMPARE(m_window->sale()->holdSeconds(), 240);
    m_window->setHoldSecondsOverride(90);
    // The venue's length changing meanwhile does not undo the command line's choice.
    QSignalSpy venueRead(&m_fixture->feed, &ChangeFeed::venueSettingsChanged);
    saveVenueHoldSeconds(300);
    QCOMPARE(venueRead.size(), 1);
    // The window hears of it in a queued call and reads on the worker, in order: a job queued
    // behind that call has answered once the window has its answer.
    bool drained = false;
    QObject context;
    QMetaObject::invokeMethod(&context, [this, &context, &drained] {
        m_fixture->backend->run<int>(&context, [](CoreServices &) { return Result<int>(0); },
                                     [&drained](const Result<int> &) { drained = true; });
    }, Qt::QueuedConnection);
    QTRY_VERIFY(drained);
    QCOMPARE(m_window->sale()->holdSeconds(), 90);
    clickSeat(u"N4"_s);
    QTRY_COMPARE(m_window->sale()->heldSeats(), QStringList{u"N4"_s});
    QCOMPARE(m_window->sale()->secondsLeft(), 90);
    auto snapshot = m_fixture->catalog->snapshot(m_show);
    QVERIFY(snapshot.ok());
    const auto held = std::find_if(snapshot->seats.cbegin(), snapshot->seats.cend(),
                                   [](const SeatState &seat) { return seat.seat.label == u"N4"_s; });
    QVERIFY(held != snapshot->seats.cend());
    QCOMPARE(m_fixture->clock.now().secsTo(held->holdExpiresAt), 90);

    m_window->setHoldSecondsOverride(std::nullopt);
    QCOMPARE(m_window->sale()->holdSeconds(), 300);
}

void tst_MainWindow::settingsDialogStoresTheSeatCapPerAddress()
{
    QCOMPARE(m_settings->maxSeatsPerAddress(), 20);
    SettingsDialog dialog(*m_settings, m_window.get());
    QSignalSpy web(m_settings.get(), &AppSettings::webEndpointChanged);
    auto *cap = dialog.findChild<QSpinBox *>(u"seatsPerAddressSpin"_s);
    QVERIFY(cap);
    QCOMPARE(cap->value(), 20);
    cap->setValue(0);
    QCOMPARE(cap->text(), u"No limit"_s);
    cap->setValue(6);
    dialog.accept();
    QCOMPARE(m_settings->maxSeatsPerAddress(), 6);
    // The endpoint restarts to apply it.
    QCOMPARE(web.size(), 1);
    QCOMPARE(AppSettings(m_fixture->m_dir.filePath(u"app.ini"_s)).maxSeatsPerAddress(), 6);
}

void tst_MainWindow::settingsDialogStoresValues()
{
    SettingsDialog dialog(*m_settings, m_window.get());
    QSignalSpy changed(m_settings.get(), &AppSettings::changed);
    QSignalSpy web(m_settings.get(), &AppSettings::webEndpointChanged);
    QSignalSpy language(m_settings.get(), &AppSettings::languageChanged);

    // Defaults: loopback only, port 8080, no warning shown.
    QCOMPARE(m_settings->bindAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(m_settings->port(), quint16(8080));
    auto *warning = dialog.findChild<QLabel *>(u"networkWarning"_s);
    QVERIFY(warning && warning->isHidden());

    dialog.findChild<QRadioButton *>(u"networkRadio"_s)->setChecked(true);
    QVERIFY(!warning->isHidden());
    dialog.findChild<QLineEdit *>(u"bindAddressEdit"_s)->setText(u"not an address"_s);
    QVERIFY(!dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.findChild<QLineEdit *>(u"bindAddressEdit"_s)->setText(u"0.0.0.0"_s);
    dialog.findChild<QSpinBox *>(u"portSpin"_s)->setValue(8181);
    // The hold length is the venue's (Venue settings), no longer a setting of this computer.
    QVERIFY(!dialog.findChild<QSpinBox *>(u"holdSpin"_s));
    auto *languages = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    languages->setCurrentIndex(languages->findData(u"de"_s));
    // PINs are the staff accounts' now: the machine keeps none.
    QVERIFY(!dialog.findChild<QPushButton *>(u"changePinButton"_s));
    dialog.accept();

    QCOMPARE(m_settings->bindAddress(), QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(m_settings->port(), quint16(8181));
    QCOMPARE(m_settings->language(), u"de"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(web.size(), 1);
    QCOMPARE(language.size(), 1);

    // Stored: a fresh reader of the same file sees the same.
    AppSettings again(m_fixture->m_dir.filePath(u"app.ini"_s));
    QCOMPARE(again.values(), m_settings->values());
}

void tst_MainWindow::webChangeKeepsSelection()
{
    SeatMapWidget *map = m_window->seatMap();
    for (const QString &label : {u"C4"_s, u"C5"_s})
        clickSeat(label);
    QTRY_COMPARE(heldInDatabase(m_show), (QStringList{u"C4"_s, u"C5"_s}));
    const qint64 versionBefore = m_window->sale()->snapshot()->show.version;

    // A web customer on another connection holds a seat; the service announces it on the feed.
    auto web = openConnection();
    ReservationService webService(*web, m_fixture->feed, m_fixture->clock);
    auto held = webService.holdSeats(m_show, {u"D9"_s}, u"web:session-1"_s, std::chrono::seconds(600), Channel::Web);
    QVERIFY(held.ok());
    m_fixture->feed.publish(m_show, held.value().version);

    auto statusOnMap = [this](const QString &label) {
        const auto state = m_window->sale()->seatState(label);
        return state ? state->status : SeatStatus::Available;
    };
    QTRY_COMPARE_WITH_TIMEOUT(statusOnMap(u"D9"_s), SeatStatus::Held, liveUpdateMs);
    QVERIFY(m_window->sale()->snapshot()->show.version > versionBefore);
    QCOMPARE(sorted(map->selectedSeats()), (QStringList{u"C4"_s, u"C5"_s}));
    QCOMPARE(sorted(m_window->sale()->heldSeats()), (QStringList{u"C4"_s, u"C5"_s}));
    QCOMPARE(heldInDatabase(m_show), (QStringList{u"C4"_s, u"C5"_s}));
}

void tst_MainWindow::seatTakenMeanwhileIsExplained()
{
    // Taken on a connection whose announcements this window never hears: the map still shows
    // the seat free when the cashier clicks it.
    ChangeFeed unheard;
    auto web = openConnection();
    ReservationService webService(*web, unheard, m_fixture->clock);
    QVERIFY(webService.holdSeats(m_show, {u"H8"_s}, u"web:session-2"_s, std::chrono::seconds(600), Channel::Web).ok());

    SeatMapWidget *map = m_window->seatMap();
    for (const QString &label : {u"H7"_s, u"H8"_s})
        clickSeat(label);
    QTRY_VERIFY(basketMessage().contains(u"H8"_s));
    QCOMPARE(m_window->basket()->messageSeverity(), CounterSale::Severity::Warning);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    // The free seat of the two is held after all; the taken one left the selection.
    QTRY_COMPARE(heldInDatabase(m_show), QStringList{u"H7"_s});
    QTRY_COMPARE(map->selectedSeats(), QStringList{u"H7"_s});
}

void tst_MainWindow::busyDatabaseIsExplained()
{
    // Another process keeps the write lock longer than the counter waits for it.
    auto locker = openConnection();
    QVERIFY(locker->run(u"BEGIN IMMEDIATE"_s).ok());
    SeatMapWidget *map = m_window->seatMap();
    clickSeat(u"K1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(basketMessage().contains(u"busy"_s), 10000);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(locker->run(u"ROLLBACK"_s).ok());
    QTRY_VERIFY(map->selectedSeats().isEmpty());
    QVERIFY(heldInDatabase(m_show).isEmpty());

    // Once the lock is gone the same click works.
    clickSeat(u"K1"_s);
    QTRY_COMPARE(heldInDatabase(m_show), QStringList{u"K1"_s});
}

void tst_MainWindow::fullDiskIsExplained()
{
    SeatMapWidget *map = m_window->seatMap();
    {
        const testing::FullDisk full;
        clickSeat(u"M1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(basketMessage().contains(u"Sales are paused"_s), 10000);
        QCOMPARE(m_window->basket()->messageSeverity(), CounterSale::Severity::Error);
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QTRY_VERIFY(map->selectedSeats().isEmpty());
    }
    QVERIFY(heldInDatabase(m_show).isEmpty());

    // Once there is room again the same click works.
    clickSeat(u"M1"_s);
    QTRY_COMPARE(heldInDatabase(m_show), QStringList{u"M1"_s});
}

void tst_MainWindow::expiredHoldIsExplained()
{
    SeatMapWidget *map = m_window->seatMap();
    clickSeat(u"N1"_s);
    QTRY_COMPARE(heldInDatabase(m_show), QStringList{u"N1"_s});
    QTRY_VERIFY(m_window->sale()->secondsLeft() > 0);

    m_fixture->clock.advance(qint64(m_window->sale()->holdSeconds() + 1) * 1000);
    QCOMPARE(m_window->sale()->secondsLeft(), 0);
    QTRY_VERIFY(!button("bookButton")->isEnabled());
    // What the expiry scheduler does in the app.
    auto freed = m_fixture->reservations->cleanupExpiredHolds(m_fixture->clock.now());
    QVERIFY(freed.ok());
    QCOMPARE(freed.value(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(basketMessage().contains(u"N1"_s), liveUpdateMs);
    QTRY_VERIFY(map->selectedSeats().isEmpty());
    QVERIFY(m_window->sale()->heldSeats().isEmpty());
}

void tst_MainWindow::closingReleasesHeldSeats()
{
    clickSeat(u"P20"_s);
    QTRY_COMPARE(heldInDatabase(m_show), QStringList{u"P20"_s});
    clickSeat(u"P21"_s);
    // Closed while the second hold may still be on its way, and gone at once as when the app
    // quits: no answer reaches the window any more, yet both seats end up released.
    QVERIFY(m_window->close());
    m_window.reset();
    // The backend works in order: once a job queued now has run, so has everything before it.
    bool drained = false;
    QObject context;
    m_fixture->backend->run<int>(&context, [](CoreServices &) { return Result<int>(0); },
                                 [&drained](const Result<int> &) { drained = true; });
    QTRY_VERIFY(drained);
    QCOMPARE(heldInDatabase(m_show), QStringList());
    QCOMPARE(m_fixture->status(m_show, u"P21"_s), SeatStatus::Available);
}

void tst_MainWindow::dayNavigation()
{
    const QDate today = m_window->day();
    QPushButton *todayButton = m_window->findChild<QPushButton *>(u"todayButton"_s);
    QToolButton *next = m_window->findChild<QToolButton *>(u"nextDayButton"_s);
    QVERIFY(todayButton && next);
    QSignalSpy loaded(m_window.get(), &MainWindow::showsLoaded);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_window->day(), today.addDays(1));
    QVERIFY(loaded.wait(5000));
    const QDate tomorrow = today.addDays(1);
    auto expected = m_fixture->catalog->shows(tomorrow.startOfDay(), tomorrow.addDays(1).startOfDay(), Channel::Counter);
    QVERIFY(expected.ok());
    QCOMPARE(m_window->showsModel()->rowCount(), int(expected.value().size()));
    // The show on the map stays until another one is picked.
    QCOMPARE(m_window->currentShowId(), m_show);
    QTest::mouseClick(todayButton, Qt::LeftButton);
    QCOMPARE(m_window->day(), today);
}

void tst_MainWindow::webStatusInStatusBar()
{
    auto *web = m_window->findChild<QLabel *>(u"webStatusLabel"_s);
    auto *watchers = m_window->findChild<QLabel *>(u"webWatchersLabel"_s);
    QVERIFY(web && watchers);
    m_window->setWebStatus(QUrl(u"http://127.0.0.1:8080/"_s), true);
    m_window->setWebWatchers(3);
    QVERIFY(web->text().contains(u"http://127.0.0.1:8080/"_s));
    QVERIFY(watchers->text().contains(u'3'));
    m_window->setWebStatus(QUrl(u"http://127.0.0.1:8080/"_s), false, u"Port 8080 is in use"_s);
    QVERIFY(web->text().contains(u"Port 8080 is in use"_s));
}

void tst_MainWindow::germanTranslationLoads()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    QVERIFY(app);
    QVERIFY(installTranslators(*app, u"de"_s));
    auto *book = button("bookButton");
    QTRY_COMPARE(book->text(), u"&Buchen"_s);
    QCOMPARE(QCoreApplication::translate("boxoffice::DisplayNames", "Child"), u"Kind"_s);
    QCOMPARE(ticketTypeName(u"child"_s), u"Kind"_s);
    QCOMPARE(paymentMethodName(u"card"_s), u"Karte"_s);
    QCOMPARE(categoryName(u"balcony"_s), u"Balcony"_s);
    QVERIFY(installTranslators(*app, u"hi"_s));
    QTRY_VERIFY(book->text() != u"&Buchen"_s && book->text() != u"&Book"_s);
    QCOMPARE(categoryName(u"premium"_s), u"प्रीमियम"_s);
    QVERIFY(installTranslators(*app, u"en"_s));
    QTRY_COMPARE(book->text(), u"&Book"_s);
}

void tst_MainWindow::englishSaysOneSeatAndTwoSeats()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    QVERIFY(app);
    QVERIFY(installTranslators(*app, u"en"_s));
    const auto blocked = [](int count) {
        return QCoreApplication::translate("boxoffice::ManagerActions", "Blocked %n seat(s): %1.", nullptr, count);
    };
    QCOMPARE(blocked(1), u"Blocked 1 seat: %1."_s);
    QCOMPARE(blocked(3), u"Blocked 3 seats: %1."_s);
    QCOMPARE(QCoreApplication::translate("boxoffice::AuditLogWindow", "%n entry(s) saved to %1.", nullptr, 2),
             u"2 entries saved to %1."_s);
}

void tst_MainWindow::screenshot()
{
    // Renders the window with a sale in progress on a show that sells well; BOXOFFICE_SCREENSHOT
    // names where to keep the picture, BOXOFFICE_SCREENSHOT_LANGUAGE in which language ("de").
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    installTranslators(*app, qEnvironmentVariable("BOXOFFICE_SCREENSHOT_LANGUAGE", u"en"_s));
    const QStringList sold = {u"H10"_s, u"H11"_s, u"H12"_s, u"H14"_s, u"H15"_s, u"I13"_s, u"I14"_s, u"I15"_s,
                              u"I16"_s, u"K8"_s,  u"K9"_s,  u"A1"_s,  u"A2"_s,  u"L14"_s, u"L15"_s, u"L16"_s};
    QVERIFY(!m_fixture->book(m_show, sold, u"Demo"_s).reference.isEmpty());
    QVERIFY(m_fixture->reservations->holdSeats(m_show, {u"G13"_s, u"G14"_s}, u"web:someone"_s,
                                               std::chrono::seconds(600), Channel::Web).ok());
    const StaffActor maria{0, u"Maria"_s, 0, {}};
    QVERIFY(m_fixture->reservations->blockSeats(m_show, {u"T1"_s, u"T2"_s, u"T3"_s}, maria, u"Camera"_s).ok());
    QTRY_VERIFY(m_window->sale()->seatState(u"G13"_s)->status == SeatStatus::Held);
    for (const QString &label : {u"J12"_s, u"J13"_s, u"J14"_s})
        clickSeat(label);
    QTRY_COMPARE(heldInDatabase(m_show).size(), 3);
    QTRY_COMPARE(m_window->sale()->heldSeats().size(), 3);
    m_window->setWebStatus(QUrl(u"http://127.0.0.1:8080/"_s), true);
    m_window->setWebWatchers(4);
    const QImage image = m_window->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    const QString path = qEnvironmentVariable("BOXOFFICE_SCREENSHOT");
    installTranslators(*app, u"en"_s);
    if (!path.isEmpty())
        QVERIFY(image.save(path));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
