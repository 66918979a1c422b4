#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace boxoffice {

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::SettingsDialog), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->pollSpin->setRange(AppSettings::minPollIntervalMs, AppSettings::maxPollIntervalMs);
    m_ui->backupsKeptSpin->setRange(AppSettings::minBackupsKept, AppSettings::maxBackupsKept);
    m_ui->seatsPerAddressSpin->setRange(0, AppSettings::maxSeatsPerAddressLimit);
    m_ui->lockAfterSpin->setRange(0, AppSettings::maxLockAfterMinutes);
    for (const QString &code : AppSettings::languageCodes())
        m_ui->languageCombo->addItem(AppSettings::languageName(code), code);
    m_ui->networkWarning->setStyleSheet(u"QLabel { color: #8a4b00; background: #fff4e0; border: 1px solid #f0c27a;"
                                        " border-radius: 4px; padding: 6px; }"_s);

    connect(m_ui->webEnabledCheck, &QCheckBox::toggled, this, &SettingsDialog::updateNetworkState);
    connect(m_ui->networkRadio, &QRadioButton::toggled, this, &SettingsDialog::updateNetworkState);
    connect(m_ui->bindAddressEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateNetworkState);
    connect(m_ui->backupFolderButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_ui->backupFolderEdit->text());
        if (!folder.isEmpty())
            m_ui->backupFolderEdit->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    load(m_settings.values());
}

SettingsDialog::~SettingsDialog()
{
    delete m_ui;
}

void SettingsDialog::load(const AppSettings::Values &values)
{
    m_ui->webEnabledCheck->setChecked(values.webEnabled);
    const bool network = AppSettings::publishesOnNetwork(values.bindAddress);
    m_ui->networkRadio->setChecked(network);
    m_ui->localOnlyRadio->setChecked(!network);
    m_ui->bindAddressEdit->setText(network ? values.bindAddress.toString() : u"0.0.0.0"_s);
    m_ui->portSpin->setValue(values.port);
    m_ui->pollSpin->setValue(values.pollIntervalMs);
    m_ui->seatsPerAddressSpin->setValue(values.maxSeatsPerAddress);
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(values.language)));
    m_ui->backupFolderEdit->setText(
            QDir::toNativeSeparators(values.backupFolder.isEmpty() ? BackupFolder::defaultPath() : values.backupFolder));
    m_ui->backupsKeptSpin->setValue(values.backupsKept);
    m_ui->lockAfterSpin->setValue(values.lockAfterMinutes);
    updateNetworkState();
}

void SettingsDialog::updateNetworkState()
{
    const bool enabled = m_ui->webEnabledCheck->isChecked();
    const bool network = m_ui->networkRadio->isChecked();
    m_ui->localOnlyRadio->setEnabled(enabled);
    m_ui->networkRadio->setEnabled(enabled);
    m_ui->bindAddressEdit->setEnabled(enabled && network);
    m_ui->portSpin->setEnabled(enabled);
    m_ui->pollSpin->setEnabled(enabled);
    m_ui->seatsPerAddressSpin->setEnabled(enabled);
    m_ui->networkWarning->setVisible(enabled && network);
    const bool addressOk = !network || !QHostAddress(m_ui->bindAddressEdit->text().trimmed()).isNull();
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setEnabled(!enabled || addressOk);
    m_ui->bindAddressEdit->setToolTip(addressOk ? QString() : tr("Enter an IP address such as 0.0.0.0 or 192.168.1.20."));
}

std::optional<AppSettings::Values> SettingsDialog::formValues()
{
    AppSettings::Values values = m_settings.values();
    values.webEnabled = m_ui->webEnabledCheck->isChecked();
    if (m_ui->networkRadio->isChecked()) {
        const QHostAddress address(m_ui->bindAddressEdit->text().trimmed());
        if (address.isNull()) {
            if (values.webEnabled) {
                m_ui->bindAddressEdit->setFocus();
                return std::nullopt;
            }
        } else {
            values.bindAddress = address;
        }
    } else {
        values.bindAddress = QHostAddress(QHostAddress::LocalHost);
    }
    values.port = quint16(m_ui->portSpin->value());
    values.pollIntervalMs = m_ui->pollSpin->value();
    values.maxSeatsPerAddress = m_ui->seatsPerAddressSpin->value();
    values.language = m_ui->languageCombo->currentData().toString();
    const QString folder = QDir::fromNativeSeparators(m_ui->backupFolderEdit->text().trimmed());
    // The default stays unset, so that it follows the data folder if that ever moves.
    values.backupFolder = folder.isEmpty() || folder == BackupFolder::defaultPath() ? QString() : folder;
    values.backupsKept = m_ui->backupsKeptSpin->value();
    values.lockAfterMinutes = m_ui->lockAfterSpin->value();
    return values;
}

void SettingsDialog::accept()
{
    const auto values = formValues();
    if (!values)
        return;
    m_settings.setValues(*values);
    QDialog::accept();
}

} // namespace boxoffice
