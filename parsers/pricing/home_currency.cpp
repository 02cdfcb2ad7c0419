#include "parsers/pricing/home_currency.hpp"

#include <algorithm>
#include <utility>

#include "common/utf8.hpp"

namespace mailclerk::pricing {
namespace {

// Country top-level domains and their one currency. Left out on purpose: places whose traders
// price in US dollars as often as in their own money (hk, sg, ae, tw, vn, id, my, ...), where a
// currency-less table says nothing.
constexpr std::pair<std::string_view, std::string_view> k_countries[] = {
    {"at", "EUR"}, {"be", "EUR"}, {"cy", "EUR"}, {"de", "EUR"}, {"ee", "EUR"}, {"es", "EUR"},
    {"fi", "EUR"}, {"fr", "EUR"}, {"gr", "EUR"}, {"hr", "EUR"}, {"ie", "EUR"}, {"it", "EUR"},
    {"lt", "EUR"}, {"lu", "EUR"}, {"lv", "EUR"}, {"mt", "EUR"}, {"nl", "EUR"}, {"pt", "EUR"},
    {"si", "EUR"}, {"sk", "EUR"}, {"uk", "GBP"}, {"ch", "CHF"}, {"se", "SEK"}, {"no", "NOK"},
    {"dk", "DKK"}, {"pl", "PLN"}, {"cz", "CZK"}, {"hu", "HUF"}, {"ro", "RON"}, {"tr", "TRY"},
    {"jp", "JPY"}, {"kr", "KRW"}, {"in", "INR"}, {"cn", "CNY"}, {"au", "AUD"}, {"nz", "NZD"},
    {"ca", "CAD"}, {"br", "BRL"}, {"mx", "MXN"}, {"za", "ZAR"}, {"ma", "MAD"}};

} // namespace

std::string home_currency(std::string_view address) {
    std::string lower = utf8::ascii_lower(utf8::trim(address));
    while (!lower.empty() && (lower.back() == '>' || lower.back() == '.'))
        lower.pop_back();
    size_t dot = lower.rfind('.');
    if (dot == std::string::npos || lower.find('@') == std::string::npos) return {};
    std::string_view tld = std::string_view(lower).substr(dot + 1);
    auto found = std::find_if(std::begin(k_countries), std::end(k_countries),
                              [&](const auto& country) { return country.first == tld; });
    return found == std::end(k_countries) ? std::string() : std::string(found->second);
}

} // namespace mailclerk::pricing
