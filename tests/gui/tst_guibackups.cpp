// The backups as the cashier and the manager see them: the status bar's warning and the settings.
#include "appsettings.h"
#include "backupindicator.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace boxoffice;
using namespace Qt::StringLiterals;

class tst_GuiBackups : public QObject
{
    Q_OBJECT

    const QDateTime m_start{QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()};

private slots:
    void hiddenWithoutAutomaticBackups()
    {
        BackupStatus status;
        ManualClock clock(m_start);
        QStatusBar bar;
        auto *indicator = new BackupIndicator(status, clock);
        bar.addPermanentWidget(indicator);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QVERIFY(!indicator->isVisible());
        status.setFolder(u"/var/backups/boxoffice"_s, m_start);
        QVERIFY(indicator->isVisible());
    }

    void recentBackupIsShownWithoutWarning()
    {
        BackupStatus status;
        ManualClock clock(m_start);
        status.setFolder(u"/var/backups/boxoffice"_s, m_start.addSecs(-3600));
        BackupIndicator indicator(status, clock);
        QVERIFY(!indicator.isWarning());
        QVERIFY2(indicator.text().contains(QLocale().toString(m_start.addSecs(-3600).toLocalTime(), QLocale::ShortFormat)),
                 qPrintable(indicator.text()));
        QVERIFY(indicator.toolTip().contains(u"/var/backups/boxoffice"_s));
        QVERIFY(indicator.styleSheet().isEmpty());
    }

    void warnsWhenTheLastBackupFailed()
    {
        BackupStatus status;
        ManualClock clock(m_start);
        status.setFolder(u"/var/backups/boxoffice"_s, m_start.addSecs(-3600));
        BackupIndicator indicator(status, clock);
        status.recordFailure(m_start, u"No space left on device"_s);
        QVERIFY(indicator.isWarning());
        QVERIFY(indicator.text().contains(u"failed"_s));
        QVERIFY(indicator.toolTip().contains(u"No space left on device"_s));
        QVERIFY(!indicator.styleSheet().isEmpty());
        // The next backup that works clears the warning.
        status.recordSuccess(m_start.addSecs(60));
        QVERIFY(!indicator.isWarning());
        QVERIFY(indicator.styleSheet().isEmpty());
    }

    void warnsWhenNoBackupIsYoungerThanADay_data()
    {
        QTest::addColumn<qint64>("ageSeconds");
        QTest::addColumn<bool>("warning");
        QTest::addRow("23 hours") << qint64(23 * 3600) << false;
        QTest::addRow("a day and a minute") << qint64(24 * 3600 + 60) << true;
        QTest::addRow("a week") << qint64(7 * 24 * 3600) << true;
    }

    void warnsWhenNoBackupIsYoungerThanADay()
    {
        QFETCH(qint64, ageSeconds);
        QFETCH(bool, warning);
        BackupStatus status;
        ManualClock clock(m_start);
        status.setFolder(u"/var/backups/boxoffice"_s, m_start.addSecs(-ageSeconds));
        BackupIndicator indicator(status, clock);
        QCOMPARE(indicator.isWarning(), warning);
    }

    void warnsWhenThereIsNoBackupYet()
    {
        BackupStatus status;
        ManualClock clock(m_start);
        status.setFolder(u"/var/backups/boxoffice"_s, QDateTime());
        BackupIndicator indicator(status, clock);
        QVERIFY(indicator.isWarning());
        QVERIFY(indicator.text().contains(u"No backup"_s));
    }

    // A status changed by the backup thread reaches the label through the event loop.
    void statusFromAnotherThreadArrives()
    {
        BackupStatus status;
        ManualClock clock(m_start);
        status.setFolder(u"/var/backups/boxoffice"_s, m_start);
        BackupIndicator indicator(status, clock);
        QVERIFY(!indicator.isWarning());
        std::unique_ptr<QThread> thread(QThread::create([&] { status.recordFailure(m_start, u"disk full"_s); }));
        thread->start();
        QVERIFY(thread->wait(10'000));
        QTRY_VERIFY(indicator.isWarning());
    }

    void settingsChooseTheFolderAndHowManyAreKept()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"app.ini"_s));
        QCOMPARE(settings.backupFolder(), BackupFolder::defaultPath());
        QCOMPARE(settings.backupsKept(), BackupFolder::defaultKept);
        {
            SettingsDialog dialog(settings);
            auto *folder = dialog.findChild<QLineEdit *>(u"backupFolderEdit"_s);
            auto *kept = dialog.findChild<QSpinBox *>(u"backupsKeptSpin"_s);
            QVERIFY(folder && kept);
            QCOMPARE(folder->text(), QDir::toNativeSeparators(BackupFolder::defaultPath()));
            QCOMPARE(kept->value(), BackupFolder::defaultKept);
            folder->setText(dir.filePath(u"elsewhere"_s));
            kept->setValue(14);
            dialog.accept();
        }
        QCOMPARE(settings.backupFolder(), dir.filePath(u"elsewhere"_s));
        QCOMPARE(settings.backupsKept(), 14);
        QCOMPARE(AppSettings(dir.filePath(u"app.ini"_s)).backupsKept(), 14);

        // Back to the default: stored as no choice, so that it follows the data folder.
        SettingsDialog dialog(settings);
        dialog.findChild<QLineEdit *>(u"backupFolderEdit"_s)->setText(BackupFolder::defaultPath());
        dialog.accept();
        QCOMPARE(settings.values().backupFolder, QString());
        QCOMPARE(settings.backupFolder(), BackupFolder::defaultPath());
    }
};

QTEST_MAIN(tst_GuiBackups)
#include "tst_guibackups.moc"
