#include "showdialog.h"

#include "corebackend.h"
#include "displaynames.h"
#include "managerapproval.h"
#include "pricelisteditor.h"
#include "showerrortext.h"
#include "showdoorfields.h"
#include "showservice.h"
#include "venuetime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

/// What the dialog needs before it can be filled in.
struct ShowDialogChoices
{
    QList<HallSummary> halls;
    /// Retired ones too, to name the prices a show may still have for them.
    QList<TicketType> ticketTypes;
    QList<ShowSetup> copySources;
};

/// How far back and ahead the shows to copy a price list from reach.
constexpr int copySourceDays = 366;

QList<Price> sorted(QList<Price> prices)
{
    std::sort(prices.begin(), prices.end(), [](const Price &a, const Price &b) {
        return std::tie(a.category, a.ticketType, a.priceCents) < std::tie(b.category, b.ticketType, b.priceCents);
    });
    return prices;
}

bool samePrices(const QList<Price> &a, const QList<Price> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Price &x, const Price &y) {
        return std::tie(x.category, x.ticketType, x.priceCents) == std::tie(y.category, y.ticketType, y.priceCents);
    });
}

} // namespace

ShowDialog::ShowDialog(CoreBackend &backend, const StaffActor &manager, VenueSettings venue, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_manager(manager), m_venue(std::move(venue))
{
    setObjectName(u"showDialog"_s);
    setWindowTitle(tr("New show"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createShowPage(), tr("&Show"));
    m_tabs->addTab(createPricePage(), tr("&Prices"));
    m_error = new QLabel(this);
    m_error->setObjectName(u"showDialogError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ShowDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    const QDate today = m_backend.clock().now().toTimeZone(m_venue.zone()).date();
    m_date->setDate(today);
    m_until->setDate(today.addDays(6));
    m_skipDate->setDate(today);
    m_prices->setCurrency(m_venue.currency);
    updateEnabled();
    updatePreview();

    setBusy(true);
    const QDateTime now = m_backend.clock().now();
    m_backend.run<ShowDialogChoices>(
            this,
            [now](CoreServices &services) -> Result<ShowDialogChoices> {
                auto halls = services.venues.halls();
                if (!halls.ok())
                    return halls.error();
                auto ticketTypes = services.venues.ticketTypes(true);
                if (!ticketTypes.ok())
                    return ticketTypes.error();
                auto shows = ShowSetupCatalog(services.database)
                                     .shows(now.addDays(-copySourceDays), now.addDays(copySourceDays), false);
                if (!shows.ok())
                    return shows.error();
                return ShowDialogChoices{halls.value(), ticketTypes.value(), shows.value()};
            },
            [this](const Result<ShowDialogChoices> &choices) {
                setBusy(false);
                if (!choices.ok()) {
                    showError(showErrorText(choices.error()));
                    return;
                }
                const qint64 hall = m_show ? m_show->draft.hall : 0;
                {
                    const QSignalBlocker blocker(m_hall);
                    for (const HallSummary &summary : choices->halls) {
                        m_hall->addItem(summary.name, summary.id);
                        if (summary.id == hall)
                            m_hall->setCurrentIndex(m_hall->count() - 1);
                    }
                }
                m_prices->setTicketTypes(choices->ticketTypes);
                m_copySources.clear();
                for (const ShowSetup &source : choices->copySources) {
                    if (m_show && source.id == m_show->id)
                        continue;
                    m_copySources.append(source);
                    m_copySource->addItem(tr("%1 – %2 (%3)").arg(source.draft.title,
                                                                 formatVenueDateTime(source.draft.startsAt, m_venue.zone()),
                                                                 source.hallName),
                                          source.id);
                }
                updateEnabled();
                loadCategories();
                emit loaded();
            });
}

QWidget *ShowDialog::createShowPage()
{
    auto *page = new QWidget(this);
    m_title = new QLineEdit(page);
    m_title->setObjectName(u"showTitle"_s);
    m_title->setMaxLength(200);
    m_hall = new QComboBox(page);
    m_hall->setObjectName(u"showHall"_s);
    m_date = new QDateEdit(page);
    m_date->setObjectName(u"showDate"_s);
    m_date->setCalendarPopup(true);
    m_time = new QTimeEdit(QTime(20, 0), page);
    m_time->setObjectName(u"showTime"_s);
    m_time->setDisplayFormat(timeFormatWithoutSeconds());
    m_duration = new QSpinBox(page);
    m_duration->setObjectName(u"showDuration"_s);
    m_duration->setRange(0, 24 * 60);
    m_duration->setValue(120);
    m_duration->setSuffix(tr(" min"));
    m_webSales = new QCheckBox(tr("Sell on the &web"), page);
    m_webSales->setObjectName(u"showWebSales"_s);
    m_webSales->setChecked(true);
    m_webSalesClose = new QSpinBox(page);
    m_webSalesClose->setObjectName(u"showWebSalesClose"_s);
    m_webSalesClose->setRange(0, 7 * 24 * 60);
    m_webSalesClose->setSuffix(tr(" min before the start"));
    m_webSalesClose->setSpecialValueText(tr("Never (sells until the start)"));
    m_orphanRule = new QComboBox(page);
    m_orphanRule->setObjectName(u"showOrphanRule"_s);
    m_orphanRule->addItem(tr("Allow"), orphanRuleName(OrphanRule::Allow));
    m_orphanRule->addItem(tr("Warn"), orphanRuleName(OrphanRule::Warn));
    m_orphanRule->addItem(tr("Refuse"), orphanRuleName(OrphanRule::Refuse));
    m_orphanRule->setCurrentIndex(m_orphanRule->findData(orphanRuleName(OrphanRule::Warn)));
    m_orphanRuleHint = new QLabel(page);
    m_orphanRuleHint->setObjectName(u"showOrphanRuleHint"_s);
    m_orphanRuleHint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Hall:"), m_hall);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Start ti&me (%1):").arg(QString::fromUtf8(m_venue.timeZone)), m_time);
    form->addRow(tr("D&uration:"), m_duration);
    form->addRow(QString(), m_webSales);
    form->addRow(tr("Web sales c&lose:"), m_webSalesClose);
    m_door = new ShowDoorFields(m_backend, page);
    m_door->load(0);
    form->addRow(tr("D&oor opens:"), m_door);
    form->addRow(tr("Single empty s&eats:"), m_orphanRule);
    form->addRow(QString(), m_orphanRuleHint);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(createRepeatBox());
    layout->addStretch();

    connect(m_hall, &QComboBox::currentIndexChanged, this, &ShowDialog::loadCategories);
    connect(m_webSales, &QCheckBox::toggled, this, &ShowDialog::updateEnabled);
    connect(m_orphanRule, &QComboBox::currentIndexChanged, this, &ShowDialog::updateOrphanRuleHint);
    updateOrphanRuleHint();
    connect(m_date, &QDateEdit::dateChanged, this, &ShowDialog::updatePreview);
    return page;
}

QWidget *ShowDialog::createRepeatBox()
{
    auto *box = new QGroupBox(tr("Repeat"), this);
    m_repeatBox = box;
    m_repeat = new QComboBox(box);
    m_repeat->setObjectName(u"showRepeat"_s);
    m_repeat->addItem(tr("Once"), int(Repeat::None));
    m_repeat->addItem(tr("Every day"), int(Repeat::Daily));
    m_repeat->addItem(tr("On these weekdays"), int(Repeat::Weekdays));
    auto *weekdays = new QHBoxLayout;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *weekday = new QCheckBox(locale().dayName(day, QLocale::ShortFormat), box);
        weekday->setObjectName(u"weekday%1"_s.arg(day));
        weekday->setProperty("day", day);
        m_weekdays.append(weekday);
        weekdays->addWidget(weekday);
        connect(weekday, &QCheckBox::toggled, this, &ShowDialog::updatePreview);
    }
    weekdays->addStretch();
    m_until = new QDateEdit(box);
    m_until->setObjectName(u"showRepeatUntil"_s);
    m_until->setCalendarPopup(true);
    m_skipDate = new QDateEdit(box);
    m_skipDate->setObjectName(u"showSkipDate"_s);
    m_skipDate->setCalendarPopup(true);
    auto *addSkipped = new QPushButton(tr("S&kip this date"), box);
    addSkipped->setObjectName(u"addSkippedDate"_s);
    m_skipped = new QListWidget(box);
    m_skipped->setObjectName(u"skippedDates"_s);
    m_skipped->setMaximumHeight(80);
    m_removeSkipped = new QPushButton(tr("Don't sk&ip"), box);
    m_removeSkipped->setObjectName(u"removeSkippedDate"_s);
    m_preview = new QLabel(box);
    m_preview->setObjectName(u"runPreview"_s);
    m_preview->setWordWrap(true);
    // A wrapped label in a form gets the height of one line unless told otherwise.
    m_preview->setMinimumHeight(4 * m_preview->fontMetrics().lineSpacing());
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *skip = new QHBoxLayout;
    skip->addWidget(m_skipDate);
    skip->addWidget(addSkipped);
    auto *skippedList = new QHBoxLayout;
    skippedList->addWidget(m_skipped);
    skippedList->addWidget(m_removeSkipped, 0, Qt::AlignTop);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(tr("Weekdays:"), weekdays);
    form->addRow(tr("U&ntil:"), m_until);
    form->addRow(tr("Skipped dates:"), skip);
    form->addRow(QString(), skippedList);
    form->addRow(tr("Performances:"), m_preview);

    connect(m_repeat, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        updatePreview();
    });
    connect(m_until, &QDateEdit::dateChanged, this, &ShowDialog::updatePreview);
    connect(addSkipped, &QPushButton::clicked, this, &ShowDialog::addSkippedDate);
    connect(m_removeSkipped, &QPushButton::clicked, this, &ShowDialog::removeSkippedDate);
    connect(m_skipped, &QListWidget::currentRowChanged, this, &ShowDialog::updateEnabled);
    return box;
}

