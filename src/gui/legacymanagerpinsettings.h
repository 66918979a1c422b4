#pragma once

#include "staffservice.h"

#include <QString>

#include <optional>

class QSettings;

namespace boxoffice {

/// The manager PIN that a counter from before staff accounts kept in its machine's settings (as
/// PBKDF2-SHA256 with its salt and iteration count), and the name of the manager who used it
/// last: what an upgraded database takes over as its first manager account.
class LegacyManagerPinSettings final
{
public:
    /// The name the adopted account gets when the settings kept none.
    static const QString defaultManagerName;

    explicit LegacyManagerPinSettings(QSettings &settings);

    /// Nullopt when the settings keep no PIN.
    std::optional<LegacyManagerPin> pin() const;
    QString managerName() const;
    /// Forgets the PIN and the manager's name, once an account holds them.
    void remove();

private:
    QSettings &m_settings;
};

} // namespace boxoffice
