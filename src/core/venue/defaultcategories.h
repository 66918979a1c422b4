#pragma once

#include "hallplan.h"

namespace boxoffice {

/// Categories for seat category keys that have no name or colour of their own (halls from before
/// halls kept categories): the colours the counter's seat map gave them (standard, premium and box
/// first, the others in palette order) and the key with a capital as the name.
QList<HallCategory> defaultCategories(const QStringList &keys);

} // namespace boxoffice
