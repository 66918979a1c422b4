#include "venuesettingsform.h"

#include "checkinservice.h"
#include "corebackend.h"
#include "venuesettingsstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
/// Each shipped web language in its own name, as a visitor would look for it.
QString languageName(const QString &code)
{
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}
} // namespace

VenueSettingsForm::VenueSettingsForm(CoreBackend &backend, QWidget *parent) : QWidget(parent), m_backend(backend)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"venueName"_s);
    m_name->setMaxLength(100);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(u"currency"_s);
    m_currency->addItems(Currency::knownCodes());
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(u"timeZone"_s);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(zone));
    m_holdSeconds = new QSpinBox(this);
    m_holdSeconds->setObjectName(u"holdSeconds"_s);
    m_holdSeconds->setRange(VenueSettings::minimumHoldSeconds, VenueSettings::maximumHoldSeconds);
    m_holdSeconds->setSuffix(tr(" s"));
    m_payByMinutesBeforeShow = new QSpinBox(this);
    m_payByMinutesBeforeShow->setObjectName(u"payByMinutesBeforeShow"_s);
    m_payByMinutesBeforeShow->setRange(0, VenueSettings::maximumPayByMinutesBeforeShow);
    m_payByMinutesBeforeShow->setSuffix(tr(" min before the show"));
    m_payWithinHours = new QSpinBox(this);
    m_payWithinHours->setObjectName(u"payWithinHours"_s);
    m_payWithinHours->setRange(0, VenueSettings::maximumPayWithinHours);
    m_payWithinHours->setSuffix(tr(" h after booking"));
    m_payWithinHours->setSpecialValueText(tr("No limit"));
    m_payWithinHours->setToolTip(tr("When set, a reservation must also be paid within these hours of booking, "
                                    "whichever deadline comes first."));
    auto *languages = new QHBoxLayout;
    for (const QString &code : VenueSettings::shippedWebLanguages) {
        auto *box = new QCheckBox(languageName(code), this);
        box->setObjectName(u"language_"_s + code);
        box->setProperty("code", code);
        m_languages.append(box);
        languages->addWidget(box);
    }
    languages->addStretch();
    m_doorOpens = new QSpinBox(this);
    m_doorOpens->setObjectName(u"doorOpensMinutes"_s);
    m_doorOpens->setRange(0, CheckinSettings::maximumOpensMinutesBeforeStart);
    m_doorOpens->setSuffix(tr(" min before the start"));
    m_doorOpens->setToolTip(tr("Scanners let tickets in from this long before a show starts; a show may set its own."));
    m_reentry = new QCheckBox(tr("Allow &re-entry (scan people out and in again)"), this);
    m_reentry->setObjectName(u"doorReentry"_s);

    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(tr("Default &hold:"), m_holdSeconds);
    form->addRow(tr("Web languages:"), languages);
    form->addRow(tr("Reservations &paid by:"), m_payByMinutesBeforeShow);
    form->addRow(tr("...and &within:"), m_payWithinHours);
    form->addRow(tr("&Door opens:"), m_doorOpens);
    form->addRow(QString(), m_reentry);
    form->setRowVisible(m_doorOpens, false);
    form->setRowVisible(m_reentry, false);
    setSettings(VenueSettings());
    setDoorSettings(m_storedDoor);
}

void VenueSettingsForm::setDoorManager(const StaffActor &manager)
{
    m_doorManager = manager;
    auto *form = static_cast<QFormLayout *>(layout());
    form->setRowVisible(m_doorOpens, true);
    form->setRowVisible(m_reentry, true);
}

void VenueSettingsForm::setDoorSettings(const CheckinSettings &settings)
{
    m_doorOpens->setValue(settings.opensMinutesBeforeStart);
    m_reentry->setChecked(settings.reentry);
}

CheckinSettings VenueSettingsForm::doorSettings() const
{
    return {m_doorOpens->value(), m_reentry->isChecked()};
}

void VenueSettingsForm::setSettings(const VenueSettings &settings)
{
    m_name->setText(settings.name);
    m_currency->setCurrentText(settings.currency.code());
    m_timeZone->setCurrentText(QString::fromUtf8(settings.timeZone));
    m_holdSeconds->setValue(settings.holdSeconds);
    m_payByMinutesBeforeShow->setValue(settings.payByMinutesBeforeShow);
    m_payWithinHours->setValue(settings.payWithinHours);
    for (QCheckBox *box : std::as_const(m_languages))
        box->setChecked(settings.webLanguages.contains(box->property("code").toString()));
}

VenueSettings VenueSettingsForm::settings() const
{
    VenueSettings settings;
    settings.name = m_name->text().trimmed();
    if (auto currency = Currency::fromCode(m_currency->currentText()); currency.ok())
        settings.currency = currency.value();
    settings.timeZone = m_timeZone->currentText().toUtf8();
    settings.holdSeconds = m_holdSeconds->value();
    settings.payByMinutesBeforeShow = m_payByMinutesBeforeShow->value();
    settings.payWithinHours = m_payWithinHours->value();
    settings.webLanguages.clear();
    for (const QCheckBox *box : m_languages) {
        if (box->isChecked())
            settings.webLanguages.append(box->property("code").toString());
    }
    return settings;
}

void VenueSettingsForm::load(Done done)
{
    struct Stored
    {
        VenueSettings venue;
        CheckinSettings door;
    };
    m_backend.run<Stored>(
            this,
            [clock = &m_backend.clock()](CoreServices &services) -> Result<Stored> {
                auto venue = VenueSettingsStore(services.database, *clock).load();
                if (!venue.ok())
                    return venue.error();
                auto door = CheckinService(services.database, *clock).venueSettings();
                if (!door.ok())
                    return door.error();
                return Stored{venue.value(), door.value()};
            },
            [this, done = std::move(done)](const Result<Stored> &stored) {
                if (!stored.ok()) {
                    done(stored.error());
                    return;
                }
                setSettings(stored->venue);
                m_storedDoor = stored->door;
                setDoorSettings(stored->door);
                done(stored->venue);
            });
}

void VenueSettingsForm::save(const StaffActor &actor, Done done)
{
    const VenueSettings settings = this->settings();
    if (auto valid = settings.validate(); !valid.ok()) {
        done(valid.error());
        return;
    }
    // Only a manager's account may change the door, so its refusal comes before the rest is saved.
    const CheckinSettings door = doorSettings();
    const std::optional<StaffActor> doorManager = door == m_storedDoor ? std::nullopt : m_doorManager;
    m_backend.run<qint64>(
            this,
            [clock = &m_backend.clock(), feed = &m_backend.feed(), settings, actor, doorManager,
             door](CoreServices &services) -> Result<qint64> {
                if (doorManager) {
                    if (auto saved = CheckinService(services.database, *clock).saveVenueSettings(door, *doorManager);
                        !saved.ok())
                        return saved.error();
                }
                auto saved = VenueSettingsStore(services.database, *clock).save(settings, actor);
                if (saved.ok())
                    feed->publishVenueSettings(saved.value());
                return saved;
            },
            [this, settings, door, done = std::move(done)](const Result<qint64> &saved) {
                if (saved.ok()) {
                    m_storedDoor = door;
                    done(settings);
                    return;
                }
                Error error = saved.error();
                error.message = tr("The settings were not saved: %1").arg(error.message);
                done(error);
            });
}

} // namespace boxoffice
