#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "parsers/message.hpp"

namespace mailclerk::parsers {

// Parse an address-list header value (RFC 5322: display names, quoted strings, comments,
// groups, RFC 2047 names, bare addresses). Garbage yields what could be recognised.
std::vector<Address> parse_address_list(std::string_view header_value);

// Lower-case, trimmed, without angle brackets: the key we compare addresses by.
std::string normalize_address(std::string_view address);

// The domain part of a normalised address ("" when there is none).
std::string domain_of(std::string_view normalized_address);

} // namespace mailclerk::parsers
