#include "daemon/sources/pst_message.hpp"

#include <array>
#include <cstdlib>
#include <ctime>
#include <string_view>
#include <vector>

// lzfu.h, unlike libpst.h, has no extern "C" of its own.
extern "C" {
#include <libpst/lzfu.h>
}
#include <libpst/timeconv.h>

#include "common/sha256.hpp"

namespace mailclerk::sources {
namespace {

constexpr int k_max_embedded_depth = 4;

struct Part {
    std::string headers; // Content-* lines, each ending in "\n"
    std::string body;    // already encoded
};

std::string base64(std::string_view bytes) {
    static constexpr char k_alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve(bytes.size() / 3 * 4 + bytes.size() / 57 + 8);
    size_t line = 0;
    for (size_t i = 0; i < bytes.size(); i += 3) {
        uint32_t chunk = uint32_t{static_cast<unsigned char>(bytes[i])} << 16;
        size_t n = std::min<size_t>(3, bytes.size() - i);
        if (n > 1) chunk |= uint32_t{static_cast<unsigned char>(bytes[i + 1])} << 8;
        if (n > 2) chunk |= static_cast<unsigned char>(bytes[i + 2]);
        out += k_alphabet[(chunk >> 18) & 63];
        out += k_alphabet[(chunk >> 12) & 63];
        out += n > 1 ? k_alphabet[(chunk >> 6) & 63] : '=';
        out += n > 2 ? k_alphabet[chunk & 63] : '=';
        if (++line == 19) { // 76 characters a line
            out += '\n';
            line = 0;
        }
    }
    if (line) out += '\n';
    return out;
}

bool is_ascii(std::string_view text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

// A header value on one line: CR, LF and other controls become spaces.
std::string one_line(std::string_view text) {
    std::string out;
    for (char c : text)
        out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
    return out;
}

// RFC 2047 encoded words for non-ASCII text, split on UTF-8 character boundaries.
std::string encode_words(std::string_view text) {
    std::string line = one_line(text);
    if (is_ascii(line)) return line;
    std::string out;
    size_t start = 0;
    while (start < line.size()) {
        size_t end = std::min(line.size(), start + 45);
        while (end < line.size() && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80)
            --end;
        if (!out.empty()) out += "\n ";
        std::string chunk = base64(std::string_view(line).substr(start, end - start));
        if (!chunk.empty() && chunk.back() == '\n') chunk.pop_back();
        out += "=?UTF-8?B?" + chunk + "?=";
        start = end;
    }
    return out;
}

std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : one_line(text)) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

// A filename parameter: quoted ASCII, or RFC 2231 UTF-8 percent-encoding.
std::string file_parameter(std::string_view name, std::string_view value) {
    if (is_ascii(value)) return std::string(name) + "=" + quoted(value);
    std::string out = std::string(name) + "*=UTF-8''";
    static constexpr char k_hex[] = "0123456789ABCDEF";
    for (char raw : value) {
        auto c = static_cast<unsigned char>(raw);
        if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += k_hex[c >> 4];
            out += k_hex[c & 15];
        }
    }
    return out;
}

std::string text_of(pst_item& item, pst_string& field) {
    if (!field.str) return {};
    pst_convert_utf8(&item, &field);
    return field.str ? std::string(field.str) : std::string();
}

std::string rfc5322_date(const FILETIME* when) {
    static constexpr std::array<const char*, 7> k_days = {"Sun", "Mon", "Tue", "Wed",
                                                          "Thu", "Fri", "Sat"};
    static constexpr std::array<const char*, 12> k_months = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::time_t seconds = pst_fileTimeToUnixTime(when);
    std::tm utc{};
    if (!gmtime_r(&seconds, &utc)) return {};
    char out[64];
    std::snprintf(out, sizeof(out), "%s, %d %s %04d %02d:%02d:%02d +0000",
                  k_days[static_cast<size_t>(utc.tm_wday) % 7], utc.tm_mday,
                  k_months[static_cast<size_t>(utc.tm_mon) % 12], utc.tm_year + 1900, utc.tm_hour,
                  utc.tm_min, utc.tm_sec);
    return out;
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Outlook's transport headers without the MIME fields (the body is rebuilt) and without a
// leading non-header line ("Microsoft Mail Internet Headers Version 2.0"). LF line ends.
std::string kept_transport_headers(std::string_view raw) {
    std::string out;
    bool dropping = false, started = false;
    size_t pos = 0;
    while (pos < raw.size()) {
        size_t end = raw.find('\n', pos);
        std::string_view line =
            raw.substr(pos, end == std::string_view::npos ? raw.npos : end - pos);
        pos = end == std::string_view::npos ? raw.size() : end + 1;
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (line.empty()) {
            if (started) break; // end of the header block
            continue;
        }
        bool continuation = line.front() == ' ' || line.front() == '\t';
        if (!continuation) {
            size_t colon = line.find(':');
            bool field = colon != std::string_view::npos && colon > 0 &&
                         line.substr(0, colon).find_first_of(" \t") == std::string_view::npos;
            if (!field) {
                if (!started) continue;
                dropping = true; // garbage inside the block: not a header, leave it out
                continue;
            }
            std::string name = lower(line.substr(0, colon));
            dropping = name.starts_with("content-") || name == "mime-version";
            started = true;
        } else if (!started) {
            continue;
        }
        if (!dropping) {
            out.append(line);
            out += '\n';
        }
    }
    return out;
}

bool has_field(std::string_view headers, std::string_view name) {
    std::string block = "\n" + lower(headers);
    return block.find("\n" + lower(name) + ":") != std::string::npos;
}

std::string mailbox(std::string_view name, std::string_view address) {
    if (address.empty()) return encode_words(name);
    std::string addr = one_line(address);
    if (name.empty() || name == address) return addr;
    return (is_ascii(name) ? quoted(name) : encode_words(name)) + " <" + addr + ">";
}

// Headers from the item's properties, for those the transport headers lack (or all of them
// when Outlook kept none: mail written or sent locally).
std::string built_headers(pst_item& item, const std::string& kept) {
    pst_item_email& email = *item.email;
    std::string out;
    auto add = [&](std::string_view name, const std::string& value) {
        if (!value.empty() && !has_field(kept, name))
            out += std::string(name) + ": " + value + "\n";
    };
    std::string sender_address = text_of(item, email.sender_address);
    std::string sender_type = text_of(item, email.sender_access);
    if (sender_address.find('@') == std::string::npos ||
        (!sender_type.empty() && sender_type != "SMTP"))
        sender_address = text_of(item, email.sender2_address);
    if (sender_address.find('@') == std::string::npos) sender_address.clear();
    std::string sender_name = text_of(item, email.outlook_sender_name);
    add("From", mailbox(sender_name, sender_address));
    // PR_DISPLAY_TO/CC hold display names joined by "; " (libpst has no recipient table).
    add("To", encode_words(text_of(item, email.sentto_address)));
    add("Cc", encode_words(text_of(item, email.cc_address)));
    add("Subject", encode_words(text_of(item, item.subject)));
    const FILETIME* when = email.sent_date      ? email.sent_date
                           : email.arrival_date ? email.arrival_date
                                                : item.create_date;
    if (when) add("Date", rfc5322_date(when));
    add("Message-ID", one_line(text_of(item, email.messageid)));
    add("In-Reply-To", one_line(text_of(item, email.in_reply_to)));
    return out;
}

std::string boundary_for(const std::vector<Part>& parts, std::string_view salt) {
    std::string all(salt);
    for (const Part& part : parts)
        all += part.headers + part.body;
    return "=_mailclerk_pst_" + sha256_hex(all).substr(0, 32);
}

Part multipart(std::string_view subtype, const std::vector<Part>& parts, std::string_view salt) {
    std::string boundary = boundary_for(parts, salt);
    Part out;
    out.headers =
        "Content-Type: multipart/" + std::string(subtype) + "; boundary=\"" + boundary + "\"\n";
    for (const Part& part : parts)
        out.body += "--" + boundary + "\n" + part.headers + "\n" + part.body;
    out.body += "--" + boundary + "--\n";
    return out;
}

Part text_part(std::string_view subtype, std::string_view text) {
    return {"Content-Type: text/" + std::string(subtype) +
                "; charset=utf-8\nContent-Transfer-Encoding: base64\n",
            base64(text)};
}

std::string to_rfc822(PstFile& pst, pst_item& item, int depth);

std::string attachment_name(pst_item& item, pst_item_attach& attach, size_t index) {
    std::string name = text_of(item, attach.filename2);
    if (name.empty()) name = text_of(item, attach.filename1);
    if (name.empty()) name = "attachment-" + std::to_string(index + 1);
    return name;
}

bool attachment_part(PstFile& pst, pst_item& item, pst_item_attach& attach, size_t index, int depth,
                     Part& out) {
    std::string name = attachment_name(item, attach, index);
    if (attach.method == PST_ATTACH_EMBEDDED) {
        if (depth >= k_max_embedded_depth) return false;
        PstItem inner = pst.parse_embedded(attach);
        if (!inner || !inner->email) return false;
        std::string inner_name = text_of(*inner, inner->subject);
        if (!name.ends_with(".eml")) name = (inner_name.empty() ? name : inner_name) + ".eml";
        out.headers = "Content-Type: message/rfc822\nContent-Disposition: attachment; " +
                      file_parameter("filename", one_line(name)) + "\n";
        out.body = to_rfc822(pst, *inner, depth + 1);
        return true;
    }
    std::string bytes;
    if (attach.data.data) {
        bytes.assign(attach.data.data, attach.data.size);
    } else if (attach.i_id != 0 && attach.i_id != UINT64_MAX) {
        pst_binary stored = pst_attach_to_mem(pst.handle(), &attach);
        if (!stored.data) return false;
        bytes.assign(stored.data, stored.size);
        std::free(stored.data);
    } else {
        return false;
    }
    std::string type = one_line(text_of(item, attach.mimetype));
    if (type.find('/') == std::string::npos) type = "application/octet-stream";
    name = one_line(name);
    out.headers = "Content-Type: " + type + "; " + file_parameter("name", name) +
                  "\nContent-Disposition: attachment; " + file_parameter("filename", name) +
                  "\nContent-Transfer-Encoding: base64\n";
    out.body = base64(bytes);
    return true;
}

std::vector<Part> body_parts(pst_item& item) {
    std::string plain = text_of(item, item.body);
    std::string html = text_of(item, item.email->htmlbody);
    std::vector<Part> parts;
    if (!plain.empty()) parts.push_back(text_part("plain", plain));
    if (!html.empty()) parts.push_back(text_part("html", html));
    if (parts.size() == 2) return {multipart("alternative", parts, "alternative")};
    if (parts.empty() && item.email->rtf_compressed.data) { // only RTF: keep it as body.rtf
        size_t size = 0;
        char* rtf =
            pst_lzfu_decompress(item.email->rtf_compressed.data,
                                static_cast<uint32_t>(item.email->rtf_compressed.size), &size);
        if (rtf) {
            parts.push_back({"Content-Type: application/rtf; name=\"body.rtf\"\n"
                             "Content-Disposition: attachment; filename=\"body.rtf\"\n"
                             "Content-Transfer-Encoding: base64\n",
                             base64(std::string_view(rtf, size))});
            std::free(rtf);
        }
    }
    if (parts.empty()) parts.push_back(text_part("plain", ""));
    return parts;
}

std::string to_rfc822(PstFile& pst, pst_item& item, int depth) {
    std::string kept = kept_transport_headers(text_of(item, item.email->header));
    std::string headers = kept + built_headers(item, kept);
    std::vector<Part> parts = body_parts(item);
    size_t index = 0;
    for (pst_item_attach* attach = item.attach; attach; attach = attach->next, ++index) {
        Part part;
        if (attachment_part(pst, item, *attach, index, depth, part))
            parts.push_back(std::move(part));
    }
    Part body = parts.size() == 1 ? std::move(parts.front()) : multipart("mixed", parts, "mixed");
    return headers + "MIME-Version: 1.0\n" + body.headers + "\n" + body.body;
}

} // namespace

std::string pst_item_to_rfc822(PstFile& pst, pst_item& item) {
    return to_rfc822(pst, item, 0);
}

} // namespace mailclerk::sources
