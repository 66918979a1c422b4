#pragma once

#include "staffmember.h"
#include "types.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace boxoffice {

class CoreBackend;

/// Asks a staff member's name and PIN or password and checks them with StaffService::signIn in
/// the core worker, so that the GUI thread never waits on the hash.
///
/// Return or OK starts the check; the dialog is accepted once the account let the member in,
/// and otherwise says why in words a cashier understands (wrong PIN, the wait after wrong PINs
/// in seconds, a disabled account). For a manager's override only managers are offered and
/// accepted.
class StaffSignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffSignInDialog)

public:
    enum class Purpose { SignIn, ManagerOverride };

    StaffSignInDialog(CoreBackend &backend, Purpose purpose, QWidget *parent = nullptr);
    ~StaffSignInDialog() override;

    /// Offers this name first (the member who signed in last, or the cashier asking).
    void setName(const QString &name);
    /// Says what the sign-in is for, above the fields (e.g. the manager action to authorise).
    void setExplanation(const QString &text);
    /// The member let in; set once the dialog is accepted.
    std::optional<StaffMember> member() const { return m_member; }
    bool isChecking() const { return m_checking; }

    /// Starts the check instead of closing; the dialog closes when the member is let in.
    void accept() override;

    /// What a refused sign-in means for the cashier.
    static QString describeRefusal(const Error &error, const QString &name, bool disabled);

signals:
    /// A check ended without letting the member in; `message` is what the dialog shows.
    void refused(const QString &message);

private:
    struct Attempt
    {
        std::optional<StaffMember> member;
        std::optional<Error> error;
        /// The account named is disabled (a refusal says so only in its text).
        bool disabled = false;
    };

    void loadNames();
    void setChecking(bool checking);
    void finishAttempt(const Attempt &attempt, const QString &name);
    void showMessage(const QString &text);

    CoreBackend &m_backend;
    Purpose m_purpose;
    QLabel *m_explanation = nullptr;
    QComboBox *m_name = nullptr;
    QLineEdit *m_secret = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<StaffMember> m_member;
    bool m_checking = false;
};

} // namespace boxoffice
