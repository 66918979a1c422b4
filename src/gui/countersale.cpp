#include "countersale.h"

#include "displaynames.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
const QString adult = u"adult"_s;

QStringList withoutDuplicates(const QStringList &seats)
{
    QStringList result;
    for (const QString &seat : seats) {
        if (!result.contains(seat))
            result.append(seat);
    }
    return result;
}

QStringList minus(const QStringList &from, const QStringList &remove)
{
    QStringList result;
    for (const QString &seat : from) {
        if (!remove.contains(seat))
            result.append(seat);
    }
    return result;
}

/// The venue's order at the till, whatever order the prices were entered in (the shipped types'
/// order until the venue's are read). Retired types are sold no more.
QStringList inSaleOrder(QStringList types)
{
    QStringList order;
    QStringList retired;
    for (const TicketType &type : venueTicketTypes())
        (type.retired ? retired : order).append(type.key);
    if (order.isEmpty())
        order = {adult, u"child"_s, u"concession"_s};
    std::stable_sort(types.begin(), types.end(), [&order](const QString &a, const QString &b) {
        const auto rank = [&order](const QString &type) {
            const qsizetype index = order.indexOf(type);
            return index < 0 ? order.size() : index;
        };
        return rank(a) < rank(b);
    });
    if (std::any_of(types.cbegin(), types.cend(), [&retired](const QString &type) { return !retired.contains(type); }))
        types.removeIf([&retired](const QString &type) { return retired.contains(type); });
    if (types.isEmpty())
        types.append(adult);
    return types;
}
} // namespace

CounterSale::CounterSale(CoreBackend &backend, QObject *parent) : QObject(parent), m_backend(backend)
{
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &CounterSale::reload);
}

void CounterSale::setShow(qint64 showId)
{
    if (showId == m_showId)
        return;
    const qint64 previous = m_showId;
    const bool heldSomething = !m_held.isEmpty() || !m_selection.isEmpty();
    ++m_generation;
    m_showId = showId;
    m_snapshot.reset();
    m_seatIndex.clear();
    m_selection.clear();
    m_held.clear();
    m_expiresAt = {};
    m_ticketTypes.clear();
    m_syncWanted = false;
    m_bestWanted.reset();
    m_strandingAccepted.clear();
    if (!m_bookingStarted)
        m_bookingAsked = false;
    m_expiryTimer.stop();
    emit holdChanged();

    if (previous != 0 && heldSomething) {
        // Queued behind any hold still on its way for that show, so nothing stays held there.
        const QString owner = m_backend.counterOwner();
        m_backend.run<ChangeResult>(
            this, [owner, previous](CoreServices &core) { return core.reservations.releaseHolds(owner, previous); },
            [this](const Result<ChangeResult> &result) {
                if (!result.ok())
                    emit message(Severity::Warning,
                                 tr("The seats held for the previous show could not be released: %1 "
                                    "They will be released when the hold expires.")
                                     .arg(describeError(result.error())));
            });
    }
    reload();
}

void CounterSale::setSelection(const QStringList &seats)
{
    const QStringList selection = withoutDuplicates(seats);
    if (selection == m_selection)
        return;
    m_selection = selection;
    m_syncWanted = true;
    runNext();
}

void CounterSale::holdBest(const BestAvailableRequest &request, const QHash<QString, int> &ticketMix)
{
    const int count = request.count;
    if (m_showId == 0 || m_closed || count <= 0)
        return;
    int mixed = 0;
    for (const int seats : ticketMix)
        mixed += seats;
    if (mixed > count) {
        emit message(Severity::Warning,
                     tr("The ticket mix names %1 tickets but only %2 seats are asked for.").arg(mixed).arg(count));
        return;
    }
    m_bestWanted = BestOrder{request, ticketMix};
    // The best seats replace the whole selection, so a change of it still on its way is moot.
    m_syncWanted = false;
    runNext();
}

void CounterSale::acceptStranding(const QStringList &seats)
{
    m_strandingAccepted = seats;
}

void CounterSale::reload()
{
    if (m_showId == 0)
        return;
    m_reloadWanted = true;
    runNext();
}

void CounterSale::release()
{
    if (m_selection.isEmpty() && m_held.isEmpty())
        return;
    m_selection.clear();
    emit selectionReset();
    m_syncWanted = true;
    runNext();
}

