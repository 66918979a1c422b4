#include "appsettings.h"
#include "corebackend.h"
#include "firstrunassistant.h"
#include "hallgeneratordialog.h"
#include "hallplanfile.h"
#include "mainwindow.h"
#include "managerapproval.h"
#include "staffsession.h"
#include "migrations.h"
#include "setupprogress.h"
#include "staffservice.h"
#include "staffsession.h"
#include "translators.h"
#include "venuesettingsstore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace boxoffice;
using namespace Qt::StringLiterals;

/// The assistant on an empty database (schema only), driven by keyboard and mouse as a new venue
/// would, checked against what the database then holds.
class tst_FirstRunAssistant : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fromAnEmptyDatabaseToABookableShow();
    void aPlanFileIsImportedAndPricedInTheVenuesCurrency();
    void aPretixPlanIsImportedAndWhatItLosesIsTold();
    void aBrokenPlanFileIsRefusedWithItsProblems();
    void differentPinsAreRefused();
    void aStaffAccountThatExistsIsKept();
    void aShowNeedsATitleAndAFutureStart();
    void cancelKeepsTheHallAndTheNextStartOffersIt();
    void theCounterOffersItAndThenShowsTheNewShow();
    void screenshot();

private:
    /// Opens the assistant as the app does, on what the database holds now, and waits for the
    /// venue settings to arrive in its form.
    void openAssistant();
    SetupProgress progress();
    /// Presses Next and waits for the wizard to reach `page` (saving the page on the way).
    void next(FirstRunAssistant::Page page);
    /// Return in a field presses the default button, Next.
    void nextByKeyboard(QLineEdit *field, FirstRunAssistant::Page page);
    void waitForPage(FirstRunAssistant::Page page);
    /// Presses Next and waits until the page answered with an error, staying where it is.
    void nextRefused();
    void passVenueAndManager();
    /// The first manager's account as another counter (or an earlier run) made it.
    void addManager();
    void fillShow(const QString &title, const QDateTime &venueTime);
    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_assistant->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    QString writeFile(const QString &name, const QByteArray &data) const;
    /// Waits until the worker answered every job queued before this call (it runs them in order).
    void waitForWorker();

    static inline const QString pin = u"2468"_s;
    static inline const QString managerName = u"Maria"_s;

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseConfig m_config;
    ChangeFeed m_feed;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CoreBackend> m_backend;
    std::unique_ptr<FirstRunAssistant> m_assistant;
};

void tst_FirstRunAssistant::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    // English too comes from a translation: the plural forms of "%n seat(s)".
    QVERIFY(installTranslators(*qApp, u"en"_s));
}

void tst_FirstRunAssistant::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = DatabaseConfig::sqlite(m_dir->filePath(u"venue.sqlite"_s));
    auto database = Database::open(m_config, u"test"_s);
    QVERIFY(database.ok());
    m_database = std::move(database.value());
    QVERIFY(Migrations::migrate(*m_database).ok());
    m_backend = std::make_unique<CoreBackend>(m_config, m_feed, m_clock);
    QSignalSpy ready(m_backend.get(), &CoreBackend::ready);
    m_backend->start();
    QVERIFY(ready.wait(10000));
}

void tst_FirstRunAssistant::cleanup()
{
    m_assistant.reset();
    m_backend.reset();
    m_database.reset();
    m_dir.reset();
}

SetupProgress tst_FirstRunAssistant::progress()
{
    VenueService venues(*m_database, m_feed, m_clock);
    auto read = SetupProgress::read(*m_database, venues);
    if (!read.ok())
        qFatal("setup progress: %s", qPrintable(read.error().message));
    return read.value();
}

void tst_FirstRunAssistant::openAssistant()
{
    const SetupProgress now = progress();
    QVERIFY(now.needsFirstRun());
    m_assistant = std::make_unique<FirstRunAssistant>(*m_backend, now);
    QSignalSpy loaded(m_assistant.get(), &FirstRunAssistant::loaded);
    m_assistant->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_assistant.get()));
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(m_assistant->currentId(), int(FirstRunAssistant::VenuePage));
}

