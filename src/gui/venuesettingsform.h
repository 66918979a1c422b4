#pragma once

#include "checkintypes.h"
#include "staffactor.h"
#include "venuesettings.h"

#include <QWidget>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace boxoffice {

class CoreBackend;

/// The venue's settings as a form: name, currency, time zone, default hold, web languages, the
/// deadline of web reservations and, for a manager, the door (when it opens, re-entry),
/// read and saved through the backend's worker thread. Shared by the settings dialog and the
/// first-run assistant.
class VenueSettingsForm final : public QWidget
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<VenueSettings> &)>;

    explicit VenueSettingsForm(CoreBackend &backend, QWidget *parent = nullptr);

    void setSettings(const VenueSettings &settings);
    /// What the form says, not yet validated.
    VenueSettings settings() const;

    /// Shows the door settings, which a manager's account (`manager`) reads and saves with the
    /// rest; without one (the first-run assistant, before any account) they keep their defaults.
    void setDoorManager(const StaffActor &manager);
    void setDoorSettings(const CheckinSettings &settings);
    CheckinSettings doorSettings() const;

    /// Reads the stored settings into the form; `done` hears what was read or why not.
    void load(Done done);
    /// Validates what the form says (refused at once) and saves it under `actor`,
    /// announcing it on the change feed; `done` hears what was saved or why not.
    void save(const StaffActor &actor, Done done);

private:
    CoreBackend &m_backend;
    QLineEdit *m_name;
    QComboBox *m_currency;
    QComboBox *m_timeZone;
    QSpinBox *m_holdSeconds;
    QSpinBox *m_payByMinutesBeforeShow;
    QSpinBox *m_payWithinHours;
    QList<QCheckBox *> m_languages;
    QSpinBox *m_doorOpens;
    QCheckBox *m_reentry;
    std::optional<StaffActor> m_doorManager;
    /// The door settings as read, so that only a change is saved (and audited).
    CheckinSettings m_storedDoor;
};

} // namespace boxoffice
