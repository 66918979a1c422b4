#pragma once

#include "appsettings.h"
#include "corebackend.h"
#include "countersale.h"
#include "scannerendpoint.h"
#include "staffsignindialog.h"
#include "strandedseatquestion.h"
#include "venuesettings.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class QDialog;
class QLabel;
class QPrinter;

namespace Ui {
class MainWindow;
}

namespace boxoffice {

class AuditLogWindow;
class BasketWidget;
class BestSeatsBar;
class BookingsWindow;
class CheckinWindow;
class CollectReservationDialog;
class HallsWindow;
class ShowsWindow;
class ManagerActions;
class ManagerPanel;
class ManagerApproval;
class StaffSession;
class ReportsWindow;
class SeatMapLegend;
class SeatMapWidget;
class ShowListModel;

/// The counter's main window: the day's shows on the left, the chosen show's seat map in the
/// centre, the basket on the right, the web endpoint's state in the status bar.
///
/// Everything it reads or writes goes through the CoreBackend; the change feed tells it when a
/// seat changed anywhere (web, another counter, expiry) and the seat map follows within a second.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(CoreBackend &backend, AppSettings &settings, ManagerApproval &approval, QWidget *parent = nullptr);
    ~MainWindow() override;

    QDate day() const { return m_day; }
    qint64 currentShowId() const;
    /// Selects a show of the listed day; false if it is not listed.
    bool selectShow(qint64 showId);

    SeatMapWidget *seatMap() const { return m_seatMap; }
    BasketWidget *basket() const { return m_basket; }
    BestSeatsBar *bestSeats() const { return m_bestSeats; }
    /// The question about a hold that would leave a single seat empty, while it is open.
    StrandedSeatQuestion *strandedSeatQuestion() const { return m_strandedSeatQuestion; }
    CounterSale *sale() const { return m_sale; }
    ShowListModel *showsModel() const { return m_showsModel; }
    ManagerActions *managerActions() const { return m_managerActions; }
    ManagerApproval &managerApproval() const { return m_approval; }

    /// A hold length fixed for this run (the command line's --hold-seconds), in place of the
    /// venue's default; nullopt goes back to the venue's.
    void setHoldSecondsOverride(std::optional<int> seconds);

    /// From now on the counter is used by the staff member signed in to `session`: the sign-in
    /// dialog comes whenever nobody is (at once, after "Switch user" and after the inactivity
    /// lock); meanwhile the counter's controls are off but its held seats stay held. Sales name
    /// the member who sells.
    void setStaffSession(StaffSession *session);
    StaffSession *staffSession() const { return m_staffSession; }
    /// The sign-in dialog while it is open.
    StaffSignInDialog *signInDialog() const { return m_signInDialog; }

    /// Writes the ticket of a booking as PDF; the message says where, or what went wrong.
    bool saveTicketPdf(const Booking &booking, const QString &path);

public slots:
    void setDay(const QDate &day);
    void showToday();
    /// Reads the day's shows and the current show's seats again.
    void refresh();
    /// What the web endpoint is doing, as the app learns it. An empty URL with `running` false
    /// means it is switched off.
    void setWebStatus(const QUrl &url, bool running, const QString &error = {});
    void setWebWatchers(int watchers);
    /// Where phones on the venue's network reach the web endpoint, for pairing door scanners.
    void setScannerEndpoint(const boxoffice::ScannerEndpoint &endpoint);

