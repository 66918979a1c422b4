#pragma once

#include "changefeed.h"
#include "databaseconfig.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace boxoffice {

class Database;
class ShowCatalog;

/// Notices changes that another process committed to the same database and announces them on
/// the change feed: SQLite's `PRAGMA data_version` on a short timer, PostgreSQL notifications.
/// Lives in the thread that calls start().
class DatabaseWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWatcher)

public:
    DatabaseWatcher(DatabaseConfig config, ChangeFeed &feed, QObject *parent = nullptr);
    ~DatabaseWatcher() override;

    /// Opens the watcher's own connection and starts checking every `intervalMs`.
    Result<bool> start(int intervalMs = 100);
    /// Checks once now; returns how many shows had moved on.
    int checkNow();

private:
    DatabaseConfig m_config;
    ChangeFeed &m_feed;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ShowCatalog> m_catalog;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
};

} // namespace boxoffice
