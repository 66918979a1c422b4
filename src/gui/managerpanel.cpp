#include "managerpanel.h"
#include "corebackend.h"
#include "displaynames.h"
#include "managerapproval.h"
#include "ui_managerpanel.h"

#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
constexpr int CustomerRole = Qt::UserRole + 1;
constexpr int customerLimit = 200;
} // namespace

ManagerPanel::ManagerPanel(CoreBackend &backend, ManagerApproval &approval, ManagerActions &actions, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ManagerPanel>()), m_backend(backend), m_approval(approval),
      m_actions(actions)
{
    m_ui->setupUi(this);
    m_customers = new QStandardItemModel(0, 2, this);
    m_customers->setHorizontalHeaderLabels({tr("Name"), tr("E-mail")});
    m_ui->customersTable->setModel(m_customers);
    m_ui->customersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->dayEdit->setDate(venueDate(m_backend.clock().now()));

    connect(m_ui->auditLogButton, &QPushButton::clicked, this, &ManagerPanel::auditLogRequested);
    connect(&m_approval, &ManagerApproval::changed, this, &ManagerPanel::updateSession);

    connect(m_ui->dayEdit, &QDateEdit::dateChanged, this, &ManagerPanel::loadShows);
    connect(m_ui->showCombo, &QComboBox::activated, this,
            [this] { m_wantedShow = m_ui->showCombo->currentData().toLongLong(); });
    connect(m_ui->seatsEdit, &QLineEdit::textChanged, this, &ManagerPanel::updateSeatHint);
    connect(m_ui->blockButton, &QPushButton::clicked, this, [this] { runSeatAction(ManagerActions::Action::BlockSeats); });
    connect(m_ui->unblockButton, &QPushButton::clicked, this,
            [this] { runSeatAction(ManagerActions::Action::UnblockSeats); });
    connect(m_ui->unbookButton, &QPushButton::clicked, this,
            [this] { runSeatAction(ManagerActions::Action::UnbookSeats); });
    connect(m_ui->keepHouseButton, &QPushButton::clicked, this,
            [this] { runSeatAction(ManagerActions::Action::KeepHouseSeats); });
    connect(m_ui->releaseHouseButton, &QPushButton::clicked, this,
            [this] { runSeatAction(ManagerActions::Action::ReleaseHouseSeats); });

    connect(m_ui->customerSearchButton, &QPushButton::clicked, this,
            [this] { findCustomers(m_ui->customerSearchEdit->text()); });
    connect(m_ui->customerSearchEdit, &QLineEdit::returnPressed, this,
            [this] { findCustomers(m_ui->customerSearchEdit->text()); });
    connect(m_ui->customersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_ui->deleteCustomerButton->setEnabled(m_ui->customersTable->selectionModel()->hasSelection());
    });
    connect(m_ui->deleteCustomerButton, &QPushButton::clicked, this, &ManagerPanel::deleteSelectedCustomer);

    connect(&m_actions, &ManagerActions::refused, this, [this](const QString &message) {
        if (isVisible())
            m_ui->outcomeLabel->setText(message);
    });
    connect(&m_actions, &ManagerActions::finished, this,
            [this](ManagerActions::Action action, bool ok, const QString &message) {
                m_ui->outcomeLabel->setText(message);
                if (ok && action == ManagerActions::Action::DeleteCustomer && !m_lastCustomerSearch.isEmpty())
                    findCustomers(m_lastCustomerSearch);
            });

    m_ui->deleteCustomerButton->setEnabled(false);
    updateSession();
    updateSeatHint();
    loadShows();
}

ManagerPanel::~ManagerPanel() = default;

qint64 ManagerPanel::showId() const
{
    return m_ui->showCombo->currentData().toLongLong();
}

QStringList ManagerPanel::seatLabels() const
{
    return ManagerActions::parseSeatLabels(m_ui->seatsEdit->text());
}

void ManagerPanel::setShow(qint64 show, const QDate &day, const QStringList &seats)
{
    m_wantedShow = show;
    if (!seats.isEmpty())
        m_ui->seatsEdit->setText(seats.join(u", "_s));
    m_ui->tabs->setCurrentWidget(m_ui->seatsTab);
    if (m_ui->dayEdit->date() != day)
        m_ui->dayEdit->setDate(day);
    else
        loadShows();
}

