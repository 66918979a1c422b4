#include "barchartwidget.h"
#include "displaynames.h"
#include "managertestfixture.h"
#include "reporttable.h"
#include "reportswindow.h"

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace boxoffice;
using namespace boxoffice::testing;
using namespace Qt::StringLiterals;

namespace {
struct Expected
{
    QHash<QString, int> sold;
    QHash<QString, qint64> revenue;
    int total() const
    {
        int sum = 0;
        for (int count : sold)
            sum += count;
        return sum;
    }
    qint64 totalRevenue() const
    {
        qint64 sum = 0;
        for (qint64 cents : revenue)
            sum += cents;
        return sum;
    }
};

/// A minimal RFC 4180 reader, to check what a spreadsheet would read back.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}
} // namespace

class tst_Reports : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void csvField_data();
    void csvField();
    void dayReportMatchesBookings();
    void showReportMatchesBookings();
    void csvExportMatchesTable();
    void followsNewBookings();
    void chartShowsTheSales();
    void dayCloseNamesItsBreakdownAndUnpaidReservations();

private:
    void makeBookings();
    int columnOf(const ReportTable &table, const QString &title) const;
    int rowOfShow(const ReportTable &table, qint64 show) const;
    bool waitForReport(ReportsWindow &window);

    std::unique_ptr<ManagerTestFixture> m_fixture;
    QDate m_day;
    Show m_first;
    Show m_second;
    QHash<qint64, Expected> m_expected;
    QHash<qint64, int> m_hallSeats;
};

void tst_Reports::init()
{
    m_fixture = std::make_unique<ManagerTestFixture>();
    QVERIFY(m_fixture->valid);
    m_day = m_fixture->clock.now().toLocalTime().date().addDays(1);
    auto shows = m_fixture->catalog->shows(m_day.startOfDay(), m_day.addDays(1).startOfDay(), Channel::Counter);
    QVERIFY(shows.ok());
    QVERIFY(shows->size() >= 2);
    m_first = shows->at(0);
    m_second = shows->at(1);
    QVERIFY(m_first.hallId != m_second.hallId);
    for (const Show &show : {m_first, m_second}) {
        auto hall = m_fixture->catalog->hall(show.hallId);
        QVERIFY(hall.ok());
        m_hallSeats.insert(show.hallId, int(hall->seats.size()));
    }
    m_expected.clear();
    makeBookings();
}

void tst_Reports::cleanup()
{
    m_fixture.reset();
}

void tst_Reports::makeBookings()
{
    auto count = [this](const Booking &booking, const QStringList &skip = {}) {
        QVERIFY2(!booking.reference.isEmpty(), "booking");
        Expected &expected = m_expected[booking.showId];
        for (const BookedSeat &seat : booking.seats) {
            if (skip.contains(seat.label))
                continue;
            expected.sold[seat.category] += 1;
            expected.revenue[seat.category] += seat.priceCents;
        }
    };
    // Grand Hall: rows A-H standard, I-P premium. Studio: A-C standard, D-G premium.
    count(m_fixture->book(m_first.id, {u"A1"_s, u"A2"_s}, u"Asha Rao"_s,
                          {{u"A1"_s, u"adult"_s}, {u"A2"_s, u"child"_s}}));
    count(m_fixture->book(m_first.id, {u"J5"_s}, u"Jonas Berg"_s));
    const Booking partly = m_fixture->book(m_first.id, {u"K1"_s, u"K2"_s}, u"Li Wei"_s,
                                           {{u"K1"_s, u"concession"_s}, {u"K2"_s, u"concession"_s}});
    count(partly, {u"K2"_s});
    count(m_fixture->book(m_second.id, {u"D3"_s, u"A1"_s}, {}, {{u"D3"_s, u"child"_s}}));

    // Neither an unbooked seat nor a mere hold is a sale.
    const StaffActor maria{0, u"Maria"_s, 0, {}};
    QVERIFY(m_fixture->reservations->unbookSeats(m_first.id, {u"K2"_s}, maria, u"Refund"_s).ok());
    QVERIFY(m_fixture->reservations
                    ->holdSeats(m_first.id, {u"B1"_s}, u"web:someone"_s, std::chrono::seconds(600), Channel::Web)
                    .ok());
    QCOMPARE(m_expected[m_first.id].total(), 4);
    QCOMPARE(m_expected[m_second.id].total(), 2);

    // Revenue is what was paid: each booking's total, unless the sale wrote its payment line
    // already, and the unbooked seat's price refunded.
    auto paid = m_fixture->database->run(
            u"INSERT INTO payments (booking_id, at, kind, method, amount_cents) SELECT id, created_at, 'payment',"
            " 'cash', total_cents FROM bookings b WHERE NOT EXISTS (SELECT 1 FROM payments p WHERE p.booking_id = b.id)"_s);
    QVERIFY(paid.ok());
    qint64 refunded = 0;
    for (const BookedSeat &seat : partly.seats)
        refunded += seat.label == u"K2"_s ? seat.priceCents : 0;
    auto refund = m_fixture->database->run(
            u"INSERT INTO payments (booking_id, at, kind, method, amount_cents) SELECT ?, 0, 'refund', 'cash', ?"
            " WHERE NOT EXISTS (SELECT 1 FROM payments WHERE booking_id = ? AND kind = 'refund')"_s,
            {partly.id, -refunded, partly.id});
    QVERIFY(refund.ok());
}

