#include "config/schema.hpp"

#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>

#include "config/config.hpp"

namespace mailclerk::config {
namespace {

constexpr SectionDoc k_sections[] = {
    {"archive", false, true,
     "Where the archive and its index live, and which mail is ours. Required."},
    {"matching", false, false,
     "How senders and recipients are matched to customers beyond the customer list itself."},
    {"imap_filing", false, false,
     "Optional: copy every message matched to a customer into a folder per customer on the IMAP "
     "server (prefix/customer name), so that Outlook shows them. Copies, never moves."},
    {"daemon", false, false, "Limits of the service's IMAP work."},
    {"roster", false, false,
     "When the roster (mailclerk customers, the web page) calls a customer dormant or due for "
     "follow-up."},
    {"web", false, false,
     "The reps' web page, served by the daemon (and by mailclerk web). Off while listen is "
     "empty. Beyond a loopback address it serves HTTPS only, so cert_file and key_file are "
     "needed there."},
    {"today", false, false,
     "The rep's agenda (mailclerk today, the web page's Today) and its daily digest: when an "
     "inquiry without our reply, a quote without their answer or a quiet key account needs "
     "the rep, counted in working hours of this calendar. [roster] followup_days and "
     "dormant_days apply here too."},
    {"smtp", false, false,
     "The mail server the daily digest is submitted to when [today] deliver = \"smtp\" "
     "(STARTTLS or TLS; secrets as for accounts, never in this file)."},
    {"index", false, false,
     "Which database holds the index: the SQLite file of [archive] index (the default), or a "
     "PostgreSQL database shared by several machines, filled by mailclerk index copy --to URL. "
     "On PostgreSQL, search, history and prices answer today; other commands say they are not "
     "available there yet. The password comes from at most one source below (never from this "
     "file), else from libpq's own (~/.pgpass, PGPASSWORD)."},
    {"kind_rule", true, false,
     "A word or phrase that names a document kind, checked before the built-in rules "
     "(inquiry, quote, contract, order, invoice). One table per rule."},
    {"customer", true, false,
     "A customer. Customers also come from mailclerk customer add and from the reps' roster "
     "workbook (mailclerk customers import); the config's own customers are edited here."},
    {"account", true, false,
     "An IMAP mailbox to archive: its Inbox and its Sent folder unless folders says otherwise. "
     "Secrets never go into this file: give exactly one of password_command, password_file, "
     "password_env and oauth2_token_command."},
};

// The keys of a server login (config::ServerLogin) after its url and user, the same for [smtp]
// and [[account]]; the examples name whose secret it is.
struct LoginExamples {
    std::string_view section, password_command, password_file, password_env, token_command;
};

constexpr std::array<KeyDoc, 7> login_keys(const LoginExamples& e) {
    return {{
        {e.section, "starttls", Need::optional,
         "Without TLS from the start (imap://, smtp://): require STARTTLS. false sends the "
         "password in clear text.",
         "true", ""},
        {e.section, "tls_verify", Need::optional,
         "Verify the server's certificate and name. false is for test servers only (an account "
         "logs it loudly); prefer ca_file.",
         "true", ""},
        {e.section, "ca_file", Need::optional,
         "PEM file of the CA that signed the server's certificate, for a private CA.",
         R"("/etc/mailclerk/ourco-ca.pem")", "the system's trusted CAs"},
        {e.section, "password_command", Need::one_of,
         "A command (run with /bin/sh as the mailclerk user) whose first line of output is the "
         "password.",
         e.password_command, ""},
        {e.section, "password_file", Need::one_of,
         "A file whose first line is the password; refused unless only its owner may read it "
         "(mode 0600).",
         e.password_file, ""},
        {e.section, "password_env", Need::one_of,
         "An environment variable holding the password (for the service: an EnvironmentFile= in "
         "a drop-in).",
         e.password_env, ""},
        {e.section, "oauth2_token_command", Need::one_of,
         "A command printing an OAuth2 access token (XOAUTH2), for Microsoft 365 and Gmail. An "
         "account runs it again once when the server refuses the token.",
         e.token_command, ""},
    }};
}

template <size_t... N> constexpr auto join(const std::array<KeyDoc, N>&... parts) {
    std::array<KeyDoc, (N + ...)> out{};
    size_t at = 0;
    ((std::copy(parts.begin(), parts.end(), out.begin() + static_cast<std::ptrdiff_t>(at)),
      at += N),
     ...);
    return out;
}

constexpr auto k_keys = join(
    std::to_array<KeyDoc>({
        // [archive]
        {"archive", "root", Need::required,
         "The archive's folder: customers/, unmatched/ and .mailclerk/index.sqlite. A relative "
         "path "
         "is relative to the config file. The service may write only under /var/lib/mailclerk "
         "unless a drop-in adds ReadWritePaths=.",
         R"("/var/lib/mailclerk")", ""},
        {"archive", "index", Need::optional,
         "The SQLite index. A relative path is relative to the config file.",
         R"("/var/lib/mailclerk/.mailclerk/index.sqlite")", "<root>/.mailclerk/index.sqlite"},
        {"archive", "own_domains", Need::optional,
         "The company's mail domains (sub-domains included). Mail from them is outbound, mail "
         "among "
         "them internal; they never match a customer.",
         R"(["ourco.com"])", ""},
        {"archive", "own_addresses", Need::optional,
         "Addresses outside own_domains that are ours all the same, such as a rep's private "
         "mailbox.",
         R"(["ourco.sales@gmail.com"])", ""},
        // [matching]
        {"matching", "free_mail_domains", Need::optional,
         "Replaces the built-in list of free-mail domains (qq.com, 163.com, gmail.com, "
         "outlook.com, "
         "yahoo.*, ...), whose addresses match a customer only when listed in its addresses.",
         R"(["qq.com", "163.com", "gmail.com"])", "the built-in list"},
        {"matching", "extra_free_mail_domains", Need::optional, "Added to the free-mail domains.",
         R"(["mail.example"])", ""},
        {"matching", "ignore", Need::optional,
         "Addresses, or whole domains written \"@domain\", that never match a customer (banks, ERP "
         "alerts).",
         R"(["@bank.example", "alerts@erp.example"])", ""},
        // [imap_filing]
        {"imap_filing", "enabled", Need::optional, "Copy matched messages into customer folders.",
         "true", ""},
        {"imap_filing", "prefix", Need::optional,
         "The parent folder of the customer folders on the server.", R"("Customers")", ""},
        // [daemon]
        {"daemon", "max_connections", Need::optional,
         "Sync passes at once over all accounts; each holds one IMAP connection while it runs.",
         "4", ""},
        {"daemon", "max_push_connections", Need::optional,
         "Connections held open to watch folders (NOTIFY or IDLE), over all accounts. Accounts "
         "past "
         "it are polled only; 0 turns push off everywhere.",
         "100", ""},
        {"daemon", "batch_messages", Need::optional,
         "Messages fetched per UID FETCH command and committed together.", "200", ""},
        {"daemon", "batch_megabytes", Need::optional,
         "At most this much mail (by RFC822.SIZE) per batch.", "32", ""},
        // [roster]
        {"roster", "dormant_days", Need::optional,
         "A customer with no exchange of mail for this many days is dormant.", "365", ""},
        {"roster", "followup_days", Need::optional,
         "A key account without outbound mail for this many days is due for follow-up.", "30", ""},
        // [web]
        {"web", "listen", Need::optional,
         "host:port to serve the page on, e.g. \"127.0.0.1:8025\" or \"[::1]:8025\"; port 0 "
         "picks a free port. The service cannot bind ports below 1024.",
         R"("127.0.0.1:8025")", "the page is off"},
        {"web", "cert_file", Need::optional,
         "PEM certificate chain for HTTPS; goes with key_file. A relative path is relative to the "
         "config file.",
         R"("/etc/mailclerk/web.pem")", "plain HTTP, on loopback only"},
        {"web", "key_file", Need::optional,
         "PEM private key of cert_file, without a passphrase; readable by root and the group "
         "mailclerk only (mode 0640).",
         R"("/etc/mailclerk/web.key")", ""},
        {"web", "trusted_user_header", Need::optional,
         "Behind a reverse proxy that logs people in: the request header naming the user. Trusted "
         "only when listen is a loopback address.",
         R"("X-Remote-User")", "mailclerk's own login form"},
        {"web", "session_minutes", Need::optional,
         "A web session ends after this many minutes without a request.", "480", ""},
        // [today]
        {"today", "reply_hours", Need::optional,
         "Working hours an inbound inquiry may wait for our reply before it is listed as "
         "unanswered.",
         "24", ""},
        {"today", "quote_chase_days", Need::optional,
         "Days a quote we sent may wait for an answer in its conversation before it is listed as "
         "awaiting a reply.",
         "7", ""},
        {"today", "window_days", Need::optional,
         "How far back the agenda looks for unanswered inquiries, quotes awaiting a reply and new "
         "candidates; older ones are left to the roster.",
         "30", ""},
        {"today", "workdays", Need::optional,
         "The working days: mon, tue, wed, thu, fri, sat, sun.",
         R"(["mon", "tue", "wed", "thu", "fri"])", ""},
        {"today", "hours", Need::optional, "Working hours of a working day, local time.",
         R"("09:00-18:00")", ""},
        {"today", "timezone", Need::optional,
         "The time zone of working hours, holidays and the digest, as named in the system's "
         "tzdata.",
         R"("Asia/Shanghai")", "the server's own time zone"},
        {"today", "holidays", Need::optional, "Dates that are not working days.",
         R"(["2026-10-01", "2026-10-02"])", ""},
        {"today", "digest_time", Need::optional,
         "Local time of the daily digest mail to each rep (and the team summary to managers), "
         "sent by the service on working days, once per day.",
         R"("08:30")", "no digest"},
        {"today", "deliver", Need::optional,
         "smtp: submit the digest to [smtp] for each user's email (mailclerk user set NAME "
         "--email); "
         "append: put it into the INBOX of the user's own [[account]] (the account named like the "
         "user, or whose user is the user's email) by IMAP APPEND.",
         R"("append")", ""},
        {"today", "web_url", Need::optional,
         "The web page's address as reps reach it, for the links in the digest.",
         R"("https://mailclerk.ourco.com")", "no links"},
        {"today", "lang", Need::optional,
         "The digest's language, en or zh, for users who have not chosen one "
         "(mailclerk user set NAME --lang zh).",
         R"("zh")", ""},
        {"today", "from", Need::optional, "The digest's sender.",
         R"("mailclerk <mailclerk@ourco.com>")", "mailclerk@ the first of own_domains"},
        // [smtp]
        {"smtp", "url", Need::optional,
         "smtp://host[:port] (STARTTLS, port 587 usually) or smtps://host[:port] (TLS from the "
         "start, 465).",
         R"("smtp://mail.ourco.com:587")", "none"},
        {"smtp", "user", Need::optional, "The login name; with it, exactly one secret below.",
         R"("mailclerk@ourco.com")", "no authentication"},
    }),
    login_keys({"smtp", R"("pass show mail/mailclerk")", R"("/etc/mailclerk/smtp.password")",
                R"("MAILCLERK_SMTP_PASSWORD")", R"("/usr/local/bin/o365-token mailclerk")"}),
    std::to_array<KeyDoc>({
        // [index]
        {"index", "backend", Need::optional, "sqlite or postgresql.", R"("postgresql")", ""},
        {"index", "url", Need::optional,
         "With backend = \"postgresql\": the database as a libpq URI, without the password. "
         "TLS through sslmode (require, verify-full with sslrootcert).",
         R"("postgresql://mc@db.ourco.com/mc")", "none"},
        {"index", "password_command", Need::one_of,
         "A command (run with /bin/sh as the mailclerk user) whose first line of output is the "
         "database password.",
         R"("pass show db/mailclerk")", ""},
        {"index", "password_file", Need::one_of,
         "A file whose first line is the database password; refused unless only its owner may "
         "read it (mode 0600).",
         R"("/etc/mailclerk/db.password")", ""},
        {"index", "password_env", Need::one_of,
         "An environment variable holding the database password.", R"("MAILCLERK_DB_PASSWORD")",
         ""},
    }),
    std::to_array<KeyDoc>({
        // [[kind_rule]]
        {"kind_rule", "pattern", Need::required,
         "The word or phrase, compared case-insensitively; ASCII patterns match whole words.",
         R"("形式发票")", ""},
        {"kind_rule", "kind", Need::required,
         "One of inquiry, quote, contract, order, invoice, price-notice, other.", R"("invoice")",
         ""},
        {"kind_rule", "strong", Need::optional,
         "Reliable enough to decide a message's kind from its body text, not only from its subject "
         "and attachment names.",
         "true", ""},
        // [[customer]]
        {"customer", "name", Need::required, "The customer's name, in any language.",
         R"("ACME Industrial Supply")", ""},
        {"customer", "slug", Need::optional,
         "The folder name under customers/ and the short name on the command line.", R"("acme")",
         "derived from the name (Chinese names are kept)"},
        {"customer", "domains", Need::optional,
         "The customer's mail domains; sub-domains match too.", R"(["acme-industrial.com"])", ""},
        {"customer", "addresses", Need::optional,
         "Single addresses of the customer, such as a buyer's free-mail address (free-mail "
         "addresses match only when listed).",
         R"(["acme.buyer@gmail.com"])", ""},
        {"customer", "category", Need::optional, "closed, key, prospect or inactive.", R"("key")",
         ""},
        {"customer", "grade", Need::optional,
         "A, B or C: a manual grade that wins over the computed one.", R"("A")",
         "computed (Pareto over quoted value or message volume)"},
        {"customer", "owner", Need::optional,
         "The rep who owns the account (a web user name): reps see their own customers.",
         R"("alice")", ""},
        {"customer", "contact", Need::optional, "The main contact person.", R"("John Miller")", ""},
        {"customer", "phone", Need::optional, "A phone number.", R"("+1 312 555 0142")", ""},
        {"customer", "notes", Need::optional, "Free text.", R"("Frame contract until 2027")", ""},
        // [[account]]
        {"account", "name", Need::required,
         "A short name for the account, unique in the file: used by --account and in the logs.",
         R"("alice")", ""},
        {"account", "url", Need::required,
         "imaps://host[:port] (TLS from the start) or imap://host[:port] (STARTTLS, see starttls).",
         R"("imaps://imap.ourco.com")", ""},
        {"account", "user", Need::required, "The login name.", R"("alice@ourco.com")", ""},
    }),
    login_keys({"account", R"("pass show mail/alice")", R"("/etc/mailclerk/alice.password")",
                R"("MAILCLERK_ALICE_PASSWORD")", R"("/usr/local/bin/o365-token alice")"}),
    std::to_array<KeyDoc>({
        {"account", "folders", Need::optional,
         "The folders to archive: names as the server shows them, or patterns where * stands for "
         "any text (across levels), % for any text within one level and ? for one character; "
         "\\\\Sent, \\\\Junk, \\\\Trash, \\\\Drafts, \\\\Archive and \\\\All stand for the folder "
         "the server marks so, whatever its name. An entry starting with ! excludes what it "
         "matches. Patterns never match folders that cannot be opened, nor the imap_filing "
         "folders.",
         R"(["*", "!Junk", "!Trash", "!Deleted*"])",
         "INBOX and every folder the server marks \\Sent"},
        {"account", "poll_seconds", Need::optional,
         "Seconds between two polls of the account (with jitter). With push the poll is the safety "
         "net and may be long.",
         "60", ""},
        {"account", "since", Need::optional,
         "A first sync takes only the mail that arrived on the server (INTERNALDATE) on or after "
         "this day; everything that arrives later comes, whatever date it carries. Also applies "
         "when a folder is re-listed after its UIDVALIDITY changed.",
         "2024-01-01", "the whole mailbox"},
        {"account", "push", Need::optional,
         "Watch the folders for new mail and archive it at once: one connection with NOTIFY (RFC "
         "5465) where the server offers it, else one IDLE (RFC 2177) connection per folder; polled "
         "only when the server offers neither.",
         "true", ""},
        {"account", "idle_renew_seconds", Need::optional,
         "End and re-issue IDLE after this long, before the server or a NAT router drops the quiet "
         "connection (servers may after 30 minutes).",
         "1500", ""},
        {"account", "max_connections", Need::optional,
         "IMAP connections this account holds at once: its push watchers plus one for a sync pass. "
         "With IDLE only, folders beyond it are polled. Mind the server's own limit per user.",
         "3", ""},
    }));

bool in_one_of_group(const KeyDoc& key) {
    return key.need == Need::one_of;
}

// The key of `section`'s one_of group that an example sets.
std::string_view chosen_one_of(std::string_view section, std::string_view choice) {
    std::string_view first;
    for (const KeyDoc& key : k_keys) {
        if (key.section != section || !in_one_of_group(key)) continue;
        if (key.key == choice) return key.key;
        if (first.empty()) first = key.key;
    }
    return first;
}

void append_comment(std::string& out, std::string_view text, std::string_view prefix) {
    // Wrap at about 96 columns on spaces.
    std::string line;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view word = text.substr(start, end - start);
        if (!line.empty() && line.size() + 1 + word.size() > 96) {
            out += fmt::format("{}# {}\n", prefix, line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + std::string(word);
        start = end + 1;
    }
    if (!line.empty()) out += fmt::format("{}# {}\n", prefix, line);
}

void append_section(std::string& out, const SectionDoc& section, ExampleStyle style,
                    std::string_view choice) {
    bool shipped = style == ExampleStyle::shipped;
    // In the shipped file an optional section is a commented-out example as a whole.
    std::string_view off = shipped && !section.required ? "# " : "";
    out += "\n";
    if (shipped) append_comment(out, section.summary, "");
    out += fmt::format("{}{}\n", off, section_header(section));
    std::string_view one_of = chosen_one_of(section.name, choice);
    for (const KeyDoc& key : k_keys) {
        if (key.section != section.name) continue;
        if (in_one_of_group(key) && key.key != one_of) {
            if (shipped) out += fmt::format("# {} = {}   # instead\n", key.key, key.example);
            continue;
        }
        bool active = !shipped || (section.required && key.need == Need::required);
        if (shipped) append_comment(out, key.description, "");
        out += fmt::format("{}{}{} = {}\n", off, active || !off.empty() ? "" : "# ", key.key,
                           key.example);
    }
}

} // namespace

std::span<const SectionDoc> section_docs() {
    return k_sections;
}

std::span<const KeyDoc> key_docs() {
    return k_keys;
}

std::string section_header(const SectionDoc& section) {
    return section.array ? fmt::format("[[{}]]", section.name) : fmt::format("[{}]", section.name);
}

std::string example_config(ExampleStyle style, std::string_view one_of_choice) {
    std::string out;
    if (style == ExampleStyle::shipped)
        out = "# mailclerk configuration (mailclerk.toml(5) describes every key).\n"
              "# Lines starting with # show an example of each setting; remove the # to use it.\n"
              "# After a change: sudo systemctl reload mailclerk; check with: sudo mailclerk "
              "doctor\n";
    for (const SectionDoc& section : k_sections)
        append_section(out, section, style, one_of_choice);
    return out;
}

Result<std::vector<KeyReference>> key_reference() {
    std::vector<detail::KeyEvent> events;
    {
        detail::KeyObserver observer;
        auto parsed = parse(example_config(ExampleStyle::every_key), "example.toml");
        if (!parsed)
            return fail(ErrorCode::config,
                        "the documented examples do not parse: " + parsed.error().message,
                        "fix the example in config/schema.cpp");
        events = observer.events();
    }
    std::map<std::pair<std::string, std::string>, const detail::KeyEvent*> read;
    for (const detail::KeyEvent& event : events)
        read.try_emplace({event.table, event.key}, &event);
    std::vector<KeyReference> out;
    for (const KeyDoc& key : k_keys) {
        auto found = read.find({std::string(key.section), std::string(key.key)});
        if (found == read.end())
            return fail(ErrorCode::config,
                        fmt::format("{}.{} is documented but the parser does not read it",
                                    key.section, key.key),
                        "remove it from config/schema.cpp, or read it in config/config.cpp");
        const SectionDoc* section =
            &*std::find_if(std::begin(k_sections), std::end(k_sections),
                           [&](const SectionDoc& s) { return s.name == key.section; });
        const detail::KeyEvent& event = *found->second;
        out.push_back({section, &key, event.type, event.before, event.min, event.max});
        read.erase(found);
    }
    if (!read.empty())
        return fail(ErrorCode::config,
                    fmt::format("{}.{} is read by the parser but not documented",
                                read.begin()->first.first, read.begin()->first.second),
                    "describe it in config/schema.cpp");
    return out;
}

} // namespace mailclerk::config
