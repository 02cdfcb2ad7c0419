#pragma once
// Every string the web page shows, in English and Chinese, in one table (i18n.cpp). The
// language comes from ?lang=, else the `lang` cookie, else the browser's Accept-Language.
#include <string>
#include <string_view>
#include <vector>

namespace mailclerk::web {

enum class Lang { en, zh };

// "en" | "zh"
std::string_view lang_code(Lang lang);
// The first of zh*/en* in an Accept-Language header (ordered by q), English by default.
Lang lang_from_accept(std::string_view header);
// The language a request asked for: param ("en"/"zh"), else cookie, else Accept-Language.
Lang choose_lang(std::string_view param, std::string_view cookie, std::string_view accept);

// The text of `key` in `lang`; the key itself when the table lacks it (a bug the unit test
// catches: every key has both languages).
std::string_view tr(Lang lang, std::string_view key);
// Every key of the table, for that test.
std::vector<std::string_view> all_keys();

} // namespace mailclerk::web
