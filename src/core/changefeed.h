#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>

namespace boxoffice {

/// Tells listeners in any thread "show S is now at version V", and "the venue's settings are now
/// at revision R" (VenueSettingsStore), and "the venue's ticket types are now at revision R" (VenueService).
///
/// Writers publish after their transaction committed; the database watcher publishes what other
/// processes committed. A version is announced once, however many sources saw it.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    explicit ChangeFeed(QObject *parent = nullptr);

    /// Thread-safe. Emits showChanged() unless `version` is not newer than the last one announced.
    void publish(qint64 show, qint64 version);
    /// The newest version announced for a show, 0 if none.
    qint64 lastVersion(qint64 show) const;
    /// Thread-safe. Emits venueSettingsChanged() unless `revision` is not newer than the last one.
    void publishVenueSettings(qint64 revision);
    qint64 lastVenueSettingsRevision() const;
    /// Thread-safe. Emits ticketTypesChanged() unless `revision` is not newer than the last one.
    void publishTicketTypes(qint64 revision);
    qint64 lastTicketTypesRevision() const;

signals:
    void showChanged(qint64 show, qint64 version);
    /// Readers load the settings again; the revision only orders the announcements.
    void venueSettingsChanged(qint64 revision);
    /// Readers load the ticket types again (VenueService::ticketTypes()).
    void ticketTypesChanged(qint64 revision);

private:
    /// Under the mutex: moves `known` on to `revision` if that is newer, and says whether it did.
    bool advance(qint64 &known, qint64 revision);
    qint64 read(const qint64 &known) const;

    mutable QMutex m_mutex;
    QHash<qint64, qint64> m_versions;
    qint64 m_venueSettingsRevision = 0;
    qint64 m_ticketTypesRevision = 0;
};

} // namespace boxoffice
