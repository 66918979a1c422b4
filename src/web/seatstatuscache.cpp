#include "seatstatuscache.h"

#include "changefeed.h"
#include "jsonbytes.h"
#include "jsonkeys.h"
#include "session.h"
#include "showcatalog.h"
#include "venuesettings.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
/// `since=` answers kept per version: every poller of a show asks with the version it has, so a
/// handful cover them all.
constexpr qsizetype maxDeltas = 64;
constexpr QLatin1StringView webOwnerPrefix = "web:"_L1;
/// `my_hold` of a session that holds nothing.
constexpr QByteArrayView noHold = "null";
} // namespace

SeatStatusCache::SeatStatusCache(ShowCatalog &catalog, ChangeFeed &feed, int pollIntervalMs, int maxSeats,
                                 qsizetype sendFileMinBytes, std::chrono::milliseconds recheck)
    : m_catalog(catalog), m_feed(feed), m_pollIntervalMs(pollIntervalMs), m_maxSeats(maxSeats),
      m_sendFileMinBytes(sendFileMinBytes), m_recheck(recheck),
      m_epoch(QByteArray::number(QRandomGenerator::system()->generate() & 0xffffff, 36))
{
}

void SeatStatusCache::setVenue(const VenueSettings &venue)
{
    using namespace jsonbytes;
    QByteArray fields;
    appendKey(fields, jsonkey::currency);
    fields += '{';
    appendKey(fields, jsonkey::code);
    appendString(fields, venue.currency.code());
    fields += ',';
    appendKey(fields, jsonkey::minorUnits);
    appendNumber(fields, venue.currency.minorUnits());
    fields += "},";
    appendKey(fields, jsonkey::timeZone);
    appendString(fields, QString::fromUtf8(venue.timeZone));
    fields += ',';
    if (fields == m_venueFields)
        return;
    m_venueFields = fields;
    dropAnswers();
}

void SeatStatusCache::setTicketTypes(const QList<TicketType> &types)
{
    QList<TicketType> sold;
    std::copy_if(types.cbegin(), types.cend(), std::back_inserter(sold),
                 [](const TicketType &type) { return type.webSellable && !type.retired; });
    std::stable_sort(sold.begin(), sold.end(),
                     [](const TicketType &a, const TicketType &b) { return a.position < b.position; });
    if (sold == m_webTicketTypes)
        return;
    m_webTicketTypes = sold;
    dropAnswers();
}

void SeatStatusCache::dropAnswers()
{
    m_entries.clear();
    m_epoch = QByteArray::number(QRandomGenerator::system()->generate() & 0xffffff, 36);
}

QByteArray SeatStatusCache::ticketTypeFields(const Show &show) const
{
    using namespace jsonbytes;
    QByteArray out;
    appendKey(out, jsonkey::ticketTypes);
    out += '[';
    bool firstType = true;
    for (const TicketType &type : m_webTicketTypes) {
        QByteArray prices;
        for (const Price &price : show.prices) {
            if (price.ticketType != type.key)
                continue;
            if (!prices.isEmpty())
                prices += ',';
            appendString(prices, price.category);
            prices += ':';
            appendNumber(prices, price.priceCents);
        }
        if (prices.isEmpty())
            continue;
        if (!firstType)
            out += ',';
        firstType = false;
        out += '{';
        appendKey(out, jsonkey::key);
        appendString(out, type.key);
        out += ',';
        appendKey(out, jsonkey::name);
        appendString(out, type.name);
        out += ',';
        appendKey(out, jsonkey::priceCents);
        out += '{' + prices + '}';
        out += '}';
    }
    out += "],";
    return out;
}

Result<std::shared_ptr<const SeatStatusCache::Entry>> SeatStatusCache::current(qint64 show)
{
    auto found = entry(show, false);
    if (!found.ok())
        return found.error();
    return std::shared_ptr<const Entry>(found.value());
}

