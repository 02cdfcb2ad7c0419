#pragma once
// `mailclerk import FILE.pst|FILE.ost`: every mail item of every folder, as RFC 822 messages
// (daemon/import/pst_message.hpp), fed to the same sink as .eml, mbox and Maildir sources.
#include "daemon/sources/local_source.hpp"

namespace mailclerk::sources {

// The source of each message is kind "pst", folder "<file>:<folder path>" (folders joined by
// '/' below the top of the folder tree, e.g. "mail.pst:Inbox/Orders"), uid the item's descriptor
// id. Items that libpst cannot read are skipped and reported in one warning; a damaged or truncated
// file fails before any message is read.
Status read_pst(const SourceFile& file, const MessageSink& sink);

} // namespace mailclerk::sources
