#pragma once

#include "staffactor.h"

#include <QString>

#include <optional>

class QLabel;

namespace boxoffice {

class ManagerApproval;

/// The actor of a window that stores under whoever opened it, while `approval` still approves
/// them; otherwise nullopt, and `message` shows `explanation` (they signed out) as a refusal.
std::optional<StaffActor> actorOrExplain(const ManagerApproval &approval, const std::optional<StaffActor> &actor,
                                         QLabel *message, const QString &explanation);

} // namespace boxoffice
