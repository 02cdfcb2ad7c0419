#pragma once
// libpst's handles, wrapped once: an open PST/OST file (pst_open + indexes, pst_close) and a
// parsed item (pst_parse_item, pst_freeItem). Only daemon/import/pst_*.cpp include libpst.
#include <filesystem>
#include <memory>

#include <libpst/libpst.h>

#include "common/result.hpp"

namespace mailclerk::sources {

struct PstItemFree {
    void operator()(pst_item* item) const { pst_freeItem(item); }
};
using PstItem = std::unique_ptr<pst_item, PstItemFree>;

class PstFile {
  public:
    // Checks the header (magic, format version, the file length it records) before libpst reads
    // anything, because libpst trusts offsets: a truncated file is an error here, not a crash.
    static Result<std::unique_ptr<PstFile>> open(const std::filesystem::path& path);
    PstFile(const PstFile&) = delete;
    PstFile& operator=(const PstFile&) = delete;
    ~PstFile();

    // The folder tree below "Top of Personal Folders" (or the root when there is none).
    pst_desc_tree* top_of_folders();
    // nullptr when the item cannot be read (libpst logs nothing; the caller counts it).
    PstItem parse(pst_desc_tree* node);
    // An attachment stored as an embedded message (PR_ATTACH_METHOD 5).
    PstItem parse_embedded(const pst_item_attach& attach);
    pst_file* handle() { return &m_file; }

  private:
    PstFile() = default;
    pst_file m_file{};
    bool m_open = false;
    PstItem m_root;
};

} // namespace mailclerk::sources
