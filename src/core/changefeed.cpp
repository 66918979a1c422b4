#include "changefeed.h"

namespace boxoffice {

ChangeFeed::ChangeFeed(QObject *parent) : QObject(parent) {}

void ChangeFeed::publish(qint64 show, qint64 version)
{
    {
        QMutexLocker lock(&m_mutex);
        qint64 &known = m_versions[show];
        if (version <= known)
            return;
        known = version;
    }
    emit showChanged(show, version);
}

qint64 ChangeFeed::lastVersion(qint64 show) const
{
    QMutexLocker lock(&m_mutex);
    return m_versions.value(show, 0);
}

void ChangeFeed::publishVenueSettings(qint64 revision)
{
    {
        QMutexLocker lock(&m_mutex);
        if (revision <= m_venueSettingsRevision)
            return;
        m_venueSettingsRevision = revision;
    }
    emit venueSettingsChanged(revision);
}

qint64 ChangeFeed::lastVenueSettingsRevision() const
{
    QMutexLocker lock(&m_mutex);
    return m_venueSettingsRevision;
}

} // namespace boxoffice
