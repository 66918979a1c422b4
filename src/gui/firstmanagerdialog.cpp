#include "firstmanagerdialog.h"

#include "corebackend.h"
#include "staffaccountfields.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

FirstManagerDialog::FirstManagerDialog(CoreBackend &backend, QWidget *parent) : QDialog(parent), m_backend(backend)
{
    setObjectName(u"firstManagerDialog"_s);
    setWindowTitle(tr("First manager account"));
    m_explanation = new QLabel(tr("Nobody has a staff account yet. The first one is a manager's: the manager then "
                                  "adds the cashiers in Manager → Staff…."),
                               this);
    m_explanation->setWordWrap(true);
    m_fields = new StaffAccountFields(StaffAccountFields::Name | StaffAccountFields::Secret, this);
    m_message = new QLabel(this);
    m_message->setObjectName(u"firstManagerMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create account"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstManagerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstManagerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_fields);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
}

FirstManagerDialog::~FirstManagerDialog() = default;

void FirstManagerDialog::setExplanation(const QString &text)
{
    m_explanation->setText(text);
}

Result<StaffMember> FirstManagerDialog::createFirstManager(StaffService &staff, const QString &name,
                                                           const QString &secret, const QString &actor)
{
    auto existing = staff.staff();
    if (!existing.ok())
        return existing.error();
    if (!existing.value().isEmpty())
        return Error{ErrorCode::Forbidden,
                     tr("Staff accounts exist already (perhaps made at another counter). Sign in with yours."),
                     {}};
    return staff.addStaff(name, StaffRole::Manager, secret, actor);
}

void FirstManagerDialog::accept()
{
    if (m_saving)
        return;
    if (const QString problem = m_fields->problem(); !problem.isEmpty()) {
        showMessage(problem);
        emit refused(problem);
        return;
    }
    const QString name = m_fields->name();
    const QString secret = m_fields->secret();
    setSaving(true);
    m_backend.run<StaffMember>(
            this,
            [name, secret](CoreServices &services) {
                // The new manager sets up their own account: nobody else is there to name.
                return createFirstManager(services.staff, name, secret, name);
            },
            [this](const Result<StaffMember> &created) {
                setSaving(false);
                m_fields->clearSecrets();
                if (!created.ok()) {
                    const QString message = StaffAccountFields::describeRefusal(created.error());
                    showMessage(message);
                    emit refused(message);
                    return;
                }
                m_manager = created.value();
                QDialog::accept();
            });
}

void FirstManagerDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_fields->setEnabled(!saving);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!saving);
    if (saving)
        showMessage(tr("Saving…"));
}

void FirstManagerDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

} // namespace boxoffice
