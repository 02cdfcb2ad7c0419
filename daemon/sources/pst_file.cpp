#include "daemon/sources/pst_file.hpp"

#include "common/file_io.hpp"

namespace mailclerk::sources {
namespace fs = std::filesystem;

namespace {

uint64_t read_le(const unsigned char* bytes, size_t width) {
    uint64_t value = 0;
    for (size_t i = width; i-- > 0;)
        value = (value << 8) | bytes[i];
    return value;
}

// [MS-PST] 2.2.2.6: "!BDN", wVer at 10 (14/15 ANSI, 23 and up Unicode, 36 the OST of Outlook
// 2013), and the ROOT's ibFileEof at 0xA8 (ANSI, 4 bytes) or 0xB8 (Unicode, 8 bytes).
Status check_header(const fs::path& path) {
    auto prefix = read_prefix(path, 0xC0);
    if (!prefix) return tl::unexpected(prefix.error());
    if (prefix->size() < 0xC0 || !prefix->starts_with("!BDN"))
        return fail(ErrorCode::parse, path.string() + ": not an Outlook PST/OST file");
    const auto* header = reinterpret_cast<const unsigned char*>(prefix->data());
    uint64_t version = read_le(&header[10], 2);
    bool unicode = version >= 23;
    if (!unicode && version != 14 && version != 15)
        return fail(ErrorCode::parse,
                    path.string() + ": unknown PST format version " + std::to_string(version));
    uint64_t recorded = unicode ? read_le(&header[0xB8], 8) : read_le(&header[0xA8], 4);
    std::error_code ec;
    uint64_t actual = fs::file_size(path, ec);
    if (ec) return fail(ErrorCode::io, "cannot read " + path.string());
    if (actual < recorded)
        return fail(ErrorCode::parse, path.string() + ": truncated PST file (" +
                                          std::to_string(actual) + " bytes, its header says " +
                                          std::to_string(recorded) + ")");
    return {};
}

} // namespace

Result<std::unique_ptr<PstFile>> PstFile::open(const fs::path& path) {
    if (auto checked = check_header(path); !checked) return tl::unexpected(checked.error());
    std::unique_ptr<PstFile> pst(new PstFile());
    // The charset argument is for items without one of their own; Outlook's default is cp1252.
    if (pst_open(&pst->m_file, path.c_str(), "windows-1252") != 0)
        return fail(ErrorCode::io, "cannot open PST file " + path.string());
    pst->m_open = true;
    if (pst_load_index(&pst->m_file) != 0)
        return fail(ErrorCode::parse, path.string() + ": damaged PST file (index unreadable)");
    pst_load_extended_attributes(&pst->m_file);
    pst->m_root.reset(pst_parse_item(&pst->m_file, pst->m_file.d_head, nullptr));
    if (!pst->m_root || !pst->m_root->message_store)
        return fail(ErrorCode::parse, path.string() + ": damaged PST file (no message store)");
    return pst;
}

PstFile::~PstFile() {
    m_root.reset();
    if (m_open) pst_close(&m_file);
}

pst_desc_tree* PstFile::top_of_folders() {
    return pst_getTopOfFolders(&m_file, m_root.get());
}

PstItem PstFile::parse(pst_desc_tree* node) {
    return PstItem(pst_parse_item(&m_file, node, nullptr));
}

PstItem PstFile::parse_embedded(const pst_item_attach& attach) {
    // As readpst does: a descriptor for the attachment's block, read with its own id2 tree.
    pst_desc_tree node{};
    node.desc = pst_getID(&m_file, attach.i_id);
    if (!node.desc) return nullptr;
    return PstItem(pst_parse_item(&m_file, &node, attach.id2_head));
}

} // namespace mailclerk::sources
