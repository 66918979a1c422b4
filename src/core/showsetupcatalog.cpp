#include "showsetupcatalog.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

ShowSetupCatalog::ShowSetupCatalog(Database &database) : m_database(database) {}

Result<QList<ShowSetup>> ShowSetupCatalog::shows(const QDateTime &from, const QDateTime &to, bool withCancelled) const
{
    return showsWhere(withCancelled ? u"sh.starts_at >= ? AND sh.starts_at < ?"_s
                                    : u"sh.starts_at >= ? AND sh.starts_at < ? AND sh.cancelled_at IS NULL"_s,
                      {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()});
}

Result<ShowSetup> ShowSetupCatalog::show(qint64 id) const
{
    auto found = showsWhere(u"sh.id = ?"_s, {id});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return Error{ErrorCode::NotFound, u"There is no show %1."_s.arg(id), {}};
    return found->constFirst();
}

Result<QList<ShowSetup>> ShowSetupCatalog::showsWhere(const QString &condition, const QVariantList &values) const
{
    return m_database.read<QList<ShowSetup>>([&]() -> Result<QList<ShowSetup>> {
        auto rows = m_database.run(
                u"SELECT sh.id, sh.hall_id, h.name, sh.title, sh.starts_at, sh.duration_minutes, sh.web_sales,"
                " sh.web_sales_close_minutes, sh.cancelled_at, sh.cancel_reason, sh.orphan_rule,"
                " (SELECT COUNT(*) FROM seats WHERE hall_id = sh.hall_id AND grid_row >= 0),"
                " (SELECT COUNT(*) FROM seat_claims c WHERE c.show_id = sh.id AND c.kind = 'booking'),"
                " (SELECT COUNT(*) FROM bookings b WHERE b.show_id = sh.id AND b.cancelled_at IS NULL)"
                " FROM shows sh JOIN halls h ON h.id = sh.hall_id WHERE %1 ORDER BY sh.starts_at, sh.id"_s.arg(
                        condition),
                values);
        if (!rows.ok())
            return rows.error();
        QList<ShowSetup> shows;
        QHash<qint64, qsizetype> positions;
        while (rows.value().next()) {
            const SqlRows &row = rows.value();
            ShowSetup show;
            show.id = row.value(0).toLongLong();
            show.draft.hall = row.value(1).toLongLong();
            show.hallName = row.value(2).toString();
            show.draft.title = row.value(3).toString();
            show.draft.startsAt = QDateTime::fromMSecsSinceEpoch(row.value(4).toLongLong(), Qt::UTC);
            show.draft.durationMinutes = row.value(5).toInt();
            show.draft.webSales = row.value(6).toBool();
            show.draft.webSalesCloseMinutes = row.value(7).toInt();
            show.cancelled = !row.value(8).isNull();
            show.cancelReason = row.value(9).toString();
            show.draft.orphanRule = orphanRuleFromName(row.value(10).toString()).value_or(OrphanRule::Warn);
            show.seatsTotal = row.value(11).toInt();
            show.seatsBooked = row.value(12).toInt();
            show.liveBookings = row.value(13).toInt();
            positions.insert(show.id, shows.size());
            shows.append(show);
        }
        rows.value().finish();
        auto prices = m_database.run(u"SELECT p.show_id, p.category, p.ticket_type, p.price_cents FROM show_prices p"
                                     " JOIN shows sh ON sh.id = p.show_id WHERE %1"
                                     " ORDER BY p.show_id, p.category, p.ticket_type"_s.arg(condition),
                                     values);
        if (!prices.ok())
            return prices.error();
        while (prices.value().next()) {
            const SqlRows &row = prices.value();
            const auto position = positions.constFind(row.value(0).toLongLong());
            if (position != positions.cend())
                shows[*position].draft.prices.append(
                        {row.value(1).toString(), row.value(2).toString(), row.value(3).toLongLong()});
        }
        prices.value().finish();
        return shows;
    });
}

} // namespace boxoffice
