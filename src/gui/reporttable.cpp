#include "reporttable.h"
#include "csvfield.h"
#include "displaynames.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QLocale>
#include <QStandardItemModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boxoffice {

QStringList ReportTable::orderedCategories(QStringList categories)
{
    static const QStringList known = {u"standard"_s, u"premium"_s, u"box"_s};
    categories.removeDuplicates();
    std::sort(categories.begin(), categories.end(), [](const QString &a, const QString &b) {
        const qsizetype rankA = known.contains(a) ? known.indexOf(a) : known.size();
        const qsizetype rankB = known.contains(b) ? known.indexOf(b) : known.size();
        return rankA != rankB ? rankA < rankB : a < b;
    });
    return categories;
}

namespace {
QVariant fraction(int part, int whole)
{
    return whole > 0 ? QVariant(double(part) / whole) : QVariant();
}

/// The categories a show is priced in or sold in, in no particular order and maybe repeated.
QStringList pricedOrSold(const ShowReport &report)
{
    QStringList categories;
    for (const Price &price : report.show.prices)
        categories.append(price.category);
    for (const CategorySales &sales : report.categories)
        categories.append(sales.category);
    return categories;
}

/// A show's sales in one category, summed over the rows the report has for it.
CategorySales salesIn(const ShowReport &report, const QString &category)
{
    CategorySales total{category};
    for (const CategorySales &sales : report.categories) {
        if (sales.category == category) {
            total.seatsSold += sales.seatsSold;
            total.revenueCents += sales.revenueCents;
        }
    }
    return total;
}
} // namespace

ReportTable ReportTable::forDay(const QList<ShowReport> &reports)
{
    QStringList categories;
    for (const ShowReport &report : reports)
        categories += pricedOrSold(report);
    categories = orderedCategories(categories);

    ReportTable table;
    table.m_columns = {{tr("Starts"), Kind::Time}, {tr("Show"), Kind::Text}, {tr("Hall"), Kind::Text}};
    for (const QString &category : std::as_const(categories))
        table.m_columns.append({tr("%1 sold").arg(categoryName(category)), Kind::Count});
    table.m_columns += QList<Column>{{tr("Seats sold"), Kind::Count},
                                     {tr("Seats in hall"), Kind::Count},
                                     {tr("Occupancy"), Kind::Percent},
                                     {tr("Revenue"), Kind::Money},
                                     {tr("Reserved, unpaid"), Kind::Count},
                                     {tr("Unpaid amount"), Kind::Money}};

    QList<ShowReport> sorted = reports;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ShowReport &a, const ShowReport &b) { return a.show.startsAt < b.show.startsAt; });
    QHash<QString, int> soldPerCategory;
    int sold = 0;
    int seats = 0;
    qint64 revenue = 0;
    int reserved = 0;
    qint64 unpaid = 0;
    for (const ShowReport &report : std::as_const(sorted)) {
        QList<QVariant> row = {report.show.startsAt, report.show.title, report.show.hallName};
        for (const QString &category : std::as_const(categories)) {
            const int count = salesIn(report, category).seatsSold;
            soldPerCategory[category] += count;
            row.append(count);
        }
        row << report.seatsSold << report.seatsTotal << fraction(report.seatsSold, report.seatsTotal)
            << report.revenueCents << report.reservedSeats << report.reservedCents;
        table.m_rows.append(row);
        sold += report.seatsSold;
        seats += report.seatsTotal;
        revenue += report.revenueCents;
        reserved += report.reservedSeats;
        unpaid += report.reservedCents;
    }

    QList<QVariant> total = {QVariant(), tr("Total (%n show(s))", nullptr, int(sorted.size())), QVariant()};
    for (const QString &category : std::as_const(categories))
        total.append(soldPerCategory.value(category));
    total << sold << seats << fraction(sold, seats) << revenue << reserved << unpaid;
    table.m_rows.append(total);
    table.m_hasTotal = true;
    return table;
}

