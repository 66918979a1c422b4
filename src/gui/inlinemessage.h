#pragma once

#include <QString>

class QLabel;

namespace boxoffice {

/// Shows an outcome in a label of a counter window instead of a modal box, which would stop the
/// queue: a refusal in red, a success in green.
void showInlineMessage(QLabel *label, bool error, const QString &text);

} // namespace boxoffice
