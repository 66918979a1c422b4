#include "auditlogwindow.h"
#include "auditamounts.h"
#include "corebackend.h"
#include "displaynames.h"
#include "managerapproval.h"
#include "staffservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
/// Many web holds in a burst should cost one reload, not one each.
constexpr int refreshDelayMs = 500;
/// Typing a search should cost one query when the typing pauses, not one per key.
constexpr int typingDelayMs = 300;
/// The action choices are those of the newest entries (reading the whole log for them would
/// keep the worker busy for seconds) and every action this window has a name for.
constexpr int recentEntriesForActions = 20000;
/// A date edit at its minimum shows "Any": that side of the time range is open.
const QDate anyDate(2000, 1, 1);

enum Column {
    TimeColumn,
    StaffColumn,
    AuthorisedByColumn,
    ActionColumn,
    ShowColumn,
    DetailsColumn,
    ReasonColumn,
    ColumnCount
};

QDateEdit *anyDateEdit()
{
    auto *edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setMinimumDate(anyDate);
    edit->setSpecialValueText(AuditLogWindow::tr("Any"));
    edit->setDate(anyDate);
    return edit;
}

/// Selects the item whose data is `data`; false when there is none.
bool selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

} // namespace

AuditLogWindow::AuditLogWindow(CoreBackend &backend, ManagerApproval &approval, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_approval(approval)
{
    setWindowTitle(tr("Audit log"));
    resize(1100, 620);

    auto *lockedPage = new QWidget;
    auto *lockedLayout = new QVBoxLayout(lockedPage);
    auto *lockedLabel = new QLabel(tr("The audit log is for managers: a manager signed in, or a manager's PIN for this opening."));
    lockedLabel->setWordWrap(true);
    lockedLabel->setAlignment(Qt::AlignCenter);
    m_unlockButton = new QPushButton(tr("&Manager's PIN…"));
    m_unlockButton->setObjectName(u"unlockButton"_s);
    lockedLayout->addStretch();
    lockedLayout->addWidget(lockedLabel);
    lockedLayout->addWidget(m_unlockButton, 0, Qt::AlignCenter);
    lockedLayout->addStretch();

    auto *logPage = new QWidget;
    auto *logLayout = new QVBoxLayout(logPage);
    auto *bar = new QGridLayout;
    const auto addField = [bar](int row, int column, const QString &label, QWidget *field) {
        auto *buddy = new QLabel(label);
        buddy->setBuddy(field);
        bar->addWidget(buddy, row, column * 2);
        bar->addWidget(field, row, column * 2 + 1);
    };
    m_staff = new QComboBox;
    m_staff->setObjectName(u"staffCombo"_s);
    m_action = new QComboBox;
    m_action->setObjectName(u"actionCombo"_s);
    // Their choices arrive after the window is shown; a chosen name must not be cut.
    m_staff->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_show = new QComboBox;
    m_show->setObjectName(u"showCombo"_s);
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_show->setMinimumContentsLength(24);
    m_from = anyDateEdit();
    m_from->setObjectName(u"fromDate"_s);
    m_from->setToolTip(tr("The first day shown, in the venue's time zone."));
    m_to = anyDateEdit();
    m_to->setObjectName(u"toDate"_s);
    m_to->setToolTip(tr("The last day shown, in the venue's time zone."));
    m_text = new QLineEdit;
    m_text->setObjectName(u"filterEdit"_s);
    m_text->setPlaceholderText(tr("Seats, customer or reason"));
    m_text->setClearButtonEnabled(true);
    m_managerOnly = new QCheckBox(tr("&Manager actions only"));
    m_managerOnly->setObjectName(u"managerOnlyCheck"_s);
    m_managerOnly->setToolTip(tr("Only the entries that give a reason: blocks, unbookings and the other manager actions."));
    m_managerOnly->setChecked(true);
    auto *refreshButton = new QPushButton(tr("&Refresh"));
    addField(0, 0, tr("&Staff:"), m_staff);
    addField(0, 1, tr("&Action:"), m_action);
    addField(0, 2, tr("S&how:"), m_show);
    addField(1, 0, tr("&From:"), m_from);
    addField(1, 1, tr("&To:"), m_to);
    addField(1, 2, tr("Te&xt:"), m_text);
    bar->addWidget(m_managerOnly, 0, 6);
    bar->addWidget(refreshButton, 1, 6);
    bar->setColumnStretch(5, 1);
    logLayout->addLayout(bar);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Staff"), tr("Authorised by"), tr("Action"), tr("Show"),
                                        tr("Seats / details"), tr("Reason")});
    m_table = new QTableView;
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    logLayout->addWidget(m_table, 1);

    auto *pager = new QHBoxLayout;
    m_newer = new QPushButton(tr("◀ &Newer"));
    m_newer->setObjectName(u"newerButton"_s);
    m_older = new QPushButton(tr("&Older ▶"));
    m_older->setObjectName(u"olderButton"_s);
    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_s);
    m_export = new QPushButton(tr("&Export CSV…"));
    m_export->setObjectName(u"exportButton"_s);
    m_export->setToolTip(tr("Saves every entry that matches the filter, not only this page."));
    pager->addWidget(m_newer);
    pager->addWidget(m_older);
    pager->addWidget(m_status, 1);
    pager->addWidget(m_export);
    logLayout->addLayout(pager);

    m_pages = new QStackedWidget;
    m_pages->addWidget(lockedPage);
    m_pages->addWidget(logPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        // Only the newest page follows: a page further back stays as the manager is reading it.
        if (!m_page.hasNewer && m_firstPosition == 1)
            load(Move::Newest);
    });
    connect(&m_backend.feed(), &ChangeFeed::showChanged, this, [this] {
        if (isVisible() && m_pages->currentIndex() == 1)
            m_refreshTimer.start();
    });
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(typingDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, [this] { load(Move::Newest); });
    const auto filterChanged = [this] {
        if (!m_fillingChoices)
            load(Move::Newest);
    };
    for (QComboBox *combo : {m_staff, m_action, m_show})
        connect(combo, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_from, &QDateEdit::dateChanged, this, filterChanged);
    connect(m_to, &QDateEdit::dateChanged, this, filterChanged);
    connect(m_managerOnly, &QCheckBox::toggled, this, filterChanged);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        m_filterTimer.stop();
        load(Move::Newest);
    });
    connect(refreshButton, &QPushButton::clicked, this, &AuditLogWindow::refresh);
    connect(m_newer, &QPushButton::clicked, this, &AuditLogWindow::showNewer);
    connect(m_older, &QPushButton::clicked, this, &AuditLogWindow::showOlder);
    connect(m_export, &QPushButton::clicked, this, &AuditLogWindow::exportCsv);
    connect(m_unlockButton, &QPushButton::clicked, this, &AuditLogWindow::requestOpening);
    connect(&m_approval, &ManagerApproval::signedOut, this, [this] { m_openingApproved = false; });
    connect(&m_approval, &ManagerApproval::changed, this, &AuditLogWindow::updateLockState);
    fillChoices({});
    updateLockState();
}

