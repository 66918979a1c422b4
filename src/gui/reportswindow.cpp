#include "reportswindow.h"
#include "corebackend.h"
#include "displaynames.h"
#include "ui_reportswindow.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QStandardItemModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
/// Sales come in bursts (a web customer books six seats): one reload per burst is enough.
constexpr int refreshDelayMs = 1000;

QString showLabel(const Show &show)
{
    return ReportsWindow::tr("%1  %2 (%3)")
            .arg(QLocale().toString(inVenueZone(show.startsAt).time(), QLocale::ShortFormat), show.title,
                 show.hallName);
}

QString percentOf(int part, int whole)
{
    return ReportTable::formatPercent(whole > 0 ? double(part) / whole : 0.0);
}
} // namespace

ReportsWindow::ReportsWindow(CoreBackend &backend, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReportsWindow>()), m_backend(backend)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_model = new QStandardItemModel(this);
    m_ui->reportTable->setModel(m_model);
    m_ui->reportTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->dayEdit->setDate(venueDate(m_backend.clock().now()));
    m_ui->chart->setEmptyText(tr("No shows on this day."));

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ReportsWindow::refresh);
    connect(&m_backend.feed(), &ChangeFeed::showChanged, this, [this](qint64 show) {
        if (isVisible() && concerns(show))
            m_refreshTimer.start();
    });

    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        refresh();
    });
    connect(m_ui->dayEdit, &QDateEdit::dateChanged, this, &ReportsWindow::refresh);
    connect(m_ui->previousDayButton, &QToolButton::clicked, this,
            [this] { m_ui->dayEdit->setDate(m_ui->dayEdit->date().addDays(-1)); });
    connect(m_ui->nextDayButton, &QToolButton::clicked, this,
            [this] { m_ui->dayEdit->setDate(m_ui->dayEdit->date().addDays(1)); });
    connect(m_ui->showCombo, &QComboBox::activated, this, [this] {
        m_wantedShow = m_ui->showCombo->currentData().toLongLong();
        refresh();
    });
    connect(m_ui->metricCombo, &QComboBox::currentIndexChanged, this, &ReportsWindow::updateChart);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ReportsWindow::refresh);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReportsWindow::exportCsv);
    updateControls();
    refresh();
}

ReportsWindow::~ReportsWindow() = default;

ReportsWindow::Mode ReportsWindow::mode() const
{
    return m_ui->modeCombo->currentIndex() == 1 ? Mode::Show : Mode::Day;
}

QDate ReportsWindow::day() const
{
    return m_ui->dayEdit->date();
}

qint64 ReportsWindow::showId() const
{
    return mode() == Mode::Show && !m_loaded.reports.isEmpty() ? m_loaded.reports.constFirst().show.id : 0;
}

ReportsWindow::Metric ReportsWindow::metric() const
{
    return Metric(m_ui->metricCombo->currentIndex());
}

void ReportsWindow::setSavePathProvider(SavePathProvider provider)
{
    m_savePathProvider = std::move(provider);
}

void ReportsWindow::showDay(const QDate &day)
{
    const QSignalBlocker blockMode(m_ui->modeCombo);
    const QSignalBlocker blockDay(m_ui->dayEdit);
    m_ui->modeCombo->setCurrentIndex(0);
    m_ui->dayEdit->setDate(day);
    updateControls();
    refresh();
}

void ReportsWindow::showShow(qint64 show, const QDate &day)
{
    const QSignalBlocker blockMode(m_ui->modeCombo);
    const QSignalBlocker blockDay(m_ui->dayEdit);
    m_ui->modeCombo->setCurrentIndex(1);
    m_ui->dayEdit->setDate(day);
    m_wantedShow = show;
    updateControls();
    refresh();
}

void ReportsWindow::setMetric(Metric metric)
{
    m_ui->metricCombo->setCurrentIndex(int(metric));
}

void ReportsWindow::updateControls()
{
    m_ui->showCombo->setEnabled(mode() == Mode::Show);
    m_ui->metricCombo->setItemText(int(Metric::Occupancy), tr("Occupancy"));
}

bool ReportsWindow::concerns(qint64 show) const
{
    return std::any_of(m_loaded.shows.cbegin(), m_loaded.shows.cend(),
                       [show](const Show &listed) { return listed.id == show; });
}

