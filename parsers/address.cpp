#include "parsers/address.hpp"

#include <optional>

#include "common/utf8.hpp"
#include "parsers/charset.hpp"
#include "parsers/header_decode.hpp"

namespace mailclerk::parsers {
namespace {

// What one mailbox element ("Name" <a@b> (comment)) was made of.
struct Element {
    std::string phrase;  // display-name words as written (quotes removed), space-joined
    std::string bare;    // words outside angle brackets, without spaces: a bare addr-spec
    std::string angle;   // the content of <...>
    std::string comment; // text of (comments), used as the name when there is no phrase
    bool has_angle = false;
    bool quoted = false; // a quoted string appeared
};

void add_word(Element& element, std::string_view word) {
    if (word.empty()) return;
    if (!element.phrase.empty()) element.phrase.push_back(' ');
    element.phrase += word;
    element.bare += word;
}

// Read a quoted string starting after the opening quote; returns the index of the closing one.
size_t read_quoted(std::string_view text, size_t pos, std::string& out) {
    for (; pos < text.size(); ++pos) {
        if (text[pos] == '\\' && pos + 1 < text.size())
            out.push_back(text[++pos]);
        else if (text[pos] == '"')
            return pos;
        else
            out.push_back(text[pos]);
    }
    return pos;
}

size_t read_comment(std::string_view text, size_t pos, std::string& out) {
    int depth = 1;
    for (; pos < text.size(); ++pos) {
        char c = text[pos];
        if (c == '\\' && pos + 1 < text.size()) {
            out.push_back(text[++pos]);
            continue;
        }
        // A nested comment's text belongs to the outer one, without its parentheses (as
        // Python's email.utils reads "a@b ((Name))").
        if (c == '(') {
            ++depth;
            continue;
        }
        if (c == ')' && --depth == 0) return pos;
        if (c != ')') out.push_back(c);
    }
    return pos;
}

// A local part as an addr-spec writes it: quoted only when it must be (RFC 5322 3.4.1), as
// Python's email writes it ("System Administrator" keeps its quotes, "john" loses them).
std::string local_part(std::string_view text) {
    bool plain = !text.empty() && text.find_first_of(" \t()<>@,:;\\\"[]") == std::string::npos;
    if (plain) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '\\' || c == '"') out.push_back('\\');
        out.push_back(c);
    }
    return out + "\"";
}

// The address inside <...>: drop an obsolete source route ("@a,@b:") and whitespace outside a
// quoted local part.
std::string clean_angle(std::string_view raw) {
    std::string out;
    std::string quoted; // the unquoted text of a quoted local part
    bool in_quotes = false, was_quoted = false;
    for (size_t i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (in_quotes) {
            if (c == '\\' && i + 1 < raw.size())
                quoted.push_back(raw[++i]);
            else if (c == '"')
                in_quotes = false, out += local_part(quoted);
            else
                quoted.push_back(c);
        } else if (c == '"' && !was_quoted) {
            in_quotes = was_quoted = true;
        } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            out.push_back(c);
        }
    }
    if (in_quotes) out += local_part(quoted); // no closing quote: the rest was the local part
    if (!out.empty() && out.front() == '@') {
        size_t colon = out.find(':');
        out = colon == std::string::npos ? std::string() : out.substr(colon + 1);
    }
    return out;
}

// "a@b" or "\"a b\"@c" outside angle brackets (blanks only inside the quoted local part).
bool is_bare_addr_spec(std::string_view bare) {
    size_t rest = 0;
    if (bare.starts_with('"')) {
        rest = 1;
        while (rest < bare.size() && bare[rest] != '"')
            rest += bare[rest] == '\\' ? size_t{2} : size_t{1};
    }
    std::string_view tail = bare.substr(std::min(rest, bare.size()));
    return tail.find('@') != std::string_view::npos &&
           tail.find_first_of(" \t<>") == std::string_view::npos;
}

// One plain word and nothing else ("From: foo"): a mailbox on the sender's own host. An
// encoded word or a quoted phrase is a name without an address, not a mailbox.
bool is_local_name(const Element& element) {
    const std::string& word = element.bare;
    return !word.empty() && word == element.phrase && element.comment.empty() &&
           word.find("=?") == std::string::npos && !element.quoted;
}

