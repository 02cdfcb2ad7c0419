// Issue 19: the decisions behind push and cheap resync that need no server — which folders an
// account archives (patterns), how push uses its connections, provider quirks, the UID SEARCH
// commands (never a descending range) and when STATUS alone says "nothing new".
#include <catch2/catch.hpp>

#include <filesystem>

#include <unistd.h>

#include "config/config.hpp"
#include "daemon/app/folders.hpp"
#include "daemon/app/push.hpp"
#include "daemon/app/push_status.hpp"
#include "daemon/imap/quirks.hpp"
#include "daemon/sources/imap_resync.hpp"
#include "temp_dir.hpp"

using namespace mailclerk;
using app::folder_matches;
using app::plan_push;
using app::PushMode;
using app::select_folders;

namespace {

imap::Folder folder(std::string name, std::vector<std::string> attributes = {}) {
    return imap::Folder{name, imap::encode_mutf7(name), std::move(attributes), '/'};
}

std::vector<std::string> names(const std::vector<sources::ImapFolderRef>& refs) {
    std::vector<std::string> out;
    for (const auto& ref : refs)
        out.push_back(ref.name);
    return out;
}

const std::vector<imap::Folder> k_listed = {
    folder("INBOX"),
    folder("Sent", {"\\Sent"}),
    folder("Junk", {"\\Junk"}),
    folder("Trash", {"\\Trash"}),
    folder("Deleted Items"),
    folder("Projects", {"\\Noselect", "\\HasChildren"}),
    folder("Projects/Acme"),
    folder("Projects/Acme/2024"),
    folder("垃圾邮件", {"\\Junk"}),
    folder("Customers/acme"),
};

} // namespace

TEST_CASE("imap folders: patterns, wildcards and INBOX's case", "[imap][folders]") {
    CHECK(folder_matches("*", "Projects/Acme/2024", '/'));
    CHECK(folder_matches("Projects/%", "Projects/Acme", '/'));
    CHECK_FALSE(folder_matches("Projects/%", "Projects/Acme/2024", '/'));
    CHECK(folder_matches("Projects/*", "Projects/Acme/2024", '/'));
    CHECK(folder_matches("Deleted*", "Deleted Items", '/'));
    CHECK_FALSE(folder_matches("deleted*", "Deleted Items", '/'));
    CHECK(folder_matches("inbox", "INBOX", '/'));
    CHECK(folder_matches("Inbox/%", "INBOX/Orders", '/'));
    CHECK(folder_matches("?????", "垃圾邮件x", '/'));
    CHECK_FALSE(folder_matches("????", "垃圾邮件x", '/'));
    CHECK_FALSE(folder_matches("Sent", "Sent Items", '/'));
}

TEST_CASE("imap folders: every folder but junk, trash and deleted", "[imap][folders]") {
    auto chosen = select_folders(k_listed, {"*", "!Junk", "!Trash", "!Deleted*"}, "Customers");
    CHECK(names(chosen) == std::vector<std::string>{"INBOX", "Sent", "Projects/Acme",
                                                    "Projects/Acme/2024", "垃圾邮件"});
    // A special-use attribute excludes the junk folder whatever its name.
    chosen = select_folders(k_listed, {"*", "!\\Junk", "!\\Trash"}, "");
    CHECK(names(chosen) == std::vector<std::string>{"INBOX", "Sent", "Deleted Items",
                                                    "Projects/Acme", "Projects/Acme/2024",
                                                    "Customers/acme"});
}

TEST_CASE("imap folders: defaults, plain names and the special-use folder", "[imap][folders]") {
    CHECK(names(select_folders(k_listed, {}, "")) == std::vector<std::string>{"INBOX", "Sent"});
    // A plain name is taken even when unlisted, so that a typo fails visibly at EXAMINE.
    CHECK(names(select_folders(k_listed, {"inbox", "Sent Items"}, "")) ==
          std::vector<std::string>{"INBOX", "Sent Items"});
    CHECK(names(select_folders(k_listed, {"\\Sent", "INBOX"}, "")) ==
          std::vector<std::string>{"Sent", "INBOX"});
    CHECK(select_folders(k_listed, {"Nothing*"}, "").empty());
}

TEST_CASE("config: folders and since are validated", "[config][folders]") {
    auto base = std::string(R"([archive]
root = "/a"
[[account]]
name = "a"
url = "imaps://h"
user = "u"
password_env = "P"
)");
    auto ok = config::parse(base + "folders = [\"*\", \"!Junk\"]\nsince = 2024-02-29\n", "/c.toml");
    REQUIRE(ok);
    REQUIRE(ok->accounts.front().since);
    CHECK(*ok->accounts.front().since == config::Date{2024, 2, 29});
    CHECK(ok->accounts.front().push);

    auto only_exclusions = config::parse(base + "folders = [\"!Junk\"]\n", "/c.toml");
    REQUIRE_FALSE(only_exclusions);
    CHECK(only_exclusions.error().message ==
          "/c.toml:3: account.folders: only exclusions, nothing to archive");
    auto no_such_day = config::parse(base + "since = \"2023-02-29\"\n", "/c.toml");
    REQUIRE_FALSE(no_such_day);
    CHECK_THAT(no_such_day.error().message, Catch::Contains("expected a date such as 2024-01-01"));
}

