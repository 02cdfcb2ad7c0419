#pragma once
// The parsing libraries: mimetic (MIME) and poppler (PDF).
#include "common/library_version.hpp"

namespace mailclerk::parsers {

// mimetic::version of the linked library; its headers define no version macro.
LibraryVersion mimetic_library();
LibraryVersion poppler_library();

} // namespace mailclerk::parsers