void tst_FirstRunAssistant::next(FirstRunAssistant::Page page)
{
    QVERIFY(m_assistant->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(m_assistant->button(QWizard::NextButton), Qt::LeftButton);
    waitForPage(page);
}

void tst_FirstRunAssistant::nextByKeyboard(QLineEdit *field, FirstRunAssistant::Page page)
{
    QTest::keyClick(field, Qt::Key_Return);
    waitForPage(page);
}

void tst_FirstRunAssistant::waitForPage(FirstRunAssistant::Page page)
{
    // Deriving the PIN's key takes a noticeable moment by design.
    QTRY_VERIFY2_WITH_TIMEOUT(m_assistant->currentId() == int(page) || !m_assistant->pageError().isEmpty(),
                              qPrintable(u"still on page %1"_s.arg(m_assistant->currentId())), 10000);
    QVERIFY2(m_assistant->pageError().isEmpty(), qPrintable(m_assistant->pageError()));
    QCOMPARE(m_assistant->currentId(), int(page));
}

void tst_FirstRunAssistant::nextRefused()
{
    const int page = m_assistant->currentId();
    QTest::mouseClick(m_assistant->button(QWizard::NextButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_assistant->pageError().isEmpty(), 10000);
    QCOMPARE(m_assistant->currentId(), page);
}

void tst_FirstRunAssistant::passVenueAndManager()
{
    nextByKeyboard(child<QLineEdit>(u"venueName"_s), FirstRunAssistant::ManagerPage);
    QTest::keyClicks(child<QLineEdit>(u"staffAccountName"_s), managerName);
    QTest::keyClicks(child<QLineEdit>(u"staffAccountSecret"_s), pin);
    QTest::keyClicks(child<QLineEdit>(u"staffAccountSecretAgain"_s), pin);
    nextByKeyboard(child<QLineEdit>(u"staffAccountSecretAgain"_s), FirstRunAssistant::HallPage);
}

void tst_FirstRunAssistant::addManager()
{
    StaffService staff(*m_database, m_clock);
    QVERIFY(staff.addStaff(managerName, StaffRole::Manager, pin, u"test"_s).ok());
}

void tst_FirstRunAssistant::fillShow(const QString &title, const QDateTime &venueTime)
{
    auto *titleEdit = child<QLineEdit>(u"showTitle"_s);
    titleEdit->clear();
    QTest::keyClicks(titleEdit, title);
    child<QDateTimeEdit>(u"showStartsAt"_s)->setDateTime(QDateTime(venueTime.date(), venueTime.time()));
}

QString tst_FirstRunAssistant::writeFile(const QString &name, const QByteArray &data) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_FirstRunAssistant::fromAnEmptyDatabaseToABookableShow()
{
    openAssistant();
    auto *name = child<QLineEdit>(u"venueName"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Kino am Markt"_s);
    child<QComboBox>(u"currency"_s)->setCurrentText(u"CHF"_s);
    child<QComboBox>(u"timeZone"_s)->setCurrentText(u"Europe/Zurich"_s);
    passVenueAndManager();

    // The generator path: five rows of eight seats, laid out in the generator's own dialog.
    QVERIFY(child<QRadioButton>(u"generateHall"_s)->isChecked());
    QVERIFY(child<QRadioButton>(u"existingHall"_s)->isHidden());
    auto *hallName = child<QLineEdit>(u"hallName"_s);
    hallName->selectAll();
    QTest::keyClicks(hallName, u"Saal 1"_s);
    QTest::mouseClick(child<QPushButton>(u"layoutButton"_s), Qt::LeftButton);
    HallGeneratorDialog *generator = nullptr;
    QTRY_VERIFY((generator = m_assistant->findChild<HallGeneratorDialog *>()) && generator->isVisible());
    generator->findChild<QSpinBox *>(u"rowsSpin"_s)->setValue(5);
    generator->findChild<QSpinBox *>(u"seatsPerRowSpin"_s)->setValue(8);
    QTest::mouseClick(generator->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(m_assistant->findChild<HallGeneratorDialog *>() == nullptr);
    QVERIFY2(child<QLabel>(u"layoutSummary"_s)->text().contains(u"40 seats"_s),
             qPrintable(child<QLabel>(u"layoutSummary"_s)->text()));
    nextByKeyboard(hallName, FirstRunAssistant::ShowPage);

    auto *price = child<QDoubleSpinBox>(u"price_standard"_s);
    QCOMPARE(price->decimals(), 2);
    QVERIFY(price->suffix().contains(u"CHF"_s));
    price->setValue(14.5);
    fillShow(u"Hamlet"_s, QDateTime(QDate(2026, 11, 28), QTime(19, 30)));
    nextByKeyboard(child<QLineEdit>(u"showTitle"_s), FirstRunAssistant::DonePage);
    const QString summary = child<QLabel>(u"summary"_s)->text();
    for (const QString &part : {u"Kino am Markt"_s, u"Saal 1 with 40 seats"_s, u"Hamlet"_s, u"14.50"_s})
        QVERIFY2(summary.contains(part), qPrintable(summary));

    QSignalSpy ready(m_assistant.get(), &FirstRunAssistant::showReady);
    QTest::mouseClick(m_assistant->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(ready.size(), 1);
    const qint64 showId = ready.at(0).at(0).toLongLong();
    const QDateTime startsAt(QDate(2026, 11, 28), QTime(18, 30), Qt::UTC);
    QCOMPARE(ready.at(0).at(1).toDateTime(), startsAt);

    // What was saved: the venue, the manager's account, the hall and a show that sells.
    auto venue = VenueSettingsStore(*m_database, m_clock).load();
    QVERIFY(venue.ok());
    QCOMPARE(venue->name, u"Kino am Markt"_s);
    QCOMPARE(venue->currency.code(), u"CHF"_s);
    QCOMPARE(venue->timeZone, QByteArray("Europe/Zurich"));
    auto manager = StaffService(*m_database, m_clock).signIn(managerName, pin);
    QVERIFY(manager.ok());
    QVERIFY(manager->isManager());
    const SetupProgress after = progress();
    QVERIFY(!after.needsFirstRun());
    QCOMPARE(after.halls.size(), 1);
    QCOMPARE(after.halls.constFirst().name, u"Saal 1"_s);
    QCOMPARE(after.halls.constFirst().seats, 40);

    ShowCatalog catalog(*m_database);
    auto show = catalog.show(showId);
    QVERIFY(show.ok());
    QCOMPARE(show->title, u"Hamlet"_s);
    QCOMPARE(show->startsAt.toUTC(), startsAt);
    ReservationService reservations(*m_database, m_feed, m_clock);
    const QString owner = u"counter:test"_s;
    auto held = reservations.holdSeats(showId, {u"C4"_s, u"C5"_s}, owner, std::chrono::seconds(600), Channel::Counter);
    QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().message));
    BookingRequest request;
    request.customer = {u"Ada"_s, u""_s};
    request.channel = Channel::Counter;
    request.paymentMethod = u"cash"_s;
    auto booked = reservations.convertHoldsToBookings(owner, showId, request);
    QVERIFY2(booked.ok(), qPrintable(booked.ok() ? QString() : booked.error().message));
    QCOMPARE(booked->totalCents, 2900);
}

void tst_FirstRunAssistant::aPlanFileIsImportedAndPricedInTheVenuesCurrency()
{
    addManager();
    HallPlanGeneratorOptions options;
    options.rows = 3;
    options.seatsPerRow = 4;
    options.categories = {{u"stalls"_s, u"Stalls"_s, u"#56b4e9"_s}, {u"circle"_s, u"Circle"_s, u"#e69f00"_s}};
    HallPlan plan = HallPlanGenerator(options).generate();
    plan.name = u"From the file"_s;
    for (HallPlanSeat &seat : plan.seats) {
        if (seat.rowLabel == u"C"_s)
            seat.category = u"circle"_s;
    }
    const QString path = writeFile(u"hall.json"_s, HallPlanFile::write(plan));

    openAssistant();
    child<QComboBox>(u"currency"_s)->setCurrentText(u"JPY"_s);
    next(FirstRunAssistant::ManagerPage);
    // An account made before is kept: the page says so and lets the venue on.
    QVERIFY(!child<QLineEdit>(u"staffAccountSecret"_s)->isEnabled());
    next(FirstRunAssistant::HallPage);
    auto *importChoice = child<QRadioButton>(u"importHall"_s);
    QTest::mouseClick(importChoice, Qt::LeftButton, {}, QPoint(importChoice->height() / 2, importChoice->height() / 2));
    QVERIFY(child<QRadioButton>(u"importHall"_s)->isChecked());
    QVERIFY(!child<QPushButton>(u"layoutButton"_s)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(u"importPath"_s), path);
    auto *hallName = child<QLineEdit>(u"hallName"_s);
    hallName->clear();
    QTest::keyClicks(hallName, u"Studio"_s);
    next(FirstRunAssistant::ShowPage);

    auto *stalls = child<QDoubleSpinBox>(u"price_stalls"_s);
    auto *circle = child<QDoubleSpinBox>(u"price_circle"_s);
    QCOMPARE(stalls->decimals(), 0);
    QVERIFY(circle->suffix().contains(u"JPY"_s));
    stalls->setValue(1800);
    circle->setValue(1200);
    fillShow(u"Rashomon"_s, QDateTime(QDate(2026, 12, 3), QTime(18, 0)));
    next(FirstRunAssistant::DonePage);

    const SetupProgress after = progress();
    QCOMPARE(after.halls.size(), 1);
    QCOMPARE(after.halls.constFirst().name, u"Studio"_s);
    QCOMPARE(after.halls.constFirst().seats, 12);
    auto show = ShowCatalog(*m_database).show(m_assistant->showId());
    QVERIFY(show.ok());
    QHash<QString, qint64> prices;
    for (const Price &price : show->prices) {
        QCOMPARE(price.ticketType, u"adult"_s);
        prices.insert(price.category, price.priceCents);
    }
    QCOMPARE(prices, (QHash<QString, qint64>{{u"stalls"_s, 1800}, {u"circle"_s, 1200}}));
}

void tst_FirstRunAssistant::aPretixPlanIsImportedAndWhatItLosesIsTold()
{
    addManager();
    const QString path = writeFile(u"pretix.json"_s, R"({
        "name": "Theatre", "size": {"width": 200, "height": 100},
        "categories": [{"name": "stalls", "color": "#3366cc"}],
        "zones": [{"name": "Stalls", "position": {"x": 0, "y": 0}, "rows": [{"row_number": "1",
            "position": {"x": 0, "y": 0}, "seats": [
                {"seat_guid": "s-1", "seat_number": "1", "position": {"x": 0, "y": 0}, "category": "stalls"},
                {"seat_guid": "s-2", "seat_number": "2", "position": {"x": 30, "y": 0}, "category": "stalls"}]}]}]})");
    openAssistant();
    next(FirstRunAssistant::ManagerPage);
    next(FirstRunAssistant::HallPage);
    child<QRadioButton>(u"importHall"_s)->setChecked(true);
    child<QLineEdit>(u"importPath"_s)->setText(path);
    next(FirstRunAssistant::ShowPage);
    auto *warnings = child<QLabel>(u"importWarnings"_s);
    QVERIFY(warnings->isVisible());
    QVERIFY2(warnings->text().contains(u"zones[0]: zones are merged into one plan"_s), qPrintable(warnings->text()));
    QVERIFY(child<QDoubleSpinBox>(u"price_stalls"_s));
    QCOMPARE(progress().halls.constFirst().seats, 2);
}

void tst_FirstRunAssistant::aBrokenPlanFileIsRefusedWithItsProblems()
{
    addManager();
    const QString path = writeFile(
            u"broken.json"_s,
            R"({"format": "boxoffice-hall", "version": 1, "name": "Broken",
                "categories": [{"key": "stalls", "name": "Stalls", "colour": "#4a7fb5"}],
                "seats": [{"guid": "0b6c", "row": "A", "number": "1", "position": {"x": 0, "y": 0},
                           "category": "vip"}]})");
    openAssistant();
    next(FirstRunAssistant::ManagerPage);
    next(FirstRunAssistant::HallPage);
    child<QRadioButton>(u"importHall"_s)->setChecked(true);
    nextRefused();
    QVERIFY2(m_assistant->pageError().contains(u"Choose the seat-plan file"_s), qPrintable(m_assistant->pageError()));
    child<QLineEdit>(u"importPath"_s)->setText(path);
    nextRefused();
    QVERIFY2(m_assistant->pageError().contains(u"seats[0].category: unknown category \"vip\""_s),
             qPrintable(m_assistant->pageError()));
    QVERIFY(progress().halls.isEmpty());
}

void tst_FirstRunAssistant::differentPinsAreRefused()
{
    openAssistant();
    next(FirstRunAssistant::ManagerPage);
    nextRefused();
    QVERIFY2(m_assistant->pageError().contains(u"name"_s), qPrintable(m_assistant->pageError()));
    QTest::keyClicks(child<QLineEdit>(u"staffAccountName"_s), managerName);
    QTest::keyClicks(child<QLineEdit>(u"staffAccountSecret"_s), pin);
    QTest::keyClicks(child<QLineEdit>(u"staffAccountSecretAgain"_s), u"2469"_s);
    nextRefused();
    QVERIFY2(m_assistant->pageError().contains(u"differ"_s), qPrintable(m_assistant->pageError()));
    QVERIFY(child<QLineEdit>(u"staffAccountSecretAgain"_s)->text().isEmpty());

    // As short a PIN as the accounts refuse is refused here before the worker is asked.
    child<QLineEdit>(u"staffAccountSecret"_s)->setText(u"12"_s);
    child<QLineEdit>(u"staffAccountSecretAgain"_s)->setText(u"12"_s);
    nextRefused();
    QVERIFY2(m_assistant->pageError().contains(u"4 to 128 characters"_s), qPrintable(m_assistant->pageError()));
    QVERIFY(!progress().hasStaff);
}

void tst_FirstRunAssistant::aStaffAccountThatExistsIsKept()
{
    openAssistant();
    next(FirstRunAssistant::ManagerPage);
    QVERIFY(child<QLineEdit>(u"staffAccountSecret"_s)->isEnabled());
    // Another counter made the first account while this assistant was open: it is not doubled.
    addManager();
    QTest::keyClicks(child<QLineEdit>(u"staffAccountName"_s), u"Omar"_s);
    QTest::keyClicks(child<QLineEdit>(u"staffAccountSecret"_s), pin);
    QTest::keyClicks(child<QLineEdit>(u"staffAccountSecretAgain"_s), pin);
    nextRefused();
    QVERIFY2(m_assistant->pageError().contains(u"Sign in with yours"_s), qPrintable(m_assistant->pageError()));
    auto staff = StaffService(*m_database, m_clock).staff();
    QVERIFY(staff.ok());
    QCOMPARE(staff->size(), 1);
    QVERIFY(!m_assistant->manager());
}

void tst_FirstRunAssistant::aShowNeedsATitleAndAFutureStart()
{
    addManager();
    openAssistant();
    next(FirstRunAssistant::ManagerPage);
    next(FirstRunAssistant::HallPage);
    next(FirstRunAssistant::ShowPage);
    nextRefused();
    QVERIFY2(m_assistant->pageError().contains(u"title"_s), qPrintable(m_assistant->pageError()));
    fillShow(u"Late"_s, QDateTime(QDate(2026, 11, 26), QTime(20, 0)));
    nextRefused();
    QVERIFY2(m_assistant->pageError().contains(u"past"_s), qPrintable(m_assistant->pageError()));
    QVERIFY(progress().needsFirstRun());
}

void tst_FirstRunAssistant::cancelKeepsTheHallAndTheNextStartOffersIt()
{
    openAssistant();
    passVenueAndManager();
    next(FirstRunAssistant::ShowPage);
    m_assistant->reject();
    const SetupProgress cancelled = progress();
    QVERIFY(cancelled.needsFirstRun());
    QCOMPARE(cancelled.halls.size(), 1);
    QVERIFY(cancelled.hasStaff);

    // The next start: the stored hall is offered, and using it makes no second one.
    m_assistant.reset();
    openAssistant();
    next(FirstRunAssistant::ManagerPage);
    next(FirstRunAssistant::HallPage);
    QVERIFY(child<QRadioButton>(u"existingHall"_s)->isChecked());
    QCOMPARE(child<QComboBox>(u"existingHalls"_s)->currentData().toLongLong(), cancelled.halls.constFirst().id);
    next(FirstRunAssistant::ShowPage);
    QVERIFY(m_assistant->findChild<QDoubleSpinBox *>(u"price_standard"_s));
    fillShow(u"Second try"_s, QDateTime(QDate(2026, 11, 29), QTime(20, 0)));
    next(FirstRunAssistant::DonePage);
    const SetupProgress done = progress();
    QVERIFY(!done.needsFirstRun());
    QCOMPARE(done.halls.size(), 1);
}

void tst_FirstRunAssistant::theCounterOffersItAndThenShowsTheNewShow()
{
    AppSettings settings(m_dir->filePath(u"app.ini"_s));
    StaffSession staffSession(m_clock);
    ManagerApproval approval(*m_backend, staffSession);
    MainWindow window(*m_backend, settings, approval);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FirstRunAssistant::offer(*m_backend, window);
    FirstRunAssistant *offered = nullptr;
    QTRY_VERIFY((offered = window.findChild<FirstRunAssistant *>()) && offered->isVisible());
    QVERIFY(offered->isModal());
    m_assistant.reset(offered);
    QTRY_VERIFY(!offered->isBusy());
    QVERIFY(!window.staffSession());
    passVenueAndManager();
    // The counter switches to staff sign-in at once, with the new manager signed in.
    QVERIFY(window.staffSession());
    QVERIFY(window.staffSession()->isManager());
    QCOMPARE(window.staffSession()->member()->name, managerName);
    QVERIFY(!window.signInDialog());
    next(FirstRunAssistant::ShowPage);
    fillShow(u"Matinee"_s, QDateTime(QDate(2026, 11, 29), QTime(11, 0)));
    next(FirstRunAssistant::DonePage);
    const qint64 show = offered->showId();
    QTest::mouseClick(offered->button(QWizard::FinishButton), Qt::LeftButton);
    // Finishing closes (and deletes) the assistant and shows the new show at the counter.
    m_assistant.release();
    QTRY_VERIFY(window.findChild<FirstRunAssistant *>() == nullptr);
    QCOMPARE(window.day(), QDate(2026, 11, 29));
    QTRY_COMPARE(window.currentShowId(), show);

    // With a show in the database, the next start opens no assistant.
    FirstRunAssistant::offer(*m_backend, window);
    waitForWorker();
    QVERIFY(window.findChild<FirstRunAssistant *>() == nullptr);
}

void tst_FirstRunAssistant::waitForWorker()
{
    bool answered = false;
    m_backend->run<bool>(
            this, [](CoreServices &) { return Result<bool>(true); }, [&answered](const Result<bool> &) { answered = true; });
    QTRY_VERIFY(answered);
}

void tst_FirstRunAssistant::screenshot()
{
    // The show page of a venue in Zurich with an imported three-category hall;
    // BOXOFFICE_SCREENSHOT names where to keep the picture.
    addManager();
    HallPlanGeneratorOptions options;
    options.hallName = u"Grosser Saal"_s;
    options.rows = 12;
    options.seatsPerRow = 18;
    options.categories = {{u"stalls"_s, u"Stalls"_s, u"#56b4e9"_s},
                          {u"circle"_s, u"Circle"_s, u"#e69f00"_s},
                          {u"box"_s, u"Box"_s, u"#009e73"_s}};
    const QString path = writeFile(u"stadttheater.json"_s, HallPlanFile::write(HallPlanGenerator(options).generate()));
    openAssistant();
    child<QLineEdit>(u"venueName"_s)->setText(u"Stadttheater"_s);
    child<QComboBox>(u"currency"_s)->setCurrentText(u"CHF"_s);
    child<QComboBox>(u"timeZone"_s)->setCurrentText(u"Europe/Zurich"_s);
    next(FirstRunAssistant::ManagerPage);
    next(FirstRunAssistant::HallPage);
    child<QRadioButton>(u"importHall"_s)->setChecked(true);
    child<QLineEdit>(u"importPath"_s)->setText(path);
    child<QLineEdit>(u"hallName"_s)->setText(u"Grosser Saal"_s);
    next(FirstRunAssistant::ShowPage);
    fillShow(u"The Seagull"_s, QDateTime(QDate(2026, 11, 28), QTime(19, 30)));
    child<QDoubleSpinBox>(u"price_stalls"_s)->setValue(48);
    child<QDoubleSpinBox>(u"price_circle"_s)->setValue(36.5);
    child<QDoubleSpinBox>(u"price_box"_s)->setValue(62);
    const QImage image = m_assistant->grab().toImage();
    QVERIFY(!image.isNull());
    const QString screenshot = qEnvironmentVariable("BOXOFFICE_SCREENSHOT");
    if (!screenshot.isEmpty())
        QVERIFY(image.save(screenshot));
}

QTEST_MAIN(tst_FirstRunAssistant)
#include "tst_firstrunassistant.moc"
