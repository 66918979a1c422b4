#pragma once

#include "types.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QDialog;
class QPushButton;
class QStandardItemModel;

namespace Ui {
class BookingsWindow;
}

namespace boxoffice {

class CoreBackend;
struct CoreServices;
class ManagerActions;
class ManagerApproval;

/// Finds bookings by reference, customer or show, shows one with its seats and prices, prints
/// or saves its tickets, and (in manager mode) unbooks it or some of its seats with a reason.
class BookingsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingsWindow)

public:
    /// Asks where to save a PDF, given a suggested file name; empty when cancelled.
    using SavePathProvider = std::function<QString(const QString &suggestedName)>;

    BookingsWindow(CoreBackend &backend, ManagerApproval &approval, ManagerActions &actions, QWidget *parent = nullptr);
    ~BookingsWindow() override;

    void setSavePathProvider(SavePathProvider provider);
    /// The booking on display, if any.
    std::optional<Booking> currentBooking() const { return m_booking; }

public slots:
    /// Lists the bookings matching `text` (reference, customer name or e-mail, show title).
    void search(const QString &text);
    /// Lists every booking of a show.
    void listShow(qint64 show);
    /// Shows one booking (and lists it).
    void openBooking(const QString &reference);
    /// Reads the booking on display and the listed ones again.
    void refresh();
    void printTickets();
    void saveTicketsPdf();
    void unbookSelectedSeats();
    void unbookWholeBooking();
    /// Opens the refund dialog for the booking on display (manager mode), its selected seats ticked.
    void openRefund();
    /// Opens the exchange dialog for the booking on display (manager mode).
    void openExchange();

signals:
    /// The result list was refreshed.
    void resultsLoaded(int count);
    /// A booking was read and is on display.
    void bookingShown(const QString &reference);
    /// A PDF was written (or not), with what to tell the cashier.
    void pdfSaved(bool ok, const QString &message);

private:
    void runQuery(std::function<Result<QList<Booking>>(CoreServices &)> query, const QString &description,
                  const QString &select = {});
    void fillResults(const QList<Booking> &bookings, const QString &select);
    void loadBooking(const QString &reference);
    void showBooking(const std::optional<Booking> &booking);
    void onResultSelected();
    void updateButtons();
    void rerunQuery();
    void presentMoneyDialog(QDialog *dialog);
    QStringList selectedSeatLabels() const;
    static QString stateText(const Booking &booking);

    std::unique_ptr<Ui::BookingsWindow> m_ui;
    CoreBackend &m_backend;
    ManagerApproval &m_approval;
    ManagerActions &m_actions;
    QStandardItemModel *m_results = nullptr;
    QStandardItemModel *m_seats = nullptr;
    QPushButton *m_refundButton = nullptr;
    QPushButton *m_exchangeButton = nullptr;
    SavePathProvider m_savePathProvider;
    std::optional<Booking> m_booking;
    std::function<Result<QList<Booking>>(CoreServices &)> m_lastQuery;
    QString m_lastDescription;
    /// Changes from elsewhere to the shown booking's show re-read it, once per burst.
    QTimer m_reloadTimer;
    int m_queryGeneration = 0;
};

} // namespace boxoffice
