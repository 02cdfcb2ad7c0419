#include "parsers/charset.hpp"

#include <algorithm>
#include <cerrno>
#include <iconv.h>
#include <optional>
#include <uchardet/uchardet.h>
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
        // Stateful decoders (CP1255, CP1258 combine characters) hold the last one back.
        char* out_ptr = buffer;
        size_t out_left = sizeof buffer;
        iconv(m_handle, nullptr, nullptr, &out_ptr, &out_left);
        out.append(buffer, static_cast<size_t>(out_ptr - buffer));
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
        {"gb2312", "GB18030"},
        {"gbk", "GB18030"},
        {"cp936", "GB18030"},
        {"ms936", "GB18030"},
        {"x-gbk", "GB18030"},
        {"euc-cn", "GB18030"},
        {"gb_2312-80", "GB18030"},
        {"x-euc-cn", "GB18030"},
        {"chinese", "GB18030"},
        {"csgb2312", "GB18030"},
        {"windows-936", "GB18030"},
        {"gb-18030", "GB18030"},
        {"big5", "CP950"},
        {"x-big5", "CP950"},
        {"cn-big5", "CP950"},
        {"big-5", "CP950"},
        {"csbig5", "CP950"},
        {"big5hkscs", "BIG5-HKSCS"},
        {"x-big5-hkscs", "BIG5-HKSCS"},
        {"iso-8859-1", "CP1252"},
        {"latin1", "CP1252"},
        {"iso8859-1", "CP1252"},
        {"iso_8859-1", "CP1252"},
        {"l1", "CP1252"},
        {"ks_c_5601-1987", "CP949"},
        {"ks_c_5601", "CP949"},
        {"ksc5601", "CP949"},
        {"euc-kr", "CP949"},
        {"x-euc-kr", "CP949"},
        {"shift_jis", "CP932"},
        {"shift-jis", "CP932"},
        {"x-sjis", "CP932"},
        {"sjis", "CP932"},
        {"ms_kanji", "CP932"},
        {"windows-31j", "CP932"},
        {"iso-2022-jp", "ISO-2022-JP-2"},
        {"csiso2022jp", "ISO-2022-JP-2"},
        {"x-euc-jp", "EUC-JP"},
        {"euc-jp", "EUC-JP-MS"},
        {"unicode-1-1-utf-7", "UTF-7"},
        {"x-utf-7", "UTF-7"},
        {"utf7", "UTF-7"},
        {"unicode", "UTF-16"},
        {"ucs-2", "UTF-16"},
    };
    for (const auto& [alias, target] : k_aliases)
        if (name == alias) return std::string(target);
    if (name.starts_with("windows-")) return "CP" + name.substr(8);
    if (name.starts_with("x-windows-")) return "CP" + name.substr(10);
    if (name.starts_with("cp-")) return "CP" + name.substr(3);
    return name;
}

// The one owner of a uchardet handle.
class Detector {
  public:
    Detector() : m_handle(uchardet_new()) {}
    ~Detector() {
        if (m_handle != nullptr) uchardet_delete(m_handle);
    }
    Detector(const Detector&) = delete;
    Detector& operator=(const Detector&) = delete;

    // The charset uchardet guesses for the bytes, lower-case; empty when it has no idea.
    std::string guess(std::string_view bytes) {
        if (m_handle == nullptr) return {};
        // Detection needs a sample, not the whole of a 100 MB part.
        constexpr size_t k_sample = 256 * 1024;
        if (uchardet_handle_data(m_handle, bytes.data(), std::min(bytes.size(), k_sample)) != 0)
            return {};
        uchardet_data_end(m_handle);
        const char* name = uchardet_get_charset(m_handle);
        return name == nullptr ? std::string() : utf8::ascii_lower(name);
    }

  private:
    uchardet_t m_handle;
};

bool is_utf8_name(const std::string& name) {
    return name == "utf-8" || name == "utf8" || name == "x-utf-8" || name == "unicode-1-1-utf-8";
}

