#pragma once

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace boxoffice {

/// How the customer pays an amount at the counter: by card, or in cash with the amount handed
/// over, from which the change is worked out as the cashier types. Amounts are minor units of
/// the venue's currency; what the cashier types is read by Currency::parse.
class PaymentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentPanel)

public:
    explicit PaymentPanel(QWidget *parent = nullptr);

    void setAmountDue(qint64 amount);
    qint64 amountDue() const { return m_due; }
    /// "cash" or "card", the payment method codes of the core.
    QString method() const;
    void setMethod(const QString &method);
    /// The cash handed over; nullopt for card, when nothing is typed or what is typed is no amount.
    std::optional<qint64> tendered() const;
    /// The change to give back; nullopt unless a tendered amount covers what is due.
    std::optional<qint64> change() const;
    /// Why the payment cannot be taken as entered (e.g. less cash than due), empty when it can.
    /// Nothing typed for cash counts as the exact amount, as at a quick sale.
    QString problem() const;

public slots:
    /// Back to cash with nothing tendered, for the next customer.
    void reset();

signals:
    /// The method, the tendered amount or the amount due changed.
    void paymentChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void updateQuickButtons();
    void tender(qint64 amount);

    QRadioButton *m_cash;
    QRadioButton *m_card;
    QButtonGroup *m_methods;
    QWidget *m_cashBox;
    QLabel *m_tenderedLabel;
    QLineEdit *m_tendered;
    QLabel *m_changeLabel;
    QPushButton *m_exact;
    QList<QPushButton *> m_notes;
    qint64 m_due = 0;
};

} // namespace boxoffice
