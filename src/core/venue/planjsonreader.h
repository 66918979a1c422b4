#pragma once

#include "planproblem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointF>
#include <QSet>

#include <optional>
#include <type_traits>

namespace boxoffice {

/// Reads the fields of a plan file and notes every one that is missing or of the wrong type with
/// its path, so that an import lists all problems at once. Problems beyond a limit are counted,
/// not kept, so that no input makes the list grow without bound.
class PlanJsonReader
{
public:
    enum class Presence { Required, Optional };

    /// The document's top-level object, or nothing (and a problem) when it is not JSON or no object.
    std::optional<QJsonObject> parse(QByteArrayView data);

    /// The field `key` of `object` as a QString, double, bool, QJsonArray or QJsonObject.
    template<typename T>
    std::optional<T> field(const QJsonObject &object, const QString &path, QStringView key,
                           Presence presence = Presence::Required)
    {
        const auto found = value(object, path, key, presence, jsonType<T>());
        if (!found)
            return std::nullopt;
        if constexpr (std::is_same_v<T, QString>)
            return found->toString();
        else if constexpr (std::is_same_v<T, double>)
            return found->toDouble();
        else if constexpr (std::is_same_v<T, bool>)
            return found->toBool();
        else if constexpr (std::is_same_v<T, QJsonArray>)
            return found->toArray();
        else
            return found->toObject();
    }
    /// `{"x": …, "y": …}`.
    std::optional<QPointF> point(const QJsonObject &object, const QString &path, QStringView key,
                                 Presence presence = Presence::Required);
    /// Element `index` of an array, which must be an object; `elementPath` is where it is ("seats[3]").
    std::optional<QJsonObject> element(const QJsonArray &array, qsizetype index, const QString &elementPath);
    /// The keys of `object` that are not in `known`.
    static QStringList unknownKeys(const QJsonObject &object, std::initializer_list<QStringView> known);

    void report(const QString &path, const QString &message);
    /// Reports the problems that are not at, or below, a path that already has one: a seat
    /// without a category needs no second word that it has no category.
    void reportUnlessExplained(const QList<PlanProblem> &problems);
    /// Whether a problem was reported at exactly `path`.
    bool hasProblemAt(const QString &path) const { return m_paths.contains(path); }
    /// The problems noted, with a last one that says how many more were left out.
    QList<PlanProblem> problems() const;
    bool hasProblems() const { return m_reported > 0; }

    static QString join(const QString &path, QStringView key);
    static QString join(const QString &path, qsizetype index);

private:
    template<typename T>
    static constexpr QJsonValue::Type jsonType()
    {
        if constexpr (std::is_same_v<T, QString>)
            return QJsonValue::String;
        else if constexpr (std::is_same_v<T, double>)
            return QJsonValue::Double;
        else if constexpr (std::is_same_v<T, bool>)
            return QJsonValue::Bool;
        else if constexpr (std::is_same_v<T, QJsonArray>)
            return QJsonValue::Array;
        else
            return QJsonValue::Object;
    }
    std::optional<QJsonValue> value(const QJsonObject &object, const QString &path, QStringView key,
                                    Presence presence, QJsonValue::Type type);

    QList<PlanProblem> m_problems;
    QSet<QString> m_paths;
    qsizetype m_reported = 0;
};

} // namespace boxoffice
