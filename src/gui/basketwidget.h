#pragma once

#include "countersale.h"

#include <QTimer>
#include <QWidget>

#include <optional>

namespace Ui {
class BasketWidget;
}

namespace boxoffice {

/// The side panel of a counter sale: the held seats with a ticket type each, the hold's
/// countdown, customer and payment, Book and Release, the outcome of the last action and the
/// confirmation of the last booking. Messages show inside the panel, never in a modal box, so
/// that the cashier (and a test) is never stopped by one.
class BasketWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasketWidget)

public:
    explicit BasketWidget(CounterSale &sale, QWidget *parent = nullptr);
    ~BasketWidget() override;

    QString messageText() const;
    CounterSale::Severity messageSeverity() const { return m_severity; }
    const std::optional<Booking> &lastBooking() const { return m_lastBooking; }

public slots:
    void showMessage(boxoffice::CounterSale::Severity severity, const QString &text);
    void clearMessage();
    /// Books the held seats with the customer and payment entered.
    void book();
    /// Writes the names of categories and ticket types again (the language or the venue's names changed).
    void renameCodes();

signals:
    void printRequested(const boxoffice::Booking &booking);
    void savePdfRequested(const boxoffice::Booking &booking);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void rebuildRows();
    void updateCountdown();
    void updateShowLabel();
    void showConfirmation(const Booking &booking);
    void hideConfirmation();

    Ui::BasketWidget *m_ui;
    CounterSale &m_sale;
    QStringList m_rows;
    QTimer m_countdownTimer;
    CounterSale::Severity m_severity = CounterSale::Severity::Info;
    std::optional<Booking> m_lastBooking;
    /// The change worked out when Book was pressed, shown with that booking's confirmation.
    std::optional<qint64> m_changeToGive;
};

} // namespace boxoffice
