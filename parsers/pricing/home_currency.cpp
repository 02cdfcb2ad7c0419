#include "parsers/pricing/home_currency.hpp"

#include <algorithm>
#include <utility>

#include "common/utf8.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing {
namespace {

// The address lower-cased without a closing '>' or '.', or "" when it is no mail address.
std::string address_of(std::string_view address) {
    std::string lower = utf8::ascii_lower(utf8::trim(address));
    while (!lower.empty() && (lower.back() == '>' || lower.back() == '.'))
        lower.pop_back();
    return lower.find('@') == std::string::npos ? std::string() : lower;
}

} // namespace

std::string home_currency(std::string_view address) {
    std::string lower = address_of(address);
    size_t dot = lower.rfind('.');
    if (dot == std::string::npos) return {};
    std::string_view tld = std::string_view(lower).substr(dot + 1);
    // Country top-level domains with one currency (words.txt's home_currencies).
    static const auto k_countries = word_pairs("home_currencies");
    auto found = std::find_if(k_countries.begin(), k_countries.end(),
                              [&](const auto& country) { return country.first == tld; });
    return found == k_countries.end() ? std::string() : std::string(found->second);
}

std::string dollar_sign_peso(std::string_view address) {
    std::string lower = address_of(address);
    static const auto k_countries = word_pairs("dollar_sign_pesos");
    for (const auto& [ending, peso] : k_countries)
        if (!lower.empty() && lower.ends_with("." + std::string(ending))) return std::string(peso);
    return {};
}

} // namespace mailclerk::pricing
