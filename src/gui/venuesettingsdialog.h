#pragma once

#include "staffactor.h"
#include "venuesettings.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
QT_END_NAMESPACE

namespace boxoffice {

class CoreBackend;
class VenueSettingsForm;

/// The venue's settings, shared by every counter and the web (manager mode only). Reads and saves
/// through the backend's worker thread; a save is announced on the change feed.
class VenueSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `manager` is named in the audit log as the one who saved, and changes the door settings.
    VenueSettingsDialog(CoreBackend &backend, const StaffActor &manager, QWidget *parent = nullptr);

    /// Saves what the form says; accepts the dialog once saved, else shows why not.
    void save();

signals:
    void loaded();
    void saved(const boxoffice::VenueSettings &settings);

private:
    void setBusy(bool busy);
    void showError(const QString &message);

    StaffActor m_manager;
    VenueSettingsForm *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace boxoffice
