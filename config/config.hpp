#pragma once
// The TOML configuration (ARCHITECTURE.md "Configuration"): loaded, validated against a key
// table, defaults applied. Errors name the file, line and key: "path:line: message".
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace mailclerk::config {

struct Customer {
    std::string name;
    std::string slug;                 // empty: derived from the name by the caller (store::slugify)
    std::vector<std::string> domains; // lower-case
    std::vector<std::string> addresses; // lower-case
    std::string category = "prospect";  // closed | key | prospect | inactive
    std::string grade;                  // A | B | C | ""
    std::string owner;
    std::string contact; // main contact person
    std::string phone;
    std::string notes;
    int line = 0; // where it was declared, for messages about it
};

// [roster]: when the roster calls a customer dormant or due for follow-up.
struct RosterSettings {
    int dormant_days = 365; // no exchange for this long: dormant (reps: a year = dead)
    int followup_days = 30; // a key account with no outbound mail this long: follow-up due
};

// [[kind_rule]]: a word or phrase that names a document kind, checked before the built-in
// table (ARCHITECTURE.md "Document kinds"). strong: reliable enough to decide from body text.
struct KindRule {
    std::string pattern; // lower-cased; ASCII patterns match whole words
    std::string kind;    // inquiry | quote | contract | order | invoice | other
    bool strong = false;
    int line = 0;
};

// A calendar day, as TOML writes it (2024-01-01).
struct Date {
    int year = 0;
    int month = 0; // 1-12
    int day = 0;   // 1-31
    bool operator==(const Date&) const = default;
};

// How mailclerk logs in to a mail server ([[account]], [smtp]): TLS, the login name and at most
// one source of its secret (daemon/app/credentials.hpp reads it).
struct ServerLogin {
    std::string url;      // imap[s]:// or smtp[s]://host[:port]
    std::string user;     // [smtp]: "" = no authentication
    bool starttls = true; // imap:// and smtp:// only: require STARTTLS
    bool tls_verify = true;
    std::string ca_file; // "" = the system's trusted CAs
    std::string password_command;
    std::string password_file;
    std::string password_env;
    std::string oauth2_token_command;
};

struct Account : ServerLogin {
    std::string name;
    // Folder names or patterns: "*" and "?" (any text, one character; "*" crosses levels, "%"
    // does not), "\\Junk"-style special-use attributes, "!" before one excludes (daemon/app/
    // folders.hpp). Empty: INBOX and the \Sent folder.
    std::vector<std::string> folders;
    int poll_seconds = 60;
    std::optional<Date> since;     // a first sync takes mail from this day on; later mail always
    bool push = true;              // watch with NOTIFY or IDLE where the server offers them
    int idle_renew_seconds = 1500; // IDLE again before servers drop it (RFC 2177: 29 min)
    int max_connections = 3;       // IMAP connections held at once: push watchers and the pass
    int line = 0;
};

// [imap_filing]: copy each archived customer message into <prefix>/<customer name> on the
// server, so that Outlook shows one folder per customer.
struct ImapFiling {
    bool enabled = false;
    std::string prefix = "Customers";
};

// [daemon]
struct DaemonSettings {
    int max_connections = 4; // sync passes at once (one IMAP connection each), over all accounts
    int max_push_connections = 100; // push (IDLE/NOTIFY) connections held, over all accounts
    int batch_messages = 200;       // messages per UID FETCH command
    int batch_megabytes = 32;       // ... and at most this much per batch (by RFC822.SIZE)
};

// [web]: the reps' web page (daemon/web/). Off while listen is empty. Beyond loopback it
// serves HTTPS only (cert_file + key_file); a reverse proxy's user header is trusted only when
// the page listens on loopback, where nothing but the proxy can reach it.
struct WebSettings {
    std::string listen;              // "127.0.0.1:8025", "[::1]:8025", "0.0.0.0:443"; "" = off
    std::string host;                // parsed from listen, without brackets
    int port = 0;                    // parsed from listen
    bool loopback = true;            // host is 127.0.0.0/8, ::1 or localhost
    std::filesystem::path cert_file; // PEM certificate chain; with key_file: HTTPS
    std::filesystem::path key_file;
    std::string trusted_user_header; // e.g. "X-Remote-User"; "" = our own login form
    int session_minutes = 480;       // a session ends after this long without a request
    int line = 0;                    // where [web] was declared
};

// [today]: the rep's agenda (conversation states) and its daily digest (daemon/today/).
struct TodaySettings {
    int reply_hours = 24;     // working hours an inquiry may wait for our reply
    int quote_chase_days = 7; // days our quote may wait for their answer
    int window_days = 30;     // states are found among the mail of this many days
    std::vector<std::string> workdays = {"mon", "tue", "wed", "thu", "fri"};
    std::string hours = "09:00-18:00";
    int day_start = 9 * 60, day_end = 18 * 60; // minutes after midnight, parsed from hours
    std::string timezone;                      // IANA name; "" = the server's own zone
    std::vector<std::string> holidays;         // "YYYY-MM-DD", not working days
    std::string digest_time;                   // "08:30" local time; "" = no daily digest
    int digest_minutes = -1;                   // parsed from digest_time
    std::string deliver = "smtp";              // smtp | append (into the rep's own INBOX)
    std::string web_url;                       // the web page's address, for the digest's links
    std::string lang = "en";                   // the digest's language unless the user has one
    std::string from;                          // the digest's From; "" = mailclerk@<own domain>
    int line = 0;
};

// [smtp]: the server the digest is submitted to (deliver = "smtp").
// url "" = none.
struct SmtpSettings : ServerLogin {
    int line = 0;
};

// [index]: which database holds the index. sqlite: the file [archive] index names (the
// default, embedded); postgresql: the schema "mailclerk" in the database at `url` (a libpq URI;
// TLS through its sslmode), put there by `mailclerk index copy --to`. The password comes from
// at most one source (as for accounts), else from libpq's own (~/.pgpass, PGPASSWORD).
enum class IndexBackend { sqlite, postgresql };

struct IndexSettings {
    IndexBackend backend = IndexBackend::sqlite;
    std::string url; // postgresql://user@host:5432/db?sslmode=verify-full
    std::string password_command;
    std::string password_file; // resolved against the config file
    std::string password_env;
    int line = 0; // where [index] was declared
};

struct Config {
    std::filesystem::path source; // the file it came from ("" for built-in defaults)
    std::filesystem::path archive_root;
    std::filesystem::path index_path; // default: <archive_root>/.mailclerk/index.sqlite
    std::vector<std::string> own_domains;
    std::vector<std::string> own_addresses;
    std::vector<std::string> free_mail_domains; // empty: the built-in list
    std::vector<std::string> extra_free_mail_domains;
    std::vector<std::string> ignore; // addresses or "@domain"
    std::vector<Customer> customers;
    std::vector<KindRule> kind_rules;
    std::vector<Account> accounts;
    ImapFiling imap_filing;
    DaemonSettings daemon;
    RosterSettings roster;
    WebSettings web;
    TodaySettings today;
    SmtpSettings smtp;
    IndexSettings index;
};

// Check a [web] listen address ("host:port", "[v6]:port") and fill host, port and loopback.
// `where` prefixes the error ("path:line: web.listen"). Also used for `mailclerk web --listen`.
Status parse_listen(const std::string& listen, WebSettings& web, const std::string& where);
// The rules that tie listen, certificate and proxy header together (see WebSettings).
Status check_web(const WebSettings& web, const std::string& where);

// -c CONFIG, else $MAILCLERK_CONFIG, else /etc/mailclerk/mailclerk.toml.
std::filesystem::path default_path(std::string_view from_command_line);

// Read and validate a config file. Relative paths inside it are resolved against the file's
// directory. Fails with ErrorCode::config and a "path:line: message" text.
Result<Config> load(const std::filesystem::path& path);

// Validate config text; `name` is used in error messages and to resolve relative paths.
Result<Config> parse(std::string_view text, const std::filesystem::path& name);

} // namespace mailclerk::config
