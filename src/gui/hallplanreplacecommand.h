#pragma once

#include "hallplan.h"

#include <QUndoCommand>

namespace boxoffice {

class HallPlanEditor;

/// An undo step that puts a whole new plan in place (generating, importing).
class HallPlanReplaceCommand final : public QUndoCommand
{
public:
    HallPlanReplaceCommand(HallPlanEditor *editor, HallPlan before, HallPlan after, const QString &text);

    void redo() override;
    void undo() override;

private:
    HallPlanEditor *m_editor;
    HallPlan m_before;
    HallPlan m_after;
};

} // namespace boxoffice