ReportTable ReportTable::forDayClose(const DayReport &report)
{
    ReportTable table;
    table.m_columns = {{tr("Breakdown"), Kind::Text},   {tr("Name"), Kind::Text},
                       {tr("Sales"), Kind::Money},      {tr("Refunds"), Kind::Money},
                       {tr("Transfers"), Kind::Money},  {tr("Net"), Kind::Money},
                       {tr("Reservations collected"), Kind::Count}, {tr("Reservations expired"), Kind::Count}};
    const auto rowOf = [](const QString &of, const QString &name, const DayReportLine &line) {
        return QList<QVariant>{of, name, line.salesCents, line.refundsCents, line.transfersCents, line.netCents(),
                               line.reservationsCollected, line.reservationsExpired};
    };
    for (const DayReportLine &line : report.byCashier)
        table.m_rows.append(rowOf(tr("Cashier"), line.id == 0 ? tr("(no staff account)") : line.name, line));
    for (const DayReportLine &line : report.byMethod)
        table.m_rows.append(rowOf(tr("Payment method"), paymentMethodName(line.name), line));
    for (const DayReportLine &line : report.byShow)
        table.m_rows.append(rowOf(tr("Show"), line.name, line));
    const QString unpaid = report.unpaidReservations == 0
                                   ? tr("none")
                                   : tr("%n seat(s) in %1", nullptr, report.unpaidSeats)
                                             .arg(tr("%n reservation(s), not revenue", nullptr, report.unpaidReservations));
    table.m_rows.append({tr("Unpaid reservations"), unpaid, QVariant(), QVariant(), QVariant(), report.unpaidCents,
                         QVariant(), QVariant()});
    table.m_rows.append(rowOf(tr("Total"), report.day.toString(Qt::ISODate), report.total));
    table.m_hasTotal = true;
    return table;
}

ReportTable ReportTable::forShow(const ShowReport &report, const HallCapacities &capacities)
{
    const QHash<QString, int> capacity = capacities.value(report.show.hallId);
    const QStringList categories = orderedCategories(capacity.keys() + pricedOrSold(report));

    ReportTable table;
    table.m_columns = {{tr("Category"), Kind::Text},
                       {tr("Seats sold"), Kind::Count},
                       {tr("Seats in hall"), Kind::Count},
                       {tr("Occupancy"), Kind::Percent},
                       {tr("Revenue"), Kind::Money}};
    for (const QString &category : std::as_const(categories)) {
        const CategorySales sales = salesIn(report, category);
        const QVariant seats = capacity.contains(category) ? QVariant(capacity.value(category)) : QVariant();
        table.m_rows.append(QList<QVariant>{categoryName(category), sales.seatsSold, seats,
                                            seats.isValid() ? fraction(sales.seatsSold, seats.toInt()) : QVariant(),
                                            sales.revenueCents});
    }
    // Unpaid reservations hold seats but are no revenue: a line of their own, left out of the total.
    table.m_rows.append(QList<QVariant>{tr("Reserved, unpaid"), report.reservedSeats, QVariant(), QVariant(),
                                        report.reservedCents});
    table.m_rows.append(QList<QVariant>{tr("All categories"), report.seatsSold, report.seatsTotal,
                                        fraction(report.seatsSold, report.seatsTotal), report.revenueCents});
    table.m_hasTotal = true;
    return table;
}

QVariant ReportTable::value(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return m_rows.at(row).value(column);
}

