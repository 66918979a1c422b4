#pragma once

#include "hallplan.h"
#include "hallplangenerator.h"
#include "setupprogress.h"
#include "staffactor.h"
#include "staffmember.h"
#include "venuesettings.h"

#include <QDateTime>
#include <QHash>
#include <QWizard>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
QT_END_NAMESPACE

namespace boxoffice {

class CoreBackend;
class MainWindow;
class StaffAccountFields;
class VenueSettingsForm;

/// Leads a new venue from an empty database to its first bookable show: venue settings, the
/// first manager's staff account, the first hall (generated or imported) and the first show with
/// its prices.
///
/// Each page stores what it asks for when Next is pressed, through the backend's worker, so that
/// cancelling keeps what was saved; the app opens the assistant again as long as no show exists.
class FirstRunAssistant final : public QWizard
{
    Q_OBJECT

public:
    enum Page { VenuePage, ManagerPage, HallPage, ShowPage, DonePage };

    /// `progress` names the halls already stored, which the hall page offers instead of a new one,
    /// and says whether a staff account exists, which the manager page then leaves as it is.
    FirstRunAssistant(CoreBackend &backend, const SetupProgress &progress, QWidget *parent = nullptr);
    ~FirstRunAssistant() override;

    /// Reads on the worker whether the venue still needs its first show and, if so, opens the
    /// assistant over `window`; the manager account it creates signs in there, and finishing
    /// shows the new show there, ready to sell.
    static void offer(CoreBackend &backend, MainWindow &window);

    /// The first manager's account, once the manager page created it.
    std::optional<StaffMember> manager() const { return m_manager; }
    qint64 hallId() const { return m_hallId; }
    qint64 showId() const { return m_showId; }
    QDateTime showStartsAt() const { return m_showStartsAt; }
    /// Reading or saving through the worker; Next and Back wait for it.
    bool isBusy() const { return m_busy; }
    /// The message the current page shows for what stopped it, empty when none.
    QString pageError() const;

    bool validateCurrentPage() override;
    void initializePage(int id) override;

signals:
    /// The venue settings were read and are in the form.
    void loaded();
    /// A page's save came back, stored or refused (pageError() says why).
    void pageSaveAnswered(int page, bool saved);
    /// The manager page created the first staff account.
    void managerCreated(const boxoffice::StaffMember &manager);
    /// Finished with a show stored: the counter can sell it from its start's day on.
    void showReady(qint64 show, const QDateTime &startsAt);

private:
    struct StoredHall
    {
        qint64 id = 0;
        HallPlan plan;
        QStringList warnings;
    };

    QWizardPage *makeVenuePage();
    QWizardPage *makeManagerPage();
    QWizardPage *makeHallPage();
    QWizardPage *makeShowPage();
    QWizardPage *makeDonePage();
    /// The error label and the note that cancelling keeps what was saved, under a page's fields.
    void addFooter(QWizardPage *page, Page id, bool saves);

    bool saveVenue();
    bool saveManager();
    /// Who the audit log names for what the assistant stores: the manager made here, or the
    /// assistant itself before that (the venue page comes first) and where staff existed already.
    StaffActor storingActor() const;
    bool saveHall();
    bool saveShow();
    void finishSave(Page page, bool saved, const QString &error = {});
    void showError(Page page, const QString &message);
    void setBusy(bool busy);
    void chooseLayout();
    void chooseImportFile();
    void updateHallChoice();
    void updateLayoutSummary();
    void rebuildPrices();
    void updateSummary();

    CoreBackend &m_backend;
    VenueSettings m_settings;
    QHash<int, QLabel *> m_errors;
    bool m_busy = false;
    /// The page whose save just came back stored: the next validation lets it pass.
    int m_passingPage = -1;

    VenueSettingsForm *m_venueForm = nullptr;

    QLabel *m_managerIntro = nullptr;
    StaffAccountFields *m_managerFields = nullptr;
    /// Some staff account existed before the assistant opened: the manager page has nothing to do.
    bool m_hasStaff = false;
    std::optional<StaffMember> m_manager;

    QLineEdit *m_hallName = nullptr;
    QRadioButton *m_generate = nullptr;
    QRadioButton *m_import = nullptr;
    QRadioButton *m_existing = nullptr;
    QPushButton *m_layoutButton = nullptr;
    QLabel *m_layoutSummary = nullptr;
    QLineEdit *m_importPath = nullptr;
    QPushButton *m_chooseFileButton = nullptr;
    QComboBox *m_existingHalls = nullptr;
    QLabel *m_importWarnings = nullptr;
    HallPlanGeneratorOptions m_generatorOptions;
    HallPlan m_hallPlan;
    qint64 m_hallId = 0;
    /// The hall this assistant made, which going back and saving again changes instead of adding.
    qint64 m_createdHallId = 0;

    QLineEdit *m_title = nullptr;
    QLabel *m_startsAtLabel = nullptr;
    QDateTimeEdit *m_startsAt = nullptr;
    QSpinBox *m_duration = nullptr;
    QFormLayout *m_priceForm = nullptr;
    QHash<QString, QDoubleSpinBox *> m_prices;
    qint64 m_showId = 0;
    QDateTime m_showStartsAt;

    QLabel *m_summary = nullptr;
};

} // namespace boxoffice
