#include "firstrunassistant.h"

#include "corebackend.h"
#include "firstmanagerdialog.h"
#include "hallgeneratordialog.h"
#include "mainwindow.h"
#include "seatplanreader.h"
#include "showservice.h"
#include "staffaccountfields.h"
#include "venuesettingsform.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>


using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
/// What a show's price list is set for: the one ticket type every venue sells.
const QString adultTicketType = u"adult"_s;
constexpr int defaultDurationMinutes = 120;
constexpr int defaultPriceUnits = 10;
const QTime defaultStartTime(20, 0);
} // namespace

FirstRunAssistant::FirstRunAssistant(CoreBackend &backend, const SetupProgress &progress, QWidget *parent)
    : QWizard(parent), m_backend(backend), m_hasStaff(progress.hasStaff)
{
    setObjectName(u"firstRunAssistant"_s);
    setWindowTitle(tr("Set up Box Office"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(VenuePage, makeVenuePage());
    setPage(ManagerPage, makeManagerPage());
    setPage(HallPage, makeHallPage());
    setPage(ShowPage, makeShowPage());
    setPage(DonePage, makeDonePage());
    setStartId(VenuePage);
    setMinimumSize(640, 520);

    for (const HallSummary &hall : progress.halls)
        m_existingHalls->addItem(tr("%1 (%n seat(s))", nullptr, hall.seats).arg(hall.name), hall.id);
    m_existing->setVisible(!progress.halls.isEmpty());
    m_existingHalls->setVisible(!progress.halls.isEmpty());
    (progress.halls.isEmpty() ? m_generate : m_existing)->setChecked(true);
    updateHallChoice();
    updateLayoutSummary();

    connect(this, &QDialog::accepted, this, [this] {
        if (m_showId != 0)
            emit showReady(m_showId, m_showStartsAt);
    });

    setBusy(true);
    m_venueForm->load([this](const Result<VenueSettings> &settings) {
        setBusy(false);
        if (settings.ok())
            m_settings = settings.value();
        else
            showError(VenuePage, settings.error().message);
        emit loaded();
    });
}

FirstRunAssistant::~FirstRunAssistant() = default;

void FirstRunAssistant::offer(CoreBackend &backend, MainWindow &window)
{
    backend.run<SetupProgress>(
            &window,
            [](CoreServices &services) { return SetupProgress::read(services.database, services.venues); },
            [&backend, &window](const Result<SetupProgress> &progress) {
                if (!progress.ok() || !progress->needsFirstRun())
                    return;
                auto *assistant = new FirstRunAssistant(backend, progress.value(), &window);
                assistant->setAttribute(Qt::WA_DeleteOnClose);
                connect(assistant, &FirstRunAssistant::managerCreated, &window, &MainWindow::staffAccountsCreated);
                connect(assistant, &FirstRunAssistant::showReady, &window,
                        [&window](qint64 show, const QDateTime &startsAt) {
                            connect(
                                    &window, &MainWindow::showsLoaded, &window,
                                    [&window, show] { window.selectShow(show); }, Qt::SingleShotConnection);
                            window.setDay(startsAt.toLocalTime().date());
                            window.refresh();
                        });
                assistant->open();
            });
}

QWizardPage *FirstRunAssistant::makeVenuePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"venuePage"_s);
    page->setTitle(tr("Welcome to Box Office"));
    page->setSubTitle(tr("A few steps lead to the first show you can sell: the venue, the manager's account, a hall and "
                         "a show. Everything can be changed later in manager mode."));
    m_venueForm = new VenueSettingsForm(m_backend, page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_venueForm);
    addFooter(page, VenuePage, true);
    return page;
}

QWizardPage *FirstRunAssistant::makeManagerPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"managerPage"_s);
    page->setTitle(tr("The manager's account"));
    page->setSubTitle(tr("Everybody at the counter signs in with a staff account. A manager also sets up halls "
                         "and shows, refunds bookings, reads the reports and adds the cashiers' accounts."));
    m_managerIntro = new QLabel(page);
    m_managerIntro->setObjectName(u"managerIntro"_s);
    m_managerIntro->setWordWrap(true);
    m_managerFields = new StaffAccountFields(StaffAccountFields::Name | StaffAccountFields::Secret, page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_managerIntro);
    layout->addWidget(m_managerFields);
    addFooter(page, ManagerPage, true);
    return page;
}

