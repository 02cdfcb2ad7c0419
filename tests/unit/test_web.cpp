// Issue 8: the web page's pure parts — the HTML sanitiser against hostile mail, URL and path
// rules, sessions and CSRF tokens, the login brake, password hashing, the string table.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "common/utf8.hpp"
#include "config/config.hpp"
#include "daemon/web/access.hpp"
#include "daemon/web/app.hpp"
#include "daemon/web/auth.hpp"
#include "daemon/web/http.hpp"
#include "daemon/web/i18n.hpp"
#include "daemon/web/sanitize.hpp"
#include "store/index.hpp"
#include "temp_dir.hpp"

using namespace mailclerk;
using namespace mailclerk::web;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

std::string lower(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

TEST_CASE("hostile HTML is made inert", "[web][sanitize]") {
    struct Row {
        const char* html;
        std::vector<const char*> must_not_contain; // lower-cased output
        int remote_blocked;                        // -1: not asserted
    };
    const Row rows[] = {
        {"<p>hi<script>alert(1)</script></p>", {"<script", "alert(1)"}, 0},
        {"<SCRIPT SRC=//evil.example/x.js></SCRIPT>ok", {"<script", "evil"}, 0},
        {"<img src=x onerror=alert(1)>", {"onerror", "<img"}, 1},
        {"<a href=\"javascript:alert(1)\">x</a>", {"javascript:"}, 0},
        {"<a href=\"  JaVaScRiPt:alert(1)\">x</a>", {"javascript", "alert"}, 0},
        {"<a href=\"java&#x09;script:alert(1)\">x</a>", {"script:"}, 0},
        {"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
         {"data:text"},
         0},
        {"<a href=\"vbscript:msgbox(1)\">x</a>", {"vbscript"}, 0},
        {"<div onclick=\"alert(1)\" onmouseover=alert(2)>x</div>", {"onclick", "onmouseover"}, 0},
        {"<img src=\"https://tracker.example/p.gif\" width=1>", {"tracker", "<img"}, 1},
        {"<img src=\"http://tracker.example/p.gif\">", {"tracker"}, 1},
        {"<img src=\"//tracker.example/p.gif\">", {"tracker"}, 1},
        {"<img srcset=\"https://tracker.example/a.png 2x\" src=\"cid:x\">",
         {"tracker", "srcset"},
         1},
        {"<div style=\"background:url(https://tracker.example/bg)\">x</div>",
         {"tracker", "url("},
         1},
        {"<table background=\"https://tracker.example/t.png\"><tr><td>x</td></tr></table>",
         {"tracker"},
         0},
        {"<link rel=stylesheet href=https://evil.example/s.css>x", {"evil", "<link"}, 1},
        {"<style>@import url(https://evil.example/s.css); body{}</style>x", {"evil", "<style"}, 0},
        {"<iframe src=\"https://evil.example\"></iframe>x", {"iframe", "evil"}, 0},
        {"<object data=x.swf></object><embed src=x.swf>", {"object", "embed"}, 0},
        {"<form action=https://evil.example><input name=p></form>", {"<form", "<input", "evil"}, 0},
        {"<svg onload=alert(1)><script>alert(2)</script></svg>", {"<svg", "onload", "alert"}, 1},
        {"<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>", {"javascript", "<math"}, 0},
        {"<meta http-equiv=refresh content=\"0;url=https://evil.example\">x", {"<meta", "evil"}, 0},
        {"<base href=\"https://evil.example/\"><a href=\"x\">x</a>", {"<base", "evil"}, 0},
        {"<div style=\"width: expression(alert(1))\">x</div>", {"expression"}, 1},
        {"<p>a</p><!-- <script>alert(1)</script> -->", {"<script", "<!--"}, 0},
        {"<noscript><img src=x onerror=alert(1)></noscript>", {"onerror", "<img"}, -1},
        {"<template><script>alert(1)</script></template>", {"<script"}, 0},
        {"<a href=x title='\"><script>alert(1)</script>'>t</a>", {"<script"}, 0},
        {"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", {"<script"}, 0},
        {"<scr<script>ipt>alert(1)</script>", {"<script"}, 0},
        {"<video poster=https://evil.example/p.png><source src=x></video>", {"<video", "evil"}, 1},
    };
    for (const Row& row : rows) {
        INFO(row.html);
        SanitizedHtml clean = sanitize_html(row.html);
        std::string out = lower(clean.html);
        for (const char* bad : row.must_not_contain)
            CHECK_FALSE(contains(out, bad));
        if (row.remote_blocked >= 0) CHECK(clean.remote_blocked == row.remote_blocked);
        // Nothing that could start a script or a handler survives, whatever the row.
        CHECK_FALSE(contains(out, "<script"));
        CHECK_FALSE(contains(out, " on"));
    }
}

TEST_CASE("an overflowing character reference leaves the page valid UTF-8", "[web][sanitize]") {
    // gumbo 0.10 decodes &#x0ddddddddd9; into a lone byte (found by fuzz_sanitize).
    SanitizedHtml clean =
        sanitize_html("<p>a&#x0dddddddddddd9;b</p><a href=\"jav&#x0ddddddddddd9;x\">l</a>");
    CHECK(utf8::is_valid(clean.html));
    CHECK(clean.html.find("a\xEF\xBF\xBD"
                          "b") != std::string::npos);                         // U+FFFD
    CHECK(clean.html.find("href=\"jav\xEF\xBF\xBDx\"") != std::string::npos); // a relative link
}

TEST_CASE("ordinary mail HTML keeps its shape", "[web][sanitize]") {
    SanitizedHtml clean = sanitize_html(
        "<html><head><title>T</title></head><body><p style=\"color:red\">Dear <b>Li</b>,</p>"
        "<table border=1><tr><td colspan=2>报价 DN50</td></tr></table>"
        "<a href=\"https://acme.example/q?a=1&b=2\">quote</a><br>"
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"logo\"></body></html>");
    CHECK(clean.remote_blocked == 0);
    CHECK(contains(clean.html, "<p style=\"color:red\">Dear <b>Li</b>,</p>"));
    CHECK(contains(clean.html, "<td colspan=\"2\">报价 DN50</td>"));
    CHECK(contains(clean.html, "href=\"https://acme.example/q?a=1&amp;b=2\" target=\"_blank\" "
                               "rel=\"noopener noreferrer\""));
    CHECK(contains(clean.html, "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"logo\">"));
    CHECK_FALSE(contains(clean.html, "<title>"));
}

TEST_CASE("URL targets: segments decode, traversal and encoded slashes do not", "[web][url]") {
    auto ok =
        parse_target("/customers/%E5%8D%8E%E4%B8%9C%E7%9F%B3%E5%8C%96?q=%E6%8A%A5%E4%BB%B7+DN50");
    REQUIRE(ok);
    CHECK(ok->segments == std::vector<std::string>{"customers", "华东石化"});
    CHECK(ok->query.at("q") == "报价 DN50");
    CHECK(parse_target("/")->segments.empty());
    CHECK(parse_target("/search/")->segments == std::vector<std::string>{"search"});
    for (const char* bad :
         {"/customers/..", "/customers/../etc", "/customers/%2e%2e", "/customers/.",
          "/customers/a%2fb", "/customers/a%2Fb", "/customers/a%5cb", "/customers/a%00b",
          "/customers/%zz", "/customers/%4", "/customers/%", "/customers//x", "/x?q=%zz",
          "/x?q=%00", "/customers/%ff%fe", "customers", "", "http://evil.example/"})
        CHECK_FALSE(parse_target(bad));
    CHECK_FALSE(parse_target("/" + std::string(5000, 'a')));
}

TEST_CASE("ids are small positive decimals", "[web][url]") {
    CHECK(parse_id("1") == 1);
    CHECK(parse_id("123456789012345678") == 123456789012345678);
    for (const char* bad : {"", "0", "01", "-1", "+1", "1e3", "99999999999999999999",
                            "1234567890123456789", "12a", " 1", "0x10"})
        CHECK_FALSE(parse_id(bad));
}

TEST_CASE("forms, cookies, escaping and download names", "[web][url]") {
    auto form = parse_form("user=alice&password=a%26b+c&csrf=");
    REQUIRE(form);
    CHECK(form->at("password") == "a&b c");
    CHECK(form->at("csrf").empty());
    CHECK_FALSE(parse_form("a=%GG"));
    auto cookies = parse_cookies("mc_session=abc; mc_lang=zh;bad; =x");
    CHECK(cookies.at("mc_session") == "abc");
    CHECK(cookies.at("mc_lang") == "zh");
    CHECK(cookies.size() == 2);
    CHECK(escape("<a href=\"x\">'&'</a>") ==
          "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    CHECK(content_disposition("报价单 \"Q1\".pdf", false) ==
          "attachment; filename=\"_________ _Q1_.pdf\"; "
          "filename*=UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95%20%22Q1%22.pdf");
    CHECK(content_disposition("a\r\nSet-Cookie: x=1", false).find('\n') == std::string::npos);
}

