#pragma once
// Where a message was seen, what that says about it, and its identity in the archive.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/classify.hpp"

namespace mailclerk::parsers {

// Where a message was seen. kind: "file" | "mbox" | "maildir" | "pst" | "imap".
struct SourceRef {
    std::string kind;
    std::string account;     // imap account name; "" for local sources
    std::string folder;      // imap folder, or the local path of the file / mbox / Maildir
    int64_t uidvalidity = 0; // imap only
    int64_t uid = 0;         // imap UID, or the byte offset inside an mbox
};

// Message identity: SHA-256 of the raw bytes with CRLF line ends read as LF, so the copy that
// an IMAP server sends (CRLF) and the one in a local Maildir (LF) are one archive entry.
std::string message_identity(std::string_view raw);

// Whether a source's folder says who sent the message: a PST's "Sent Items", an IMAP "Sent",
// a Maildir's ".Sent" (the folder above cur/new), an .eml file's directory.
Origin origin_of(const SourceRef& source);
// A message found in several places was sent by us if any of them is a sent folder.
Origin origin_of(const std::vector<SourceRef>& sources);

} // namespace mailclerk::parsers
