#pragma once

#include "types.h"

#include <QString>

namespace boxoffice {

/// Why a change of a show (or its price list) was refused, as a manager reads it; says that
/// nothing was changed.
QString showErrorText(const Error &error);

} // namespace boxoffice
