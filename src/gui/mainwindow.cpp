#include "mainwindow.h"
#include "auditlogwindow.h"
#include "availabilitydelegate.h"
#include "basketwidget.h"
#include "bestseatsbar.h"
#include "checkinwindow.h"
#include "closeshiftdialog.h"
#include "collectreservationdialog.h"
#include "dayclosewindow.h"
#include "openshiftdialog.h"
#include "shiftswindow.h"
#include "bookingswindow.h"
#include "displaynames.h"
#include "hallswindow.h"
#include "showswindow.h"
#include "manageractions.h"
#include "managerpanel.h"
#include "managerapproval.h"
#include "reportswindow.h"
#include "scannerdevicesdialog.h"
#include "seatmaplegend.h"
#include "seatmapwidget.h"
#include "staffdialog.h"
#include "staffsession.h"
#include "staffsignindialog.h"
#include "strandedseatquestion.h"
#include "settingsdialog.h"
#include "tickettypesdialog.h"
#include "venuesettingsdialog.h"
#include "venuesettingsstore.h"
#include "showlistmodel.h"
#include "ticketrenderer.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QScreen>
#include <QShortcut>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
/// Well inside the promised second, yet long enough to fold a burst of changes into one read.
constexpr int snapshotCoalesceMs = 120;
constexpr int showsCoalesceMs = 1000;

QString dot(const QString &colour)
{
    return u"<span style=\"color:%1\">●</span>"_s.arg(colour);
}
} // namespace

