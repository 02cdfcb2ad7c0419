#include "parsers/signature.hpp"

#include <algorithm>
#include <vector>

#include "common/utf8.hpp"

namespace mailclerk::parsers {
namespace {

constexpr size_t k_signature_lines = 15;

// The sender's own text: up to the first quoted line or forwarded / original-message header.
std::vector<std::string> own_lines(std::string_view text) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = std::min(text.find('\n', start), text.size());
        std::string line(utf8::trim(text.substr(start, end - start)));
        std::string lower = utf8::ascii_lower(line);
        if (line.starts_with(">") || lower.starts_with("-----original message") ||
            lower.starts_with("from:") || line.starts_with("发件人") ||
            line.starts_with("-----邮件原件") ||
            (lower.starts_with("on ") && lower.ends_with("wrote:")))
            break;
        if (!line.empty()) lines.push_back(std::move(line));
        start = end + 1;
    }
    if (lines.size() > k_signature_lines)
        lines.erase(lines.begin(), lines.end() - k_signature_lines);
    return lines;
}

// "Tel: +86 21 5555 1234" -> "+86 21 5555 1234"; "" unless the line is a labelled number.
std::string labelled_phone(const std::string& line) {
    static const char* const k_labels[] = {"tel",  "phone", "mobile", "mob",      "cell", "direct",
                                           "电话", "手机",  "座机",   "联系电话", "t",    "m"};
    std::string lower = utf8::ascii_lower(line);
    for (const char* label : k_labels) {
        std::string_view l(label);
        if (!lower.starts_with(l)) continue;
        std::string_view rest = std::string_view(line).substr(l.size());
        rest = utf8::trim(rest);
        if (rest.starts_with("："))
            rest.remove_prefix(3);
        else if (!rest.empty() && (rest.front() == ':' || rest.front() == '.'))
            rest.remove_prefix(1);
        else if (l.size() <= 1)
            continue; // "T" and "M" only with a colon
        rest = utf8::trim(rest);
        std::string phone;
        int digits = 0;
        for (char c : rest) {
            if (c >= '0' && c <= '9')
                ++digits;
            else if (std::string_view("+()-./ ").find(c) == std::string_view::npos)
                return {};
            if (c != ' ' || (!phone.empty() && phone.back() != ' ')) phone.push_back(c);
        }
        if (digits >= 7 && digits <= 15) return std::string(utf8::trim(phone));
    }
    return {};
}

bool looks_like_title(const std::string& line) {
    static const char* const k_words[] = {
        "manager",     "director",  "engineer", "purchas",   "buyer",      "sales",
        "ceo",         "president", "officer",  "assistant", "specialist", "head of",
        "procurement", "经理",      "总监",     "工程师",    "主管",       "采购",
        "销售",        "助理",      "部长",     "总裁",      "董事"};
    if (line.size() > 60 || line.find('@') != std::string::npos ||
        line.find("http") != std::string::npos)
        return false;
    if (std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    std::string lower = utf8::ascii_lower(line);
    return std::any_of(std::begin(k_words), std::end(k_words),
                       [&](const char* word) { return lower.find(word) != std::string::npos; });
}

} // namespace

SignatureFacts read_signature(std::string_view text, std::string_view sender_name) {
    SignatureFacts facts;
    std::vector<std::string> lines = own_lines(text);
    std::string name(utf8::trim(sender_name));
    for (size_t i = 0; i < lines.size(); ++i) {
        if (facts.phone.empty()) facts.phone = labelled_phone(lines[i]);
        bool name_line = !name.empty() && (lines[i] == name || lines[i] == "-- " + name);
        if (facts.title.empty() && name_line && i + 1 < lines.size() &&
            looks_like_title(lines[i + 1]))
            facts.title = lines[i + 1];
    }
    return facts;
}

} // namespace mailclerk::parsers
