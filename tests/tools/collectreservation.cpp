// Takes a reservation's payment from outside the running app, through the same core services the
// counter uses (ShowCatalog::findReservations, ReservationService::collectReservation), so that
// tests can check what the web says of it afterwards. Prints the change to hand back, in cents.
//
//   collectreservation --db PATH SCANNED_OR_TYPED METHOD [TENDERED_CENTS]
//
// SCANNED_OR_TYPED is a reference or a ticket's code, typed or as its QR code holds it.
//
// Exit 0 on success, 1 when the database or the service refuses (message on stderr), 2 for bad
// arguments.

#include "changefeed.h"
#include "clock.h"
#include "coreconnection.h"
#include "databaseconfig.h"

#include <QCoreApplication>

#include <cstdio>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "collectreservation: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 4 || args.size() > 5 || args.takeFirst() != u"--db"_s)
        return fail(u"usage: collectreservation --db PATH SCANNED_OR_TYPED METHOD [TENDERED_CENTS]"_s, 2);
    auto config = DatabaseConfig::fromArgument(args.takeFirst());
    if (!config.ok())
        return fail(config.error().message, 2);
    const QString scanned = args.takeFirst();
    const QString method = args.takeFirst();
    bool tenderedOk = true;
    const qint64 tendered = args.isEmpty() ? 0 : args.takeFirst().toLongLong(&tenderedOk);
    if (!tenderedOk)
        return fail(u"TENDERED_CENTS is a whole number of cents"_s, 2);

    ChangeFeed feed;
    SystemClock clock;
    auto core = CoreConnection::open(config.value(), u"collect reservation"_s, feed, clock);
    if (!core.ok())
        return fail(core.error().message, 1);
    // As the counter's Collect reservation dialog finds it, shows that started a while ago included.
    auto found = core.value()->catalog().findReservations(scanned, clock.now().addSecs(-6 * 3600));
    if (!found.ok())
        return fail(found.error().message, 1);
    if (found->size() != 1)
        return fail(u"%1 reservations match %2"_s.arg(found->size()).arg(scanned), 1);
    auto collected = core.value()->reservations().collectReservation(found->constFirst().reference, method, tendered,
                                                                     StaffActor{0, u"collect tool"_s, 0, {}});
    if (!collected.ok())
        return fail(collected.error().message, 1);
    std::printf("%lld\n", static_cast<long long>(collected->changeCents));
    return 0;
}
