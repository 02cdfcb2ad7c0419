#pragma once
// The libcurl behind the IMAP client, with the TLS library it uses.
#include "common/library_version.hpp"

namespace mailclerk::imap {

LibraryVersion curl_library();

} // namespace mailclerk::imap
