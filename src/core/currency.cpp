#include "currency.h"

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {
struct KnownCurrency
{
    QStringView code;
    int minorUnits;
    /// How the currency is written in its own place; QLocale gives "EUR" for a code it
    /// does not connect with the locale's country.
    QStringView symbol;
};

// Minor units from ISO 4217; the common codes a box office meets, not the whole list.
constexpr std::array knownCurrencies{
        KnownCurrency{u"AUD", 2, u"A$"},  KnownCurrency{u"BRL", 2, u"R$"}, KnownCurrency{u"CAD", 2, u"CA$"},
        KnownCurrency{u"CHF", 2, u"CHF"}, KnownCurrency{u"CNY", 2, u"¥"},  KnownCurrency{u"CZK", 2, u"Kč"},
        KnownCurrency{u"DKK", 2, u"kr"},  KnownCurrency{u"EUR", 2, u"€"},  KnownCurrency{u"GBP", 2, u"£"},
        KnownCurrency{u"HKD", 2, u"HK$"}, KnownCurrency{u"HUF", 2, u"Ft"}, KnownCurrency{u"INR", 2, u"₹"},
        KnownCurrency{u"ISK", 0, u"kr"},  KnownCurrency{u"JPY", 0, u"¥"},  KnownCurrency{u"KRW", 0, u"₩"},
        KnownCurrency{u"KWD", 3, u"KWD"}, KnownCurrency{u"BHD", 3, u"BHD"}, KnownCurrency{u"MXN", 2, u"MX$"},
        KnownCurrency{u"NOK", 2, u"kr"},  KnownCurrency{u"NZD", 2, u"NZ$"}, KnownCurrency{u"OMR", 3, u"OMR"},
        KnownCurrency{u"PLN", 2, u"zł"},  KnownCurrency{u"SEK", 2, u"kr"}, KnownCurrency{u"SGD", 2, u"S$"},
        KnownCurrency{u"TRY", 2, u"₺"},   KnownCurrency{u"USD", 2, u"$"},  KnownCurrency{u"ZAR", 2, u"R"},
};

const KnownCurrency *known(QStringView code)
{
    for (const KnownCurrency &currency : knownCurrencies) {
        if (currency.code == code)
            return &currency;
    }
    return nullptr;
}

qint64 powerOfTen(int exponent)
{
    qint64 power = 1;
    for (int i = 0; i < exponent; ++i)
        power *= 10;
    return power;
}
} // namespace

Currency::Currency() : m_code(u"EUR"_s), m_minorUnits(2) {}

Result<Currency> Currency::fromCode(const QString &code)
{
    const KnownCurrency *found = known(code);
    if (!found) {
        return Error{ErrorCode::InvalidField,
                     u"\"%1\" is not a currency Box Office knows. Use an ISO 4217 code: %2."_s.arg(
                             code, knownCodes().join(u", "_s)),
                     {}};
    }
    return Currency(found->code.toString(), found->minorUnits);
}

QStringList Currency::knownCodes()
{
    QStringList codes;
    for (const KnownCurrency &currency : knownCurrencies)
        codes.append(currency.code.toString());
    codes.sort();
    return codes;
}

QString Currency::format(qint64 amount, const QLocale &locale) const
{
    const KnownCurrency *found = known(m_code);
    // The locale's own symbol when the currency is the locale's, so that "CHF" stays "CHF" in Zurich
    // and a rupee is "₹" in India; otherwise the currency's usual symbol.
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == m_code
                                   ? locale.currencySymbol(QLocale::CurrencySymbol)
                                   : found ? found->symbol.toString() : m_code;
    QString text = locale.toCurrencyString(double(amount) / double(powerOfTen(m_minorUnits)), symbol, m_minorUnits);
    // CLDR's currency spacing, which Qt leaves out: a symbol of letters ("CHF") is kept off the digits
    // ("CHF 10.00", not "CHF10.00"), as browsers write it on the seat page.
    const qsizetype at = text.indexOf(symbol);
    if (symbol.isEmpty() || at < 0 || !symbol.front().isLetter())
        return text;
    const qsizetype after = at + symbol.size();
    if (after < text.size() && text.at(after).isDigit())
        text.insert(after, QChar(0x00a0));
    else if (at > 0 && text.at(at - 1).isDigit())
        text.insert(at, QChar(0x00a0));
    return text;
}

