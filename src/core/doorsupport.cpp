#include "doorsupport.h"

#include "clock.h"
#include "database.h"
#include "staffservice.h"
#include "venuesettingsstore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <cstring>

using namespace Qt::StringLiterals;

namespace boxoffice::doorsupport {

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString randomSecret(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    std::memcpy(random.data(), words.constData(), size_t(bytes));
    return QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString secretHash(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<bool> requireManager(Database &database, const Clock &clock, const StaffActor &actor, const QString &refusal)
{
    const Error refused{ErrorCode::Forbidden, refusal, {}};
    const qint64 staffId = actor.isOverride() ? actor.authorisedById : actor.staffId;
    if (staffId == 0)
        return refused;
    auto member = StaffService(database, clock).member(staffId);
    if (!member.ok())
        return member.error().code == ErrorCode::NotFound ? refused : member.error();
    if (!member->isManager() || member->disabled())
        return refused;
    return true;
}

Result<QTimeZone> venueZone(Database &database, const Clock &clock)
{
    auto settings = VenueSettingsStore(database, clock).load();
    if (!settings.ok())
        return settings.error();
    return settings->zone();
}

std::pair<qint64, qint64> dayBounds(const QDate &day, const QTimeZone &zone)
{
    return {QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch(),
            QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch()};
}

} // namespace boxoffice::doorsupport
