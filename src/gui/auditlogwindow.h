#pragma once

#include "audittrail.h"
#include "staffmember.h"
#include "types.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace boxoffice {

class CoreBackend;
class ManagerApproval;

/// The audit log, newest first, for managers only: who did what to which show, who authorised
/// it, and why. Filters by staff member, action, show, the venue's days and text; pages through
/// every entry, a page at a time; exports what matches as CSV. Every read and the export run in
/// the core's worker. Follows new entries while the newest page is open. Open to a signed-in
/// manager, and to a cashier for as long as a manager's override of its opening lasts: until the
/// window closes or the cashier signs out.
class AuditLogWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogWindow)

public:
    static constexpr int pageSize = 200;
    /// Asks where to save the CSV, given a suggested file name; empty when cancelled.
    using SavePathProvider = std::function<QString(const QString &suggestedName)>;

    AuditLogWindow(CoreBackend &backend, ManagerApproval &approval, QWidget *parent = nullptr);
    ~AuditLogWindow() override;

    /// The translated name of an audit action ("unbook" → "Unbooked").
    static QString actionName(const QString &action);
    /// The details of an audit entry with the amounts the core records in cents ("float 2000
    /// cents") written in the venue's currency ("float €20.00").
    static QString detailsText(const QString &action, const QString &details);
    /// What the filter bar asks for; the days are the venue's.
    AuditFilter filter() const;
    void setSavePathProvider(SavePathProvider provider);
    /// Whether the log is on display for whoever is at the counter.
    bool isOpenToReader() const;

public slots:
    /// Reloads the choices of the filter bar and the newest page.
    void refresh();
    void showNewer();
    void showOlder();
    /// Asks for a file and writes every matching entry to it as CSV, in the worker.
    void exportCsv();
    /// Asks a manager's approval of this opening (a signed-in manager needs none) and shows the log.
    void requestOpening();
    /// Shows the log under a manager's approval given for this opening.
    void grantOpening();

signals:
    /// A page arrived and is on display.
    void pageLoaded();
    /// An export ended; `message` says where it went or why it failed.
    void exportFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    /// Action codes and the untranslated names this window shows them by.
    static const QHash<QString, const char *> &actionNames();

    struct Choices
    {
        QList<StaffMember> staff;
        QStringList actions;
        QList<Show> shows;
    };
    enum class Move { Newest, Older, Newer };

    void updateLockState();
    void loadChoices();
    void fillChoices(const Choices &choices);
    /// Loads a page of the current filter: the newest, or the next one from the page shown.
    void load(Move move);
    void showPage(const AuditPage &page, Move move);
    void clearPage();
    void updatePageControls();

    CoreBackend &m_backend;
    ManagerApproval &m_approval;
    bool m_openingApproved = false;
    SavePathProvider m_savePathProvider;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_staff = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_show = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_managerOnly = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QPushButton *m_newer = nullptr;
    QPushButton *m_older = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QTimer m_refreshTimer;
    QTimer m_filterTimer;
    AuditPage m_page;
    /// The position of the page's first entry among all that match, counted from the newest (1).
    qint64 m_firstPosition = 1;
    /// Answers to earlier requests than this one are dropped: the filter or the page changed.
    quint64 m_request = 0;
    bool m_loading = false;
    bool m_exporting = false;
    /// Changes of the filter bar made while its choices are filled in are not the user's.
    bool m_fillingChoices = false;
};

} // namespace boxoffice
