#pragma once

#include "types.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

namespace boxoffice {

class CoreBackend;
class ManagerApproval;

/// The manager's seat and customer operations, for every window that offers them (bookings,
/// manager panel, the seat map's selection).
///
/// Each one is refused unless a manager approves it (signed in, or authorising this one action
/// for the cashier), asks why, runs in the backend's worker thread with who acted, who authorised
/// it and that reason for the audit log, and reports the outcome in words a cashier understands: by signal, and by a
/// message box unless those are switched off. The prompts are replaceable so that tests never
/// wait on a modal dialog.
class ManagerActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerActions)

public:
    enum class Action {
        UnbookSeats,
        UnbookBooking,
        BlockSeats,
        UnblockSeats,
        KeepHouseSeats,
        ReleaseHouseSeats,
        DeleteCustomer,
    };
    Q_ENUM(Action)

    /// Asks why; `question` says what is about to happen. Empty or nullopt when cancelled.
    using ReasonProvider = std::function<std::optional<QString>(const QString &title, const QString &question)>;

    ManagerActions(CoreBackend &backend, ManagerApproval &approval, QObject *parent = nullptr);
    ~ManagerActions() override;

    ManagerApproval &approval() const { return m_approval; }
    /// The window the prompts and messages belong to.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    void setReasonProvider(ReasonProvider provider);
    /// Whether outcomes also pop up a (non-blocking) message box; the signals come either way.
    void setShowMessages(bool show) { m_showMessages = show; }

    /// Each returns false when refused or cancelled before anything ran; otherwise finished()
    /// follows once the database answered.
    bool unbookSeats(qint64 show, const QStringList &labels);
    bool unbookBooking(const QString &reference);
    bool blockSeats(qint64 show, const QStringList &labels);
    bool unblockSeats(qint64 show, const QStringList &labels);
    /// Keeps seats back for the counter (`keep`) or gives them back to the web.
    bool setHouseSeats(qint64 show, const QStringList &labels, bool keep);
    bool deleteCustomer(const Customer &customer);

    /// Seat labels typed by hand: "A1, A2 c7-c10" gives A1, A2, C7, C8, C9, C10.
    static QStringList parseSeatLabels(const QString &text);
    /// What went wrong, for the cashier.
    static QString describeError(Action action, const Error &error);

signals:
    /// Not run: no manager approved it, no seats given, or no reason.
    void refused(const QString &message);
    void finished(boxoffice::ManagerActions::Action action, bool ok, const QString &message);
    /// A show's seats changed through one of these actions (0 when the show is not known here).
    void seatsChanged(qint64 show);

private:
    struct Request
    {
        Action action;
        qint64 show = 0;
        QStringList labels;
        QString reference;
        Customer customer;
    };

    bool perform(Request request);
    std::optional<QString> askReason(const QString &title, const QString &question);
    void report(Action action, bool ok, const QString &message);
    void refuse(const QString &message);
    static QString describeRequest(const Request &request);
    static QString describeSuccess(const Request &request, const QStringList &changed, int count);

    CoreBackend &m_backend;
    ManagerApproval &m_approval;
    QPointer<QWidget> m_dialogParent;
    ReasonProvider m_reasonProvider;
    bool m_showMessages = true;
};

} // namespace boxoffice
