#pragma once

#include "dayreport.h"
#include "reporttable.h"
#include "staffactor.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QDateEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace boxoffice {

class BarChartWidget;
class CoreBackend;

/// A venue day's takings and its close: per cashier, payment method and show, as a table and a
/// chart of the net takings, saved as CSV or PDF. Closing is refused while a shift of the day is
/// open; the refusal names whose.
class DayCloseWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayCloseWindow)

public:
    /// Asks where to save a file, given a suggested name and a filter; empty when cancelled.
    using SavePathProvider = std::function<QString(const QString &suggestedName, const QString &filter)>;

    DayCloseWindow(CoreBackend &backend, const StaffActor &actor, QWidget *parent = nullptr);

    QDate day() const;
    const ReportTable &table() const { return m_table; }
    const DayReport &report() const { return m_report; }
    QString statusText() const;
    void setSavePathProvider(SavePathProvider provider);

public slots:
    void showDay(const QDate &day);
    void refresh();
    void closeDay();
    bool exportCsv();
    bool exportPdf();

signals:
    void reportLoaded();
    void dayClosed();
    void failed(const QString &message);

private:
    void applyReport(const DayReport &report);
    void showStatus(const QString &message, bool error);
    QString askPath(const QString &suggestedName, const QString &filter);

    CoreBackend &m_backend;
    StaffActor m_actor;
    SavePathProvider m_savePathProvider;
    DayReport m_report;
    ReportTable m_table;
    QDateEdit *m_day;
    QPushButton *m_closeButton;
    QLabel *m_status;
    QStandardItemModel *m_model;
    QTableView *m_view;
    BarChartWidget *m_chart;
};

} // namespace boxoffice
