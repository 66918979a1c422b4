#pragma once

#include "checkintypes.h"
#include "types.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QSpinBox;
QT_END_NAMESPACE

namespace boxoffice {

class CoreBackend;

/// A show's own door settings in the show dialog: when the door opens and whether people may
/// leave and come back, each either following the venue's setting (named with its value) or set
/// for this show.
class ShowDoorFields final : public QWidget
{
    Q_OBJECT

public:
    ShowDoorFields(CoreBackend &backend, QWidget *parent = nullptr);

    /// Reads the venue's settings and, for a stored show (`show` > 0), its overrides; loaded() follows.
    void load(qint64 show);
    void setOverride(const ShowCheckinOverride &override);
    ShowCheckinOverride override() const;
    /// What to store: the overrides when they differ from what was read, else nullopt.
    std::optional<ShowCheckinOverride> change() const;

    QSpinBox *opensEdit() const { return m_opens; }
    QComboBox *reentryEdit() const { return m_reentry; }

signals:
    void loaded();

private:
    void showVenueSettings(const CheckinSettings &venue);

    CoreBackend &m_backend;
    QSpinBox *m_opens;
    QComboBox *m_reentry;
    ShowCheckinOverride m_stored;
};

} // namespace boxoffice
