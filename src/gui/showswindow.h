#pragma once

#include "showsetupcatalog.h"
#include "staffactor.h"
#include "venuesettings.h"

#include <QPointer>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;
QT_END_NAMESPACE

namespace boxoffice {

class CancelledShowRefunds;
class CoreBackend;
class ManagerApproval;
class ShowDialog;

/// The manager's list of shows in a date range, in the venue's time zone: sets up new shows and
/// runs of them, edits shows and their price lists, cancels shows. Everything goes through the
/// worker, under the signed-in manager's name.
class ShowsWindow final : public QWidget
{
    Q_OBJECT

public:
    ShowsWindow(CoreBackend &backend, ManagerApproval &approval, QWidget *parent = nullptr);

    /// From now on the window's changes are made by `actor`, whom a manager approved for this
    /// opening; they end when that member signs out.
    void setActor(const StaffActor &actor);

    /// Reads the venue's settings and the shows of the range again; emits loaded().
    void refresh();
    /// Opens the dialog for a new show.
    void newShow();
    void editSelectedShow();
    /// Asks for a reason and cancels the selected show with its bookings.
    void cancelSelectedShow();

    QTableWidget *table() const { return m_table; }
    /// The bookings of the selected cancelled show that wait for a refund.
    CancelledShowRefunds *refunds() const { return m_refunds; }
    /// The dialog opened last, null before the first one or once closed.
    ShowDialog *dialog() const;
    /// The listed show in `row`.
    const ShowSetup &listedShow(int row) const { return m_shows.at(row); }
    const VenueSettings &venue() const { return m_venue; }

signals:
    void loaded();
    void dialogOpened();
    /// A cancellation was answered; `ok` says whether the show is cancelled.
    void cancelAnswered(bool ok);

private:
    void showShows(const QList<ShowSetup> &shows);
    void openDialog(const ShowSetup *show);
    void showError(const QString &message);
    void updateButtons();
    /// Opens the refund of a cancelled show's booking, whole.
    void refundBooking(const Booking &booking);
    /// The selected show, null when none is.
    const ShowSetup *selectedShow() const;
    /// Who changes shows now; nullopt (and says why) when nobody approved may.
    std::optional<StaffActor> actorOrExplain();

    CoreBackend &m_backend;
    ManagerApproval &m_approval;
    std::optional<StaffActor> m_actor;
    VenueSettings m_venue;
    QList<ShowSetup> m_shows;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QCheckBox *m_withCancelled;
    QTableWidget *m_table;
    QPushButton *m_editButton;
    QPushButton *m_cancelButton;
    QLabel *m_error;
    CancelledShowRefunds *m_refunds;
    QTimer *m_refreshSoon;
    QPointer<ShowDialog> m_dialog;
    bool m_datesChosen = false;
};

} // namespace boxoffice