void ManagerPanel::loadShows()
{
    const QDate day = m_ui->dayEdit->date();
    const int generation = ++m_showsGeneration;
    m_backend.run<QList<Show>>(
            this,
            [day, zone = venueZone()](CoreServices &services) {
                return services.catalog.showsOn(day, zone, Channel::Counter);
            },
            [this, generation](const Result<QList<Show>> &result) {
                if (generation != m_showsGeneration)
                    return;
                m_ui->showCombo->clear();
                if (!result.ok()) {
                    m_ui->outcomeLabel->setText(tr("The shows could not be read: %1").arg(result.error().message));
                    return;
                }
                const QLocale locale;
                for (const Show &show : result.value()) {
                    m_ui->showCombo->addItem(
                            tr("%1  %2 (%3)")
                                    .arg(locale.toString(inVenueZone(show.startsAt).time(), QLocale::ShortFormat),
                                         show.title, show.hallName),
                            show.id);
                }
                const int wanted = m_ui->showCombo->findData(m_wantedShow);
                if (wanted >= 0)
                    m_ui->showCombo->setCurrentIndex(wanted);
                if (m_ui->showCombo->count() == 0)
                    m_ui->showCombo->addItem(tr("No shows on this day"), 0);
                emit showsLoaded();
            });
}

void ManagerPanel::updateSession()
{
    m_ui->sessionLabel->setText(m_approval.isManagerSignedIn()
                                        ? tr("You are signed in as a manager: these actions are yours.")
                                        : tr("Each action needs a manager: a manager authorises it with their "
                                             "own PIN."));
}

void ManagerPanel::updateSeatHint()
{
    const QStringList labels = seatLabels();
    m_ui->seatsHint->setText(labels.isEmpty() ? tr("Type seat labels separated by commas or spaces; a range "
                                                   "like C7-C10 means C7, C8, C9 and C10.")
                                              : tr("%n seat(s): %1", nullptr, int(labels.size()))
                                                        .arg(labels.join(u", "_s)));
}

void ManagerPanel::runSeatAction(ManagerActions::Action action)
{
    const qint64 show = showId();
    const QStringList labels = seatLabels();
    m_actions.setDialogParent(this);
    switch (action) {
    case ManagerActions::Action::BlockSeats:
        m_actions.blockSeats(show, labels);
        break;
    case ManagerActions::Action::UnblockSeats:
        m_actions.unblockSeats(show, labels);
        break;
    case ManagerActions::Action::UnbookSeats:
        m_actions.unbookSeats(show, labels);
        break;
    case ManagerActions::Action::KeepHouseSeats:
    case ManagerActions::Action::ReleaseHouseSeats:
        m_actions.setHouseSeats(show, labels, action == ManagerActions::Action::KeepHouseSeats);
        break;
    case ManagerActions::Action::UnbookBooking:
    case ManagerActions::Action::DeleteCustomer:
        break;
    }
}

void ManagerPanel::findCustomers(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty()) {
        m_ui->outcomeLabel->setText(tr("Type part of the customer's name or e-mail."));
        return;
    }
    // Customer data is personal: only managers look it up.
    if (!m_approval.approve(tr("Finding customers"), this)) {
        m_ui->outcomeLabel->setText(tr("Finding customers needs a manager signed in or a manager's PIN."));
        return;
    }
    m_lastCustomerSearch = needle;
    m_backend.run<QList<Customer>>(
            this, [needle](CoreServices &services) { return services.catalog.findCustomers(needle, customerLimit); },
            [this](const Result<QList<Customer>> &result) {
                m_customers->removeRows(0, m_customers->rowCount());
                if (!result.ok()) {
                    m_ui->outcomeLabel->setText(tr("The customers could not be read: %1").arg(result.error().message));
                    return;
                }
                for (const Customer &customer : result.value()) {
                    auto *name = new QStandardItem(customer.name);
                    auto *email = new QStandardItem(customer.email);
                    name->setData(customer.id, CustomerRole);
                    m_customers->appendRow({name, email});
                }
                m_ui->customersTable->resizeColumnsToContents();
                m_ui->deleteCustomerButton->setEnabled(false);
                m_ui->outcomeLabel->setText(tr("%n customer(s) found.", nullptr, int(result->size())));
                emit customersLoaded(int(result->size()));
            });
}

void ManagerPanel::deleteSelectedCustomer()
{
    const QModelIndexList rows = m_ui->customersTable->selectionModel()->selectedRows(0);
    if (rows.isEmpty())
        return;
    const QModelIndex row = rows.first();
    Customer customer;
    customer.id = row.data(CustomerRole).toLongLong();
    customer.name = row.data().toString();
    customer.email = row.siblingAtColumn(1).data().toString();
    m_actions.setDialogParent(this);
    m_actions.deleteCustomer(customer);
}

} // namespace boxoffice
