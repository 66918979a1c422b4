#include "inlinemessage.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace boxoffice {

void showInlineMessage(QLabel *label, InlineMessageKind kind, const QString &text)
{
    switch (kind) {
    case InlineMessageKind::Error:
        label->setStyleSheet(u"QLabel { color: #6b1111; background: #fde8e8; border: 1px solid #e39a9a; "
                             "border-radius: 6px; padding: 6px; }"_s);
        break;
    case InlineMessageKind::Warning:
        label->setStyleSheet(u"QLabel { color: #5c3d00; background: #fff4d6; border: 1px solid #e0b84f; "
                             "border-radius: 6px; padding: 6px; font-weight: 600; }"_s);
        break;
    case InlineMessageKind::Success:
        label->setStyleSheet(u"QLabel { color: #14471f; background: #e7f5ea; border: 1px solid #8cc79a; "
                             "border-radius: 6px; padding: 6px; font-weight: 600; }"_s);
        break;
    }
    label->setText(text);
    label->show();
}

void showInlineMessage(QLabel *label, bool error, const QString &text)
{
    showInlineMessage(label, error ? InlineMessageKind::Error : InlineMessageKind::Success, text);
}

} // namespace boxoffice
