#include "showlistmodel.h"
#include "displaynames.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace boxoffice {

ShowListModel::ShowListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ShowListModel::setShows(const QList<Show> &shows)
{
    bool sameShows = shows.size() == m_shows.size();
    for (qsizetype i = 0; sameShows && i < shows.size(); ++i)
        sameShows = shows.at(i).id == m_shows.at(i).id;
    if (!sameShows) {
        beginResetModel();
        m_shows = shows;
        endResetModel();
        return;
    }
    m_shows = shows;
    if (!m_shows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_shows.size()) - 1, ColumnCount - 1));
}

void ShowListModel::updateShow(const Show &show)
{
    const int row = rowOf(show.id);
    if (row < 0)
        return;
    m_shows[row] = show;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<Show> ShowListModel::showAt(int row) const
{
    if (row < 0 || row >= m_shows.size())
        return std::nullopt;
    return m_shows.at(row);
}

int ShowListModel::rowOf(qint64 showId) const
{
    for (qsizetype i = 0; i < m_shows.size(); ++i) {
        if (m_shows.at(i).id == showId)
            return int(i);
    }
    return -1;
}

int ShowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shows.size());
}

int ShowListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShowListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shows.size())
        return {};
    const Show &show = m_shows.at(index.row());
    switch (role) {
    case ShowIdRole:
        return show.id;
    case AvailableShareRole:
        return show.seatsTotal > 0 ? double(show.seatsAvailable) / show.seatsTotal : 0.0;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return formatTime(show.startsAt);
        case TitleColumn:
            return show.title;
        case HallColumn:
            return show.hallName;
        case AvailabilityColumn:
            return tr("%1 of %2").arg(QLocale().toString(show.seatsAvailable), QLocale().toString(show.seatsTotal));
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1, %2 in %3: %4 of %5 seats available")
            .arg(show.title, formatDateTime(show.startsAt), show.hallName)
            .arg(show.seatsAvailable)
            .arg(show.seatsTotal);
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn || index.column() == AvailabilityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant ShowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TitleColumn:
        return tr("Show");
    case HallColumn:
        return tr("Hall");
    case AvailabilityColumn:
        return tr("Available");
    }
    return {};
}

} // namespace boxoffice
