#include "parsers/message.hpp"

#include <algorithm>

namespace mailclerk::parsers {

// The table's names are string literals, so data() is NUL-terminated.
const char* to_string(DocKind kind) {
    return doc_kind_info(kind).name.data();
}

const char* folder_name(DocKind kind) {
    return doc_kind_info(kind).folder.data();
}

const char* to_string(AttachmentOrigin origin) {
    constexpr const char* k_names[] = {"mime", "uuencode", "tnef"}; // enum order
    return k_names[static_cast<size_t>(origin)];
}

bool Message::has_flag(std::string_view flag) const {
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

void Message::add_flag(std::string flag) {
    if (!has_flag(flag)) flags.push_back(std::move(flag));
}

} // namespace mailclerk::parsers