TEST_CASE("passwords are hashed with Argon2id and checked", "[web][auth]") {
    REQUIRE(init_crypto());
    auto hash = hash_password("correct horse");
    REQUIRE(hash);
    CHECK(hash->starts_with("$argon2id$"));
    CHECK(check_password("correct horse", *hash));
    CHECK_FALSE(check_password("correct horsE", *hash));
    CHECK_FALSE(check_password("", *hash));
    CHECK_FALSE(check_password("correct horse", ""));
    CHECK(*hash != *hash_password("correct horse")); // salted
    CHECK_FALSE(hash_password(""));
}

TEST_CASE("sessions expire when idle and carry their own CSRF token", "[web][auth]") {
    REQUIRE(init_crypto());
    test::TempDir dir;
    REQUIRE(store::Index::open(dir / "index.sqlite")); // made and migrated, as the CLI does
    auto db = store::Index::open_sessions(dir / "index.sqlite");
    REQUIRE(db);
    SessionStore store(std::make_unique<store::Index>(std::move(*db)), std::chrono::minutes(30));
    auto t0 = WallClock::now();
    auto id = store.create(Viewer{"alice", "rep", "east"}, t0);
    REQUIRE(id);
    CHECK(id->size() == 64);
    auto other = store.create(Viewer{"bob", "rep", ""}, t0);
    REQUIRE(other);
    CHECK(*other != *id);
    auto found = store.find(*id, t0 + std::chrono::minutes(29));
    REQUIRE(found);
    REQUIRE(*found);
    CHECK((*found)->viewer.name == "alice");
    CHECK((*found)->csrf.size() == 64);
    CHECK((*found)->csrf != (*store.find(*other, t0))->csrf);
    // Use pushed the expiry back.
    CHECK(*store.find(*id, t0 + std::chrono::minutes(58)));
    CHECK_FALSE(*store.find(*id, t0 + std::chrono::minutes(89)));
    CHECK_FALSE(*store.find("", t0));
    CHECK_FALSE(*store.find(std::string(64, 'a'), t0));
    CHECK_FALSE(*store.find(std::string(64, 'Z'), t0)); // not a token at all
    REQUIRE(store.remove(*other));
    CHECK_FALSE(*store.find(*other, t0));
    const std::string& csrf = (*found)->csrf;
    CHECK(same_token(csrf, csrf));
    CHECK_FALSE(same_token(csrf, csrf.substr(1)));
    CHECK_FALSE(same_token("", ""));
}

