#pragma once

#include <QMessageBox>
#include <QStringList>

namespace boxoffice {

/// Asks the cashier what to do about a hold the show's rule refused because it would leave a
/// single seat empty: take the suggested seats instead, hold anyway (only under the Warn rule;
/// audited), or pick again.
class StrandedSeatQuestion final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrandedSeatQuestion)

public:
    StrandedSeatQuestion(const QStringList &requested, const QStringList &stranded, const QStringList &suggestion,
                         bool canOverride, QWidget *parent = nullptr);

    QStringList requested() const { return m_requested; }
    /// The counter's whole hold with the seats moved, to replace the selection.
    QStringList suggestion() const { return m_suggestion; }
    /// Null when there is no suggestion.
    QPushButton *takeSuggestionButton() const { return m_takeSuggestion; }
    /// Null under the Refuse rule.
    QPushButton *holdAnywayButton() const { return m_holdAnyway; }

signals:
    void suggestionTaken(const QStringList &seats);
    void strandingAccepted(const QStringList &seats);

private:
    QStringList m_requested;
    QStringList m_suggestion;
    QPushButton *m_takeSuggestion = nullptr;
    QPushButton *m_holdAnyway = nullptr;
};

} // namespace boxoffice
