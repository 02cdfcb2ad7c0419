// Only parsers/mime*.cpp include mimetic (STYLE.md).
#include <mimetic/version.h>

#include "parsers/library_version.hpp"

namespace mailclerk::parsers {

std::string mimetic_version() {
    return mimetic::version.str();
}

} // namespace mailclerk::parsers
