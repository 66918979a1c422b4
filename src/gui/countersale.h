#pragma once

#include "corebackend.h"
#include "staffsession.h"
#include "types.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace boxoffice {

/// One sale at the counter: the seats the cashier picked on the map are held for this counter,
/// each with a ticket type, until they are booked or released.
///
/// All database work goes through the CoreBackend, one operation at a time: a selection that
/// changes while a hold is on its way is caught up afterwards, so the held seats always follow
/// the latest selection. Whatever the database answers ends in a message, never in silence.
class CounterSale final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CounterSale)

public:
    enum class Severity { Info, Success, Warning, Error };
    Q_ENUM(Severity)

    explicit CounterSale(CoreBackend &backend, QObject *parent = nullptr);

    /// Whose sales these are: the booking request names the member signed in when it is sent.
    void setStaffSession(StaffSession *session) { m_staffSession = session; }
    void setHoldSeconds(int seconds) { m_holdSeconds = seconds; }
    int holdSeconds() const { return m_holdSeconds; }

    /// Switches to another show; seats held for the previous one are released.
    void setShow(qint64 showId);
    qint64 showId() const { return m_showId; }
    const std::optional<ShowSnapshot> &snapshot() const { return m_snapshot; }

    /// The seats the cashier wants; holds and releases follow.
    void setSelection(const QStringList &seats);
    QStringList selection() const { return m_selection; }
    /// Seats this counter holds for the show, in the order of the hall.
    QStringList heldSeats() const { return m_held; }
    QDateTime holdExpiresAt() const { return m_expiresAt; }
    /// Seconds until the hold lapses (0 once it has), or -1 without a hold.
    qint64 secondsLeft() const;

    /// The ticket types the show sells in a seat's category, "adult" first.
    QStringList ticketTypesFor(const QString &seat) const;
    /// The ticket types the show sells in any category, in the same order.
    QStringList showTicketTypes() const;
    QString ticketType(const QString &seat) const;
    void setTicketType(const QString &seat, const QString &ticketType);
    std::optional<SeatState> seatState(const QString &seat) const;
    qint64 priceOf(const QString &seat) const;
    qint64 totalCents() const;

    bool isBusy() const { return m_busy; }
    /// A booking may be asked for while a hold is still on its way; it runs right after.
    bool canBook() const { return !m_bookingAsked && !m_held.isEmpty() && secondsLeft() != 0; }

    /// Replaces this counter's seats of the show by the best seats `request` asks for (its count,
    /// category, wheelchair spaces, house seats). `ticketMix` says how many of them get which
    /// ticket type; the seats it leaves keep each seat's usual type. What was selected meanwhile
    /// is superseded.
    void holdBest(const BestAvailableRequest &request, const QHash<QString, int> &ticketMix = {});
    /// The next hold of exactly these seats may strand a single seat (the cashier said so after
    /// strandingRefused()); recorded in the audit log under the signed-in staff member.
    void acceptStranding(const QStringList &seats);

public slots:
    /// Reads the show's seats again (e.g. after the change feed announced a new version).
    void reload();
    void book(const QString &customerName, const QString &paymentMethod);
    void release();
    /// Ends the sale for good: releases this counter's seats of the show without waiting for an
    /// answer and starts no further work. For closing the window.
    void releaseBeforeClosing();

signals:
    void snapshotChanged(const boxoffice::ShowSnapshot &snapshot);
    /// Held seats, their expiry, ticket types or prices changed.
    void holdChanged();
    /// These seats cannot be (or stay) in the selection: taken meanwhile, lapsed, refused.
    void seatsDropped(const QStringList &seats);
    /// The selection is empty now (after a booking or a release).
    void selectionReset();
    void booked(const boxoffice::Booking &booking);
    void message(boxoffice::CounterSale::Severity severity, const QString &text);
    void busyChanged(bool busy);
    /// The counter's seats were replaced (by the best seats): the map should show this selection.
    void selectionReplaced(const QStringList &seats);
    /// Holding `requested` would leave `stranded` as single empty seats; `suggestion` is the
    /// counter's whole hold of the show with those seats moved so that none is (empty when no
    /// such seats exist). `canOverride` under the show's Warn rule.
    void strandingRefused(const QStringList &requested, const QStringList &stranded,
                          const QStringList &suggestion, bool canOverride);

private:
    struct Outcome
    {
        std::optional<Error> error;
        std::optional<ShowSnapshot> snapshot;
        std::optional<Booking> booking;
        std::optional<BestHoldResult> best;
    };
    struct BestOrder
    {
        BestAvailableRequest request;
        QHash<QString, int> ticketMix;
    };

    void sync();
    void startBooking();
    void startBest();
    void finishBest(const Outcome &outcome, const BestOrder &order);
    /// Puts the order's ticket types on the held seats; says which types found no seat selling them.
    QStringList applyTicketMix(const QStringList &seats, const QHash<QString, int> &ticketMix);
    QString describeBest(const BestHoldResult &best) const;
    QStringList inHallOrder(QStringList seats) const;
    void runNext();
    void setBusy(bool busy);
    void finish(const Outcome &outcome, const QStringList &requestedHolds);
    void applySnapshot(const ShowSnapshot &snapshot);
    void dropFromSelection(const QStringList &seats);
    QString describeError(const Error &error) const;
    void scheduleExpiryCheck();

    CoreBackend &m_backend;
    QPointer<StaffSession> m_staffSession;
    int m_holdSeconds = 600;
    qint64 m_showId = 0;
    /// Bumped on every show switch, so that late answers for the previous show are ignored.
    quint64 m_generation = 0;
    std::optional<ShowSnapshot> m_snapshot;
    QHash<QString, int> m_seatIndex;
    QStringList m_selection;
    QStringList m_held;
    QDateTime m_expiresAt;
    QHash<QString, QString> m_ticketTypes;
    bool m_busy = false;
    bool m_syncWanted = false;
    bool m_reloadWanted = false;
    std::optional<BestOrder> m_bestWanted;
    QStringList m_strandingAccepted;
    bool m_closed = false;
    /// From the Book click until the booking's answer; what it was asked with.
    bool m_bookingAsked = false;
    bool m_bookingStarted = false;
    QString m_bookingCustomer;
    QString m_bookingPayment;
    QTimer m_expiryTimer;
};

} // namespace boxoffice
