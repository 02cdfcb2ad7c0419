#include <filesystem>
#include <string>

#include <catch2/catch.hpp>
#include <sys/stat.h>

#include "common/file_io.hpp"
#include "common/sha256.hpp"
#include "common/utf8.hpp"
#include "store/archive.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;
namespace fs = std::filesystem;

namespace {

// 2026-11-03 09:42:00 UTC
constexpr int64_t k_date = 1793698920;

parsers::Message sample_message(std::string subject = "Quotation for DN50 valves") {
    parsers::Message m;
    m.subject = std::move(subject);
    m.date = k_date;
    parsers::Attachment quote;
    quote.filename = "报价单 PI-031.pdf";
    quote.content = "%PDF-1.4 quote";
    quote.kind = parsers::DocKind::quote;
    m.attachments.push_back(quote);
    parsers::Attachment logo;
    logo.content = "GIF89a";
    logo.is_inline = true;
    m.attachments.push_back(logo);
    return m;
}

std::string contents(const fs::path& path) {
    return read_file(path).value();
}

ino_t inode(const fs::path& path) {
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_ino;
}

} // namespace

TEST_CASE("slugify keeps Unicode letters and lower-cases ASCII", "[store][archive]") {
    CHECK(store::slugify("华东石化") == "华东石化");
    CHECK(store::slugify("ACME Corp.") == "acme-corp");
    CHECK(store::slugify("  Müller & Söhne GmbH ") == "muller-sohne-gmbh");
    CHECK(store::slugify("上海 / Shanghai Valve Co., Ltd") == "上海-shanghai-valve-co-ltd");
    CHECK(store::slugify("../../etc") == "etc");
    CHECK(store::slugify("ＡＢＣ１２３") == "abc123");
    CHECK_FALSE(store::slugify("!!!").empty());
    CHECK(store::slugify("!!!") != store::slugify("???"));
    CHECK(store::slugify(std::string(200, 'x')).size() == 64);
}

TEST_CASE("safe_filename neutralises hostile names", "[store][archive]") {
    struct Row {
        std::string input;
        std::string expected;
    };
    const Row rows[] = {
        {"quote.pdf", "quote.pdf"},
        {"报价单.xlsx", "报价单.xlsx"},
        {"../../etc/passwd", "_.._etc_passwd"},
        {"/abs/path", "_abs_path"},
        {"CON.txt", "_CON.txt"},
        {"con", "_con"},
        {"NUL", "_NUL"},
        {"com1.doc", "_com1.doc"},
        {"LPT9", "_LPT9"},
        {"console.txt", "console.txt"},
        {std::string("a\0b.txt", 7), "a_b.txt"},
        {"line\r\nbreak\t.txt", "line__break_.txt"},
        {"dir\\file.exe", "dir_file.exe"},
        {"...", "unnamed"},
        {". . .", "unnamed"},
        {"..", "unnamed"},
        {".", "unnamed"},
        {"", "unnamed"},
        {".hidden", "hidden"},
        {"trailing. ", "trailing"},
        {"what?*<>|:\".txt", "what_______.txt"},
        {"invoice\u202Efdp.exe", "invoice_fdp.exe"},
        {"bad\xff\xfeutf8.txt", "bad\uFFFD\uFFFDutf8.txt"},
    };
    for (const Row& row : rows) {
        INFO("input: " << row.input);
        CHECK(store::safe_filename(row.input) == row.expected);
    }
}

TEST_CASE("safe_filename caps long names keeping the extension and UTF-8", "[store][archive]") {
    std::string ascii = std::string(400, 'a') + ".pdf";
    std::string capped = store::safe_filename(ascii);
    CHECK(capped.size() == 150);
    CHECK(capped.ends_with(".pdf"));

    std::string chinese;
    for (int i = 0; i < 140; ++i)
        chinese += "合";
    chinese += ".docx";
    capped = store::safe_filename(chinese);
    CHECK(capped.size() <= 150);
    CHECK(capped.ends_with(".docx"));
    CHECK(utf8::is_valid(capped));
}

// Issue 21: the README promises at most 150 bytes per file name, with the date prefix and any
// clash suffix, cut on a UTF-8 boundary.
TEST_CASE("every archived file name is at most 150 bytes", "[store][archive][issue21]") {
    test::TempDir dir;
    store::Archive archive(dir.path());
    parsers::Message m = sample_message(std::string(300, 's'));
    m.attachments.clear();
    std::string chinese;
    for (int i = 0; i < 120; ++i)
        chinese += "合同";
    for (const std::string& name :
         {std::string(400, 'a') + ".pdf", chinese + ".docx", chinese, std::string(400, 'b')}) {
        for (const char* content : {"first", "second", "third"}) { // clashes: hash suffixes
            parsers::Attachment a;
            a.filename = name;
            a.content = content;
            m.attachments.push_back(a);
        }
    }
    auto filed = archive.file(sha256_hex("raw"), "raw", m, {"acme"});
    REQUIRE(filed);
    REQUIRE(archive.sync());
    std::vector<std::string> paths = filed->paths;
    for (const store::FiledAttachment& a : filed->attachments)
        paths.push_back(a.path);
    for (const std::string& path : paths) {
        INFO("path: " << path);
        std::string name = fs::path(path).filename().string();
        CHECK(name.size() <= 150);
        CHECK(utf8::is_valid(name));
        CHECK(fs::exists(dir.path() / path));
    }
    CHECK(fs::path(filed->attachments[0].path).filename().string().size() == 150);
    CHECK(filed->attachments[0].path.ends_with(".pdf"));
    CHECK(filed->attachments[1].path.ends_with(".pdf")); // the clash suffix goes before it
    CHECK(filed->attachments[4].path.ends_with(".docx"));
}