void CounterSale::releaseBeforeClosing()
{
    m_closed = true;
    m_syncWanted = false;
    m_reloadWanted = false;
    m_bestWanted.reset();
    if (!m_bookingStarted)
        m_bookingAsked = false;
    if (m_showId == 0 || (m_held.isEmpty() && m_selection.isEmpty() && !m_busy))
        return;
    const QString owner = m_backend.counterOwner();
    const qint64 show = m_showId;
    // Queued behind any hold on its way, so that one is released too.
    m_backend.run<ChangeResult>(
        nullptr, [owner, show](CoreServices &core) { return core.reservations.releaseHolds(owner, show); }, {});
}

qint64 CounterSale::secondsLeft() const
{
    if (m_held.isEmpty() || !m_expiresAt.isValid())
        return -1;
    return std::max<qint64>(0, m_backend.clock().now().secsTo(m_expiresAt));
}

std::optional<SeatState> CounterSale::seatState(const QString &seat) const
{
    const auto found = m_seatIndex.constFind(seat);
    if (!m_snapshot || found == m_seatIndex.cend())
        return std::nullopt;
    return m_snapshot->seats.at(*found);
}

QStringList CounterSale::ticketTypesFor(const QString &seat) const
{
    const auto state = seatState(seat);
    if (!state)
        return {adult};
    QStringList types;
    for (const Price &price : m_snapshot->show.prices) {
        if (price.category == state->seat.category && !types.contains(price.ticketType))
            types.append(price.ticketType);
    }
    return inSaleOrder(types);
}

QStringList CounterSale::showTicketTypes() const
{
    if (!m_snapshot)
        return {adult};
    QStringList types;
    for (const Price &price : m_snapshot->show.prices) {
        if (!types.contains(price.ticketType))
            types.append(price.ticketType);
    }
    return inSaleOrder(types);
}

QString CounterSale::ticketType(const QString &seat) const
{
    const auto chosen = m_ticketTypes.constFind(seat);
    return chosen != m_ticketTypes.cend() ? *chosen : ticketTypesFor(seat).constFirst();
}

void CounterSale::setTicketType(const QString &seat, const QString &ticketType)
{
    if (!m_held.contains(seat) || !ticketTypesFor(seat).contains(ticketType) || this->ticketType(seat) == ticketType)
        return;
    m_ticketTypes.insert(seat, ticketType);
    emit holdChanged();
}

qint64 CounterSale::priceOf(const QString &seat) const
{
    const auto state = seatState(seat);
    if (!state)
        return 0;
    return m_snapshot->show.priceFor(state->seat.category, ticketType(seat)).value_or(state->priceCents);
}

qint64 CounterSale::totalCents() const
{
    qint64 total = 0;
    for (const QString &seat : m_held)
        total += priceOf(seat);
    return total;
}

void CounterSale::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void CounterSale::runNext()
{
    if (m_busy || m_showId == 0 || m_closed)
        return;
    // Selection changes first, so that the booking covers what the cashier sees.
    if (m_bestWanted) {
        startBest();
    } else if (m_syncWanted || m_reloadWanted) {
        m_syncWanted = false;
        m_reloadWanted = false;
        sync();
    } else if (m_bookingAsked && !m_bookingStarted) {
        startBooking();
    }
}

void CounterSale::sync()
{
    const QStringList toHold = minus(m_selection, m_held);
    const QStringList toRelease = minus(m_held, m_selection);
    const qint64 show = m_showId;
    const QString owner = m_backend.counterOwner();
    const auto duration = std::chrono::seconds(m_holdSeconds);
    const quint64 generation = m_generation;
    HoldOptions options;
    const auto accepted = [this](const QString &seat) { return m_strandingAccepted.contains(seat); };
    if (!toHold.isEmpty() && std::all_of(toHold.cbegin(), toHold.cend(), accepted)) {
        options.acceptStrandedSeat = true;
        if (m_staffSession)
            options.actor = m_staffSession->actor();
    }
    m_strandingAccepted.clear();
    setBusy(true);
    m_backend.run<Outcome>(
        this,
        [=](CoreServices &core) -> Result<Outcome> {
            Outcome outcome;
            if (!toRelease.isEmpty()) {
                auto released = core.reservations.releaseHolds(owner, show, toRelease);
                if (!released.ok())
                    outcome.error = released.error();
            }
            if (!toHold.isEmpty() && !outcome.error) {
                auto held = core.reservations.holdSeats(show, toHold, owner, duration, Channel::Counter, {}, options);
                if (!held.ok())
                    outcome.error = held.error();
            }
            auto snapshot = core.catalog.snapshot(show);
            if (snapshot.ok())
                outcome.snapshot = snapshot.value();
            else if (!outcome.error)
                outcome.error = snapshot.error();
            return outcome;
        },
        [this, toHold, generation](const Result<Outcome> &result) {
            setBusy(false);
            if (generation == m_generation)
                finish(result.ok() ? result.value() : Outcome{result.error(), {}, {}, {}}, toHold);
            runNext();
        });
}

