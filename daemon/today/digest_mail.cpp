#include "daemon/today/digest_mail.hpp"

#include <algorithm>
#include <ctime>

#include <fmt/format.h>

#include "common/sha256.hpp"
#include "common/text_codec.hpp"
#include "common/utf8.hpp"

namespace mailclerk::today {
namespace {

// 45 bytes of UTF-8 become 60 characters of base64: with "=?UTF-8?B?" and "?=" a word of 72.
constexpr size_t k_word_bytes = 45;

bool plain_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) {
        auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte < 0x7f;
    });
}

// RFC 5322 date in UTC: "Tue, 03 Nov 2026 09:42:00 +0000".
std::string mail_date(int64_t epoch) {
    static constexpr const char* k_days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* k_months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::time_t t = static_cast<std::time_t>(epoch);
    std::tm tm{};
    gmtime_r(&t, &tm);
    return fmt::format("{}, {:02} {} {:04} {:02}:{:02}:{:02} +0000", k_days[tm.tm_wday], tm.tm_mday,
                       k_months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

// A body part; its text in canonical form (CRLF line ends) before encoding.
std::string part(std::string_view boundary, std::string_view type, std::string_view body) {
    std::string canonical;
    for (char c : body) {
        if (c == '\n' && (canonical.empty() || canonical.back() != '\r')) canonical.push_back('\r');
        canonical.push_back(c);
    }
    return fmt::format("--{}\r\nContent-Type: {}; charset=utf-8\r\nContent-Transfer-Encoding: "
                       "base64\r\n\r\n{}\r\n",
                       boundary, type, base64_encode(canonical, 76));
}

// The phrase of an address: a quoted string when it holds specials, encoded when not ASCII.
std::string phrase(std::string_view name) {
    if (!plain_ascii(name)) return header_words(name);
    if (name.find_first_of("()<>[]:;@\\,.\"") == std::string_view::npos) return std::string(name);
    std::string out = "\"";
    for (char c : name) {
        if (c == '"' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    return out + "\"";
}

} // namespace

std::pair<std::string, std::string> split_mailbox(std::string_view mailbox) {
    mailbox = utf8::trim(mailbox);
    size_t open = mailbox.rfind('<');
    if (open == std::string_view::npos || !mailbox.ends_with(">"))
        return {"", std::string(mailbox)};
    std::string_view name = utf8::trim(mailbox.substr(0, open));
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"')
        name = name.substr(1, name.size() - 2);
    return {std::string(name),
            std::string(utf8::trim(mailbox.substr(open + 1, mailbox.size() - open - 2)))};
}

std::string header_words(std::string_view text) {
    if (plain_ascii(text)) return std::string(text);
    std::string out;
    while (!text.empty()) {
        size_t take = std::min(text.size(), k_word_bytes);
        // Never split a character: back up to the start of a UTF-8 sequence.
        while (take < text.size() && take > 0 &&
               (static_cast<unsigned char>(text[take]) & 0xC0) == 0x80)
            --take;
        if (!out.empty()) out += "\r\n ";
        out += "=?UTF-8?B?" + base64_encode(text.substr(0, take)) + "?=";
        text.remove_prefix(take);
    }
    return out;
}

std::string digest_mail(const Digest& digest, const Envelope& e) {
    std::string boundary = "=_mailclerk_" + sha256_hex(e.message_id).substr(0, 24);
    std::string from =
        e.from_name.empty() ? e.from_address : phrase(e.from_name) + " <" + e.from_address + ">";
    std::string headers = fmt::format(
        "From: {}\r\nTo: {}\r\nSubject: {}\r\nDate: {}\r\nMessage-ID: <{}>\r\nMIME-Version: "
        "1.0\r\nAuto-Submitted: auto-generated\r\nX-Auto-Response-Suppress: All\r\n"
        "Content-Type: multipart/alternative; boundary=\"{}\"\r\n\r\n",
        from, e.to, header_words(digest.subject), mail_date(e.date), e.message_id, boundary);
    return headers + part(boundary, "text/plain", digest.text) +
           part(boundary, "text/html", digest.html) + "--" + boundary + "--\r\n";
}

} // namespace mailclerk::today
