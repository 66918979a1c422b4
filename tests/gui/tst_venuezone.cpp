#include "appsettings.h"
#include "displaynames.h"
#include "mainwindow.h"
#include "managertestfixture.h"
#include "reportswindow.h"
#include "reporttable.h"
#include "showlistmodel.h"
#include "showservice.h"
#include "ticketrenderer.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {
/// Far from the computer's UTC: when it is 11:30 UTC on 28 November, it is 00:30 on the 29th there.
const QByteArray venueZoneId = "Pacific/Auckland";
const QDateTime halfPastMidnightInAuckland(QDate(2026, 11, 28), QTime(11, 30), QTimeZone::utc());
const QDate aucklandDay(2026, 11, 29);
const QDate utcDay(2026, 11, 28);
} // namespace

/// The GUI in the venue's time zone on a computer that keeps another (UTC, set before the
/// application starts): days, times, reports, CSV and tickets all follow the venue.
class tst_VenueZone : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindowListsTheShowOnTheVenuesDay();
    void todayIsTheVenuesToday();
    void dayReportCountsTheShowOnTheVenuesDay();
    void reportsWindowAndCsvUseTheVenuesTime();
    void ticketPrintsTheVenuesTime();

private:
    void saveVenueZone(const QByteArray &zone);
    qint64 createShowAt(const QDateTime &startsAt);
    QList<qint64> listedShows() const;

    std::unique_ptr<ManagerTestFixture> m_fixture;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_VenueZone::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    QCOMPARE(QTimeZone::systemTimeZone().offsetFromUtc(halfPastMidnightInAuckland), 0);
}

void tst_VenueZone::init()
{
    m_fixture = std::make_unique<ManagerTestFixture>();
    QVERIFY(m_fixture->valid);
    m_settings = std::make_unique<AppSettings>(m_fixture->m_dir.filePath(u"app.ini"_s));
    m_window = std::make_unique<MainWindow>(*m_fixture->backend, *m_settings, *m_fixture->approval);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_VenueZone::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_fixture.reset();
    setVenueZone(QTimeZone::systemTimeZone());
}

void tst_VenueZone::saveVenueZone(const QByteArray &zone)
{
    QVERIFY(m_fixture->changeVenueSettings([&zone](VenueSettings &settings) { settings.timeZone = zone; }));
    QTRY_COMPARE(venueZone(), QTimeZone(zone));
}

qint64 tst_VenueZone::createShowAt(const QDateTime &startsAt)
{
    ShowService shows(*m_fixture->database, m_fixture->feed, m_fixture->clock, *m_fixture->reservations);
    auto halls = m_fixture->catalog->halls();
    if (!halls.ok() || halls->isEmpty())
        return 0;
    ShowDraft draft;
    draft.hall = halls->constFirst().id;
    draft.title = u"Midnight Matinee"_s;
    draft.startsAt = startsAt;
    draft.durationMinutes = 90;
    draft.prices = {{u"standard"_s, u"adult"_s, 1200}};
    auto created = shows.createShow(draft, StaffActor{0, ManagerTestFixture::managerName, 0, {}});
    return created.ok() ? created.value() : 0;
}

QList<qint64> tst_VenueZone::listedShows() const
{
    QList<qint64> ids;
    for (const Show &show : m_window->showsModel()->shows())
        ids.append(show.id);
    return ids;
}

void tst_VenueZone::mainWindowListsTheShowOnTheVenuesDay()
{
    const qint64 show = createShowAt(halfPastMidnightInAuckland);
    QVERIFY(show > 0);
    saveVenueZone(venueZoneId);

    QSignalSpy loaded(m_window.get(), &MainWindow::showsLoaded);
    m_window->setDay(aucklandDay);
    QTRY_VERIFY(listedShows().contains(show));
    const int row = m_window->showsModel()->rowOf(show);
    QCOMPARE(m_window->showsModel()->index(row, ShowListModel::TimeColumn).data().toString(), u"00:30"_s);

    loaded.clear();
    m_window->setDay(utcDay);
    QTRY_VERIFY(!loaded.isEmpty());
    QVERIFY(!listedShows().contains(show));
}

