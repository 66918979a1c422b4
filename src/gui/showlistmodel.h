#pragma once

#include "types.h"

#include <QAbstractTableModel>

namespace boxoffice {

/// The shows of one day for the main window's list: time, title, hall and seats left.
class ShowListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowListModel)

public:
    enum Column { TimeColumn, TitleColumn, HallColumn, AvailabilityColumn, ColumnCount };
    enum Role {
        ShowIdRole = Qt::UserRole + 1,
        /// Share of seats still available, 0..1, for the availability bar.
        AvailableShareRole,
    };

    explicit ShowListModel(QObject *parent = nullptr);

    /// Replaces the list; when the same shows come again (a refresh) only their data changes,
    /// so that the selection and scroll position stay.
    void setShows(const QList<Show> &shows);
    /// Updates one show's counts, if listed.
    void updateShow(const Show &show);
    const QList<Show> &shows() const { return m_shows; }
    std::optional<Show> showAt(int row) const;
    int rowOf(qint64 showId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Show> m_shows;
};

} // namespace boxoffice
