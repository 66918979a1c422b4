#include "scannerdevicesdialog.h"

#include "approvedactor.h"
#include "corebackend.h"
#include "displaynames.h"
#include "inlinemessage.h"
#include "managerapproval.h"
#include "scannerdeviceservice.h"
#include "scannerpairingdialog.h"
#include "venuetime.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
struct DeviceList
{
    QList<ScannerDevice> devices;
    QHash<qint64, QString> showNames;
};
} // namespace

ScannerDevicesDialog::ScannerDevicesDialog(CoreBackend &backend, ManagerApproval &approval, const StaffActor &actor,
                                           const ScannerEndpoint &endpoint, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_approval(approval), m_actor(actor), m_endpoint(endpoint)
{
    setObjectName(u"scannerDevicesDialog"_s);
    setWindowTitle(tr("Scanner devices"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"scannerTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("May check in"), tr("Paired"), tr("Last scan"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(ScopeColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_message = new QLabel(this);
    m_message->setObjectName(u"scannerDevicesMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *pair = new QPushButton(tr("&Pair a device…"), this);
    pair->setObjectName(u"pairDeviceButton"_s);
    m_revoke = new QPushButton(tr("&Revoke…"), this);
    m_revoke->setObjectName(u"revokeDeviceButton"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(pair, QDialogButtonBox::ActionRole);
    buttons->addButton(m_revoke, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pair, &QPushButton::clicked, this, &ScannerDevicesDialog::pairDevice);
    connect(m_revoke, &QPushButton::clicked, this, &ScannerDevicesDialog::revokeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ScannerDevicesDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 360);
    updateButtons();
    reload();
}

void ScannerDevicesDialog::reload()
{
    m_backend.run<DeviceList>(
            this,
            [clock = &m_backend.clock(), zone = venueZone()](CoreServices &services) -> Result<DeviceList> {
                auto devices = ScannerDeviceService(services.database, *clock).devices();
                if (!devices.ok())
                    return devices.error();
                DeviceList list{devices.value(), {}};
                for (const ScannerDevice &device : std::as_const(list.devices)) {
                    for (const qint64 id : device.scope.shows) {
                        if (list.showNames.contains(id))
                            continue;
                        if (auto show = services.catalog.show(id); show.ok())
                            list.showNames.insert(id, tr("%1 (%2)").arg(show->title, formatVenueDateTime(
                                                                                            show->startsAt, zone)));
                    }
                }
                return list;
            },
            [this](const Result<DeviceList> &list) {
                if (list.ok()) {
                    m_showNames = list->showNames;
                    showDevices(list->devices);
                } else {
                    showInlineMessage(m_message, true, tr("The devices could not be read: %1").arg(list.error().message));
                }
                emit loaded();
            });
}

QString ScannerDevicesDialog::scopeText(const ScannerDevice &device) const
{
    if (device.scope.isDay())
        return tr("Every show on %1").arg(QLocale().toString(device.scope.day, QLocale::ShortFormat));
    QStringList shows;
    for (const qint64 id : device.scope.shows)
        shows.append(m_showNames.value(id, tr("show %1").arg(id)));
    return shows.join(u"; "_s);
}

void ScannerDevicesDialog::showDevices(const QList<ScannerDevice> &devices)
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const qint64 selectedId = selected.isEmpty() || selected.constFirst().row() >= m_devices.size()
                                      ? 0
                                      : m_devices.at(selected.constFirst().row()).id;
    m_devices = devices;
    const QSignalBlocker blocker(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(devices.size()));
    const QTimeZone &zone = venueZone();
    for (int row = 0; row < devices.size(); ++row) {
        const ScannerDevice &device = devices.at(row);
        QString state = tr("Active");
        if (device.isRevoked())
            state = tr("Revoked %1").arg(formatVenueDateTime(device.revokedAt, zone));
        else if (!device.isPaired())
            state = tr("Waiting for its phone");
        const QStringList texts{device.name, scopeText(device),
                                device.isPaired() ? formatVenueDateTime(device.pairedAt, zone) : tr("–"),
                                device.lastUsedAt.isValid() ? formatVenueDateTime(device.lastUsedAt, zone) : tr("never"),
                                state};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            if (device.isRevoked())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
        if (device.id == selectedId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ScopeColumn, QHeaderView::Stretch);
    updateButtons();
}

int ScannerDevicesDialog::rowOf(qint64 device) const
{
    for (int row = 0; row < m_devices.size(); ++row) {
        if (m_devices.at(row).id == device)
            return row;
    }
    return -1;
}

void ScannerDevicesDialog::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool revocable = !rows.isEmpty() && rows.constFirst().row() < m_devices.size()
                           && !m_devices.at(rows.constFirst().row()).isRevoked();
    m_revoke->setEnabled(revocable);
}

std::optional<StaffActor> ScannerDevicesDialog::actorOrExplain()
{
    return boxoffice::actorOrExplain(
            m_approval, m_actor, m_message, tr("Whoever opened this window signed out. Open it again as a manager to change scanners."));
}

ScannerPairingDialog *ScannerDevicesDialog::pairDevice()
{
    const std::optional<StaffActor> actor = actorOrExplain();
    if (!actor)
        return nullptr;
    if (m_pairing)
        m_pairing->close();
    m_pairing = new ScannerPairingDialog(m_backend, *actor, m_endpoint, this);
    m_pairing->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pairing, &ScannerPairingDialog::pairingCreated, this, &ScannerDevicesDialog::reload);
    connect(m_pairing, &ScannerPairingDialog::devicePaired, this, &ScannerDevicesDialog::reload);
    // The phone redeems its token while the dialog is open: the list shows it paired afterwards.
    connect(m_pairing, &QDialog::finished, this, &ScannerDevicesDialog::reload);
    m_pairing->open();
    return m_pairing;
}

void ScannerDevicesDialog::revokeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.constFirst().row() >= m_devices.size())
        return;
    const ScannerDevice device = m_devices.at(rows.constFirst().row());
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Revoke scanner"),
                                    tr("Revoke “%1”? It cannot check anybody in from its next scan on; to use the "
                                       "phone again, pair it anew.")
                                            .arg(device.name),
                                    QMessageBox::Cancel, this);
    confirm->setObjectName(u"revokeConfirmation"_s);
    confirm->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::buttonClicked, this, [this, confirm, id = device.id](QAbstractButton *button) {
        if (confirm->buttonRole(button) == QMessageBox::DestructiveRole)
            revoke(id);
    });
    confirm->open();
}

void ScannerDevicesDialog::revoke(qint64 device)
{
    const std::optional<StaffActor> actor = actorOrExplain();
    if (!actor) {
        emit revokeAnswered(false);
        return;
    }
    m_backend.run<ScannerDevice>(
            this,
            [device, actor = *actor, clock = &m_backend.clock()](CoreServices &services) {
                return ScannerDeviceService(services.database, *clock).revoke(device, actor);
            },
            [this](const Result<ScannerDevice> &revoked) {
                if (revoked.ok())
                    showInlineMessage(m_message, false,
                                      tr("“%1” is revoked: its next scan is refused.").arg(revoked->name));
                else
                    showInlineMessage(m_message, true, tr("Nothing was revoked: %1").arg(revoked.error().message));
                reload();
                emit revokeAnswered(revoked.ok());
            });
}

} // namespace boxoffice
