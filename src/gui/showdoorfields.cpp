#include "showdoorfields.h"

#include "checkinservice.h"
#include "corebackend.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
/// The spin box's lowest value stands for "as the venue".
constexpr int followsVenue = -1;

struct DoorChoices
{
    CheckinSettings venue;
    ShowCheckinOverride show;
};
} // namespace

ShowDoorFields::ShowDoorFields(CoreBackend &backend, QWidget *parent) : QWidget(parent), m_backend(backend)
{
    m_opens = new QSpinBox(this);
    m_opens->setObjectName(u"showDoorOpens"_s);
    m_opens->setRange(followsVenue, CheckinSettings::maximumOpensMinutesBeforeStart);
    m_opens->setSuffix(tr(" min before"));
    m_opens->setToolTip(tr("When scanners start letting this show's tickets in"));
    m_reentry = new QComboBox(this);
    m_reentry->setObjectName(u"showDoorReentry"_s);
    m_reentry->addItem(QString());
    m_reentry->addItem(tr("Re-entry allowed"), true);
    m_reentry->addItem(tr("No re-entry"), false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_opens);
    layout->addWidget(m_reentry);
    showVenueSettings(CheckinSettings());
    setOverride({});
}

void ShowDoorFields::showVenueSettings(const CheckinSettings &venue)
{
    m_opens->setSpecialValueText(tr("As the venue (%n min before)", nullptr, venue.opensMinutesBeforeStart));
    m_reentry->setItemText(0, venue.reentry ? tr("As the venue (re-entry)") : tr("As the venue (no re-entry)"));
}

void ShowDoorFields::load(qint64 show)
{
    m_backend.run<DoorChoices>(
            this,
            [show, clock = &m_backend.clock()](CoreServices &services) -> Result<DoorChoices> {
                CheckinService checkins(services.database, *clock);
                auto venue = checkins.venueSettings();
                if (!venue.ok())
                    return venue.error();
                DoorChoices choices{venue.value(), {}};
                if (show > 0) {
                    auto own = checkins.showOverride(show);
                    if (!own.ok())
                        return own.error();
                    choices.show = own.value();
                }
                return choices;
            },
            [this](const Result<DoorChoices> &choices) {
                if (choices.ok()) {
                    showVenueSettings(choices->venue);
                    m_stored = choices->show;
                    setOverride(choices->show);
                }
                emit loaded();
            });
}

void ShowDoorFields::setOverride(const ShowCheckinOverride &override)
{
    m_opens->setValue(override.opensMinutesBeforeStart.value_or(followsVenue));
    m_reentry->setCurrentIndex(!override.reentry ? 0 : *override.reentry ? 1 : 2);
}

ShowCheckinOverride ShowDoorFields::override() const
{
    ShowCheckinOverride override;
    if (m_opens->value() != followsVenue)
        override.opensMinutesBeforeStart = m_opens->value();
    if (m_reentry->currentIndex() > 0)
        override.reentry = m_reentry->currentData().toBool();
    return override;
}

std::optional<ShowCheckinOverride> ShowDoorFields::change() const
{
    const ShowCheckinOverride wanted = override();
    return wanted == m_stored ? std::nullopt : std::optional(wanted);
}

} // namespace boxoffice
