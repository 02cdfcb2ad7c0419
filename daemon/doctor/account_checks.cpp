// One IMAP account as the service would use it, one step at a time, so that the failing step
// names the fix: the secret, TLS, the login mechanisms on offer, the login, INBOX, the folders.
#include <algorithm>
#include <ctime>

#include <fmt/format.h>
#include <unistd.h>

#include "common/utf8.hpp"
#include "daemon/app/credentials.hpp"
#include "daemon/app/sync.hpp"
#include "daemon/doctor/checks.hpp"
#include "daemon/imap/client.hpp"

namespace mailclerk::doctor {
namespace {

// The account's checks share an id prefix and title, and skip the rest after a failure.
class Steps {
  public:
    explicit Steps(const config::Account& account) : m_name(account.name) {}
    void add(Check check) { m_checks.push_back(std::move(check)); }
    std::string id(std::string_view step) const {
        return fmt::format("account.{}.{}", m_name, step);
    }
    std::string title(std::string_view step) const {
        return fmt::format("account {}: {}", m_name, step);
    }
    Check pass(std::string_view step, std::string message) const {
        return doctor::pass({id(step), title(step)}, std::move(message));
    }
    Check warn(std::string_view step, std::string message, std::string hint) const {
        return doctor::warn({id(step), title(step)}, std::move(message), std::move(hint));
    }
    Check failed(std::string_view step, std::string message, std::string hint) const {
        return doctor::failed({id(step), title(step)}, std::move(message), std::move(hint));
    }
    // Every step from `from` on is skipped because an earlier one failed.
    std::vector<Check> skip_rest(std::string_view from) {
        static constexpr std::string_view k_steps[] = {"secret", "tls",   "auth",
                                                       "login",  "inbox", "folders"};
        bool skipping = false;
        for (std::string_view step : k_steps) {
            skipping = skipping || step == from;
            if (skipping)
                m_checks.push_back(
                    doctor::skipped({id(step), title(step)}, "needs the step that failed above"));
        }
        return std::move(m_checks);
    }
    std::vector<Check> done() { return std::move(m_checks); }

