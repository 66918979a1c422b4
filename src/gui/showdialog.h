#pragma once

#include "showsetupcatalog.h"
#include "staffactor.h"
#include "venuesettings.h"

#include <QDialog>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;
QT_END_NAMESPACE

namespace boxoffice {

class CoreBackend;
class PriceListEditor;
class ShowDoorFields;

/// Sets up a new show (or a run of them) or edits one, with its price list, in the venue's time
/// zone and currency. Everything is read and stored through the backend's worker; a refusal is
/// shown in the dialog, which stays open with what was entered.
class ShowDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Repeat { None, Daily, Weekdays };

    /// A dialog for a new show; `manager` is named in the audit log and sets the door settings.
    ShowDialog(CoreBackend &backend, const StaffActor &manager, VenueSettings venue, QWidget *parent = nullptr);

    /// Turns the dialog into the editor of a stored show.
    void editShow(const ShowSetup &show);
    /// The dates a new show is created on, as the preview lists them; empty when the repeat
    /// settings name none.
    QList<QDate> runDates() const;
    /// Stores what the form says; accepts the dialog once stored, else shows why not.
    void save();
    /// Takes the price list of the show chosen under "Copy from".
    void copyPrices();

    PriceListEditor *priceEditor() const { return m_prices; }
    ShowDoorFields *doorFields() const { return m_door; }
    QString errorText() const;

signals:
    /// The halls, ticket types and shows to copy from have arrived.
    void loaded();
    /// The price table has the categories of the chosen hall.
    void categoriesLoaded();
    void saved(const QList<qint64> &shows);
    /// A save or copy was refused; the message is on show.
    void refused();
    void pricesCopied();

private:
    QWidget *createShowPage();
    QWidget *createRepeatBox();
    QWidget *createPricePage();
    void loadCategories();
    void addSkippedDate();
    void removeSkippedDate();
    void updatePreview();
    void updateEnabled();
    void updateOrphanRuleHint();
    ShowDraft draftFromForm() const;
    void showError(const QString &message);
    void setBusy(bool busy);
    void storeNew(const ShowDraft &draft, const QList<QDate> &dates);
    void storeEdit(const ShowDraft &draft);

    CoreBackend &m_backend;
    StaffActor m_manager;
    VenueSettings m_venue;
    /// The show edited; unset for a new one.
    std::optional<ShowSetup> m_show;
    /// Prices to put into the table once the hall's categories arrive.
    std::optional<QList<Price>> m_pendingPrices;
    QList<ShowSetup> m_copySources;

    QTabWidget *m_tabs;
    QLineEdit *m_title;
    QComboBox *m_hall;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QSpinBox *m_duration;
    QCheckBox *m_webSales;
    QSpinBox *m_webSalesClose;
    ShowDoorFields *m_door;
    QComboBox *m_orphanRule;
    QLabel *m_orphanRuleHint;
    QWidget *m_repeatBox;
    QComboBox *m_repeat;
    QList<QCheckBox *> m_weekdays;
    QDateEdit *m_until;
    QDateEdit *m_skipDate;
    QListWidget *m_skipped;
    QPushButton *m_removeSkipped;
    QLabel *m_preview;
    PriceListEditor *m_prices;
    QComboBox *m_copySource;
    QPushButton *m_copyButton;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace boxoffice
