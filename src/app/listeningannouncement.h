#pragma once

#include <QUrl>

namespace boxoffice {

/// Prints the one line `Listening on http://ADDR:PORT/` the contract promises once the web
/// endpoint listens, with or without the GUI, flushed so that a script reading stdout sees it.
void announceListening(const QUrl &url);

} // namespace boxoffice
