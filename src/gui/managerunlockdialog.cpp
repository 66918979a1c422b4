#include "managerunlockdialog.h"
#include "ui_managerunlockdialog.h"

#include <QPromise>
#include <QPushButton>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
constexpr int backoffRefreshMs = 500;
}

ManagerUnlockDialog::ManagerUnlockDialog(ManagerSession &session, Mode mode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ManagerUnlockDialog>()), m_session(session), m_mode(mode)
{
    m_ui->setupUi(this);
    setUpFields();
    m_backoffTimer.setInterval(backoffRefreshMs);
    connect(&m_backoffTimer, &QTimer::timeout, this, &ManagerUnlockDialog::updateBackoff);
    connect(&m_derivation, &QFutureWatcher<DerivedKeys>::finished, this, &ManagerUnlockDialog::finishCheck);
    updateBackoff();
    setMinimumWidth(380);
    adjustSize();
}

ManagerUnlockDialog::~ManagerUnlockDialog() = default;

void ManagerUnlockDialog::setUpFields()
{
    const bool unlocking = m_mode == Mode::Unlock;
    m_settingFirstPin = !m_session.hasPin();
    const bool askCurrent = !m_settingFirstPin;
    const bool askNew = m_settingFirstPin || m_mode == Mode::ChangePin;

    m_ui->formLayout->setRowVisible(m_ui->nameEdit, unlocking);
    m_ui->formLayout->setRowVisible(m_ui->pinEdit, askCurrent);
    m_ui->formLayout->setRowVisible(m_ui->newPinEdit, askNew);
    m_ui->formLayout->setRowVisible(m_ui->confirmPinEdit, askNew);
    m_ui->pinLabel->setText(m_mode == Mode::ChangePin ? tr("&Current PIN:") : tr("&PIN:"));

    if (m_settingFirstPin) {
        setWindowTitle(tr("Set the manager PIN"));
        m_ui->introLabel->setText(
                tr("No manager PIN is set yet. Choose one with at least %1 characters; it unlocks manager mode "
                   "on this computer from now on.")
                        .arg(ManagerSession::minPinLength));
    } else if (m_mode == Mode::ChangePin) {
        setWindowTitle(tr("Change the manager PIN"));
        m_ui->introLabel->setText(tr("Enter the current PIN, then the new one twice."));
    } else {
        setWindowTitle(tr("Unlock manager mode"));
        m_ui->introLabel->setText(
                tr("Manager actions are recorded with your name. Manager mode locks again after %n minute(s) "
                   "without input.",
                   nullptr, int((m_session.relockAfter().count() + 59) / 60)));
    }
    if (unlocking) {
        m_ui->nameEdit->setText(m_session.lastManager());
        if (m_ui->nameEdit->text().isEmpty())
            m_ui->nameEdit->setFocus();
        else
            (askCurrent ? m_ui->pinEdit : m_ui->newPinEdit)->setFocus();
    } else {
        (askCurrent ? m_ui->pinEdit : m_ui->newPinEdit)->setFocus();
    }
    m_ui->messageLabel->clear();
}

void ManagerUnlockDialog::updateBackoff()
{
    if (m_settingFirstPin)
        return;
    // With a PIN set, the session refuses a try only while the wait after wrong PINs runs; its
    // message counts the seconds down.
    const std::optional<Error> refused = m_session.refusalBeforeCheck();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (refused) {
        ok->setEnabled(false);
        m_ui->messageLabel->setText(refused->message);
        if (!m_backoffTimer.isActive())
            m_backoffTimer.start();
    } else if (!ok->isEnabled()) {
        ok->setEnabled(true);
        m_ui->messageLabel->clear();
        m_backoffTimer.stop();
    }
}

void ManagerUnlockDialog::showError(const QString &message)
{
    m_ui->messageLabel->setText(message);
    updateBackoff();
}