int tst_Reports::columnOf(const ReportTable &table, const QString &title) const
{
    const auto columns = table.columns();
    for (int column = 0; column < columns.size(); ++column) {
        if (columns.at(column).title == title)
            return column;
    }
    return -1;
}

int tst_Reports::rowOfShow(const ReportTable &table, qint64 show) const
{
    const Show &wanted = show == m_first.id ? m_first : m_second;
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.value(row, 1).toString() == wanted.title && table.value(row, 0).toDateTime() == wanted.startsAt)
            return row;
    }
    return -1;
}

bool tst_Reports::waitForReport(ReportsWindow &window)
{
    QSignalSpy loaded(&window, &ReportsWindow::reportLoaded);
    return loaded.wait(10000);
}

void tst_Reports::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::addRow("plain") << u"Hamlet"_s << u"Hamlet"_s;
    QTest::addRow("comma") << u"Hamlet, Prince"_s << u"\"Hamlet, Prince\""_s;
    QTest::addRow("quote") << u"The \"Dane\""_s << u"\"The \"\"Dane\"\"\""_s;
    QTest::addRow("line break") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::addRow("leading space") << u" padded"_s << u"\" padded\""_s;
    QTest::addRow("formula") << u"=1+2"_s << u"'=1+2"_s;
    QTest::addRow("formula with comma") << u"=SUM(A1,A2)"_s << u"\"'=SUM(A1,A2)\""_s;
    QTest::addRow("at sign") << u"@cmd"_s << u"'@cmd"_s;
    QTest::addRow("umlaut") << u"Zauberflöte"_s << u"Zauberflöte"_s;
    QTest::addRow("empty") << QString() << QString();
}

void tst_Reports::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(ReportTable::csvField(text), field);
}

void tst_Reports::dayReportMatchesBookings()
{
    ReportsWindow window(*m_fixture->backend);
    window.showDay(m_day);
    QVERIFY(waitForReport(window));
    const ReportTable &table = window.table();
    QCOMPARE(window.mode(), ReportsWindow::Mode::Day);

    const int soldColumn = columnOf(table, u"Seats sold"_s);
    const int seatsColumn = columnOf(table, u"Seats in hall"_s);
    const int occupancyColumn = columnOf(table, u"Occupancy"_s);
    const int revenueColumn = columnOf(table, u"Revenue"_s);
    const int standardColumn = columnOf(table, categoryName(u"standard"_s) + u" sold"_s);
    const int premiumColumn = columnOf(table, categoryName(u"premium"_s) + u" sold"_s);
    QVERIFY(soldColumn > 0 && seatsColumn > 0 && occupancyColumn > 0 && revenueColumn > 0);
    QVERIFY(standardColumn > 0 && premiumColumn > 0);

    int totalSold = 0;
    int totalSeats = 0;
    qint64 totalRevenue = 0;
    for (const Show &show : {m_first, m_second}) {
        const int row = rowOfShow(table, show.id);
        QVERIFY2(row >= 0, qPrintable(show.title));
        const Expected &expected = m_expected.value(show.id);
        QCOMPARE(table.value(row, standardColumn).toInt(), expected.sold.value(u"standard"_s));
        QCOMPARE(table.value(row, premiumColumn).toInt(), expected.sold.value(u"premium"_s));
        QCOMPARE(table.value(row, soldColumn).toInt(), expected.total());
        QCOMPARE(table.value(row, revenueColumn).toLongLong(), expected.totalRevenue());
        QCOMPARE(table.value(row, seatsColumn).toInt(), m_hallSeats.value(show.hallId));
        QCOMPARE(table.value(row, occupancyColumn).toDouble(), double(expected.total()) / m_hallSeats.value(show.hallId));
    }
    // Every other show of the day sold nothing.
    for (int row = 0; row < table.rowCount() - 1; ++row) {
        totalSold += table.value(row, soldColumn).toInt();
        totalSeats += table.value(row, seatsColumn).toInt();
        totalRevenue += table.value(row, revenueColumn).toLongLong();
    }
    QCOMPARE(totalSold, m_expected[m_first.id].total() + m_expected[m_second.id].total());
    QCOMPARE(totalRevenue, m_expected[m_first.id].totalRevenue() + m_expected[m_second.id].totalRevenue());

    const int totalRow = table.rowCount() - 1;
    QVERIFY(table.isTotalRow(totalRow));
    QCOMPARE(table.value(totalRow, soldColumn).toInt(), totalSold);
    QCOMPARE(table.value(totalRow, seatsColumn).toInt(), totalSeats);
    QCOMPARE(table.value(totalRow, revenueColumn).toLongLong(), totalRevenue);

    // The view shows the same table, formatted.
    auto *view = window.findChild<QTableView *>(u"reportTable"_s);
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), table.rowCount());
    const int row = rowOfShow(table, m_first.id);
    QCOMPARE(view->model()->index(row, revenueColumn).data().toString(),
             formatMoney(m_expected[m_first.id].totalRevenue()));
}

