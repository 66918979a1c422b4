#include "openshiftdialog.h"

#include "corebackend.h"
#include "displaynames.h"
#include "shiftservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

OpenShiftDialog::OpenShiftDialog(CoreBackend &backend, const StaffActor &actor, QWidget *parent)
    : QDialog(parent), m_backend(backend), m_actor(actor), m_float(new QLineEdit(this)),
      m_counter(new QLineEdit(this)), m_error(new QLabel(this)),
      m_openButton(new QPushButton(tr("Open shift"), this))
{
    setWindowTitle(tr("Open shift – %1").arg(actor.name));
    m_float->setObjectName(u"floatAmount"_s);
    m_float->setPlaceholderText(venueCurrency().editableNumber(0, locale()));
    m_counter->setObjectName(u"counterName"_s);
    m_counter->setMaxLength(ShiftService::maxCounterLength);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_openButton->setObjectName(u"openButton"_s);
    m_openButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Float in the drawer (%1):").arg(venueCurrency().code()), m_float);
    form->addRow(tr("Counter:"), m_counter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_openButton, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, &OpenShiftDialog::openShift);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void OpenShiftDialog::setCounterName(const QString &name)
{
    m_counter->setText(name);
}

QString OpenShiftDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OpenShiftDialog::openShift()
{
    const auto floatCents = venueCurrency().parse(m_float->text());
    if (!floatCents.ok()) {
        showError(tr("The float is not an amount in %1: %2").arg(venueCurrency().code(), floatCents.error().message));
        return;
    }
    m_openButton->setEnabled(false);
    m_backend.run<Shift>(
            this,
            [actor = m_actor, cents = floatCents.value(), counter = m_counter->text(),
             &clock = m_backend.clock()](CoreServices &services) -> Result<Shift> {
                ShiftService shifts(services.database, clock);
                return shifts.openShift(actor, cents, counter);
            },
            [this](const Result<Shift> &opened) {
                m_openButton->setEnabled(true);
                if (!opened.ok()) {
                    showError(opened.error().message);
                    return;
                }
                emit shiftOpened(opened.value());
                accept();
            });
}

void OpenShiftDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    emit failed(message);
}

} // namespace boxoffice