MainWindow::MainWindow(CoreBackend &backend, AppSettings &settings, ManagerApproval &approval, QWidget *parent)
    : QMainWindow(parent), m_ui(new Ui::MainWindow), m_backend(backend), m_settings(settings), m_approval(approval)
{
    m_ui->setupUi(this);
    setObjectName(u"mainWindow"_s);
    // The designed size does not fit a small laptop's screen (1366 x 768): take what it offers.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(size().boundedTo(screen->availableGeometry().size()));

    m_managerActions = new ManagerActions(m_backend, m_approval, this);
    m_managerActions->setDialogParent(this);
    m_sale = new CounterSale(m_backend, this);
    applyHoldSeconds();
    m_basket = new BasketWidget(*m_sale, m_ui->basketContainer);
    m_ui->basketLayout->addWidget(m_basket);
    m_ui->basketContainer->setMinimumWidth(340);
    m_ui->basketContainer->setObjectName(u"basketContainer"_s);
    m_ui->basketContainer->setAutoFillBackground(true);

    m_bestSeats = new BestSeatsBar(*m_sale, m_ui->seatMapContainer);
    m_ui->seatMapLayout->addWidget(m_bestSeats);
    m_seatMap = new SeatMapWidget(m_ui->seatMapContainer);
    m_seatMap->setObjectName(u"seatMap"_s);
    m_ui->seatMapLayout->addWidget(m_seatMap, 1);
    m_bestSeats->setSeatMap(*m_seatMap);
    m_legend = new SeatMapLegend(m_seatMap, m_ui->seatMapContainer);
    m_ui->seatMapLayout->addWidget(m_legend);

    m_showsModel = new ShowListModel(this);
    m_ui->showsView->setModel(m_showsModel);
    m_ui->showsView->setItemDelegateForColumn(ShowListModel::AvailabilityColumn,
                                              new AvailabilityDelegate(ShowListModel::AvailableShareRole, this));
    QHeaderView *header = m_ui->showsView->horizontalHeader();
    header->setSectionResizeMode(ShowListModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ShowListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ShowListModel::HallColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ShowListModel::AvailabilityColumn, QHeaderView::ResizeToContents);
    m_ui->showsView->verticalHeader()->setDefaultSectionSize(40);
    m_ui->showsView->setMinimumWidth(400);
    m_ui->emptyDayLabel->hide();

    QFont title = m_ui->showTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.45);
    title.setBold(true);
    m_ui->showTitleLabel->setFont(title);
    QFont day = m_ui->dayLabel->font();
    day.setBold(true);
    m_ui->dayLabel->setFont(day);
    m_ui->showInfoLabel->setTextFormat(Qt::RichText);

    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setStretchFactor(2, 0);
    m_ui->splitter->setSizes({430, 640, 370});

    setUpActions();
    setUpStatusBar();

    connect(m_ui->previousDayButton, &QToolButton::clicked, this, [this] { setDay(m_day.addDays(-1)); });
    connect(m_ui->nextDayButton, &QToolButton::clicked, this, [this] { setDay(m_day.addDays(1)); });
    connect(m_ui->todayButton, &QPushButton::clicked, this, &MainWindow::showToday);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &MainWindow::setDay);
    for (const auto &[key, step] : {std::pair{Qt::ALT | Qt::Key_Left, -1}, std::pair{Qt::ALT | Qt::Key_Right, 1}}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        connect(shortcut, &QShortcut::activated, this, [this, step = step] { setDay(m_day.addDays(step)); });
    }
    auto *todayShortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Home), this);
    connect(todayShortcut, &QShortcut::activated, this, &MainWindow::showToday);
    connect(m_ui->showsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentShowChanged);

    connect(m_seatMap, &SeatMapWidget::selectionChanged, m_sale, &CounterSale::setSelection);
    connect(m_seatMap, &SeatMapWidget::selectionLost, this, [this](const QStringList &seats) {
        m_basket->showMessage(CounterSale::Severity::Warning,
                              tr("Taken meanwhile by another customer or counter: %1. Please choose other seats.")
                                  .arg(QLocale().createSeparatedList(seats)));
        m_sale->setSelection(m_seatMap->selectedSeats());
    });
    connect(m_sale, &CounterSale::snapshotChanged, this, &MainWindow::onSnapshot);
    connect(m_sale, &CounterSale::selectionReset, m_seatMap, &SeatMapWidget::clearSelection);
    connect(m_sale, &CounterSale::seatsDropped, this, [this](const QStringList &seats) {
        m_seatMap->deselectSeats(seats);
    });
    connect(m_sale, &CounterSale::selectionReplaced, m_seatMap, &SeatMapWidget::setSelectedSeats);
    connect(m_sale, &CounterSale::strandingRefused, this, &MainWindow::askAboutStranding);
    connect(m_basket, &BasketWidget::printRequested, this, &MainWindow::printTicket);
    connect(m_basket, &BasketWidget::savePdfRequested, this, &MainWindow::saveTicketPdfAs);

    m_snapshotTimer.setSingleShot(true);
    m_snapshotTimer.setInterval(snapshotCoalesceMs);
    connect(&m_snapshotTimer, &QTimer::timeout, this, [this] {
        // Our own changes come back with their snapshot; only read again for what is still newer.
        const auto &snapshot = m_sale->snapshot();
        if (!snapshot || snapshot->show.version < m_backend.feed().lastVersion(m_sale->showId()))
            m_sale->reload();
    });
    m_showsTimer.setSingleShot(true);
    m_showsTimer.setInterval(showsCoalesceMs);
    connect(&m_showsTimer, &QTimer::timeout, this, &MainWindow::loadShows);
    connect(&m_backend.feed(), &ChangeFeed::showChanged, this, &MainWindow::onShowChanged, Qt::QueuedConnection);

    connect(&m_backend, &CoreBackend::ready, this, &MainWindow::loadVenueSettings);
    connect(&m_backend.feed(), &ChangeFeed::venueSettingsChanged, this, &MainWindow::loadVenueSettings,
            Qt::QueuedConnection);
    connect(&m_backend, &CoreBackend::ready, this, &MainWindow::loadTicketTypes);
    connect(&m_backend.feed(), &ChangeFeed::ticketTypesChanged, this, &MainWindow::loadTicketTypes,
            Qt::QueuedConnection);
    connect(&m_backend, &CoreBackend::ready, this, &MainWindow::refresh);
    connect(&m_backend, &CoreBackend::failed, this, [this](const QString &message) {
        m_basket->showMessage(CounterSale::Severity::Error, tr("The database could not be opened: %1").arg(message));
        showStatus(tr("Database unavailable"));
    });

    m_day = venueDate(m_backend.clock().now());
    {
        const QSignalBlocker blocker(m_ui->dateEdit);
        m_ui->dateEdit->setDate(m_day);
    }
    updateDayLabel();
    updateShowHeader();
    if (m_backend.isReady()) {
        loadVenueSettings();
        loadTicketTypes();
        loadShows();
    }
}

MainWindow::~MainWindow()
{
    delete m_ui;
}

