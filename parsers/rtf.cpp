#include "parsers/rtf.hpp"

#include <algorithm>
#include <charconv>

#include "common/utf8.hpp"
#include "parsers/charset.hpp"

namespace mailclerk::parsers {
namespace {

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Destinations whose text is not the document's (tables of fonts and colours, styles, metadata,
// pictures, page headers and footers, field instructions).
constexpr std::string_view k_hidden[] = {"fonttbl",
                                         "colortbl",
                                         "stylesheet",
                                         "info",
                                         "pict",
                                         "object",
                                         "header",
                                         "headerl",
                                         "headerr",
                                         "headerf",
                                         "footer",
                                         "footerl",
                                         "footerr",
                                         "footerf",
                                         "listtable",
                                         "listoverridetable",
                                         "rsidtbl",
                                         "generator",
                                         "fldinst",
                                         "themedata",
                                         "colorschememapping",
                                         "datastore",
                                         "latentstyles",
                                         "xmlnstbl",
                                         "filetbl",
                                         "revtbl",
                                         "pgdsctbl",
                                         "mmathPr",
                                         "footnote"};

// Control words that stand for a character.
struct Symbol {
    std::string_view word;
    std::string_view text;
};
constexpr Symbol k_symbols[] = {{"tab", "\t"},    {"line", "\n"},     {"emdash", "—"},
                                {"endash", "–"},  {"bullet", "•"},    {"lquote", "‘"},
                                {"rquote", "’"},  {"ldblquote", "“"}, {"rdblquote", "”"},
                                {"emspace", " "}, {"enspace", " "},   {"qmspace", " "}};

struct Group {
    bool hidden = false;
    int skip_after_unicode = 1; // \ucN: fallback characters after each \uN
};

class Reader {
  public:
    explicit Reader(std::string_view rtf) : m_rtf(rtf) {}

    RtfContent run() {
        m_groups.push_back({});
        while (m_pos < m_rtf.size()) {
            char c = m_rtf[m_pos++];
            if (c == '{') {
                m_groups.push_back(m_groups.back());
                m_group_start = true;
            } else if (c == '}') {
                if (m_groups.size() > 1) m_groups.pop_back();
            } else if (c == '\\') {
                control();
            } else if (c != '\r' && c != '\n') {
                m_group_start = false;
                if (skipping_fallback()) continue;
                // RTF is 7-bit: an 8-bit byte written raw is a character of the document's
                // code page, like \'hh (never copied as is: the text must stay UTF-8).
                if (static_cast<unsigned char>(c) >= 0x80) {
                    if (!hidden()) m_bytes += c;
                } else {
                    text(std::string_view(&c, 1));
                }
            }
        }
        paragraph();
        finish_table();
        return std::move(m_out);
    }

  private:
    bool hidden() const { return m_groups.back().hidden; }

    bool skipping_fallback() {
        if (m_fallback == 0) return false;
        --m_fallback;
        return true;
    }

    void text(std::string_view piece) {
        if (hidden()) return;
        flush_bytes();
        m_line += piece;
    }

    void code_page_byte(char byte) {
        if (hidden() || skipping_fallback()) return;
        m_bytes += byte;
    }

    void flush_bytes() {
        if (m_bytes.empty()) return;
        m_line += to_utf8(m_bytes, m_charset).text;
        m_bytes.clear();
    }