QWidget *ShowDialog::createPricePage()
{
    auto *page = new QWidget(this);
    m_prices = new PriceListEditor(page);
    m_prices->setObjectName(u"priceListEditor"_s);
    m_copySource = new QComboBox(page);
    m_copySource->setObjectName(u"copyPricesSource"_s);
    m_copySource->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_copySource->setMinimumContentsLength(40);
    m_copyButton = new QPushButton(tr("C&opy prices"), page);
    m_copyButton->setObjectName(u"copyPricesButton"_s);
    auto *copyLabel = new QLabel(tr("Copy &from show:"), page);
    copyLabel->setBuddy(m_copySource);
    auto *copy = new QHBoxLayout;
    copy->addWidget(copyLabel);
    copy->addWidget(m_copySource, 1);
    copy->addWidget(m_copyButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_prices);
    layout->addLayout(copy);
    connect(m_copyButton, &QPushButton::clicked, this, &ShowDialog::copyPrices);
    return page;
}

void ShowDialog::editShow(const ShowSetup &show)
{
    m_show = show;
    setWindowTitle(tr("Edit show – %1").arg(show.draft.title));
    const QDateTime start = show.draft.startsAt.toTimeZone(m_venue.zone());
    m_title->setText(show.draft.title);
    m_date->setDate(start.date());
    m_time->setTime(start.time());
    m_duration->setValue(show.draft.durationMinutes);
    m_webSales->setChecked(show.draft.webSales);
    m_webSalesClose->setValue(show.draft.webSalesCloseMinutes);
    m_door->load(show.id);
    m_orphanRule->setCurrentIndex(m_orphanRule->findData(orphanRuleName(show.draft.orphanRule)));
    m_repeatBox->hide();
    m_pendingPrices = show.draft.prices;
    if (const int index = m_hall->findData(show.draft.hall); index >= 0 && index != m_hall->currentIndex())
        m_hall->setCurrentIndex(index);
    else if (index >= 0)
        loadCategories();
    const int self = m_copySource->findData(show.id);
    if (self >= 0) {
        m_copySource->removeItem(self);
        m_copySources.removeAt(self);
    }
    updateEnabled();
}