AuditLogWindow::~AuditLogWindow() = default;

const QHash<QString, const char *> &AuditLogWindow::actionNames()
{
    static const QHash<QString, const char *> names = {
            {u"hold"_s, QT_TR_NOOP("Held")},
            {u"release"_s, QT_TR_NOOP("Released")},
            {u"hold_expired"_s, QT_TR_NOOP("Hold expired")},
            {u"hold_stranding_seat"_s, QT_TR_NOOP("Held leaving a single seat empty")},
            {u"book"_s, QT_TR_NOOP("Booked")},
            {u"unbook"_s, QT_TR_NOOP("Unbooked")},
            {u"block"_s, QT_TR_NOOP("Blocked")},
            {u"unblock"_s, QT_TR_NOOP("Unblocked")},
            {u"keep_house"_s, QT_TR_NOOP("Kept as house seats")},
            {u"release_house"_s, QT_TR_NOOP("House seats released")},
            {u"delete_customer"_s, QT_TR_NOOP("Customer deleted")},
            {u"collect"_s, QT_TR_NOOP("Reservation collected")},
            {u"reservation_expired"_s, QT_TR_NOOP("Reservation expired")},
            {u"refund"_s, QT_TR_NOOP("Refunded")},
            {u"exchange"_s, QT_TR_NOOP("Exchanged")},
            {u"cancel_show"_s, QT_TR_NOOP("Show cancelled")},
            {u"create show"_s, QT_TR_NOOP("Show created")},
            {u"create run"_s, QT_TR_NOOP("Run of shows created")},
            {u"update show"_s, QT_TR_NOOP("Show changed")},
            {u"set prices"_s, QT_TR_NOOP("Prices set")},
            {u"create hall"_s, QT_TR_NOOP("Hall created")},
            {u"save hall plan"_s, QT_TR_NOOP("Hall plan saved")},
            {u"save ticket types"_s, QT_TR_NOOP("Ticket types saved")},
            {u"venue_settings"_s, QT_TR_NOOP("Venue settings changed")},
            {u"open shift"_s, QT_TR_NOOP("Shift opened")},
            {u"count shift"_s, QT_TR_NOOP("Shift counted")},
            {u"close shift"_s, QT_TR_NOOP("Shift closed")},
            {u"reopen shift"_s, QT_TR_NOOP("Shift reopened")},
            {u"close day"_s, QT_TR_NOOP("Day closed")},
            {u"add staff"_s, QT_TR_NOOP("Staff member added")},
            {u"adopt manager PIN"_s, QT_TR_NOOP("Manager PIN taken over")},
            {u"rename staff"_s, QT_TR_NOOP("Staff member renamed")},
            {u"change staff role"_s, QT_TR_NOOP("Staff role changed")},
            {u"disable staff"_s, QT_TR_NOOP("Staff member disabled")},
            {u"enable staff"_s, QT_TR_NOOP("Staff member enabled")},
            {u"reset staff secret"_s, QT_TR_NOOP("PIN or password reset")},
            {u"sign in"_s, QT_TR_NOOP("Signed in")},
            {u"wrong PIN"_s, QT_TR_NOOP("Wrong PIN")},
            {u"checkin_manual"_s, QT_TR_NOOP("Checked in by hand")},
            {u"checkin_unknown_code"_s, QT_TR_NOOP("Unknown ticket code at the door")},
            {u"checkin_rate_limited"_s, QT_TR_NOOP("Scanner paused after unknown codes")},
            {u"checkin_settings_changed"_s, QT_TR_NOOP("Door settings changed")},
            {u"scanner_pairing_created"_s, QT_TR_NOOP("Scanner pairing offered")},
            {u"scanner_paired"_s, QT_TR_NOOP("Scanner paired")},
            {u"scanner_revoked"_s, QT_TR_NOOP("Scanner revoked")},
    };
    return names;
}

