#include "staffsignindialog.h"

#include "corebackend.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

StaffSignInDialog::StaffSignInDialog(CoreBackend &backend, Purpose purpose, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_purpose(purpose)
{
    setWindowTitle(purpose == Purpose::SignIn ? tr("Sign in") : tr("Manager's authorisation"));
    m_explanation = new QLabel(purpose == Purpose::SignIn
                                       ? tr("Sign in to use this counter.")
                                       : tr("A manager authorises this one action with their own PIN."),
                               this);
    m_explanation->setWordWrap(true);
    m_name = new QComboBox(this);
    m_name->setObjectName(u"staffName"_s);
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"staffSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(u"signInMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
            ->setText(purpose == Purpose::SignIn ? tr("Sign in") : tr("Authorise"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StaffSignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StaffSignInDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(purpose == Purpose::SignIn ? tr("&Name:") : tr("&Manager:"), m_name);
    form->addRow(tr("&PIN or password:"), m_secret);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_secret->setFocus();
    loadNames();
}

StaffSignInDialog::~StaffSignInDialog() = default;

void StaffSignInDialog::setName(const QString &name)
{
    m_name->setCurrentText(name);
    if (name.isEmpty())
        m_name->setFocus();
    else
        m_secret->setFocus();
}

void StaffSignInDialog::setExplanation(const QString &text)
{
    m_explanation->setText(text);
}

void StaffSignInDialog::loadNames()
{
    const bool managersOnly = m_purpose == Purpose::ManagerOverride;
    m_backend.run<QStringList>(
            this,
            [managersOnly](CoreServices &services) -> Result<QStringList> {
                auto staff = services.staff.staff();
                if (!staff.ok())
                    return staff.error();
                QStringList names;
                for (const StaffMember &member : staff.value()) {
                    if (!member.disabled() && (!managersOnly || member.isManager()))
                        names.append(member.name);
                }
                return names;
            },
            [this](const Result<QStringList> &names) {
                if (!names.ok())
                    return;
                // The name typed meanwhile stays: filling the list must not overwrite it.
                const QString typed = m_name->currentText();
                m_name->addItems(names.value());
                m_name->setCurrentText(typed);
            });
}

void StaffSignInDialog::accept()
{
    if (m_checking)
        return;
    const QString name = m_name->currentText().simplified();
    const QString secret = m_secret->text();
    if (name.isEmpty()) {
        showMessage(tr("Enter your name."));
        m_name->setFocus();
        return;
    }
    if (secret.isEmpty()) {
        showMessage(tr("Enter your PIN or password."));
        m_secret->setFocus();
        return;
    }
    setChecking(true);
    m_backend.run<Attempt>(
            this,
            [name, secret](CoreServices &services) -> Result<Attempt> {
                Attempt attempt;
                auto signedIn = services.staff.signIn(name, secret);
                if (signedIn.ok()) {
                    attempt.member = signedIn.value();
                    return attempt;
                }
                attempt.error = signedIn.error();
                if (signedIn.error().code == ErrorCode::Forbidden && signedIn.error().retryAfter.count() == 0) {
                    auto staff = services.staff.staff();
                    if (staff.ok()) {
                        for (const StaffMember &member : staff.value())
                            attempt.disabled |= member.disabled() && member.name.compare(name, Qt::CaseInsensitive) == 0;
                    }
                }
                return attempt;
            },
            [this, name](const Result<Attempt> &attempt) {
                setChecking(false);
                if (!attempt.ok()) {
                    finishAttempt(Attempt{std::nullopt, attempt.error(), false}, name);
                    return;
                }
                finishAttempt(attempt.value(), name);
            });
}

void StaffSignInDialog::finishAttempt(const Attempt &attempt, const QString &name)
{
    m_secret->clear();
    m_secret->setFocus();
    if (attempt.member && m_purpose == Purpose::ManagerOverride && !attempt.member->isManager()) {
        const QString message = tr("%1 is not a manager. A manager must authorise this.").arg(attempt.member->name);
        showMessage(message);
        emit refused(message);
        return;
    }
    if (attempt.member) {
        m_member = attempt.member;
        QDialog::accept();
        return;
    }
    const QString message = describeRefusal(*attempt.error, name, attempt.disabled);
    showMessage(message);
    emit refused(message);
}

QString StaffSignInDialog::describeRefusal(const Error &error, const QString &name, bool disabled)
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return tr("There is no staff member called %1. Check the name or pick it from the list.").arg(name);
    case ErrorCode::InvalidField:
        return tr("That is not a valid PIN or password: it has at least 4 characters.");
    case ErrorCode::Forbidden:
        if (disabled)
            return tr("The account of %1 is disabled. A manager can enable it again.").arg(name);
        if (error.retryAfter.count() > 0)
            return tr("Wrong PIN or password, or too many wrong tries. Wait %n second(s), then try again.", nullptr,
                      int(error.retryAfter.count()));
        return tr("Wrong PIN or password. Please try again.");
    case ErrorCode::DatabaseBusy:
        return tr("The database is busy because another counter is saving. Please try again in a moment.");
    default:
        break;
    }
    return tr("The sign-in could not be checked. Details: %1").arg(error.message);
}

void StaffSignInDialog::setChecking(bool checking)
{
    m_checking = checking;
    m_name->setEnabled(!checking);
    m_secret->setEnabled(!checking);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!checking);
    if (checking)
        showMessage(tr("Checking…"));
}

void StaffSignInDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

} // namespace boxoffice