void ShowDialog::loadCategories()
{
    const qint64 hall = m_hall->currentData().toLongLong();
    if (hall == 0)
        return;
    m_backend.run<HallPlan>(
            this, [hall](CoreServices &services) { return services.venues.hallPlan(hall); },
            [this, hall](const Result<HallPlan> &plan) {
                if (m_hall->currentData().toLongLong() != hall)
                    return;
                if (!plan.ok()) {
                    showError(showErrorText(plan.error()));
                    return;
                }
                QList<HallCategory> categories = plan->categories;
                // Halls stored before they kept categories name them only on their seats.
                for (const HallPlanSeat &seat : plan->seats) {
                    if (!plan->category(seat.category)
                        && std::none_of(categories.cbegin(), categories.cend(),
                                        [&](const HallCategory &known) { return known.key == seat.category; }))
                        categories.append({seat.category, categoryName(seat.category), QString()});
                }
                m_prices->setCategories(categories);
                if (m_pendingPrices) {
                    m_prices->setPrices(*m_pendingPrices);
                    m_pendingPrices.reset();
                }
                emit categoriesLoaded();
            });
}

void ShowDialog::addSkippedDate()
{
    const QDate date = m_skipDate->date();
    for (int row = 0; row < m_skipped->count(); ++row) {
        if (m_skipped->item(row)->data(Qt::UserRole).toDate() == date)
            return;
    }
    auto *item = new QListWidgetItem(locale().toString(date, QLocale::LongFormat), m_skipped);
    item->setData(Qt::UserRole, date);
    m_skipped->setCurrentItem(item);
    updatePreview();
}

