#include "staffaccountfields.h"

#include "staffservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace boxoffice {

StaffAccountFields::StaffAccountFields(Fields fields, QWidget *parent) : QWidget(parent), m_fields(fields)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    if (fields.testFlag(Name)) {
        m_name = new QLineEdit(this);
        m_name->setObjectName(u"staffAccountName"_s);
        m_name->setMaxLength(StaffService::maxNameLength);
        form->addRow(tr("&Name:"), m_name);
    }
    if (fields.testFlag(Role)) {
        m_role = new QComboBox(this);
        m_role->setObjectName(u"staffAccountRole"_s);
        m_role->addItem(tr("Cashier"), int(StaffRole::Cashier));
        m_role->addItem(tr("Manager"), int(StaffRole::Manager));
        form->addRow(tr("&Role:"), m_role);
    }
    if (fields.testFlag(Secret)) {
        m_secret = new QLineEdit(this);
        m_secret->setObjectName(u"staffAccountSecret"_s);
        m_secret->setEchoMode(QLineEdit::Password);
        m_secret->setMaxLength(StaffService::maxSecretLength);
        m_secretAgain = new QLineEdit(this);
        m_secretAgain->setObjectName(u"staffAccountSecretAgain"_s);
        m_secretAgain->setEchoMode(QLineEdit::Password);
        m_secretAgain->setMaxLength(StaffService::maxSecretLength);
        form->addRow(tr("&PIN or password:"), m_secret);
        form->addRow(tr("The same &again:"), m_secretAgain);
    }
}

StaffAccountFields::~StaffAccountFields() = default;

QString StaffAccountFields::name() const
{
    return m_name ? m_name->text().simplified() : QString();
}

void StaffAccountFields::setName(const QString &name)
{
    if (m_name)
        m_name->setText(name);
}

StaffRole StaffAccountFields::role() const
{
    return m_role ? StaffRole(m_role->currentData().toInt()) : StaffRole::Manager;
}

void StaffAccountFields::setRole(StaffRole role)
{
    if (m_role)
        m_role->setCurrentIndex(m_role->findData(int(role)));
}

QString StaffAccountFields::secret() const
{
    return m_secret ? m_secret->text() : QString();
}

void StaffAccountFields::clearSecrets()
{
    if (!m_secret)
        return;
    m_secret->clear();
    m_secretAgain->clear();
}

QString StaffAccountFields::problem()
{
    if (m_name && name().isEmpty()) {
        m_name->setFocus();
        return tr("Enter the staff member's name.");
    }
    if (!m_secret)
        return {};
    const QString secret = m_secret->text();
    if (secret.size() < StaffService::minSecretLength || secret.size() > StaffService::maxSecretLength) {
        m_secret->setFocus();
        return tr("A PIN or password has %1 to %2 characters.")
                .arg(StaffService::minSecretLength)
                .arg(StaffService::maxSecretLength);
    }
    if (StaffService::invalidSecret(secret)) {
        m_secret->setFocus();
        return tr("A PIN or password must not start or end with a space.");
    }
    if (secret != m_secretAgain->text()) {
        m_secretAgain->clear();
        m_secretAgain->setFocus();
        return tr("The two entries differ. Type the PIN or password again.");
    }
    return {};
}

QString StaffAccountFields::describeRefusal(const Error &error)
{
    switch (error.code) {
    case ErrorCode::InvalidField:
    case ErrorCode::Forbidden:
    case ErrorCode::NotFound:
        // The service's refusals already name the rule in plain words (a duplicate name, the last
        // active manager, a short PIN).
        return error.message;
    case ErrorCode::DatabaseBusy:
        return tr("The database is busy because another counter is saving. Please try again in a moment.");
    default:
        break;
    }
    return tr("The staff account could not be saved. Details: %1").arg(error.message);
}

} // namespace boxoffice