QWizardPage *FirstRunAssistant::makeHallPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"hallPage"_s);
    page->setTitle(tr("The first hall"));
    page->setSubTitle(tr("Lay out rows of seats, or bring a seat plan from a file. The hall designer (Manager → "
                         "Halls…) refines it later: categories, wheelchair spaces, aisles, single seats."));
    m_hallName = new QLineEdit(tr("Hall 1"), page);
    m_hallName->setObjectName(u"hallName"_s);
    m_hallName->setMaxLength(100);

    m_generate = new QRadioButton(tr("&Lay out rows of seats"), page);
    m_generate->setObjectName(u"generateHall"_s);
    m_layoutSummary = new QLabel(page);
    m_layoutSummary->setObjectName(u"layoutSummary"_s);
    m_layoutButton = new QPushButton(tr("&Rows and seats…"), page);
    m_layoutButton->setObjectName(u"layoutButton"_s);
    connect(m_layoutButton, &QPushButton::clicked, this, &FirstRunAssistant::chooseLayout);

    m_import = new QRadioButton(tr("&Import a seat-plan file (Box Office or pretix)"), page);
    m_import->setObjectName(u"importHall"_s);
    m_importPath = new QLineEdit(page);
    m_importPath->setObjectName(u"importPath"_s);
    m_importPath->setPlaceholderText(tr("File name"));
    m_chooseFileButton = new QPushButton(tr("C&hoose…"), page);
    connect(m_chooseFileButton, &QPushButton::clicked, this, &FirstRunAssistant::chooseImportFile);

    m_existing = new QRadioButton(tr("&Use a hall already set up"), page);
    m_existing->setObjectName(u"existingHall"_s);
    m_existingHalls = new QComboBox(page);
    m_existingHalls->setObjectName(u"existingHalls"_s);

    auto *choices = new QButtonGroup(page);
    for (QRadioButton *choice : {m_generate, m_import, m_existing})
        choices->addButton(choice);
    connect(choices, &QButtonGroup::buttonToggled, this, &FirstRunAssistant::updateHallChoice);

    auto *form = new QFormLayout;
    form->addRow(tr("Hall &name:"), m_hallName);
    auto *grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, 20);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_generate, 0, 0, 1, 3);
    grid->addWidget(m_layoutSummary, 1, 1);
    grid->addWidget(m_layoutButton, 1, 2);
    grid->addWidget(m_import, 2, 0, 1, 3);
    grid->addWidget(m_importPath, 3, 1);
    grid->addWidget(m_chooseFileButton, 3, 2);
    grid->addWidget(m_existing, 4, 0, 1, 3);
    grid->addWidget(m_existingHalls, 5, 1, 1, 2);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(grid);
    addFooter(page, HallPage, true);
    return page;
}

QWizardPage *FirstRunAssistant::makeShowPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"showPage"_s);
    page->setTitle(tr("The first show"));
    page->setSubTitle(tr("Its title, when it starts and what an adult ticket costs in each seat category. More "
                         "ticket types, web sales and runs of shows are set in manager mode."));
    m_title = new QLineEdit(page);
    m_title->setObjectName(u"showTitle"_s);
    m_title->setMaxLength(200);
    m_startsAt = new QDateTimeEdit(page);
    m_startsAt->setObjectName(u"showStartsAt"_s);
    m_startsAt->setCalendarPopup(true);
    m_startsAt->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_duration = new QSpinBox(page);
    m_duration->setObjectName(u"showDuration"_s);
    m_duration->setRange(1, 24 * 60);
    m_duration->setValue(defaultDurationMinutes);
    m_duration->setSuffix(tr(" min"));
    auto *prices = new QGroupBox(tr("Adult ticket per seat category"), page);
    m_priceForm = new QFormLayout(prices);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    m_startsAtLabel = new QLabel(page);
    m_startsAtLabel->setBuddy(m_startsAt);
    form->addRow(m_startsAtLabel, m_startsAt);
    form->addRow(tr("&Duration:"), m_duration);
    // What an imported file could not carry over is told here, once the hall is stored.
    m_importWarnings = new QLabel(page);
    m_importWarnings->setObjectName(u"importWarnings"_s);
    m_importWarnings->setWordWrap(true);
    m_importWarnings->hide();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_importWarnings);
    layout->addLayout(form);
    layout->addWidget(prices);
    addFooter(page, ShowPage, true);
    return page;
}

QWizardPage *FirstRunAssistant::makeDonePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"donePage"_s);
    page->setTitle(tr("Ready to sell"));
    page->setSubTitle(tr("Finish opens the show's day at the counter."));
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    addFooter(page, DonePage, false);
    page->setFinalPage(true);
    return page;
}

