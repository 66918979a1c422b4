#pragma once

#include <QString>

namespace boxoffice {

/// One field of an RFC 4180 line: quoted when it holds a comma, quote, line break or edge space
/// (quotes doubled). Text that a spreadsheet would run as a formula (starting with = + - @, a tab
/// or a carriage return) is defused with a leading apostrophe first.
QString csvField(const QString &text);

} // namespace boxoffice
