// Sets up a venue from outside the running app, through the same core services the counter's
// windows use (VenueService for halls, ShowService for shows), so that tests can check what a
// second process sees of it. Prints what it created, one id a line.
//
//   venuesetup --db PATH hall NAME ROWS SEATS_PER_ROW
//   venuesetup --db PATH show HALL TITLE STARTS_AT(ISO 8601) PRICES
//              PRICES is CENTS (the default type, adult) or TYPE=CENTS[,TYPE=CENTS…], the same
//              in every category of the hall
//   venuesetup --db PATH cancel SHOW REASON
//
// Exit 0 on success, 1 when the database or a service refuses (message on stderr), 2 for bad
// arguments.

#include "changefeed.h"
#include "clock.h"
#include "coreconnection.h"
#include "databaseconfig.h"
#include "hallplangenerator.h"
#include "migrations.h"
#include "showservice.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

const StaffActor actor{0, u"venue set-up tool"_s, 0, {}};
const QString defaultTicketType = u"adult"_s;

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "venuesetup: %s\n", qPrintable(message));
    return code;
}

void print(qint64 id)
{
    std::printf("%lld\n", static_cast<long long>(id));
    std::fflush(stdout);
}

int createHall(CoreConnection &core, const QStringList &args)
{
    bool rowsOk = false;
    bool seatsOk = false;
    HallPlanGeneratorOptions options;
    options.hallName = args.value(0);
    options.rows = args.value(1).toInt(&rowsOk);
    options.seatsPerRow = args.value(2).toInt(&seatsOk);
    if (args.size() != 3 || !rowsOk || !seatsOk)
        return fail(u"hall needs NAME ROWS SEATS_PER_ROW"_s, 2);
    auto hall = core.venues().createHall(HallPlanGenerator(options).generate(), actor);
    if (!hall.ok())
        return fail(hall.error().message, 1);
    print(hall.value());
    return 0;
}

/// "1200" or "adult=1200,child=700" for every category of the hall; empty when unreadable.
QList<Price> readPrices(const QString &text, const HallPlan &plan)
{
    QList<Price> prices;
    for (const QString &item : text.split(u',')) {
        const QStringList parts = item.split(u'=');
        bool ok = false;
        const qint64 cents = parts.last().toLongLong(&ok);
        if (!ok || parts.size() > 2)
            return {};
        for (const HallCategory &category : plan.categories)
            prices.append({category.key, parts.size() == 2 ? parts.first() : defaultTicketType, cents});
    }
    return prices;
}

int createShow(CoreConnection &core, ShowService &shows, const QStringList &args)
{
    bool hallOk = false;
    ShowDraft draft;
    draft.hall = args.value(0).toLongLong(&hallOk);
    draft.title = args.value(1);
    draft.startsAt = QDateTime::fromString(args.value(2), Qt::ISODate);
    draft.durationMinutes = 120;
    if (args.size() != 4 || !hallOk || !draft.startsAt.isValid())
        return fail(u"show needs HALL TITLE STARTS_AT CENTS|TYPE=CENTS[,TYPE=CENTS…]"_s, 2);
    auto plan = core.venues().hallPlan(draft.hall);
    if (!plan.ok())
        return fail(plan.error().message, 1);
    draft.prices = readPrices(args.value(3), plan.value());
    if (draft.prices.isEmpty())
        return fail(u"cannot read the prices %1"_s.arg(args.value(3)), 2);
    auto show = shows.createShow(draft, actor);
    if (!show.ok())
        return fail(show.error().message, 1);
    print(show.value());
    return 0;
}

int cancelShow(ShowService &shows, const QStringList &args)
{
    bool showOk = false;
    const qint64 show = args.value(0).toLongLong(&showOk);
    if (args.size() != 2 || !showOk)
        return fail(u"cancel needs SHOW REASON"_s, 2);
    auto cancelled = shows.cancelShow(show, args.value(1), actor);
    return cancelled.ok() ? 0 : fail(cancelled.error().message, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 3 || args.takeFirst() != u"--db"_s)
        return fail(u"usage: venuesetup --db PATH hall|show|cancel …"_s, 2);
    auto config = DatabaseConfig::fromArgument(args.takeFirst());
    if (!config.ok())
        return fail(config.error().message, 2);
    const QString command = args.takeFirst();

    ChangeFeed feed;
    SystemClock clock;
    auto core = CoreConnection::open(config.value(), u"venue set-up"_s, feed, clock);
    if (!core.ok())
        return fail(core.error().message, 1);
    CoreConnection &connection = *core.value();
    // The app brings the schema up to date when it starts; a tool run first must not depend on it.
    if (auto migrated = Migrations::migrate(connection.database()); !migrated.ok())
        return fail(migrated.error().message, 1);
    ShowService shows(connection.database(), feed, clock, connection.reservations());

    if (command == u"hall"_s)
        return createHall(connection, args);
    if (command == u"show"_s)
        return createShow(connection, shows, args);
    if (command == u"cancel"_s)
        return cancelShow(shows, args);
    return fail(u"unknown command %1"_s.arg(command), 2);
}
