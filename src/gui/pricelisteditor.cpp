#include "pricelisteditor.h"

#include "displaynames.h"

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
constexpr int keyRole = Qt::UserRole;
} // namespace

PriceListEditor::PriceListEditor(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 0, this);
    m_table->setObjectName(u"priceTable"_s);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setBuddy(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_table);
    setCurrency(Currency());
    connect(m_table, &QTableWidget::itemChanged, this, &PriceListEditor::normalise);
}

void PriceListEditor::setCurrency(const Currency &currency)
{
    const auto current = prices();
    m_currency = currency;
    m_hint->setText(tr("P&rices in %1. Leave a cell empty where that ticket is not sold.").arg(currency.code()));
    if (current.ok())
        setPrices(current.value());
}

void PriceListEditor::setCategories(const QList<HallCategory> &categories)
{
    const auto current = prices();
    m_table->setRowCount(int(categories.size()));
    QStringList names;
    for (int row = 0; row < categories.size(); ++row) {
        const HallCategory &category = categories.at(row);
        names.append(category.name.isEmpty() ? categoryName(category.key) : category.name);
        auto *header = new QTableWidgetItem(names.constLast());
        header->setData(keyRole, category.key);
        m_table->setVerticalHeaderItem(row, header);
    }
    setPrices(current.ok() ? current.value() : QList<Price>{});
}

void PriceListEditor::setTicketTypes(const QList<TicketType> &types)
{
    const auto current = prices();
    m_ticketTypes = types;
    std::stable_sort(m_ticketTypes.begin(), m_ticketTypes.end(),
                     [](const TicketType &a, const TicketType &b) { return a.position < b.position; });
    m_table->setColumnCount(0);
    for (const TicketType &type : std::as_const(m_ticketTypes)) {
        if (!type.retired)
            addColumn(type.key, type.name.isEmpty() ? ticketTypeName(type.key) : type.name);
    }
    setPrices(current.ok() ? current.value() : QList<Price>{});
}

QString PriceListEditor::inactiveTypeName(const QString &key) const
{
    for (const TicketType &type : m_ticketTypes) {
        if (type.key == key)
            return tr("%1 (retired)").arg(type.name);
    }
    return tr("%1 (unknown)").arg(key);
}

void PriceListEditor::addColumn(const QString &key, const QString &name)
{
    const int column = m_table->columnCount();
    m_table->setColumnCount(column + 1);
    auto *header = new QTableWidgetItem(name);
    header->setData(keyRole, key);
    m_table->setHorizontalHeaderItem(column, header);
}

QList<Price> PriceListEditor::setPrices(const QList<Price> &prices)
{
    const QSignalBlocker blocker(m_table);
    for (const Price &price : prices) {
        bool known = false;
        for (int column = 0; column < m_table->columnCount(); ++column)
            known = known || m_table->horizontalHeaderItem(column)->data(keyRole).toString() == price.ticketType;
        if (!known)
            addColumn(price.ticketType, inactiveTypeName(price.ticketType));
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    QList<Price> unplaced;
    for (const Price &price : prices) {
        if (QTableWidgetItem *item = cell(price.category, price.ticketType))
            item->setText(m_currency.editableNumber(price.priceCents, locale()));
        else
            unplaced.append(price);
    }
    return unplaced;
}

Result<QList<Price>> PriceListEditor::prices() const
{
    QList<Price> prices;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            const QString text = item ? item->text().trimmed() : QString();
            if (text.isEmpty())
                continue;
            const auto amount = m_currency.parseInLocale(text, locale());
            if (!amount)
                return Error{ErrorCode::InvalidField,
                             tr("“%1” is not a price in %2 (%3, %4).")
                                     .arg(text, m_currency.code(), m_table->verticalHeaderItem(row)->text(),
                                          m_table->horizontalHeaderItem(column)->text()),
                             {}};
            prices.append({m_table->verticalHeaderItem(row)->data(keyRole).toString(),
                           m_table->horizontalHeaderItem(column)->data(keyRole).toString(), *amount});
        }
    }
    return prices;
}

QTableWidgetItem *PriceListEditor::cell(const QString &category, const QString &ticketType) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->verticalHeaderItem(row)->data(keyRole).toString() != category)
            continue;
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (m_table->horizontalHeaderItem(column)->data(keyRole).toString() == ticketType)
                return m_table->item(row, column);
        }
    }
    return nullptr;
}

void PriceListEditor::normalise(QTableWidgetItem *item)
{
    const QString text = item->text().trimmed();
    const auto amount = m_currency.parseInLocale(text, locale());
    const QSignalBlocker blocker(m_table);
    if (text.isEmpty() || !amount) {
        item->setData(Qt::ForegroundRole, text.isEmpty() ? QVariant() : QVariant(QColor(0xb0, 0x00, 0x20)));
        return;
    }
    item->setData(Qt::ForegroundRole, QVariant());
    item->setText(m_currency.editableNumber(*amount, locale()));
}

} // namespace boxoffice
