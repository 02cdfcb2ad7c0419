#include "parsers/mime_slice.hpp"

#include <algorithm>

namespace mailclerk::parsers {
namespace {

// The position just past the line end at or after `pos`, or the end of the text.
size_t next_line(std::string_view text, size_t pos) {
    size_t eol = text.find('\n', pos);
    return eol == std::string_view::npos ? text.size() : eol + 1;
}

bool is_blank(std::string_view rest) {
    for (char c : rest)
        if (c != ' ' && c != '\t' && c != '\r') return false;
    return true;
}

struct Delimiter {
    size_t line_start = 0; // where the line end before "--" begins (or the "--" at offset 0)
    size_t after = 0;      // first byte of the next part
    bool close = false;
};

// The delimiter line starting at `pos` (just after a line end, or at the start), if any.
std::optional<Delimiter> delimiter_at(std::string_view body, size_t pos,
                                      std::string_view boundary) {
    std::string_view line = body.substr(pos, next_line(body, pos) - pos);
    if (!line.starts_with("--") || line.substr(2).substr(0, boundary.size()) != boundary)
        return std::nullopt;
    std::string_view rest = line.substr(2 + boundary.size());
    Delimiter found;
    found.close = rest.starts_with("--");
    if (found.close) rest.remove_prefix(2);
    while (!rest.empty() && (rest.back() == '\n'))
        rest.remove_suffix(1);
    if (!is_blank(rest)) return std::nullopt; // "--boundary-more" is another boundary
    // The CRLF (or LF) that precedes the delimiter is part of it, not of the part before.
    found.line_start = pos;
    if (pos > 0) found.line_start = pos > 1 && body[pos - 2] == '\r' ? pos - 2 : pos - 1;
    found.after = pos + line.size();
    return found;
}

} // namespace

std::optional<std::string_view> entity_body(std::string_view entity) {
    for (size_t pos = 0; pos < entity.size();) {
        size_t end = next_line(entity, pos);
        std::string_view line = entity.substr(pos, end - pos);
        if (line == "\n" || line == "\r\n") return entity.substr(end);
        pos = end;
    }
    return std::nullopt;
}

std::vector<std::string_view> multipart_parts(std::string_view body, std::string_view boundary) {
    std::vector<std::string_view> parts;
    if (boundary.empty()) return parts;
    std::optional<Delimiter> open;
    for (size_t pos = 0; pos < body.size(); pos = next_line(body, pos)) {
        std::optional<Delimiter> found = delimiter_at(body, pos, boundary);
        if (!found) continue;
        if (open) {
            // Two delimiter lines in a row enclose an empty part.
            size_t end = std::max(found->line_start, open->after);
            parts.push_back(body.substr(open->after, end - open->after));
        }
        if (found->close) return parts;
        open = found;
    }
    // No close delimiter: the last part runs to the end (a truncated message).
    if (open) parts.push_back(body.substr(open->after));
    return parts;
}

} // namespace mailclerk::parsers
