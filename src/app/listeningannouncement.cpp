#include "listeningannouncement.h"

#include <cstdio>

namespace boxoffice {

void announceListening(const QUrl &url)
{
    const QByteArray line = "Listening on " + url.toEncoded() + '\n';
    std::fputs(line.constData(), stdout);
    std::fflush(stdout);
}

} // namespace boxoffice
