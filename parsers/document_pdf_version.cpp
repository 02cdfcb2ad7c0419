// Beside document_pdf.cpp, the only other user of poppler.
#include <poppler/cpp/poppler-version.h>

#include "parsers/library_version.hpp"

namespace mailclerk::parsers {

LibraryVersion poppler_library() {
    return {"poppler", poppler::version_string(), POPPLER_VERSION, ""};
}

} // namespace mailclerk::parsers
