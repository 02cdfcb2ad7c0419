#pragma once
// What some mail providers need beyond the RFCs, by host name. The client applies these itself
// (docs/providers.md lists them): NetEase refuses to open folders ("Unsafe Login") until the
// client sends ID, whether or not it announces ID; several Chinese providers take an
// authorisation code instead of the password; Tencent Exmail has a host for users abroad.
// Tencent's servers also refuse descending UID ranges: the client never sends any, anywhere.
#include <string_view>

namespace mailclerk::imap {

struct Quirks {
    std::string_view provider;     // "NetEase (163.com, 126.com, yeah.net)"
    bool always_send_id = false;   // send ID after login even when CAPABILITY does not list it
    std::string_view login_hint;   // replaces the hint of a refused login
    std::string_view network_hint; // added to the hint of a connection failure
};

// The quirks of the provider serving `host` (a host name, optionally with ":port"); nullptr for
// any other host. Matches the host and its sub-domains, case-insensitively.
const Quirks* quirks_for_host(std::string_view host);
// The same for an imap:// or imaps:// URL.
const Quirks* quirks_for_url(std::string_view url);

} // namespace mailclerk::imap