void FirstRunAssistant::addFooter(QWizardPage *page, Page id, bool saves)
{
    auto *error = new QLabel(page);
    error->setObjectName(u"pageError"_s);
    error->setWordWrap(true);
    error->setStyleSheet(u"color: #b00020;"_s);
    error->hide();
    m_errors.insert(id, error);
    auto *layout = qobject_cast<QVBoxLayout *>(page->layout());
    layout->addWidget(error);
    layout->addStretch();
    if (!saves)
        return;
    auto *note = new QLabel(tr("Next saves this page. Cancel keeps what was saved; until a show exists, this "
                               "assistant opens again at the next start."),
                            page);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);
}

QString FirstRunAssistant::pageError() const
{
    const QLabel *error = m_errors.value(currentId());
    return error && !error->isHidden() ? error->text() : QString();
}

void FirstRunAssistant::showError(Page page, const QString &message)
{
    QLabel *error = m_errors.value(page);
    error->setText(message);
    error->setVisible(!message.isEmpty());
}

void FirstRunAssistant::setBusy(bool busy)
{
    m_busy = busy;
    for (WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton})
        button(which)->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void FirstRunAssistant::initializePage(int id)
{
    QWizard::initializePage(id);
    // A save that came back after the venue went Back lets no page pass unsaved later.
    m_passingPage = -1;
    if (id == ManagerPage) {
        const bool done = m_hasStaff || m_manager;
        m_managerFields->setEnabled(!done);
        if (m_manager)
            m_managerIntro->setText(tr("The account of %1 is ready: sign in with it at the counter.").arg(m_manager->name));
        else if (m_hasStaff)
            m_managerIntro->setText(tr("Staff accounts exist already; a manager adds more in Manager → Staff…."));
        else
            m_managerIntro->setText(tr("Your name and a PIN or password of %1 to %2 characters, typed twice. You "
                                       "sign in with them at the counter.")
                                            .arg(StaffService::minSecretLength)
                                            .arg(StaffService::maxSecretLength));
    } else if (id == ShowPage) {
        m_startsAtLabel->setText(tr("&Starts (%1):").arg(QString::fromUtf8(m_settings.timeZone)));
        if (m_showId == 0) {
            const QDate tomorrow = m_backend.clock().now().toTimeZone(m_settings.zone()).date().addDays(1);
            m_startsAt->setDateTime(QDateTime(tomorrow, defaultStartTime));
        }
        rebuildPrices();
    } else if (id == DonePage) {
        updateSummary();
    }
}

bool FirstRunAssistant::validateCurrentPage()
{
    if (m_busy)
        return false;
    if (m_passingPage == currentId()) {
        m_passingPage = -1;
        return true;
    }
    showError(Page(currentId()), {});
    switch (currentId()) {
    case VenuePage:
        return saveVenue();
    case ManagerPage:
        return saveManager();
    case HallPage:
        return saveHall();
    case ShowPage:
        return saveShow();
    default:
        return true;
    }
}

void FirstRunAssistant::finishSave(Page page, bool saved, const QString &error)
{
    setBusy(false);
    if (!saved) {
        showError(page, error);
        emit pageSaveAnswered(page, false);
        return;
    }
    m_passingPage = page;
    emit pageSaveAnswered(page, true);
    if (currentId() == page)
        next();
}

bool FirstRunAssistant::saveVenue()
{
    setBusy(true);
    m_venueForm->save(storingActor(), [this](const Result<VenueSettings> &saved) {
        if (saved.ok())
            m_settings = saved.value();
        finishSave(VenuePage, saved.ok(), saved.ok() ? QString() : saved.error().message);
    });
    return false;
}

StaffActor FirstRunAssistant::storingActor() const
{
    if (m_manager)
        return StaffActor{m_manager->id, m_manager->name, 0, {}};
    return StaffActor{0, u"first-run assistant"_s, 0, {}};
}

bool FirstRunAssistant::saveManager()
{
    if (m_hasStaff || m_manager)
        return true;
    if (const QString problem = m_managerFields->problem(); !problem.isEmpty()) {
        showError(ManagerPage, problem);
        return false;
    }
    const QString name = m_managerFields->name();
    const QString secret = m_managerFields->secret();
    setBusy(true);
    m_backend.run<StaffMember>(
            this,
            [name, secret, actor = storingActor().name](CoreServices &services) {
                return FirstManagerDialog::createFirstManager(services.staff, name, secret, actor);
            },
            [this](const Result<StaffMember> &created) {
                m_managerFields->clearSecrets();
                if (created.ok()) {
                    m_manager = created.value();
                    emit managerCreated(*m_manager);
                }
                finishSave(ManagerPage, created.ok(),
                           created.ok() ? QString() : StaffAccountFields::describeRefusal(created.error()));
            });
    return false;
}

