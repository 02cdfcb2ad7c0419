// poppler's version: as compiled against (its header's macro), and as the readers plugin
// (parsers/readers.hpp) loads it at run time.
#include <poppler/cpp/poppler-version.h>

#include "parsers/library_version.hpp"
#include "parsers/readers.hpp"

namespace mailclerk::parsers {

std::string poppler_version() {
    auto loaded = readers::plugin();
    return loaded ? (*loaded)->poppler_version() : "not loaded: " + loaded.error().message;
}

std::string poppler_version_built() {
    return POPPLER_VERSION;
}

} // namespace mailclerk::parsers
