#pragma once
// `mailclerk deliver`: one message handed over by a mail server (a Postfix/Exim/OpenSMTPD pipe
// transport, an always_bcc or journaling rule), filed and indexed like an imported one and
// durable before this returns. The MTA keeps the message until then, so every failure here
// must be one it retries (sysexits EX_TEMPFAIL), never a loss.
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "daemon/app/pipeline.hpp"
#include "daemon/app/workspace.hpp"

namespace mailclerk::app {

// The SMTP envelope as the MTA passes it (both parts optional).
struct Envelope {
    std::string sender;
    std::vector<std::string> recipients;
};

// The source recorded for a delivery: kind "mta", the envelope as its folder ("from <a> to <b>,
// <c>", bounded). The same message delivered again with the same envelope adds nothing.
store::SourceRef delivery_source(const Envelope& envelope);

// File and index `raw` (CRLF or LF; anything that is not a readable message is archived raw and
// flagged, as import does), then commit. Returns only once the files are synced and the index
// committed.
Result<Ingested> deliver(Workspace& workspace, std::string_view raw, const Envelope& envelope);

} // namespace mailclerk::app