bool is_ascii(std::string_view bytes) {
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

// Convert with one charset; nullopt when iconv does not know it.
std::optional<Decoded> convert_with(std::string_view bytes, const std::string& iconv_charset) {
    Iconv converter(iconv_charset);
    if (!converter.ok()) return std::nullopt;
    Decoded result;
    result.lossy = !converter.convert(bytes, result.text);
    if (!utf8::is_valid(result.text)) {
        result.text = utf8::sanitize(result.text);
        result.lossy = true;
    }
    return result;
}

// Decodes without a single replaced byte.
std::optional<Decoded> clean_with(std::string_view bytes, const std::string& iconv_charset) {
    auto result = convert_with(bytes, iconv_charset);
    if (!result || result->lossy) return std::nullopt;
    return result;
}

size_t count_high_bytes(std::string_view bytes) {
    size_t count = 0;
    for (char c : bytes)
        count += static_cast<unsigned char>(c) >= 0x80 ? 1 : 0;
    return count;
}

bool is_cjk_multibyte(std::string_view name) {
    return name.starts_with("gb") || name.starts_with("big5") || name.starts_with("euc-") ||
           name.starts_with("shift_jis") || name.starts_with("iso-2022") || name == "uhc";
}

// Chinese text in GBK pairs two high bytes (GB2312 trail bytes are 0xA1-0xFE); Latin-1 text
// with accents ("Descripción;") decodes as GBK too, but its "pairs" end in ASCII letters.
bool plausible_gb(std::string_view bytes) {
    size_t pairs = 0, ascii_trail = 0;
    for (size_t i = 0; i + 1 < bytes.size(); ++i) {
        auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x81 || lead == 0xFF) continue;
        auto trail = static_cast<unsigned char>(bytes[i + 1]);
        ++pairs;
        ascii_trail += trail < 0x80 ? 1 : 0;
        ++i;
    }
    return pairs > 0 && ascii_trail * 2 <= pairs;
}

// Empty or unknown charset. uchardet is trusted for CJK guesses and for texts long enough to
// have statistics (it calls "café" ISO-8859-2 and three accented letters VISCII); otherwise a
// clean GB18030 reading wins (our correspondents are mostly Chinese), then Windows-1252.
Decoded detect(std::string_view bytes) {
    if (utf8::is_valid(bytes)) return Decoded{std::string(bytes), false, false, {}};
    constexpr size_t k_enough_for_statistics = 32;
    std::string guess = Detector().guess(bytes);
    bool trusted = !guess.empty() && guess != "ascii" && guess != "utf-8" &&
                   (is_cjk_multibyte(guess) || count_high_bytes(bytes) >= k_enough_for_statistics);
    if (trusted) {
        if (auto result = clean_with(bytes, iconv_name(guess))) {
            result->detected = guess;
            return std::move(*result);
        }
    }
    if (auto result = plausible_gb(bytes) ? clean_with(bytes, "GB18030") : std::nullopt) {
        result->detected = "gb18030";
        return std::move(*result);
    }
    Decoded result =
        convert_with(bytes, "CP1252").value_or(Decoded{utf8::sanitize(bytes), true, false, {}});
    result.detected = "windows-1252";
    return result;
}

} // namespace

Decoded to_utf8(std::string_view bytes, std::string_view charset) {
    std::string name = strip_name(charset);
    // Pure ASCII reads the same in every charset we accept; skip iconv (most mail is this).
    std::string target = iconv_name(name);
    // Stateful and wide encodings give ASCII bytes other meanings ("+" in UTF-7, ESC in 2022).
    std::string lower_target = utf8::ascii_lower(target);
    bool wide = lower_target.starts_with("utf-16") || lower_target.starts_with("utf-32") ||
                lower_target.starts_with("ucs") || lower_target == "utf-7" ||
                lower_target.starts_with("iso-2022") || lower_target == "hz-gb-2312";
    if (!wide && is_ascii(bytes)) return Decoded{std::string(bytes), false, false, {}};
    if (name.empty() || name == "us-ascii" || name == "ascii") return detect(bytes);
    Decoded result;
    if (is_utf8_name(name)) {
        result.lossy = !utf8::is_valid(bytes);
        result.text = result.lossy ? utf8::sanitize(bytes) : std::string(bytes);
        return result;
    }
    auto converted = convert_with(bytes, target);
    if (!converted) {
        result = detect(bytes);
        result.unknown = true;
        return result;
    }
    return std::move(*converted);
}

Decoded raw_header_to_utf8(std::string_view bytes) {
    if (utf8::is_valid(bytes)) return Decoded{std::string(bytes), false, false, {}};
    auto gb = clean_with(bytes, "GB18030");
    auto big5 = clean_with(bytes, "CP950");
    if (gb && big5) {
        // Both readings are possible for short texts; the statistical guess breaks the tie.
        std::string guess = Detector().guess(bytes);
        bool traditional = guess.starts_with("big5") || guess == "euc-tw";
        Decoded chosen = traditional ? std::move(*big5) : std::move(*gb);
        chosen.detected = traditional ? "big5" : "gb18030";
        return chosen;
    }
    if (gb) {
        gb->detected = "gb18030";
        return std::move(*gb);
    }
    if (big5) {
        big5->detected = "big5";
        return std::move(*big5);
    }
    return detect(bytes);
}

std::string iconv_charset_name(std::string_view mime_name) {
    return iconv_name(strip_name(mime_name));
}

} // namespace mailclerk::parsers
