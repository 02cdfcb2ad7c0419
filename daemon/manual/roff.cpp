#include "daemon/manual/roff.hpp"

#include <fmt/format.h>

namespace mailclerk::manual::roff {

std::string text(std::string_view plain) {
    std::string out;
    bool line_start = true;
    for (char c : plain) {
        if (line_start && (c == '.' || c == '\'')) out += "\\&";
        line_start = c == '\n';
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
    }
    return out;
}

std::string bold(std::string_view plain) {
    return "\\fB" + text(plain) + "\\fR";
}

std::string italic(std::string_view plain) {
    return "\\fI" + text(plain) + "\\fR";
}

std::string lines(std::string_view plain) {
    std::string out;
    size_t start = 0;
    while (start <= plain.size()) {
        size_t end = plain.find('\n', start);
        if (end == std::string_view::npos) end = plain.size();
        if (!out.empty()) out += ".br\n";
        out += text(plain.substr(start, end - start)) + "\n";
        start = end + 1;
    }
    return out;
}

std::string paragraph(std::string_view plain) {
    return ".PP\n" + text(plain) + "\n";
}

std::string title(std::string_view name, int section, std::string_view version,
                  std::string_view manual) {
    // Left-adjusted and unhyphenated: option names and paths stay whole, to be copied as shown.
    return fmt::format(".TH \"{}\" \"{}\" \"\" \"{}\" \"{}\"\n.nh\n.ad l\n", text(name), section,
                       text(version), text(manual));
}

} // namespace mailclerk::manual::roff