QString AuditLogWindow::detailsText(const QString &action, const QString &details)
{
    QString text;
    qsizetype from = 0;
    for (const AuditAmount &amount : AuditAmounts::read(action, details)) {
        text += QStringView(details).mid(from, amount.position - from) + formatMoney(amount.cents);
        from = amount.position + amount.length;
    }
    return text + QStringView(details).mid(from);
}

QString AuditLogWindow::actionName(const QString &action)
{
    const auto name = actionNames().constFind(action);
    return name == actionNames().cend() ? action : tr(name.value());
}

AuditFilter AuditLogWindow::filter() const
{
    AuditFilter filter;
    filter.staffId = m_staff->currentData().toLongLong();
    const QString action = m_action->currentData().toString();
    if (!action.isEmpty())
        filter.actions = {action};
    filter.showId = m_show->currentData().toLongLong();
    // The venue's days, whatever the zone of this computer: from the first day's midnight to the one after the last.
    if (m_from->date() != anyDate)
        filter.from = QDateTime(m_from->date(), QTime(0, 0), venueZone());
    if (m_to->date() != anyDate)
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), venueZone());
    filter.text = m_text->text().trimmed();
    filter.withReasonOnly = m_managerOnly->isChecked();
    return filter;
}

void AuditLogWindow::setSavePathProvider(SavePathProvider provider)
{
    m_savePathProvider = std::move(provider);
}

void AuditLogWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateLockState();
}

void AuditLogWindow::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // An override is for one opening: the next one asks again.
    if (m_openingApproved) {
        m_openingApproved = false;
        updateLockState();
    }
}

bool AuditLogWindow::isOpenToReader() const
{
    return m_openingApproved || m_approval.isManagerSignedIn();
}

void AuditLogWindow::requestOpening()
{
    if (m_approval.approve(tr("Reading the audit log"), this))
        grantOpening();
}

void AuditLogWindow::grantOpening()
{
    m_openingApproved = true;
    updateLockState();
}

