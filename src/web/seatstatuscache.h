#pragma once

#include "codingchoice.h"
#include "compressedprefix.h"
#include "contentcoding.h"
#include "httpresponse.h"
#include "memoryfile.h"
#include "types.h"

#include <QByteArray>
#include <QHash>

#include <array>
#include <chrono>
#include <memory>
#include <optional>

namespace boxoffice {

class ChangeFeed;
class Session;
class ShowCatalog;
struct VenueSettings;

/// The seat status of each show as answer bytes, built once per show version.
///
/// An answer is `prefix + my_hold + "}"`: the prefix (everything up to `"my_hold":`) is shared by
/// every session; only `my_hold` is per session, spliced in from the holds read with the same
/// snapshot. An entry is stale once the change feed announced a newer version, or, as a safety
/// net for changes nobody announced, when asking the database after `recheck` finds one.
/// Belongs to the web thread.
class SeatStatusCache final
{
    Q_DISABLE_COPY_MOVE(SeatStatusCache)

public:
    struct Hold
    {
        QStringList seats;
        QDateTime expiresAt;
    };

    using SharedEtags = std::array<QByteArray, 3>;

    /// What the watchers (WatchHub) of sessions without a hold all send for one answer, built
    /// when the first of them needs it and kept with the answer's prefix, so that it goes when
    /// the version does.
    struct Shared
    {
        /// The event-stream event.
        QByteArray event;
        /// Whole long-poll answers, head and body, by coding and keep-alive (longPollSlot()).
        std::array<QByteArray, 6> longPollAnswers;
        static size_t longPollSlot(ContentCoding coding, bool keepAlive) { return size_t(coding) * 2 + keepAlive; }
    };

    /// The answer to `since=` at one version.
    struct Delta
    {
        QByteArray prefix;
        /// No seat changed after `since`: only something else moved the version on (a check-in).
        bool noSeatChanged = false;
        /// `prefix` compressed, built when a request first accepts it (of minCompressBytes or more).
        mutable std::shared_ptr<const CompressedPrefix> compressed;
        /// The ETag per coding of sessions without a hold, built when first asked for.
        mutable SharedEtags etags;
        mutable Shared shared;
    };

    struct Entry
    {
        qint64 show = 0;
        qint64 version = 0;
        QByteArray fullPrefix;
        /// The full answer of a session without a hold (fullPrefix + `null}`), sent from memory
        /// by sendfile(); null for small answers, which cost less to copy.
        std::shared_ptr<const MemoryFile> fullFile;
        /// Holds of web sessions by owner token.
        QHash<QString, Hold> holds;
        /// fullPrefix gzip- and Brotli-compressed, built when a request first accepts it.
        mutable std::shared_ptr<const CompressedPrefix> fullCompressed;
        mutable SharedEtags fullEtags;
        mutable Shared fullShared;
        /// `since=` answers at this version, by `since`.
        QHash<qint64, Delta> deltas;
        std::chrono::steady_clock::time_point checked;
    };

    /// An answer to give: its prefix, and the entry whose holds go with it.
    struct View
    {
        std::shared_ptr<const Entry> entry;
        QByteArray prefix;
        /// The `since` asked for, if any (part of the ETag).
        std::optional<qint64> since;
        /// A `since=` answer without seats: no seat changed after `since`.
        bool noSeatChanged = false;
    };

    /// Full answers name `maxSeats`, the most seats a web session may hold for a show; those of
    /// `sendFileMinBytes` or more are also kept in a MemoryFile.
    SeatStatusCache(ShowCatalog &catalog, ChangeFeed &feed, int pollIntervalMs, int maxSeats,
                    qsizetype sendFileMinBytes, std::chrono::milliseconds recheck = std::chrono::seconds(1));

    /// Every seat of the show; NotFound for an unknown show.
    Result<View> full(qint64 show);
    /// The seats changed after `since` (all of them, with "full": true, when the change log
    /// cannot tell).
    Result<View> since(qint64 show, qint64 since);
    /// The newest entry of a show, rebuilt if stale.
    Result<std::shared_ptr<const Entry>> current(qint64 show);
    /// The venue's currency and time zone go into every full answer from now on; answers built
    /// before are forgotten and their ETags no longer match.
    void setVenue(const VenueSettings &venue);
    /// The ticket types the web sells (web-sellable, not retired) go into every full answer from
    /// now on, each with its prices for the show; answers built before are forgotten.
    void setTicketTypes(const QList<TicketType> &types);
    /// Forgets a show's entry so that the next request reads the database.
    void invalidate(qint64 show) { m_entries.remove(show); }

    static QByteArray myHold(const Entry &entry, const Session &session);
    /// Whether `session` holds seats of the view's show, so that its answers are its own.
    static bool holdsSeats(const View &view, const Session &session);
    /// Where the bytes every watcher without a hold sends for `view` are kept; null when the view
    /// is not kept (a `since=` answer given while the show kept changing). Valid until the cache
    /// is next asked for a view.
    static Shared *shared(const View &view);
    /// gzip and Brotli for answers of minCompressBytes or more, none for smaller ones.
    static AvailableCodings codings(const View &view);
    QByteArray body(const View &view, const Session &session) const;
    /// Differs per coding (its suffix inside the quotes).
    QByteArray etag(const View &view, const Session &session, ContentCoding coding = ContentCoding::Identity) const;
    /// The whole answer in the chosen coding, with ETag, caching, Content-Encoding and Vary
    /// headers. Compressed bytes come from the view's prefix compressed once; a session's
    /// `my_hold` is appended uncompressed. Should the compressor fail, the answer goes out as it is.
    HttpResponse response(const View &view, const Session &session, const CodingChoice &choice) const;
    /// The whole answer as it is.
    HttpResponse response(const View &view, const Session &session) const;

private:
    /// The view's prefix compressed, built now if no request asked for it before; null if the
    /// compressor failed.
    static std::shared_ptr<const CompressedPrefix> compressed(const View &view);
    /// The kept `since=` answer the view gives; null for a full view or one not kept.
    static const Delta *keptDelta(const View &view);
    /// Where the ETag in `coding` of the view's sessions without a hold is kept; null when the
    /// view is not kept (a `since=` answer given while the show kept changing).
    static QByteArray *sharedEtag(const View &view, ContentCoding coding);
    Result<std::shared_ptr<Entry>> entry(qint64 show, bool force);
    Result<std::shared_ptr<Entry>> rebuild(qint64 show);
    std::shared_ptr<Entry> rebuildFrom(qint64 show, const ShowSnapshot &snapshot);
    QByteArray prefix(qint64 show, qint64 version, bool full, const QList<SeatState> &seats,
                      const ShowSnapshot *snapshot) const;
    /// `"ticket_types":[…],` of a full answer: the web's types the show prices.
    QByteArray ticketTypeFields(const Show &show) const;
    /// Forgets every answer built, with a new ETag epoch, as what they say about the venue changed.
    void dropAnswers();

    ShowCatalog &m_catalog;
    ChangeFeed &m_feed;
    int m_pollIntervalMs;
    int m_maxSeats;
    qsizetype m_sendFileMinBytes;
    std::chrono::milliseconds m_recheck;
    /// Differs between runs, so that an ETag from before a restart on another database never matches.
    QByteArray m_epoch;
    /// `"currency":{…},"time_zone":"…",` of full answers.
    QByteArray m_venueFields;
    /// The venue's ticket types the web sells, in their order.
    QList<TicketType> m_webTicketTypes;
    QHash<qint64, std::shared_ptr<Entry>> m_entries;
};

} // namespace boxoffice
