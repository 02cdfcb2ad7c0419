#include "store/cjk_tokenizer.hpp"

#include <sqlite3.h>

#include "common/utf8.hpp"
#include "store/sqlite.hpp"
#include "store/text_class.hpp"

namespace mailclerk::store {
namespace {

// Longer words (base64 runs, hex dumps) are cut: they bloat the index and nobody searches them
// whole. Queries are cut the same way, so a long query word still matches.
constexpr size_t k_max_token_bytes = 64;

// Calls emit(token, start, end) for each token; start/end are byte offsets into text. Stops
// early and returns false when emit returns false.
template <typename Emit> bool for_each_token(std::string_view text, Emit&& emit) {
    std::string word;
    size_t word_start = 0;
    size_t word_end = 0;
    auto flush = [&]() {
        if (word.empty()) return true;
        bool go_on = emit(utf8::truncate(word, k_max_token_bytes), word_start, word_end);
        word.clear();
        return go_on;
    };
    std::string single;
    for (size_t pos = 0; pos < text.size();) {
        size_t start = pos;
        char32_t cp = text::fold(utf8::next(text, pos));
        switch (text::classify(cp)) {
        case text::CharClass::word:
            if (word.empty()) word_start = start;
            utf8::append(word, cp);
            word_end = pos;
            break;
        case text::CharClass::ideograph:
            if (!flush()) return false;
            single.clear();
            utf8::append(single, cp);
            if (!emit(std::string_view(single), start, pos)) return false;
            break;
        case text::CharClass::separator:
            if (!flush()) return false;
            break;
        }
    }
    return flush();
}

// FTS5 needs a non-null tokenizer instance; ours has no state, so every table shares this one.
int g_instance = 0;

int create(void*, const char**, int, Fts5Tokenizer** out) {
    *out = reinterpret_cast<Fts5Tokenizer*>(&g_instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer*) {}

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

int tokenize_callback(Fts5Tokenizer*, void* context, int, const char* data, int size,
                      TokenCallback callback) {
    if (data == nullptr || size <= 0) return SQLITE_OK;
    int rc = SQLITE_OK;
    for_each_token(std::string_view(data, static_cast<size_t>(size)),
                   [&](std::string_view token, size_t start, size_t end) {
                       rc = callback(context, 0, token.data(), static_cast<int>(token.size()),
                                     static_cast<int>(start), static_cast<int>(end));
                       return rc == SQLITE_OK;
                   });
    return rc;
}

fts5_tokenizer g_tokenizer = {create, destroy, tokenize_callback};

} // namespace

Status register_cjk_tokenizer(Database& db) {
    fts5_api* api = nullptr;
    auto stmt = db.prepare("SELECT fts5(?1)");
    if (!stmt) return tl::unexpected<Error>(stmt.error());
    stmt->bind_pointer(1, &api, "fts5_api_ptr");
    if (auto row = stmt->step(); !row) return tl::unexpected<Error>(row.error());
    if (api == nullptr || api->iVersion < 2)
        return fail(ErrorCode::database, "this SQLite has no usable FTS5",
                    "install a SQLite built with FTS5 (Debian's libsqlite3 has it)");
    if (api->xCreateTokenizer(api, k_tokenizer_name, nullptr, &g_tokenizer, nullptr) != SQLITE_OK)
        return database_error(db.handle(), "cannot register the FTS5 tokenizer");
    return {};
}

std::vector<std::string> tokenize(std::string_view text) {
    std::vector<std::string> tokens;
    for_each_token(text, [&](std::string_view token, size_t, size_t) {
        tokens.emplace_back(token);
        return true;
    });
    return tokens;
}

} // namespace mailclerk::store
