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

} // namespace boxoffice
