#include "store/search_query.hpp"

#include <array>
#include <optional>
#include <utility>

#include "common/doc_kinds.hpp"
#include "common/utf8.hpp"
#include "parsers/date.hpp"
#include "store/cjk_tokenizer.hpp"

namespace mailclerk::store {
namespace {

constexpr std::array<std::pair<std::string_view, QueryField>, 11> k_fields = {{
    {"subject", QueryField::subject},
    {"customer", QueryField::customer},
    {"from", QueryField::from},
    {"to", QueryField::to},
    {"kind", QueryField::kind},
    {"has", QueryField::has},
    {"filename", QueryField::filename},
    {"after", QueryField::after},
    {"before", QueryField::before},
    {"direction", QueryField::direction},
    {"folder", QueryField::folder},
}};

// One term or OR as written, before its value is checked.
struct Lexeme {
    std::string text;
    size_t byte = 0;
    QueryField field = QueryField::text;
    bool quoted = false;
    bool prefix = false;
    bool negated = false;
    bool is_or = false;
};

class Lexer {
  public:
    explicit Lexer(std::string_view query) : m_query(query) {}

    // The next lexeme, std::nullopt at the end.
    Result<std::optional<Lexeme>> next();

    size_t column(size_t byte) const {
        size_t column = 1;
        for (size_t pos = 0; pos < byte && pos < m_query.size(); ++column)
            utf8::next(m_query, pos);
        return column;
    }

    tl::unexpected<Error> error(size_t byte, const std::string& message) const {
        return fail(ErrorCode::usage,
                    "query column " + std::to_string(column(byte)) + ": " + message,
                    "see `mailclerk search --help` for the query language");
    }

  private:
    // Bytes of the separator at pos: ASCII whitespace or U+3000, else 0.
    size_t space_at(size_t pos) const {
        if (pos >= m_query.size()) return 0;
        char c = m_query[pos];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
        return m_query.substr(pos).starts_with("\u3000") ? 3 : 0;
    }
    std::optional<QueryField> field_at(size_t& pos) const;
    Status read_quoted(Lexeme& lexeme);
    void read_bare(Lexeme& lexeme);

