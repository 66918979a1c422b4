#include "displaynames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
QString capitalised(const QString &code)
{
    return code.isEmpty() ? code : code.left(1).toUpper() + code.mid(1);
}
} // namespace

QString formatMoney(qint64 cents)
{
    // The amounts are in the house currency, which the data does not name: show the number only,
    // grouped and with the decimal separator of the cashier's language.
    return QLocale().toString(double(cents) / 100.0, 'f', 2);
}

QString formatTime(const QDateTime &dateTime)
{
    // Some locales' short format (C's among them) still carries seconds, which no show has.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s).remove(u".ss"_s);
    return QLocale().toString(dateTime.toLocalTime().time(), format);
}

QString formatDateTime(const QDateTime &dateTime)
{
    const QDateTime local = dateTime.toLocalTime();
    return QCoreApplication::translate("boxoffice::DisplayNames", "%1, %2", "date, time")
        .arg(QLocale().toString(local.date(), QLocale::LongFormat), formatTime(local));
}

QString ticketTypeName(const QString &ticketType)
{
    if (ticketType == u"adult"_s)
        return QCoreApplication::translate("boxoffice::DisplayNames", "Adult");
    if (ticketType == u"child"_s)
        return QCoreApplication::translate("boxoffice::DisplayNames", "Child");
    if (ticketType == u"concession"_s)
        return QCoreApplication::translate("boxoffice::DisplayNames", "Concession");
    return capitalised(ticketType);
}

QString categoryName(const QString &category)
{
    if (category == u"standard"_s)
        return QCoreApplication::translate("boxoffice::DisplayNames", "Standard");
    if (category == u"premium"_s)
        return QCoreApplication::translate("boxoffice::DisplayNames", "Premium");
    if (category == u"box"_s)
        return QCoreApplication::translate("boxoffice::DisplayNames", "Box");
    return capitalised(category);
}

QString paymentMethodName(const QString &method)
{
    if (method == u"cash"_s)
        return QCoreApplication::translate("boxoffice::DisplayNames", "Cash");
    if (method == u"card"_s)
        return QCoreApplication::translate("boxoffice::DisplayNames", "Card");
    return capitalised(method);
}

QString seatStatusText(SeatStatus status)
{
    switch (status) {
    case SeatStatus::Available:
        return QCoreApplication::translate("boxoffice::DisplayNames", "Available");
    case SeatStatus::Held:
        return QCoreApplication::translate("boxoffice::DisplayNames", "Held");
    case SeatStatus::Booked:
        return QCoreApplication::translate("boxoffice::DisplayNames", "Booked");
    case SeatStatus::Blocked:
        return QCoreApplication::translate("boxoffice::DisplayNames", "Blocked");
    }
    return {};
}

} // namespace boxoffice
