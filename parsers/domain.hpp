#pragma once
// Domains as customer matching compares them: IDN labels in punycode, lower-case, and the
// registrable part from the Public Suffix List (libpsl), so sales.acme.com.cn -> acme.com.cn.
#include <string>
#include <string_view>

namespace mailclerk::parsers {

// Lower-case, trimmed, trailing dot removed, Unicode labels converted to punycode (IDNA 2008
// via libidn2). A domain libidn2 refuses is returned lower-cased as given: matching then
// compares it byte for byte rather than dropping the participant.
std::string normalize_domain(std::string_view domain);

// "local@domain" lower-cased and trimmed, angle brackets removed, the domain normalised as
// above. The key every address comparison uses.
std::string canonical_address(std::string_view address);

// The registrable domain ("eTLD+1") of a normalised domain: acme.com.cn for sales.acme.com.cn.
// A public suffix itself (com.cn) or a name the list does not know as registrable yields the
// domain unchanged. The list is the system's (/usr/share/publicsuffix) or libpsl's built-in one,
// loaded once per process.
std::string registrable_domain(std::string_view domain);

// Is the domain a public suffix (com, com.cn, co.uk): something no customer can own?
bool is_public_suffix(std::string_view domain);

// Is `domain` equal to `parent` or a sub-domain of it (label boundary respected)?
bool is_same_or_subdomain(std::string_view domain, std::string_view parent);

} // namespace mailclerk::parsers
