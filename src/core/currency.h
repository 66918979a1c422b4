#pragma once

#include "types.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace boxoffice {

/// An ISO 4217 currency: its code and how many minor units (cents, fils…) make up one unit.
class Currency
{
public:
    /// The euro, the house currency of a database that names none.
    Currency();
    /// The currency with this code (upper case), or InvalidField naming the codes known.
    static Result<Currency> fromCode(const QString &code);
    /// Every code fromCode() accepts, sorted.
    static QStringList knownCodes();

    QString code() const { return m_code; }
    int minorUnits() const { return m_minorUnits; }
    /// `amount` minor units as the locale writes money in this currency, e.g. "€12.50" or "12,50 €".
    QString format(qint64 amount, const QLocale &locale = QLocale()) const;
    /// `amount` minor units as a plain number with a dot and no grouping ("-12.50"), for files.
    QString plainNumber(qint64 amount) const;
    /// `amount` minor units as a number to edit, as the locale writes it without a symbol ("1.250,00").
    QString editableNumber(qint64 amount, const QLocale &locale = QLocale()) const;
    /// An amount in units (12.5 for €12.50), as a spin box with the currency's decimals gives it,
    /// rounded to the nearest minor unit.
    qint64 toMinorUnits(double amount) const;
    /// Text a person typed ("12.50", "12,50" in a German locale, "1,250.00") in the locale or
    /// with a dot, as minor units; nullopt for anything else: a negative amount, one with more
    /// decimals than the currency has minor units, or one beyond 10¹³ units.
    std::optional<qint64> parseInLocale(const QString &text, const QLocale &locale = QLocale()) const;
    /// An amount typed in major units ("20", "12.5", "12,50", "€ 20") as minor units, or
    /// InvalidField saying why not. A dot or a comma marks the decimals, whatever the locale, as
    /// cashiers type either; negative amounts and more decimals than the currency has are refused.
    Result<qint64> parse(const QString &text) const;

    bool operator==(const Currency &other) const = default;

private:
    Currency(QString code, int minorUnits) : m_code(std::move(code)), m_minorUnits(minorUnits) {}

    QString m_code;
    int m_minorUnits;
};

} // namespace boxoffice
