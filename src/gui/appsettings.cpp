#include "appsettings.h"

#include "backupfolder.h"

#include <QCoreApplication>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
const QString keyWebEnabled = u"web/enabled"_s;
const QString keyBindAddress = u"web/bindAddress"_s;
const QString keyPort = u"web/port"_s;
const QString keyPollInterval = u"web/pollIntervalMs"_s;
const QString keyMaxSeatsPerAddress = u"web/maxSeatsPerAddress"_s;
const QString keyLockAfterMinutes = u"staff/lockAfterMinutes"_s;
const QString keyLanguage = u"ui/language"_s;
const QString keyBackupFolder = u"backups/folder"_s;
const QString keyBackupsKept = u"backups/kept"_s;
const QString keyCounterName = u"shifts/counterName"_s;
} // namespace

AppSettings::AppSettings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::counterName() const
{
    const QString name = m_settings->value(keyCounterName).toString();
    return name.isEmpty() ? QSysInfo::machineHostName() : name;
}

void AppSettings::setCounterName(const QString &name)
{
    m_settings->setValue(keyCounterName, name);
}

AppSettings::Values AppSettings::values() const
{
    const Values defaults;
    Values values;
    values.webEnabled = m_settings->value(keyWebEnabled, defaults.webEnabled).toBool();
    const QHostAddress address(m_settings->value(keyBindAddress, defaults.bindAddress.toString()).toString());
    values.bindAddress = address.isNull() ? defaults.bindAddress : address;
    bool ok = false;
    const int port = m_settings->value(keyPort, defaults.port).toInt(&ok);
    values.port = ok && port >= 0 && port <= 65535 ? quint16(port) : defaults.port;
    values.pollIntervalMs = std::clamp(m_settings->value(keyPollInterval, defaults.pollIntervalMs).toInt(),
                                       minPollIntervalMs, maxPollIntervalMs);
    values.maxSeatsPerAddress = std::clamp(m_settings->value(keyMaxSeatsPerAddress, defaults.maxSeatsPerAddress).toInt(),
                                           0, maxSeatsPerAddressLimit);
    const QString language = m_settings->value(keyLanguage).toString();
    values.language = languageCodes().contains(language) ? language : QString();
    values.backupFolder = m_settings->value(keyBackupFolder).toString();
    values.backupsKept = std::clamp(m_settings->value(keyBackupsKept, defaults.backupsKept).toInt(), minBackupsKept,
                                    maxBackupsKept);
    values.lockAfterMinutes = std::clamp(m_settings->value(keyLockAfterMinutes, defaults.lockAfterMinutes).toInt(), 0,
                                         maxLockAfterMinutes);
    return values;
}

void AppSettings::setValues(const Values &values)
{
    const Values old = this->values();
    m_settings->setValue(keyWebEnabled, values.webEnabled);
    m_settings->setValue(keyBindAddress, values.bindAddress.toString());
    m_settings->setValue(keyPort, int(values.port));
    m_settings->setValue(keyPollInterval, values.pollIntervalMs);
    m_settings->setValue(keyMaxSeatsPerAddress, values.maxSeatsPerAddress);
    m_settings->setValue(keyLanguage, values.language);
    m_settings->setValue(keyBackupFolder, values.backupFolder);
    m_settings->setValue(keyBackupsKept, values.backupsKept);
    m_settings->setValue(keyLockAfterMinutes, values.lockAfterMinutes);
    m_settings->sync();
    const Values stored = this->values();
    if (stored == old)
        return;
    if (stored.webEnabled != old.webEnabled || stored.bindAddress != old.bindAddress || stored.port != old.port
        || stored.pollIntervalMs != old.pollIntervalMs || stored.maxSeatsPerAddress != old.maxSeatsPerAddress)
        emit webEndpointChanged();
    if (stored.language != old.language)
        emit languageChanged(stored.language);
    emit changed();
}

QString AppSettings::backupFolder() const
{
    const QString folder = values().backupFolder;
    return folder.isEmpty() ? BackupFolder::defaultPath() : folder;
}

bool AppSettings::publishesOnNetwork(const QHostAddress &address)
{
    return !address.isLoopback();
}

QStringList AppSettings::languageCodes()
{
    return {QString(), u"en"_s, u"de"_s, u"hi"_s};
}

QString AppSettings::languageName(const QString &code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("boxoffice::AppSettings", "System language");
    // Each language by its own name, so that a cashier finds theirs whatever is shown now.
    if (code == u"en"_s)
        return u"English"_s;
    if (code == u"de"_s)
        return u"Deutsch"_s;
    if (code == u"hi"_s)
        return u"हिन्दी"_s;
    return code;
}

} // namespace boxoffice
