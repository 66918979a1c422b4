#include "managerapproval.h"

#include "corebackend.h"
#include "firstmanagerdialog.h"
#include "staffsession.h"
#include "staffsignindialog.h"

#include <QEventLoop>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace boxoffice {

ManagerApproval::ManagerApproval(CoreBackend &backend, StaffSession &session, QObject *parent)
    : QObject(parent), m_backend(backend), m_session(session)
{
    connect(&m_session, &StaffSession::changed, this, &ManagerApproval::changed);
    connect(&m_session, &StaffSession::signedOut, this, &ManagerApproval::signedOut);
}

ManagerApproval::~ManagerApproval() = default;

bool ManagerApproval::isManagerSignedIn() const
{
    return m_session.isManager();
}

std::optional<StaffActor> ManagerApproval::approve(const QString &action, QWidget *parent)
{
    if (m_session.isSignedIn()) {
        const StaffActor signedIn = m_session.actor();
        if (m_session.isManager())
            return signedIn;
        const std::optional<StaffMember> manager =
                askOverride(tr("%1 needs a manager. A manager authorises this one action for %2 with their own "
                               "PIN; the audit log records both names.")
                                    .arg(action, signedIn.name),
                            parent);
        // The cashier may have been locked out while the manager typed.
        if (!manager || !m_session.isSignedIn() || m_session.actor().staffId != signedIn.staffId)
            return std::nullopt;
        return StaffActor{signedIn.staffId, signedIn.name, manager->id, manager->name};
    }

    if (!hasStaffAccounts()) {
        const std::optional<StaffMember> first = askFirstManager(parent);
        if (!first)
            return std::nullopt;
        emit firstManagerCreated(*first);
        return StaffActor{first->id, first->name, 0, {}};
    }
    const std::optional<StaffMember> manager =
            askOverride(tr("%1 needs a manager. Nobody is signed in to this counter: a manager signs in for this "
                           "one action.")
                                .arg(action),
                        parent);
    if (!manager || m_session.isSignedIn())
        return std::nullopt;
    m_loneManager = manager->id;
    return StaffActor{manager->id, manager->name, 0, {}};
}

bool ManagerApproval::stillApproved(const StaffActor &actor) const
{
    if (actor.staffId == 0)
        return false;
    const std::optional<StaffMember> member = m_session.member();
    if (!member)
        return !actor.isOverride() && actor.staffId == m_loneManager;
    if (m_session.isSignedIn() && member->id == actor.staffId)
        return actor.isOverride() || m_session.isManager();
    return false;
}

void ManagerApproval::setOverrideProvider(OverrideProvider provider)
{
    m_overrideProvider = std::move(provider);
}

void ManagerApproval::setFirstManagerProvider(FirstManagerProvider provider)
{
    m_firstManagerProvider = std::move(provider);
}

std::optional<StaffMember> ManagerApproval::askOverride(const QString &explanation, QWidget *parent)
{
    if (m_overrideProvider)
        return m_overrideProvider(explanation, parent);
    StaffSignInDialog dialog(m_backend, StaffSignInDialog::Purpose::ManagerOverride, parent);
    dialog.setExplanation(explanation);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.member();
}

std::optional<StaffMember> ManagerApproval::askFirstManager(QWidget *parent)
{
    if (m_firstManagerProvider)
        return m_firstManagerProvider(parent);
    FirstManagerDialog dialog(m_backend, parent);
    dialog.setExplanation(tr("This database has no staff accounts yet. Manager actions are done by a manager's "
                             "account: create the first one, and the counter is used signed in from now on."));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.manager();
}

bool ManagerApproval::hasStaffAccounts()
{
    // A nested loop, not a wait: the seat map and the worker's answers keep flowing meanwhile.
    QEventLoop loop;
    bool hasAccounts = true;
    QPointer<QEventLoop> waiting(&loop);
    m_backend.run<bool>(
            this,
            [](CoreServices &services) -> Result<bool> {
                auto staff = services.staff.staff();
                if (!staff.ok())
                    return staff.error();
                return !staff.value().isEmpty();
            },
            [&hasAccounts, waiting](const Result<bool> &result) {
                if (!waiting)
                    return;
                hasAccounts = !result.ok() || result.value();
                waiting->quit();
            });
    loop.exec();
    return hasAccounts;
}

} // namespace boxoffice
