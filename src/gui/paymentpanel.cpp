#include "paymentpanel.h"

#include "displaynames.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
const QString cashCode = u"cash"_s;
const QString cardCode = u"card"_s;
/// Notes a customer commonly hands over, in major units; the quick buttons offer the next ones
/// above the amount due.
constexpr std::array noteValues{5, 10, 20, 50, 100, 200, 500};
constexpr int quickNoteButtons = 3;

qint64 majorUnit()
{
    qint64 unit = 1;
    for (int i = 0; i < venueCurrency().minorUnits(); ++i)
        unit *= 10;
    return unit;
}
} // namespace

PaymentPanel::PaymentPanel(QWidget *parent)
    : QWidget(parent), m_cash(new QRadioButton(this)), m_card(new QRadioButton(this)),
      m_methods(new QButtonGroup(this)), m_cashBox(new QWidget(this)), m_tenderedLabel(new QLabel(m_cashBox)),
      m_tendered(new QLineEdit(m_cashBox)), m_changeLabel(new QLabel(m_cashBox)),
      m_exact(new QPushButton(m_cashBox))
{
    setObjectName(u"paymentPanel"_s);
    m_cash->setObjectName(u"cashRadio"_s);
    m_card->setObjectName(u"cardRadio"_s);
    m_cash->setChecked(true);
    m_methods->addButton(m_cash);
    m_methods->addButton(m_card);
    m_tendered->setObjectName(u"tenderedEdit"_s);
    m_tendered->setClearButtonEnabled(true);
    m_tendered->setMaxLength(20);
    m_tenderedLabel->setBuddy(m_tendered);
    setFocusProxy(m_tendered);
    m_changeLabel->setObjectName(u"changeLabel"_s);
    m_changeLabel->setWordWrap(true);
    QFont changeFont = m_changeLabel->font();
    changeFont.setBold(true);
    m_changeLabel->setFont(changeFont);
    m_exact->setObjectName(u"exactButton"_s);

    auto *methods = new QHBoxLayout;
    methods->addWidget(m_cash);
    methods->addWidget(m_card);
    methods->addStretch();
    auto *cashLayout = new QGridLayout(m_cashBox);
    cashLayout->setContentsMargins(0, 0, 0, 0);
    cashLayout->addWidget(m_tenderedLabel, 0, 0);
    cashLayout->addWidget(m_tendered, 0, 1);
    auto *quick = new QHBoxLayout;
    quick->addWidget(m_exact);
    for (int i = 0; i < quickNoteButtons; ++i) {
        auto *note = new QPushButton(m_cashBox);
        note->setObjectName(u"noteButton%1"_s.arg(i));
        note->setAutoDefault(false);
        quick->addWidget(note);
        m_notes.append(note);
        connect(note, &QPushButton::clicked, this, [this, note] { tender(note->property("amount").toLongLong()); });
    }
    quick->addStretch();
    cashLayout->addLayout(quick, 1, 1);
    cashLayout->addWidget(m_changeLabel, 2, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(methods);
    layout->addWidget(m_cashBox);
    m_exact->setAutoDefault(false);

    connect(m_methods, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            refresh();
    });
    connect(m_tendered, &QLineEdit::textChanged, this, &PaymentPanel::refresh);
    connect(m_exact, &QPushButton::clicked, this, [this] { tender(m_due); });
    retranslate();
}

void PaymentPanel::setAmountDue(qint64 amount)
{
    if (amount == m_due)
        return;
    m_due = amount;
    refresh();
}

QString PaymentPanel::method() const
{
    return m_card->isChecked() ? cardCode : cashCode;
}

void PaymentPanel::setMethod(const QString &method)
{
    (method == cardCode ? m_card : m_cash)->setChecked(true);
}

std::optional<qint64> PaymentPanel::tendered() const
{
    if (method() != cashCode || m_tendered->text().trimmed().isEmpty())
        return std::nullopt;
    const auto parsed = venueCurrency().parse(m_tendered->text());
    return parsed.ok() ? std::optional<qint64>(parsed.value()) : std::nullopt;
}

std::optional<qint64> PaymentPanel::change() const
{
    const auto cash = tendered();
    if (!cash || *cash < m_due)
        return std::nullopt;
    return *cash - m_due;
}

QString PaymentPanel::problem() const
{
    if (method() != cashCode || m_tendered->text().trimmed().isEmpty())
        return {};
    const auto parsed = venueCurrency().parse(m_tendered->text());
    if (!parsed.ok())
        return tr("The cash received is not an amount: %1").arg(parsed.error().message);
    if (parsed.value() < m_due) {
        return tr("The cash received (%1) is less than the amount due (%2): %3 is missing.")
            .arg(formatMoney(parsed.value()), formatMoney(m_due), formatMoney(m_due - parsed.value()));
    }
    return {};
}

void PaymentPanel::reset()
{
    m_cash->setChecked(true);
    m_tendered->clear();
    refresh();
}

void PaymentPanel::tender(qint64 amount)
{
    m_tendered->setText(venueCurrency().plainNumber(amount));
    m_tendered->setFocus();
}

void PaymentPanel::refresh()
{
    m_cashBox->setVisible(method() == cashCode);
    m_exact->setToolTip(formatMoney(m_due));
    updateQuickButtons();
    const QString trouble = problem();
    if (!trouble.isEmpty()) {
        m_changeLabel->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
        m_changeLabel->setText(trouble);
    } else if (const auto back = change()) {
        m_changeLabel->setStyleSheet(u"QLabel { color: #14471f; }"_s);
        m_changeLabel->setText(tr("Change: %1").arg(formatMoney(*back)));
    } else {
        m_changeLabel->setStyleSheet({});
        m_changeLabel->setText(tr("Enter the cash received to work out the change."));
    }
    emit paymentChanged();
}

void PaymentPanel::updateQuickButtons()
{
    const qint64 unit = majorUnit();
    QList<qint64> offers;
    for (const int note : noteValues) {
        const qint64 value = qint64(note) * unit;
        const qint64 rounded = (m_due + value - 1) / value * value;
        if (rounded > m_due && !offers.contains(rounded))
            offers.append(rounded);
        if (offers.size() == quickNoteButtons)
            break;
    }
    for (qsizetype i = 0; i < m_notes.size(); ++i) {
        QPushButton *note = m_notes.at(i);
        note->setVisible(i < offers.size() && m_due > 0);
        if (i < offers.size()) {
            note->setProperty("amount", offers.at(i));
            note->setText(formatMoney(offers.at(i)));
            // A layout laid out while the button was hidden or empty keeps it as narrow as it was.
            note->setMinimumWidth(note->sizeHint().width());
        }
    }
    m_exact->setEnabled(m_due > 0);
}

void PaymentPanel::retranslate()
{
    m_cash->setText(tr("C&ash"));
    m_card->setText(tr("Ca&rd"));
    m_tenderedLabel->setText(tr("Cash &received:"));
    m_tendered->setPlaceholderText(tr("Amount handed over"));
    m_exact->setText(tr("E&xact"));
    refresh();
}

void PaymentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace boxoffice
