#pragma once
// Local mail sources for `mailclerk import`: .eml files, folders of them (recursive), mbox files
// (mboxrd and mboxo), Maildir folders (cur/ and new/, Maildir++ sub-folders) and Outlook
// PST/OST files (daemon/import/pst_source.hpp).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "store/index.hpp"

namespace mailclerk::daemon {

enum class SourceKind { eml, mbox, maildir, pst };

struct SourceFile {
    std::filesystem::path path;
    SourceKind kind = SourceKind::eml;
    uint64_t bytes = 0;
};

// Expand the command-line paths into the files to read, in a stable order. A missing path fails
// (ErrorCode::not_found) before anything is read.
Result<std::vector<SourceFile>> plan_sources(const std::vector<std::filesystem::path>& paths);

// Receives each message: its raw bytes, where it came from, and how many bytes of the source
// file have been consumed so far (for progress). Returning an error stops the reading.
using MessageSink =
    std::function<Status(std::string_view raw, const store::SourceRef& source, uint64_t consumed)>;

// Read every message of one source file. mbox "From " escaping is undone (">From " and, for
// mboxrd, ">>From " lose one '>'); the separator blank line before the next From_ line is not
// part of the message.
Status read_source(const SourceFile& file, const MessageSink& sink);

} // namespace mailclerk::daemon
