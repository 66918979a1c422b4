#pragma once

#include "types.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace boxoffice {

class CounterSale;
class SeatMapWidget;
struct ShowSnapshot;

/// The counter's "Best seats" control above the seat map: one button per number of seats, each
/// also on Alt+1 … Alt+9 (so it works while the seat map has the focus, whose plain keys move
/// the cursor), a category (any or one of the hall's), and how many of the seats get each ticket
/// type besides the usual one; how many of the seats are wheelchair spaces (each with its
/// companion seat or not) and whether the house's kept-back seats may be among them, as the
/// core's best-available request offers. The seats come from CounterSale::holdBest; the cashier
/// adjusts them on the map afterwards as usual.
class BestSeatsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BestSeatsBar)

public:
    static constexpr int maxSeats = 9;

    explicit BestSeatsBar(CounterSale &sale, QWidget *parent = nullptr);

    /// Offers the categories of `map`, in the order its legend lists them.
    void setSeatMap(const SeatMapWidget &map);

    /// The category asked for, empty for any.
    QString category() const;
    void setCategory(const QString &category);
    /// The ticket types other than the usual one the show sells, in the till's order.
    QStringList mixTicketTypes() const { return m_mixTypes; }
    void setTicketCount(const QString &ticketType, int count);
    /// Ticket type → how many of the best seats get it; the rest keep the seat's usual type.
    QHash<QString, int> ticketMix() const;
    /// What the bar asks core for when `count` seats are wanted.
    BestAvailableRequest request(int count) const;
    /// The action holding the best `count` seats (1 … maxSeats).
    QAction *actionFor(int count) const { return m_actions.value(count - 1); }

public slots:
    void holdBest(int count);
    /// Writes the names of categories and ticket types again (the language or the venue's names changed).
    void renameCodes();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateMixTypes();
    void updateCategories();
    void rebuildMix();
    void retranslate();

    CounterSale &m_sale;
    const SeatMapWidget *m_map = nullptr;
    QLabel *m_title;
    QLabel *m_categoryLabel;
    QComboBox *m_category;
    QLabel *m_wheelchairLabel;
    QSpinBox *m_wheelchairSpaces;
    QCheckBox *m_withCompanions;
    QCheckBox *m_houseSeats;
    QHBoxLayout *m_mixLayout;
    QList<QAction *> m_actions;
    QStringList m_categories;
    QStringList m_mixTypes;
    QList<QLabel *> m_mixLabels;
    QHash<QString, QSpinBox *> m_mixCounts;
};

} // namespace boxoffice
