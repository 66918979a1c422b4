#include "auditlogwindow.h"
#include "corebackend.h"
#include "displaynames.h"
#include "managersession.h"
#include "managerunlockdialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
/// Many web holds in a burst should cost one reload, not one each.
constexpr int refreshDelayMs = 500;

enum Column { TimeColumn, ActorColumn, ActionColumn, ShowColumn, DetailsColumn, ReasonColumn, ColumnCount };
} // namespace

AuditLogWindow::AuditLogWindow(CoreBackend &backend, ManagerSession &session, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_session(session)
{
    setWindowTitle(tr("Audit log"));
    resize(900, 520);

    auto *lockedPage = new QWidget;
    auto *lockedLayout = new QVBoxLayout(lockedPage);
    auto *lockedLabel = new QLabel(tr("The audit log is for managers. Unlock manager mode to see it."));
    lockedLabel->setWordWrap(true);
    lockedLabel->setAlignment(Qt::AlignCenter);
    m_unlockButton = new QPushButton(tr("&Unlock manager mode…"));
    m_unlockButton->setObjectName(u"unlockButton"_s);
    lockedLayout->addStretch();
    lockedLayout->addWidget(lockedLabel);
    lockedLayout->addWidget(m_unlockButton, 0, Qt::AlignCenter);
    lockedLayout->addStretch();

    auto *logPage = new QWidget;
    auto *logLayout = new QVBoxLayout(logPage);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by manager, action, show, seats or reason"));
    m_filter->setClearButtonEnabled(true);
    m_managerOnly = new QCheckBox(tr("&Manager actions only"));
    m_managerOnly->setObjectName(u"managerOnlyCheck"_s);
    m_managerOnly->setToolTip(tr("Hide the holds, releases and bookings of cashiers and web customers."));
    m_managerOnly->setChecked(true);
    auto *refreshButton = new QPushButton(tr("&Refresh"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_managerOnly);
    bar->addWidget(refreshButton);
    logLayout->addLayout(bar);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Who"), tr("Action"), tr("Show"), tr("Seats / details"),
                                        tr("Reason")});
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
    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_s);
    logLayout->addWidget(m_status);

    m_pages = new QStackedWidget;
    m_pages->addWidget(lockedPage);
    m_pages->addWidget(logPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AuditLogWindow::refresh);
    connect(&m_backend.feed(), &ChangeFeed::showChanged, this, [this] {
        if (isVisible() && m_pages->currentIndex() == 1)
            m_refreshTimer.start();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &AuditLogWindow::fillTable);
    connect(m_managerOnly, &QCheckBox::toggled, this, &AuditLogWindow::fillTable);
    connect(refreshButton, &QPushButton::clicked, this, &AuditLogWindow::refresh);
    connect(m_unlockButton, &QPushButton::clicked, this, [this] {
        ManagerUnlockDialog::ensureUnlocked(m_session, this);
    });
    connect(&m_session, &ManagerSession::unlocked, this, &AuditLogWindow::updateLockState);
    connect(&m_session, &ManagerSession::locked, this, &AuditLogWindow::updateLockState);
    updateLockState();
}

AuditLogWindow::~AuditLogWindow() = default;

QString AuditLogWindow::actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
            {u"hold"_s, QT_TR_NOOP("Held")},
            {u"release"_s, QT_TR_NOOP("Released")},
            {u"hold_expired"_s, QT_TR_NOOP("Hold expired")},
            {u"book"_s, QT_TR_NOOP("Booked")},
            {u"unbook"_s, QT_TR_NOOP("Unbooked")},
            {u"block"_s, QT_TR_NOOP("Blocked")},
            {u"unblock"_s, QT_TR_NOOP("Unblocked")},
            {u"keep_house"_s, QT_TR_NOOP("Kept as house seats")},
            {u"release_house"_s, QT_TR_NOOP("House seats released")},
            {u"delete_customer"_s, QT_TR_NOOP("Customer deleted")},
    };
    const auto name = names.constFind(action);
    return name == names.cend() ? action : tr(name.value());
}

void AuditLogWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateLockState();
}

void AuditLogWindow::updateLockState()
{
    const bool unlocked = m_session.isUnlocked();
    m_pages->setCurrentIndex(unlocked ? 1 : 0);
    if (!unlocked) {
        // What a manager saw must not stay on screen for the next person at the counter.
        m_refreshTimer.stop();
        m_loaded = {};
        fillTable();
        return;
    }
    if (isVisible())
        refresh();
}

void AuditLogWindow::refresh()
{
    if (!m_session.isUnlocked())
        return;
    if (m_loading) {
        m_reloadWanted = true;
        return;
    }
    m_loading = true;
    m_status->setText(tr("Loading…"));
    m_backend.run<Loaded>(
            this,
            [](CoreServices &services) -> Result<Loaded> {
                auto entries = services.catalog.auditLog(entryLimit);
                if (!entries.ok())
                    return entries.error();
                Loaded loaded{entries.value(), {}};
                QSet<qint64> shows;
                for (const AuditEntry &entry : loaded.entries) {
                    if (entry.showId > 0)
                        shows.insert(entry.showId);
                }
                for (qint64 id : std::as_const(shows)) {
                    auto show = services.catalog.show(id);
                    if (show.ok())
                        loaded.showTitles.insert(id, show->title);
                }
                return loaded;
            },
            [this](const Result<Loaded> &result) {
                m_loading = false;
                if (m_reloadWanted) {
                    m_reloadWanted = false;
                    refresh();
                    return;
                }
                if (!result.ok()) {
                    m_status->setText(tr("The audit log could not be read: %1").arg(result.error().message));
                    return;
                }
                if (!m_session.isUnlocked())
                    return;
                m_loaded = result.value();
                fillTable();
            });
}

void AuditLogWindow::fillTable()
{
    const QString filter = m_filter->text().trimmed();
    const bool managerOnly = m_managerOnly->isChecked();
    const QLocale locale;
    m_model->removeRows(0, m_model->rowCount());
    int shown = 0;
    for (const AuditEntry &entry : std::as_const(m_loaded.entries)) {
        if (managerOnly && entry.reason.isEmpty())
            continue;
        const QString show = entry.showId > 0
                                     ? m_loaded.showTitles.value(entry.showId, tr("Show %1").arg(entry.showId))
                                     : QString();
        const QStringList cells = {locale.toString(inVenueZone(entry.at), QLocale::ShortFormat),
                                   entry.actor,
                                   actionName(entry.action),
                                   show,
                                   entry.details,
                                   entry.reason};
        if (!filter.isEmpty()) {
            const bool matches = std::any_of(cells.cbegin(), cells.cend(), [&filter](const QString &cell) {
                return cell.contains(filter, Qt::CaseInsensitive);
            });
            if (!matches)
                continue;
        }
        QList<QStandardItem *> row;
        for (const QString &cell : cells) {
            auto *item = new QStandardItem(cell);
            item->setToolTip(cell);
            row.append(item);
        }
        m_model->appendRow(row);
        ++shown;
    }
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n entry(s) shown, newest first.", nullptr, shown));
}

} // namespace boxoffice
