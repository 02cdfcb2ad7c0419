// Only parsers/mime*.cpp include mimetic (STYLE.md).
#include <mimetic/version.h>

#include "parsers/library_version.hpp"

namespace mailclerk::parsers {

LibraryVersion mimetic_library() {
    return {"mimetic", mimetic::version.str(), "", ""};
}

} // namespace mailclerk::parsers
