#pragma once
// Word lists kept as data (a text file compiled in by mailclerk_embed_text, cmake/Library.cmake)
// rather than as code: "[name]" starts a list, every other line is one word of it, trimmed of
// spaces. Blank lines and lines starting with "# " are skipped (a lone "#" is a word). The
// words are views into the text, which must outlive the lists (embedded text is static).
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mailclerk {

using Words = std::vector<std::string_view>;

class WordLists {
  public:
    explicit WordLists(std::string_view text);

    // The list `name`, in file order; an empty list when the text has none of that name.
    const Words& operator[](std::string_view name) const;
    // The names of all lists, sorted.
    std::vector<std::string> names() const;

  private:
    std::map<std::string, Words, std::less<>> m_lists;
};

} // namespace mailclerk
