#pragma once
// Which of an account's folders are archived (the account's `folders`): folder names, patterns
// and exclusions, resolved against the server's LIST. The sync passes and the push watchers ask
// the same function, so they always mean the same folders.
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "config/config.hpp"
#include "daemon/imap/client.hpp"
#include "daemon/sources/imap_folder.hpp"

namespace mailclerk::app {

// Whether folder `name` (decoded UTF-8) matches `pattern`: "*" is any text, "%" any text without
// the hierarchy `delimiter`, "?" one character, everything else itself. Case matters, but for
// INBOX, whose name is case-insensitive (RFC 3501).
bool folder_matches(std::string_view pattern, std::string_view name, char delimiter);

// The folders to archive, from what LIST returned:
// - no patterns: INBOX and every folder marked \Sent;
// - a name without wildcards: that folder, listed or not (a wrong name then fails visibly);
// - a pattern ("*", "Projects/%", "\\Junk" for the folder marked \Junk): every listed folder it
//   matches that can be opened (not \Noselect, \NonExistent) and is not one of the imap_filing
//   folders (`filing_prefix` and below; "" when filing is off);
// - "!" before a name or pattern: excluded, whatever included it.
// In the order of the patterns, each folder once.
std::vector<sources::ImapFolderRef> select_folders(const std::vector<imap::Folder>& listed,
                                                   const std::vector<std::string>& patterns,
                                                   std::string_view filing_prefix);

// LIST the account's folders and select those to archive. Warns when the default finds no
// \Sent folder.
Result<std::vector<sources::ImapFolderRef>>
folders_to_sync(const config::Config& config, const config::Account& account, imap::Client& client);

} // namespace mailclerk::app
