#pragma once
// A message of the archive understood again from its canonical file, whoever asks: a rep's
// price correction reads its customer's priced messages again, the OCR queue reads a message
// whose scans were left for later.
#include <optional>
#include <string>

#include "common/result.hpp"
#include "daemon/app/workspace.hpp"
#include "parsers/understand.hpp"

namespace mailclerk::app {

// The message `sha256` understood from its canonical file with the workspace's rules and the
// index's thread look-up, at `depth` (documents: scans OCR'd in place, bounded per document).
// nullopt when its file cannot be read or it is malformed (left as it is); fails when the index
// does.
Result<std::optional<parsers::Understanding>>
understand_archived(Workspace& workspace, const std::string& sha256, parsers::Depth depth);

} // namespace mailclerk::app
