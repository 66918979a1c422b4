#include "managersession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
const QString keyHash = u"manager/pinHash"_s;
const QString keySalt = u"manager/pinSalt"_s;
const QString keyIterations = u"manager/pinIterations"_s;
const QString keyAlgorithm = u"manager/pinAlgorithm"_s;
const QString keyFailures = u"manager/failedAttempts"_s;
const QString keyBlockedUntil = u"manager/blockedUntil"_s;
const QString keyRelockSeconds = u"manager/relockSeconds"_s;
const QString keyLastManager = u"manager/lastName"_s;
const QString algorithmName = u"pbkdf2-sha256"_s;
constexpr int saltBytes = 16;
constexpr int keyBytes = 32;

/// Takes as long for a near miss as for a wild guess, so timing tells nothing about the hash.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QByteArray randomSalt()
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), saltBytes / int(sizeof(quint32)));
    return salt;
}

Error refusal(const QString &message)
{
    return Error{ErrorCode::Forbidden, message, {}};
}
} // namespace

ManagerSession::ManagerSession(const Clock &clock, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>()), m_clock(clock)
{
    init();
}

ManagerSession::ManagerSession(const QString &iniFile, const Clock &clock, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)), m_clock(clock)
{
    init();
}

ManagerSession::~ManagerSession()
{
    if (QCoreApplication *application = QCoreApplication::instance())
        application->removeEventFilter(this);
}

void ManagerSession::init()
{
    m_relockTimer.setSingleShot(true);
    connect(&m_relockTimer, &QTimer::timeout, this, &ManagerSession::checkInactivity);
    if (QCoreApplication *application = QCoreApplication::instance())
        application->installEventFilter(this);
}

bool ManagerSession::hasPin() const
{
    return !m_settings->value(keyHash).toByteArray().isEmpty();
}

std::optional<Error> ManagerSession::validateNewPin(const QString &pin) const
{
    if (pin.size() < minPinLength || pin.size() > maxPinLength)
        return Error{ErrorCode::InvalidField,
                     tr("The PIN must have between %1 and %2 characters.").arg(minPinLength).arg(maxPinLength),
                     {}};
    if (pin.trimmed() != pin)
        return Error{ErrorCode::InvalidField, tr("The PIN must not start or end with a space."), {}};
    return std::nullopt;
}

ManagerSession::PinParameters ManagerSession::newPinParameters()
{
    return PinParameters{randomSalt(), pinIterations};
}

std::optional<ManagerSession::PinParameters> ManagerSession::storedPinParameters() const
{
    if (!hasPin())
        return std::nullopt;
    return PinParameters{QByteArray::fromBase64(m_settings->value(keySalt).toString().toLatin1()),
                         m_settings->value(keyIterations, pinIterations).toInt()};
}

QByteArray ManagerSession::derivePinKey(const QString &pin, const PinParameters &parameters)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), parameters.salt,
                                              parameters.iterations, keyBytes);
}

void ManagerSession::storePinKey(const PinParameters &parameters, const QByteArray &key)
{
    m_settings->setValue(keyAlgorithm, algorithmName);
    m_settings->setValue(keyIterations, parameters.iterations);
    m_settings->setValue(keySalt, QString::fromLatin1(parameters.salt.toBase64()));
    m_settings->setValue(keyHash, QString::fromLatin1(key.toBase64()));
    m_settings->sync();
}

Result<bool> ManagerSession::setInitialPin(const QString &pin)
{
    if (hasPin())
        return refusal(tr("A manager PIN is set already. Change it with the current PIN."));
    if (auto invalid = validateNewPin(pin))
        return *invalid;
    const PinParameters parameters = newPinParameters();
    return setInitialPinKey(parameters, derivePinKey(pin, parameters));
}

Result<bool> ManagerSession::setInitialPinKey(const PinParameters &parameters, const QByteArray &key)
{
    if (hasPin())
        return refusal(tr("A manager PIN is set already. Change it with the current PIN."));
    storePinKey(parameters, key);
    return true;
}

Result<bool> ManagerSession::changePin(const QString &currentPin, const QString &newPin)
{
    if (auto refused = refusalBeforeCheck())
        return *refused;
    auto checked = checkKey(derivePinKey(currentPin, *storedPinParameters()));
    if (!checked.ok())
        return checked;
    if (auto invalid = validateNewPin(newPin))
        return *invalid;
    const PinParameters parameters = newPinParameters();
    storePinKey(parameters, derivePinKey(newPin, parameters));
    return true;
}

Result<bool> ManagerSession::changePinWithKeys(const QByteArray &currentKey, const PinParameters &newParameters,
                                               const QByteArray &newKey)
{
    auto checked = checkKey(currentKey);
    if (!checked.ok())
        return checked;
    storePinKey(newParameters, newKey);
    return true;
}

