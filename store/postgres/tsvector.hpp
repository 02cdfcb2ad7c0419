#pragma once
// Search terms for PostgreSQL made by our own tokenizer (store/cjk_tokenizer.hpp), not by a
// PostgreSQL text search configuration: CJK characters and their bigrams, codes such as DN50
// and QT-2026-0412, and the word pairs come out exactly as the SQLite index has them, so one
// query language gives the same matches on both backends.
#include <string>
#include <string_view>
#include <vector>

namespace mailclerk::store::pg {

// PostgreSQL's limits on one tsvector (src/include/tsearch/ts_type.h): positions above 16383
// are all stored as 16383 (phrases past that point are not exact), a lexeme keeps at most 256
// positions and is at most 2047 bytes, and all lexemes with their positions stay under 1 MiB as
// the server counts them (each lexeme aligned to 2 bytes, 2 bytes for its count of positions
// and 2 for each position).
inline constexpr size_t k_max_position = 16383;
inline constexpr size_t k_max_positions_per_lexeme = 256;
inline constexpr size_t k_max_lexeme_bytes = 2047;
inline constexpr size_t k_max_lexeme_total = (1u << 20) - 4096;

// Marks the lexemes of a filter column (search_text's `meta`: "zc12", "zdinbound"; store/
// search_meta.hpp). No token of our tokenizer holds a control character, so a marked lexeme
// never equals a word of the text: a query tells them apart without weights, and a tsquery
// without weights (nor phrases) is answered by the GIN index alone, without reading a row's
// tsvector again.
inline constexpr char k_filter_mark = '\x02';

// The tsvector input text of a document's columns in order: the first column's terms weigh A,
// the second B, the third C, the rest D; positions run on across columns as in FTS5's view of
// a row. A pair token shares its first piece's position. Columns from `first_filter` on are
// filter columns: their lexemes start with k_filter_mark. Lexemes past the limits above are
// left out (an over-long token, or new words beyond the size bound), never an error.
std::string tsvector_text(const std::vector<std::string_view>& columns,
                          size_t first_filter = std::string::npos);

} // namespace mailclerk::store::pg
