#pragma once
// The parsing libraries' versions, for `mailclerk --version` and bug reports.
#include <string>

namespace mailclerk::parsers {

// mimetic's own version (mimetic::version in the linked library; its headers define no
// version macro), e.g. "0.9.8".
std::string mimetic_version();
// poppler-cpp as linked at run time ("22.12.0"), and as compiled against.
std::string poppler_version();
std::string poppler_version_built();

} // namespace mailclerk::parsers