std::chrono::seconds ManagerSession::backoffRemaining() const
{
    const QDateTime until = QDateTime::fromMSecsSinceEpoch(m_settings->value(keyBlockedUntil, 0).toLongLong(), Qt::UTC);
    const qint64 ms = m_clock.now().msecsTo(until);
    // Rounded up: "try again in 0 seconds" would be a lie.
    return std::chrono::seconds(ms > 0 ? (ms + 999) / 1000 : 0);
}

std::optional<Error> ManagerSession::refusalBeforeCheck() const
{
    if (!hasPin())
        return refusal(tr("No manager PIN is set yet."));
    const std::chrono::seconds wait = backoffRemaining();
    if (wait.count() > 0)
        return refusal(tr("Too many wrong PINs. Try again in %n second(s).", nullptr, int(wait.count())));
    return std::nullopt;
}

Result<bool> ManagerSession::checkKey(const QByteArray &key)
{
    if (auto refused = refusalBeforeCheck())
        return *refused;
    const QByteArray stored = QByteArray::fromBase64(m_settings->value(keyHash).toString().toLatin1());
    if (constantTimeEquals(key, stored)) {
        m_settings->remove(keyFailures);
        m_settings->remove(keyBlockedUntil);
        m_settings->sync();
        return true;
    }

    const int failures = m_settings->value(keyFailures, 0).toInt() + 1;
    // 1, 2, 4, 8 ... seconds: a typo costs a moment, guessing a four-digit PIN costs weeks.
    const qint64 delay = std::min<qint64>(qint64(1) << std::min(failures - 1, 20), maxBackoff.count());
    m_settings->setValue(keyFailures, failures);
    m_settings->setValue(keyBlockedUntil, m_clock.now().addSecs(delay).toMSecsSinceEpoch());
    m_settings->sync();
    return refusal(tr("Wrong PIN. Wait %n second(s) before the next try.", nullptr, int(delay)));
}

Result<bool> ManagerSession::unlock(const QString &pin, const QString &manager)
{
    if (manager.simplified().isEmpty())
        return unlockWithKey({}, manager);
    if (auto refused = refusalBeforeCheck())
        return *refused;
    return unlockWithKey(derivePinKey(pin, *storedPinParameters()), manager);
}

Result<bool> ManagerSession::unlockWithKey(const QByteArray &key, const QString &manager)
{
    const QString name = manager.simplified();
    if (name.isEmpty())
        return Error{ErrorCode::InvalidField, tr("Enter the manager's name: the audit log records who acted."), {}};
    auto checked = checkKey(key);
    if (!checked.ok())
        return checked;
    m_manager = name;
    m_settings->setValue(keyLastManager, name);
    m_lastActivity = m_clock.now();
    scheduleRelock();
    emit unlocked(m_manager);
    return true;
}

void ManagerSession::lock()
{
    m_relockTimer.stop();
    if (m_manager.isEmpty())
        return;
    m_manager.clear();
    emit locked();
}

bool ManagerSession::isUnlocked()
{
    checkInactivity();
    return !m_manager.isEmpty();
}

QString ManagerSession::lastManager() const
{
    return m_settings->value(keyLastManager).toString();
}

void ManagerSession::touch()
{
    if (m_manager.isEmpty())
        return;
    const QDateTime now = m_clock.now();
    // Input that comes after the time ran out (before the timer noticed) must not revive the
    // session. The timer is left alone: it looks at the new deadline when it fires.
    if (m_lastActivity.msecsTo(now) >= qint64(relockAfter().count()) * 1000)
        lock();
    else
        m_lastActivity = now;
}

void ManagerSession::checkInactivity()
{
    if (m_manager.isEmpty())
        return;
    const qint64 idleMs = m_lastActivity.msecsTo(m_clock.now());
    const qint64 limitMs = qint64(relockAfter().count()) * 1000;
    if (idleMs >= limitMs) {
        lock();
        return;
    }
    scheduleRelock();
}

void ManagerSession::scheduleRelock()
{
    const qint64 remainingMs = qint64(relockAfter().count()) * 1000 - m_lastActivity.msecsTo(m_clock.now());
    // Activity only moves the deadline later, so the timer checks again when it fires instead of
    // being restarted on every key press.
    m_relockTimer.start(int(std::clamp<qint64>(remainingMs, 0, std::numeric_limits<int>::max())));
}

std::chrono::seconds ManagerSession::relockAfter() const
{
    const qint64 seconds = m_settings->value(keyRelockSeconds, qint64(defaultRelockAfter.count())).toLongLong();
    return std::chrono::seconds(std::max<qint64>(seconds, 1));
}

void ManagerSession::setRelockAfter(std::chrono::seconds after)
{
    m_settings->setValue(keyRelockSeconds, qint64(std::max<qint64>(after.count(), 1)));
    checkInactivity();
}

bool ManagerSession::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace boxoffice
