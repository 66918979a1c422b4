#include "planjsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boxoffice {

namespace {

constexpr qsizetype maxProblemsListed = 100;

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

} // namespace

QString PlanJsonReader::join(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

QString PlanJsonReader::join(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

void PlanJsonReader::report(const QString &path, const QString &message)
{
    m_paths.insert(path);
    if (++m_reported <= maxProblemsListed)
        m_problems.append({path, message});
}

void PlanJsonReader::reportUnlessExplained(const QList<PlanProblem> &problems)
{
    for (const PlanProblem &problem : problems) {
        bool explained = false;
        for (qsizetype end = problem.path.size(); end > 0 && !explained;
             end = std::max(problem.path.lastIndexOf(u'.', end - 1), problem.path.lastIndexOf(u'[', end - 1)))
            explained = m_paths.contains(problem.path.left(end));
        if (!explained)
            report(problem.path, problem.message);
    }
}

QList<PlanProblem> PlanJsonReader::problems() const
{
    QList<PlanProblem> listed = m_problems;
    if (m_reported > maxProblemsListed)
        listed.append({QString(), u"%1 more problems not listed"_s.arg(m_reported - maxProblemsListed)});
    return listed;
}

std::optional<QJsonObject> PlanJsonReader::parse(QByteArrayView data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        report(QString(), u"not JSON: %1 at byte %2"_s.arg(error.errorString()).arg(error.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        report(QString(), u"the file must hold a JSON object"_s);
        return std::nullopt;
    }
    return document.object();
}

std::optional<QJsonValue> PlanJsonReader::value(const QJsonObject &object, const QString &path, QStringView key,
                                                Presence presence, QJsonValue::Type type)
{
    const QJsonValue found = object.value(key);
    if (found.isUndefined()) {
        if (presence == Presence::Required)
            report(join(path, key), u"missing"_s);
        return std::nullopt;
    }
    if (found.type() != type) {
        report(join(path, key), u"must be %1, not %2"_s.arg(typeName(type), typeName(found.type())));
        return std::nullopt;
    }
    return found;
}

std::optional<QPointF> PlanJsonReader::point(const QJsonObject &object, const QString &path, QStringView key,
                                             Presence presence)
{
    const auto found = field<QJsonObject>(object, path, key, presence);
    if (!found)
        return std::nullopt;
    const QString pointPath = join(path, key);
    const auto x = field<double>(*found, pointPath, u"x");
    const auto y = field<double>(*found, pointPath, u"y");
    if (!x || !y)
        return std::nullopt;
    return QPointF(*x, *y);
}

std::optional<QJsonObject> PlanJsonReader::element(const QJsonArray &array, qsizetype index, const QString &elementPath)
{
    const QJsonValue found = array.at(index);
    if (!found.isObject()) {
        report(elementPath, u"must be an object, not %1"_s.arg(typeName(found.type())));
        return std::nullopt;
    }
    return found.toObject();
}

QStringList PlanJsonReader::unknownKeys(const QJsonObject &object, std::initializer_list<QStringView> known)
{
    QStringList unknown;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            unknown.append(it.key());
    }
    return unknown;
}

} // namespace boxoffice
