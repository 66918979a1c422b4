#include "dailybackup.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
/// Often enough that a failed backup is retried and a new folder is taken up within the hour.
constexpr int checkIntervalMs = 3600 * 1000;
} // namespace

DailyBackup::DailyBackup(const DatabaseConfig &config, FolderSource folder, BackupStatus &status, const Clock &clock)
    : m_config(config), m_folder(std::move(folder)), m_status(status), m_clock(clock), m_nextCheck(this)
{
    m_nextCheck.setSingleShot(true);
    connect(&m_nextCheck, &QTimer::timeout, this, &DailyBackup::takeIfDue);
    connect(&m_status, &BackupStatus::checkRequested, this, &DailyBackup::takeIfDue);
}

void DailyBackup::start()
{
    if (m_config.backend != DatabaseConfig::Backend::Sqlite)
        return;
    const BackupFolder folder = m_folder();
    m_status.setFolder(folder.path(), folder.latest());
    // Not at once: starting must not wait for a copy of the whole database.
    m_nextCheck.start(0);
}

void DailyBackup::takeIfDue()
{
    if (m_config.backend != DatabaseConfig::Backend::Sqlite)
        return;
    const BackupFolder folder = m_folder();
    const QDateTime latest = folder.latest();
    if (m_status.state().folder != folder.path())
        m_status.setFolder(folder.path(), latest);
    const QDateTime now = m_clock.now();
    if (!latest.isValid() || latest.secsTo(now) >= dueAfterSeconds) {
        auto taken = folder.take(m_config.sqlitePath, u"daily"_s, now);
        if (taken.ok()) {
            m_status.recordSuccess(now);
        } else {
            qWarning("The daily backup failed: %s", qPrintable(taken.error().message));
            m_status.recordFailure(now, taken.error().message);
        }
    }
    m_nextCheck.start(checkIntervalMs);
}

} // namespace boxoffice
