#include "store/version.hpp"

#include <sqlite3.h>

namespace mailclerk::store {

std::string sqlite_version() {
    return sqlite3_libversion();
}

std::string sqlite_version_built() {
    return SQLITE_VERSION;
}

} // namespace mailclerk::store
