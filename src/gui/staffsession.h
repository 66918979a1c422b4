#pragma once

#include "clock.h"
#include "staffactor.h"
#include "staffmember.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace boxoffice {

/// Who works at this counter: the staff member signed in (checked by StaffService::signIn in the
/// core worker), or nobody while the counter waits at its sign-in screen.
///
/// A session locks (signs out) after a stretch without keyboard or mouse input anywhere in the
/// application, measured on the injected clock so that tests move time instead of sleeping.
class StaffSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffSession)

public:
    static constexpr std::chrono::seconds defaultLockAfter{5 * 60};

    /// Watches the whole application's input for activity when a QCoreApplication exists.
    explicit StaffSession(const Clock &clock, QObject *parent = nullptr);
    ~StaffSession() override;

    /// Starts the session of `member`, whom StaffService::signIn let in; replaces anyone signed in.
    void signIn(const StaffMember &member);
    /// Takes in a newer state of the signed-in member (renamed, role changed); a member who was
    /// disabled or is somebody else is ignored, except that disabling signs them out.
    void updateMember(const StaffMember &member);
    /// Back to the sign-in screen: switch user, or the inactivity lock.
    void lock();

    /// Also locks on the spot when the inactivity time ran out, so no action slips through before
    /// the lock timer fires.
    bool isSignedIn();
    bool isManager();
    std::optional<StaffMember> member() const { return m_member; }
    /// The signed-in member as the audit log records them; no staff id when nobody is signed in.
    StaffActor actor() const;
    /// The name of the member signed in last, to offer it again at the sign-in screen.
    QString lastName() const { return m_lastName; }

    /// Counts as activity: pushes the lock time back.
    void touch();
    /// Locks if the inactivity time ran out; the lock timer calls it, tests may too.
    void checkInactivity();
    /// Zero: never locks for inactivity.
    std::chrono::seconds lockAfter() const { return m_lockAfter; }
    void setLockAfter(std::chrono::seconds after);

    /// Records keyboard, mouse and touch input of every object of the application as activity.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void signedIn(const boxoffice::StaffMember &member);
    void signedOut();
    /// Anything about who is signed in changed: sign-in, sign-out, the member's name or role.
    void changed();

private:
    bool inactivityExpired() const;
    void scheduleLock();

    const Clock &m_clock;
    std::optional<StaffMember> m_member;
    QString m_lastName;
    std::chrono::seconds m_lockAfter = defaultLockAfter;
    QDateTime m_lastActivity;
    QTimer m_lockTimer;
};

} // namespace boxoffice
