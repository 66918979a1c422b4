#pragma once

#include "managersession.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class ManagerUnlockDialog;
}

namespace boxoffice {

/// Asks for the manager's name and PIN, or sets or changes the PIN. The dialog does the work
/// through the session and stays open with a message until it succeeds or is cancelled. The PIN's
/// key is derived on a pool thread, so that the window (and the live seat map) stay responsive.
class ManagerUnlockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerUnlockDialog)

public:
    enum class Mode {
        /// Unlocks; on first use (no PIN yet) sets the PIN and unlocks with it.
        Unlock,
        /// Replaces the PIN after the current one; sets it when there is none yet.
        ChangePin,
    };

    ManagerUnlockDialog(ManagerSession &session, Mode mode, QWidget *parent = nullptr);
    ~ManagerUnlockDialog() override;

    /// True at once when the session is unlocked, else after the dialog unlocked it.
    static bool ensureUnlocked(ManagerSession &session, QWidget *parent);
    /// Opens the change-PIN dialog and waits for it.
    static bool changePin(ManagerSession &session, QWidget *parent);

    /// Whether a PIN is being checked (its key derived) right now.
    bool isChecking() const { return m_checking; }

public slots:
    void accept() override;

private:
    struct DerivedKeys
    {
        QByteArray current;
        QByteArray fresh;
    };

    void setUpFields();
    void updateBackoff();
    void showError(const QString &message);
    void setChecking(bool checking);
    void finishCheck();

    std::unique_ptr<Ui::ManagerUnlockDialog> m_ui;
    ManagerSession &m_session;
    Mode m_mode;
    bool m_settingFirstPin = false;
    QTimer m_backoffTimer;
    bool m_checking = false;
    QFutureWatcher<DerivedKeys> m_derivation;
    /// What the check under way was started with.
    QString m_checkedName;
    std::optional<ManagerSession::PinParameters> m_freshParameters;
};

} // namespace boxoffice
