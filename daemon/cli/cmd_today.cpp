// mailclerk today [--user NAME] [--json] [--at TIME]: what needs the team (or one rep) today;
// mailclerk today done ID [--user NAME]: take an item off the list;
// mailclerk today --send [--dry-run] [--user NAME]: the day's digest mails, now.
#include <algorithm>
#include <ctime>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/utf8.hpp"
#include "daemon/app/workspace.hpp"
#include "daemon/cli/commands.hpp"
#include "daemon/cli/output.hpp"
#include "daemon/today/agenda.hpp"
#include "daemon/today/delivery.hpp"
#include "parsers/date.hpp"

namespace mailclerk::cli {
namespace {

struct TodayOptions {
    std::string user;
    std::string at;
    std::string id; // done
    bool json = false;
    bool send = false;
    bool dry_run = false;
};

// "2026-11-03", "2026-11-03T09:30", "2026-11-03T09:30:00Z", "...+08:00": epoch seconds.
Result<int64_t> parse_at(const std::string& text) {
    auto bad = [&] {
        return fail(ErrorCode::usage, "--at '" + text + "' is not a time",
                    "write 2026-11-03T09:30:00+08:00 (or Z), or a date");
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, consumed = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &y, &mo, &d, &consumed) != 3) return bad();
    std::string_view rest = std::string_view(text).substr(static_cast<size_t>(consumed));
    int64_t offset = 0;
    if (!rest.empty()) {
        int n = 0;
        std::string tail(rest);
        if (std::sscanf(tail.c_str(), "T%2d:%2d%n", &h, &mi, &n) != 2) return bad();
        rest.remove_prefix(static_cast<size_t>(n));
        if (rest.starts_with(":")) {
            tail = std::string(rest);
            if (std::sscanf(tail.c_str(), ":%2d%n", &s, &n) != 1) return bad();
            rest.remove_prefix(static_cast<size_t>(n));
        }
        if (rest == "Z") {
            rest = {};
        } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':') {
            int oh = std::atoi(std::string(rest.substr(1, 2)).c_str());
            int om = std::atoi(std::string(rest.substr(4, 2)).c_str());
            offset = (rest[0] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
            rest = {};
        }
        if (!rest.empty()) return bad();
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return bad();
    return parsers::days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset;
}

// {"generated_at", "items", "user"}, keys in the order a JSON object dumps them, each item
// written as it is made: one document tree holds every item's nodes at once (a manager's 4,684
// items at 1M: ~580 more page faults, ~14 M more instructions; bench/README.md, today). Each
// item is written as a nlohmann::json object of its fields would dump (keys sorted, the
// library's own string escaping) without building that object: 11 map nodes and a copy of
// every string per item were ~20 ms at 1M.
class ItemWriter {
  public:
    explicit ItemWriter(std::string& out) : m_out(out) {}
    void write(const today::Item& item) {
        m_out += '{';
        field("customer", item.customer);
        field("customer_name", item.customer_name);
        field("domain", item.domain);
        field("due", iso_date(item.due));
        field("id", item.id);
        field("message_sha256", item.message_sha256);
        key("reps");
        m_out += '[';
        for (size_t i = 0; i < item.reps.size(); ++i) {
            if (i > 0) m_out += ',';
            string(item.reps[i]);
        }
        m_out += "],";
        field("since", iso_date(item.since));
        field("state", today::to_string(item.state));
        field("subject", item.subject);
        key("thread_id");
        string(item.thread_id);
        m_out += '}';
    }

