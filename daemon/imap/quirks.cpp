#include "daemon/imap/quirks.hpp"

#include <array>
#include <string>

#include "common/utf8.hpp"

namespace mailclerk::imap {
namespace {

constexpr std::string_view k_netease_login =
    "NetEase mail logs IMAP clients in with an authorisation code (授权码), not the account "
    "password: enable IMAP/SMTP in the web mail's settings (设置 > POP3/SMTP/IMAP), get the code "
    "there and put it where the password was";

constexpr std::string_view k_qq_login =
    "QQ Mail logs IMAP clients in with an authorisation code (授权码): enable IMAP in the web "
    "mail's settings (设置 > 账户 > IMAP/SMTP服务) and use the code it issues as the password";

constexpr std::string_view k_exmail_login =
    "Tencent Exmail: the administrator must allow IMAP for the member; with secure login "
    "(安全登录/微信动态密码) on, use a client password (客户端专用密码) from the member's settings";

constexpr std::string_view k_exmail_network =
    "outside mainland China use Exmail's overseas host: url = \"imaps://hwimap.exmail.qq.com\"";

struct Entry {
    std::string_view domain; // the host or a parent domain
    Quirks quirks;
};

constexpr std::array k_table = {
    // Most specific first: exmail.qq.com before qq.com.
    Entry{"exmail.qq.com", {"Tencent Exmail", false, k_exmail_login, k_exmail_network}},
    Entry{"qq.com", {"QQ Mail", false, k_qq_login, ""}},
    Entry{"163.com", {"NetEase (163.com)", true, k_netease_login, ""}},
    Entry{"126.com", {"NetEase (126.com)", true, k_netease_login, ""}},
    Entry{"yeah.net", {"NetEase (yeah.net)", true, k_netease_login, ""}},
    Entry{"188.com", {"NetEase (188.com)", true, k_netease_login, ""}},
};

bool within(std::string_view host, std::string_view domain) {
    if (host == domain) return true;
    return host.size() > domain.size() && host.ends_with(domain) &&
           host[host.size() - domain.size() - 1] == '.';
}

} // namespace

const Quirks* quirks_for_host(std::string_view host) {
    std::string name = utf8::ascii_lower(host.substr(0, host.find(':')));
    while (!name.empty() && name.back() == '.')
        name.pop_back();
    for (const Entry& entry : k_table)
        if (within(name, entry.domain)) return &entry.quirks;
    return nullptr;
}

const Quirks* quirks_for_url(std::string_view url) {
    if (size_t scheme = url.find("://"); scheme != std::string_view::npos)
        url.remove_prefix(scheme + 3);
    url = url.substr(0, url.find('/'));
    if (size_t at = url.rfind('@'); at != std::string_view::npos) url.remove_prefix(at + 1);
    return quirks_for_host(url);
}

} // namespace mailclerk::imap
