#include "closeshiftdialog.h"

#include "corebackend.h"
#include "displaynames.h"
#include "shiftservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

QTableWidgetItem *moneyItem(qint64 cents)
{
    auto *item = new QTableWidgetItem(formatMoney(cents));
    item->setData(Qt::UserRole, cents);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CloseShiftDialog::CloseShiftDialog(CoreBackend &backend, const StaffActor &actor, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_actor(actor), m_cash(new QLineEdit(this)), m_card(new QLineEdit(this)),
      m_countButton(new QPushButton(tr("Record count"), this)), m_comparison(new QTableWidget(2, 4, this)),
      m_note(new QPlainTextEdit(this)), m_closeButton(new QPushButton(tr("Close shift"), this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Close shift – %1").arg(actor.name));
    m_cash->setObjectName(u"countedCash"_s);
    m_card->setObjectName(u"countedCard"_s);
    m_countButton->setObjectName(u"countButton"_s);
    m_comparison->setObjectName(u"comparison"_s);
    m_comparison->setHorizontalHeaderLabels({tr("Method"), tr("Expected"), tr("Counted"), tr("Difference")});
    m_comparison->verticalHeader()->hide();
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Both rows whole, without scroll bars: the table is the answer the cashier counted for.
    m_comparison->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_comparison->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_comparison->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_comparison->horizontalHeader()->setStretchLastSection(true);
    m_comparison->hide();
    m_note->setObjectName(u"note"_s);
    m_note->setPlaceholderText(tr("What explains the difference?"));
    m_note->hide();
    m_closeButton->setObjectName(u"closeShiftButton"_s);
    m_closeButton->setEnabled(false);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_cash->setEnabled(false);
    m_card->setEnabled(false);
    m_countButton->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Cash counted in the drawer (%1):").arg(venueCurrency().code()), m_cash);
    form->addRow(tr("Card total of the terminal (%1):").arg(venueCurrency().code()), m_card);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_countButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_countButton, &QPushButton::clicked, this, &CloseShiftDialog::recordCount);
    connect(m_closeButton, &QPushButton::clicked, this, &CloseShiftDialog::closeShift);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CloseShiftDialog::updateCloseButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_comparison);
    layout->addWidget(m_note);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // Wide enough for the shift's opening line to wrap onto two lines rather than be cut.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    load();
}

QString CloseShiftDialog::statusText() const
{
    return m_status->text();
}

void CloseShiftDialog::load()
{
    struct Loaded
    {
        std::optional<Shift> shift;
        std::optional<DrawerSums> expected;
    };
    showStatus(tr("Reading your shift…"), false);
    m_backend.run<Loaded>(
            this,
            [staffId = m_actor.staffId, &clock = m_backend.clock()](CoreServices &services) -> Result<Loaded> {
                ShiftService shifts(services.database, clock);
                auto current = shifts.currentShift(staffId);
                if (!current.ok())
                    return current.error();
                Loaded loaded{current.value(), std::nullopt};
                // A count recorded earlier is not taken again: its comparison is shown at once.
                if (loaded.shift && loaded.shift->isCounted()) {
                    auto expected = shifts.expected(loaded.shift->id);
                    if (!expected.ok())
                        return expected.error();
                    loaded.expected = expected.value();
                }
                return loaded;
            },
            [this](const Result<Loaded> &loaded) {
                if (!loaded.ok()) {
                    showStatus(loaded.error().message, true);
                } else if (!loaded->shift) {
                    showStatus(tr("%1 has no open shift.").arg(m_actor.name), true);
                } else {
                    m_shift = loaded->shift;
                    showStatus(tr("Shift opened %1 at %2 with a float of %3. Count the drawer.")
                                       .arg(formatDateTime(m_shift->openedAt), m_shift->counter,
                                            formatMoney(m_shift->floatCents)),
                               false);
                    if (loaded->expected)
                        showComparison(ShiftCount{*loaded->expected, *m_shift->counted});
                    else {
                        m_cash->setEnabled(true);
                        m_card->setEnabled(true);
                        m_countButton->setEnabled(true);
                    }
                }
                adjustSize();
                emit shiftLoaded();
            });
}

void CloseShiftDialog::recordCount()
{
    if (!m_shift)
        return;
    const auto cash = venueCurrency().parse(m_cash->text());
    if (!cash.ok()) {
        showStatus(tr("The counted cash is not an amount in %1: %2").arg(venueCurrency().code(), cash.error().message),
                   true);
        return;
    }
    const auto card = venueCurrency().parse(m_card->text().trimmed().isEmpty() ? u"0"_s : m_card->text());
    if (!card.ok()) {
        showStatus(tr("The card total is not an amount in %1: %2").arg(venueCurrency().code(), card.error().message),
                   true);
        return;
    }
    m_countButton->setEnabled(false);
    m_backend.run<ShiftCount>(
            this,
            [shift = m_shift->id, counted = DrawerSums{cash.value(), card.value()}, actor = m_actor,
             &clock = m_backend.clock()](CoreServices &services) -> Result<ShiftCount> {
                ShiftService shifts(services.database, clock);
                return shifts.countShift(shift, counted, actor);
            },
            [this](const Result<ShiftCount> &count) {
                if (!count.ok()) {
                    m_countButton->setEnabled(true);
                    showStatus(count.error().message, true);
                    return;
                }
                showComparison(count.value());
                emit countRecorded();
            });
}

void CloseShiftDialog::showComparison(const ShiftCount &count)
{
    m_count = count;
    m_cash->setEnabled(false);
    m_card->setEnabled(false);
    m_countButton->setEnabled(false);
    const QList<std::tuple<QString, qint64, qint64>> rows = {
        {paymentMethodName(u"cash"_s), count.expected.cashCents, count.counted.cashCents},
        {paymentMethodName(u"card"_s), count.expected.cardCents, count.counted.cardCents},
    };
    for (int row = 0; row < rows.size(); ++row) {
        const auto &[method, expected, counted] = rows.at(row);
        m_comparison->setItem(row, 0, new QTableWidgetItem(method));
        m_comparison->setItem(row, 1, moneyItem(expected));
        m_comparison->setItem(row, 2, moneyItem(counted));
        m_comparison->setItem(row, 3, moneyItem(counted - expected));
    }
    m_comparison->resizeColumnsToContents();
    m_comparison->show();
    m_comparison->setMinimumHeight(m_comparison->sizeHint().height());
    if (count.balances()) {
        showStatus(tr("The count matches what was expected."), false);
    } else {
        m_note->show();
        showStatus(tr("The count differs from what was expected: add a note explaining the difference."), false);
    }
    updateCloseButton();
    adjustSize();
}

void CloseShiftDialog::updateCloseButton()
{
    m_closeButton->setEnabled(m_count && (m_count->balances() || !m_note->toPlainText().trimmed().isEmpty()));
}

void CloseShiftDialog::closeShift()
{
    if (!m_shift || !m_count)
        return;
    m_closeButton->setEnabled(false);
    m_backend.run<ShiftCount>(
            this,
            [shift = m_shift->id, note = m_note->toPlainText(), actor = m_actor,
             &clock = m_backend.clock()](CoreServices &services) -> Result<ShiftCount> {
                ShiftService shifts(services.database, clock);
                return shifts.closeShift(shift, note, actor);
            },
            [this](const Result<ShiftCount> &closed) {
                if (!closed.ok()) {
                    updateCloseButton();
                    showStatus(closed.error().message, true);
                    return;
                }
                showStatus(tr("The shift is closed."), false);
                emit shiftClosed(closed.value());
                accept();
            });
}

void CloseShiftDialog::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    if (error)
        emit failed(message);
}

} // namespace boxoffice
