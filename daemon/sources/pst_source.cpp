#include "daemon/sources/pst_source.hpp"

#include "daemon/sources/pst_file.hpp"
#include "daemon/sources/pst_message.hpp"
#include <fmt/format.h>

namespace mailclerk::sources {
namespace {

// Mail items, as readpst puts them in its mbox files: notes, meeting requests and reports.
bool is_mail(const pst_item& item) {
    return item.email && (item.type == PST_TYPE_NOTE || item.type == PST_TYPE_SCHEDULE ||
                          item.type == PST_TYPE_REPORT);
}

uint64_t count_nodes(const pst_desc_tree* node) {
    uint64_t count = 0;
    for (; node; node = node->next)
        count += 1 + count_nodes(node->child);
    return count;
}

class PstWalk {
  public:
    PstWalk(PstFile& pst, const SourceFile& file, const MessageSink& sink)
        : m_pst(pst), m_file(file), m_sink(sink) {}

    Status run() {
        pst_desc_tree* top = m_pst.top_of_folders();
        if (!top) return fail(ErrorCode::parse, m_file.path.string() + ": no folders found");
        m_total = std::max<uint64_t>(1, count_nodes(top->child));
        return walk(top->child, "", 0);
    }

    uint64_t unreadable() const { return m_unreadable; }
    uint64_t messages() const { return m_messages; }

  private:
    static std::string folder_name(pst_item& item) {
        if (!item.file_as.str) return {};
        pst_convert_utf8(&item, &item.file_as);
        return item.file_as.str ? item.file_as.str : "";
    }

    Status walk(pst_desc_tree* node, const std::string& folder, int depth) {
        for (; node; node = node->next) {
            ++m_done;
            PstItem item = m_pst.parse(node);
            if (!item) {
                ++m_unreadable;
                continue;
            }
            if (item->folder && depth < 64) {
                std::string name = folder_name(*item);
                if (auto walked =
                        walk(node->child, folder.empty() ? name : folder + "/" + name, depth + 1);
                    !walked)
                    return walked;
                continue;
            }
            if (!is_mail(*item)) continue;
            std::string raw = pst_item_to_rfc822(m_pst, *item);
            ++m_messages;
            item.reset(); // free libpst's copy before the pipeline parses ours
            SourceRef ref{"pst", "", m_file.path.string() + ":" + folder, 0,
                          static_cast<int64_t>(node->d_id)};
            if (auto sent = m_sink(raw, ref, m_file.bytes * m_done / m_total); !sent) return sent;
        }
        return {};
    }

    PstFile& m_pst;
    const SourceFile& m_file;
    const MessageSink& m_sink;
    uint64_t m_total = 1, m_done = 0, m_unreadable = 0, m_messages = 0;
};

} // namespace

Status read_pst(const SourceFile& file, const MessageSink& sink) {
    auto pst = PstFile::open(file.path);
    if (!pst) return tl::unexpected(pst.error());
    PstWalk walk(**pst, file, sink);
    Status walked = walk.run();
    if (!walked || walk.unreadable() == 0) return walked;
    // What could be read is imported; the damage is still an error for this file.
    return fail(ErrorCode::parse,
                fmt::format("{}: damaged PST file: {} items could not be read "
                            "({} messages read)",
                            file.path.string(), walk.unreadable(), walk.messages()));
}

} // namespace mailclerk::sources
