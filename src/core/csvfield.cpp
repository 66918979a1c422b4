#include "csvfield.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

QString csvField(const QString &text)
{
    QString field = text;
    // A cell starting like a formula would run as one in a spreadsheet (CSV injection).
    static const QString formulaStarts = u"=+-@\t\r"_s;
    if (!field.isEmpty() && formulaStarts.contains(field.front()))
        field.prepend(u'\'');
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r')
        || field.startsWith(u' ') || field.endsWith(u' ')) {
        field.replace(u"\""_s, u"\"\""_s);
        field = u'"' + field + u'"';
    }
    return field;
}

} // namespace boxoffice