void ShowDialog::removeSkippedDate()
{
    delete m_skipped->currentItem();
    updatePreview();
    updateEnabled();
}

QList<QDate> ShowDialog::runDates() const
{
    const auto repeat = Repeat(m_repeat->currentData().toInt());
    if (repeat == Repeat::None)
        return {m_date->date()};
    ShowRunPattern pattern;
    pattern.from = m_date->date();
    pattern.until = m_until->date();
    if (repeat == Repeat::Weekdays) {
        for (const QCheckBox *weekday : m_weekdays) {
            if (weekday->isChecked())
                pattern.weekdays.append(Qt::DayOfWeek(weekday->property("day").toInt()));
        }
        if (pattern.weekdays.isEmpty())
            return {};
    }
    for (int row = 0; row < m_skipped->count(); ++row)
        pattern.skipped.append(m_skipped->item(row)->data(Qt::UserRole).toDate());
    auto dates = ShowService::runDates(pattern);
    return dates.ok() ? dates.value() : QList<QDate>{};
}

void ShowDialog::updatePreview()
{
    const QList<QDate> dates = runDates();
    if (dates.isEmpty()) {
        m_preview->setText(Repeat(m_repeat->currentData().toInt()) == Repeat::Weekdays
                                           && m_until->date() >= m_date->date()
                                   ? tr("No date: tick at least one weekday.")
                                   : tr("No date: the last date lies before the first."));
        return;
    }
    QStringList listed;
    for (const QDate &date : dates)
        listed.append(locale().toString(date, QLocale::ShortFormat));
    m_preview->setText(tr("%n performance(s): %1", nullptr, int(dates.size())).arg(listed.join(u", "_s)));
}

void ShowDialog::updateEnabled()
{
    const auto repeat = Repeat(m_repeat->currentData().toInt());
    for (QCheckBox *weekday : std::as_const(m_weekdays))
        weekday->setEnabled(repeat == Repeat::Weekdays);
    m_until->setEnabled(repeat != Repeat::None);
    m_skipDate->setEnabled(repeat != Repeat::None);
    m_skipped->setEnabled(repeat != Repeat::None);
    m_removeSkipped->setEnabled(repeat != Repeat::None && m_skipped->currentItem());
    m_webSalesClose->setEnabled(m_webSales->isChecked());
    m_copyButton->setEnabled(m_copySource->count() > 0);
}

ShowDraft ShowDialog::draftFromForm() const
{
    ShowDraft draft;
    draft.hall = m_hall->currentData().toLongLong();
    draft.title = m_title->text().trimmed();
    draft.startsAt = QDateTime(m_date->date(), m_time->time(), m_venue.zone());
    draft.durationMinutes = m_duration->value();
    draft.webSales = m_webSales->isChecked();
    draft.webSalesCloseMinutes = m_webSalesClose->value();
    draft.orphanRule = orphanRuleFromName(m_orphanRule->currentData().toString()).value_or(OrphanRule::Warn);
    draft.doorOverride = m_door->change();
    return draft;
}

void ShowDialog::updateOrphanRuleHint()
{
    switch (orphanRuleFromName(m_orphanRule->currentData().toString()).value_or(OrphanRule::Warn)) {
    case OrphanRule::Allow:
        m_orphanRuleHint->setText(tr("Any selection is held, even one that leaves a single seat empty."));
        break;
    case OrphanRule::Warn:
        m_orphanRuleHint->setText(tr("The counter is warned and may hold anyway; the web holds and shows a better choice."));
        break;
    case OrphanRule::Refuse:
        m_orphanRuleHint->setText(tr("A selection that leaves a single seat empty is refused; a better one is suggested."));
        break;
    }
}

