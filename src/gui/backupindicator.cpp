#include "backupindicator.h"
#include "displaynames.h"

#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
constexpr int ageCheckIntervalMs = 60 * 1000;
} // namespace

BackupIndicator::BackupIndicator(const BackupStatus &status, const Clock &clock, QWidget *parent)
    : QLabel(parent), m_status(status), m_clock(clock)
{
    setObjectName(u"backupIndicator"_s);
    connect(&m_status, &BackupStatus::changed, this, &BackupIndicator::refresh);
    connect(&m_ageCheck, &QTimer::timeout, this, &BackupIndicator::refresh);
    m_ageCheck.start(ageCheckIntervalMs);
    refresh();
}

void BackupIndicator::refresh()
{
    const BackupStatus::State state = m_status.state();
    if (!state.automatic) {
        hide();
        return;
    }
    const QString folder = QDir::toNativeSeparators(state.folder);
    const QString taken = QLocale().toString(inVenueZone(state.lastSuccess), QLocale::ShortFormat);
    if (state.lastFailure.isValid()) {
        display(tr("⚠ Backup failed"),
             tr("The automatic backup at %1 failed: %2\nBackups go to %3. Please tell the manager.")
                     .arg(QLocale().toString(inVenueZone(state.lastFailure), QLocale::ShortFormat),
                          state.failureMessage, folder),
             true);
    } else if (!state.lastSuccess.isValid()) {
        display(tr("⚠ No backup yet"), tr("No backup of this database has been taken yet into %1.").arg(folder), true);
    } else if (state.lastSuccess.secsTo(m_clock.now()) > maxAgeSeconds) {
        display(tr("⚠ Last backup %1").arg(taken),
             tr("The newest backup in %1 is more than a day old. Please tell the manager.").arg(folder), true);
    } else {
        display(tr("Backup %1").arg(taken), tr("The newest backup was taken at %1 into %2.").arg(taken, folder), false);
    }
}

void BackupIndicator::display(const QString &text, const QString &toolTip, bool warning)
{
    m_warning = warning;
    setText(text);
    setToolTip(toolTip);
    setStyleSheet(warning ? u"QLabel { color: white; background: #b3261e; border-radius: 3px; padding: 1px 6px;"
                            " font-weight: bold; }"_s
                          : QString());
    setVisible(true);
}

} // namespace boxoffice
