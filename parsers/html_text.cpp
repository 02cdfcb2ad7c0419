#include "parsers/html_text.hpp"

#include <array>
#include <cctype>
#include <optional>
#include <utility>

#include "common/utf8.hpp"

namespace mailclerk::parsers {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

std::optional<char32_t> named_entity(std::string_view name) {
    static constexpr std::pair<std::string_view, char32_t> k_entities[] = {
        {"amp", U'&'},   {"lt", U'<'},     {"gt", U'>'},        {"quot", U'"'},
        {"apos", U'\''}, {"nbsp", U' '},   {"copy", U'©'},      {"reg", U'®'},
        {"trade", U'™'}, {"mdash", U'—'},  {"ndash", U'–'},     {"hellip", U'…'},
        {"laquo", U'«'}, {"raquo", U'»'},  {"ldquo", U'“'},     {"rdquo", U'”'},
        {"lsquo", U'‘'}, {"rsquo", U'’'},  {"bull", U'•'},      {"middot", U'·'},
        {"yen", U'¥'},   {"euro", U'€'},   {"pound", U'£'},     {"cent", U'¢'},
        {"times", U'×'}, {"divide", U'÷'}, {"deg", U'°'},       {"plusmn", U'±'},
        {"sect", U'§'},  {"para", U'¶'},   {"shy", U'\u00AD'},  {"ensp", U' '},
        {"emsp", U' '},  {"thinsp", U' '}, {"zwnj", U'\u200C'}, {"zwj", U'\u200D'},
    };
    for (const auto& [entity, code_point] : k_entities)
        if (name == entity) return code_point;
    return std::nullopt;
}

// Decode the entity at html[pos] ('&'); advances pos past it, or returns nullopt.
std::optional<char32_t> decode_entity(std::string_view html, size_t& pos) {
    size_t semicolon = html.find(';', pos);
    if (semicolon == std::string_view::npos || semicolon - pos > 12) return std::nullopt;
    std::string_view body = html.substr(pos + 1, semicolon - pos - 1);
    std::optional<char32_t> result;
    if (body.size() >= 2 && body[0] == '#') {
        bool hex = body[1] == 'x' || body[1] == 'X';
        std::string_view digits = body.substr(hex ? 2 : 1);
        if (digits.empty() || digits.size() > 7) return std::nullopt;
        char32_t value = 0;
        for (char c : digits) {
            int digit = (c >= '0' && c <= '9')        ? c - '0'
                        : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                      : -1;
            if (digit < 0) return std::nullopt;
            value = value * (hex ? 16u : 10u) + static_cast<char32_t>(digit);
        }
        result = value == 0 || value > 0x10FFFF ? U'\uFFFD' : value;
    } else {
        result = named_entity(utf8::ascii_lower(body));
    }
    if (result) pos = semicolon + 1;
    return result;
}

enum class TagEffect { none, line, paragraph, cell, skip };

TagEffect effect_of(std::string_view name) {
    static constexpr std::array<std::string_view, 4> k_skipped = {"script", "style", "head",
                                                                  "title"};
    static constexpr std::array<std::string_view, 9> k_paragraphs = {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"};
    static constexpr std::array<std::string_view, 8> k_lines = {"br", "tr",    "li", "ul",
                                                                "ol", "table", "hr", "pre"};
    for (auto tag : k_skipped)
        if (name == tag) return TagEffect::skip;
    for (auto tag : k_paragraphs)
        if (name == tag) return TagEffect::paragraph;
    for (auto tag : k_lines)
        if (name == tag) return TagEffect::line;
    if (name == "td" || name == "th") return TagEffect::cell;
    return TagEffect::none;
}

struct Tag {
    std::string name; // lower-case
    bool closing = false;
    size_t end = 0; // one past '>'
};

// Parse the tag at html[pos] ('<'); quoted attribute values may contain '>'.
Tag read_tag(std::string_view html, size_t pos) {
    Tag tag;
    size_t i = pos + 1;
    if (i < html.size() && html[i] == '/') {
        tag.closing = true;
        ++i;
    }
    while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) != 0))
        tag.name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++]))));
    char quote = 0;
    for (; i < html.size(); ++i) {
        if (quote != 0) {
            if (html[i] == quote) quote = 0;
        } else if (html[i] == '"' || html[i] == '\'') {
            quote = html[i];
        } else if (html[i] == '>') {
            break;
        }
    }
    tag.end = i < html.size() ? i + 1 : html.size();
    return tag;
}