bool FirstRunAssistant::saveHall()
{
    const QString name = m_hallName->text().simplified();
    const bool existing = m_existing->isChecked();
    if (!existing && name.isEmpty()) {
        m_hallName->setFocus();
        showError(HallPage, tr("Give the hall a name."));
        return false;
    }
    const QString importPath = m_importPath->text().trimmed();
    if (m_import->isChecked() && importPath.isEmpty()) {
        m_importPath->setFocus();
        showError(HallPage, tr("Choose the seat-plan file to import."));
        return false;
    }
    if (existing && m_existingHalls->currentIndex() < 0) {
        showError(HallPage, tr("Choose one of the halls."));
        return false;
    }
    const qint64 existingHall = existing ? m_existingHalls->currentData().toLongLong() : 0;
    const bool importing = m_import->isChecked();
    HallPlanGeneratorOptions generator = m_generatorOptions;
    generator.hallName = name;
    setBusy(true);
    m_backend.run<StoredHall>(
            this,
            [existingHall, importing, importPath, generator, name, replacedHall = m_createdHallId,
             actor = storingActor()](CoreServices &services) -> Result<StoredHall> {
                StoredHall stored;
                if (existingHall != 0) {
                    auto plan = services.venues.hallPlan(existingHall);
                    if (!plan.ok())
                        return plan.error();
                    return StoredHall{existingHall, plan.value(), {}};
                }
                if (importing) {
                    QFile file(importPath);
                    if (!file.open(QIODevice::ReadOnly))
                        return Error{ErrorCode::InvalidField,
                                     tr("Cannot read %1: %2").arg(importPath, file.errorString()), {}};
                    const HallPlanImport imported = SeatPlanReader::read(file.readAll());
                    QStringList problems;
                    for (const PlanProblem &problem : imported.errors)
                        problems.append(problem.toString());
                    if (!imported.ok())
                        return Error{ErrorCode::InvalidField,
                                     tr("%1 is not a seat plan that can be imported:\n%2")
                                             .arg(importPath, problems.join(u'\n')),
                                     {}};
                    stored.plan = imported.plan;
                    for (const PlanProblem &warning : imported.warnings)
                        stored.warnings.append(warning.toString());
                } else {
                    stored.plan = HallPlanGenerator(generator).generate();
                }
                stored.plan.name = name;
                if (replacedHall != 0) {
                    auto saved = services.venues.saveHallPlan(replacedHall, stored.plan, actor);
                    if (!saved.ok())
                        return saved.error();
                    stored.id = replacedHall;
                } else {
                    auto created = services.venues.createHall(stored.plan, actor);
                    if (!created.ok())
                        return created.error();
                    stored.id = created.value();
                }
                return stored;
            },
            [this, existingHall](const Result<StoredHall> &stored) {
                if (!stored.ok()) {
                    finishSave(HallPage, false, tr("The hall was not saved: %1").arg(stored.error().message));
                    return;
                }
                m_hallId = stored->id;
                m_hallPlan = stored->plan;
                if (existingHall == 0)
                    m_createdHallId = stored->id;
                m_importWarnings->setText(tr("Not carried over from the file: %1").arg(stored->warnings.join(u"; "_s)));
                m_importWarnings->setVisible(!stored->warnings.isEmpty());
                finishSave(HallPage, true);
            });
    return false;
}

