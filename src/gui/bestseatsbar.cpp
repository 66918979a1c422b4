#include "bestseatsbar.h"

#include "countersale.h"
#include "displaynames.h"
#include "seatmapwidget.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

BestSeatsBar::BestSeatsBar(CounterSale &sale, QWidget *parent)
    : QWidget(parent), m_sale(sale), m_title(new QLabel(this)), m_categoryLabel(new QLabel(this)),
      m_category(new QComboBox(this)), m_wheelchairLabel(new QLabel(this)), m_wheelchairSpaces(new QSpinBox(this)),
      m_withCompanions(new QCheckBox(this)), m_houseSeats(new QCheckBox(this)), m_mixLayout(new QHBoxLayout)
{
    setObjectName(u"bestSeatsBar"_s);
    m_category->setObjectName(u"bestSeatsCategory"_s);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_categoryLabel->setBuddy(m_category);
    m_wheelchairSpaces->setObjectName(u"bestSeatsWheelchairSpaces"_s);
    m_wheelchairSpaces->setRange(0, maxSeats);
    m_wheelchairLabel->setBuddy(m_wheelchairSpaces);
    m_withCompanions->setObjectName(u"bestSeatsWithCompanions"_s);
    m_withCompanions->setChecked(true);
    m_houseSeats->setObjectName(u"bestSeatsHouseSeats"_s);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_title);
    for (int count = 1; count <= maxSeats; ++count) {
        auto *action = new QAction(QString::number(count), this);
        action->setObjectName(u"actionBestSeats%1"_s.arg(count));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + count)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, count] { holdBest(count); });
        addAction(action);
        m_actions.append(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(u"bestSeatsButton%1"_s.arg(count));
        button->setMinimumWidth(28);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_categoryLabel);
    choices->addWidget(m_category);
    choices->addSpacing(12);
    choices->addLayout(m_mixLayout);
    choices->addStretch();

    // A row of their own: beside the buttons or the mix they widened the seat map's column until
    // the basket no longer fitted a 1400-pixel screen.
    auto *access = new QHBoxLayout;
    access->addWidget(m_wheelchairLabel);
    access->addWidget(m_wheelchairSpaces);
    access->addWidget(m_withCompanions);
    access->addSpacing(12);
    access->addWidget(m_houseSeats);
    access->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addLayout(buttons);
    layout->addLayout(choices);
    layout->addLayout(access);

    connect(&m_sale, &CounterSale::snapshotChanged, this, &BestSeatsBar::updateMixTypes);
    retranslate();
    rebuildMix();
}

QString BestSeatsBar::category() const
{
    return m_category->currentData().toString();
}

void BestSeatsBar::setCategory(const QString &category)
{
    const int index = m_category->findData(category);
    if (index >= 0)
        m_category->setCurrentIndex(index);
}

void BestSeatsBar::setTicketCount(const QString &ticketType, int count)
{
    if (QSpinBox *spin = m_mixCounts.value(ticketType))
        spin->setValue(count);
}

QHash<QString, int> BestSeatsBar::ticketMix() const
{
    QHash<QString, int> mix;
    for (auto it = m_mixCounts.cbegin(); it != m_mixCounts.cend(); ++it) {
        if (it.value()->value() > 0)
            mix.insert(it.key(), it.value()->value());
    }
    return mix;
}

BestAvailableRequest BestSeatsBar::request(int count) const
{
    BestAvailableRequest request{count, category()};
    request.wheelchairSpaces = m_wheelchairSpaces->value();
    request.withCompanions = m_withCompanions->isChecked();
    request.includeHouseSeats = m_houseSeats->isChecked();
    return request;
}

void BestSeatsBar::holdBest(int count)
{
    // The window's shortcuts still fire while nobody is signed in and the counter is off.
    if (!isEnabled() || !isVisible())
        return;
    m_sale.holdBest(request(count), ticketMix());
}

void BestSeatsBar::setSeatMap(const SeatMapWidget &map)
{
    m_map = &map;
    connect(&map, &SeatMapWidget::categoriesChanged, this, &BestSeatsBar::updateCategories);
    updateCategories();
}

void BestSeatsBar::updateCategories()
{
    QStringList categories;
    for (const SeatMapCategory &category : m_map->categories())
        categories.append(category.category);
    if (categories != m_categories) {
        m_categories = categories;
        renameCodes();
    }
}

void BestSeatsBar::updateMixTypes()
{
    const QStringList types = m_sale.showTicketTypes();
    const QStringList mixTypes = types.mid(1);
    if (mixTypes != m_mixTypes) {
        m_mixTypes = mixTypes;
        rebuildMix();
    }
}

void BestSeatsBar::rebuildMix()
{
    const QHash<QString, int> previous = ticketMix();
    qDeleteAll(m_mixLabels);
    m_mixLabels.clear();
    qDeleteAll(m_mixCounts);
    m_mixCounts.clear();
    for (const QString &type : std::as_const(m_mixTypes)) {
        auto *label = new QLabel(this);
        auto *count = new QSpinBox(this);
        count->setObjectName(u"bestSeatsMix_%1"_s.arg(type));
        count->setRange(0, maxSeats);
        count->setValue(previous.value(type));
        label->setBuddy(count);
        m_mixLayout->addWidget(label);
        m_mixLayout->addWidget(count);
        m_mixLabels.append(label);
        m_mixCounts.insert(type, count);
    }
    renameCodes();
}

void BestSeatsBar::renameCodes()
{
    {
        const QSignalBlocker blocker(m_category);
        const QString chosen = category();
        m_category->clear();
        m_category->addItem(tr("Any category"), QString());
        for (const QString &key : std::as_const(m_categories))
            m_category->addItem(categoryName(key), key);
        setCategory(chosen);
    }
    const QString usual = ticketTypeName(m_sale.showTicketTypes().value(0));
    for (qsizetype i = 0; i < m_mixTypes.size(); ++i) {
        const QString type = m_mixTypes.at(i);
        m_mixLabels.at(i)->setText(ticketTypeName(type) + u':');
        m_mixCounts.value(type)->setToolTip(
                tr("How many of the best seats get %1 tickets; the others get %2 tickets.")
                        .arg(ticketTypeName(type), usual));
    }
}

void BestSeatsBar::retranslate()
{
    m_title->setText(tr("Best seats:"));
    m_categoryLabel->setText(tr("Cate&gory:"));
    m_wheelchairLabel->setText(tr("&Wheelchair spaces:"));
    m_wheelchairSpaces->setToolTip(tr("How many of the best seats are wheelchair spaces"));
    m_withCompanions->setText(tr("with &companion seats"));
    m_withCompanions->setToolTip(tr("Each wheelchair space comes with its companion seat, counted in the seats asked for"));
    m_houseSeats->setText(tr("House s&eats"));
    m_houseSeats->setToolTip(tr("The seats kept back for the house may be among the best seats"));
    for (int count = 1; count <= m_actions.size(); ++count) {
        QAction *action = m_actions.at(count - 1);
        action->setToolTip(tr("Hold the best %n seat(s) together, with the ticket mix below (%1)", nullptr, count)
                                   .arg(action->shortcut().toString(QKeySequence::NativeText)));
    }
    renameCodes();
}

void BestSeatsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace boxoffice
