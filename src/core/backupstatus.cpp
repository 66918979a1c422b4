#include "backupstatus.h"

namespace boxoffice {

BackupStatus::BackupStatus(QObject *parent) : QObject(parent) {}

BackupStatus::State BackupStatus::state() const
{
    const QMutexLocker locker(&m_mutex);
    return m_state;
}

void BackupStatus::setFolder(const QString &folder, const QDateTime &newestBackup)
{
    {
        const QMutexLocker locker(&m_mutex);
        m_state.automatic = true;
        m_state.folder = folder;
        m_state.lastSuccess = newestBackup;
    }
    emit changed();
}

void BackupStatus::recordSuccess(const QDateTime &at)
{
    {
        const QMutexLocker locker(&m_mutex);
        m_state.lastSuccess = at;
        m_state.lastFailure = QDateTime();
        m_state.failureMessage.clear();
    }
    emit changed();
}

void BackupStatus::recordFailure(const QDateTime &at, const QString &message)
{
    {
        const QMutexLocker locker(&m_mutex);
        m_state.lastFailure = at;
        m_state.failureMessage = message;
    }
    emit changed();
}

} // namespace boxoffice