void MainWindow::setUpActions()
{
    m_ui->actionBookings->setIcon(QIcon(u":/icons/bookings.svg"_s));
    m_ui->actionReports->setIcon(QIcon(u":/icons/reports.svg"_s));
    m_ui->actionManagerMode->setIcon(QIcon(u":/icons/manager-locked.svg"_s));
    m_ui->actionAuditLog->setIcon(QIcon(u":/icons/audit.svg"_s));
    m_ui->actionSettings->setIcon(QIcon(u":/icons/settings.svg"_s));
    m_ui->actionRefresh->setIcon(QIcon(u":/icons/refresh.svg"_s));
    m_ui->mainToolBar->setIconSize(QSize(22, 22));
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    m_ui->actionSettings->setMenuRole(QAction::PreferencesRole);
    m_ui->actionAbout->setMenuRole(QAction::AboutRole);

    connect(m_ui->actionBookings, &QAction::triggered, this, &MainWindow::openBookings);
    m_collectReservationAction = new QAction(tr("&Collect reservation…"), this);
    m_collectReservationAction->setObjectName(u"actionCollectReservation"_s);
    m_collectReservationAction->setIcon(QIcon(u":/icons/collect.svg"_s));
    m_collectReservationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_collectReservationAction->setToolTip(tr("Take the payment of a web reservation: find it or scan its QR code"));
    m_ui->salesMenu->insertAction(m_ui->actionReports, m_collectReservationAction);
    m_ui->mainToolBar->insertAction(m_ui->actionReports, m_collectReservationAction);
    connect(m_collectReservationAction, &QAction::triggered, this, &MainWindow::openCollectReservation);
    connect(m_ui->actionReports, &QAction::triggered, this, &MainWindow::openReports);
    connect(m_ui->actionManagerMode, &QAction::triggered, this, &MainWindow::openManagerMode);
    connect(m_ui->actionAuditLog, &QAction::triggered, this, &MainWindow::openAuditLog);
    m_venueSettingsAction = new QAction(tr("&Venue settings…"), this);
    m_venueSettingsAction->setObjectName(u"actionVenueSettings"_s);
    m_ui->managerMenu->addAction(m_venueSettingsAction);
    connect(m_venueSettingsAction, &QAction::triggered, this, &MainWindow::openVenueSettings);
    m_ticketTypesAction = new QAction(tr("&Ticket types…"), this);
    m_ticketTypesAction->setObjectName(u"actionTicketTypes"_s);
    m_ui->managerMenu->addAction(m_ticketTypesAction);
    connect(m_ticketTypesAction, &QAction::triggered, this, &MainWindow::openTicketTypes);
    m_hallsAction = new QAction(tr("&Halls…"), this);
    m_hallsAction->setObjectName(u"actionHalls"_s);
    m_ui->managerMenu->addAction(m_hallsAction);
    connect(m_hallsAction, &QAction::triggered, this, &MainWindow::openHalls);
    m_showsAction = new QAction(tr("&Shows…"), this);
    m_showsAction->setObjectName(u"actionShows"_s);
    m_ui->managerMenu->addAction(m_showsAction);
    connect(m_showsAction, &QAction::triggered, this, &MainWindow::openShows);
    m_staffAction = new QAction(tr("S&taff…"), this);
    m_staffAction->setObjectName(u"actionStaff"_s);
    m_staffAction->setEnabled(false);
    m_ui->managerMenu->addAction(m_staffAction);
    connect(m_staffAction, &QAction::triggered, this, &MainWindow::openStaff);
    m_switchUserAction = new QAction(tr("S&witch user…"), this);
    m_switchUserAction->setObjectName(u"actionSwitchUser"_s);
    m_switchUserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_switchUserAction->setVisible(false);
    m_ui->fileMenu->insertAction(m_ui->actionSettings, m_switchUserAction);
    connect(m_switchUserAction, &QAction::triggered, this, &MainWindow::switchUser);
    setupShiftMenu();
    setupDoorMenu();
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Box Office"),
                           tr("<h3>Box Office %1</h3><p>Counter sales and online booking for cinemas and "
                              "theatres.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::setUpStatusBar()
{
    m_webLabel = new QLabel(this);
    m_webLabel->setObjectName(u"webStatusLabel"_s);
    m_webLabel->setTextFormat(Qt::RichText);
    m_webLabel->setOpenExternalLinks(true);
    m_watchersLabel = new QLabel(this);
    m_watchersLabel->setObjectName(u"webWatchersLabel"_s);
    m_staffLabel = new QLabel(this);
    m_staffLabel->setObjectName(u"staffLabel"_s);
    m_staffLabel->hide();
    statusBar()->addPermanentWidget(m_staffLabel);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_databaseLabel->setText(tr("Database: %1").arg(m_backend.config().describe()));
    m_databaseLabel->setToolTip(m_backend.config().describe());
    statusBar()->addPermanentWidget(m_webLabel);
    statusBar()->addPermanentWidget(m_watchersLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    updateWebStatus();
    connect(&m_approval, &ManagerApproval::changed, this, &MainWindow::updateManagerState);
    connect(&m_approval, &ManagerApproval::signedOut, this, &MainWindow::closeManagerWindows);
    connect(&m_approval, &ManagerApproval::firstManagerCreated, this, &MainWindow::staffAccountsCreated);
    updateManagerState();
}

qint64 MainWindow::currentShowId() const
{
    return m_sale->showId();
}

bool MainWindow::selectShow(qint64 showId)
{
    const int row = m_showsModel->rowOf(showId);
    if (row < 0)
        return false;
    m_ui->showsView->selectRow(row);
    m_ui->showsView->setCurrentIndex(m_showsModel->index(row, ShowListModel::TitleColumn));
    return true;
}

void MainWindow::setDay(const QDate &day)
{
    if (!day.isValid() || day == m_day)
        return;
    m_day = day;
    {
        const QSignalBlocker blocker(m_ui->dateEdit);
        m_ui->dateEdit->setDate(day);
    }
    updateDayLabel();
    loadShows();
}

void MainWindow::showToday()
{
    setDay(venueDate(m_backend.clock().now()));
}

void MainWindow::refresh()
{
    loadShows();
    m_sale->reload();
}

void MainWindow::loadShows()
{
    // One read at a time; a request meanwhile is caught up when it returns.
    if (m_loadingShows) {
        m_showsDirty = true;
        return;
    }
    m_loadingShows = true;
    m_showsDirty = false;
    const QDate day = m_day;
    m_backend.run<QList<Show>>(
        this,
        [day, zone = venueZone()](CoreServices &core) { return core.catalog.showsOn(day, zone, Channel::Counter); },
        [this, day](const Result<QList<Show>> &result) {
            m_loadingShows = false;
            if (m_showsDirty || day != m_day) {
                loadShows();
                return;
            }
            if (!result.ok()) {
                m_basket->showMessage(CounterSale::Severity::Error,
                                      tr("The shows could not be read: %1").arg(result.error().message));
                return;
            }
            const qint64 current = m_sale->showId();
            m_showsModel->setShows(result.value());
            m_ui->emptyDayLabel->setVisible(result.value().isEmpty());
            if (current != 0) {
                // Browsing another day keeps the show on the map (and its held seats).
                const QSignalBlocker blocker(m_ui->showsView->selectionModel());
                const int row = m_showsModel->rowOf(current);
                if (row >= 0)
                    m_ui->showsView->selectRow(row);
                else
                    m_ui->showsView->clearSelection();
            } else if (!result.value().isEmpty()) {
                // At start the next show to begin is the likeliest sale.
                const QDateTime now = m_backend.clock().now();
                qint64 pick = result.value().constFirst().id;
                for (const Show &show : result.value()) {
                    if (show.startsAt >= now) {
                        pick = show.id;
                        break;
                    }
                }
                selectShow(pick);
            }
            emit showsLoaded();
        });
}

void MainWindow::onCurrentShowChanged()
{
    const auto show = m_showsModel->showAt(m_ui->showsView->currentIndex().row());
    if (!show)
        return;
    m_sale->setShow(show->id);
    updateShowHeader();
}

void MainWindow::askAboutStranding(const QStringList &requested, const QStringList &stranded,
                                   const QStringList &suggestion, bool canOverride)
{
    if (m_strandedSeatQuestion)
        m_strandedSeatQuestion->close();
    auto *question = new StrandedSeatQuestion(requested, stranded, suggestion, canOverride, this);
    question->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 show = m_sale->showId();
    // The suggestion is the counter's whole hold of the show, the seats asked for moved.
    connect(question, &StrandedSeatQuestion::suggestionTaken, this, [this, show](const QStringList &seats) {
        if (m_sale->showId() == show)
            m_seatMap->setSelectedSeats(seats);
    });
    connect(question, &StrandedSeatQuestion::strandingAccepted, this, [this, show](const QStringList &seats) {
        if (m_sale->showId() != show)
            return;
        m_sale->acceptStranding(seats);
        m_seatMap->setSelectedSeats(m_seatMap->selectedSeats() + seats);
    });
    m_strandedSeatQuestion = question;
    question->open();
}

void MainWindow::onShowChanged(qint64 show, qint64 version)
{
    const auto &snapshot = m_sale->snapshot();
    if (show == m_sale->showId() && (!snapshot || version > snapshot->show.version) && !m_snapshotTimer.isActive())
        m_snapshotTimer.start();
    // A show not listed may be new or moved to this day, so the day is read again for any show,
    // at most once per coalescing interval.
    if (!m_showsTimer.isActive())
        m_showsTimer.start();
}

void MainWindow::onSnapshot(const ShowSnapshot &snapshot)
{
    m_seatMap->setSnapshot(snapshot, m_backend.counterOwner());
    m_showsModel->updateShow(snapshot.show);
    updateShowHeader();
}

void MainWindow::updateDayLabel()
{
    const QDate today = venueDate(m_backend.clock().now());
    QString text = QLocale().toString(m_day, QLocale::LongFormat);
    if (m_day == today)
        text = tr("Today, %1").arg(text);
    else if (m_day == today.addDays(1))
        text = tr("Tomorrow, %1").arg(text);
    m_ui->dayLabel->setText(text);
}

void MainWindow::updateShowHeader()
{
    const auto &snapshot = m_sale->snapshot();
    std::optional<Show> show;
    if (snapshot && snapshot->show.id == m_sale->showId())
        show = snapshot->show;
    else if (const int row = m_showsModel->rowOf(m_sale->showId()); row >= 0)
        show = m_showsModel->showAt(row);
    if (!show) {
        m_ui->showTitleLabel->setText(tr("Choose a show"));
        m_ui->showInfoLabel->setText(tr("Pick a show from the list to see its seats."));
        setWindowTitle(tr("Box Office"));
        return;
    }
    m_ui->showTitleLabel->setText(show->title);
    QString info = u"%1 · %2"_s.arg(formatDateTime(show->startsAt).toHtmlEscaped(), show->hallName.toHtmlEscaped());
    if (snapshot)
        info += u" · <b>%1</b>"_s.arg(tr("%1 of %2 seats available")
                                          .arg(QLocale().toString(show->seatsAvailable), QLocale().toString(show->seatsTotal))
                                          .toHtmlEscaped());
    m_ui->showInfoLabel->setText(info);
    setWindowTitle(tr("Box Office — %1").arg(show->title));
}

void MainWindow::setWebStatus(const QUrl &url, bool running, const QString &error)
{
    m_webUrl = url;
    m_webRunning = running;
    m_webError = error;
    updateWebStatus();
}

void MainWindow::setWebWatchers(int watchers)
{
    m_webWatchers = watchers;
    updateWebStatus();
}

void MainWindow::updateWebStatus()
{
    const QString address = m_webUrl.toString().toHtmlEscaped();
    if (!m_webError.isEmpty()) {
        m_webLabel->setText(dot(u"#c0392b"_s) + u' ' + tr("Online booking stopped: %1").arg(m_webError.toHtmlEscaped()));
        m_webLabel->setToolTip(m_webError);
    } else if (m_webRunning) {
        m_webLabel->setText(dot(u"#2e8b57"_s) + u' '
                            + tr("Online booking running at %1").arg(u"<a href=\"%1\">%1</a>"_s.arg(address)));
        m_webLabel->setToolTip(tr("Customers book at %1").arg(m_webUrl.toString()));
    } else if (m_webUrl.isEmpty()) {
        m_webLabel->setText(dot(u"#8a8f95"_s) + u' ' + tr("Online booking off"));
        m_webLabel->setToolTip(tr("The web endpoint is switched off in the settings."));
    } else {
        m_webLabel->setText(dot(u"#d89b1c"_s) + u' ' + tr("Online booking starting at %1").arg(address));
        m_webLabel->setToolTip({});
    }
    m_watchersLabel->setText(tr("Web watchers: %1").arg(m_webWatchers));
    m_watchersLabel->setVisible(m_webRunning);
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::present(QWidget *window)
{
    window->setWindowFlag(Qt::Window);
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::openBookings()
{
    if (!m_bookings)
        m_bookings = new BookingsWindow(m_backend, m_approval, *m_managerActions, this);
    present(m_bookings);
}

CollectReservationDialog *MainWindow::openCollectReservation()
{
    if (!m_collectReservation) {
        m_collectReservation = new CollectReservationDialog(
                m_backend, m_staffSession ? m_staffSession->actor() : StaffActor{}, this);
        if (m_staffSession)
            connect(m_staffSession, &StaffSession::signedOut, m_collectReservation, &QWidget::close);
        m_collectReservation->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_collectReservation, &CollectReservationDialog::printRequested, this, &MainWindow::printTicket);
        connect(m_collectReservation, &CollectReservationDialog::savePdfRequested, this, &MainWindow::saveTicketPdfAs);
    }
    m_collectReservation->show();
    m_collectReservation->raise();
    m_collectReservation->activateWindow();
    return m_collectReservation;
}

void MainWindow::openReports()
{
    if (!m_reports)
        m_reports = new ReportsWindow(m_backend, this);
    m_reports->showDay(m_day);
    present(m_reports);
}

void MainWindow::openManagerMode()
{
    if (!m_managerPanel) {
        m_managerPanel = new ManagerPanel(m_backend, m_approval, *m_managerActions, this);
        connect(m_managerPanel, &ManagerPanel::auditLogRequested, this, &MainWindow::openAuditLog);
    }
    // Seats picked on the map are what the manager means to change; this counter's hold on them
    // would stand in the way, so it goes first (the backend runs both in order).
    const QStringList seats = m_seatMap->selectedSeats();
    if (!seats.isEmpty())
        m_sale->release();
    m_managerPanel->setShow(m_sale->showId(), m_day, seats);
    present(m_managerPanel);
}

void MainWindow::openAuditLog()
{
    if (!approveOpening(tr("The audit log")))
        return;
    if (!m_auditLog)
        m_auditLog = new AuditLogWindow(m_backend, m_approval, this);
    m_auditLog->grantOpening();
    present(m_auditLog);
}

void MainWindow::setStaffSession(StaffSession *session)
{
    m_staffSession = session;
    m_sale->setStaffSession(session);
    m_switchUserAction->setVisible(session != nullptr);
    if (!session)
        return;
    connect(session, &StaffSession::changed, this, &MainWindow::updateStaffState);
    connect(session, &StaffSession::signedOut, this, &MainWindow::promptSignIn);
    const auto applyLockAfter = [this, session] {
        session->setLockAfter(std::chrono::minutes(m_settings.values().lockAfterMinutes));
    };
    connect(&m_settings, &AppSettings::changed, session, applyLockAfter);
    applyLockAfter();
    updateStaffState();
    if (!session->isSignedIn())
        promptSignIn();
}

void MainWindow::staffAccountsCreated(const StaffMember &manager)
{
    if (m_staffSession) {
        m_staffSession->signIn(manager);
        return;
    }
    StaffSession &session = m_approval.staffSession();
    session.signIn(manager);
    setStaffSession(&session);
}

void MainWindow::setupShiftMenu()
{
    QMenu *menu = new QMenu(tr("S&hift"), this);
    menu->setObjectName(u"shiftMenu"_s);
    menuBar()->insertMenu(m_ui->managerMenu->menuAction(), menu);
    const auto add = [&](const QString &text, const char *name, auto open, bool managersOnly) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, open);
        (managersOnly ? m_managerShiftActions : m_shiftActions).append(action);
    };
    add(tr("&Open shift…"), "actionOpenShift", [this] { openShift(); }, false);
    add(tr("&Close shift…"), "actionCloseShift", [this] { openStaffWindow<CloseShiftDialog>(); }, false);
    menu->addSeparator();
    add(tr("&Shifts of a day…"), "actionShifts", [this] { openStaffWindow<ShiftsWindow>(); }, true);
    add(tr("&Day close…"), "actionDayClose", [this] { openStaffWindow<DayCloseWindow>(); }, true);
}

void MainWindow::setupDoorMenu()
{
    QMenu *menu = new QMenu(tr("&Door"), this);
    menu->setObjectName(u"doorMenu"_s);
    menuBar()->insertMenu(m_ui->managerMenu->menuAction(), menu);
    QAction *checkin = menu->addAction(tr("&Check-in…"));
    checkin->setObjectName(u"actionCheckin"_s);
    checkin->setToolTip(tr("Who came in to the current show, and letting a ticket in by hand"));
    connect(checkin, &QAction::triggered, this, &MainWindow::openCheckin);
    QAction *scanners = menu->addAction(tr("&Scanner devices…"));
    scanners->setObjectName(u"actionScannerDevices"_s);
    scanners->setToolTip(tr("Pair staff phones as door scanners, or revoke them"));
    connect(scanners, &QAction::triggered, this, &MainWindow::openScannerDevices);
}

void MainWindow::setScannerEndpoint(const ScannerEndpoint &endpoint)
{
    m_scannerEndpoint = endpoint;
}

void MainWindow::openScannerDevices()
{
    if (const std::optional<StaffActor> actor = approveOpening(tr("The scanner devices")))
        openManagerDialog(new ScannerDevicesDialog(m_backend, m_approval, *actor, m_scannerEndpoint, this));
}

CheckinWindow *MainWindow::openCheckin()
{
    const qint64 show = currentShowId();
    if (show <= 0) {
        showStatus(tr("Choose a show first: the check-in is per show."));
        return nullptr;
    }
    if (!m_checkin || m_checkin->showId() != show) {
        if (m_checkin)
            m_checkin->close();
        m_checkin = new CheckinWindow(m_backend, m_approval, show, this);
        m_checkin->setAttribute(Qt::WA_DeleteOnClose);
    }
    present(m_checkin);
    return m_checkin;
}

template<typename Window>
Window *MainWindow::openStaffWindow()
{
    if (!m_staffSession || !m_staffSession->isSignedIn())
        return nullptr;
    auto *window = new Window(m_backend, m_staffSession->actor(), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_staffSession, &StaffSession::signedOut, window, &QWidget::close);
    window->show();
    return window;
}

void MainWindow::openShift()
{
    auto *dialog = openStaffWindow<OpenShiftDialog>();
    if (!dialog)
        return;
    dialog->setCounterName(m_settings.counterName());
    connect(dialog, &OpenShiftDialog::shiftOpened, this,
            [this](const Shift &shift) { m_settings.setCounterName(shift.counter); });
}

void MainWindow::openStaff()
{
    if (!m_staffSession || !m_staffSession->isManager())
        return;
    auto *dialog = new StaffDialog(m_backend, *m_staffSession, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_staffSession, &StaffSession::signedOut, dialog, &QWidget::close);
    dialog->show();
}

void MainWindow::switchUser()
{
    if (!m_staffSession)
        return;
    if (m_staffSession->member())
        m_staffSession->lock();
    else
        promptSignIn();
}

void MainWindow::updateStaffState()
{
    const std::optional<StaffMember> member = m_staffSession ? m_staffSession->member() : std::nullopt;
    // Only the controls go off: the sale and the seats it holds stay as they are for the next one.
    centralWidget()->setEnabled(!m_staffSession || member.has_value());
    for (QAction *action : std::as_const(m_shiftActions))
        action->setEnabled(member.has_value());
    for (QAction *action : std::as_const(m_managerShiftActions))
        action->setEnabled(member && member->isManager());
    m_staffAction->setEnabled(member && member->isManager());
    m_staffLabel->setVisible(member.has_value());
    if (member)
        m_staffLabel->setText(member->isManager() ? tr("Signed in: %1 (manager)").arg(member->name)
                                                  : tr("Signed in: %1").arg(member->name));
}

void MainWindow::promptSignIn()
{
    if (!m_staffSession || m_signInDialog)
        return;
    m_signInDialog = new StaffSignInDialog(m_backend, StaffSignInDialog::Purpose::SignIn, this);
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog->setName(m_staffSession->lastName());
    StaffSignInDialog *dialog = m_signInDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_staffSession && dialog->member())
            m_staffSession->signIn(*dialog->member());
    });
    m_signInDialog->open();
}