// Position after the closing tag "</name ...>", or npos when there is none.
size_t find_closing(std::string_view html, size_t pos, std::string_view name) {
    for (size_t found = html.find("</", pos); found != std::string_view::npos;
         found = html.find("</", found + 2)) {
        std::string_view candidate = html.substr(found + 2, name.size());
        if (utf8::ascii_lower(candidate) != name) continue;
        size_t close = html.find('>', found);
        return close == std::string_view::npos ? html.size() : close + 1;
    }
    return std::string_view::npos;
}

class Converter {
  public:
    explicit Converter(std::string_view html) : m_html(html) {}

    std::string run() {
        while (m_pos < m_html.size()) {
            char c = m_html[m_pos];
            if (c == '<')
                on_markup();
            else if (c == '&')
                on_entity();
            else
                on_char(c);
        }
        return tidy(m_out);
    }

  private:
    void on_markup() {
        if (m_html.substr(m_pos).starts_with("<!--")) {
            size_t end = m_html.find("-->", m_pos + 4);
            m_pos = end == std::string_view::npos ? m_html.size() : end + 3;
            return;
        }
        Tag tag = read_tag(m_html, m_pos);
        if (tag.name.empty() && !tag.closing && m_pos + 1 < m_html.size() &&
            m_html[m_pos + 1] != '!' && m_html[m_pos + 1] != '?') {
            on_char('<'); // a lone '<' in text, not markup
            return;
        }
        m_pos = tag.end;
        apply(tag);
    }

    void apply(const Tag& tag) {
        if (tag.name == "pre") m_pre = !tag.closing;
        switch (effect_of(tag.name)) {
        case TagEffect::skip:
            if (!tag.closing) {
                size_t after = find_closing(m_html, m_pos, tag.name);
                bool must_skip = tag.name == "script" || tag.name == "style";
                if (after != std::string_view::npos)
                    m_pos = after;
                else if (must_skip)
                    m_pos = m_html.size();
            }
            break;
        case TagEffect::paragraph:
        case TagEffect::line:
            if (tag.name == "br" || !at_line_start()) m_out.push_back('\n');
            m_space = false;
            break;
        case TagEffect::cell:
            if (!tag.closing && !at_line_start()) m_out.push_back('\t');
            m_space = false;
            break;
        case TagEffect::none:
            break;
        }
    }

    void on_entity() {
        size_t pos = m_pos;
        if (auto code_point = decode_entity(m_html, pos)) {
            m_pos = pos;
            if ((*code_point == U'\u00A0' || *code_point == U' ') && !m_pre) {
                m_space = true; // a non-breaking space still reads as one space
                return;
            }
            flush_space();
            utf8::append(m_out, *code_point);
        } else {
            on_char('&');
        }
    }

    void on_char(char c) {
        ++m_pos;
        if (is_space(c) && !m_pre) {
            m_space = true;
            return;
        }
        if (c == '\r') return;
        flush_space();
        m_out.push_back(c);
    }

    void flush_space() {
        if (m_space && !at_line_start() && m_out.back() != '\t') m_out.push_back(' ');
        m_space = false;
    }

    bool at_line_start() const { return m_out.empty() || m_out.back() == '\n'; }

    // Trailing blanks off each line, at most one empty line in a row, no edges.
    static std::string tidy(const std::string& text) {
        std::string out;
        size_t newlines = 0;
        for (char c : text) {
            if (c == '\n') {
                while (!out.empty() && (out.back() == ' ' || out.back() == '\t'))
                    out.pop_back();
                if (++newlines <= 2 && !out.empty()) out.push_back('\n');
                continue;
            }
            newlines = 0;
            out.push_back(c);
        }
        return utf8::sanitize(utf8::trim(out));
    }

    std::string_view m_html;
    size_t m_pos = 0;
    std::string m_out;
    bool m_space = false;
    bool m_pre = false;
};

} // namespace

std::string html_to_text(std::string_view html) {
    return Converter(html).run();
}

} // namespace mailclerk::parsers
