// poppler's version: as compiled against (its header's macro), and as the readers plugin
// (parsers/readers.hpp) loads it at run time.
#include <poppler/cpp/poppler-version.h>

#include "parsers/library_version.hpp"
#include "parsers/readers.hpp"

namespace mailclerk::parsers {

// The plugin is loaded to say which poppler runs (only `--version` and bug reports ask).
LibraryVersion poppler_library() {
    auto loaded = readers::plugin();
    std::string linked =
        loaded ? (*loaded)->poppler_version() : "not loaded: " + loaded.error().message;
    return {"poppler", linked, POPPLER_VERSION, ""};
}

} // namespace mailclerk::parsers
