#include "tickettypesdialog.h"

#include "corebackend.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
constexpr int KeyRole = Qt::UserRole;
}

TicketTypesDialog::TicketTypesDialog(CoreBackend &backend, StaffActor manager, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_manager(std::move(manager))
{
    setObjectName(u"ticketTypesDialog"_s);
    setWindowTitle(tr("Ticket types"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(u"ticketTypesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Sold online")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SoldOnlineColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    connect(m_table, &QTableWidget::currentCellChanged, this, &TicketTypesDialog::updateButtons);

    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"addTicketType"_s);
    m_up = new QPushButton(tr("Move &up"), this);
    m_up->setObjectName(u"moveTicketTypeUp"_s);
    m_up->setToolTip(tr("Ctrl+Up"));
    m_down = new QPushButton(tr("Move &down"), this);
    m_down->setObjectName(u"moveTicketTypeDown"_s);
    m_down->setToolTip(tr("Ctrl+Down"));
    m_retire = new QPushButton(tr("&Retire…"), this);
    m_retire->setObjectName(u"retireTicketType"_s);
    m_retire->setToolTip(tr("Delete"));
    connect(m_add, &QPushButton::clicked, this, &TicketTypesDialog::addType);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_retire, &QPushButton::clicked, this, &TicketTypesDialog::retireSelected);
    // On the table alone, so that Delete in a name being edited deletes text, not the type.
    const auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(m_table);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    addShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_Up), [this] { moveSelected(-1); });
    addShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_Down), [this] { moveSelected(1); });
    addShortcut(QKeySequence(Qt::Key_Delete), [this] { retireSelected(); });
    addShortcut(QKeySequence(Qt::Key_Insert), [this] { addType(); });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_up, m_down, m_retire})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *hint = new QLabel(tr("Prices name a ticket type, so a type is retired rather than deleted: it is sold no "
                               "more, and bookings made with it keep it."),
                            this);
    hint->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"ticketTypesError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TicketTypesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(460, 360);

    setBusy(true);
    m_backend.run<QList<TicketType>>(
            this, [](CoreServices &services) { return services.venues.ticketTypes(); },
            [this](const Result<QList<TicketType>> &types) {
                setBusy(false);
                if (types.ok())
                    showTypes(types.value());
                else
                    showError(types.error().message);
                emit loaded();
            });
}

void TicketTypesDialog::showTypes(const QList<TicketType> &types)
{
    m_table->setRowCount(0);
    m_retired.clear();
    for (const TicketType &type : types)
        appendRow(type);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, NameColumn);
    m_table->setFocus();
    updateButtons();
}

void TicketTypesDialog::appendRow(const TicketType &type)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(type.name);
    name->setData(KeyRole, type.key);
    m_table->setItem(row, NameColumn, name);
    auto *online = new QTableWidgetItem;
    online->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    online->setCheckState(type.webSellable ? Qt::Checked : Qt::Unchecked);
    online->setToolTip(tr("Whether the web may sell this type; the counter sells every type."));
    m_table->setItem(row, SoldOnlineColumn, online);
}

QList<TicketType> TicketTypesDialog::fromTable() const
{
    QList<TicketType> types;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        types.append({name->data(KeyRole).toString(), name->text().trimmed(),
                      m_table->item(row, SoldOnlineColumn)->checkState() == Qt::Checked, row, false});
    }
    return types + m_retired;
}

void TicketTypesDialog::addType()
{
    if (m_busy)
        return;
    appendRow({QString(), tr("New ticket type"), false});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
}

void TicketTypesDialog::moveSelected(int by)
{
    const int row = m_table->currentRow();
    const int target = row + by;
    if (m_busy || row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        QTableWidgetItem *moving = m_table->takeItem(row, column);
        m_table->setItem(row, column, m_table->takeItem(target, column));
        m_table->setItem(target, column, moving);
    }
    m_table->setCurrentCell(target, m_table->currentColumn());
}

void TicketTypesDialog::retireSelected()
{
    const int row = m_table->currentRow();
    if (m_busy || row < 0)
        return;
    const QString name = m_table->item(row, NameColumn)->text();
    auto *confirmation = new QMessageBox(QMessageBox::Question, tr("Retire ticket type"),
                                         tr("Retire the ticket type \"%1\"? It is sold no more, at the counter or on "
                                            "the web, and no price can name it; bookings made with it keep it.")
                                                 .arg(name),
                                         QMessageBox::Cancel, this);
    confirmation->setObjectName(u"retireConfirmation"_s);
    QPushButton *retire = confirmation->addButton(tr("&Retire"), QMessageBox::DestructiveRole);
    retire->setObjectName(u"confirmRetire"_s);
    confirmation->setDefaultButton(QMessageBox::Cancel);
    confirmation->setAttribute(Qt::WA_DeleteOnClose);
    QTableWidgetItem *item = m_table->item(row, NameColumn);
    connect(confirmation, &QMessageBox::finished, this, [this, confirmation, retire, item] {
        const int current = m_table->row(item);
        if (confirmation->clickedButton() != retire || current < 0)
            return;
        TicketType type{item->data(KeyRole).toString(), item->text().trimmed(),
                        m_table->item(current, SoldOnlineColumn)->checkState() == Qt::Checked, 0, true};
        // One never saved is simply dropped.
        if (!type.key.isEmpty())
            m_retired.append(type);
        m_table->removeRow(current);
        m_table->setFocus();
        updateButtons();
    });
    confirmation->open();
}

void TicketTypesDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void TicketTypesDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_add->setEnabled(!m_busy);
    m_up->setEnabled(!m_busy && row > 0);
    m_down->setEnabled(!m_busy && row >= 0 && row < m_table->rowCount() - 1);
    m_retire->setEnabled(!m_busy && row >= 0);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_busy);
}

void TicketTypesDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void TicketTypesDialog::save()
{
    if (m_busy)
        return;
    const QList<TicketType> types = fromTable();
    setBusy(true);
    m_backend.run<bool>(
            this,
            [types, manager = m_manager](CoreServices &services) {
                return services.venues.saveTicketTypes(types, manager);
            },
            [this](const Result<bool> &saved) {
                setBusy(false);
                if (!saved.ok()) {
                    showError(tr("The ticket types were not saved: %1").arg(saved.error().message));
                    return;
                }
                emit this->saved();
                accept();
            });
}

} // namespace boxoffice