Result<std::shared_ptr<SeatStatusCache::Entry>> SeatStatusCache::entry(qint64 show, bool force)
{
    const auto now = std::chrono::steady_clock::now();
    const auto it = m_entries.constFind(show);
    if (!force && it != m_entries.cend()) {
        const std::shared_ptr<Entry> &cached = it.value();
        if (m_feed.lastVersion(show) <= cached->version) {
            if (now - cached->checked < m_recheck)
                return cached;
            auto version = m_catalog.version(show);
            if (!version.ok())
                return version.error();
            if (version.value() == cached->version) {
                cached->checked = now;
                return cached;
            }
        }
    }
    return rebuild(show);
}

Result<std::shared_ptr<SeatStatusCache::Entry>> SeatStatusCache::rebuild(qint64 show)
{
    auto snapshot = m_catalog.snapshot(show);
    if (!snapshot.ok())
        return snapshot.error();
    return rebuildFrom(show, std::move(snapshot.value()));
}

std::shared_ptr<SeatStatusCache::Entry> SeatStatusCache::rebuildFrom(qint64 show, const ShowSnapshot &snapshot)
{
    auto built = std::make_shared<Entry>();
    built->show = show;
    built->version = snapshot.show.version;
    built->checked = std::chrono::steady_clock::now();
    built->fullPrefix = prefix(show, built->version, true, snapshot.seats, &snapshot);
    if (built->fullPrefix.size() >= m_sendFileMinBytes) {
        QByteArray answer = built->fullPrefix;
        answer.append(noHold).append('}');
        built->fullFile = MemoryFile::create(answer);
    }
    for (const SeatState &seat : snapshot.seats) {
        if (seat.status != SeatStatus::Held || !seat.holdOwner.startsWith(webOwnerPrefix))
            continue;
        Hold &hold = built->holds[seat.holdOwner];
        hold.seats.append(seat.seat.label);
        hold.expiresAt = seat.holdExpiresAt;
    }
    m_entries.insert(show, built);
    return built;
}

QByteArray SeatStatusCache::prefix(qint64 show, qint64 version, bool full, const QList<SeatState> &seats,
                                   const ShowSnapshot *snapshot) const
{
    using namespace jsonbytes;
    QByteArray out;
    out.reserve(256 + seats.size() * 150);
    out += '{';
    appendKey(out, jsonkey::show);
    appendNumber(out, show);
    out += ',';
    appendKey(out, jsonkey::version);
    appendNumber(out, version);
    out += ',';
    appendKey(out, jsonkey::pollIntervalMs);
    appendNumber(out, m_pollIntervalMs);
    out += ',';
    appendKey(out, jsonkey::full);
    out += full ? "true," : "false,";
    if (snapshot) {
        appendKey(out, jsonkey::title);
        appendString(out, snapshot->show.title);
        out += ',';
        appendKey(out, jsonkey::hall);
        appendString(out, snapshot->show.hallName);
        out += ',';
        appendKey(out, jsonkey::startsAt);
        appendTime(out, snapshot->show.startsAt);
        out += ',';
        appendKey(out, jsonkey::gridRows);
        appendNumber(out, snapshot->gridRows);
        out += ',';
        appendKey(out, jsonkey::gridColumns);
        appendNumber(out, snapshot->gridColumns);
        out += ',';
        appendKey(out, jsonkey::orphanRule);
        appendString(out, orphanRuleName(snapshot->show.orphanRule));
        out += ',';
        appendKey(out, jsonkey::maxSeats);
        appendNumber(out, m_maxSeats);
        out += ',';
        if (snapshot->show.cancelled) {
            appendKey(out, jsonkey::cancelled);
            out += "true,";
        }
        out += m_venueFields;
        out += ticketTypeFields(snapshot->show);
    }
    appendKey(out, jsonkey::seats);
    out += '[';
    bool first = true;
    for (const SeatState &state : seats) {
        if (!first)
            out += ',';
        first = false;
        out += '{';
        appendKey(out, jsonkey::id);
        appendString(out, state.seat.label);
        out += ',';
        appendKey(out, jsonkey::row);
        appendString(out, state.seat.rowLabel);
        out += ',';
        appendKey(out, jsonkey::number);
        appendNumber(out, state.seat.number);
        out += ',';
        appendKey(out, jsonkey::status);
        appendString(out, seatStatusName(state.statusFor(Channel::Web)));
        out += ',';
        appendKey(out, jsonkey::category);
        appendString(out, state.seat.category);
        out += ',';
        appendKey(out, jsonkey::priceCents);
        appendNumber(out, state.priceCents);
        out += ',';
        appendKey(out, jsonkey::gridRow);
        appendNumber(out, state.seat.gridRow);
        out += ',';
        appendKey(out, jsonkey::gridColumn);
        appendNumber(out, state.seat.gridColumn);
        out += ',';
        appendKey(out, jsonkey::accessible);
        out += state.seat.accessible ? "true" : "false";
        out += '}';
    }
    out += "],";
    appendKey(out, jsonkey::myHold);
    return out;
}

