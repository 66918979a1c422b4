#include "scannerpairingdialog.h"

#include "corebackend.h"
#include "displaynames.h"
#include "inlinemessage.h"
#include "qrcodewidget.h"
#include "scannerdeviceservice.h"
#include "venuetime.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

ScannerPairingDialog::ScannerPairingDialog(CoreBackend &backend, const StaffActor &actor,
                                           const ScannerEndpoint &endpoint, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_actor(actor), m_endpoint(endpoint)
{
    setObjectName(u"scannerPairingDialog"_s);
    setWindowTitle(tr("Pair a scanner"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"scannerName"_s);
    m_name->setMaxLength(ScannerDeviceService::maxNameLength);
    m_name->setPlaceholderText(tr("e.g. Door A, Anna's phone"));
    m_dayScope = new QRadioButton(tr("Every show of one &day:"), this);
    m_dayScope->setObjectName(u"scannerDayScope"_s);
    m_dayScope->setChecked(true);
    m_day = new QDateEdit(venueDate(m_backend.clock().now()), this);
    m_day->setObjectName(u"scannerDay"_s);
    m_day->setCalendarPopup(true);
    m_showsScope = new QRadioButton(tr("C&hosen shows:"), this);
    m_showsScope->setObjectName(u"scannerShowsScope"_s);
    auto *scopes = new QButtonGroup(this);
    scopes->addButton(m_dayScope);
    scopes->addButton(m_showsScope);
    m_shows = new QListWidget(this);
    m_shows->setObjectName(u"scannerShows"_s);
    m_create = new QPushButton(tr("&Create pairing"), this);
    m_create->setObjectName(u"createPairingButton"_s);
    m_create->setDefault(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"pairingMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_result = new QWidget(this);
    m_qrCode = new QrCodeWidget(m_result);
    m_qrCode->setObjectName(u"pairingQrCode"_s);
    m_url = new QLabel(m_result);
    m_url->setObjectName(u"pairingUrl"_s);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_url->setWordWrap(true);
    m_url->setAlignment(Qt::AlignCenter);
    m_expiry = new QLabel(m_result);
    m_expiry->setObjectName(u"pairingExpiry"_s);
    m_expiry->setWordWrap(true);
    m_expiry->setAlignment(Qt::AlignCenter);
    auto *resultLayout = new QVBoxLayout(m_result);
    resultLayout->setContentsMargins({});
    resultLayout->addWidget(new QLabel(tr("Open the phone's camera and scan this code, or type the address "
                                          "into its browser:"),
                                       m_result));
    resultLayout->addWidget(m_qrCode, 1);
    resultLayout->addWidget(m_url);
    resultLayout->addWidget(m_expiry);
    m_result->hide();
    m_pairedCheck = new QTimer(this);
    m_pairedCheck->setInterval(pairedCheckIntervalMs);
    connect(m_pairedCheck, &QTimer::timeout, this, &ScannerPairingDialog::checkPaired);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_dayScope, m_day);
    form->addRow(m_showsScope);
    form->addRow(m_shows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &ScannerPairingDialog::createPairing);
    connect(m_name, &QLineEdit::textChanged, this, &ScannerPairingDialog::updateEnabled);
    connect(m_dayScope, &QRadioButton::toggled, this, &ScannerPairingDialog::updateEnabled);
    connect(m_shows, &QListWidget::itemChanged, this, &ScannerPairingDialog::updateEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    resize(460, 560);

    if (const QString why = unreachableExplanation(); !why.isEmpty())
        showInlineMessage(m_message, true, why);
    updateEnabled();

    const QDate from = venueDate(m_backend.clock().now());
    m_backend.run<QList<Show>>(
            this,
            [from, zone = venueZone()](CoreServices &services) {
                return services.catalog.shows(from.startOfDay(zone), from.addDays(showDays).startOfDay(zone),
                                              Channel::Counter);
            },
            [this](const Result<QList<Show>> &shows) {
                if (shows.ok())
                    showShows(shows.value());
                else
                    refuse(tr("The shows could not be read: %1").arg(shows.error().message));
                emit loaded();
            });
}

QString ScannerPairingDialog::unreachableExplanation() const
{
    switch (m_endpoint.reach()) {
    case ScannerEndpoint::Reach::Reachable:
        return {};
    case ScannerEndpoint::Reach::Off:
        return tr("Online booking is off, so no phone can reach the scanner page. Switch it on under File → "
                  "Settings with the address 0.0.0.0 (all networks), or start the program with --bind 0.0.0.0, "
                  "then pair the scanner.");
    case ScannerEndpoint::Reach::LoopbackOnly:
        return tr("The web endpoint listens on this computer only (port %1), so no phone can reach the scanner "
                  "page. Set its address to 0.0.0.0 (all networks) under File → Settings, or start the program "
                  "with --bind 0.0.0.0, then pair the scanner.")
                .arg(m_endpoint.port());
    case ScannerEndpoint::Reach::NoNetworkAddress:
        return tr("This computer has no network address a phone could reach. Connect it to the venue's network "
                  "(the same one as the phones), then open this dialog again.");
    }
    return {};
}

void ScannerPairingDialog::showShows(const QList<Show> &shows)
{
    const QSignalBlocker blocker(m_shows);
    m_shows->clear();
    for (const Show &show : shows) {
        auto *item = new QListWidgetItem(
                tr("%1 — %2, %3").arg(formatVenueDateTime(show.startsAt, venueZone()), show.title, show.hallName),
                m_shows);
        item->setData(Qt::UserRole, show.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    updateEnabled();
}

void ScannerPairingDialog::updateEnabled()
{
    m_day->setEnabled(m_dayScope->isChecked());
    m_shows->setEnabled(m_showsScope->isChecked());
    bool anyShow = false;
    for (int row = 0; row < m_shows->count(); ++row)
        anyShow = anyShow || m_shows->item(row)->checkState() == Qt::Checked;
    m_create->setEnabled(!m_busy && m_endpoint.isReachable() && !m_name->text().trimmed().isEmpty()
                         && (m_dayScope->isChecked() || anyShow));
}

void ScannerPairingDialog::refuse(const QString &message)
{
    showInlineMessage(m_message, true, message);
    emit refused(message);
}

void ScannerPairingDialog::createPairing()
{
    if (!m_endpoint.isReachable()) {
        refuse(unreachableExplanation());
        return;
    }
    ScannerScope scope;
    if (m_dayScope->isChecked()) {
        scope.day = m_day->date();
    } else {
        for (int row = 0; row < m_shows->count(); ++row) {
            if (m_shows->item(row)->checkState() == Qt::Checked)
                scope.shows.append(m_shows->item(row)->data(Qt::UserRole).toLongLong());
        }
    }
    m_busy = true;
    updateEnabled();
    m_backend.run<ScannerPairing>(
            this,
            [name = m_name->text().trimmed(), scope, actor = m_actor,
             clock = &m_backend.clock()](CoreServices &services) {
                return ScannerDeviceService(services.database, *clock).createPairing(name, scope, actor);
            },
            [this](const Result<ScannerPairing> &pairing) {
                m_busy = false;
                updateEnabled();
                if (!pairing.ok()) {
                    refuse(tr("No pairing was made: %1").arg(pairing.error().message));
                    return;
                }
                showPairing(pairing.value());
                emit pairingCreated(pairing.value());
            });
}

void ScannerPairingDialog::showPairing(const ScannerPairing &pairing)
{
    const QString url = m_endpoint.pairingUrl(pairing.token).toString(QUrl::FullyEncoded);
    if (!m_qrCode->setText(url)) {
        refuse(tr("The pairing address does not fit a QR code; type it into the phone instead."));
    } else {
        showInlineMessage(m_message, false, tr("Scanner “%1” is waiting for its phone.").arg(pairing.device.name));
    }
    m_url->setText(url);
    const QString until = formatTime(pairing.expiresAt);
    m_expiry->setText(tr("Works once, until %1 (%n minute(s)). Pair again if it runs out.", nullptr,
                         int(ScannerDeviceService::pairingValidity.count()))
                              .arg(until));
    m_result->show();
    m_device = pairing.device.id;
    m_pairedCheck->start();
}

void ScannerPairingDialog::checkPaired()
{
    m_backend.run<ScannerDevice>(
            this,
            [device = m_device, clock = &m_backend.clock()](CoreServices &services) {
                return ScannerDeviceService(services.database, *clock).device(device);
            },
            [this](const Result<ScannerDevice> &device) {
                if (!device.ok() || device->id != m_device || !device->isPaired() || !m_pairedCheck->isActive())
                    return;
                m_pairedCheck->stop();
                m_result->hide();
                showInlineMessage(m_message, false,
                                  tr("“%1” is paired and ready to scan. You can close this window.").arg(device->name));
                emit devicePaired(device.value());
            });
}

} // namespace boxoffice
