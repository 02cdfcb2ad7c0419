#include "store/postgres/tsvector.hpp"

#include <algorithm>
#include <map>

#include "store/cjk_tokenizer.hpp"

namespace mailclerk::store::pg {
namespace {

char weight_of(size_t column) {
    return column < 3 ? static_cast<char>('A' + column) : 'D';
}

// A lexeme quoted for tsvector input: inside single quotes, ' and \ are doubled.
void append_quoted(std::string& out, std::string_view lexeme) {
    out += '\'';
    for (char c : lexeme) {
        if (c == '\'' || c == '\\') out += c;
        out += c;
    }
    out += '\'';
}

// What one lexeme takes of the tsvector's 1 MiB as the server counts it (tsvectorin's
// uniqueentry): its bytes aligned to 2, and 2 bytes for its position count and each position.
size_t stored_size(size_t lexeme_bytes, size_t positions) {
    return (lexeme_bytes + 1) / 2 * 2 + 2 + 2 * positions;
}

struct Occurrences {
    std::vector<std::pair<size_t, char>> positions; // position, weight
};

} // namespace

std::string tsvector_text(const std::vector<std::string_view>& columns, size_t first_filter) {
    std::map<std::string, Occurrences, std::less<>> lexemes;
    size_t lexeme_bytes = 0;
    size_t position = 0;
    for (size_t column = 0; column < columns.size(); ++column) {
        char weight = weight_of(column);
        std::string lexeme;
        for (const Token& token : tokens(columns[column], TokenizeMode::document)) {
            if (!token.colocated) ++position;
            lexeme.clear();
            if (column >= first_filter) lexeme += k_filter_mark;
            lexeme += token.text;
            if (token.text.empty() || lexeme.size() > k_max_lexeme_bytes) continue;
            auto found = lexemes.find(lexeme);
            if (found == lexemes.end()) {
                if (lexeme_bytes + stored_size(lexeme.size(), 0) > k_max_lexeme_total) continue;
                lexeme_bytes += stored_size(lexeme.size(), 0);
                found = lexemes.emplace(lexeme, Occurrences{}).first;
            }
            auto& positions = found->second.positions;
            size_t stored = std::min(std::max<size_t>(position, 1), k_max_position);
            // A position costs 2 bytes of the total; past it the lexeme keeps those it has.
            if (positions.size() < k_max_positions_per_lexeme &&
                (positions.empty() || positions.back().first != stored) &&
                lexeme_bytes + 2 <= k_max_lexeme_total) {
                positions.emplace_back(stored, weight);
                lexeme_bytes += 2;
            }
        }
    }
    std::string out;
    for (const auto& [lexeme, occurrences] : lexemes) {
        if (!out.empty()) out += ' ';
        append_quoted(out, lexeme);
        char separator = ':';
        for (const auto& [at, weight] : occurrences.positions) {
            out += separator;
            out += std::to_string(at);
            if (weight != 'D') out += weight;
            separator = ',';
        }
    }
    return out;
}

} // namespace mailclerk::store::pg
