#pragma once

#include "currency.h"
#include "hallplan.h"
#include "types.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableWidget;
class QTableWidgetItem;
QT_END_NAMESPACE

namespace boxoffice {

/// A show's price list as a table: one row per seat category of its hall, one column per ticket
/// type, each cell an amount in the venue's currency; an empty cell is a ticket not sold.
class PriceListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit PriceListEditor(QWidget *parent = nullptr);

    void setCurrency(const Currency &currency);
    /// The rows; prices entered for categories that remain are kept.
    void setCategories(const QList<HallCategory> &categories);
    /// The columns: the active types in their order. Prices of retired or unknown types still get
    /// a column of their own, marked, so that no price is dropped unseen.
    void setTicketTypes(const QList<TicketType> &types);
    /// Fills the table; returns the prices it has no row for (categories the hall lacks).
    QList<Price> setPrices(const QList<Price> &prices);
    /// What the table says, or which cell holds no amount in the currency.
    Result<QList<Price>> prices() const;

    QTableWidget *table() const { return m_table; }
    /// The cell of a category and ticket type, null when there is none.
    QTableWidgetItem *cell(const QString &category, const QString &ticketType) const;

private:
    void addColumn(const QString &key, const QString &name);
    /// The header of a column for a price whose type is not among the active ones.
    QString inactiveTypeName(const QString &key) const;
    void normalise(QTableWidgetItem *item);

    QTableWidget *m_table;
    QLabel *m_hint;
    Currency m_currency;
    QList<TicketType> m_ticketTypes;
};

} // namespace boxoffice
