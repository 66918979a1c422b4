#include "defaultcategories.h"

using namespace Qt::StringLiterals;

namespace boxoffice {

QList<HallCategory> defaultCategories(const QStringList &keys)
{
    // Okabe–Ito, in the order of the counter's SeatMapPalette.
    static const QStringList palette = {u"#0072b2"_s, u"#e69f00"_s, u"#009e73"_s, u"#cc79a7"_s,
                                        u"#56b4e9"_s, u"#d55e00"_s, u"#8c8c3a"_s};
    static const QStringList known = {u"standard"_s, u"premium"_s, u"box"_s};
    QList<bool> used(palette.size(), false);
    for (const QString &key : keys) {
        if (const qsizetype index = known.indexOf(key); index >= 0)
            used[index] = true;
    }
    QList<HallCategory> categories;
    qsizetype next = 0;
    for (const QString &key : keys) {
        qsizetype colour = known.indexOf(key);
        if (colour < 0) {
            while (next < used.size() && used[next])
                ++next;
            colour = next < used.size() ? next : next % palette.size();
            if (next < used.size())
                used[next] = true;
            ++next;
        }
        const QString name = key.isEmpty() ? key : key.front().toUpper() + key.mid(1);
        categories.append({key, name, palette.at(colour)});
    }
    return categories;
}

} // namespace boxoffice
