#include "parsers/charset.hpp"

#include <cerrno>
#include <iconv.h>
#include <utility>

#include "common/utf8.hpp"

namespace mailclerk::parsers {
namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD";

// The one owner of an iconv_t: opened to UTF-8 from a source charset, closed on destruction.
class Iconv {
  public:
    explicit Iconv(const std::string& from) : m_handle(iconv_open("UTF-8", from.c_str())) {}
    ~Iconv() {
        if (ok()) iconv_close(m_handle);
    }
    Iconv(const Iconv&) = delete;
    Iconv& operator=(const Iconv&) = delete;

    bool ok() const { return m_handle != invalid(); }

    // Convert all of input; undecodable bytes become U+FFFD. Returns false when any were.
    bool convert(std::string_view input, std::string& out) {
        bool clean = true;
        // iconv's API takes char** even though it never writes through the input pointer.
        char* in_ptr = const_cast<char*>(input.data());
        size_t in_left = input.size();
        char buffer[4096];
        while (in_left > 0) {
            char* out_ptr = buffer;
            size_t out_left = sizeof buffer;
            size_t rc = iconv(m_handle, &in_ptr, &in_left, &out_ptr, &out_left);
            int error = errno;
            out.append(buffer, static_cast<size_t>(out_ptr - buffer));
            if (rc != static_cast<size_t>(-1)) continue;
            if (error == E2BIG) continue;
            clean = false;
            out.append(k_replacement);
            if (error == EINVAL) break; // incomplete sequence at the end of the input
            ++in_ptr;
            --in_left;
            iconv(m_handle, nullptr, nullptr, nullptr, nullptr); // reset shift state
        }
        return clean;
    }

  private:
    static iconv_t invalid() { return reinterpret_cast<iconv_t>(-1); }
    iconv_t m_handle;
};

std::string strip_name(std::string_view charset) {
    std::string name = utf8::ascii_lower(utf8::trim(charset));
    while (!name.empty() && (name.front() == '"' || name.front() == '\''))
        name.erase(name.begin());
    while (!name.empty() && (name.back() == '"' || name.back() == '\''))
        name.pop_back();
    // RFC 2231 allows "charset*language" in encoded words.
    if (auto star = name.find('*'); star != std::string::npos) name.resize(star);
    return name;
}

// Mail names charsets loosely; map the families we must read to what glibc knows best.
std::string iconv_name(const std::string& name) {
    static constexpr std::pair<std::string_view, std::string_view> k_aliases[] = {
        {"gb2312", "GB18030"},       {"gbk", "GB18030"},      {"cp936", "GB18030"},
        {"x-gbk", "GB18030"},        {"euc-cn", "GB18030"},   {"gb_2312-80", "GB18030"},
        {"x-euc-cn", "GB18030"},     {"chinese", "GB18030"},  {"csgb2312", "GB18030"},
        {"windows-936", "GB18030"},  {"big5", "CP950"},       {"x-big5", "CP950"},
        {"cn-big5", "CP950"},        {"big-5", "CP950"},      {"iso-8859-1", "CP1252"},
        {"latin1", "CP1252"},        {"iso8859-1", "CP1252"}, {"l1", "CP1252"},
        {"ks_c_5601-1987", "CP949"}, {"euc-kr", "CP949"},     {"x-sjis", "SHIFT_JIS"},
        {"shift-jis", "SHIFT_JIS"},
    };
    for (const auto& [alias, target] : k_aliases)
        if (name == alias) return std::string(target);
    if (name.starts_with("windows-")) return "CP" + name.substr(8);
    if (name.starts_with("x-windows-")) return "CP" + name.substr(10);
    return name;
}

bool is_utf8_name(const std::string& name) {
    return name == "utf-8" || name == "utf8" || name == "x-utf-8" || name == "unicode-1-1-utf-8";
}

bool is_ascii(std::string_view bytes) {
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

// Empty or unknown charset: UTF-8 if valid, else GB18030 if clean, else Windows-1252.
Decoded detect(std::string_view bytes) {
    Decoded result;
    if (utf8::is_valid(bytes)) {
        result.text = std::string(bytes);
        return result;
    }
    if (Iconv gb("GB18030"); gb.ok() && gb.convert(bytes, result.text)) return result;
    result.text.clear();
    Iconv western("CP1252");
    result.lossy = !western.ok() || !western.convert(bytes, result.text);
    if (!utf8::is_valid(result.text)) result.text = utf8::sanitize(result.text);
    return result;
}

} // namespace

Decoded to_utf8(std::string_view bytes, std::string_view charset) {
    std::string name = strip_name(charset);
    // Pure ASCII reads the same in every charset we accept; skip iconv (most mail is this).
    bool wide = name.starts_with("utf-16") || name.starts_with("utf-32") ||
                name.starts_with("ucs-") || name == "utf-7" || name.starts_with("iso-2022");
    if (!wide && is_ascii(bytes)) return Decoded{std::string(bytes), false, false};
    if (name.empty() || name == "us-ascii" || name == "ascii") return detect(bytes);
    Decoded result;
    if (is_utf8_name(name)) {
        result.lossy = !utf8::is_valid(bytes);
        result.text = result.lossy ? utf8::sanitize(bytes) : std::string(bytes);
        return result;
    }
    Iconv converter(iconv_name(name));
    if (!converter.ok()) {
        result = detect(bytes);
        result.unknown = true;
        return result;
    }
    result.lossy = !converter.convert(bytes, result.text);
    if (!utf8::is_valid(result.text)) {
        result.text = utf8::sanitize(result.text);
        result.lossy = true;
    }
    return result;
}

} // namespace mailclerk::parsers