void MainWindow::updateManagerState()
{
    const bool manager = m_approval.isManagerSignedIn();
    m_ui->actionManagerMode->setIcon(QIcon(manager ? u":/icons/manager-unlocked.svg"_s : u":/icons/manager-locked.svg"_s));
}

void MainWindow::closeManagerWindows()
{
    // Nobody may go on saving under the name of a member who left the counter.
    for (const QPointer<QDialog> &dialog : std::as_const(m_managerDialogs)) {
        if (dialog)
            dialog->reject();
    }
    m_managerDialogs.clear();
    for (QWidget *window : {static_cast<QWidget *>(m_halls), static_cast<QWidget *>(m_shows),
                            static_cast<QWidget *>(m_auditLog)}) {
        if (window)
            window->close();
    }
}

std::optional<StaffActor> MainWindow::approveOpening(const QString &what)
{
    std::optional<StaffActor> actor = m_approval.approve(what, this);
    if (!actor)
        showStatus(tr("%1 is for managers: nothing was opened.").arg(what));
    return actor;
}

void MainWindow::openVenueSettings()
{
    if (const std::optional<StaffActor> actor = approveOpening(tr("The venue settings")))
        openManagerDialog(new VenueSettingsDialog(m_backend, *actor, this));
}

void MainWindow::openTicketTypes()
{
    if (const std::optional<StaffActor> actor = approveOpening(tr("The ticket types")))
        openManagerDialog(new TicketTypesDialog(m_backend, *actor, this));
}

