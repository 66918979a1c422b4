#pragma once

#include "dayreport.h"
#include "types.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

class QFont;
class QStandardItemModel;

namespace boxoffice {

/// Seats per category of each hall: what occupancy is measured against.
using HallCapacities = QHash<qint64, QHash<QString, int>>;

/// A sales report laid out as a table: typed cells that the window shows in the cashier's
/// language and that export to CSV in a form spreadsheets read the same everywhere (ISO times,
/// '.' as decimal point, no thousands separators).
class ReportTable final
{
    Q_DECLARE_TR_FUNCTIONS(boxoffice::ReportTable)

public:
    /// Time: a start time shown without its date (the report is of one day).
    enum class Kind { Text, DateTime, Time, Count, Money, Percent };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
    };

    /// One row per show of the day (by start), seats sold per category, and a total row.
    static ReportTable forDay(const QList<ShowReport> &reports);
    /// One row per seat category of the show, and a total row.
    static ReportTable forShow(const ShowReport &report, const HallCapacities &capacities);
    /// A day close: a row per cashier, payment method and show with sales, refunds, transfers,
    /// net, reservations collected and expired; unpaid reservations apart; and the day's total.
    static ReportTable forDayClose(const DayReport &report);

    QList<Column> columns() const { return m_columns; }
    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_columns.size()); }
    /// Text: QString; DateTime and Time: QDateTime; Count: int; Money: cents (qint64); Percent: a fraction
    /// (0.25 for 25 %). Null where a cell has no value.
    QVariant value(int row, int column) const;
    bool isTotalRow(int row) const { return m_hasTotal && row == rowCount() - 1; }

    QString displayText(int row, int column) const;
    /// Fills `model` with the displayed table, numbers right-aligned, the total row in `boldFont`.
    void fill(QStandardItemModel &model, const QFont &boldFont) const;
    QString csvText(int row, int column) const;
    /// RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote or
    /// line break (quotes doubled); text cells that a spreadsheet would run as a formula are
    /// defused with a leading apostrophe.
    QString toCsv() const;
    /// The CSV as UTF-8 with a byte order mark, so that spreadsheet programs pick the encoding.
    QByteArray toCsvFile() const;
    /// Writes toCsvFile() to `path`, whole or not at all.
    Result<bool> saveCsv(const QString &path) const;
    /// Writes the displayed table under `title` as a PDF document (A4) to `path`.
    Result<bool> savePdf(const QString &path, const QString &title) const;

    static QString csvField(const QString &text);
    /// The known categories from cheap to dear, then others by name; each once.
    static QStringList orderedCategories(QStringList categories);
    static QString formatPercent(double fraction);

private:
    QList<Column> m_columns;
    QList<QList<QVariant>> m_rows;
    bool m_hasTotal = false;
};

} // namespace boxoffice
