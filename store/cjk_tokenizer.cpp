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

// Combining diacritical marks (a decomposed é is e + U+0301): dropped inside words, so that the
// decomposed and the precomposed spelling give the same token.
bool is_combining_mark(char32_t cp) {
    return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE20 && cp <= 0xFE2F);
}

char ascii_folded(unsigned char byte) {
    return static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte);
}

// Of a folded ASCII character: whether it belongs to a word (text::classify's CharClass::word).
bool is_ascii_word(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// One word or one CJK character of the text, in order. glued: a CJK character that directly
// follows another one (no separator between), i.e. the two form a bigram.
struct Piece {
    std::string_view text; // folded
    size_t start = 0;
    size_t end = 0;
    bool cjk = false;
    bool glued = false;
};

// Calls piece(Piece) for each word and CJK character; stops early when it returns false.
template <typename OnPiece> bool for_each_piece(std::string_view text, OnPiece&& on_piece) {
    std::string word;
    size_t word_start = 0;
    size_t word_end = 0;
    bool after_cjk = false;
    auto flush = [&]() {
        if (word.empty()) return true;
        bool go_on =
            on_piece(Piece{utf8::truncate(word, k_max_token_bytes), word_start, word_end, false});
        word.clear();
        return go_on;
    };
    for (size_t pos = 0; pos < text.size();) {
        size_t start = pos;
        // ASCII, most of the bytes indexed, is folded and classed here, byte by byte: the same
        // answers as text::fold and text::classify give, without decoding and re-encoding.
        if (auto byte = static_cast<unsigned char>(text[pos]); byte < 0x80) {
            ++pos;
            char c = ascii_folded(byte);
            if (!is_ascii_word(c)) {
                if (!flush()) return false;
                after_cjk = false;
                continue;
            }
            if (word.empty()) word_start = start;
            word.push_back(c);
            word_end = pos;
            after_cjk = false;
            continue;
        }
        char32_t cp = text::fold(utf8::next(text, pos));
        if (!word.empty() && is_combining_mark(cp)) {
            word_end = pos;
            continue;
        }
        switch (text::classify(cp)) {
        case text::CharClass::word:
            if (word.empty()) word_start = start;
            utf8::append(word, cp);
            word_end = pos;
            after_cjk = false;
            break;
        case text::CharClass::ideograph: {
            bool glued = after_cjk && word.empty();
            if (!flush()) return false;
            // Folding keeps every ideograph as it is and a decoded one was valid UTF-8, so its
            // token is the very bytes of the text.
            if (!on_piece(Piece{text.substr(start, pos - start), start, pos, true, glued}))
                return false;
            after_cjk = true;
            break;
        }
        case text::CharClass::separator:
            if (!flush()) return false;
            after_cjk = false;
            break;
        }
    }
    return flush();
}

// The token for two neighbouring pieces, indexed at the first one's position: the bigram of two
// glued CJK characters (报价), else the two pieces joined by a space behind a mark byte
// ("\x01ball valves", "\x01价 dn50"). No piece holds a space or a control character, so the
// kinds cannot collide, and the mark keeps spaced pairs out of a one-word prefix query: dn1*
// expands over the words dn10, dn15, ... only, not over every pair starting with one of them.
constexpr char k_pair_mark = '\x01';

void pair_of(std::string& out, std::string_view first, std::string_view second, bool glued) {
    out.clear();
    if (!glued) out.push_back(k_pair_mark);
    out.append(first);
    if (!glued) out.push_back(' ');
    out.append(second);
}

// Document mode: every piece at its own position and, colocated with each piece but the last,
// the pair it forms with the next one. The pair needs the second piece, so it is emitted just
// before that piece, right after the first one's tokens.
template <typename Emit> bool for_each_document_token(std::string_view text, Emit&& emit) {
    std::string previous;
    size_t previous_start = 0;
    bool has_previous = false;
    std::string pair;
    return for_each_piece(text, [&](const Piece& piece) {
        if (has_previous) {
            pair_of(pair, previous, piece.text, piece.glued);
            if (!emit(std::string_view(pair), previous_start, piece.end, true)) return false;
        }
        previous.assign(piece.text);
        previous_start = piece.start;
        has_previous = true;
        return emit(piece.text, piece.start, piece.end, false);
    });
}

struct QueryPiece {
    std::string text;
    size_t start = 0;
    size_t end = 0;
    bool glued = false;
};

// Query mode (see the header): one piece is itself; several are the phrase of their pairs.
std::vector<Token> query_tokens(std::string_view text) {
    std::vector<QueryPiece> pieces;
    for_each_piece(text, [&](const Piece& p) {
        pieces.push_back({std::string(p.text), p.start, p.end, p.glued});
        return true;
    });
    std::vector<Token> out;
    if (pieces.size() == 1) out.push_back({pieces[0].text, pieces[0].start, pieces[0].end, false});
    for (size_t i = 0; i + 1 < pieces.size(); ++i) {
        const QueryPiece& next = pieces[i + 1];
        Token pair{"", pieces[i].start, next.end, false};
        pair_of(pair.text, pieces[i].text, next.text, next.glued);
        out.push_back(std::move(pair));
    }
    return out;
}

// FTS5 needs a non-null tokenizer instance; ours has no state, so every table shares this one.
int g_instance = 0;

int create(void*, const char**, int, Fts5Tokenizer** out) {
    *out = reinterpret_cast<Fts5Tokenizer*>(&g_instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer*) {}

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

int tokenize_callback(Fts5Tokenizer*, void* context, int flags, const char* data, int size,
                      TokenCallback callback) {
    if (data == nullptr || size <= 0) return SQLITE_OK;
    std::string_view text(data, static_cast<size_t>(size));
    int rc = SQLITE_OK;
    auto emit = [&](std::string_view token, size_t start, size_t end, bool colocated) {
        rc = callback(context, colocated ? FTS5_TOKEN_COLOCATED : 0, token.data(),
                      static_cast<int>(token.size()), static_cast<int>(start),
                      static_cast<int>(end));
        return rc == SQLITE_OK;
    };
    if ((flags & FTS5_TOKENIZE_QUERY) != 0) {
        for (const Token& token : query_tokens(text))
            if (!emit(token.text, token.start, token.end, false)) break;
    } else {
        for_each_document_token(text, emit);
    }
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

std::vector<Token> tokens(std::string_view text, TokenizeMode mode) {
    if (mode == TokenizeMode::query) return query_tokens(text);
    std::vector<Token> out;
    for_each_document_token(text,
                            [&](std::string_view token, size_t start, size_t end, bool colocated) {
                                out.push_back({std::string(token), start, end, colocated});
                                return true;
                            });
    return out;
}

void for_each_word(std::string_view text,
                   const std::function<bool(std::string_view, size_t, size_t)>& word) {
    for_each_piece(text,
                   [&](const Piece& piece) { return word(piece.text, piece.start, piece.end); });
}

std::vector<std::string> tokenize(std::string_view text) {
    std::vector<std::string> out;
    for_each_piece(text, [&](const Piece& piece) {
        out.emplace_back(piece.text);
        return true;
    });
    return out;
}

} // namespace mailclerk::store
