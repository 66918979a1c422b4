#pragma once

#include "backupstatus.h"
#include "clock.h"

#include <QLabel>
#include <QTimer>

namespace boxoffice {

/// The status bar's word on automatic backups: when the newest was taken, and a warning that
/// stands out when the last one failed or none is younger than a day.
class BackupIndicator final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupIndicator)

public:
    /// A backup older than this is worth a warning.
    static constexpr qint64 maxAgeSeconds = 24 * 3600;

    BackupIndicator(const BackupStatus &status, const Clock &clock, QWidget *parent = nullptr);

    bool isWarning() const { return m_warning; }

private:
    void refresh();
    void display(const QString &text, const QString &toolTip, bool warning);

    const BackupStatus &m_status;
    const Clock &m_clock;
    /// A backup grows old without anything happening: looked at again now and then.
    QTimer m_ageCheck;
    bool m_warning = false;
};

} // namespace boxoffice
