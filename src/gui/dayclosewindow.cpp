#include "dayclosewindow.h"

#include "barchartwidget.h"
#include "corebackend.h"
#include "displaynames.h"
#include "shiftservice.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

DayCloseWindow::DayCloseWindow(CoreBackend &backend, const StaffActor &actor, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_actor(actor), m_day(new QDateEdit(this)),
      m_closeButton(new QPushButton(tr("Close day"), this)), m_status(new QLabel(this)),
      m_model(new QStandardItemModel(this)), m_view(new QTableView(this)), m_chart(new BarChartWidget(this))
{
    setWindowTitle(tr("Day close"));
    m_day->setObjectName(u"day"_s);
    m_day->setCalendarPopup(true);
    m_day->setDate(venueDate(backend.clock().now()));
    m_closeButton->setObjectName(u"closeDayButton"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_view->setObjectName(u"reportTable"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chart->setObjectName(u"chart"_s);
    m_chart->setValueFormatter([](double cents) { return formatMoney(qint64(cents)); });
    m_chart->setMinimumHeight(180);

    auto *csvButton = new QPushButton(tr("Export CSV…"), this);
    csvButton->setObjectName(u"csvButton"_s);
    auto *pdfButton = new QPushButton(tr("Export PDF…"), this);
    pdfButton->setObjectName(u"pdfButton"_s);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Day:"), this));
    controls->addWidget(m_day);
    controls->addStretch();
    controls->addWidget(csvButton);
    controls->addWidget(pdfButton);
    controls->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_chart, 1);

    connect(m_day, &QDateEdit::dateChanged, this, &DayCloseWindow::refresh);
    connect(m_closeButton, &QPushButton::clicked, this, &DayCloseWindow::closeDay);
    connect(csvButton, &QPushButton::clicked, this, &DayCloseWindow::exportCsv);
    connect(pdfButton, &QPushButton::clicked, this, &DayCloseWindow::exportPdf);
    refresh();
}

QDate DayCloseWindow::day() const
{
    return m_day->date();
}

QString DayCloseWindow::statusText() const
{
    return m_status->text();
}

void DayCloseWindow::setSavePathProvider(SavePathProvider provider)
{
    m_savePathProvider = std::move(provider);
}

void DayCloseWindow::showDay(const QDate &day)
{
    if (day == m_day->date())
        refresh();
    else
        m_day->setDate(day);
}

void DayCloseWindow::refresh()
{
    showStatus(tr("Reading the day's takings…"), false);
    m_backend.run<DayReport>(
            this,
            [day = day(), zone = venueZone(), &clock = m_backend.clock()](CoreServices &services) -> Result<DayReport> {
                ShiftService shifts(services.database, clock);
                return shifts.dayReport(day, zone);
            },
            [this, day = day()](const Result<DayReport> &report) {
                if (day != this->day())
                    return;
                if (!report.ok()) {
                    showStatus(report.error().message, true);
                    return;
                }
                applyReport(report.value());
            });
}

void DayCloseWindow::closeDay()
{
    m_closeButton->setEnabled(false);
    m_backend.run<DayReport>(
            this,
            [day = day(), zone = venueZone(), actor = m_actor,
             &clock = m_backend.clock()](CoreServices &services) -> Result<DayReport> {
                ShiftService shifts(services.database, clock);
                return shifts.dayClose(day, zone, actor);
            },
            [this](const Result<DayReport> &report) {
                if (!report.ok()) {
                    m_closeButton->setEnabled(true);
                    showStatus(report.error().message, true);
                    return;
                }
                applyReport(report.value());
                emit dayClosed();
            });
}

void DayCloseWindow::applyReport(const DayReport &report)
{
    m_report = report;
    m_table = ReportTable::forDayClose(report);
    QFont bold = font();
    bold.setBold(true);
    m_table.fill(*m_model, bold);
    m_view->resizeColumnsToContents();

    QStringList cashiers;
    BarChartWidget::Series net{tr("Net takings"), {}};
    for (const DayReportLine &line : report.byCashier) {
        cashiers.append(line.name);
        net.values.append(double(line.netCents()));
    }
    m_chart->setData(cashiers, cashiers.isEmpty() ? QList<BarChartWidget::Series>{} : QList{net}, false);

    const bool closed = report.closedAt.isValid();
    m_closeButton->setEnabled(!closed);
    showStatus(closed ? tr("Closed %1 by %2.").arg(formatDateTime(report.closedAt), report.closedBy)
                      : tr("The day is open: %n shift(s).", nullptr, int(report.shifts.size())),
               false);
    emit reportLoaded();
}

bool DayCloseWindow::exportCsv()
{
    const QString path = askPath(tr("day-close-%1.csv").arg(day().toString(Qt::ISODate)), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    auto written = m_table.saveCsv(path);
    showStatus(written.ok() ? tr("Report saved to %1.").arg(path) : written.error().message, !written.ok());
    return written.ok();
}

bool DayCloseWindow::exportPdf()
{
    const QString path = askPath(tr("day-close-%1.pdf").arg(day().toString(Qt::ISODate)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    auto written = m_table.savePdf(path, tr("Day close %1").arg(day().toString(Qt::ISODate)));
    showStatus(written.ok() ? tr("Report saved to %1.").arg(path) : written.error().message, !written.ok());
    return written.ok();
}

QString DayCloseWindow::askPath(const QString &suggestedName, const QString &filter)
{
    if (m_table.rowCount() == 0)
        return {};
    return m_savePathProvider ? m_savePathProvider(suggestedName, filter)
                              : QFileDialog::getSaveFileName(this, tr("Export day close"), suggestedName, filter);
}

void DayCloseWindow::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        emit failed(message);
}

} // namespace boxoffice
