#pragma once
// Outlook-visible customer folders: each archived message matched to a customer is copied on
// the server into <prefix>/<customer name> (created and subscribed on demand). UID COPY only:
// the original is never moved, deleted or flagged. What was copied is remembered in the index,
// so a second run copies nothing again.
#include <cstddef>

#include "common/result.hpp"
#include "config/config.hpp"
#include "daemon/imap/client.hpp"
#include "store/index.hpp"

namespace mailclerk::app {

// Copy what is pending for this account; returns the number of copies made.
Result<size_t> file_on_server(const config::ImapFiling& settings, const config::Account& account,
                              imap::Client& client, store::Index& index);

// "<prefix><delimiter><customer name>", with the delimiter inside the name replaced by '-'
// so that a customer never becomes a sub-folder of another.
std::string customer_folder(const std::string& prefix, char delimiter, const std::string& name);

} // namespace mailclerk::app