void AuditLogWindow::updateLockState()
{
    const bool unlocked = isOpenToReader();
    m_pages->setCurrentIndex(unlocked ? 1 : 0);
    if (!unlocked) {
        // What a manager saw must not stay on screen for the next person at the counter.
        m_refreshTimer.stop();
        m_filterTimer.stop();
        ++m_request;
        m_loading = false;
        clearPage();
        fillChoices({});
        return;
    }
    if (isVisible())
        refresh();
}

void AuditLogWindow::refresh()
{
    if (!isOpenToReader())
        return;
    // The worker runs jobs in order: the page first, then the choices, whose list of actions
    // reads the whole log.
    load(Move::Newest);
    loadChoices();
}

void AuditLogWindow::showNewer()
{
    load(Move::Newer);
}

void AuditLogWindow::showOlder()
{
    load(Move::Older);
}

void AuditLogWindow::loadChoices()
{
    m_backend.run<Choices>(
            this,
            [clock = &m_backend.clock()](CoreServices &services) -> Result<Choices> {
                StaffService staff(services.database, *clock);
                AuditTrail trail(services.database);
                auto members = staff.staff();
                if (!members.ok())
                    return members.error();
                auto actions = trail.recentActions(recentEntriesForActions);
                if (!actions.ok())
                    return actions.error();
                auto shows = trail.shows();
                if (!shows.ok())
                    return shows.error();
                return Choices{members.value(), actions.value(), shows.value()};
            },
            [this](const Result<Choices> &result) {
                if (!isOpenToReader())
                    return;
                if (!result.ok()) {
                    m_status->setText(tr("The audit log could not be read: %1").arg(result.error().message));
                    return;
                }
                fillChoices(result.value());
            });
}

void AuditLogWindow::fillChoices(const Choices &choices)
{
    const QVariant staff = m_staff->currentData();
    const QVariant action = m_action->currentData();
    const QVariant show = m_show->currentData();
    m_fillingChoices = true;
    m_staff->clear();
    m_staff->addItem(tr("Everyone"), qint64(0));
    for (const StaffMember &member : choices.staff)
        m_staff->addItem(member.disabled() ? tr("%1 (disabled)").arg(member.name) : member.name, member.id);
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    // The action chosen stays a choice though it is no longer among the newest entries.
    QStringList codes = choices.actions + actionNames().keys();
    if (!action.toString().isEmpty())
        codes.append(action.toString());
    codes.removeDuplicates();
    QList<std::pair<QString, QString>> actions;
    for (const QString &code : std::as_const(codes))
        actions.append({actionName(code), code});
    std::sort(actions.begin(), actions.end());
    for (const auto &[name, code] : std::as_const(actions))
        m_action->addItem(name, code);
    m_show->clear();
    m_show->addItem(tr("All shows"), qint64(0));
    const QLocale locale;
    for (const Show &entry : choices.shows) {
        m_show->addItem(tr("%1, %2").arg(entry.title, locale.toString(inVenueZone(entry.startsAt), QLocale::ShortFormat)),
                        entry.id);
    }
    // A choice that is gone (e.g. after the lock) narrows nothing any more: the page must follow.
    const bool staffKept = !staff.isValid() || selectData(m_staff, staff);
    const bool actionKept = !action.isValid() || selectData(m_action, action);
    const bool showKept = !show.isValid() || selectData(m_show, show);
    m_fillingChoices = false;
    if (!(staffKept && actionKept && showKept) && isOpenToReader())
        load(Move::Newest);
}

void AuditLogWindow::load(Move move)
{
    if (!isOpenToReader())
        return;
    // Text typed but not yet searched for is part of the filter: paging starts over with it.
    if (m_filterTimer.isActive())
        move = Move::Newest;
    qint64 cursor = 0;
    if (move != Move::Newest) {
        if (m_page.records.isEmpty())
            return;
        cursor = move == Move::Older ? m_page.records.constLast().entry.id : m_page.records.constFirst().entry.id;
    }
    m_filterTimer.stop();
    const quint64 request = ++m_request;
    m_loading = true;
    updatePageControls();
    m_status->setText(tr("Loading…"));
    m_backend.run<AuditPage>(
            this,
            [filter = filter(), move, cursor](CoreServices &services) -> Result<AuditPage> {
                AuditTrail trail(services.database);
                switch (move) {
                case Move::Older:
                    return trail.olderThan(filter, cursor, pageSize);
                case Move::Newer:
                    return trail.newerThan(filter, cursor, pageSize);
                case Move::Newest:
                    break;
                }
                return trail.newest(filter, pageSize);
            },
            [this, request, move](const Result<AuditPage> &result) {
                if (request != m_request)
                    return;
                m_loading = false;
                if (!result.ok()) {
                    updatePageControls();
                    m_status->setText(tr("The audit log could not be read: %1").arg(result.error().message));
                    return;
                }
                showPage(result.value(), move);
            });
}

