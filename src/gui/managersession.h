#pragma once

#include "clock.h"
#include "types.h"

#include <QDateTime>
#include <QObject>
#include <QSettings>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace boxoffice {

/// Manager mode: who is unlocked, until when, and the PIN that unlocks it.
///
/// The PIN is kept in QSettings only as a salted PBKDF2-SHA256 hash. Wrong PINs cost a growing
/// wait (kept across restarts) so that a short PIN cannot be tried through quickly. An unlocked
/// session locks again after a stretch without keyboard or mouse input anywhere in the
/// application, measured on the injected clock so that tests move time instead of sleeping.
class ManagerSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerSession)

public:
    static constexpr int pinIterations = 120000;
    static constexpr int minPinLength = 4;
    static constexpr int maxPinLength = 32;
    static constexpr std::chrono::seconds defaultRelockAfter{5 * 60};
    /// The longest wait after wrong PINs.
    static constexpr std::chrono::seconds maxBackoff{5 * 60};

    /// Uses the user's settings of this application. Watches the whole application's input for
    /// activity when a QCoreApplication exists.
    explicit ManagerSession(const Clock &clock, QObject *parent = nullptr);
    /// Keeps the PIN in an INI file, for tests and portable installs.
    ManagerSession(const QString &iniFile, const Clock &clock, QObject *parent = nullptr);
    ~ManagerSession() override;

    /// How a PIN becomes the key that is kept: PBKDF2-SHA256 with this salt and iteration count.
    struct PinParameters
    {
        QByteArray salt;
        int iterations = pinIterations;
    };

    bool hasPin() const;
    /// Sets the first PIN; refused once a PIN exists (use changePin()).
    Result<bool> setInitialPin(const QString &pin);
    /// Replaces the PIN after checking the current one (which counts as an attempt).
    Result<bool> changePin(const QString &currentPin, const QString &newPin);
    /// Unlocks for `manager` (the name the audit log records) if `pin` is right and no wait after
    /// wrong PINs is running.
    Result<bool> unlock(const QString &pin, const QString &manager);
    void lock();

    // The three above in two steps, so that a window can derive the keys on another thread:
    // deriving takes a noticeable moment by design.
    /// The parameters the stored PIN was derived with; nullopt when no PIN is set.
    std::optional<PinParameters> storedPinParameters() const;
    /// Parameters with a fresh random salt, for a new PIN.
    static PinParameters newPinParameters();
    /// The key of `pin`; slow (about 0.4 s), safe on any thread.
    static QByteArray derivePinKey(const QString &pin, const PinParameters &parameters);
    /// Why no PIN can be tried now (none set, or the wait after wrong PINs); nullopt if one can.
    std::optional<Error> refusalBeforeCheck() const;
    /// Why `pin` cannot become the PIN; nullopt if it can.
    std::optional<Error> validateNewPin(const QString &pin) const;
    Result<bool> setInitialPinKey(const PinParameters &parameters, const QByteArray &key);
    Result<bool> changePinWithKeys(const QByteArray &currentKey, const PinParameters &newParameters,
                                   const QByteArray &newKey);
    Result<bool> unlockWithKey(const QByteArray &key, const QString &manager);

    /// Also locks on the spot when the inactivity time ran out, so no action slips through before
    /// the relock timer fires.
    bool isUnlocked();
    /// The unlocked manager's name, empty when locked.
    QString manager() const { return m_manager; }
    /// The name last used to unlock, to offer it again.
    QString lastManager() const;

    /// Counts as activity: pushes the relock time back.
    void touch();
    /// Locks if the inactivity time ran out; the relock timer calls it, tests may too.
    void checkInactivity();
    std::chrono::seconds relockAfter() const;
    void setRelockAfter(std::chrono::seconds after);
    /// How long until another PIN may be tried; zero when one may be tried now.
    std::chrono::seconds backoffRemaining() const;

    /// Records keyboard, mouse and touch input of every object of the application as activity.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void unlocked(const QString &manager);
    void locked();

private:
    void init();
    Result<bool> checkKey(const QByteArray &key);
    void storePinKey(const PinParameters &parameters, const QByteArray &key);
    void scheduleRelock();

    std::unique_ptr<QSettings> m_settings;
    const Clock &m_clock;
    QString m_manager;
    QDateTime m_lastActivity;
    QTimer m_relockTimer;
};

} // namespace boxoffice
