#include "showswindow.h"

#include "approvedactor.h"
#include "cancelledshowrefunds.h"
#include "cancelshowdialog.h"
#include "corebackend.h"
#include "managerapproval.h"
#include "refunddialog.h"
#include "showdialog.h"
#include "showerrortext.h"
#include "venuesettingsstore.h"
#include "venuetime.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

/// How many days the list reaches ahead unless the manager chooses otherwise.
constexpr int defaultRangeDays = 60;

struct ShowsWindowContent
{
    VenueSettings venue;
    QDate from;
    QDate until;
    QList<ShowSetup> shows;
};

enum Column { TitleColumn, HallColumn, StartColumn, DurationColumn, WebSalesColumn, SoldColumn, StatusColumn };

} // namespace

ShowsWindow::ShowsWindow(CoreBackend &backend, ManagerApproval &approval, QWidget *parent)
    : QWidget(parent, Qt::Window), m_backend(backend), m_approval(approval)
{
    setObjectName(u"showsWindow"_s);
    setWindowTitle(tr("Shows"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"showsFrom"_s);
    m_from->setCalendarPopup(true);
    m_until = new QDateEdit(this);
    m_until->setObjectName(u"showsUntil"_s);
    m_until->setCalendarPopup(true);
    m_withCancelled = new QCheckBox(tr("Show &cancelled"), this);
    m_withCancelled->setObjectName(u"showCancelled"_s);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *untilLabel = new QLabel(tr("&Until:"), this);
    untilLabel->setBuddy(m_until);

    m_table = new QTableWidget(0, StatusColumn + 1, this);
    m_table->setObjectName(u"showTable"_s);
    m_table->setHorizontalHeaderLabels(
            {tr("Title"), tr("Hall"), tr("Start"), tr("Duration"), tr("Web sales"), tr("Sold"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);

    auto *newButton = new QPushButton(tr("&New…"), this);
    newButton->setObjectName(u"newShowButton"_s);
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(u"editShowButton"_s);
    m_cancelButton = new QPushButton(tr("C&ancel show…"), this);
    m_cancelButton->setObjectName(u"cancelShowButton"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"showsError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_refunds = new CancelledShowRefunds(m_backend, this);
    connect(m_refunds, &CancelledShowRefunds::refundRequested, this, &ShowsWindow::refundBooking);

    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    // Sales announce every seat; one read after a burst of them is enough for this list.
    m_refreshSoon->setInterval(300);
    connect(m_refreshSoon, &QTimer::timeout, this, &ShowsWindow::refresh);
    connect(&m_backend.feed(), &ChangeFeed::showChanged, m_refreshSoon, qOverload<>(&QTimer::start));
    connect(&m_backend.feed(), &ChangeFeed::venueSettingsChanged, m_refreshSoon, qOverload<>(&QTimer::start));

    connect(newButton, &QPushButton::clicked, this, &ShowsWindow::newShow);
    connect(m_editButton, &QPushButton::clicked, this, &ShowsWindow::editSelectedShow);
    connect(m_cancelButton, &QPushButton::clicked, this, &ShowsWindow::cancelSelectedShow);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ShowsWindow::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ShowsWindow::editSelectedShow);
    for (QDateEdit *edit : {m_from, m_until}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            m_datesChosen = true;
            m_refreshSoon->start();
        });
    }
    connect(m_withCancelled, &QCheckBox::toggled, this, &ShowsWindow::refresh);

    auto *range = new QHBoxLayout;
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addWidget(untilLabel);
    range->addWidget(m_until);
    range->addWidget(m_withCancelled);
    range->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(m_refunds);
    resize(860, 420);
    updateButtons();
    refresh();
}

ShowDialog *ShowsWindow::dialog() const
{
    return m_dialog;
}

void ShowsWindow::refresh()
{
    m_refreshSoon->stop();
    const std::optional<QDate> from = m_datesChosen ? std::optional(m_from->date()) : std::nullopt;
    const QDate until = m_until->date();
    const bool withCancelled = m_withCancelled->isChecked();
    m_backend.run<ShowsWindowContent>(
            this,
            [clock = &m_backend.clock(), from, until, withCancelled](CoreServices &services) -> Result<ShowsWindowContent> {
                auto venue = VenueSettingsStore(services.database, *clock).load();
                if (!venue.ok())
                    return venue.error();
                const QTimeZone zone = venue->zone();
                ShowsWindowContent content{venue.value(), from.value_or(QDate()), until, {}};
                if (!from) {
                    content.from = clock->now().toTimeZone(zone).date();
                    content.until = content.from.addDays(defaultRangeDays);
                }
                auto shows = ShowSetupCatalog(services.database)
                                     .shows(content.from.startOfDay(zone), content.until.addDays(1).startOfDay(zone),
                                            withCancelled);
                if (!shows.ok())
                    return shows.error();
                content.shows = shows.value();
                return content;
            },
            [this](const Result<ShowsWindowContent> &content) {
                if (content.ok()) {
                    m_venue = content->venue;
                    const QSignalBlocker fromBlocker(m_from);
                    const QSignalBlocker untilBlocker(m_until);
                    m_from->setDate(content->from);
                    m_until->setDate(content->until);
                    m_error->hide();
                    showShows(content->shows);
                } else {
                    showError(showErrorText(content.error()));
                }
                emit loaded();
            });
}

void ShowsWindow::showShows(const QList<ShowSetup> &shows)
{
    const ShowSetup *selected = selectedShow();
    const qint64 selectedId = selected ? selected->id : 0;
    m_shows = shows;
    const QSignalBlocker blocker(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(shows.size()));
    const QTimeZone zone = m_venue.zone();
    for (int row = 0; row < shows.size(); ++row) {
        const ShowSetup &show = shows.at(row);
        QString webSales = tr("Off");
        if (show.draft.webSales)
            webSales = show.draft.webSalesCloseMinutes == 0
                               ? tr("On")
                               : tr("On, closes %n min before", nullptr, show.draft.webSalesCloseMinutes);
        const QStringList texts{show.draft.title,
                                show.hallName,
                                formatVenueDateTime(show.draft.startsAt, zone),
                                // Shows set up before they had a duration have none.
                                show.draft.durationMinutes == 0 ? tr("–")
                                                                : tr("%n min", nullptr, show.draft.durationMinutes),
                                webSales,
                                tr("%1 of %2").arg(QLocale().toString(show.seatsBooked), QLocale().toString(show.seatsTotal)),
                                show.cancelled ? tr("Cancelled: %1").arg(show.cancelReason) : QString()};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (column == DurationColumn || column == SoldColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (show.cancelled) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                item->setToolTip(texts.at(StatusColumn));
            }
            m_table->setItem(row, column, item);
        }
        if (show.id == selectedId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    updateButtons();
}

const ShowSetup *ShowsWindow::selectedShow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.constFirst().row() >= m_shows.size())
        return nullptr;
    return &m_shows.at(rows.constFirst().row());
}

