#pragma once
// One Outlook item as an RFC 822 message, the way readpst writes mail: the transport headers
// Outlook kept (minus their MIME fields), else headers built from the item's properties, then a
// MIME body of our own (plain and HTML text, attachments with their names and bytes, embedded
// messages as message/rfc822). Deterministic: the same item always gives the same bytes (no
// clock, boundaries derived from the content), so importing a PST twice adds nothing.
#include <string>

#include "daemon/sources/pst_file.hpp"

namespace mailclerk::sources {

std::string pst_item_to_rfc822(PstFile& pst, pst_item& item);

} // namespace mailclerk::sources
