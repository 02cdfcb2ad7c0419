#pragma once
// Local mail sources for `mailclerk import`: .eml files, folders of them (recursive), mbox files
// (mboxrd and mboxo), Maildir folders (cur/ and new/, Maildir++ sub-folders) and Outlook
// PST/OST files (daemon/sources/pst_source.hpp).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "daemon/sources/source.hpp"

namespace mailclerk::sources {

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
    std::function<Status(std::string_view raw, const SourceRef& source, uint64_t consumed)>;

// Read every message of one source file. mbox "From " escaping is undone (">From " and, for
// mboxrd, ">>From " lose one '>'); the separator blank line before the next From_ line is not
// part of the message.
Status read_source(const SourceFile& file, const MessageSink& sink);

// The files of plan_sources() as one Source: every message in order, batches ended by the
// policy across file boundaries. A file that cannot be read goes to Sink::unreadable and the
// next file is read; an error from the sink stops the reading.
class LocalFiles : public Source {
  public:
    LocalFiles(std::vector<SourceFile> files, BatchPolicy policy);
    Status read(Sink& sink) override;
    uint64_t total_bytes() const { return m_total_bytes; }
    size_t file_count() const { return m_files.size(); }

  private:
    Status take(Sink& sink, std::string_view raw, const SourceRef& ref, uint64_t consumed);

    std::vector<SourceFile> m_files;
    BatchPolicy m_policy;
    uint64_t m_total_bytes = 0;
    uint64_t m_done_before = 0; // bytes of the files finished
    size_t m_batch_messages = 0;
    uint64_t m_batch_bytes = 0;
};

} // namespace mailclerk::sources
