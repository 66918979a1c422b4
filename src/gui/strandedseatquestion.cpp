#include "strandedseatquestion.h"

#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace boxoffice {

StrandedSeatQuestion::StrandedSeatQuestion(const QStringList &requested, const QStringList &stranded,
                                           const QStringList &suggestion, bool canOverride, QWidget *parent)
    : QMessageBox(parent), m_requested(requested), m_suggestion(suggestion)
{
    setObjectName(u"strandedSeatQuestion"_s);
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Single seat left empty"));
    const QLocale locale;
    setText(tr("Holding %1 would leave %n seat(s) on its own: %2. A single empty seat rarely sells.", nullptr,
               int(stranded.size()))
                    .arg(locale.createSeparatedList(requested), locale.createSeparatedList(stranded)));
    QString details = suggestion.isEmpty()
            ? tr("No other seats of this number avoid it.")
            : tr("Suggested instead: %1.").arg(locale.createSeparatedList(suggestion));
    if (!canOverride)
        details += u' ' + tr("This show does not allow holding them anyway.");
    setInformativeText(details);
    if (!suggestion.isEmpty()) {
        m_takeSuggestion = addButton(tr("&Take suggested seats"), QMessageBox::AcceptRole);
        m_takeSuggestion->setObjectName(u"takeSuggestedSeatsButton"_s);
    }
    if (canOverride) {
        m_holdAnyway = addButton(tr("&Hold anyway"), QMessageBox::DestructiveRole);
        m_holdAnyway->setObjectName(u"holdAnywayButton"_s);
        m_holdAnyway->setToolTip(tr("Holds the seats as chosen; the audit log records who did."));
    }
    QPushButton *cancel = addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    setDefaultButton(m_takeSuggestion ? m_takeSuggestion : cancel);
    setEscapeButton(cancel);
    connect(this, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
        if (button && button == m_takeSuggestion)
            emit suggestionTaken(m_suggestion);
        else if (button && button == m_holdAnyway)
            emit strandingAccepted(m_requested);
    });
}

} // namespace boxoffice
