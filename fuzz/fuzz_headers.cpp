// libFuzzer target: the header decoders one by one (RFC 2047, RFC 2231 parameters, address
// lists, dates, charsets, uuencode). The first byte picks a charset for to_utf8; every decoded
// string must be valid UTF-8.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "common/utf8.hpp"
#include "parsers/address.hpp"
#include "parsers/charset.hpp"
#include "parsers/codec.hpp"
#include "parsers/date.hpp"
#include "parsers/header_decode.hpp"

namespace {

void require_utf8(std::string_view text) {
    if (!mailclerk::utf8::is_valid(text)) std::abort();
}

constexpr const char* k_charsets[] = {
    "",
    "utf-8",
    "gb2312",
    "gbk",
    "gb18030",
    "big5",
    "big5-hkscs",
    "iso-2022-jp",
    "shift_jis",
    "euc-jp",
    "euc-kr",
    "ks_c_5601-1987",
    "koi8-r",
    "iso-8859-1",
    "iso-8859-8",
    "windows-1251",
    "windows-1258",
    "utf-7",
    "utf-16",
    "utf-16le",
    "x-unknown",
    "unicode-1-1-utf-7",
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    using namespace mailclerk::parsers;
    std::string_view charset = k_charsets[data[0] % std::size(k_charsets)];
    std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
    require_utf8(decode_header_text(input));
    ParameterizedHeader header = parse_parameterized(input);
    require_utf8(header.value);
    for (const auto& [name, value] : header.params)
        require_utf8(value);
    for (const auto& address : parse_address_list(input)) {
        require_utf8(address.name);
        require_utf8(address.address);
    }
    (void)parse_date(input);
    require_utf8(to_utf8(input, charset).text);
    require_utf8(raw_header_to_utf8(input).text);
    if (auto file = uudecode(input)) require_utf8(to_utf8(file->name, "").text);
    return 0;
}
