#include "venuesettingsstore.h"

#include "audittrail.h"
#include "clock.h"
#include "database.h"
#include "settingsrevision.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
const QString keyName = u"venue.name"_s;
const QString keyCurrency = u"venue.currency"_s;
const QString keyTimeZone = u"venue.time_zone"_s;
const QString keyHoldSeconds = u"venue.hold_seconds"_s;
const QString keyWebLanguages = u"venue.web_languages"_s;
const QString keyPayByMinutesBeforeShow = u"venue.pay_by_minutes_before_show"_s;
const QString keyPayWithinHours = u"venue.pay_within_hours"_s;
const QString keyRevision = u"venue.revision"_s;

/// The settings as stored, one text per key.
QHash<QString, QString> stored(const VenueSettings &settings)
{
    return {{keyName, settings.name},
            {keyCurrency, settings.currency.code()},
            {keyTimeZone, QString::fromUtf8(settings.timeZone)},
            {keyHoldSeconds, QString::number(settings.holdSeconds)},
            {keyWebLanguages, settings.webLanguages.join(u',')},
            {keyPayByMinutesBeforeShow, QString::number(settings.payByMinutesBeforeShow)},
            {keyPayWithinHours, QString::number(settings.payWithinHours)}};
}

/// "currency: EUR → GBP; hold_seconds: 600 → 900" for the audit log.
QString describeChanges(const VenueSettings &before, const VenueSettings &after)
{
    const QHash<QString, QString> old = stored(before);
    const QHash<QString, QString> now = stored(after);
    QStringList changes;
    for (const QString &key : {keyName, keyCurrency, keyTimeZone, keyHoldSeconds, keyWebLanguages,
                               keyPayByMinutesBeforeShow, keyPayWithinHours}) {
        if (old.value(key) != now.value(key))
            changes.append(u"%1: %2 → %3"_s.arg(key.mid(6), old.value(key), now.value(key)));
    }
    return changes.isEmpty() ? u"unchanged"_s : changes.join(u"; "_s);
}
} // namespace

VenueSettingsStore::VenueSettingsStore(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{
}

Result<QHash<QString, QString>> VenueSettingsStore::values() const
{
    auto query = m_database.run(u"SELECT key, value FROM settings WHERE key LIKE 'venue.%'"_s);
    if (!query.ok())
        return query.error();
    QHash<QString, QString> values;
    while (query.value().next())
        values.insert(query.value().value(0).toString(), query.value().value(1).toString());
    return values;
}

Result<VenueSettings> VenueSettingsStore::load() const
{
    auto read = values();
    if (!read.ok())
        return read.error();
    const QHash<QString, QString> &values = read.value();
    // Each field on its own: one unreadable value must not cost the others.
    VenueSettings settings;
    VenueSettings candidate = settings;
    candidate.name = values.value(keyName, settings.name);
    if (auto currency = Currency::fromCode(values.value(keyCurrency, settings.currency.code())); currency.ok())
        candidate.currency = currency.value();
    candidate.timeZone = values.value(keyTimeZone, QString::fromUtf8(settings.timeZone)).toUtf8();
    const auto readNumber = [&](const QString &key, int &field) {
        bool numeric = false;
        const int number = values.value(key).toInt(&numeric);
        if (numeric)
            field = number;
    };
    readNumber(keyHoldSeconds, candidate.holdSeconds);
    readNumber(keyPayByMinutesBeforeShow, candidate.payByMinutesBeforeShow);
    readNumber(keyPayWithinHours, candidate.payWithinHours);
    if (values.contains(keyWebLanguages))
        candidate.webLanguages = values.value(keyWebLanguages).split(u',', Qt::SkipEmptyParts);

    const auto keepIfValid = [&](auto VenueSettings::*field) {
        VenueSettings trial = settings;
        trial.*field = candidate.*field;
        if (trial.validate().ok())
            settings.*field = candidate.*field;
    };
    keepIfValid(&VenueSettings::name);
    keepIfValid(&VenueSettings::currency);
    keepIfValid(&VenueSettings::timeZone);
    keepIfValid(&VenueSettings::holdSeconds);
    keepIfValid(&VenueSettings::webLanguages);
    keepIfValid(&VenueSettings::payByMinutesBeforeShow);
    keepIfValid(&VenueSettings::payWithinHours);
    return settings;
}

Result<qint64> VenueSettingsStore::revision(const Database &database)
{
    return storedRevision(database, keyRevision);
}

Result<qint64> VenueSettingsStore::save(const VenueSettings &settings, const StaffActor &actor)
{
    auto valid = settings.validate();
    if (!valid.ok())
        return valid.error();
    return m_database.write<qint64>([&]() -> Result<qint64> {
        auto before = load();
        if (!before.ok())
            return before.error();
        auto current = revision(m_database);
        if (!current.ok())
            return current.error();
        const qint64 next = current.value() + 1;
        QHash<QString, QString> rows = stored(settings);
        rows.insert(keyRevision, QString::number(next));
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            auto written = m_database.run(u"INSERT INTO settings (key, value) VALUES (?, ?)"
                                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                          {it.key(), it.value()});
            if (!written.ok())
                return written.error();
        }
        auto audited = AuditTrail::record(
                m_database, m_clock.now(),
                {actor, u"venue_settings"_s, 0, describeChanges(before.value(), settings), {}});
        if (!audited.ok())
            return audited.error();
        if (m_database.dialect().backend() == DatabaseConfig::Backend::Postgres) {
            // Other processes' watchers LISTEN on this channel (see DatabaseWatcher); delivered on commit.
            auto notified = m_database.run(u"SELECT pg_notify('boxoffice_changes', ?)"_s,
                                           {u"settings:%1"_s.arg(next)});
            if (!notified.ok())
                return notified.error();
        }
        return next;
    });
}

} // namespace boxoffice
