#include "venuesettingsform.h"

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

    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(tr("Default &hold:"), m_holdSeconds);
    form->addRow(tr("Web languages:"), languages);
    form->addRow(tr("Reservations &paid by:"), m_payByMinutesBeforeShow);
    form->addRow(tr("...and &within:"), m_payWithinHours);
    setSettings(VenueSettings());
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
    m_backend.run<VenueSettings>(
            this,
            [clock = &m_backend.clock()](CoreServices &services) {
                return VenueSettingsStore(services.database, *clock).load();
            },
            [this, done = std::move(done)](const Result<VenueSettings> &settings) {
                if (settings.ok())
                    setSettings(settings.value());
                done(settings);
            });
}

void VenueSettingsForm::save(const StaffActor &actor, Done done)
{
    const VenueSettings settings = this->settings();
    if (auto valid = settings.validate(); !valid.ok()) {
        done(valid.error());
        return;
    }
    m_backend.run<qint64>(
            this,
            [clock = &m_backend.clock(), feed = &m_backend.feed(), settings, actor](CoreServices &services) {
                auto saved = VenueSettingsStore(services.database, *clock).save(settings, actor);
                if (saved.ok())
                    feed->publishVenueSettings(saved.value());
                return saved;
            },
            [settings, done = std::move(done)](const Result<qint64> &saved) {
                if (saved.ok()) {
                    done(settings);
                    return;
                }
                Error error = saved.error();
                error.message = tr("The settings were not saved: %1").arg(error.message);
                done(error);
            });
}

} // namespace boxoffice
