#include "store/search_snippet.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "common/utf8.hpp"
#include "store/cjk_tokenizer.hpp"

namespace mailclerk::store {
namespace {

using Range = std::pair<size_t, size_t>;

bool piece_matches(const std::string& piece, const std::string& wanted, bool prefix) {
    return prefix ? piece.starts_with(wanted) : piece == wanted;
}

// Byte ranges of the text where the term's tokens occur in a row.
void find_term(const std::vector<Token>& pieces, const HighlightTerm& term,
               std::vector<Range>& out) {
    std::vector<std::string> wanted = tokenize(term.text);
    if (wanted.empty() || wanted.size() > pieces.size()) return;
    for (size_t i = 0; i + wanted.size() <= pieces.size(); ++i) {
        size_t k = 0;
        for (; k < wanted.size(); ++k) {
            bool last = k + 1 == wanted.size();
            if (!piece_matches(pieces[i + k].text, wanted[k], term.prefix && last)) break;
        }
        if (k == wanted.size()) out.emplace_back(pieces[i].start, pieces[i + k - 1].end);
    }
}

// Byte offset moved to the start of the code point that holds it.
size_t boundary(std::string_view text, size_t at) {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
        --at;
    return at;
}

// Start offset of the first place where a term's words occur in a row.
std::optional<size_t> first_match(std::string_view text, const std::vector<HighlightTerm>& terms) {
    std::vector<std::vector<std::string>> wanted;
    size_t longest = 0;
    for (const HighlightTerm& term : terms) {
        wanted.push_back(tokenize(term.text));
        longest = std::max(longest, wanted.back().size());
    }
    if (longest == 0) return std::nullopt;
    // The last `longest` words in a ring whose strings keep their capacity: no allocation
    // per word (a hit's body is scanned once per search page).
    std::vector<std::string> ring(longest);
    std::vector<size_t> starts(longest);
    size_t seen = 0;
    std::optional<size_t> found;
    auto recent = [&](size_t back) -> const std::string& { // 0 = the newest word
        return ring[(seen - 1 - back) % longest];
    };
    for_each_word(text, [&](std::string_view word, size_t start, size_t) {
        ring[seen % longest].assign(word);
        starts[seen % longest] = start;
        ++seen;
        for (size_t t = 0; t < wanted.size() && !found; ++t) {
            const auto& w = wanted[t];
            if (w.empty() || w.size() > seen) continue;
            bool match = true;
            for (size_t k = 0; k < w.size() && match; ++k)
                match = piece_matches(recent(w.size() - 1 - k), w[k],
                                      terms[t].prefix && k + 1 == w.size());
            if (match) found = starts[(seen - w.size()) % longest];
        }
        return !found;
    });
    return found;
}

} // namespace

std::optional<std::string> snippet(std::string_view text, const std::vector<HighlightTerm>& terms) {
    auto at = first_match(text, terms);
    if (!at) return std::nullopt;
    constexpr size_t k_before = 60;
    constexpr size_t k_after = 180;
    size_t from = boundary(text, *at > k_before ? *at - k_before : 0);
    size_t to = boundary(text, std::min(text.size(), *at + k_after));
    std::string window = highlight(one_line(text.substr(from, to - from)), terms);
    return (from > 0 ? "…" : "") + window + (to < text.size() ? "…" : "");
}

std::string one_line(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out.push_back(space ? ' ' : c);
    }
    return out;
}

std::string highlight(std::string_view text, const std::vector<HighlightTerm>& terms) {
    std::vector<Token> pieces;
    for (Token& token : tokens(text))
        if (!token.colocated) pieces.push_back(std::move(token));
    std::vector<Range> ranges;
    for (const HighlightTerm& term : terms)
        find_term(pieces, term, ranges);
    std::sort(ranges.begin(), ranges.end());
    std::string out;
    size_t done = 0;
    for (size_t i = 0; i < ranges.size();) {
        auto [start, end] = ranges[i];
        for (++i; i < ranges.size() && ranges[i].first <= end; ++i)
            end = std::max(end, ranges[i].second);
        out.append(text.substr(done, start - done)).append("[");
        out.append(text.substr(start, end - start)).append("]");
        done = end;
    }
    out.append(text.substr(done));
    return out;
}

std::vector<HighlightTerm> highlight_terms(const ParsedQuery& query) {
    std::vector<HighlightTerm> out;
    for (const auto& group : query.groups)
        for (const QueryTerm& term : group)
            if (term.is_text() && !term.negated) out.push_back({term.value, term.prefix});
    return out;
}

Status fill_snippet(SearchHit& hit, const std::vector<HighlightTerm>& terms,
                    std::string_view subject, std::string_view body, bool cut, bool ask_attachments,
                    const std::function<Result<std::vector<MatchedAttachment>>()>& matching) {
    std::optional<std::string> found = snippet(body, terms);
    if (!found) found = snippet(subject, terms);
    // The term may lie beyond the scanned start: the body's start stands for it.
    if (!found && cut) found = one_line(utf8::truncate(body, 240)) + "…";
    // Only a message whose own text has none of the terms was found through an attachment.
    if (!found && ask_attachments) {
        auto matched = matching();
        if (!matched) return tl::unexpected(matched.error());
        for (const MatchedAttachment& attachment : *matched) {
            std::string name = attachment.filename.empty()
                                   ? "attachment-" + std::to_string(attachment.idx + 1)
                                   : attachment.filename;
            if (!found) found = snippet(attachment.text, terms);
            if (!found) found = snippet(name, terms);
            hit.matched_attachments.push_back(std::move(name));
        }
        if (!hit.matched_attachments.empty()) hit.attachment = hit.matched_attachments.front();
    }
    hit.snippet = found ? *found : one_line(utf8::truncate(body, 240));
    return {};
}

} // namespace mailclerk::store