QString ReportTable::formatPercent(double fraction)
{
    return tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

void ReportTable::fill(QStandardItemModel &model, const QFont &boldFont) const
{
    model.clear();
    QStringList headers;
    for (const Column &column : m_columns)
        headers.append(column.title);
    model.setHorizontalHeaderLabels(headers);
    for (int row = 0; row < rowCount(); ++row) {
        QList<QStandardItem *> cells;
        for (int column = 0; column < columnCount(); ++column) {
            auto *cell = new QStandardItem(displayText(row, column));
            const Kind kind = m_columns.at(column).kind;
            if (kind == Kind::Count || kind == Kind::Money || kind == Kind::Percent)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (isTotalRow(row))
                cell->setFont(boldFont);
            cells.append(cell);
        }
        model.appendRow(cells);
    }
}

QString ReportTable::displayText(int row, int column) const
{
    const QVariant cell = value(row, column);
    if (!cell.isValid() || cell.isNull())
        return {};
    const QLocale locale;
    switch (m_columns.at(column).kind) {
    case Kind::Text: return cell.toString();
    case Kind::DateTime: return locale.toString(inVenueZone(cell.toDateTime()), QLocale::ShortFormat);
    case Kind::Time: return locale.toString(inVenueZone(cell.toDateTime()).time(), QLocale::ShortFormat);
    case Kind::Count: return locale.toString(cell.toInt());
    case Kind::Money: return formatMoney(cell.toLongLong());
    case Kind::Percent: return formatPercent(cell.toDouble());
    }
    return {};
}

QString ReportTable::csvText(int row, int column) const
{
    const QVariant cell = value(row, column);
    if (!cell.isValid() || cell.isNull())
        return {};
    switch (m_columns.at(column).kind) {
    case Kind::Text: return cell.toString();
    case Kind::DateTime:
    case Kind::Time: return inVenueZone(cell.toDateTime()).toString(u"yyyy-MM-dd HH:mm"_s);
    case Kind::Count: return QString::number(cell.toInt());
    case Kind::Money: return venueCurrency().plainNumber(cell.toLongLong());
    case Kind::Percent: return QString::number(cell.toDouble() * 100.0, 'f', 1);
    }
    return {};
}

QString ReportTable::csvField(const QString &text)
{
    return boxoffice::csvField(text);
}

QString ReportTable::toCsv() const
{
    QStringList lines;
    QStringList header;
    for (const Column &column : m_columns) {
        QString title = column.title;
        if (column.kind == Kind::Percent)
            title = tr("%1 (%)").arg(title);
        // Amounts are plain numbers; the header names their currency.
        else if (column.kind == Kind::Money)
            title = tr("%1 (%2)").arg(title, venueCurrency().code());
        header.append(csvField(title));
    }
    lines.append(header.join(u','));
    for (int row = 0; row < rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < columnCount(); ++column) {
            const QString text = csvText(row, column);
            fields.append(m_columns.at(column).kind == Kind::Text ? csvField(text) : text);
        }
        lines.append(fields.join(u','));
    }
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

QByteArray ReportTable::toCsvFile() const
{
    return QByteArray("\xEF\xBB\xBF") + toCsv().toUtf8();
}

Result<bool> ReportTable::saveCsv(const QString &path) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(toCsvFile());
        if (file.commit())
            return true;
    }
    return Error{ErrorCode::InvalidField, tr("The report could not be saved to %1: %2").arg(path, file.errorString()), {}};
}

Result<bool> ReportTable::savePdf(const QString &path, const QString &title) const
{
    QString html = u"<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"_s.arg(title.toHtmlEscaped());
    for (const Column &column : m_columns)
        html += u"<th>%1</th>"_s.arg(column.title.toHtmlEscaped());
    html += u"</tr>"_s;
    for (int row = 0; row < rowCount(); ++row) {
        html += u"<tr>"_s;
        for (int column = 0; column < columnCount(); ++column) {
            const Kind kind = m_columns.at(column).kind;
            const bool number = kind == Kind::Count || kind == Kind::Money || kind == Kind::Percent;
            const QString text = displayText(row, column).toHtmlEscaped();
            html += u"<td%1>%2</td>"_s.arg(number ? u" align=\"right\""_s : QString(),
                                           isTotalRow(row) ? u"<b>"_s + text + u"</b>"_s : text);
        }
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(title);
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    // QPdfWriter reports no write errors (a missing folder, a full disk), so check what arrived.
    if (QFile(path).size() == 0 || !QFile::exists(path))
        return Error{ErrorCode::InvalidField, tr("The report could not be saved to %1.").arg(path), {}};
    return true;
}

} // namespace boxoffice