TEST_CASE("imap push: NOTIFY uses one connection, IDLE one per folder", "[imap][push]") {
    std::vector<sources::ImapFolderRef> three{{"INBOX", "INBOX"}, {"Sent", "Sent"}, {"A", "A"}};
    auto notify = plan_push(true, true, three, 2);
    CHECK(notify.mode == PushMode::notify);
    REQUIRE(notify.connections.size() == 1);
    CHECK(notify.connections[0].size() == 3);
    CHECK(notify.polled == 0);

    auto idle = plan_push(false, true, three, 2);
    CHECK(idle.mode == PushMode::idle);
    REQUIRE(idle.connections.size() == 2);
    CHECK(idle.connections[1][0].name == "Sent");
    CHECK(idle.polled == 1);

    CHECK(plan_push(false, false, three, 5).mode == PushMode::poll);
    CHECK(plan_push(true, true, three, 0).mode == PushMode::poll);
    CHECK(plan_push(true, true, {}, 3).connections.empty());
}

TEST_CASE("imap push: the connection budget is shared and given back", "[imap][push]") {
    app::ConnectionBudget budget(3);
    CHECK(budget.take(2) == 2);
    CHECK(budget.take(2) == 1);
    CHECK(budget.take(1) == 0);
    budget.give_back(3);
    CHECK(budget.take(5) == 3);
}

TEST_CASE("imap quirks: providers by host, most specific first", "[imap][quirks]") {
    REQUIRE(imap::quirks_for_host("imap.163.com"));
    CHECK(imap::quirks_for_host("imap.163.com")->always_send_id);
    CHECK(imap::quirks_for_host("IMAP.126.COM.")->always_send_id);
    CHECK(imap::quirks_for_host("evil163.com") == nullptr);
    CHECK(imap::quirks_for_host("imap.example.com") == nullptr);
    const imap::Quirks* exmail = imap::quirks_for_url("imaps://user@imap.exmail.qq.com:993/");
    REQUIRE(exmail);
    CHECK(exmail->provider == "Tencent Exmail");
    CHECK_FALSE(exmail->network_hint.empty());
    REQUIRE(imap::quirks_for_url("imaps://imap.qq.com"));
    CHECK(imap::quirks_for_url("imaps://imap.qq.com")->provider == "QQ Mail");
}

TEST_CASE("imap search: ranges never run downwards", "[imap][sync]") {
    CHECK(imap::search_from_command(0, false) == "UID SEARCH UID 1:4294967295");
    CHECK(imap::search_from_command(5001, true) == "UID SEARCH RETURN (ALL) UID 5001:4294967295");
    CHECK(imap::search_since_command({2024, 1, 5}, false) == "UID SEARCH SINCE 5-Jan-2024");
    CHECK(imap::search_since_command({2023, 12, 31}, true) ==
          "UID SEARCH RETURN (ALL) SINCE 31-Dec-2023");
}

TEST_CASE("imap sync: STATUS alone says nothing is new", "[imap][sync]") {
    store::SyncState state{"a", "INBOX", 7, 100, 0, "", 0, 555};
    // CONDSTORE: the same HIGHESTMODSEQ means no change at all, whatever UIDNEXT says (some
    // servers omit or rewind it).
    CHECK(sources::nothing_new(state, imap::FolderStatus{7, 0, 90, 555}));
    // Flags changed (a higher mod-sequence) but no new UID.
    CHECK(sources::nothing_new(state, imap::FolderStatus{7, 101, 90, 560}));
    CHECK_FALSE(sources::nothing_new(state, imap::FolderStatus{7, 102, 91, 560}));
    CHECK_FALSE(sources::nothing_new(state, imap::FolderStatus{8, 101, 90, 555}));
    // Without CONDSTORE and without UIDNEXT nothing can be ruled out.
    state.highest_modseq = 0;
    CHECK_FALSE(sources::nothing_new(state, imap::FolderStatus{7, 0, 90, 0}));
}

TEST_CASE("daemon status file: modes and pauses round-trip, old lines still read", "[imap][push]") {
    // Issue 21: `mailclerk status` shows "account X: paused until ... after: ...".
    test::TempDir dir;
    auto file = dir.path() / "push-state";
    app::PushReport report{static_cast<long>(::getpid()), {}};
    report.accounts.push_back({"alice", "IDLE", 2, 1, 0, {}});
    report.accounts.push_back({"bob", "polled", 0, 0, 1798000000,
                               "INBOX: cannot write /a\tb.eml: No space left on device"});
    REQUIRE(app::write_push_status(file, report));
    // Whole blocks, so that on a full disk the same blocks can be rewritten in place.
    CHECK(std::filesystem::file_size(file) % 4096 == 0);
    auto read = app::read_push_status(file);
    REQUIRE(read);
    REQUIRE(read->has_value());
    const auto& accounts = (*read)->accounts;
    REQUIRE(accounts.size() == 2);
    CHECK(accounts[0].mode == "IDLE");
    CHECK(accounts[0].paused_until == 0);
    CHECK(accounts[1].paused_until == 1798000000);
    CHECK(accounts[1].paused_after == "INBOX: cannot write /a b.eml: No space left on device");
    CHECK(app::clock_time(0).size() == 8);
}