void MainWindow::openManagerDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_managerDialogs.removeAll(nullptr);
    m_managerDialogs.append(dialog);
    dialog->open();
}

void MainWindow::openHalls()
{
    const std::optional<StaffActor> actor = approveOpening(tr("The halls"));
    if (!actor)
        return;
    if (!m_halls)
        m_halls = new HallsWindow(m_backend, m_approval, this);
    else
        m_halls->refresh();
    m_halls->setActor(*actor);
    present(m_halls);
}

void MainWindow::openShows()
{
    const std::optional<StaffActor> actor = approveOpening(tr("The shows"));
    if (!actor)
        return;
    if (!m_shows)
        m_shows = new ShowsWindow(m_backend, m_approval, this);
    else
        m_shows->refresh();
    m_shows->setActor(*actor);
    present(m_shows);
}

void MainWindow::loadVenueSettings()
{
    m_backend.run<VenueSettings>(
            this,
            [clock = &m_backend.clock()](CoreServices &services) {
                return VenueSettingsStore(services.database, *clock).load();
            },
            [this](const Result<VenueSettings> &settings) {
                if (!settings.ok())
                    return;
                m_venueHoldSeconds = settings->holdSeconds;
                applyHoldSeconds();
                if (settings->zone() != venueZone())
                    applyVenueZone(settings->zone());
                // The basket's total is shown while no show is picked, too.
                const bool newCurrency = settings->currency != venueCurrency();
                setVenueCurrency(settings->currency);
                m_basket->renameCodes();
                if (!newCurrency)
                    return;
                // Every amount on show is written again in the new currency.
                m_sale->reload();
                if (m_reports)
                    m_reports->refresh();
            });
}