void AuditLogWindow::showPage(const AuditPage &page, Move move)
{
    if (move == Move::Older)
        m_firstPosition += m_page.records.size();
    else if (move == Move::Newer)
        m_firstPosition = std::max<qint64>(1, m_firstPosition - page.records.size());
    if (move == Move::Newest || !page.hasNewer)
        m_firstPosition = 1;
    m_page = page;
    const QLocale locale;
    m_model->removeRows(0, m_model->rowCount());
    for (const AuditRecord &record : std::as_const(m_page.records)) {
        const AuditEntry &entry = record.entry;
        QString show = record.showTitle;
        if (show.isEmpty() && entry.showId > 0)
            show = tr("Show %1").arg(entry.showId);
        const QStringList cells = {locale.toString(inVenueZone(entry.at), QLocale::ShortFormat),
                                   record.staffName,
                                   record.authorisedByName,
                                   actionName(entry.action),
                                   show,
                                   detailsText(entry.action, entry.details),
                                   entry.reason};
        QList<QStandardItem *> row;
        for (const QString &cell : cells) {
            auto *item = new QStandardItem(cell);
            item->setToolTip(cell);
            row.append(item);
        }
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    updatePageControls();
    emit pageLoaded();
}

void AuditLogWindow::clearPage()
{
    m_page = {};
    m_firstPosition = 1;
    m_model->removeRows(0, m_model->rowCount());
    updatePageControls();
}

void AuditLogWindow::updatePageControls()
{
    m_newer->setEnabled(!m_loading && m_page.hasNewer);
    m_older->setEnabled(!m_loading && m_page.hasOlder);
    m_export->setEnabled(!m_exporting && isOpenToReader());
    if (m_loading)
        return;
    const qsizetype count = m_page.records.size();
    const QLocale locale;
    m_status->setText(count == 0 ? tr("No entries match.")
                                 : tr("Entries %1–%2, newest first.")
                                           .arg(locale.toString(m_firstPosition),
                                                locale.toString(m_firstPosition + count - 1)));
}

void AuditLogWindow::exportCsv()
{
    if (m_exporting || !isOpenToReader())
        return;
    const QString suggested =
            tr("audit-log-%1.csv").arg(venueDate(m_backend.clock().now()).toString(Qt::ISODate));
    const QString path = m_savePathProvider ? m_savePathProvider(suggested)
                                            : QFileDialog::getSaveFileName(this, tr("Export audit log as CSV"),
                                                                           suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_exporting = true;
    updatePageControls();
    m_status->setText(tr("Exporting to %1…").arg(path));
    m_backend.run<qint64>(
            this,
            [filter = filter(), path, zone = venueZone()](CoreServices &services) -> Result<qint64> {
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly)) {
                    return Error{ErrorCode::InvalidField,
                                 tr("The audit log could not be saved to %1: %2").arg(path, file.errorString()), {}};
                }
                auto written = AuditTrail(services.database).exportCsv(filter, file, zone);
                if (!written.ok()) {
                    file.cancelWriting();
                    return written.error();
                }
                if (!file.commit()) {
                    return Error{ErrorCode::InvalidField,
                                 tr("The audit log could not be saved to %1: %2").arg(path, file.errorString()), {}};
                }
                return written;
            },
            [this, path](const Result<qint64> &result) {
                m_exporting = false;
                updatePageControls();
                const int count = result.ok() ? int(std::min<qint64>(result.value(), std::numeric_limits<int>::max())) : 0;
                const QString message = result.ok() ? tr("%n entry(s) saved to %1.", nullptr, count).arg(path)
                                                    : result.error().message;
                m_status->setText(message);
                emit exportFinished(result.ok(), message);
            });
}

} // namespace boxoffice