void ManagerUnlockDialog::accept()
{
    if (m_checking)
        return;
    const QString name = m_ui->nameEdit->text();
    const QString pin = m_ui->pinEdit->text();
    const QString newPin = m_ui->newPinEdit->text();
    const bool askNew = m_settingFirstPin || m_mode == Mode::ChangePin;
    if (askNew && newPin != m_ui->confirmPinEdit->text()) {
        m_ui->confirmPinEdit->clear();
        m_ui->confirmPinEdit->setFocus();
        showError(tr("The two new PINs differ. Type the new PIN again."));
        return;
    }
    if (m_mode == Mode::Unlock && name.simplified().isEmpty()) {
        m_ui->nameEdit->setFocus();
        showError(tr("Enter the manager's name: the audit log records who acted."));
        return;
    }

    // Refused at once what would be refused after the wait for the keys.
    if (!m_settingFirstPin) {
        if (auto refused = m_session.refusalBeforeCheck()) {
            m_ui->pinEdit->clear();
            showError(refused->message);
            return;
        }
    }
    if (askNew) {
        if (auto invalid = m_session.validateNewPin(newPin)) {
            m_ui->newPinEdit->setFocus();
            showError(invalid->message);
            return;
        }
    }

    const std::optional<ManagerSession::PinParameters> stored =
            m_settingFirstPin ? std::nullopt : m_session.storedPinParameters();
    m_freshParameters = askNew ? std::optional(ManagerSession::newPinParameters()) : std::nullopt;
    m_checkedName = name;
    setChecking(true);
    auto promise = std::make_shared<QPromise<DerivedKeys>>();
    m_derivation.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, pin, newPin, stored, fresh = m_freshParameters] {
        DerivedKeys keys;
        if (stored)
            keys.current = ManagerSession::derivePinKey(pin, *stored);
        if (fresh)
            keys.fresh = ManagerSession::derivePinKey(newPin, *fresh);
        promise->addResult(keys);
        promise->finish();
    });
}

void ManagerUnlockDialog::setChecking(bool checking)
{
    m_checking = checking;
    for (QWidget *field : {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->pinEdit),
                           static_cast<QWidget *>(m_ui->newPinEdit), static_cast<QWidget *>(m_ui->confirmPinEdit)})
        field->setEnabled(!checking);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!checking);
    if (checking) {
        setCursor(Qt::BusyCursor);
        m_ui->messageLabel->setText(tr("Checking the PIN…"));
    } else {
        unsetCursor();
        m_ui->messageLabel->clear();
    }
}

void ManagerUnlockDialog::finishCheck()
{
    setChecking(false);
    // Cancelled while the keys were derived: nothing is done with them.
    if (!isVisible())
        return;
    const DerivedKeys keys = m_derivation.result();
    Result<bool> done = true;
    if (m_settingFirstPin) {
        done = m_session.setInitialPinKey(*m_freshParameters, keys.fresh);
        if (done.ok() && m_mode == Mode::Unlock)
            done = m_session.unlockWithKey(keys.fresh, m_checkedName);
    } else if (m_mode == Mode::ChangePin) {
        done = m_session.changePinWithKeys(keys.current, *m_freshParameters, keys.fresh);
    } else {
        done = m_session.unlockWithKey(keys.current, m_checkedName);
    }

    if (!done.ok()) {
        m_ui->pinEdit->clear();
        (m_settingFirstPin ? m_ui->newPinEdit : m_ui->pinEdit)->setFocus();
        showError(done.error().message);
        return;
    }
    QDialog::accept();
}

bool ManagerUnlockDialog::ensureUnlocked(ManagerSession &session, QWidget *parent)
{
    if (session.isUnlocked())
        return true;
    ManagerUnlockDialog dialog(session, Mode::Unlock, parent);
    return dialog.exec() == QDialog::Accepted && session.isUnlocked();
}

bool ManagerUnlockDialog::changePin(ManagerSession &session, QWidget *parent)
{
    ManagerUnlockDialog dialog(session, Mode::ChangePin, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace boxoffice
