#pragma once
// Internal to store/: the slug rules of slugify() without its never-empty fallback, for parts
// of a file name (the subject in a mail file name).
#include <string>
#include <string_view>

namespace mailclerk::store {

// Letters, digits and ideographs kept (ASCII lower-cased, Latin diacritics removed), every run
// of anything else one '-', no leading or trailing '-', at most max_bytes; may be empty.
std::string slug_part(std::string_view name, size_t max_bytes);

} // namespace mailclerk::store
