#pragma once

#include "reporttable.h"
#include "types.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QStandardItemModel;

namespace Ui {
class ReportsWindow;
}

namespace boxoffice {

class CoreBackend;

/// Sales per day or per show: seats sold by category, revenue and occupancy as a table and a bar
/// chart, exportable to CSV. Follows seat changes while open.
class ReportsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsWindow)

public:
    enum class Mode { Day, Show };
    enum class Metric { SeatsSold, Revenue, Occupancy };
    /// Asks where to save the CSV, given a suggested file name; empty when cancelled.
    using SavePathProvider = std::function<QString(const QString &suggestedName)>;

    explicit ReportsWindow(CoreBackend &backend, QWidget *parent = nullptr);
    ~ReportsWindow() override;

    Mode mode() const;
    QDate day() const;
    qint64 showId() const;
    Metric metric() const;
    /// What is on display (empty before the first answer).
    const ReportTable &table() const { return m_table; }
    void setSavePathProvider(SavePathProvider provider);

public slots:
    void showDay(const QDate &day);
    /// Reports one show; `day` is the day it starts on, so that the show list fits.
    void showShow(qint64 show, const QDate &day);
    void setMetric(boxoffice::ReportsWindow::Metric metric);
    void refresh();
    /// Asks for a file and writes the table as CSV; false when cancelled or failed.
    bool exportCsv();
    Result<bool> exportCsvTo(const QString &path);

signals:
    /// A report arrived and is on display.
    void reportLoaded();

private:
    struct Loaded
    {
        QList<ShowReport> reports;
        HallCapacities capacities;
        QList<Show> shows;
    };

    void loadShows();
    void applyReport(const Loaded &loaded);
    void fillTable();
    void updateChart();
    void updateControls();
    bool concerns(qint64 show) const;

    std::unique_ptr<Ui::ReportsWindow> m_ui;
    CoreBackend &m_backend;
    QStandardItemModel *m_model = nullptr;
    SavePathProvider m_savePathProvider;
    ReportTable m_table;
    Loaded m_loaded;
    qint64 m_wantedShow = 0;
    QTimer m_refreshTimer;
    int m_generation = 0;
};

} // namespace boxoffice
