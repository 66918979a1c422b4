#include "legacymanagerpinsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
const QString keyHash = u"manager/pinHash"_s;
const QString keySalt = u"manager/pinSalt"_s;
const QString keyIterations = u"manager/pinIterations"_s;
const QString keyAlgorithm = u"manager/pinAlgorithm"_s;
const QString keyFailures = u"manager/failedAttempts"_s;
const QString keyBlockedUntil = u"manager/blockedUntil"_s;
const QString keyLastManager = u"manager/lastName"_s;
/// What the counter assumed when a PIN was stored without its count.
constexpr int defaultIterations = 120000;
} // namespace

const QString LegacyManagerPinSettings::defaultManagerName = u"Manager"_s;

LegacyManagerPinSettings::LegacyManagerPinSettings(QSettings &settings) : m_settings(settings) {}

std::optional<LegacyManagerPin> LegacyManagerPinSettings::pin() const
{
    const QByteArray key = QByteArray::fromBase64(m_settings.value(keyHash).toString().toLatin1());
    if (key.isEmpty())
        return std::nullopt;
    return LegacyManagerPin{QByteArray::fromBase64(m_settings.value(keySalt).toString().toLatin1()),
                            m_settings.value(keyIterations, defaultIterations).toInt(), key};
}

QString LegacyManagerPinSettings::managerName() const
{
    const QString name = m_settings.value(keyLastManager).toString().simplified();
    return name.isEmpty() ? defaultManagerName : name;
}

void LegacyManagerPinSettings::remove()
{
    for (const QString &key : {keyHash, keySalt, keyIterations, keyAlgorithm, keyFailures, keyBlockedUntil, keyLastManager})
        m_settings.remove(key);
    m_settings.sync();
}

} // namespace boxoffice
