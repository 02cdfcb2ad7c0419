#pragma once
// The SQLite behind the index, for `mailclerk --version` and bug reports.
#include <string>

namespace mailclerk::store {

// As linked at run time ("3.40.1"), and as compiled against.
std::string sqlite_version();
std::string sqlite_version_built();

} // namespace mailclerk::store