void CounterSale::startBest()
{
    const BestOrder order = *std::exchange(m_bestWanted, std::nullopt);
    const qint64 show = m_showId;
    const QString owner = m_backend.counterOwner();
    const auto duration = std::chrono::seconds(m_holdSeconds);
    const quint64 generation = m_generation;
    const BestAvailableRequest request = order.request;
    setBusy(true);
    m_backend.run<Outcome>(
        this,
        [=](CoreServices &core) -> Result<Outcome> {
            Outcome outcome;
            auto best = core.reservations.holdBestAvailable(show, request, owner, duration, Channel::Counter);
            if (best.ok())
                outcome.best = best.value();
            else
                outcome.error = best.error();
            auto snapshot = core.catalog.snapshot(show);
            if (snapshot.ok())
                outcome.snapshot = snapshot.value();
            return outcome;
        },
        [this, order, generation](const Result<Outcome> &result) {
            setBusy(false);
            if (generation == m_generation)
                finishBest(result.ok() ? result.value() : Outcome{result.error(), {}, {}, {}}, order);
            runNext();
        });
}

void CounterSale::finishBest(const Outcome &outcome, const BestOrder &order)
{
    if (!outcome.best) {
        // The hold is replaced in one transaction: on a refusal the previous seats are still held.
        if (outcome.error)
            emit message(Severity::Warning, describeError(*outcome.error));
        if (outcome.snapshot)
            applySnapshot(*outcome.snapshot);
        return;
    }
    const BestHoldResult &best = *outcome.best;
    m_selection = best.hold.seats;
    m_ticketTypes.clear();
    if (outcome.snapshot)
        applySnapshot(*outcome.snapshot);
    m_selection = inHallOrder(m_selection);
    const QStringList unsold = applyTicketMix(best.chosen, order.ticketMix);
    emit selectionReplaced(m_selection);
    emit holdChanged();
    QString text = describeBest(best);
    if (!unsold.isEmpty())
        text += u' '
                + tr("No seat found sells %1 tickets; please set those ticket types in the basket.")
                          .arg(QLocale().createSeparatedList(unsold));
    emit message(unsold.isEmpty() ? Severity::Success : Severity::Warning, text);
}

QStringList CounterSale::inHallOrder(QStringList seats) const
{
    std::sort(seats.begin(), seats.end(), [this](const QString &a, const QString &b) {
        return m_seatIndex.value(a, -1) < m_seatIndex.value(b, -1);
    });
    return seats;
}

QStringList CounterSale::applyTicketMix(const QStringList &seats, const QHash<QString, int> &ticketMix)
{
    QStringList unassigned = seats;
    QStringList unsold;
    const QStringList tillTypes = showTicketTypes();
    // Types in the till's order, so the same mix always lands on the same seats.
    for (const QString &type : tillTypes) {
        int wanted = ticketMix.value(type);
        for (auto seat = unassigned.begin(); wanted > 0 && seat != unassigned.end();) {
            if (ticketTypesFor(*seat).contains(type)) {
                m_ticketTypes.insert(*seat, type);
                seat = unassigned.erase(seat);
                --wanted;
            } else {
                ++seat;
            }
        }
        if (wanted > 0)
            unsold.append(ticketTypeName(type));
    }
    for (auto it = ticketMix.cbegin(); it != ticketMix.cend(); ++it) {
        if (it.value() > 0 && !tillTypes.contains(it.key()))
            unsold.append(ticketTypeName(it.key()));
    }
    return unsold;
}

QString CounterSale::describeBest(const BestHoldResult &best) const
{
    const QStringList seats = inHallOrder(best.chosen);
    const auto first = seatState(seats.value(0));
    const auto last = seatState(seats.value(seats.size() - 1));
    if (best.adjacent && first && last) {
        const QString where = seats.size() == 1
                ? tr("row %1, seat %2").arg(first->seat.rowLabel).arg(first->seat.number)
                : tr("row %1, seats %2–%3")
                          .arg(first->seat.rowLabel)
                          .arg(std::min(first->seat.number, last->seat.number))
                          .arg(std::max(first->seat.number, last->seat.number));
        if (best.step == BestStep::TogetherStranding)
            return tr("Best seats held together: %1. Every free block of %n seat(s) leaves a single seat empty here.",
                      nullptr, int(seats.size()))
                .arg(where);
        return tr("Best seats held together: %1.").arg(where);
    }
    return tr("Best seats held, not side by side (no %n free seat(s) in a row): %1.", nullptr, int(seats.size()))
        .arg(QLocale().createSeparatedList(seats));
}