    void openBookings();
    /// The dialog that takes a web reservation's payment; one per window, kept while open.
    CollectReservationDialog *openCollectReservation();
    void openReports();
    void openManagerMode();
    void openAuditLog();
    void openSettings();
    void openVenueSettings();
    void openTicketTypes();
    void openHalls();
    void openShows();
    /// Door → Scanner devices…, for a manager.
    void openScannerDevices();
    /// Door → Check-in…: the current show's door.
    CheckinWindow *openCheckin();
    /// Manager → Staff…, for a signed-in manager; closes when they sign out.
    void openStaff();
    /// Signs the member out and asks who signs in next.
    void switchUser();
    /// The first staff account was just created here (first-run assistant, first manager dialog):
    /// from now on the counter is used by staff, and `manager`, who typed the PIN a moment ago,
    /// is signed in, in the session of the window's ManagerApproval.
    void staffAccountsCreated(const boxoffice::StaffMember &manager);
    void printTicket(const boxoffice::Booking &booking);
    void saveTicketPdfAs(const boxoffice::Booking &booking);

signals:
    /// The day's shows arrived (also after a refresh).
    void showsLoaded();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void applyHoldSeconds();
    void setUpActions();
    void setUpStatusBar();
    void loadShows();
    void onShowChanged(qint64 show, qint64 version);
    void onCurrentShowChanged();
    void onSnapshot(const ShowSnapshot &snapshot);
    void updateDayLabel();
    void askAboutStranding(const QStringList &requested, const QStringList &stranded, const QStringList &suggestion,
                           bool canOverride);
    void updateShowHeader();
    void updateWebStatus();
    void showStatus(const QString &text);
    void updateManagerState();
    void updateStaffState();
    void promptSignIn();
    /// The Shift menu: a cashier's own shift, and the managers' shifts and day close.
    void setupShiftMenu();
    /// The Door menu: the check-in of the current show, the paired scanners.
    void setupDoorMenu();
    /// Opens a window that acts for the signed-in staff member; it closes when they sign out.
    /// The window, or nullptr when nobody is signed in.
    template<typename Window>
    Window *openStaffWindow();
    /// Opens a shift on the counter this machine used last, and remembers the one it opens on.
    void openShift();
    /// Reads the venue's settings on the worker: from then on amounts are in its currency, dates
    /// and times in its zone, and the counter's holds last as long as it says.
    void loadVenueSettings();
    /// Reads the venue's ticket types on the worker and shows its names for them from then on.
    void loadTicketTypes();
    void applyVenueZone(const QTimeZone &zone);
    /// Shows a tool window of this one, made on first use.
    void present(QWidget *window);
    void openManagerDialog(QDialog *dialog);
    /// A manager's approval of opening a manager-only window; says why not in the status bar.
    std::optional<StaffActor> approveOpening(const QString &what);
    /// Whoever opened manager-only windows and dialogs left: they close.
    void closeManagerWindows();

    Ui::MainWindow *m_ui;
    CoreBackend &m_backend;
    AppSettings &m_settings;
    ManagerApproval &m_approval;
    QPointer<StaffSession> m_staffSession;
    QPointer<StaffSignInDialog> m_signInDialog;
    QAction *m_switchUserAction = nullptr;
    QAction *m_staffAction = nullptr;
    QLabel *m_staffLabel = nullptr;
    ManagerActions *m_managerActions = nullptr;
    BookingsWindow *m_bookings = nullptr;
    ReportsWindow *m_reports = nullptr;
    ManagerPanel *m_managerPanel = nullptr;
    AuditLogWindow *m_auditLog = nullptr;
    HallsWindow *m_halls = nullptr;
    ShowsWindow *m_shows = nullptr;
    QPointer<CheckinWindow> m_checkin;
    ScannerEndpoint m_scannerEndpoint;
    /// Open dialogs that save under the name of whoever opened them: closed when they sign out.
    QList<QPointer<QDialog>> m_managerDialogs;
    QPointer<CollectReservationDialog> m_collectReservation;
    QAction *m_collectReservationAction = nullptr;
    QList<QAction *> m_shiftActions;
    QList<QAction *> m_managerShiftActions;
    QAction *m_venueSettingsAction = nullptr;
    QAction *m_ticketTypesAction = nullptr;
    QAction *m_hallsAction = nullptr;
    QAction *m_showsAction = nullptr;
    CounterSale *m_sale = nullptr;
    BasketWidget *m_basket = nullptr;
    BestSeatsBar *m_bestSeats = nullptr;
    QPointer<StrandedSeatQuestion> m_strandedSeatQuestion;
    SeatMapWidget *m_seatMap = nullptr;
    SeatMapLegend *m_legend = nullptr;
    ShowListModel *m_showsModel = nullptr;
    QLabel *m_webLabel = nullptr;
    QLabel *m_watchersLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QDate m_day;
    /// Coalesce bursts of change announcements into one read each.
    QTimer m_snapshotTimer;
    QTimer m_showsTimer;
    bool m_loadingShows = false;
    bool m_showsDirty = false;
    QUrl m_webUrl;
    bool m_webRunning = false;
    QString m_webError;
    int m_webWatchers = 0;
    std::optional<int> m_holdSecondsOverride;
    int m_venueHoldSeconds = VenueSettings().holdSeconds;
};

} // namespace boxoffice