void ReportsWindow::refresh()
{
    const Mode mode = this->mode();
    const QDate day = this->day();
    const qint64 wanted = m_wantedShow;
    const int generation = ++m_generation;
    m_ui->statusLabel->setText(tr("Reading the sales…"));
    m_backend.run<Loaded>(
            this,
            [mode, day, wanted, zone = venueZone()](CoreServices &services) -> Result<Loaded> {
                Loaded loaded;
                auto shows = services.catalog.showsOn(day, zone, Channel::Counter);
                if (!shows.ok())
                    return shows.error();
                loaded.shows = shows.value();
                if (mode == Mode::Day) {
                    auto reports = services.catalog.dayReport(day, zone);
                    if (!reports.ok())
                        return reports.error();
                    loaded.reports = reports.value();
                } else {
                    qint64 show = loaded.shows.isEmpty() ? 0 : loaded.shows.constFirst().id;
                    for (const Show &listed : std::as_const(loaded.shows)) {
                        if (listed.id == wanted)
                            show = wanted;
                    }
                    if (show > 0) {
                        auto report = services.catalog.showReport(show);
                        if (!report.ok())
                            return report.error();
                        loaded.reports.append(report.value());
                    }
                }
                QSet<qint64> halls;
                for (const ShowReport &report : std::as_const(loaded.reports))
                    halls.insert(report.show.hallId);
                for (qint64 id : std::as_const(halls)) {
                    auto hall = services.catalog.hall(id);
                    if (!hall.ok())
                        return hall.error();
                    QHash<QString, int> &capacity = loaded.capacities[id];
                    for (const Seat &seat : hall->seats)
                        ++capacity[seat.category];
                }
                return loaded;
            },
            [this, generation](const Result<Loaded> &result) {
                if (generation != m_generation)
                    return;
                if (!result.ok()) {
                    m_ui->statusLabel->setText(tr("The sales could not be read: %1").arg(result.error().message));
                    return;
                }
                applyReport(result.value());
            });
}

void ReportsWindow::applyReport(const Loaded &loaded)
{
    m_loaded = loaded;
    {
        const QSignalBlocker blocker(m_ui->showCombo);
        m_ui->showCombo->clear();
        for (const Show &show : std::as_const(m_loaded.shows))
            m_ui->showCombo->addItem(showLabel(show), show.id);
        if (m_ui->showCombo->count() == 0)
            m_ui->showCombo->addItem(tr("No shows on this day"), 0);
        const qint64 shown = showId();
        if (shown > 0)
            m_ui->showCombo->setCurrentIndex(m_ui->showCombo->findData(shown));
    }

    const QLocale locale;
    if (mode() == Mode::Day) {
        m_table = ReportTable::forDay(m_loaded.reports);
        int sold = 0;
        int seats = 0;
        qint64 revenue = 0;
        for (const ShowReport &report : std::as_const(m_loaded.reports)) {
            sold += report.seatsSold;
            seats += report.seatsTotal;
            revenue += report.revenueCents;
        }
        m_ui->summaryLabel->setText(
                tr("%1: %n show(s), %2 of %3 seats sold (%4), revenue %5.", nullptr, int(m_loaded.reports.size()))
                        .arg(locale.toString(day(), QLocale::LongFormat), locale.toString(sold),
                             locale.toString(seats), percentOf(sold, seats), formatMoney(revenue)));
    } else if (!m_loaded.reports.isEmpty()) {
        const ShowReport &report = m_loaded.reports.constFirst();
        m_table = ReportTable::forShow(report, m_loaded.capacities);
        m_ui->summaryLabel->setText(
                tr("%1 — %2, %3: %4 of %5 seats sold (%6), revenue %7.")
                        .arg(report.show.title,
                             locale.toString(inVenueZone(report.show.startsAt), QLocale::ShortFormat),
                             report.show.hallName, locale.toString(report.seatsSold),
                             locale.toString(report.seatsTotal), percentOf(report.seatsSold, report.seatsTotal),
                             formatMoney(report.revenueCents)));
    } else {
        m_table = ReportTable();
        m_ui->summaryLabel->setText(tr("%1: no shows.").arg(locale.toString(day(), QLocale::LongFormat)));
    }
    fillTable();
    updateChart();
    m_ui->exportButton->setEnabled(m_table.rowCount() > 0);
    m_ui->statusLabel->setText(tr("As of %1.").arg(locale.toString(inVenueZone(m_backend.clock().now()).time(),
                                                                      QLocale::ShortFormat)));
    emit reportLoaded();
}