    std::string_view m_query;
    size_t m_pos = 0;
};

std::optional<QueryField> Lexer::field_at(size_t& pos) const {
    size_t colon = m_query.find(':', pos);
    if (colon == std::string_view::npos) return std::nullopt;
    std::string name = utf8::ascii_lower(m_query.substr(pos, colon - pos));
    for (const auto& [field_name, field] : k_fields)
        if (name == field_name) {
            pos = colon + 1;
            return field;
        }
    return std::nullopt;
}

Status Lexer::read_quoted(Lexeme& lexeme) {
    size_t open = m_pos;
    size_t close = m_query.find('"', open + 1);
    if (close == std::string_view::npos) return error(open, "missing closing quote");
    lexeme.text = std::string(m_query.substr(open + 1, close - open - 1));
    lexeme.quoted = true;
    m_pos = close + 1;
    if (m_pos < m_query.size() && m_query[m_pos] == '*') {
        lexeme.prefix = true;
        ++m_pos;
    }
    return {};
}

void Lexer::read_bare(Lexeme& lexeme) {
    size_t start = m_pos;
    while (m_pos < m_query.size() && space_at(m_pos) == 0)
        ++m_pos;
    lexeme.text = std::string(m_query.substr(start, m_pos - start));
    if (lexeme.text.size() > 1 && lexeme.text.back() == '*') {
        lexeme.text.pop_back();
        lexeme.prefix = true;
    }
}

Result<std::optional<Lexeme>> Lexer::next() {
    while (size_t width = space_at(m_pos))
        m_pos += width;
    if (m_pos >= m_query.size()) return std::nullopt;
    Lexeme lexeme;
    lexeme.byte = m_pos;
    if (m_query[m_pos] == '-' && m_pos + 1 < m_query.size() && space_at(m_pos + 1) == 0) {
        lexeme.negated = true;
        ++m_pos;
    }
    size_t after_field = m_pos;
    if (auto field = field_at(after_field)) {
        lexeme.field = *field;
        m_pos = after_field;
        if (m_pos >= m_query.size() || space_at(m_pos) != 0)
            return error(lexeme.byte,
                         std::string(m_query.substr(lexeme.byte, after_field - lexeme.byte)) +
                             " needs a value");
    }
    if (m_query[m_pos] == '"') {
        if (auto ok = read_quoted(lexeme); !ok) return tl::unexpected<Error>(ok.error());
    } else {
        read_bare(lexeme);
    }
    lexeme.is_or = lexeme.text == "OR" && !lexeme.quoted && !lexeme.negated &&
                   lexeme.field == QueryField::text;
    return lexeme;
}

bool leap(int64_t year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

std::optional<int64_t> digits(std::string_view text) {
    if (text.empty()) return std::nullopt;
    int64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// YYYY, YYYY-MM or YYYY-MM-DD to the epoch second the day (month, year) starts, UTC.
std::optional<int64_t> parse_day(std::string_view text) {
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
    auto year = digits(text.substr(0, 4));
    std::optional<int64_t> month = int64_t{1};
    std::optional<int64_t> day = int64_t{1};
    if (text.size() >= 7) month = text[4] == '-' ? digits(text.substr(5, 2)) : std::nullopt;
    if (text.size() == 10) day = text[7] == '-' ? digits(text.substr(8, 2)) : std::nullopt;
    if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1) return std::nullopt;
    constexpr std::array<int64_t, 12> k_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int64_t last = k_days[static_cast<size_t>(*month - 1)] + (*month == 2 && leap(*year) ? 1 : 0);
    if (*day > last) return std::nullopt;
    return parsers::days_from_civil(*year, *month, *day) * 86400;
}

std::string field_name(QueryField field) {
    for (const auto& [name, f] : k_fields)
        if (f == field) return std::string(name);
    return "text";
}

// Check and normalise the value of a filter term.
Status check_value(const Lexer& lexer, const Lexeme& lexeme, QueryTerm& term) {
    std::string name = field_name(term.field) + ":";
    std::string lower = utf8::ascii_lower(term.value);
    switch (term.field) {
    case QueryField::kind:
        if (doc_kind_named(lower)) {
            term.value = lower;
            return {};
        }
        return lexer.error(lexeme.byte,
                           "unknown kind '" + term.value + "' (" + doc_kind_names() + ")");
    case QueryField::has:
        if (lower == "attachment" || lower == "attachments") {
            term.value = "attachment";
            return {};
        }
        return lexer.error(lexeme.byte, "has: knows only 'attachment'");
    case QueryField::direction:
        if (lower == "in" || lower == "inbound")
            term.value = "inbound";
        else if (lower == "out" || lower == "outbound")
            term.value = "outbound";
        else if (lower == "internal")
            term.value = "internal";
        else
            return lexer.error(lexeme.byte, "direction: is in, out or internal");
        return {};
    case QueryField::after:
    case QueryField::before:
        if (auto day = parse_day(term.value)) {
            term.time = *day;
            return {};
        }
        return lexer.error(lexeme.byte, name + " expects a date like 2026-01-31, 2026-01 or 2026");
    default:
        if (utf8::trim(term.value).empty())
            return lexer.error(lexeme.byte, name + " needs a value");
        return {};
    }
}

Result<QueryTerm> make_term(const Lexer& lexer, const Lexeme& lexeme) {
    QueryTerm term;
    term.field = lexeme.field;
    term.value = lexeme.text;
    term.phrase = lexeme.quoted;
    term.negated = lexeme.negated;
    term.column = lexer.column(lexeme.byte);
    if (term.is_text()) {
        term.prefix = lexeme.prefix;
        return term;
    }
    if (lexeme.prefix) term.value.push_back('*'); // filename:*.pdf* is still a wildcard
    if (auto ok = check_value(lexer, lexeme, term); !ok) return tl::unexpected<Error>(ok.error());
    return term;
}

// Text terms that give no token match nothing and would make FTS5 fail: they are dropped.
bool searchable(const QueryTerm& term) {
    return !term.is_text() || !tokenize(term.value).empty();
}

} // namespace

Result<ParsedQuery> parse_query(std::string_view query) {
    Lexer lexer(query);
    std::vector<Lexeme> lexemes;
    for (;;) {
        auto lexeme = lexer.next();
        if (!lexeme) return tl::unexpected<Error>(lexeme.error());
        if (!*lexeme) break;
        lexemes.push_back(std::move(**lexeme));
    }
    ParsedQuery parsed;
    std::vector<std::vector<QueryTerm>> groups;
    for (size_t i = 0; i < lexemes.size(); ++i) {
        const Lexeme& lexeme = lexemes[i];
        if (lexeme.is_or) {
            if (i == 0 || i + 1 == lexemes.size() || lexemes[i - 1].is_or || lexemes[i + 1].is_or)
                return lexer.error(lexeme.byte, "OR needs a term on each side");
            continue;
        }
        auto term = make_term(lexer, lexeme);
        if (!term) return tl::unexpected<Error>(term.error());
        bool joined = i > 0 && lexemes[i - 1].is_or;
        if (joined) {
            const QueryTerm& first = groups.back().front();
            if (term->negated || first.negated)
                return lexer.error(lexemes[i - 1].byte, "OR cannot join an excluded term");
            if (term->is_text() != first.is_text())
                return lexer.error(lexemes[i - 1].byte, "OR cannot join text and a filter");
            groups.back().push_back(std::move(*term));
        } else {
            groups.push_back({std::move(*term)});
        }
    }
    for (auto& group : groups) {
        std::erase_if(group, [](const QueryTerm& t) { return !searchable(t); });
        if (!group.empty()) parsed.groups.push_back(std::move(group));
    }
    return parsed;
}

Result<std::optional<ParsedQuery>> search_query(std::string_view query,
                                                const std::string& customer) {
    auto parsed = parse_query(query);
    if (!parsed) return tl::unexpected<Error>(parsed.error());
    bool positive = !customer.empty();
    for (const auto& group : parsed->groups)
        positive = positive || !group.front().is_text() || !group.front().negated;
    if (!positive) return std::nullopt;
    if (!customer.empty()) {
        QueryTerm term;
        term.field = QueryField::customer;
        term.value = customer;
        parsed->groups.push_back({term});
    }
    return std::optional<ParsedQuery>(std::move(*parsed));
}

} // namespace mailclerk::store
