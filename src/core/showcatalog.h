#pragma once

#include "database.h"
#include "types.h"

#include <QTimeZone>

#include <optional>

namespace boxoffice {

/// Read-only questions about shows, seats, bookings and the audit log. Each answer is read in
/// one transaction. Belongs to the thread of its Database.
class ShowCatalog final
{
    Q_DISABLE_COPY_MOVE(ShowCatalog)

public:
    explicit ShowCatalog(Database &database);

    /// Shows starting in [from, to), by start time, with seat counts as `channel` sees them;
    /// cancelled shows are left out.
    Result<QList<Show>> shows(const QDateTime &from, const QDateTime &to, Channel channel) const;
    /// The shows starting on `day` as the venue's calendar has it: from its midnight in `zone` to the next.
    Result<QList<Show>> showsOn(const QDate &day, const QTimeZone &zone, Channel channel) const;
    Result<Show> show(qint64 id, Channel channel = Channel::Counter) const;
    Result<Hall> hall(qint64 id) const;
    Result<QList<Hall>> halls() const;
    /// Every seat of a show with its state, consistent with the returned version.
    Result<ShowSnapshot> snapshot(qint64 show) const;
    /// The seats changed after `since`; every seat, with `full` set, when the change log cannot
    /// tell.
    Result<SeatDelta> changesSince(qint64 show, qint64 since) const;
    /// Every seat and the seats changed after `since`, read from one snapshot: the two agree on
    /// the version even while other connections commit.
    Result<std::pair<ShowSnapshot, SeatDelta>> snapshotAndChangesSince(qint64 show, qint64 since) const;
    Result<qint64> version(qint64 show) const;
    /// Every show's current version, for noticing what another process changed.
    Result<QHash<qint64, qint64>> versions() const;
    /// When the next hold lapses, if any hold is active.
    Result<std::optional<QDateTime>> nextHoldExpiry() const;
    /// The earliest deadline of an unpaid reservation, if any is waiting for its payment.
    Result<std::optional<QDateTime>> nextPaymentDeadline() const;

    Result<Booking> booking(const QString &reference) const;
    /// Bookings whose reference, customer name or email, or show title contains `text`.
    Result<QList<Booking>> findBookings(const QString &text, int limit = 200) const;
    Result<QList<Booking>> bookingsForShow(qint64 show) const;
    /// What the counter looks up to take a reservation's payment: the web bookings of shows
    /// starting from `showsFrom` whose reference is `text` (typed in any case, or scanned from
    /// the reservation's QR code, see BookingReference::scanCode), that has a ticket whose code
    /// is `text` (typed, or scanned from a ticket's QR code on the web confirmation, see
    /// TicketCode::qrText), or whose customer's name or email contains it.
    Result<QList<Booking>> findReservations(const QString &text, const QDateTime &showsFrom, int limit = 50) const;
    Result<QList<Customer>> findCustomers(const QString &text, int limit = 200) const;
    /// Newest first.
    Result<QList<AuditEntry>> auditLog(int limit = 500, qint64 show = 0) const;

    Result<ShowReport> showReport(qint64 show) const;
    /// One report for each show starting on `day` in the venue's time zone `zone`.
    Result<QList<ShowReport>> dayReport(const QDate &day, const QTimeZone &zone) const;

private:
    Result<QList<Show>> showsStarting(const QDateTime &from, const QDateTime &to, Channel channel,
                                      bool withCancelled) const;
    Result<QList<Booking>> bookingsWhere(const QString &condition, const QVariantList &values, int limit) const;

    Database &m_database;
    mutable bool m_showsHaveSalesSettings = false;
    mutable bool m_showsHaveOrphanRule = false;
    mutable bool m_bookingsHavePaymentState = false;
    mutable bool m_ticketsHaveCodes = false;
};

} // namespace boxoffice
