#include "parsers/mime_headers.hpp"

#include <vector>

namespace mailclerk::parsers {
namespace {

// One line with Python's line ends (email.feedparser NLCRE_crack): CRLF, LF or a lone CR.
struct Line {
    size_t begin = 0;
    std::string_view text; // without its end
    std::string_view end;  // "\r\n", "\n", "\r", or "" at the end of the input
    size_t next() const { return begin + text.size() + end.size(); }
};

Line line_at(std::string_view s, size_t pos) {
    size_t stop = s.find_first_of("\r\n", pos);
    if (stop == std::string_view::npos) return {pos, s.substr(pos), {}};
    size_t width = s[stop] == '\r' && stop + 1 < s.size() && s[stop + 1] == '\n' ? 2 : 1;
    return {pos, s.substr(pos, stop - pos), s.substr(stop, width)};
}

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

// Python's headerRE allows printable ASCII but ':' in a name and no blank before the colon;
// mimetic also reads "Subject : x" (RFC 822's obsolete syntax), and so do we.
bool is_field_line(std::string_view text) {
    size_t i = 0;
    while (i < text.size() && text[i] > ' ' && text[i] < 127 && text[i] != ':')
        ++i;
    size_t name_end = i;
    while (i < text.size() && is_blank(text[i]))
        ++i;
    return i < text.size() && text[i] == ':' && (name_end > 0 || i == 0);
}

bool is_envelope_line(std::string_view text) {
    return text.starts_with("From ");
}

// The lines Python's feedparser collects as the header block, and where the body starts.
struct Block {
    std::vector<Line> lines;
    size_t body = 0;           // offset of the first body byte
    bool no_separator = false; // a non-header line ended the block, not an empty line
    bool lone_cr = false;      // a line ended in a lone CR, which mimetic reads otherwise
};

Block collect(std::string_view s) {
    Block block;
    size_t pos = 0;
    while (pos < s.size()) {
        Line line = line_at(s, pos);
        if (line.end == "\r") block.lone_cr = true;
        if (line.text.empty()) {
            block.body = line.next();
            return block;
        }
        bool header =
            is_blank(line.text.front()) || is_envelope_line(line.text) || is_field_line(line.text);
        if (!header) {
            block.body = pos;
            block.no_separator = true;
            return block;
        }
        block.lines.push_back(line);
        pos = line.next();
    }
    block.body = s.size();
    return block;
}

class Repair {
  public:
    explicit Repair(std::string_view message) : m_message(message) {}

    std::optional<std::string> run() {
        Block block = collect(m_message);
        m_changed = block.no_separator || block.lone_cr;
        std::string pushed_back; // a "From " line that ends the block starts the body
        for (size_t i = 0; i < block.lines.size(); ++i) {
            const Line& line = block.lines[i];
            if (is_blank(line.text.front())) {
                if (m_have_field)
                    keep(line.text);
                else
                    m_changed = true; // a continuation of nothing
                continue;
            }
            m_have_field = false;
            if (is_envelope_line(line.text)) {
                if (i + 1 == block.lines.size() && i > 0)
                    pushed_back = std::string(line.text) + "\n";
                m_changed = true;
                continue;
            }
            if (line.text.front() == ':') {
                m_changed = true; // a value without a name
                continue;
            }
            keep(line.text);
            m_have_field = true;
        }
        if (!m_changed) return std::nullopt;
        m_out += "\n";
        m_out += pushed_back;
        m_out += m_message.substr(block.body);
        return std::move(m_out);
    }

  private:
    void keep(std::string_view text) {
        for (char c : text) {
            if (c == '\0')
                m_changed = true;
            else
                m_out.push_back(c);
        }
        m_out.push_back('\n');
    }

    std::string_view m_message;
    std::string m_out;
    bool m_changed = false;
    bool m_have_field = false;
};

} // namespace

std::optional<std::string> repair_header_block(std::string_view message) {
    return Repair(message).run();
}

} // namespace mailclerk::parsers