void tst_Reports::showReportMatchesBookings()
{
    ReportsWindow window(*m_fixture->backend);
    window.showShow(m_first.id, m_day);
    QVERIFY(waitForReport(window));
    QCOMPARE(window.mode(), ReportsWindow::Mode::Show);
    QCOMPARE(window.showId(), m_first.id);
    const ReportTable &table = window.table();
    const Expected &expected = m_expected.value(m_first.id);
    auto hall = m_fixture->catalog->hall(m_first.hallId);
    QVERIFY(hall.ok());

    int checked = 0;
    for (int row = 0; row < table.rowCount() - 1; ++row) {
        const QString name = table.value(row, 0).toString();
        for (const QString &code : {u"standard"_s, u"premium"_s}) {
            if (name != categoryName(code))
                continue;
            int capacity = 0;
            for (const Seat &seat : hall->seats)
                capacity += seat.category == code ? 1 : 0;
            QCOMPARE(table.value(row, 1).toInt(), expected.sold.value(code));
            QCOMPARE(table.value(row, 2).toInt(), capacity);
            QCOMPARE(table.value(row, 3).toDouble(), double(expected.sold.value(code)) / capacity);
            QCOMPARE(table.value(row, 4).toLongLong(), expected.revenue.value(code));
            ++checked;
        }
    }
    QCOMPARE(checked, 2);
    const int total = table.rowCount() - 1;
    QCOMPARE(table.value(total, 1).toInt(), expected.total());
    QCOMPARE(table.value(total, 2).toInt(), int(hall->seats.size()));
    QCOMPARE(table.value(total, 4).toLongLong(), expected.totalRevenue());

    // Choosing the other show in the list reports that one.
    auto *shows = window.findChild<QComboBox *>(u"showCombo"_s);
    QVERIFY(shows);
    const int index = shows->findData(m_second.id);
    QVERIFY(index >= 0);
    QSignalSpy loaded(&window, &ReportsWindow::reportLoaded);
    shows->setCurrentIndex(index);
    emit shows->activated(index);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(window.showId(), m_second.id);
    QCOMPARE(window.table().value(window.table().rowCount() - 1, 1).toInt(), m_expected[m_second.id].total());
}