QString ShowDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ShowDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    emit refused();
}

void ShowDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void ShowDialog::save()
{
    ShowDraft draft = draftFromForm();
    if (draft.title.isEmpty()) {
        m_tabs->setCurrentIndex(0);
        m_title->setFocus();
        showError(tr("Give the show a title."));
        return;
    }
    if (draft.hall == 0) {
        showError(tr("Choose a hall. Halls are set up under Manager → Halls…."));
        return;
    }
    auto prices = m_prices->prices();
    if (!prices.ok()) {
        m_tabs->setCurrentIndex(1);
        showError(prices.error().message);
        return;
    }
    draft.prices = prices.value();
    if (m_show) {
        storeEdit(draft);
        return;
    }
    const QList<QDate> dates = runDates();
    if (dates.isEmpty()) {
        showError(m_preview->text());
        return;
    }
    storeNew(draft, dates);
}

void ShowDialog::storeNew(const ShowDraft &draft, const QList<QDate> &dates)
{
    setBusy(true);
    m_backend.run<QList<qint64>>(
            this,
            [draft, dates, manager = m_manager, feed = &m_backend.feed(),
             clock = &m_backend.clock()](CoreServices &services) -> Result<QList<qint64>> {
                return ShowService(services.database, *feed, *clock, services.reservations)
                        .createRun(draft, dates, manager);
            },
            [this](const Result<QList<qint64>> &created) {
                setBusy(false);
                if (!created.ok()) {
                    showError(tr("The show was not created. %1").arg(showErrorText(created.error())));
                    return;
                }
                emit saved(created.value());
                accept();
            });
}

void ShowDialog::storeEdit(const ShowDraft &draft)
{
    const qint64 show = m_show->id;
    const bool pricesChanged = draft.hall != m_show->draft.hall
            || !samePrices(sorted(draft.prices), sorted(m_show->draft.prices));
    setBusy(true);
    m_backend.run<bool>(
            this,
            [show, draft, pricesChanged, manager = m_manager, feed = &m_backend.feed(),
             clock = &m_backend.clock()](CoreServices &services) -> Result<bool> {
                ShowService shows(services.database, *feed, *clock, services.reservations);
                auto updated = shows.updateShow(show, draft, manager);
                if (updated.ok() && pricesChanged)
                    updated = shows.setPrices(show, draft.prices, manager);
                return updated;
            },
            [this, show, draft](const Result<bool> &stored) {
                setBusy(false);
                if (!stored.ok()) {
                    showError(tr("The changes were not saved. %1").arg(showErrorText(stored.error())));
                    return;
                }
                m_show->draft = draft;
                emit saved({show});
                accept();
            });
}

void ShowDialog::copyPrices()
{
    const int index = m_copySource->currentIndex();
    if (index < 0 || index >= m_copySources.size())
        return;
    const ShowSetup source = m_copySources.at(index);
    if (!m_show) {
        const QList<Price> unplaced = m_prices->setPrices(source.draft.prices);
        if (!unplaced.isEmpty()) {
            QStringList categories;
            for (const Price &price : unplaced)
                categories.append(categoryName(price.category));
            categories.removeDuplicates();
            showError(tr("Copied, except the prices of categories this hall does not have: %1.")
                              .arg(categories.join(u", "_s)));
        }
        emit pricesCopied();
        return;
    }
    const qint64 show = m_show->id;
    setBusy(true);
    m_backend.run<ShowSetup>(
            this,
            [from = source.id, show, manager = m_manager, feed = &m_backend.feed(),
             clock = &m_backend.clock()](CoreServices &services) -> Result<ShowSetup> {
                auto copied = ShowService(services.database, *feed, *clock, services.reservations)
                                      .copyPrices(from, show, manager);
                if (!copied.ok())
                    return copied.error();
                return ShowSetupCatalog(services.database).show(show);
            },
            [this](const Result<ShowSetup> &copied) {
                setBusy(false);
                if (!copied.ok()) {
                    showError(tr("The prices were not copied. %1").arg(showErrorText(copied.error())));
                    return;
                }
                m_show->draft.prices = copied->draft.prices;
                m_prices->setPrices(copied->draft.prices);
                m_error->hide();
                emit pricesCopied();
            });
}

} // namespace boxoffice
