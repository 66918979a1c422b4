#pragma once

#include "staffactor.h"
#include "staffmember.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace boxoffice {

class CoreBackend;
class StaffSession;

/// Answers "may a manager action happen now, and as whom" for every window of a counter.
///
/// A signed-in manager acts as themselves. For a signed-in cashier a manager authorises the one
/// action with their own PIN (an override): the cashier acts, the manager is recorded as the one
/// who authorised it, and nothing stays unlocked afterwards. A counter used without sign-in (its
/// database has no staff accounts yet) is offered the first manager account, and then works
/// signed in as that manager. The PINs are checked in the core worker by the dialogs, never on
/// the GUI thread; the prompts are replaceable so that tests never wait on a modal dialog.
class ManagerApproval final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerApproval)

public:
    /// Asks a manager to authorise the action `explanation` describes; the manager, or nullopt
    /// when cancelled.
    using OverrideProvider = std::function<std::optional<StaffMember>(const QString &explanation, QWidget *parent)>;
    /// Offers to create the first manager account; the account, or nullopt when none was made.
    using FirstManagerProvider = std::function<std::optional<StaffMember>(QWidget *parent)>;

    ManagerApproval(CoreBackend &backend, StaffSession &session, QObject *parent = nullptr);
    ~ManagerApproval() override;

    StaffSession &staffSession() const { return m_session; }
    /// A manager is signed in: manager actions need no override.
    bool isManagerSignedIn() const;

    /// Who does the manager action `action` (what the prompt names) now: the signed-in manager,
    /// the signed-in cashier with the manager who authorised it, or a manager who signs in for it
    /// at a counter nobody is signed in to. Nullopt when nobody authorised it.
    std::optional<StaffActor> approve(const QString &action, QWidget *parent);
    /// Whether `actor`, approved earlier, may still act: a signed-in manager must still be signed
    /// in; an override stands for its action as long as the cashier who asked is signed in.
    bool stillApproved(const StaffActor &actor) const;

    void setOverrideProvider(OverrideProvider provider);
    void setFirstManagerProvider(FirstManagerProvider provider);

signals:
    /// Whoever was signed in changed (sign-in, sign-out, role).
    void changed();
    /// The member signed out (switch user, inactivity lock): what was opened under them closes.
    void signedOut();
    /// The first manager account was made here; the counter signs in as them.
    void firstManagerCreated(const boxoffice::StaffMember &manager);

private:
    std::optional<StaffMember> askOverride(const QString &explanation, QWidget *parent);
    std::optional<StaffMember> askFirstManager(QWidget *parent);
    /// Whether the database has staff accounts; read in the worker while events keep flowing.
    bool hasStaffAccounts();

    CoreBackend &m_backend;
    StaffSession &m_session;
    OverrideProvider m_overrideProvider;
    FirstManagerProvider m_firstManagerProvider;
    /// The manager who last signed in for one action while nobody was signed in.
    qint64 m_loneManager = 0;
};

} // namespace boxoffice
