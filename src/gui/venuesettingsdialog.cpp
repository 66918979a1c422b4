#include "venuesettingsdialog.h"

#include "managerapproval.h"
#include "venuesettingsform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

VenueSettingsDialog::VenueSettingsDialog(CoreBackend &backend, const StaffActor &manager, QWidget *parent)
    : QDialog(parent), m_manager(manager)
{
    setObjectName(u"venueSettingsDialog"_s);
    setWindowTitle(tr("Venue settings"));
    m_form = new VenueSettingsForm(backend, this);
    m_form->setDoorManager(manager);
    m_error = new QLabel(this);
    m_error->setObjectName(u"venueSettingsError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VenueSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    setBusy(true);
    m_form->load([this](const Result<VenueSettings> &settings) {
        setBusy(false);
        if (!settings.ok())
            showError(settings.error().message);
        emit loaded();
    });
}

void VenueSettingsDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void VenueSettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void VenueSettingsDialog::save()
{
    setBusy(true);
    m_form->save(m_manager, [this](const Result<VenueSettings> &saved) {
        setBusy(false);
        if (!saved.ok()) {
            showError(saved.error().message);
            return;
        }
        emit this->saved(saved.value());
        accept();
    });
}

} // namespace boxoffice