void tst_VenueZone::todayIsTheVenuesToday()
{
    // 21:00 UTC on the 27th is already 10:00 on the 28th in Auckland.
    m_fixture->clock.set(QDateTime(QDate(2026, 11, 27), QTime(21, 0), QTimeZone::utc()));
    m_window->showToday();
    QCOMPARE(m_window->day(), QDate(2026, 11, 27));
    saveVenueZone(venueZoneId);
    QTRY_COMPARE(m_window->day(), QDate(2026, 11, 28));
    QVERIFY(m_window->findChild<QLabel *>(u"dayLabel"_s)->text().startsWith(u"Today"_s));
}

void tst_VenueZone::dayReportCountsTheShowOnTheVenuesDay()
{
    const qint64 show = createShowAt(halfPastMidnightInAuckland);
    QVERIFY(show > 0);
    const QTimeZone auckland(venueZoneId);
    auto onItsDay = m_fixture->catalog->dayReport(aucklandDay, auckland);
    QVERIFY(onItsDay.ok());
    QVERIFY(std::any_of(onItsDay->cbegin(), onItsDay->cend(),
                        [show](const ShowReport &report) { return report.show.id == show; }));
    auto dayBefore = m_fixture->catalog->dayReport(utcDay, auckland);
    QVERIFY(dayBefore.ok());
    QVERIFY(std::none_of(dayBefore->cbegin(), dayBefore->cend(),
                         [show](const ShowReport &report) { return report.show.id == show; }));
    // The same day in UTC does hold it.
    auto inUtc = m_fixture->catalog->dayReport(utcDay, QTimeZone::utc());
    QVERIFY(inUtc.ok());
    QVERIFY(std::any_of(inUtc->cbegin(), inUtc->cend(),
                        [show](const ShowReport &report) { return report.show.id == show; }));
}

void tst_VenueZone::reportsWindowAndCsvUseTheVenuesTime()
{
    const qint64 show = createShowAt(halfPastMidnightInAuckland);
    QVERIFY(show > 0);
    saveVenueZone(venueZoneId);
    ReportsWindow reports(*m_fixture->backend);
    reports.showDay(aucklandDay);
    const ReportTable &table = reports.table();
    auto rowOfShow = [&table] {
        for (int row = 0; row < table.rowCount(); ++row) {
            if (table.value(row, 1).toString() == u"Midnight Matinee"_s)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY2(rowOfShow() >= 0, "the show is in the venue day's report");
    const int row = rowOfShow();
    QCOMPARE(table.csvText(row, 0), u"2026-11-29 00:30"_s);
    QCOMPARE(table.displayText(row, 0), QLocale().toString(QTime(0, 30), QLocale::ShortFormat));
}

void tst_VenueZone::ticketPrintsTheVenuesTime()
{
    const qint64 show = createShowAt(halfPastMidnightInAuckland);
    QVERIFY(show > 0);
    const Booking booking = m_fixture->book(show, {u"A1"_s}, u"Asha Rao"_s);
    QVERIFY(!booking.reference.isEmpty());
    saveVenueZone(venueZoneId);

    const QString path = m_fixture->m_dir.filePath(u"ticket.pdf"_s);
    QVERIFY(TicketRenderer::writePdf(booking, path).ok());
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed (scripts/install-deps.sh test)");
    QProcess process;
    process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(QLocale().toString(aucklandDay, QLocale::LongFormat)), qPrintable(text));
    QVERIFY2(text.contains(u"00:30"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"11:30"_s), qPrintable(text));
}

int main(int argc, char *argv[])
{
    // The computer's zone is read once; it must be UTC before anything asks.
    qputenv("TZ", "UTC");
    QApplication app(argc, argv);
    tst_VenueZone test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_venuezone.moc"