void tst_Reports::csvExportMatchesTable()
{
    // A title that needs quoting, to see it survive the round trip.
    const QString title = u"Hamlet, \"the Dane\""_s;
    QVERIFY(m_fixture->database->run(u"UPDATE shows SET title = ? WHERE id = ?"_s, {title, m_first.id}).ok());

    ReportsWindow window(*m_fixture->backend);
    window.showDay(m_day);
    QVERIFY(waitForReport(window));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.csv"_s);
    QString suggested;
    window.setSavePathProvider([&](const QString &name) {
        suggested = name;
        return path;
    });
    QVERIFY(window.exportCsv());
    QVERIFY(suggested.endsWith(u".csv"_s));
    QVERIFY(suggested.contains(m_day.toString(Qt::ISODate)));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.endsWith(u"\r\n"_s));
    QVERIFY(text.contains(u"\"Hamlet, \"\"the Dane\"\"\""_s));

    const QList<QStringList> rows = parseCsv(text);
    const ReportTable &table = window.table();
    QCOMPARE(rows.size(), table.rowCount() + 1);
    QCOMPARE(rows.first().size(), table.columnCount());
    QCOMPARE(rows.first().at(1), u"Show"_s);
    const int revenueColumn = columnOf(table, u"Revenue"_s);
    const int occupancyColumn = columnOf(table, u"Occupancy"_s);
    QCOMPARE(rows.first().at(occupancyColumn), u"Occupancy (%)"_s);

    int firstRow = -1;
    for (int row = 1; row < rows.size(); ++row) {
        QCOMPARE(rows.at(row).size(), table.columnCount());
        if (rows.at(row).at(1) == title)
            firstRow = row;
    }
    QVERIFY(firstRow > 0);
    const QStringList &cells = rows.at(firstRow);
    QCOMPARE(cells.at(0), m_first.startsAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    const qint64 cents = m_expected[m_first.id].totalRevenue();
    QCOMPARE(cells.at(revenueColumn), u"%1.%2"_s.arg(cents / 100).arg(cents % 100, 2, 10, QChar(u'0')));
    const double percent = 100.0 * m_expected[m_first.id].total() / m_hallSeats.value(m_first.hallId);
    QCOMPARE(cells.at(occupancyColumn), QString::number(percent, 'f', 1));
    QCOMPARE(cells.at(columnOf(table, u"Seats sold"_s)).toInt(), m_expected[m_first.id].total());

    QCOMPARE(rows.last().at(revenueColumn).toDouble() * 100,
             double(m_expected[m_first.id].totalRevenue() + m_expected[m_second.id].totalRevenue()));

    // Cancelling the file dialog writes nothing.
    window.setSavePathProvider([](const QString &) { return QString(); });
    QVERIFY(!window.exportCsv());
}

void tst_Reports::followsNewBookings()
{
    ReportsWindow window(*m_fixture->backend);
    window.show();
    window.showDay(m_day);
    QVERIFY(waitForReport(window));
    const int soldColumn = columnOf(window.table(), u"Seats sold"_s);
    const int row = rowOfShow(window.table(), m_second.id);
    QVERIFY(row >= 0);
    const int before = window.table().value(row, soldColumn).toInt();

    QVERIFY(!m_fixture->book(m_second.id, {u"B5"_s, u"B6"_s, u"B7"_s}).reference.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(window.table().value(rowOfShow(window.table(), m_second.id), soldColumn).toInt(),
                              before + 3, 10000);
}

void tst_Reports::chartShowsTheSales()
{
    ReportsWindow window(*m_fixture->backend);
    window.resize(900, 600);
    window.show();
    window.showDay(m_day);
    QVERIFY(waitForReport(window));
    auto *chart = window.findChild<BarChartWidget *>(u"chart"_s);
    QVERIFY(chart);
    QVERIFY(chart->isStacked());
    const int shows = window.table().rowCount() - 1;
    QCOMPARE(chart->groups().size(), shows);
    // The stacked bars of a show add up to its seats sold.
    const int soldColumn = columnOf(window.table(), u"Seats sold"_s);
    for (int row = 0; row < shows; ++row) {
        double stack = 0;
        for (const BarChartWidget::Series &series : chart->series())
            stack += series.values.value(row);
        QCOMPARE(stack, double(window.table().value(row, soldColumn).toInt()));
    }

    window.setMetric(ReportsWindow::Metric::Occupancy);
    QCOMPARE(chart->series().size(), 1);
    const int occupancyColumn = columnOf(window.table(), u"Occupancy"_s);
    const int row = rowOfShow(window.table(), m_first.id);
    QCOMPARE(chart->series().first().values.value(row), window.table().value(row, occupancyColumn).toDouble() * 100.0);

    // It paints without trouble.
    const QImage image = chart->grab().toImage();
    QVERIFY(!image.isNull());
}

void tst_Reports::dayCloseNamesItsBreakdownAndUnpaidReservations()
{
    DayReport report;
    report.day = QDate(2026, 11, 27);
    const ReportTable empty = ReportTable::forDayClose(report);
    QCOMPARE(empty.columns().constFirst().title, u"Breakdown"_s);
    const int unpaidRow = empty.rowCount() - 2;
    QCOMPARE(empty.displayText(unpaidRow, 0), u"Unpaid reservations"_s);
    QCOMPARE(empty.displayText(unpaidRow, 1), u"none"_s);

    report.unpaidSeats = 5;
    report.unpaidReservations = 2;
    const QString unpaid = ReportTable::forDayClose(report).displayText(unpaidRow, 1);
    QVERIFY2(unpaid.startsWith(u"5 seat"_s) && unpaid.contains(u" 2 reservation"_s), qPrintable(unpaid));
}

QTEST_MAIN(tst_Reports)
#include "tst_reports.moc"
