#include "parsers/origin.hpp"

#include <filesystem>

#include "common/sha256.hpp"

namespace mailclerk::parsers {

std::string message_identity(std::string_view raw) {
    return sha256_hex_lf(raw);
}

Origin origin_of(const SourceRef& source) {
    std::filesystem::path path(source.folder);
    std::string folder = source.folder;
    if (source.kind == "file") folder = path.parent_path().string();
    if (source.kind == "maildir") folder = path.parent_path().parent_path().string();
    return is_sent_folder(folder) ? Origin::sent_folder : Origin::unknown;
}

Origin origin_of(const std::vector<SourceRef>& sources) {
    for (const SourceRef& source : sources)
        if (origin_of(source) == Origin::sent_folder) return Origin::sent_folder;
    return Origin::unknown;
}

} // namespace mailclerk::parsers
