// Beside document_pdf.cpp, the only other user of poppler.
#include <poppler/cpp/poppler-version.h>

#include "parsers/library_version.hpp"

namespace mailclerk::parsers {

std::string poppler_version() {
    return poppler::version_string();
}

std::string poppler_version_built() {
    return POPPLER_VERSION;
}

} // namespace mailclerk::parsers
