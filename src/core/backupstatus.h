#pragma once

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QString>

namespace boxoffice {

/// How the automatic backups are going, written by the thread that takes them and read by the
/// windows that show it; safe to use from any thread.
class BackupStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupStatus)

public:
    struct State
    {
        /// Whether this database is backed up automatically (PostgreSQL is backed up by pg_dump).
        bool automatic = false;
        QString folder;
        /// When the newest backup was taken; invalid when there is none.
        QDateTime lastSuccess;
        /// When the last attempt failed and why; invalid when the last attempt succeeded.
        QDateTime lastFailure;
        QString failureMessage;
    };

    explicit BackupStatus(QObject *parent = nullptr);

    State state() const;
    void setFolder(const QString &folder, const QDateTime &newestBackup);
    void recordSuccess(const QDateTime &at);
    void recordFailure(const QDateTime &at, const QString &message);
    /// Asks whoever takes the backups to look at the settings again (a new folder gets one at once).
    void requestCheck() { emit checkRequested(); }

signals:
    /// Emitted in the thread that changed the state.
    void changed();
    void checkRequested();

private:
    mutable QMutex m_mutex;
    State m_state;
};

} // namespace boxoffice
