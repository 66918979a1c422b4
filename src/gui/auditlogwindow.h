#pragma once

#include "types.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace boxoffice {

class CoreBackend;
class ManagerSession;

/// The audit log, newest first, for managers only: who did what to which show, and why. Filters
/// by text and to manager actions; follows new entries while open.
class AuditLogWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogWindow)

public:
    static constexpr int entryLimit = 2000;

    AuditLogWindow(CoreBackend &backend, ManagerSession &session, QWidget *parent = nullptr);
    ~AuditLogWindow() override;

    /// The translated name of an audit action ("unbook" → "Unbooked").
    static QString actionName(const QString &action);

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Loaded
    {
        QList<AuditEntry> entries;
        QHash<qint64, QString> showTitles;
    };

    void updateLockState();
    void fillTable();

    CoreBackend &m_backend;
    ManagerSession &m_session;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_managerOnly = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QTimer m_refreshTimer;
    Loaded m_loaded;
    bool m_loading = false;
    bool m_reloadWanted = false;
};

} // namespace boxoffice