TEST_CASE("a session made by one web process is found by another on the same index",
          "[web][auth]") {
    REQUIRE(init_crypto());
    test::TempDir dir;
    REQUIRE(store::Index::open(dir / "index.sqlite"));
    auto open = [&] {
        auto db = store::Index::open_sessions(dir / "index.sqlite");
        REQUIRE(db);
        return std::make_unique<store::Index>(std::move(*db));
    };
    SessionStore one(open(), std::chrono::minutes(30));
    SessionStore two(open(), std::chrono::minutes(30));
    auto t0 = WallClock::now();
    auto id = one.create(Viewer{"alice", "rep", ""}, t0);
    REQUIRE(id);
    auto seen = two.find(*id, t0 + std::chrono::minutes(1));
    REQUIRE(seen);
    REQUIRE(*seen);
    CHECK((*seen)->viewer.name == "alice");
    CHECK((*seen)->csrf == (*one.find(*id, t0))->csrf);
    REQUIRE(two.remove(*id)); // logging out on one ends it on both
    CHECK_FALSE(*one.find(*id, t0));
}

TEST_CASE("the web page's session connection writes sessions and nothing else", "[web][auth]") {
    test::TempDir dir;
    REQUIRE(store::Index::open(dir / "index.sqlite"));
    auto db = store::Index::open_sessions(dir / "index.sqlite");
    REQUIRE(db);
    CHECK(db->save_session({"x", "alice", "c", 10}));
    CHECK_FALSE(db->save_user({"mallory", "", "manager", "", 1, "", ""}));
    CHECK_FALSE(db->dismiss({"item", 0, "alice", 1}));
    auto users = db->users();
    REQUIRE(users);
    CHECK(users->empty());
    CHECK_FALSE(store::Index::open_sessions(dir / "missing.sqlite")); // never made by the page
    CHECK_FALSE(std::filesystem::exists(dir / "missing.sqlite"));
}