Result<SeatStatusCache::View> SeatStatusCache::full(qint64 show)
{
    auto found = entry(show, false);
    if (!found.ok())
        return found.error();
    return View{found.value(), found.value()->fullPrefix, std::nullopt};
}

Result<SeatStatusCache::View> SeatStatusCache::since(qint64 show, qint64 since)
{
    auto found = entry(show, false);
    if (!found.ok())
        return found.error();
    std::shared_ptr<Entry> current = found.value();
    if (const auto it = current->deltas.constFind(since); it != current->deltas.cend())
        return View{current, it->prefix, since, it->noSeatChanged};

    QByteArray bytes;
    bool noSeatChanged = false;
    if (since == current->version) {
        bytes = prefix(show, current->version, false, {}, nullptr);
        noSeatChanged = true;
    } else {
        auto delta = m_catalog.changesSince(show, since);
        if (!delta.ok())
            return delta.error();
        if (delta->version != current->version) {
            // Committed after the entry was read: seats, holds and changes are read again from
            // one snapshot, so that they agree however fast other processes commit (read one
            // after the other, they kept disagreeing in a busy on-sale, and every watcher got
            // all seats instead of the few that changed).
            auto both = m_catalog.snapshotAndChangesSince(show, since);
            if (!both.ok())
                return both.error();
            current = rebuildFrom(show, std::move(both->first));
            delta = std::move(both->second);
        }
        bytes = delta->full ? current->fullPrefix : prefix(show, current->version, false, delta->seats, nullptr);
        noSeatChanged = !delta->full && delta->seats.isEmpty();
    }
    if (current->deltas.size() >= maxDeltas)
        current->deltas.clear();
    current->deltas.insert(since, Delta{bytes, noSeatChanged, nullptr, {}, {}});
    return View{current, bytes, since, noSeatChanged};
}

QByteArray SeatStatusCache::myHold(const Entry &entry, const Session &session)
{
    if (entry.holds.isEmpty())
        return QByteArrayLiteral("null");
    const auto it = entry.holds.constFind(session.owner());
    if (it == entry.holds.cend())
        return QByteArrayLiteral("null");
    using namespace jsonbytes;
    QByteArray out = "{";
    appendKey(out, jsonkey::seats);
    out += '[';
    for (qsizetype i = 0; i < it->seats.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, it->seats.at(i));
    }
    out += "],";
    appendKey(out, jsonkey::expiresAt);
    appendTime(out, it->expiresAt);
    out += '}';
    return out;
}

QByteArray SeatStatusCache::body(const View &view, const Session &session) const
{
    const QByteArray hold = myHold(*view.entry, session);
    QByteArray out;
    out.reserve(view.prefix.size() + hold.size() + 1);
    out += view.prefix;
    out += hold;
    out += '}';
    return out;
}

