#pragma once
// A third-party library as `mailclerk --version` and bug reports name it: each module that
// links one says which version runs, and which it was built against.
#include <string>

namespace mailclerk {

struct LibraryVersion {
    std::string name;   // "libcurl"
    std::string linked; // as linked at run time ("7.88.1")
    std::string built;  // as compiled against; "" when the library's headers do not say
    std::string detail; // more, e.g. the TLS library libcurl uses ("OpenSSL/3.0.15"); "" for none
};

} // namespace mailclerk