TEST_CASE("login attempts are slowed down per user and per address", "[web][auth]") {
    LoginThrottle throttle;
    auto t0 = Clock::now();
    for (int i = 0; i < LoginThrottle::k_free_failures - 1; ++i) {
        CHECK(throttle.wait_seconds("alice", "10.0.0.1", t0) == 0);
        throttle.failed("alice", "10.0.0.1", t0);
    }
    CHECK(throttle.wait_seconds("alice", "10.0.0.1", t0) == 0);
    throttle.failed("alice", "10.0.0.1", t0);                    // the fifth: locked 15 s
    CHECK(throttle.wait_seconds("alice", "10.0.0.9", t0) == 15); // the user, from elsewhere
    CHECK(throttle.wait_seconds("bob", "10.0.0.1", t0) == 15);   // the address, another user
    CHECK(throttle.wait_seconds("bob", "10.0.0.9", t0) == 0);
    auto t1 = t0 + std::chrono::seconds(16);
    CHECK(throttle.wait_seconds("alice", "10.0.0.1", t1) == 0);
    throttle.failed("alice", "10.0.0.1", t1);
    CHECK(throttle.wait_seconds("alice", "10.0.0.1", t1) == 30); // doubles
    for (int i = 0; i < 20; ++i)
        throttle.failed("alice", "10.0.0.1", t1);
    CHECK(throttle.wait_seconds("alice", "10.0.0.2", t1) == 15 * 60); // capped
    throttle.succeeded("alice");
    CHECK(throttle.wait_seconds("alice", "10.0.0.2", t1) == 0);
    CHECK(throttle.wait_seconds("carol", "10.0.0.1", t1) > 0); // the address stays locked
}

TEST_CASE("reps see their own and their team's customers, managers all", "[web][access]") {
    std::vector<store::CustomerRow> customers(4);
    customers[0].id = 1, customers[0].owner = "alice";
    customers[1].id = 2, customers[1].owner = "Bob";
    customers[2].id = 3, customers[2].owner = "carol";
    customers[3].id = 4; // unowned
    std::vector<store::UserRow> users = {{"alice", "", "rep", "east", 0},
                                         {"bob", "", "rep", "east", 0},
                                         {"carol", "", "rep", "west", 0}};
    Access alice(Viewer{"alice", "rep", "east"}, customers, users);
    CHECK(alice.sees_customer(1));
    CHECK(alice.sees_customer(2)); // team east, owner spelt "Bob"
    CHECK_FALSE(alice.sees_customer(3));
    CHECK_FALSE(alice.sees_customer(4));
    CHECK(alice.within() == std::vector<int64_t>{1, 2});
    CHECK(alice.sees_message({3, 2}));
    CHECK_FALSE(alice.sees_message({3}));
    CHECK_FALSE(alice.sees_message({})); // unmatched mail
    Access carol(Viewer{"carol", "rep", ""}, customers, users);
    CHECK(carol.within() == std::vector<int64_t>{3});
    Access boss(Viewer{"dora", "manager", ""}, customers, users);
    CHECK(boss.sees_customer(4));
    CHECK(boss.sees_message({}));
    CHECK_FALSE(boss.within());
}