  private:
    // Printable ASCII without '"' and '\\' is written as it is; anything else goes through the
    // library (escapes, UTF-8 checked as dump() checks it).
    void string(const std::string& text) {
        bool plain = std::all_of(text.begin(), text.end(), [](char c) {
            return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
        });
        if (!plain) {
            m_out += nlohmann::json(text).dump();
            return;
        }
        m_out += '"';
        m_out += text;
        m_out += '"';
    }
    void key(const char* name) {
        m_out += '"';
        m_out += name;
        m_out += "\":";
    }
    void field(const char* name, const std::string& value) {
        key(name);
        string(value);
        m_out += ',';
    }
    std::string& m_out;
};

std::string list_json(const std::string& user, int64_t now, const std::vector<today::Item>& items) {
    std::string out;
    // An item is ~350 bytes: growing 1.6 MB (4,684 items at 1M) by doubling, then copying it
    // once more, faulted ~1,200 fresh pages.
    out.reserve(256 + items.size() * 512);
    out += R"({"generated_at":)" + nlohmann::json(iso_date(now)).dump() + R"(,"items":[)";
    ItemWriter writer(out);
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ',';
        writer.write(items[i]);
    }
    out += R"(],"user":)" + nlohmann::json(user).dump() + "}";
    return out;
}

void print_items(const std::vector<today::Item>& items, int64_t now) {
    if (items.empty()) {
        fmt::print("nothing needs doing\n");
        return;
    }
    for (const today::Item& item : items) {
        std::string who = item.customer.empty() ? item.domain : item.customer;
        std::string age = item.since == 0 ? "never" : today::age_text(item.since, now, false);
        std::string what = item.subject.empty() ? "" : item.subject;
        fmt::print("{:<32} {:<18} {:<20} {:>6}  {}\n", item.id, today::to_string(item.state),
                   utf8::truncate(who, 20), age, what);
    }
    fmt::print("{} items\n", items.size());
}

// The user --user names, and whether they see everything (a manager).
Result<std::pair<std::string, bool>> viewer(app::Workspace& w, const std::string& name) {
    if (name.empty()) return std::pair<std::string, bool>{"", true};
    auto user = w.users().find_user(name);
    if (!user) return tl::unexpected(user.error());
    if (!*user)
        return fail(ErrorCode::not_found, "no user '" + name + "'",
                    "`mailclerk user list` shows the users");
    return std::pair<std::string, bool>{(*user)->name, (*user)->role == "manager"};
}

int run_list(app::Workspace& w, const TodayOptions& o, int64_t now) {
    auto who = viewer(w, o.user);
    if (!who) return report(who.error());
    auto items = today::open_items(today::agenda_index(w), w.config, w.rules, w.directory, now);
    if (!items) return report(items.error());
    auto mine = today::items_of(*items, who->first, who->second);
    if (!o.json) {
        print_items(mine, now);
        return 0;
    }
    print_json(list_json(who->first, now, mine));
    return 0;
}

int run_send(app::Workspace& w, const TodayOptions& o, int64_t now) {
    auto sent = today::send_digests(w, now, {o.dry_run, o.user});
    if (!sent) return report(sent.error());
    int status = 0;
    for (const today::SendOutcome& out : *sent) {
        if (o.dry_run && out.outcome == "dry-run") {
            fmt::print("=== digest for {} to {} ({} items)\n{}\n", out.user, out.to, out.items,
                       out.detail);
            continue;
        }
        fmt::print("{:<16} {:<14} {:>4} items  {}{}\n", out.user, out.outcome, out.items, out.to,
                   out.detail.empty() ? "" : ": " + out.detail);
        if (out.outcome == "failed") status = 1;
    }
    return status;
}

int run_today(const GlobalOptions& global, const TodayOptions& o) {
    if (o.dry_run && !o.send)
        return report(Error{ErrorCode::usage, "--dry-run goes with --send", ""});
    if (o.send && !o.at.empty() && !o.dry_run)
        return report(Error{ErrorCode::usage, "--at goes with a list or --send --dry-run",
                            "digests are sent for today only"});
    int64_t now = std::time(nullptr);
    if (!o.at.empty()) {
        auto at = parse_at(o.at);
        if (!at) return report(at.error());
        now = *at;
    }
    auto workspace = app::open_reader(global.config);
    if (!workspace) return report(workspace.error());
    return o.send ? run_send(*workspace, o, now) : run_list(*workspace, o, now);
}

int run_done(const GlobalOptions& global, const TodayOptions& o) {
    auto workspace = app::open_reader(global.config);
    if (!workspace) return report(workspace.error());
    int64_t now = std::time(nullptr);
    auto items = today::open_items(today::agenda_index(*workspace), workspace->config,
                                   workspace->rules, workspace->directory, now);
    if (!items) return report(items.error());
    const char* login = std::getenv("USER");
    std::string who = !o.user.empty() ? o.user : std::string("cli:") + (login ? login : "?");
    auto done = today::dismiss_item(workspace->agenda(), *items, o.id, who, now);
    if (!done) return report(done.error());
    fmt::print("done: {} ({})\n", done->id, done->customer.empty() ? done->domain : done->customer);
    return 0;
}

} // namespace

void add_today(CLI::App& app, const GlobalOptions& global, Runner& run) {
    auto o = std::make_shared<TodayOptions>();
    CLI::App* command = app.add_subcommand(
        "today", "what needs doing: unanswered inquiries, quotes awaiting a reply, follow-ups");
    command->add_option("--user", o->user, "one rep's items (a manager's: everyone's)");
    add_json_flag(command, o->json);
    command->add_option("--at", o->at, "as of this time (ISO 8601), not now");
    command->add_flag("--send", o->send, "send today's digest mails now (each user once a day)");
    command->add_flag("--dry-run", o->dry_run, "with --send: print the mails, send nothing");
    CLI::App* done = command->add_subcommand("done", "take an item off the list (by its id)");
    done->add_option("id", o->id, "the item's id as listed, or a unique beginning of it")
        ->required();
    done->add_option("--user", o->user, "who did it (recorded)");
    // CLI11 runs the parent's callback after the subcommand's: `today` runs only alone.
    command->callback([&global, &run, o, command] {
        bool listing = command->get_subcommands().empty();
        run = [&global, o, listing] {
            return listing ? run_today(global, *o) : run_done(global, *o);
        };
    });
}

} // namespace mailclerk::cli
