#pragma once

#include "clock.h"
#include "database.h"
#include "dayreport.h"
#include "shift.h"
#include "staffactor.h"
#include "types.h"

#include <QTimeZone>

#include <functional>

namespace boxoffice {

/// The only writer of cashier shifts and day closes (schema 10).
///
/// A staff member opens one shift at a time with a float; the payment lines other services write
/// into it make up what the drawer should hold: per method, cash is the float plus cash payments
/// minus cash refunds; transfers between bookings never touch a drawer. Closing is blind: the
/// count is recorded first (once) and only its answer shows what was expected, so that a drawer
/// cannot be counted to a known sum; a shift whose count differs closes only with a note. A
/// manager reopens a closed shift with a reason. A venue day closes once none of its shifts is
/// open. Each change is one write transaction, audited under the acting staff member.
class ShiftService final
{
    Q_DISABLE_COPY_MOVE(ShiftService)

public:
    static constexpr int maxCounterLength = 80;
    static constexpr int maxTextLength = 500;

    ShiftService(Database &database, const Clock &clock);

    Result<Shift> openShift(const StaffActor &actor, qint64 floatCents, const QString &counter);
    /// The staff member's open shift, if any.
    Result<std::optional<Shift>> currentShift(qint64 staffId) const;
    Result<Shift> shift(qint64 id) const;
    /// What the shift's drawer should hold now.
    Result<DrawerSums> expected(qint64 shift) const;
    /// Records the blind count of an open shift, by its cashier or a manager, and only then
    /// answers what was expected. A shift is counted once: a second count is refused.
    Result<ShiftCount> countShift(qint64 shift, const DrawerSums &counted, const StaffActor &actor);
    /// Closes a counted shift, keeping what was expected at this moment. A count that differs
    /// needs `note` explaining it.
    Result<ShiftCount> closeShift(qint64 shift, const QString &note, const StaffActor &actor);
    /// Opens a closed shift again for a new count: managers only (signed in or by override), with
    /// a reason.
    Result<Shift> reopenShift(qint64 shift, const QString &reason, const StaffActor &actor);
    /// Shifts that were open at some time of the venue's `day`, by opening time.
    Result<QList<Shift>> shiftsOn(const QDate &day, const QTimeZone &zone) const;
    /// Closes the venue's `day` and answers its report. Refused while any of its shifts is open,
    /// naming their staff members, and when the day is closed already.
    Result<DayReport> dayClose(const QDate &day, const QTimeZone &zone, const StaffActor &actor);
    /// The day's takings from its payment lines, per cashier, method and show.
    Result<DayReport> dayReport(const QDate &day, const QTimeZone &zone) const;

private:
    Result<Shift> readShift(qint64 id) const;
    Result<QList<Shift>> readShifts(const QString &condition, const QVariantList &values) const;
    Result<DrawerSums> expectedNow(const Shift &shift) const;
    /// The open shift `id`, if `actor` may count and close it.
    Result<Shift> openShiftHandledBy(qint64 id, const StaffActor &actor) const;
    /// Refuses anyone but the shift's own staff member and managers.
    Result<bool> mayHandle(const Shift &shift, const StaffActor &actor) const;
    Result<bool> isManager(qint64 staffId) const;
    Result<DayReport> readDayReport(const QDate &day, const QTimeZone &zone) const;
    Result<bool> audit(const StaffActor &actor, const QString &action, const QString &details,
                       const QString &reason = {});

    Database &m_database;
    const Clock &m_clock;
};

} // namespace boxoffice
