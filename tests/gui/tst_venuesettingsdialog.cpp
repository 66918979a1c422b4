#include "corebackend.h"
#include "displaynames.h"
#include "migrations.h"
#include "reporttable.h"
#include "venuesettingsdialog.h"
#include "venuesettingsstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTest>

using namespace boxoffice;
using namespace Qt::StringLiterals;

class tst_VenueSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_config = DatabaseConfig::sqlite(m_dir->filePath(u"venue.sqlite"_s));
        auto database = Database::open(m_config, u"setup"_s);
        QVERIFY(database.ok());
        QVERIFY(Migrations::migrate(*database.value()).ok());
        m_backend = std::make_unique<CoreBackend>(m_config, m_feed, m_clock);
        QSignalSpy ready(m_backend.get(), &CoreBackend::ready);
        m_backend->start();
        QVERIFY(ready.wait(5000));
    }

    void cleanup()
    {
        m_backend.reset();
        m_dir.reset();
        setVenueCurrency(Currency());
    }

    void amountsAreShownInTheVenuesCurrency()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QCOMPARE(formatMoney(1250), u"€12.50"_s);
        setVenueCurrency(Currency::fromCode(u"JPY"_s).value());
        QCOMPARE(formatMoney(1250), u"¥1,250"_s);
        setVenueCurrency(Currency::fromCode(u"KWD"_s).value());
        QCOMPARE(formatMoney(1250), u"KWD\u00a01.250"_s);
    }

    void theCsvNamesTheCurrencyInItsHeaderNotInItsNumbers()
    {
        setVenueCurrency(Currency::fromCode(u"GBP"_s).value());
        ShowReport report;
        report.show.id = 1;
        report.show.title = u"Hamlet"_s;
        report.show.startsAt = QDateTime(QDate(2026, 11, 27), QTime(19, 0), Qt::UTC);
        report.show.prices = {Price{u"standard"_s, u"adult"_s, 1250}};
        report.categories = {CategorySales{u"standard"_s, 2, 2500}};
        report.revenueCents = 2500;
        const QString csv = ReportTable::forDay({report}).toCsv();
        QVERIFY2(csv.contains(u"Revenue (GBP)"_s), qPrintable(csv));
        QVERIFY2(csv.contains(u",25.00"_s), qPrintable(csv));
        QVERIFY2(!csv.contains(u"£"_s), qPrintable(csv));
    }

    void theDialogSavesThroughTheWorkerAndAnnouncesIt()
    {
        VenueSettingsDialog dialog(*m_backend, StaffActor{0, u"Maria"_s, 0, {}});
        QSignalSpy loaded(&dialog, &VenueSettingsDialog::loaded);
        QVERIFY(loaded.wait(5000));
        auto *name = dialog.findChild<QLineEdit *>(u"venueName"_s);
        QCOMPARE(name->text(), u"Box Office"_s);
        name->setText(u"Kino am Markt"_s);
        dialog.findChild<QComboBox *>(u"currency"_s)->setCurrentText(u"CHF"_s);
        dialog.findChild<QComboBox *>(u"timeZone"_s)->setCurrentText(u"Europe/Zurich"_s);
        auto *payBy = dialog.findChild<QSpinBox *>(u"payByMinutesBeforeShow"_s);
        auto *payWithin = dialog.findChild<QSpinBox *>(u"payWithinHours"_s);
        QCOMPARE(payBy->value(), 30);
        QCOMPARE(payWithin->text(), u"No limit"_s);
        payBy->setValue(90);
        payWithin->setValue(48);
        QSignalSpy announced(&m_feed, &ChangeFeed::venueSettingsChanged);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(accepted.size(), 1);
        QTRY_COMPARE(announced.size(), 1);

        auto database = Database::open(m_config, u"check"_s);
        QVERIFY(database.ok());
        auto stored = VenueSettingsStore(*database.value(), m_clock).load();
        QVERIFY(stored.ok());
        QCOMPARE(stored->name, u"Kino am Markt"_s);
        QCOMPARE(stored->currency.code(), u"CHF"_s);
        QCOMPARE(stored->timeZone, QByteArray("Europe/Zurich"));
        QCOMPARE(stored->payByMinutesBeforeShow, 90);
        QCOMPARE(stored->payWithinHours, 48);
    }

    void theDialogRefusesNoWebLanguage()
    {
        VenueSettingsDialog dialog(*m_backend, StaffActor{0, u"Maria"_s, 0, {}});
        QSignalSpy loaded(&dialog, &VenueSettingsDialog::loaded);
        QVERIFY(loaded.wait(5000));
        dialog.findChild<QCheckBox *>(u"language_en"_s)->setChecked(false);
        dialog.save();
        auto *error = dialog.findChild<QLabel *>(u"venueSettingsError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(u"at least one language"_s), qPrintable(error->text()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseConfig m_config;
    ChangeFeed m_feed;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<CoreBackend> m_backend;
};

QTEST_MAIN(tst_VenueSettingsDialog)
#include "tst_venuesettingsdialog.moc"