TEST_CASE("technical parts are listed but not filed", "[store][archive][issue21]") {
    test::TempDir dir;
    store::Archive archive(dir.path());
    parsers::Message m = sample_message();
    parsers::Attachment signature;
    signature.content_type = "application/pgp-signature";
    signature.content = "-----BEGIN PGP SIGNATURE-----";
    signature.technical = true;
    m.attachments.push_back(signature);
    auto filed = archive.file(sha256_hex("raw"), "raw", m, {"acme"});
    REQUIRE(filed);
    REQUIRE(archive.sync());
    REQUIRE(filed->attachments.size() == 3);
    CHECK_FALSE(filed->attachments[0].path.empty());
    CHECK(filed->attachments[2].path.empty());
    CHECK(filed->attachments[2].sha256 == sha256_hex(signature.content));
}

TEST_CASE("hostile attachment names stay inside their folder", "[store][archive]") {
    test::TempDir dir;
    store::Archive archive(dir.path());
    parsers::Message m = sample_message();
    m.attachments.clear();
    const char* names[] = {"../../etc/passwd", "/abs/path",         "CON.txt", "..",    ".", "...",
                           "a/../../b",        "\\\\server\\share", "",        "x\x01y"};
    for (const char* name : names) {
        parsers::Attachment a;
        a.filename = name;
        a.content = std::string("content of ") + name;
        a.kind = parsers::DocKind::contract;
        m.attachments.push_back(a);
    }
    auto filed = archive.file(sha256_hex("raw"), "raw", m, {"acme"});
    REQUIRE(filed);
    REQUIRE(archive.sync());
    REQUIRE(filed->attachments.size() == std::size(names));
    fs::path folder = dir.path() / "customers" / "acme" / "contracts";
    for (const store::FiledAttachment& a : filed->attachments) {
        INFO("path: " << a.path);
        fs::path full = dir.path() / a.path;
        CHECK(full.parent_path() == folder);
        CHECK(full.filename().string().size() > std::string("2026-11-03_").size());
        CHECK(contents(full) == m.attachments[a.index].content);
    }
    CHECK(filed->attachments[8].path == "customers/acme/contracts/2026-11-03_attachment-9.bin");
}

TEST_CASE("archive layout for customer and unmatched mail", "[store][archive]") {
    test::TempDir dir;
    store::Archive archive(dir.path());
    parsers::Message m = sample_message();
    std::string raw = "Subject: Quotation\r\n\r\nbody\r\n";
    std::string sha = sha256_hex(raw);

    auto filed = archive.file(sha, raw, m, {"acme"});
    REQUIRE(filed);
    REQUIRE(archive.sync());
    REQUIRE(filed->paths.size() == 1);
    CHECK(filed->paths[0] == "customers/acme/mail/2026/2026-11-03_0942_quotation-for-dn50-valves_" +
                                 sha.substr(0, 8) + ".eml");
    CHECK(contents(dir.path() / filed->paths[0]) == raw);
    REQUIRE(filed->attachments.size() == 2);
    CHECK(filed->attachments[0].path == "customers/acme/quotes/2026-11-03_报价单 PI-031.pdf");
    CHECK(filed->attachments[0].sha256 == sha256_hex("%PDF-1.4 quote"));
    CHECK(filed->attachments[1].path.empty()); // nameless inline part: not filed
    CHECK(archive.sync());

    auto unmatched = archive.file(sha, raw, m, {});
    REQUIRE(unmatched);
    REQUIRE(archive.sync());
    CHECK(unmatched->paths[0].starts_with("unmatched/mail/2026/2026-11-03_0942_"));
    CHECK(unmatched->attachments.size() == 2);
    CHECK(unmatched->attachments[0].path.empty());

    parsers::Message undated;
    auto none = archive.file(sha, raw, undated, {});
    REQUIRE(none);
    REQUIRE(archive.sync());
    CHECK(none->paths[0] ==
          "unmatched/mail/undated/0000-00-00_0000_no-subject_" + sha.substr(0, 8) + ".eml");

    parsers::Message chinese = sample_message("回复: 关于DN50阀门的报价");
    auto cn = archive.file(sha, raw, chinese, {"华东石化"});
    REQUIRE(cn);
    REQUIRE(archive.sync());
    CHECK(cn->paths[0] == "customers/华东石化/mail/2026/2026-11-03_0942_回复-关于dn50阀门的报价_" +
                              sha.substr(0, 8) + ".eml");
    CHECK(archive.sync());
}