AvailableCodings SeatStatusCache::codings(const View &view)
{
    const bool worth = view.prefix.size() >= minCompressBytes;
    return {worth, worth};
}

std::shared_ptr<const CompressedPrefix> SeatStatusCache::compressed(const View &view)
{
    const Entry &entry = *view.entry;
    const auto delta = view.since ? entry.deltas.constFind(*view.since) : entry.deltas.cend();
    const bool full = view.prefix.isSharedWith(entry.fullPrefix);
    if (!full && (delta == entry.deltas.cend() || !view.prefix.isSharedWith(delta->prefix)))
        return CompressedPrefix::build(view.prefix, QByteArray(noHold.toByteArray() + '}'));
    std::shared_ptr<const CompressedPrefix> &slot = full ? entry.fullCompressed : delta->compressed;
    if (!slot)
        slot = CompressedPrefix::build(view.prefix, QByteArray(noHold.toByteArray() + '}'));
    return slot;
}

const SeatStatusCache::Delta *SeatStatusCache::keptDelta(const View &view)
{
    if (!view.since)
        return nullptr;
    const auto delta = view.entry->deltas.constFind(*view.since);
    if (delta == view.entry->deltas.cend() || !view.prefix.isSharedWith(delta->prefix))
        return nullptr;
    return &*delta;
}

QByteArray *SeatStatusCache::sharedEtag(const View &view, ContentCoding coding)
{
    if (!view.since)
        return &view.entry->fullEtags[size_t(coding)];
    const Delta *delta = keptDelta(view);
    return delta ? &delta->etags[size_t(coding)] : nullptr;
}

SeatStatusCache::Shared *SeatStatusCache::shared(const View &view)
{
    if (!view.since)
        return &view.entry->fullShared;
    const Delta *delta = keptDelta(view);
    return delta ? &delta->shared : nullptr;
}

bool SeatStatusCache::holdsSeats(const View &view, const Session &session)
{
    return !view.entry->holds.isEmpty() && view.entry->holds.contains(session.owner());
}

QByteArray SeatStatusCache::etag(const View &view, const Session &session, ContentCoding coding) const
{
    const bool holds = holdsSeats(view, session);
    QByteArray *shared = holds ? nullptr : sharedEtag(view, coding);
    if (shared && !shared->isEmpty())
        return *shared;
    QByteArray tag = "\"" + m_epoch + '-' + QByteArray::number(view.entry->version) + '-';
    tag += view.since ? QByteArray::number(*view.since) : QByteArrayLiteral("f");
    if (holds)
        tag += '-' + session.owner().mid(webOwnerPrefix.size(), 12).toLatin1();
    tag += etagSuffix(coding);
    tag += '"';
    if (shared)
        *shared = tag;
    return tag;
}

HttpResponse SeatStatusCache::response(const View &view, const Session &session) const
{
    return response(view, session, CodingChoice({}, codings(view)));
}

HttpResponse SeatStatusCache::response(const View &view, const Session &session, const CodingChoice &choice) const
{
    const std::shared_ptr<const CompressedPrefix> packed
            = choice.coding() == ContentCoding::Identity ? nullptr : compressed(view);
    if (!packed && choice.coding() != ContentCoding::Identity)
        return response(view, session);
    const QByteArray hold = myHold(*view.entry, session);
    HttpResponse response;
    if (packed) {
        response = HttpResponse::json(200, packed->with(choice.coding(), QByteArray(hold + '}')));
    } else {
        response = HttpResponse::json(200, view.prefix);
        response.bodyTail = hold + '}';
        if (hold == noHold && view.prefix.isSharedWith(view.entry->fullPrefix))
            response.bodyFile = view.entry->fullFile;
    }
    response.addHeader(QByteArrayLiteral("ETag"), etag(view, session, choice.coding()));
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    choice.addHeaders(response);
    return response;
}

} // namespace boxoffice
