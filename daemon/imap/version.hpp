#pragma once
// The libcurl behind the IMAP client, for `mailclerk --version` and bug reports.
#include <string>

namespace mailclerk::imap {

// As linked at run time ("7.88.1"), and as compiled against.
std::string curl_version();
std::string curl_version_built();
// The TLS library libcurl uses ("OpenSSL/3.0.15"), "" when it has none.
std::string curl_tls_version();

} // namespace mailclerk::imap