TEST_CASE("filing again is idempotent and clashes get a hash suffix", "[store][archive]") {
    test::TempDir dir;
    store::Archive archive(dir.path());
    parsers::Message m = sample_message();
    std::string raw = "raw message";
    std::string sha = sha256_hex(raw);
    auto first = archive.file(sha, raw, m, {"acme"});
    REQUIRE(first);
    REQUIRE(archive.sync());
    auto again = archive.file(sha, raw, m, {"acme"});
    REQUIRE(again);
    REQUIRE(archive.sync());
    CHECK(again->paths == first->paths);
    CHECK(again->attachments[0].path == first->attachments[0].path);

    // Another attachment with the same name and date but other bytes.
    parsers::Message other = sample_message();
    other.attachments[0].content = "%PDF-1.4 revised quote";
    auto clash = archive.file(sha256_hex("other raw"), "other raw", other, {"acme"});
    REQUIRE(clash);
    REQUIRE(archive.sync());
    std::string suffix = sha256_hex(other.attachments[0].content).substr(0, 8);
    CHECK(clash->attachments[0].path ==
          "customers/acme/quotes/2026-11-03_报价单 PI-031-" + suffix + ".pdf");
    CHECK(contents(dir.path() / first->attachments[0].path) == "%PDF-1.4 quote");
    CHECK(contents(dir.path() / clash->attachments[0].path) == "%PDF-1.4 revised quote");

    // And the clash resolves the same way when filed once more.
    auto clash_again = archive.file(sha256_hex("other raw"), "other raw", other, {"acme"});
    REQUIRE(clash_again);
    REQUIRE(archive.sync());
    CHECK(clash_again->attachments[0].path == clash->attachments[0].path);

    // A stranger's file sitting on a mail file name is never overwritten.
    fs::path taken = dir.path() / "customers/beta/mail/2026" / fs::path(first->paths[0]).filename();
    test::write_file(taken, "someone else's bytes");
    auto beside = archive.file(sha, raw, m, {"beta"});
    REQUIRE(beside);
    REQUIRE(archive.sync());
    CHECK(beside->paths[0] != first->paths[0]);
    CHECK(contents(taken) == "someone else's bytes");
    CHECK(contents(dir.path() / beside->paths[0]) == raw);
    CHECK(archive.sync());
}

TEST_CASE("two customers share one file through a hard link", "[store][archive]") {
    test::TempDir dir;
    store::Archive archive(dir.path());
    parsers::Message m = sample_message();
    std::string raw = "shared message";
    auto filed = archive.file(sha256_hex(raw), raw, m, {"acme", "beta"});
    REQUIRE(filed);
    REQUIRE(archive.sync());
    REQUIRE(filed->paths.size() == 2);
    CHECK(filed->paths[0].starts_with("customers/acme/mail/2026/"));
    CHECK(filed->paths[1].starts_with("customers/beta/mail/2026/"));
    CHECK(inode(dir.path() / filed->paths[0]) == inode(dir.path() / filed->paths[1]));
    CHECK(inode(dir.path() / "customers/acme/quotes/2026-11-03_报价单 PI-031.pdf") ==
          inode(dir.path() / "customers/beta/quotes/2026-11-03_报价单 PI-031.pdf"));
    CHECK(filed->attachments[0].path.starts_with("customers/acme/"));
    CHECK(archive.sync());
    // No temporary files are left behind.
    for (const auto& entry : fs::recursive_directory_iterator(dir.path()))
        CHECK_FALSE(entry.path().filename().string().starts_with(std::string(k_temp_prefix)));
}

TEST_CASE("filed files appear only at sync and discard leaves nothing", "[store][archive]") {
    test::TempDir dir;
    parsers::Message m = sample_message();
    std::string raw = "staged message";
    std::string target;
    {
        store::Archive archive(dir.path());
        auto filed = archive.file(sha256_hex(raw), raw, m, {"acme"});
        REQUIRE(filed);
        target = filed->paths[0];
        CHECK_FALSE(fs::exists(dir.path() / target)); // staged under a temporary name
        archive.discard();
    }
    for (const auto& entry : fs::recursive_directory_iterator(dir.path()))
        CHECK_FALSE(entry.is_regular_file());
    store::Archive archive(dir.path());
    auto filed = archive.file(sha256_hex(raw), raw, m, {"acme"});
    REQUIRE(filed);
    REQUIRE(archive.sync());
    CHECK(contents(dir.path() / target) == raw);
}
