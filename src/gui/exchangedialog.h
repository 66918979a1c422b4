#pragma once

#include "paymenttypes.h"
#include "staffactor.h"
#include "types.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace boxoffice {

class BookedSeatList;
class CoreBackend;
class PaymentPanel;
class SeatMapWidget;

/// A manager moves seats of a booking to other seats of the same show or of another one: the
/// seats to give up, the target show and its seats picked on its seat map, and the difference in
/// price, collected (cash or card) or refunded. The core swaps them in one transaction.
class ExchangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeDialog)

public:
    ExchangeDialog(CoreBackend &backend, Booking booking, StaffActor actor, QWidget *parent = nullptr);

    QString messageText() const;
    SeatMapWidget *seatMap() const { return m_seatMap; }
    qint64 targetShow() const;
    /// The show the seat map is showing, once read.
    const std::optional<ShowSnapshot> &targetSnapshot() const { return m_snapshot; }
    QStringList seatsToGiveUp() const;
    /// The new seats' price minus the given-up seats': collected when positive, refunded when negative.
    qint64 difference() const;
    /// The ticket type each new seat is sold as: the one picked for it, else the type of the
    /// given-up seat in its place where the target show sells it there, else an adult's.
    QHash<QString, QString> ticketTypesForTargets() const;

public slots:
    void setGiveUpChecked(const QString &label, bool checked);
    /// Sells the new seat `label` as `ticketType` (one the target show prices for its category).
    void setTicketType(const QString &label, const QString &ticketType);
    void selectTargetShow(qint64 show);
    void exchange();

signals:
    void exchanged(const boxoffice::ExchangeResult &result);

private:
    void loadShows();
    void loadSnapshot();
    void updateAmounts();
    /// Lists the new seats, each with its ticket type picker and price.
    void showNewSeats();
    /// The seat's category on the target show's map; empty when it is not on it.
    QString targetCategory(const QString &label) const;
    qint64 targetPrice(const QString &label, const QString &ticketType) const;
    void showMessage(bool error, const QString &text);
    QString describeError(const Error &error) const;

    CoreBackend &m_backend;
    Booking m_booking;
    StaffActor m_actor;
    BookedSeatList *m_giveUp;
    QComboBox *m_shows;
    SeatMapWidget *m_seatMap;
    QTableWidget *m_newSeats;
    QLabel *m_difference;
    PaymentPanel *m_payment;
    QLineEdit *m_reason;
    QLabel *m_message;
    QPushButton *m_exchange;
    std::optional<ShowSnapshot> m_snapshot;
    QStringList m_targetSeats;
    /// Ticket types the manager picked, by new seat.
    QHash<QString, QString> m_pickedTypes;
    bool m_busy = false;
    bool m_done = false;
    quint64 m_snapshotGeneration = 0;
};

} // namespace boxoffice