void ReportsWindow::fillTable()
{
    QFont bold = font();
    bold.setBold(true);
    m_table.fill(*m_model, bold);
    m_ui->reportTable->resizeColumnsToContents();
}

void ReportsWindow::updateChart()
{
    BarChartWidget *chart = m_ui->chart;
    const Metric metric = this->metric();
    const QLocale locale;
    switch (metric) {
    case Metric::SeatsSold:
        chart->setValueFormatter([locale](double value) { return locale.toString(qRound64(value)); });
        chart->setMaximum(std::nullopt);
        break;
    case Metric::Revenue:
        chart->setValueFormatter([](double value) { return formatMoney(qRound64(value)); });
        chart->setMaximum(std::nullopt);
        break;
    case Metric::Occupancy:
        chart->setValueFormatter([](double value) { return ReportTable::formatPercent(value / 100.0); });
        chart->setMaximum(100.0);
        break;
    }

    if (mode() == Mode::Day) {
        QList<ShowReport> reports = m_loaded.reports;
        std::stable_sort(reports.begin(), reports.end(),
                         [](const ShowReport &a, const ShowReport &b) { return a.show.startsAt < b.show.startsAt; });
        QStringList groups;
        for (const ShowReport &report : std::as_const(reports))
            groups.append(locale.toString(inVenueZone(report.show.startsAt).time(), QLocale::ShortFormat) + u'\n'
                          + report.show.title);
        if (metric == Metric::Occupancy) {
            BarChartWidget::Series series{tr("Occupancy"), {}};
            for (const ShowReport &report : std::as_const(reports))
                series.values.append(report.occupancy() * 100.0);
            chart->setData(groups, {series}, false);
            return;
        }
        // Seats or revenue per category, stacked: the bar's height is the show's total.
        QStringList codes;
        for (const ShowReport &report : std::as_const(reports)) {
            for (const CategorySales &sales : report.categories)
                codes.append(sales.category);
        }
        codes = ReportTable::orderedCategories(codes);
        QList<BarChartWidget::Series> series;
        for (const QString &code : std::as_const(codes)) {
            BarChartWidget::Series one{categoryName(code), {}};
            for (const ShowReport &report : std::as_const(reports)) {
                double value = 0;
                for (const CategorySales &sales : report.categories) {
                    if (sales.category == code)
                        value += metric == Metric::SeatsSold ? sales.seatsSold : double(sales.revenueCents);
                }
                one.values.append(value);
            }
            series.append(one);
        }
        if (series.isEmpty() && !groups.isEmpty())
            series.append({tr("Seats sold"), QList<double>(groups.size(), 0.0)});
        chart->setData(groups, series, true);
        return;
    }

    // Per show: one bar per category, from the table (its last row is the total).
    QStringList groups;
    BarChartWidget::Series series{m_ui->metricCombo->currentText(), {}};
    const int valueColumn = metric == Metric::SeatsSold ? 1 : metric == Metric::Revenue ? 4 : 3;
    for (int row = 0; row < m_table.rowCount(); ++row) {
        if (m_table.isTotalRow(row))
            continue;
        groups.append(m_table.value(row, 0).toString());
        const QVariant value = m_table.value(row, valueColumn);
        series.values.append(metric == Metric::Occupancy ? value.toDouble() * 100.0 : value.toDouble());
    }
    chart->setData(groups, groups.isEmpty() ? QList<BarChartWidget::Series>{} : QList{series}, false);
}

bool ReportsWindow::exportCsv()
{
    if (m_table.rowCount() == 0)
        return false;
    const QString suggested = mode() == Mode::Day
                                      ? tr("sales-%1.csv").arg(day().toString(Qt::ISODate))
                                      : tr("sales-show-%1-%2.csv").arg(showId()).arg(day().toString(Qt::ISODate));
    const QString path = m_savePathProvider ? m_savePathProvider(suggested)
                                            : QFileDialog::getSaveFileName(this, tr("Export report as CSV"), suggested,
                                                                           tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    auto written = exportCsvTo(path);
    m_ui->statusLabel->setText(written.ok() ? tr("Report saved to %1.").arg(path) : written.error().message);
    return written.ok();
}

Result<bool> ReportsWindow::exportCsvTo(const QString &path)
{
    return m_table.saveCsv(path);
}

} // namespace boxoffice
