#include "inlinemessage.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace boxoffice {

void showInlineMessage(QLabel *label, bool error, const QString &text)
{
    label->setStyleSheet(error ? u"QLabel { color: #6b1111; background: #fde8e8; border: 1px solid #e39a9a; "
                                 "border-radius: 6px; padding: 6px; }"_s
                               : u"QLabel { color: #14471f; background: #e7f5ea; border: 1px solid #8cc79a; "
                                 "border-radius: 6px; padding: 6px; font-weight: 600; }"_s);
    label->setText(text);
    label->show();
}

} // namespace boxoffice
