#include "displaynames.h"

#include "venuetime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringView>

#include <algorithm>
#include <array>
#include <span>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
constexpr const char *translationContext = "boxoffice::DisplayNames";

/// A code the core uses and its English name, marked for lupdate, translated when shown.
struct CodeName
{
    QStringView code;
    const char *name;
};

constexpr std::array ticketTypeNames{
        CodeName{u"adult", QT_TRANSLATE_NOOP("boxoffice::DisplayNames", "Adult")},
        CodeName{u"child", QT_TRANSLATE_NOOP("boxoffice::DisplayNames", "Child")},
        CodeName{u"concession", QT_TRANSLATE_NOOP("boxoffice::DisplayNames", "Concession")},
};

constexpr std::array categoryNames{
        CodeName{u"standard", QT_TRANSLATE_NOOP("boxoffice::DisplayNames", "Standard")},
        CodeName{u"premium", QT_TRANSLATE_NOOP("boxoffice::DisplayNames", "Premium")},
        CodeName{u"box", QT_TRANSLATE_NOOP("boxoffice::DisplayNames", "Box")},
};

constexpr std::array paymentMethodNames{
        CodeName{u"cash", QT_TRANSLATE_NOOP("boxoffice::DisplayNames", "Cash")},
        CodeName{u"card", QT_TRANSLATE_NOOP("boxoffice::DisplayNames", "Card")},
};

/// As a sentence names them ("paid by card"), in the case each language writes them there.
constexpr std::array paymentMethodNamesInSentence{
        CodeName{u"cash", QT_TRANSLATE_NOOP("boxoffice::DisplayNames", "cash")},
        CodeName{u"card", QT_TRANSLATE_NOOP("boxoffice::DisplayNames", "card")},
};

QString capitalised(const QString &code)
{
    return code.isEmpty() ? code : code.left(1).toUpper() + code.mid(1);
}

const CodeName *knownCode(std::span<const CodeName> names, const QString &code)
{
    const auto found = std::find_if(names.begin(), names.end(), [&](const CodeName &known) { return known.code == code; });
    return found == names.end() ? nullptr : &*found;
}

/// The translated name of a known code; an unknown one (added to the data later) capitalised.
QString translatedName(std::span<const CodeName> names, const QString &code)
{
    if (const CodeName *known = knownCode(names, code))
        return QCoreApplication::translate(translationContext, known->name);
    return capitalised(code);
}
} // namespace

namespace {
/// The GUI thread's alone, like every widget that shows an amount.
Currency &currentVenueCurrency()
{
    static Currency currency;
    return currency;
}

QList<TicketType> &currentVenueTicketTypes()
{
    static QList<TicketType> types;
    return types;
}
} // namespace

void setVenueTicketTypes(const QList<TicketType> &types)
{
    currentVenueTicketTypes() = types;
}

const QList<TicketType> &venueTicketTypes()
{
    return currentVenueTicketTypes();
}

void setVenueCurrency(const Currency &currency)
{
    currentVenueCurrency() = currency;
}

const Currency &venueCurrency()
{
    return currentVenueCurrency();
}

namespace {
/// The GUI thread's alone, like the currency; jobs on the worker get a copy.
QTimeZone &currentVenueZone()
{
    static QTimeZone zone = QTimeZone::systemTimeZone();
    return zone;
}
} // namespace

void setVenueZone(const QTimeZone &zone)
{
    currentVenueZone() = zone;
}

const QTimeZone &venueZone()
{
    return currentVenueZone();
}

QDateTime inVenueZone(const QDateTime &dateTime)
{
    return dateTime.toTimeZone(venueZone());
}

QDate venueDate(const QDateTime &dateTime)
{
    return inVenueZone(dateTime).date();
}

QString formatMoney(qint64 minorUnits)
{
    return venueCurrency().format(minorUnits);
}

QString formatTime(const QDateTime &dateTime)
{
    return QLocale().toString(inVenueZone(dateTime).time(), timeFormatWithoutSeconds());
}

QString formatDateTime(const QDateTime &dateTime)
{
    return QCoreApplication::translate("boxoffice::DisplayNames", "%1, %2", "date, time")
        .arg(QLocale().toString(venueDate(dateTime), QLocale::LongFormat), formatTime(dateTime));
}

QString ticketTypeName(const QString &ticketType)
{
    const QList<TicketType> &types = venueTicketTypes();
    const auto venueType = std::find_if(types.cbegin(), types.cend(),
                                        [&](const TicketType &type) { return type.key == ticketType; });
    if (venueType == types.cend())
        return translatedName(ticketTypeNames, ticketType);
    const CodeName *shipped = knownCode(ticketTypeNames, ticketType);
    if (shipped && venueType->name == QLatin1StringView(shipped->name))
        return QCoreApplication::translate(translationContext, shipped->name);
    return venueType->name;
}

QString categoryName(const QString &category)
{
    return translatedName(categoryNames, category);
}

QString paymentMethodName(const QString &method)
{
    return translatedName(paymentMethodNames, method);
}

QString paymentMethodInSentence(const QString &method)
{
    if (const CodeName *known = knownCode(paymentMethodNamesInSentence, method))
        return QCoreApplication::translate(translationContext, known->name);
    return method;
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