  private:
    std::string m_name;
    std::vector<Check> m_checks;
};

std::string secret_source(const config::Account& account) {
    if (!account.oauth2_token_command.empty()) return "oauth2_token_command";
    if (!account.password_command.empty()) return "password_command";
    if (!account.password_file.empty()) return "password_file " + account.password_file;
    return "password_env " + account.password_env;
}

std::string host_of(const std::string& url) {
    std::string rest = url.substr(url.find("://") == std::string::npos ? 0 : url.find("://") + 3);
    return utf8::ascii_lower(rest.substr(0, rest.find_first_of(":/")));
}

bool host_in(const std::string& host, std::initializer_list<std::string_view> domains) {
    return std::any_of(domains.begin(), domains.end(), [&](std::string_view domain) {
        return host == domain || host.ends_with("." + std::string(domain));
    });
}

std::string tls_hint(const Error& error) {
    std::string lower = utf8::ascii_lower(error.message);
    if (lower.find("not yet valid") != std::string::npos ||
        lower.find("expired") != std::string::npos)
        return "the certificate is out of date, or this machine's clock is wrong (see clock)";
    if (lower.find("certificate") != std::string::npos || lower.find("ssl") != std::string::npos)
        return "the server's certificate is not signed by a CA this machine trusts: set ca_file "
               "to the CA's PEM file, or add the CA with update-ca-certificates";
    return error.hint;
}

Check tls_verdict(const Steps& steps, const config::Account& account) {
    bool tls = utf8::ascii_lower(account.url).starts_with("imaps://") || account.starttls;
    if (!tls)
        return steps.warn("tls",
                          account.url + ": no TLS; the password crosses the network "
                                        "in clear text",
                          "use imaps://, or starttls = true");
    if (!account.tls_verify)
        return steps.warn("tls",
                          account.url + ": TLS without checking the server's certificate "
                                        "(tls_verify = false)",
                          "set ca_file to the server's CA and remove tls_verify = false");
    return steps.pass("tls",
                      fmt::format("{}: TLS, certificate verified against {}", account.url,
                                  account.ca_file.empty() ? "the system's CAs" : account.ca_file));
}

std::vector<std::string> mechanisms(const imap::Client& client) {
    std::vector<std::string> out;
    for (const std::string& capability : client.capabilities())
        if (capability.starts_with("AUTH=")) out.push_back(capability.substr(5));
    if (!client.has_capability("LOGINDISABLED")) out.push_back("LOGIN command");
    return out;
}

Check auth_verdict(const Steps& steps, const config::Account& account, const imap::Client& client,
                   bool bearer) {
    std::vector<std::string> offered = mechanisms(client);
    auto has = [&](std::string_view name) {
        return std::find(offered.begin(), offered.end(), name) != offered.end();
    };
    std::string list;
    for (const std::string& name : offered)
        list += (list.empty() ? "" : ", ") + name;
    std::string host = host_of(account.url);
    if (bearer) {
        if (!has("XOAUTH2") && !has("OAUTHBEARER"))
            return steps.failed("auth",
                                "the server offers no OAuth2 login (it offers: " + list + ")",
                                "use password_file, password_command or password_env");
        return steps.pass("auth", "OAuth2 token (server offers: " + list + ")");
    }
    bool password_ok = has("PLAIN") || has("LOGIN") || has("LOGIN command");
    if (!password_ok)
        return steps.failed(
            "auth", "the server takes no password login (it offers: " + list + ")",
            "use oauth2_token_command (/usr/share/doc/mailclerk/office365.md, gmail.md)");
    if (host_in(host, {"office365.com", "outlook.com", "office.com"}))
        return steps.warn("auth",
                          "a password for Microsoft 365, which no longer accepts them "
                          "for IMAP",
                          "use oauth2_token_command (/usr/share/doc/mailclerk/office365.md)");
    if (host_in(host, {"gmail.com", "googlemail.com"}))
        return steps.warn(
            "auth", "a password for Gmail: only an app password works",
            "use an app password or oauth2_token_command (/usr/share/doc/mailclerk/gmail.md)");
    return steps.pass("auth", "password (server offers: " + list + ")");
}

std::string login_hint(const config::Account& account) {
    if (!account.oauth2_token_command.empty())
        return "the token was refused: expired, for another user, or without the IMAP scope; "
               "run the oauth2_token_command by hand";
    if (!account.password_file.empty())
        return "check user, and the first line of " + account.password_file;
    if (!account.password_command.empty())
        return "check user, and what password_command prints (first line)";
    return "check user, and the value of $" + account.password_env;
}

Check inbox_verdict(const Steps& steps, const config::Account& account,
                    const Result<imap::FolderStatus>& inbox, bool has_id) {
    std::string id = has_id ? "ID sent" : "the server has no ID command";
    if (inbox)
        return steps.pass("inbox",
                          fmt::format("INBOX opens ({} messages); {}", inbox->messages, id));
    std::string hint = inbox.error().hint;
    if (inbox.error().message.find("Unsafe Login") != std::string::npos)
        hint = "NetEase (163.com, 126.com) refuses clients it does not know: turn on IMAP in the "
               "mailbox's web settings and log in with its client authorisation code";
    else if (host_in(host_of(account.url), {"163.com", "126.com", "yeah.net"}) && !has_id)
        hint = "NetEase needs the IMAP ID command, which this server did not offer";
    return steps.failed("inbox", inbox.error().message, hint);
}

bool is_inbox(const std::string& name) {
    return utf8::ascii_lower(name) == "inbox";
}

Check folders_verdict(const Steps& steps, const config::Account& account,
                      const std::vector<imap::Folder>& folders) {
    std::string names;
    for (const imap::Folder& folder : folders)
        names += (names.empty() ? "" : ", ") + folder.name;
    if (!account.folders.empty()) {
        std::string missing;
        for (const std::string& wanted : account.folders) {
            bool found = std::any_of(folders.begin(), folders.end(), [&](const imap::Folder& f) {
                return (f.name == wanted || (is_inbox(wanted) && is_inbox(f.name))) &&
                       !f.has_attribute("\\Noselect");
            });
            if (!found) missing += (missing.empty() ? "" : ", ") + wanted;
        }
        if (!missing.empty())
            return steps.failed("folders", "not on the server: " + missing,
                                "folders must name folders the server has: " + names);
        return steps.pass("folders", "configured folders found");
    }
    auto sent = std::find_if(folders.begin(), folders.end(), app::is_sent_folder);
    if (sent == folders.end())
        return steps.failed("folders",
                            "the server marks no folder \\Sent: only INBOX would be archived "
                            "(folders: " +
                                names + ")",
                            "name the sent folder: folders = [\"INBOX\", \"<sent folder>\"], or "
                            "create a Sent folder in the mail client");
    return steps.pass("folders", "INBOX and the \\Sent folder \"" + sent->name + "\"");
}

} // namespace

std::vector<Check> check_account(const config::Account& account, std::chrono::seconds timeout,
                                 std::vector<ServerTime>& times) {
    Steps steps(account);
    auto secret = app::account_secret(account);
    if (!secret) {
        steps.add(steps.failed("secret", secret.error().message, secret.error().hint));
        return steps.skip_rest("tls");
    }
    steps.add(steps.pass("secret", "read from " + secret_source(account)));
    if (!account.ca_file.empty() && ::access(account.ca_file.c_str(), R_OK) != 0) {
        steps.add(steps.failed("tls", "cannot read ca_file " + account.ca_file,
                               "ca_file must name the PEM file of the CA that signed the server's "
                               "certificate, readable by the service's user"));
        return steps.skip_rest("auth");
    }
    imap::ConnectOptions options = app::connect_options(account, *secret);
    options.timeout = timeout;
    {
        // Connect without logging in: TLS and the mechanisms on offer, apart from the password.
        imap::ConnectOptions anonymous = options;
        anonymous.user.clear();
        anonymous.password.clear();
        anonymous.bearer.clear();
        auto probe = imap::Client::connect(anonymous);
        if (!probe) {
            steps.add(steps.failed("tls", probe.error().message, tls_hint(probe.error())));
            return steps.skip_rest("auth");
        }
        steps.add(tls_verdict(steps, account));
        Check auth = auth_verdict(steps, account, *probe, secret->bearer);
        bool refused = auth.outcome == Outcome::fail;
        steps.add(std::move(auth));
        if (refused) return steps.skip_rest("login");
    }
    auto client = imap::Client::connect(options);
    if (!client) {
        bool auth = client.error().code == ErrorCode::auth;
        steps.add(steps.failed("login", client.error().message,
                               auth ? login_hint(account) : tls_hint(client.error())));
        return steps.skip_rest("inbox");
    }
    steps.add(steps.pass("login", "logged in as " + account.user));
    auto inbox = client->examine("INBOX");
    steps.add(inbox_verdict(steps, account, inbox, client->has_capability("ID")));
    if (!inbox) return steps.skip_rest("folders");
    // Evidence for the clock check; a failure here is no finding of its own.
    if (auto newest = client->newest_arrival(*inbox); newest && *newest)
        times.push_back({account.name, **newest, static_cast<int64_t>(std::time(nullptr))});
    auto listed = client->list_folders();
    if (!listed)
        steps.add(steps.failed("folders", listed.error().message, listed.error().hint));
    else
        steps.add(folders_verdict(steps, account, *listed));
    return steps.done();
}

} // namespace mailclerk::doctor