QString Currency::plainNumber(qint64 amount) const
{
    const qint64 magnitude = amount < 0 ? -amount : amount;
    QString text = (amount < 0 ? u"-"_s : QString()) + QString::number(magnitude / powerOfTen(m_minorUnits));
    if (m_minorUnits > 0)
        text += u'.' + QString::number(magnitude % powerOfTen(m_minorUnits)).rightJustified(m_minorUnits, u'0');
    return text;
}

QString Currency::editableNumber(qint64 amount, const QLocale &locale) const
{
    return locale.toString(double(amount) / double(powerOfTen(m_minorUnits)), 'f', m_minorUnits);
}

qint64 Currency::toMinorUnits(double amount) const
{
    return std::llround(amount * double(powerOfTen(m_minorUnits)));
}

std::optional<qint64> Currency::parseInLocale(const QString &text, const QLocale &locale) const
{
    constexpr double largestUnits = 1e13;
    bool ok = false;
    double units = locale.toDouble(text.trimmed(), &ok);
    if (!ok)
        units = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || units < 0 || !std::isfinite(units) || units > largestUnits)
        return std::nullopt;
    const double minor = units * double(powerOfTen(m_minorUnits));
    // More decimals than the currency has minor units would be rounded away unseen.
    if (std::abs(minor - std::round(minor)) > 1e-6)
        return std::nullopt;
    return qint64(std::llround(minor));
}

Result<qint64> Currency::parse(const QString &text) const
{
    const KnownCurrency *found = known(m_code);
    QString number = text.trimmed();
    for (const QString &mark : {m_code, found ? found->symbol.toString() : QString()}) {
        if (!mark.isEmpty() && number.startsWith(mark))
            number = number.mid(mark.size()).trimmed();
        else if (!mark.isEmpty() && number.endsWith(mark))
            number.chop(mark.size());
        number = number.trimmed();
    }
    const auto invalid = [&text](const QString &why) {
        return Error{ErrorCode::InvalidField, u"\"%1\" is not an amount: %2"_s.arg(text.trimmed(), why), {}};
    };
    if (number.isEmpty())
        return invalid(u"enter a number such as 20 or 12.50."_s);
    const qsizetype separator = std::max(number.indexOf(u'.'), number.indexOf(u','));
    const QString whole = separator < 0 ? number : number.left(separator);
    const QString fraction = separator < 0 ? QString() : number.mid(separator + 1);
    const auto digitsOnly = [](const QString &part) {
        return std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (!digitsOnly(whole) || !digitsOnly(fraction) || (whole.isEmpty() && fraction.isEmpty()))
        return invalid(u"use digits and at most one decimal mark, with no sign."_s);
    if (fraction.size() > m_minorUnits) {
        return invalid(m_minorUnits == 0 ? u"%1 has no decimals."_s.arg(m_code)
                                         : u"%1 has at most %2 decimals."_s.arg(m_code).arg(m_minorUnits));
    }
    // Twelve digits of units is far beyond any till and keeps the minor units within qint64.
    if (whole.size() > 12)
        return invalid(u"the amount is too large."_s);
    const qint64 units = whole.isEmpty() ? 0 : whole.toLongLong();
    const qint64 minor = fraction.isEmpty() ? 0 : fraction.leftJustified(m_minorUnits, u'0').toLongLong();
    return units * powerOfTen(m_minorUnits) + minor;
}

} // namespace boxoffice