TEST_CASE("archive files are read only inside the root", "[web][url]") {
    mailclerk::test::TempDir dir;
    namespace fs = std::filesystem;
    fs::create_directories(dir.path() / "root/customers/acme");
    fs::create_directories(dir.path() / "outside");
    std::ofstream(dir.path() / "root/customers/acme/a.pdf") << "bytes";
    std::ofstream(dir.path() / "outside/secret") << "secret";
    fs::create_symlink(dir.path() / "outside/secret", dir.path() / "root/customers/acme/link");
    fs::create_directories(dir.path() / "root-other");
    std::ofstream(dir.path() / "root-other/x") << "x";
    auto root = dir.path() / "root";
    CHECK(read_archived(root, "customers/acme/a.pdf") == "bytes");
    CHECK_FALSE(read_archived(root, "customers/acme/../../outside/secret"));
    CHECK_FALSE(read_archived(root, "customers/acme/link"));
    CHECK_FALSE(read_archived(root, (dir.path() / "outside/secret").string()));
    CHECK_FALSE(read_archived(root, "../root-other/x"));
    CHECK_FALSE(read_archived(root, ""));
    CHECK_FALSE(read_archived(root, "customers/acme/missing"));
}

TEST_CASE("every string has English and Chinese; language choice", "[web][i18n]") {
    for (std::string_view key : all_keys()) {
        INFO(key);
        CHECK_FALSE(tr(Lang::en, key).empty());
        CHECK_FALSE(tr(Lang::zh, key).empty());
    }
    CHECK(lang_from_accept("zh-CN,zh;q=0.9,en;q=0.8") == Lang::zh);
    CHECK(lang_from_accept("en-US,en;q=0.9,zh;q=0.5") == Lang::en);
    CHECK(lang_from_accept("de-DE,zh-TW;q=0.7") == Lang::zh);
    CHECK(lang_from_accept("") == Lang::en);
    CHECK(choose_lang("en", "zh", "zh-CN") == Lang::en);
    CHECK(choose_lang("", "zh", "en") == Lang::zh);
    CHECK(choose_lang("xx", "", "zh") == Lang::zh);
}

TEST_CASE("web config: listen, certificate, proxy header", "[web][config]") {
    auto parse = [](const std::string& web) {
        return config::parse("[archive]\nroot = \"/srv/a\"\n[web]\n" + web, "/etc/m.toml");
    };
    auto ok = parse("listen = \"127.0.0.1:8025\"\n");
    REQUIRE(ok);
    CHECK(ok->web.host == "127.0.0.1");
    CHECK(ok->web.port == 8025);
    CHECK(ok->web.loopback);
    auto v6 = parse("listen = \"[::1]:8443\"\ntrusted_user_header = \"X-Remote-User\"\n");
    REQUIRE(v6);
    CHECK(v6->web.host == "::1");
    CHECK(v6->web.loopback);
    auto tls = parse("listen = \"0.0.0.0:443\"\ncert_file = \"c.pem\"\nkey_file = \"k.pem\"\n");
    REQUIRE(tls);
    CHECK(tls->web.cert_file == "/etc/c.pem");
    CHECK_FALSE(tls->web.loopback);
    CHECK(parse("")->web.listen.empty()); // off
    auto open = parse("listen = \"0.0.0.0:8025\"\n");
    REQUIRE_FALSE(open);
    CHECK(open.error().code == ErrorCode::config);
    CHECK(open.error().message.starts_with("/etc/m.toml:4: web.listen: '0.0.0.0:8025' is beyond"));
    auto proxy = parse("listen = \"10.0.0.5:8025\"\ncert_file = \"c\"\nkey_file = \"k\"\n"
                       "trusted_user_header = \"X-User\"\n");
    REQUIRE_FALSE(proxy);
    CHECK(proxy.error().message.starts_with("/etc/m.toml:7: web.trusted_user_header:"));
    auto unknown = parse("listen = \"127.0.0.1:8025\"\nlisten_port = 1\n");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.find("listen_port") != std::string::npos);
    for (const char* bad : {"8025", "127.0.0.1", "127.0.0.1:http", "127.0.0.1:70000", "::1:8025",
                            "[::1:8025", "127.0.0.1:-1"})
        CHECK_FALSE(parse(std::string("listen = \"") + bad + "\"\n"));
    CHECK_FALSE(parse("listen = \"127.0.0.1:1\"\ncert_file = \"c\"\n")); // key_file missing
}