std::optional<Address> finish(const Element& element) {
    Address address;
    if (element.has_angle) {
        address.address = clean_angle(element.angle);
    } else if (is_bare_addr_spec(element.bare)) {
        address.address = element.bare;
    } else if (is_local_name(element)) {
        address.address = element.bare; // "To: postmaster": a local mailbox, kept as written
    } else {
        return std::nullopt; // a stray word or an empty group: nothing to send to
    }
    if (address.address.empty()) return std::nullopt;
    std::string name = element.has_angle ? element.phrase : std::string();
    if (utf8::trim(name).empty()) name = element.comment;
    address.name = std::string(utf8::trim(decode_header_text(name)));
    // Some clients repeat the address as the name ("a@b" <a@b>); that is no name.
    if (address.name == address.address) address.name.clear();
    // Raw 8-bit local parts (EAI, or legacy charsets): decoded like any raw header text.
    if (!utf8::is_valid(address.address))
        address.address = raw_header_to_utf8(address.address).text;
    return address;
}

class ListParser {
  public:
    explicit ListParser(std::string_view text) : m_text(text) {}

    std::vector<Address> run() {
        for (m_pos = 0; m_pos < m_text.size(); ++m_pos)
            step();
        flush_word();
        emit();
        return std::move(m_result);
    }

  private:
    void step() {
        char c = m_text[m_pos];
        if (m_in_angle) {
            if (c == '>')
                m_in_angle = false;
            else
                m_element.angle.push_back(c);
            return;
        }
        switch (c) {
        case '"': {
            std::string quoted;
            m_pos = read_quoted(m_text, m_pos + 1, quoted);
            // "john doe"@example.com: a quoted local part, not a display name.
            bool local = m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '@';
            m_word += local ? local_part(quoted) : quoted;
            m_element.quoted = true;
            return;
        }
        case '(': {
            flush_word();
            std::string comment;
            m_pos = read_comment(m_text, m_pos + 1, comment);
            if (!m_element.comment.empty()) m_element.comment.push_back(' ');
            m_element.comment += utf8::trim(comment);
            return;
        }
        case '<':
            flush_word();
            m_element.has_angle = true;
            m_in_angle = true;
            return;
        case ',':
        case ';':
            flush_word();
            emit();
            return;
        case ':':
            // A group name ("Team: a@b, c@d;") is a label, not a person.
            if (!m_element.has_angle && m_word.find('@') == std::string::npos) {
                m_word.clear();
                m_element = Element{};
                return;
            }
            m_word.push_back(c);
            return;
        case ' ':
        case '\t':
        case '\r':
        case '\n':
            flush_word();
            return;
        default:
            m_word.push_back(c);
        }
    }

    void flush_word() {
        // Words after a closed <...> start the next mailbox: "A <a@x> B <b@x>" lacks a comma.
        if (!m_word.empty() && m_element.has_angle && !m_in_angle) emit();
        add_word(m_element, m_word);
        m_word.clear();
    }

    void emit() {
        if (auto address = finish(m_element)) m_result.push_back(std::move(*address));
        m_element = Element{};
        m_in_angle = false;
    }

    std::string_view m_text;
    size_t m_pos = 0;
    bool m_in_angle = false;
    std::string m_word;
    Element m_element;
    std::vector<Address> m_result;
};

} // namespace

std::vector<Address> parse_address_list(std::string_view header_value) {
    std::string unfolded = unfold(header_value);
    return ListParser(unfolded).run();
}

std::string normalize_address(std::string_view address) {
    std::string_view text = utf8::trim(address);
    if (!text.empty() && text.front() == '<') text.remove_prefix(1);
    if (!text.empty() && text.back() == '>') text.remove_suffix(1);
    return utf8::sanitize(utf8::ascii_lower(utf8::trim(text)));
}

std::string domain_of(std::string_view normalized_address) {
    size_t at = normalized_address.rfind('@');
    if (at == std::string_view::npos) return {};
    return std::string(normalized_address.substr(at + 1));
}

} // namespace mailclerk::parsers
