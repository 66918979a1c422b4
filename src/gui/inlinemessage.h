#pragma once

#include <QString>

class QLabel;

namespace boxoffice {

enum class InlineMessageKind { Success, Warning, Error };

/// Shows an outcome in a label of a counter window instead of a modal box, which would stop the
/// queue: a refusal in red, a warning in amber, a success in green.
void showInlineMessage(QLabel *label, InlineMessageKind kind, const QString &text);
/// A refusal (`error`) or a success.
void showInlineMessage(QLabel *label, bool error, const QString &text);

} // namespace boxoffice
