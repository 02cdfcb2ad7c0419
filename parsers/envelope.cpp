#include "parsers/envelope.hpp"

#include <optional>

#include "common/utf8.hpp"
#include "parsers/address.hpp"
#include "parsers/date.hpp"
#include "parsers/header_decode.hpp"

namespace mailclerk::parsers {
namespace {

bool same_name(std::string_view a, std::string_view b) {
    return a.size() == b.size() && utf8::ascii_lower(a) == utf8::ascii_lower(b);
}

std::vector<Address> all_addresses(const HeaderFields& fields, std::string_view name) {
    std::vector<Address> result;
    for (const auto& field : fields) {
        if (!same_name(field.name, name)) continue;
        auto parsed = parse_address_list(field.value);
        result.insert(result.end(), parsed.begin(), parsed.end());
    }
    return result;
}

// The date a Received header ends with ("...; Tue, 3 Nov 2026 09:42:00 +0000").
std::optional<int64_t> received_date(const HeaderFields& fields) {
    const std::string* received = find_field(fields, "Received");
    if (received == nullptr) return std::nullopt;
    size_t semicolon = received->rfind(';');
    if (semicolon == std::string::npos) return std::nullopt;
    return parse_date(std::string_view(*received).substr(semicolon + 1));
}

// Chinese mailers (Foxmail, Coremail, old Outlook Express on Chinese Windows) write "CST" for
// China Standard Time, +0800; RFC 822 says US Central, -0600. The first Received header, stamped
// by our own server, decides: the reading closer to it wins. Without one, a Chinese charset in
// the headers means China.
std::optional<std::string> china_reading(std::string_view date) {
    std::string lower = utf8::ascii_lower(date);
    size_t pos = lower.find("cst");
    if (pos == std::string::npos) return std::nullopt;
    bool word_start = pos == 0 || lower[pos - 1] == ' ' || lower[pos - 1] == '(';
    bool word_end = pos + 3 == lower.size() || lower[pos + 3] == ' ' || lower[pos + 3] == ')';
    if (!word_start || !word_end) return std::nullopt;
    // A numeric zone as well ("+0800 (CST)") already says which CST.
    if (lower.find_first_of("+-", lower.find(':')) != std::string::npos) return std::nullopt;
    std::string reading(date);
    reading.replace(pos, 3, "+0800");
    return reading;
}

bool has_chinese_charset(const HeaderFields& fields) {
    for (const auto& field : fields) {
        std::string lower = utf8::ascii_lower(field.value);
        for (const char* charset : {"gb2312", "gbk", "gb18030", "big5", "cp936"})
            if (lower.find(charset) != std::string::npos) return true;
    }
    return false;
}

std::optional<int64_t> resolve_cst(const HeaderFields& fields, std::string_view date,
                                   std::optional<int64_t> us_reading) {
    auto china = china_reading(date);
    if (!china || !us_reading) return us_reading;
    std::optional<int64_t> china_time = parse_date(*china);
    if (!china_time) return us_reading;
    if (auto received = received_date(fields)) {
        auto distance = [&](int64_t t) { return t > *received ? t - *received : *received - t; };
        return distance(*china_time) < distance(*us_reading) ? china_time : us_reading;
    }
    return has_chinese_charset(fields) ? china_time : us_reading;
}

void read_date(const HeaderFields& fields, Message& message) {
    const std::string* date = find_field(fields, "Date");
    if (date != nullptr) message.date = resolve_cst(fields, *date, parse_date(*date));
    if (message.date) return;
    message.add_flag(date == nullptr ? "no-date" : "bad-date");
    message.date = received_date(fields);
}

std::string plain_value(const HeaderFields& fields, std::string_view name) {
    const std::string* value = find_field(fields, name);
    return value == nullptr ? std::string() : std::string(utf8::trim(decode_header_text(*value)));
}

} // namespace

const std::string* find_field(const HeaderFields& fields, std::string_view name) {
    for (const auto& field : fields)
        if (same_name(field.name, name)) return &field.value;
    return nullptr;
}

std::vector<std::string> message_ids(std::string_view value) {
    std::vector<std::string> ids;
    std::string text = utf8::sanitize(unfold(value));
    size_t pos = 0;
    while ((pos = text.find('<', pos)) != std::string::npos) {
        size_t end = text.find('>', pos + 1);
        if (end == std::string::npos) {
            // "<id@host" without its closing bracket: the rest of the value is the id.
            auto id = utf8::trim(std::string_view(text).substr(pos + 1));
            if (!id.empty() && id.find_first_of(" \t<") == std::string_view::npos)
                ids.emplace_back(id);
            break;
        }
        auto id = utf8::trim(std::string_view(text).substr(pos + 1, end - pos - 1));
        if (!id.empty()) ids.emplace_back(id);
        pos = end + 1;
    }
    if (!ids.empty()) return ids;
    // No brackets at all: broken mailers write bare ids separated by blanks.
    size_t begin = std::string::npos;
    for (size_t i = 0; i <= text.size(); ++i) {
        bool blank = i == text.size() || text[i] == ' ' || text[i] == '\t' || text[i] == ',';
        if (!blank && begin == std::string::npos) begin = i;
        if (blank && begin != std::string::npos) {
            ids.push_back(text.substr(begin, i - begin));
            begin = std::string::npos;
        }
    }
    return ids;
}

void read_envelope(const HeaderFields& fields, Message& message) {
    auto first_id = [&](std::string_view name) {
        const std::string* value = find_field(fields, name);
        auto ids = value == nullptr ? std::vector<std::string>() : message_ids(*value);
        return ids.empty() ? std::string() : ids.front();
    };
    message.message_id = first_id("Message-ID");
    message.in_reply_to = first_id("In-Reply-To");
    if (const std::string* refs = find_field(fields, "References"))
        message.references = message_ids(*refs);
    read_date(fields, message);
    message.subject = plain_value(fields, "Subject");
    message.from = all_addresses(fields, "From");
    message.to = all_addresses(fields, "To");
    message.cc = all_addresses(fields, "Cc");
    message.bcc = all_addresses(fields, "Bcc");
    message.reply_to = all_addresses(fields, "Reply-To");
    message.sender = all_addresses(fields, "Sender");
    message.list_id = plain_value(fields, "List-Id");
    message.precedence = utf8::ascii_lower(plain_value(fields, "Precedence"));
    std::string auto_submitted = utf8::ascii_lower(plain_value(fields, "Auto-Submitted"));
    auto_submitted = auto_submitted.substr(0, auto_submitted.find(';'));
    message.auto_submitted = !auto_submitted.empty() && utf8::trim(auto_submitted) != "no";
}

} // namespace mailclerk::parsers
