#pragma once

#include "hallplandelta.h"

#include <QUndoCommand>

namespace boxoffice {

class HallPlanEditor;

/// An undo step of the hall designer that changes part of the plan (see HallPlanDelta).
class HallPlanEditCommand final : public QUndoCommand
{
public:
    /// Steps with the same non-zero `mergeKey` in a row become one, as the moves of one drag do.
    HallPlanEditCommand(HallPlanEditor *editor, HallPlanDelta delta, const QString &text, int mergeKey = 0);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    HallPlanEditor *m_editor;
    HallPlanDelta m_delta;
    int m_mergeKey;
};

} // namespace boxoffice