void CounterSale::book(const QString &customerName, const QString &paymentMethod)
{
    if (m_bookingAsked)
        return;
    if (m_held.isEmpty() && m_selection.isEmpty()) {
        emit message(Severity::Warning, tr("Select seats on the seat map first."));
        return;
    }
    if (secondsLeft() == 0) {
        emit message(Severity::Warning, tr("The hold has expired. Please select the seats again."));
        return;
    }
    m_bookingAsked = true;
    m_bookingCustomer = customerName.trimmed();
    m_bookingPayment = paymentMethod;
    emit holdChanged();
    runNext();
}

void CounterSale::startBooking()
{
    if (m_held.isEmpty() || secondsLeft() == 0) {
        m_bookingAsked = false;
        emit message(Severity::Warning, m_held.isEmpty() ? tr("Select seats on the seat map first.")
                                                         : tr("The hold has expired. Please select the seats again."));
        emit holdChanged();
        return;
    }
    m_bookingStarted = true;
    const qint64 show = m_showId;
    const QString owner = m_backend.counterOwner();
    const quint64 generation = m_generation;
    BookingRequest request;
    request.customer.name = m_bookingCustomer;
    // The counter asks for no e-mail; stored as empty text, not as a missing value.
    request.customer.email = u""_s;
    request.channel = Channel::Counter;
    request.paymentMethod = m_bookingPayment;
    if (m_staffSession)
        request.staff = m_staffSession->actor();
    for (const QString &seat : std::as_const(m_held))
        request.ticketTypes.insert(seat, ticketType(seat));
    setBusy(true);
    m_backend.run<Outcome>(
        this,
        [=](CoreServices &core) -> Result<Outcome> {
            Outcome outcome;
            auto booking = core.reservations.convertHoldsToBookings(owner, show, request);
            if (booking.ok())
                outcome.booking = booking.value();
            else
                outcome.error = booking.error();
            auto snapshot = core.catalog.snapshot(show);
            if (snapshot.ok())
                outcome.snapshot = snapshot.value();
            return outcome;
        },
        [this, generation](const Result<Outcome> &result) {
            setBusy(false);
            m_bookingAsked = false;
            m_bookingStarted = false;
            const Outcome outcome = result.ok() ? result.value() : Outcome{result.error(), {}, {}, {}};
            if (generation == m_generation)
                finish(outcome, {});
            else if (outcome.booking)
                emit booked(*outcome.booking); // made before the show was switched: still confirm it
            else
                emit holdChanged();
            runNext();
        });
}

void CounterSale::finish(const Outcome &outcome, const QStringList &requestedHolds)
{
    if (outcome.booking) {
        m_selection.clear();
        m_ticketTypes.clear();
        emit selectionReset();
    }
    if (outcome.error) {
        const Error &error = *outcome.error;
        const bool holdGone = error.code == ErrorCode::NoHold || error.code == ErrorCode::HoldExpired;
        const bool severe = error.code == ErrorCode::DatabaseError || error.code == ErrorCode::StorageFull;
        // A stranded seat is a question to the cashier, asked once the snapshot below is applied.
        if (error.code != ErrorCode::OrphanSeat)
            emit message(severe ? Severity::Error : Severity::Warning, describeError(error));
        if (holdGone) {
            m_selection.clear();
            emit selectionReset();
        } else if (error.code == ErrorCode::SeatsUnavailable) {
            // A hold is all or nothing: drop the taken seats and try again for the free ones.
            QStringList taken;
            for (const QString &seat : error.seats) {
                if (requestedHolds.contains(seat))
                    taken.append(seat);
            }
            if (taken.isEmpty())
                taken = requestedHolds;
            dropFromSelection(taken);
            if (!minus(requestedHolds, taken).isEmpty())
                m_syncWanted = true;
        } else {
            dropFromSelection(requestedHolds);
        }
    }
    if (outcome.snapshot)
        applySnapshot(*outcome.snapshot);
    if (outcome.error && outcome.error->code == ErrorCode::OrphanSeat) {
        const bool canOverride = m_snapshot && m_snapshot->show.orphanRule == OrphanRule::Warn;
        emit strandingRefused(requestedHolds, outcome.error->seats, outcome.error->suggestion, canOverride);
    }
    if (outcome.booking)
        emit booked(*outcome.booking);
}

