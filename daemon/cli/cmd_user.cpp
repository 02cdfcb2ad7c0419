// mailclerk user add NAME --role rep|manager [--team T] [--email A] [--lang en|zh] |
// set NAME [--role R] [--team T] [--email A] [--lang L] | list [--json] | remove NAME |
// passwd NAME: who may log in to the web page, and where their daily digest goes. Passwords are
// read from the terminal (twice, not echoed) or from the first line of standard input, never from
// the command line.
#include <cstdio>
#include <ctime>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <termios.h>
#include <unistd.h>

#include "daemon/app/passwords.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"

namespace mailclerk::cli {
namespace {

constexpr size_t k_min_password = 8;

struct UserOptions {
    std::string name;
    std::string role = "rep";
    std::string team;
    std::string email;
    std::string lang;
    bool json = false;
    // `user set`: which of the fields above were given
    bool set_role = false, set_team = false, set_email = false, set_lang = false;
};

Status check_fields(const UserOptions& o) {
    if (o.role != "rep" && o.role != "manager")
        return fail(ErrorCode::usage, "--role must be rep or manager");
    if (!o.lang.empty() && o.lang != "en" && o.lang != "zh")
        return fail(ErrorCode::usage, "--lang must be en or zh");
    size_t at = o.email.find('@');
    if (!o.email.empty() && (at == 0 || at == std::string::npos || at + 1 == o.email.size() ||
                             o.email.find_first_of(" <>,;\"") != std::string::npos))
        return fail(ErrorCode::usage, "--email '" + o.email + "' is not an address");
    return {};
}

std::string read_line_quietly(const char* prompt) {
    fmt::print(stderr, "{}", prompt);
    termios saved{};
    bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        fmt::print(stderr, "\n");
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

Result<std::string> read_password() {
    std::string password;
    if (isatty(STDIN_FILENO)) {
        password = read_line_quietly("password: ");
        if (read_line_quietly("again: ") != password)
            return fail(ErrorCode::usage, "the passwords differ");
    } else {
        std::getline(std::cin, password);
        if (!password.empty() && password.back() == '\r') password.pop_back();
    }
    if (password.size() < k_min_password)
        return fail(ErrorCode::usage,
                    fmt::format("the password needs at least {} characters", k_min_password));
    return password;
}

bool valid_name(const std::string& name) {
    if (name.empty() || name.size() > 64) return false;
    for (char c : name)
        if (static_cast<unsigned char>(c) < 0x21 || c == 0x7f) return false;
    return true;
}

int run_add(const GlobalOptions& global, const UserOptions& o, bool replace_password_only) {
    if (!valid_name(o.name))
        return report(
            Error{ErrorCode::usage, "user names are 1 to 64 characters without spaces", ""});
    if (auto ok = check_fields(o); !ok) return report(ok.error());
    auto workspace = app::open_reader(global.config);
    if (!workspace) return report(workspace.error());
    auto existing = workspace->users().find_user(o.name);
    if (!existing) return report(existing.error());
    if (replace_password_only && !*existing)
        return report(Error{ErrorCode::not_found, "no user '" + o.name + "'",
                            "add one with `mailclerk user add NAME --role rep`"});
    if (!replace_password_only && *existing)
        return report(Error{ErrorCode::usage, "user '" + o.name + "' exists",
                            "change the password with `mailclerk user passwd " + o.name + "`"});
    if (!app::init_crypto()) return report(Error{ErrorCode::io, "libsodium cannot start", ""});
    auto password = read_password();
    if (!password) return report(password.error());
    auto hash = app::hash_password(*password);
    if (!hash) return report(hash.error());
    store::UserRow user =
        replace_password_only
            ? **existing
            : store::UserRow{
                  o.name,  "",    o.role, o.team, static_cast<int64_t>(std::time(nullptr)),
                  o.email, o.lang};
    user.password_hash = *hash;
    if (auto ok = workspace->users().save_user(user); !ok) return report(ok.error());
    fmt::print("{} {} ({}{})\n", replace_password_only ? "new password for" : "added", user.name,
               user.role, user.team.empty() ? "" : ", team " + user.team);
    return 0;
}

int run_set(const GlobalOptions& global, const UserOptions& o) {
    if (auto ok = check_fields(o); !ok) return report(ok.error());
    auto workspace = app::open_reader(global.config);
    if (!workspace) return report(workspace.error());
    auto existing = workspace->users().find_user(o.name);
    if (!existing) return report(existing.error());
    if (!*existing)
        return report(Error{ErrorCode::not_found, "no user '" + o.name + "'",
                            "add one with `mailclerk user add NAME --role rep`"});
    store::UserRow user = **existing;
    if (o.set_role) user.role = o.role;
    if (o.set_team) user.team = o.team;
    if (o.set_email) user.email = o.email;
    if (o.set_lang) user.lang = o.lang;
    if (auto ok = workspace->users().save_user(user); !ok) return report(ok.error());
    fmt::print("{}: {}{}, email {}, language {}\n", user.name, user.role,
               user.team.empty() ? "" : ", team " + user.team,
               user.email.empty() ? "none" : user.email, user.lang.empty() ? "default" : user.lang);
    return 0;
}

int run_list(const GlobalOptions& global, const UserOptions& o) {
    auto workspace = app::open_reader(global.config);
    if (!workspace) return report(workspace.error());
    auto users = workspace->users().users();
    if (!users) return report(users.error());
    if (o.json) {
        auto user = [](const auto& u) -> nlohmann::json {
            return {{"name", u.name},   {"role", u.role}, {"team", u.team},
                    {"email", u.email}, {"lang", u.lang}, {"created", iso_date(u.created)}};
        };
        print_json(nlohmann::json{{"users", json_array(*users, user)}}.dump());
        return 0;
    }
    for (const auto& u : *users)
        fmt::print("{:<20} {:<8} {:<12} {:<30} {}\n", u.name, u.role, u.team, u.email, u.lang);
    if (users->empty()) fmt::print("no users: add one with `mailclerk user add NAME --role rep`\n");
    return 0;
}

int run_remove(const GlobalOptions& global, const UserOptions& o) {
    auto workspace = app::open_reader(global.config);
    if (!workspace) return report(workspace.error());
    auto removed = workspace->users().remove_user(o.name);
    if (!removed) return report(removed.error());
    if (!*removed) return report(Error{ErrorCode::not_found, "no user '" + o.name + "'", ""});
    fmt::print("removed {} (sessions open now end when the page restarts or they expire)\n",
               o.name);
    return 0;
}

} // namespace

void add_user(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto o = std::make_shared<UserOptions>();
    CLI::App* command = app.add_subcommand("user", "who may log in to the web page");
    command->require_subcommand(1);
    CLI::App* add = command->add_subcommand("add", "add a user (password from stdin or prompt)");
    add->add_option("name", o->name, "user name (customers' owner field names it)")->required();
    add->add_option("--role", o->role, "rep (default) or manager");
    add->add_option("--team", o->team, "a rep sees the customers of everyone in the team");
    add->add_option("--email", o->email, "where the daily digest goes ([today] deliver = smtp)");
    add->add_option("--lang", o->lang, "the digest's language: en or zh (default: [today] lang)");
    add->callback(
        [&global, &run, o] { run = [&global, o] { return run_add(global, *o, false); }; });
    CLI::App* passwd = command->add_subcommand("passwd", "set a user's password");
    passwd->add_option("name", o->name, "user name")->required();
    passwd->callback(
        [&global, &run, o] { run = [&global, o] { return run_add(global, *o, true); }; });
    CLI::App* set = add_command(*command, "set", "change a user's role, team, email or language",
                                global, run, o, run_set);
    set->add_option("name", o->name, "user name")->required();
    auto given = [](bool& flag) { return [&flag](const std::string&) { flag = true; }; };
    set->add_option("--role", o->role, "rep or manager")->each(given(o->set_role));
    set->add_option("--team", o->team, "the team (\"\" for none)")->each(given(o->set_team));
    set->add_option("--email", o->email, "the digest's address (\"\" for none)")
        ->each(given(o->set_email));
    set->add_option("--lang", o->lang, "the digest's language: en, zh (\"\" for the default)")
        ->each(given(o->set_lang));
    CLI::App* list =
        add_command(*command, "list", "the users, their roles and teams", global, run, o, run_list);
    add_json_flag(list, o->json);
    CLI::App* remove = add_command(*command, "remove", "remove a user", global, run, o, run_remove);
    remove->add_option("name", o->name, "user name")->required();
}

} // namespace mailclerk::cli
