// Framing and tokenizing of server responses. The parsers of individual response kinds are in
// response_parse.cpp.
#include "daemon/imap/response.hpp"

#include <algorithm>
#include <limits>

#include <fmt/format.h>

namespace mailclerk::imap {
namespace {

// Cap on the capacity reserved up front for a literal, so that a hostile "{99999999999}" costs
// nothing until the bytes actually arrive.
constexpr uint64_t k_max_reserve = uint64_t{16} << 20;
// Largest literal accepted at all: far above any real message, low enough that a hostile
// server cannot make us buffer without bound.
constexpr uint64_t k_max_literal = uint64_t{1} << 30;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// "{123}" or "{123+}" at the end of a line segment: the digits, or nothing.
std::optional<std::string_view> literal_marker(std::string_view segment) {
    if (segment.empty() || segment.back() != '}') return std::nullopt;
    size_t open = segment.rfind('{');
    if (open == std::string_view::npos) return std::nullopt;
    std::string_view digits = segment.substr(open + 1, segment.size() - open - 2);
    if (!digits.empty() && digits.back() == '+') digits.remove_suffix(1);
    if (digits.empty() || !std::all_of(digits.begin(), digits.end(), is_digit)) return std::nullopt;
    return digits;
}

char upper(char c) {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

} // namespace

std::optional<uint64_t> parse_u64(std::string_view text) {
    if (text.empty() || text.size() > 20) return std::nullopt;
    uint64_t value = 0;
    for (char c : text) {
        if (!is_digit(c)) return std::nullopt;
        auto digit = static_cast<uint64_t>(c - '0');
        if (value > (std::numeric_limits<uint64_t>::max() - digit) / 10) return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

std::optional<uint32_t> parse_u32(std::string_view text) {
    auto value = parse_u64(text);
    if (!value || *value > std::numeric_limits<uint32_t>::max()) return std::nullopt;
    return static_cast<uint32_t>(*value);
}

void ResponseReader::feed(std::string_view bytes) {
    while (!bytes.empty() && !m_error) {
        if (m_in_literal)
            feed_literal(bytes);
        else
            feed_line(bytes);
    }
    // A zero-length literal is complete as soon as its marker line is.
    if (m_in_literal && m_literal_left == 0) m_in_literal = false;
}

std::optional<Response> ResponseReader::pop() {
    if (m_ready.empty()) return std::nullopt;
    Response response = std::move(m_ready.front());
    m_ready.pop_front();
    return response;
}

void ResponseReader::feed_line(std::string_view& bytes) {
    size_t lf = bytes.find('\n');
    if (lf == std::string_view::npos) {
        m_line.append(bytes);
        bytes = {};
        return;
    }
    m_line.append(bytes.substr(0, lf));
    bytes.remove_prefix(lf + 1);
    if (!m_line.empty() && m_line.back() == '\r') m_line.pop_back();
    finish_line();
    m_line.clear();
}

void ResponseReader::feed_literal(std::string_view& bytes) {
    size_t take = static_cast<size_t>(std::min<uint64_t>(m_literal_left, bytes.size()));
    m_current.literals.back().append(bytes.substr(0, take));
    bytes.remove_prefix(take);
    m_literal_left -= take;
    if (m_literal_left == 0) m_in_literal = false;
}

void ResponseReader::finish_line() {
    std::string_view segment = m_line;
    if (!m_tag_read) {
        size_t space = segment.find(' ');
        m_current.tag = std::string(segment.substr(0, space));
        segment = space == std::string_view::npos ? std::string_view{} : segment.substr(space + 1);
        m_tag_read = true;
    }
    m_current.text.append(segment);
    if (auto digits = literal_marker(segment)) {
        auto size = parse_u64(*digits);
        if (!size || *size > k_max_literal) {
            m_error = fmt::format("literal size {{{}}} is too large (limit 1 GiB)", *digits);
            return;
        }
        m_current.literals.emplace_back().reserve(
            static_cast<size_t>(std::min(*size, k_max_reserve)));
        m_literal_left = *size;
        m_in_literal = true;
        return;
    }
    m_ready.push_back(std::move(m_current));
    m_current = Response{};
    m_tag_read = false;
}

bool Item::is_atom(std::string_view upper_text) const {
    if (kind != Kind::atom || value.size() != upper_text.size()) return false;
    for (size_t i = 0; i < value.size(); ++i)
        if (upper(value[i]) != upper_text[i]) return false;
    return true;
}

namespace {

class Tokenizer {
  public:
    Tokenizer(std::string_view text, std::vector<std::string>& literals)
        : m_text(text), m_literals(literals) {}

    // Items until the end of the text (close == 0) or until the matching ')'.
    Result<std::vector<Item>> items(char close) {
        std::vector<Item> out;
        for (;;) {
            while (m_pos < m_text.size() && m_text[m_pos] == ' ')
                ++m_pos;
            if (m_pos == m_text.size()) {
                if (close) return fail(ErrorCode::parse, "unclosed parenthesis");
                return out;
            }
            if (m_text[m_pos] == ')') {
                if (!close) return fail(ErrorCode::parse, "unexpected ')'");
                ++m_pos;
                return out;
            }
            auto next = item();
            if (!next) return tl::unexpected(next.error());
            out.push_back(std::move(*next));
        }
    }

  private:
    Result<Item> item() {
        char c = m_text[m_pos];
        if (c == '(') {
            ++m_pos;
            auto children = items(')');
            if (!children) return tl::unexpected(children.error());
            return Item{Item::Kind::list, {}, std::move(*children)};
        }
        if (c == '"') return quoted();
        if (c == '{') return literal();
        return atom();
    }

    Result<Item> quoted() {
        std::string value;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                return Item{Item::Kind::string, std::move(value), {}};
            }
            if (c == '\\' && m_pos + 1 < m_text.size()) c = m_text[++m_pos];
            value.push_back(c);
        }
        return fail(ErrorCode::parse, "unterminated quoted string");
    }

    Result<Item> literal() {
        size_t close = m_text.find('}', m_pos);
        if (close == std::string_view::npos || m_next_literal >= m_literals.size())
            return fail(ErrorCode::parse, "literal marker without literal");
        m_pos = close + 1;
        return Item{Item::Kind::string, std::move(m_literals[m_next_literal++]), {}};
    }

    // Atoms run to a space or parenthesis, except inside [...] (BODY[HEADER.FIELDS (X)]).
    Result<Item> atom() {
        size_t start = m_pos;
        int depth = 0;
        for (; m_pos < m_text.size(); ++m_pos) {
            char c = m_text[m_pos];
            if (c == '[') ++depth;
            if (c == ']' && depth > 0) --depth;
            if (depth == 0 && (c == ' ' || c == '(' || c == ')')) break;
        }
        if (depth != 0) return fail(ErrorCode::parse, "unclosed '['");
        if (m_pos == start) return fail(ErrorCode::parse, "empty atom");
        Item item{Item::Kind::atom, std::string(m_text.substr(start, m_pos - start)), {}};
        if (item.is_atom("NIL")) item = Item{Item::Kind::nil, {}, {}};
        return item;
    }

    std::string_view m_text;
    std::vector<std::string>& m_literals;
    size_t m_pos = 0;
    size_t m_next_literal = 0;
};

} // namespace

Result<std::vector<Item>> tokenize(std::string_view text, std::vector<std::string>&& literals) {
    std::vector<std::string> owned = std::move(literals);
    return Tokenizer(text, owned).items(0);
}

} // namespace mailclerk::imap
