#include "store/version.hpp"

#include <sqlite3.h>

namespace mailclerk::store {

LibraryVersion sqlite_library() {
    return {"SQLite", sqlite3_libversion(), SQLITE_VERSION, ""};
}

} // namespace mailclerk::store
