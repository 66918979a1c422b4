// Saves a booking's tickets as the PDF the counter's "Save as PDF" writes (TicketRenderer), from
// outside the running app, so that the browser tests can scan a real ticket at the door.
//
//   ticketpdf --db PATH REFERENCE OUTPUT.pdf
//
// Runs without a display (the offscreen platform unless QT_QPA_PLATFORM says otherwise). Exit 0
// on success, 1 when the database refuses or the PDF cannot be written (message on stderr), 2 for
// bad arguments.

#include "changefeed.h"
#include "clock.h"
#include "coreconnection.h"
#include "databaseconfig.h"
#include "ticketrenderer.h"

#include <QGuiApplication>

#include <cstdio>

using namespace boxoffice;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "ticketpdf: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() != 4 || args.takeFirst() != u"--db"_s)
        return fail(u"usage: ticketpdf --db PATH REFERENCE OUTPUT.pdf"_s, 2);
    auto config = DatabaseConfig::fromArgument(args.takeFirst());
    if (!config.ok())
        return fail(config.error().message, 2);
    const QString reference = args.takeFirst();
    const QString output = args.takeFirst();

    ChangeFeed feed;
    SystemClock clock;
    auto core = CoreConnection::open(config.value(), u"ticket pdf"_s, feed, clock);
    if (!core.ok())
        return fail(core.error().message, 1);
    auto booking = core.value()->catalog().booking(reference);
    if (!booking.ok())
        return fail(booking.error().message, 1);
    auto written = TicketRenderer::writePdf(booking.value(), output);
    if (!written.ok())
        return fail(written.error().message, 1);
    return 0;
}
