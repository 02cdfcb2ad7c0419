#pragma once
// The SQLite behind the index.
#include "common/library_version.hpp"

namespace mailclerk::store {

LibraryVersion sqlite_library();

} // namespace mailclerk::store