void MainWindow::loadTicketTypes()
{
    m_backend.run<QList<TicketType>>(
            this, [](CoreServices &services) { return services.venues.ticketTypes(true); },
            [this](const Result<QList<TicketType>> &types) {
                if (!types.ok())
                    return;
                setVenueTicketTypes(types.value());
                m_basket->renameCodes();
                m_bestSeats->renameCodes();
                if (m_bookings)
                    m_bookings->refresh();
            });
}

void MainWindow::applyVenueZone(const QTimeZone &zone)
{
    const bool showingToday = m_day == venueDate(m_backend.clock().now());
    setVenueZone(zone);
    // The venue's day begins at another moment now: its shows and every time on show are read again.
    if (showingToday)
        m_day = venueDate(m_backend.clock().now());
    {
        const QSignalBlocker blocker(m_ui->dateEdit);
        m_ui->dateEdit->setDate(m_day);
    }
    updateDayLabel();
    updateShowHeader();
    loadShows();
    m_sale->reload();
    if (m_reports)
        m_reports->refresh();
    if (m_managerPanel)
        m_managerPanel->loadShows();
    if (m_bookings)
        m_bookings->refresh();
    if (m_auditLog)
        m_auditLog->refresh();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::printTicket(const Booking &booking)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Ticket %1").arg(booking.reference));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    TicketRenderer::print(booking, &printer);
    showStatus(tr("Ticket %1 sent to the printer.").arg(booking.reference));
}