bool FirstRunAssistant::saveShow()
{
    const QString title = m_title->text().simplified();
    if (title.isEmpty()) {
        m_title->setFocus();
        showError(ShowPage, tr("Give the show a title."));
        return false;
    }
    const QDateTime startsAt(m_startsAt->date(), m_startsAt->time(), m_settings.zone());
    if (!startsAt.isValid()) {
        m_startsAt->setFocus();
        showError(ShowPage, tr("This time does not exist in %1 (the clocks change).")
                                    .arg(QString::fromUtf8(m_settings.timeZone)));
        return false;
    }
    if (startsAt <= m_backend.clock().now()) {
        m_startsAt->setFocus();
        showError(ShowPage, tr("The show would start in the past. Choose a later start."));
        return false;
    }
    ShowDraft draft;
    draft.hall = m_hallId;
    draft.title = title;
    draft.startsAt = startsAt;
    draft.durationMinutes = m_duration->value();
    for (auto price = m_prices.cbegin(); price != m_prices.cend(); ++price)
        draft.prices.append({price.key(), adultTicketType, m_settings.currency.toMinorUnits(price.value()->value())});

    setBusy(true);
    m_backend.run<qint64>(
            this,
            [draft, show = m_showId, clock = &m_backend.clock(), feed = &m_backend.feed(), actor = storingActor()](
                    CoreServices &services) -> Result<qint64> {
                ShowService shows(services.database, *feed, *clock, services.reservations);
                if (show == 0)
                    return shows.createShow(draft, actor);
                if (auto updated = shows.updateShow(show, draft, actor); !updated.ok())
                    return updated.error();
                if (auto priced = shows.setPrices(show, draft.prices, actor); !priced.ok())
                    return priced.error();
                return show;
            },
            [this, startsAt](const Result<qint64> &show) {
                if (show.ok()) {
                    m_showId = show.value();
                    m_showStartsAt = startsAt;
                }
                finishSave(ShowPage, show.ok(),
                           show.ok() ? QString() : tr("The show was not saved: %1").arg(show.error().message));
            });
    return false;
}

void FirstRunAssistant::chooseLayout()
{
    auto *dialog = new HallGeneratorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_generatorOptions = dialog->options(m_generatorOptions);
        updateLayoutSummary();
    });
    dialog->open();
}

void FirstRunAssistant::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a seat plan"), {},
                                                      tr("Seat plans (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_importPath->setText(path);
}

void FirstRunAssistant::updateHallChoice()
{
    m_layoutButton->setEnabled(m_generate->isChecked());
    m_layoutSummary->setEnabled(m_generate->isChecked());
    m_importPath->setEnabled(m_import->isChecked());
    m_chooseFileButton->setEnabled(m_import->isChecked());
    m_existingHalls->setEnabled(m_existing->isChecked());
    m_hallName->setEnabled(!m_existing->isChecked());
}

void FirstRunAssistant::updateLayoutSummary()
{
    const HallPlan plan = HallPlanGenerator(m_generatorOptions).generate();
    m_layoutSummary->setText(tr("%n row(s)", nullptr, m_generatorOptions.rows) + u", "_s
                             + tr("%n seat(s) in all", nullptr, int(plan.seats.size())));
}

void FirstRunAssistant::rebuildPrices()
{
    QHash<QString, double> kept;
    for (auto price = m_prices.cbegin(); price != m_prices.cend(); ++price)
        kept.insert(price.key(), price.value()->value());
    while (m_priceForm->rowCount() > 0)
        m_priceForm->removeRow(0);
    m_prices.clear();
    for (const HallCategory &category : std::as_const(m_hallPlan.categories)) {
        auto *price = new QDoubleSpinBox(m_priceForm->parentWidget());
        price->setObjectName(u"price_"_s + category.key);
        price->setDecimals(m_settings.currency.minorUnits());
        price->setRange(0, 1'000'000);
        price->setSingleStep(1);
        price->setSuffix(u" "_s + m_settings.currency.code());
        price->setValue(kept.value(category.key, defaultPriceUnits));
        m_priceForm->addRow(category.name + u':', price);
        m_prices.insert(category.key, price);
    }
}

void FirstRunAssistant::updateSummary()
{
    const QLocale locale;
    QStringList prices;
    for (const HallCategory &category : std::as_const(m_hallPlan.categories)) {
        if (const QDoubleSpinBox *price = m_prices.value(category.key))
            prices.append(u"%1 %2"_s.arg(category.name, m_settings.currency.format(
                                                                m_settings.currency.toMinorUnits(price->value()), locale)));
    }
    const QDateTime venueTime = m_showStartsAt.toTimeZone(m_settings.zone());
    m_summary->setText(tr("Venue: %1 (%2, %3)\nHall: %4 with %n seat(s)\nShow: %5 on %6\nAdult tickets: %7",
                          nullptr, int(m_hallPlan.seats.size()))
                               .arg(m_settings.name, m_settings.currency.code(),
                                    QString::fromUtf8(m_settings.timeZone), m_hallPlan.name, m_title->text().simplified(),
                                    locale.toString(venueTime, QLocale::LongFormat), prices.join(u", "_s)));
}

} // namespace boxoffice
