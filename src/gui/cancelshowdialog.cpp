#include "cancelshowdialog.h"

#include "venuetime.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boxoffice {

CancelShowDialog::CancelShowDialog(const ShowSetup &show, const QTimeZone &venueZone, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"cancelShowDialog"_s);
    setWindowTitle(tr("Cancel show"));
    auto *question = new QLabel(
            tr("Cancel “%1” on %2 in %3?").arg(show.draft.title, formatVenueDateTime(show.draft.startsAt, venueZone),
                                               show.hallName),
            this);
    question->setWordWrap(true);
    auto *consequence = new QLabel(show.liveBookings == 0
                                           ? tr("It has no bookings. It leaves the web's list of shows.")
                                           : tr("%n booking(s) will be cancelled, and the show leaves the web's "
                                                "list of shows. This cannot be undone.",
                                                nullptr, show.liveBookings),
                                   this);
    consequence->setObjectName(u"cancelConsequence"_s);
    consequence->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"cancelReason"_s);
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("Required, e.g. “The lead actor is ill”"));
    m_buttons = new QDialogButtonBox(this);
    auto *confirm = m_buttons->addButton(tr("Ca&ncel show"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(u"confirmCancelShow"_s);
    confirm->setEnabled(false);
    m_buttons->addButton(tr("&Keep show"), QDialogButtonBox::RejectRole)->setDefault(true);
    connect(m_reason, &QLineEdit::textChanged, this,
            [confirm](const QString &text) { confirm->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(consequence);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
}

QString CancelShowDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace boxoffice