void CounterSale::applySnapshot(const ShowSnapshot &snapshot)
{
    const QString owner = m_backend.counterOwner();
    m_snapshot = snapshot;
    m_seatIndex.clear();
    m_seatIndex.reserve(snapshot.seats.size());
    QStringList held;
    QDateTime expiresAt;
    for (qsizetype i = 0; i < snapshot.seats.size(); ++i) {
        const SeatState &state = snapshot.seats.at(i);
        m_seatIndex.insert(state.seat.label, int(i));
        if (state.status == SeatStatus::Held && state.holdOwner == owner) {
            held.append(state.seat.label);
            if (!expiresAt.isValid() || state.holdExpiresAt < expiresAt)
                expiresAt = state.holdExpiresAt;
        }
    }
    QStringList lost;
    for (const QString &seat : std::as_const(m_held)) {
        if (!held.contains(seat) && m_selection.contains(seat))
            lost.append(seat);
    }
    m_held = held;
    m_expiresAt = expiresAt;
    for (auto it = m_ticketTypes.begin(); it != m_ticketTypes.end();) {
        if (held.contains(it.key()))
            ++it;
        else
            it = m_ticketTypes.erase(it);
    }
    if (!lost.isEmpty()) {
        emit message(Severity::Warning,
                     tr("The hold on %1 ended (it expired or was released elsewhere). "
                        "Select the seats again if they are still free.")
                         .arg(QLocale().createSeparatedList(lost)));
        dropFromSelection(lost);
    }
    scheduleExpiryCheck();
    emit snapshotChanged(snapshot);
    emit holdChanged();
}

void CounterSale::dropFromSelection(const QStringList &seats)
{
    QStringList dropped;
    for (const QString &seat : seats) {
        if (m_selection.removeAll(seat) > 0)
            dropped.append(seat);
    }
    if (!dropped.isEmpty())
        emit seatsDropped(dropped);
}

void CounterSale::scheduleExpiryCheck()
{
    m_expiryTimer.stop();
    if (m_held.isEmpty() || !m_expiresAt.isValid())
        return;
    // The expiry scheduler releases lapsed holds within a second; look again just after that.
    const qint64 untilExpiry = m_backend.clock().now().msecsTo(m_expiresAt);
    m_expiryTimer.start(int(std::clamp<qint64>(untilExpiry + 1200, 1000, 24 * 3600 * 1000)));
}

QString CounterSale::describeError(const Error &error) const
{
    const QString seats = QLocale().createSeparatedList(error.seats);
    switch (error.code) {
    case ErrorCode::SeatsUnavailable:
        if (error.seats.isEmpty())
            return tr("Some of these seats were just taken by another customer or counter. Please choose other seats.");
        return tr("Taken meanwhile by another customer or counter: %1. Please choose other seats.").arg(seats);
    case ErrorCode::NoHold:
        return tr("These seats are no longer held for this counter. Please select them again.");
    case ErrorCode::HoldExpired:
        return tr("The hold expired before the booking was made, so the seats were released. "
                  "Please select them again.");
    case ErrorCode::TooManySeats:
        return tr("Too many seats for one sale: a counter can hold at most %1 seats of a show.")
            .arg(ReservationService::Limits{}.maxSeatsCounter);
    case ErrorCode::InvalidField:
        return tr("Please check the entry: %1").arg(error.message);
    case ErrorCode::NotFound:
        return tr("This show or seat no longer exists. Please pick the show again.");
    case ErrorCode::Forbidden:
    case ErrorCode::AlreadyPaid:
        return tr("This is not allowed: %1").arg(error.message);
    case ErrorCode::DatabaseBusy:
        return tr("The database is busy: another counter or the web shop is writing to it. "
                  "Nothing was changed; please try again in a moment.");
    case ErrorCode::StorageFull:
        return tr("The disk is full, so nothing can be saved: this sale was not made. Sales are paused "
                  "until space is freed; please tell the manager.");
    case ErrorCode::OrphanSeat:
        return tr("This selection would leave %1 as a single empty seat that rarely sells.").arg(seats);
    case ErrorCode::TooManyHeldFromAddress:
    case ErrorCode::DatabaseError:
        break;
    }
    return tr("The database reported an error: %1").arg(error.message);
}

} // namespace boxoffice