void MainWindow::saveTicketPdfAs(const Booking &booking)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save ticket as PDF"),
                                                      QDir(folder).filePath(u"ticket-%1.pdf"_s.arg(booking.reference)),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveTicketPdf(booking, path);
}

void MainWindow::setHoldSecondsOverride(std::optional<int> seconds)
{
    m_holdSecondsOverride = seconds;
    applyHoldSeconds();
}

void MainWindow::applyHoldSeconds()
{
    m_sale->setHoldSeconds(m_holdSecondsOverride.value_or(m_venueHoldSeconds));
}

bool MainWindow::saveTicketPdf(const Booking &booking, const QString &path)
{
    const auto written = TicketRenderer::writePdf(booking, path);
    if (!written.ok()) {
        m_basket->showMessage(CounterSale::Severity::Error,
                              tr("The ticket could not be saved: %1").arg(written.error().message));
        return false;
    }
    m_basket->showMessage(CounterSale::Severity::Success,
                          tr("Ticket %1 saved to %2.").arg(booking.reference, QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->dateEdit->setLocale(QLocale());
        m_databaseLabel->setText(tr("Database: %1").arg(m_backend.config().describe()));
        updateDayLabel();
        updateShowHeader();
        updateWebStatus();
        updateManagerState();
        emit m_showsModel->headerDataChanged(Qt::Horizontal, 0, ShowListModel::ColumnCount - 1);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Seats still held would stay closed to everyone until their hold lapses.
    m_sale->releaseBeforeClosing();
    QMainWindow::closeEvent(event);
}

} // namespace boxoffice
