#pragma once
// `mailclerk --version`: the program's version and revision, and the versions of the libraries
// whose behaviour users report (libcurl and its TLS library, SQLite, mimetic, poppler).
#include <string>
#include <string_view>

namespace mailclerk::cli {

// Lines of "name version"; a library linked at another version than it was built against
// says both.
std::string version_text(std::string_view version, std::string_view revision);

} // namespace mailclerk::cli