    void control() {
        if (m_pos >= m_rtf.size()) return;
        char c = m_rtf[m_pos];
        bool first = m_group_start;
        m_group_start = false;
        if (!is_letter(c)) { // a control symbol
            ++m_pos;
            if (c == '\'' && m_pos + 2 <= m_rtf.size()) {
                unsigned value = 0;
                auto [end, ec] =
                    std::from_chars(m_rtf.data() + m_pos, m_rtf.data() + m_pos + 2, value, 16);
                if (ec == std::errc()) code_page_byte(static_cast<char>(value));
                m_pos = static_cast<size_t>(end - m_rtf.data());
            } else if (c == '*') {
                if (first) m_groups.back().hidden = true; // {\* an optional destination}
            } else if (c == '\\' || c == '{' || c == '}') {
                if (!skipping_fallback()) text(std::string_view(&c, 1));
            } else if (c == '~') {
                text(" ");
            } else if (c == '_') {
                text("-");
            } else if (c == '\n' || c == '\r') {
                paragraph();
            }
            return;
        }
        size_t start = m_pos;
        while (m_pos < m_rtf.size() && is_letter(m_rtf[m_pos]))
            ++m_pos;
        std::string_view word = m_rtf.substr(start, m_pos - start);
        int param = 0;
        bool has_param = false;
        size_t digits = m_pos + (m_pos < m_rtf.size() && m_rtf[m_pos] == '-' ? 1 : 0);
        if (digits < m_rtf.size() && m_rtf[digits] >= '0' && m_rtf[digits] <= '9') {
            auto [end, ec] =
                std::from_chars(m_rtf.data() + m_pos, m_rtf.data() + m_rtf.size(), param);
            has_param = ec == std::errc();
            m_pos = static_cast<size_t>(end - m_rtf.data());
        }
        if (m_pos < m_rtf.size() && m_rtf[m_pos] == ' ') ++m_pos; // the delimiter
        word_(word, param, has_param);
    }

    void word_(std::string_view word, int param, bool has_param) {
        if (std::find(std::begin(k_hidden), std::end(k_hidden), word) != std::end(k_hidden)) {
            m_groups.back().hidden = true;
        } else if (word == "ansicpg" && has_param) {
            m_charset = "windows-" + std::to_string(param);
        } else if (word == "uc" && has_param) {
            m_groups.back().skip_after_unicode = std::max(param, 0);
        } else if (word == "u" && has_param) {
            if (!hidden()) {
                flush_bytes();
                utf8::append(m_line, static_cast<char32_t>(param < 0 ? param + 65536 : param));
            }
            m_fallback = m_groups.back().skip_after_unicode;
        } else if (word == "par" || word == "sect" || word == "page") {
            paragraph();
        } else if (word == "pard") {
            m_in_table = false;
        } else if (word == "intbl") {
            m_in_table = true;
        } else if (word == "cell") {
            cell();
        } else if (word == "row") {
            row();
        } else {
            for (const Symbol& s : k_symbols)
                if (word == s.word) text(s.text);
        }
    }

    void paragraph() {
        if (hidden()) return;
        flush_bytes();
        if (m_in_table) { // a line break inside a cell
            m_line += '\n';
            return;
        }
        finish_table();
        m_out.text += std::string(utf8::trim(m_line)) + "\n";
        m_line.clear();
    }

    void cell() {
        if (hidden()) return;
        flush_bytes();
        m_row.emplace_back(utf8::trim(m_line));
        m_line.clear();
    }

    void row() {
        if (hidden()) return;
        if (!m_line.empty()) cell();
        if (std::any_of(m_row.begin(), m_row.end(),
                        [](const std::string& c) { return !c.empty(); })) {
            for (size_t i = 0; i < m_row.size(); ++i)
                m_out.text += (i ? "\t" : "") + m_row[i];
            m_out.text += "\n";
            m_rows.push_back(std::move(m_row));
        }
        m_row.clear();
    }

    void finish_table() {
        if (!m_rows.empty()) m_out.tables.push_back(grid::make_table(m_rows, "rtf"));
        m_rows.clear();
    }

    std::string_view m_rtf;
    size_t m_pos = 0;
    std::vector<Group> m_groups;
    bool m_group_start = false;
    int m_fallback = 0;
    std::string m_charset = "windows-1252";
    std::string m_bytes, m_line;
    bool m_in_table = false;
    std::vector<std::string> m_row;
    std::vector<std::vector<std::string>> m_rows;
    RtfContent m_out;
};

} // namespace

bool looks_like_rtf(std::string_view bytes) {
    return bytes.starts_with("{\\rtf");
}

Result<RtfContent> read_rtf(std::string_view bytes) {
    if (!looks_like_rtf(bytes)) return fail(ErrorCode::parse, "not an RTF document");
    return Reader(bytes).run();
}

} // namespace mailclerk::parsers
