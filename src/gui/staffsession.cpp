#include "staffsession.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <limits>

namespace boxoffice {

StaffSession::StaffSession(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_lockTimer.setSingleShot(true);
    connect(&m_lockTimer, &QTimer::timeout, this, &StaffSession::checkInactivity);
    if (QCoreApplication *application = QCoreApplication::instance())
        application->installEventFilter(this);
}

StaffSession::~StaffSession()
{
    if (QCoreApplication *application = QCoreApplication::instance())
        application->removeEventFilter(this);
}

void StaffSession::signIn(const StaffMember &member)
{
    m_member = member;
    m_lastName = member.name;
    m_lastActivity = m_clock.now();
    scheduleLock();
    emit signedIn(member);
    emit changed();
}

void StaffSession::updateMember(const StaffMember &member)
{
    if (!m_member || m_member->id != member.id)
        return;
    if (member.disabled()) {
        lock();
        return;
    }
    m_member = member;
    m_lastName = member.name;
    emit changed();
}

void StaffSession::lock()
{
    m_lockTimer.stop();
    if (!m_member)
        return;
    m_member.reset();
    emit signedOut();
    emit changed();
}

bool StaffSession::isSignedIn()
{
    checkInactivity();
    return m_member.has_value();
}

bool StaffSession::isManager()
{
    return isSignedIn() && m_member->isManager();
}

StaffActor StaffSession::actor() const
{
    if (!m_member)
        return {};
    return StaffActor{m_member->id, m_member->name, 0, {}};
}

bool StaffSession::inactivityExpired() const
{
    return m_lockAfter.count() > 0 && m_lastActivity.msecsTo(m_clock.now()) >= qint64(m_lockAfter.count()) * 1000;
}

void StaffSession::touch()
{
    if (!m_member)
        return;
    // Input that comes after the time ran out (before the timer noticed) must not revive the
    // session. The timer is left alone: it looks at the new deadline when it fires.
    if (inactivityExpired())
        lock();
    else
        m_lastActivity = m_clock.now();
}

void StaffSession::checkInactivity()
{
    if (!m_member)
        return;
    if (inactivityExpired()) {
        lock();
        return;
    }
    scheduleLock();
}

void StaffSession::scheduleLock()
{
    if (m_lockAfter.count() == 0) {
        m_lockTimer.stop();
        return;
    }
    const qint64 remainingMs = qint64(m_lockAfter.count()) * 1000 - m_lastActivity.msecsTo(m_clock.now());
    // Activity only moves the deadline later, so the timer checks again when it fires instead of
    // being restarted on every key press.
    m_lockTimer.start(int(std::clamp<qint64>(remainingMs, 0, std::numeric_limits<int>::max())));
}

void StaffSession::setLockAfter(std::chrono::seconds after)
{
    m_lockAfter = std::max(after, std::chrono::seconds(0));
    checkInactivity();
}

bool StaffSession::eventFilter(QObject *watched, QEvent *event)
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