void ShowsWindow::updateButtons()
{
    const ShowSetup *show = selectedShow();
    m_editButton->setEnabled(show && !show->cancelled);
    m_cancelButton->setEnabled(show && !show->cancelled);
    m_refunds->setShow(show);
}

void ShowsWindow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ShowsWindow::setActor(const StaffActor &actor)
{
    m_actor = actor;
}

std::optional<StaffActor> ShowsWindow::actorOrExplain()
{
    return boxoffice::actorOrExplain(
            m_approval, m_actor, m_error, tr("Whoever opened this window signed out. Open it again as a manager to change shows."));
}

void ShowsWindow::newShow()
{
    openDialog(nullptr);
}

void ShowsWindow::editSelectedShow()
{
    if (const ShowSetup *show = selectedShow(); show && !show->cancelled)
        openDialog(show);
}

void ShowsWindow::openDialog(const ShowSetup *show)
{
    const std::optional<StaffActor> actor = actorOrExplain();
    if (!actor)
        return;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ShowDialog(m_backend, *actor, m_venue, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (show)
        m_dialog->editShow(*show);
    connect(m_dialog, &ShowDialog::saved, this, &ShowsWindow::refresh);
    m_dialog->open();
    emit dialogOpened();
}

void ShowsWindow::refundBooking(const Booking &booking)
{
    const std::optional<StaffActor> actor = actorOrExplain();
    if (!actor)
        return;
    auto *dialog = new RefundDialog(m_backend, booking, *actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(tr("Show cancelled"));
    connect(dialog, &RefundDialog::refunded, m_refunds, &CancelledShowRefunds::reload);
    dialog->open();
}

void ShowsWindow::cancelSelectedShow()
{
    const ShowSetup *selected = selectedShow();
    if (!selected || selected->cancelled)
        return;
    const ShowSetup show = *selected;
    auto *confirm = new CancelShowDialog(show, m_venue.zone(), this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QDialog::accepted, this, [this, show, confirm] {
        const std::optional<StaffActor> actor = actorOrExplain();
        if (!actor) {
            emit cancelAnswered(false);
            return;
        }
        m_backend.run<ChangeResult>(
                this,
                [id = show.id, reason = confirm->reason(), actor = *actor, feed = &m_backend.feed(),
                 clock = &m_backend.clock()](CoreServices &services) {
                    return ShowService(services.database, *feed, *clock, services.reservations)
                            .cancelShow(id, reason, actor);
                },
                [this, show](const Result<ChangeResult> &cancelled) {
                    // The cancelled show stays listed, with the bookings that wait for their money.
                    if (cancelled.ok() && !m_withCancelled->isChecked())
                        m_withCancelled->setChecked(true);
                    else if (cancelled.ok())
                        refresh();
                    else
                        showError(tr("“%1” was not cancelled. %2").arg(show.draft.title, showErrorText(cancelled.error())));
                    emit cancelAnswered(cancelled.ok());
                });
    });
    confirm->open();
}

} // namespace boxoffice
