#pragma once

#include "backupfolder.h"

#include <QHostAddress>
#include <QObject>
#include <QSettings>

#include <memory>

namespace boxoffice {

/// The cashier's preferences, kept with QSettings. Changing them through setValues() tells the
/// app (changed(), webEndpointChanged(), languageChanged()) so that it can restart the web
/// endpoint or reload the translations.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    struct Values
    {
        bool webEnabled = true;
        /// Loopback by default: publishing on the network is an explicit choice.
        QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 8080;
        int pollIntervalMs = 5000;
        /// Seats the web lets one client address hold at once for a show; 0 for no cap.
        int maxSeatsPerAddress = 20;
        /// "" follows the system, else a language code ("en", "de", "hi").
        QString language;
        /// Where automatic backups go (empty: BackupFolder's default) and how many are kept.
        QString backupFolder;
        int backupsKept = BackupFolder::defaultKept;
        /// Minutes without input after which the counter asks for a sign-in again; 0 never does.
        int lockAfterMinutes = 5;

        bool operator==(const Values &other) const = default;
    };

    static constexpr int minPollIntervalMs = 500;
    static constexpr int maxPollIntervalMs = 60000;
    static constexpr int minBackupsKept = 1;
    static constexpr int maxBackupsKept = 365;
    static constexpr int maxSeatsPerAddressLimit = 1000;
    static constexpr int maxLockAfterMinutes = 24 * 60;

    /// The user's settings of this application (organisation and application name decide where).
    explicit AppSettings(QObject *parent = nullptr);
    /// Settings kept in an INI file, for tests and portable installs.
    explicit AppSettings(const QString &iniFile, QObject *parent = nullptr);
    ~AppSettings() override;

    Values values() const;
    void setValues(const Values &values);

    bool webEnabled() const { return values().webEnabled; }
    QHostAddress bindAddress() const { return values().bindAddress; }
    quint16 port() const { return values().port; }
    int pollIntervalMs() const { return values().pollIntervalMs; }
    int maxSeatsPerAddress() const { return values().maxSeatsPerAddress; }
    QString language() const { return values().language; }
    /// The folder of automatic backups, the default one when none was chosen.
    QString backupFolder() const;
    int backupsKept() const { return values().backupsKept; }
    /// The counter the last shift opened on this machine named; the host name before the first.
    QString counterName() const;
    void setCounterName(const QString &name);

    /// Whether an address lets other machines reach the web endpoint.
    static bool publishesOnNetwork(const QHostAddress &address);
    /// The language codes offered in the settings, "" (the system's) first.
    static QStringList languageCodes();
    /// How a language calls itself ("Deutsch"); the system choice in the current language.
    static QString languageName(const QString &code);

signals:
    void changed();
    /// The web endpoint's switch, address, port, poll interval or seat cap per address changed.
    void webEndpointChanged();
    void languageChanged(const QString &language);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace boxoffice
