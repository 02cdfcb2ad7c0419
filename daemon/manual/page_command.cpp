// mailclerk(1): the commands and options from the CLI11 definitions (cli_model.hpp), framed by
// the sections every man page has. The exit status table comes from common/result.hpp.
#include <span>

#include <fmt/format.h>

#include "common/result.hpp"
#include "daemon/manual/manual.hpp"
#include "daemon/manual/roff.hpp"

namespace mailclerk::manual {
namespace {

constexpr std::string_view k_description[] = {
    "mailclerk keeps a company's customer correspondence in order. It runs as a system service "
    "beside Outlook, polls the reps' IMAP mailboxes (Inbox and Sent), files every message and "
    "attachment into one folder per customer on disk, and keeps an SQLite index that answers "
    "what was sent to a customer, and when, in Chinese and English. Old mail comes in with "
    "mailclerk import.",
    "Every command reads the configuration file given with -c, else the file named by "
    "MAILCLERK_CONFIG, else /etc/mailclerk/mailclerk.toml; mailclerk.toml(5) describes it. -c "
    "may be given before or after the command. Commands that print data take --json and then "
    "print one JSON document on standard output; human output is for people and may change.",
    "Nothing is lost: a message is on disk and in the index before its IMAP UID counts as done, "
    "files are written under a temporary name, synced and renamed without replacing anything, "
    "and mailclerk verify re-hashes the archive against the index.",
};

// What each error kind means to the user; the exit code comes from exit_code_for().
struct ErrorKind {
    ErrorCode code;
    std::string_view meaning;
};
constexpr ErrorKind k_error_kinds[] = {
    {ErrorCode::usage, "the command line is wrong"},
    {ErrorCode::config, "the configuration is invalid (file:line: key: message)"},
    {ErrorCode::io, "a file or directory operation failed, e.g. a full disk"},
    {ErrorCode::not_found, "a named path, customer or message does not exist"},
    {ErrorCode::parse, "input could not be understood"},
    {ErrorCode::database, "the index refused (locked, damaged, or written by a newer mailclerk)"},
    {ErrorCode::integrity, "archive and index disagree (mailclerk verify)"},
    {ErrorCode::network, "a server could not be reached, or TLS failed"},
    {ErrorCode::auth, "a server refused the credentials"},
    {ErrorCode::refused, "a server refused a command"},
};

struct Definition {
    std::string_view term;
    std::string_view text;
};

constexpr Definition k_environment[] = {
    {"MAILCLERK_CONFIG", "The configuration file when -c is not given."},
    {"HOME", "The home of password_command and oauth2_token_command helpers; the service sets "
             "it to /var/lib/mailclerk."},
    {"JOURNAL_STREAM", "Set by systemd: log lines then carry syslog priority prefixes for the "
                       "journal."},
    {"NOTIFY_SOCKET, WATCHDOG_USEC",
     "Set by systemd for Type=notify: mailclerk daemon reports readiness and pings the "
     "watchdog."},
    {"(password_env)", "An account's password_env names a variable that holds its password."},
};

constexpr Definition k_files[] = {
    {"/etc/mailclerk/mailclerk.toml", "The configuration (mode 0640, root:mailclerk)."},
    {"/var/lib/mailclerk",
     "The default archive root: mail under customers/<slug>/mail/<year>/, attachments under "
     "customers/<slug>/<kind>/ (inquiries, quotes, contracts, orders, invoices, other), "
     "unmatched/ for mail of no customer."},
    {"<root>/.mailclerk/index.sqlite", "The index (SQLite, WAL)."},
    {"<root>/audit.log", "Every message view and download on the web page (JSON lines)."},
    {"/lib/systemd/system/mailclerk.service", "The service: mailclerk daemon as user mailclerk."},
    {"/usr/lib/sysusers.d/mailclerk.conf, /usr/lib/tmpfiles.d/mailclerk.conf",
     "The system user and the directories the package creates."},
};

constexpr std::string_view k_examples =
    "sudo mailclerk doctor                      # is the installation sound?\n"
    "sudo systemctl enable --now mailclerk      # start the service\n"
    "mailclerk sync --once --account alice      # one pass over one account\n"
    "mailclerk import ~/Maildir old-mail.mbox   # old mail\n"
    "mailclerk search '报价 customer:acme after:2025-10-01'\n"
    "mailclerk history acme --json\n"
    "mailclerk verify";

std::string option_label(const OptionDoc& option) {
    std::string out;
    for (const std::string& name : option.names)
        out += (out.empty() ? "" : ", ") + roff::bold(name);
    if (!option.value.empty()) out += " " + roff::italic(option.value);
    return out;
}

std::string synopsis(const CommandDoc& command) {
    std::string out = roff::bold("mailclerk " + joined_path(command));
    if (!command.options.empty()) out += " [" + roff::italic("OPTIONS") + "]";
    for (const ArgumentDoc& argument : command.arguments) {
        std::string name = roff::italic(argument.name) + (argument.many ? "..." : "");
        out += " " + (argument.required ? name : "[" + name + "]");
    }
    if (!command.subcommands.empty())
        out += " " + roff::italic(command.needs_subcommand ? "COMMAND" : "[COMMAND]");
    return out;
}

void append_items(std::string& out, const CommandDoc& command) {
    for (const ArgumentDoc& argument : command.arguments)
        out += fmt::format(".TP\n{}\n{}\n", roff::italic(argument.name),
                           roff::text(argument.description));
    for (const OptionDoc& option : command.options) {
        std::string description = option.description;
        if (!option.default_value.empty())
            description += fmt::format(" (default: {})", option.default_value);
        if (option.repeatable && description.find("repeat") == std::string::npos)
            description += " May be repeated.";
        out += fmt::format(".TP\n{}\n{}\n", option_label(option), roff::text(description));
    }
}

void append_command(std::string& out, const CommandDoc& command) {
    out += fmt::format(".SS \"{}\"\n", roff::text("mailclerk " + joined_path(command)));
    out += synopsis(command) + "\n";
    out += roff::paragraph(command.description);
    append_items(out, command);
    if (!command.footer.empty()) out += ".PP\n" + roff::lines(command.footer);
    if (!command.subcommands.empty()) {
        std::string names;
        for (const CommandDoc& sub : command.subcommands)
            names += (names.empty() ? "" : ", ") + sub.path.back();
        out += roff::paragraph("Commands: " + names + ".");
    }
    for (const CommandDoc& sub : command.subcommands)
        append_command(out, sub);
}

void append_definitions(std::string& out, std::span<const Definition> rows) {
    for (const Definition& row : rows)
        out += fmt::format(".TP\n{}\n{}\n", roff::bold(row.term), roff::text(row.text));
}

void append_exit_status(std::string& out) {
    out += ".SH \"EXIT STATUS\"\n";
    out += ".TP\n.B 0\nSuccess.\n";
    for (int status : {1, 2}) {
        std::string kinds;
        for (const ErrorKind& kind : k_error_kinds)
            if (exit_code_for(Error{kind.code, {}, {}}) == status)
                kinds += (kinds.empty() ? "" : "; ") + std::string(kind.meaning);
        out += fmt::format(".TP\n.B {}\n{}{}.\n", status,
                           status == 1 ? "Operational failure: " : "Usage or configuration error: ",
                           roff::text(kinds));
    }
    out += roff::paragraph("mailclerk doctor exits 0 when every check passes (warnings "
                           "allowed) and 1 when one fails. Errors are printed on standard error "
                           "as \"error: ...\", often followed by \"hint: ...\" saying what to "
                           "do.");
}

} // namespace

std::string command_page(const CommandDoc& program, const PageInfo& info) {
    std::string out = roff::title("MAILCLERK", 1, "mailclerk " + info.version, "mailclerk manual");
    std::string summary = program.description;
    if (size_t colon = summary.find(": "); colon != std::string::npos)
        summary = summary.substr(colon + 2);
    out += ".SH NAME\nmailclerk \\- " + roff::text(summary) + "\n";
    out += ".SH SYNOPSIS\n" + roff::bold("mailclerk") + " [" + roff::bold("-c") + " " +
           roff::italic("CONFIG") + "] " + roff::italic("COMMAND") + " [" +
           roff::italic("OPTIONS") + "] [" + roff::italic("ARGUMENTS") + "]\n.br\n" +
           roff::bold("mailclerk --version") + "\n";
    out += ".SH DESCRIPTION\n";
    for (std::string_view paragraph : k_description)
        out += roff::paragraph(paragraph);
    out += ".SH OPTIONS\n";
    append_items(out, program);
    out += ".SH COMMANDS\n";
    for (const CommandDoc& command : program.subcommands)
        append_command(out, command);
    append_exit_status(out);
    out += ".SH ENVIRONMENT\n";
    append_definitions(out, k_environment);
    out += ".SH FILES\n";
    append_definitions(out, k_files);
    out += ".SH EXAMPLES\n.nf\n" + roff::text(k_examples) + "\n.fi\n";
    out += ".SH \"SEE ALSO\"\n" + roff::bold("mailclerk.toml") + "(5), " + roff::bold("systemctl") +
           "(1), " + roff::bold("journalctl") + "(1); /usr/share/doc/mailclerk/README.md\n";
    return out;
}

} // namespace mailclerk::manual
