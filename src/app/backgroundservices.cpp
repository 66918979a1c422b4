#include "backgroundservices.h"

#include "databasewatcher.h"
#include "holdexpiryscheduler.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

BackgroundServices::BackgroundServices(const DatabaseConfig &config, ChangeFeed &feed, const Clock &clock,
                                       DailyBackup::FolderSource backupFolder, BackupStatus &backupStatus)
    : m_watcher(new DatabaseWatcher(config, feed)),
      m_expiry(new HoldExpiryScheduler(config, feed, clock)),
      m_backup(new DailyBackup(config, std::move(backupFolder), backupStatus, clock))
{
    m_thread.setObjectName(u"boxoffice-background"_s);
    m_watcher->moveToThread(&m_thread);
    m_expiry->moveToThread(&m_thread);
    m_backup->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_watcher, &QObject::deleteLater);
    QObject::connect(&m_thread, &QThread::finished, m_expiry, &QObject::deleteLater);
    QObject::connect(&m_thread, &QThread::finished, m_backup, &QObject::deleteLater);
    QObject::connect(m_expiry, &HoldExpiryScheduler::failed, m_expiry,
                     [](const QString &message) { qWarning("Releasing lapsed holds failed: %s", qPrintable(message)); });
    m_thread.start();
}

BackgroundServices::~BackgroundServices()
{
    m_thread.quit();
    m_thread.wait();
}

Result<bool> BackgroundServices::start()
{
    Result<bool> watching = true;
    Result<bool> expiring = true;
    QMetaObject::invokeMethod(m_watcher, [&] { watching = m_watcher->start(); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_expiry, [&] { expiring = m_expiry->start(); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_backup, &DailyBackup::start, Qt::BlockingQueuedConnection);
    if (!watching.ok())
        return watching;
    return expiring;
}

} // namespace boxoffice
