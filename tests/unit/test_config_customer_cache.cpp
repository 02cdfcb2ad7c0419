// The config's customers kept parsed beside the index (config/customer_cache.hpp, issue 18): the
// split of a file's lines, the cache file's bytes, and config::load taking the customers from
// the cache only while their text is the one parsed in full.
#include <algorithm>

#include <catch2/catch.hpp>

#include "common/file_io.hpp"
#include "config/config.hpp"
#include "config/customer_cache.hpp"
#include "tests/unit/temp_dir.hpp"

namespace cfg = mailclerk::config;
namespace detail = mailclerk::config::detail;

namespace {

constexpr std::string_view k_text = "[archive]\n"
                                    "root = \"archive\"\n"
                                    "\n"
                                    "[[customer]]  # the first\n"
                                    "name = \"ACME\"\n"
                                    "domains = [\n"
                                    "  \"acme.com\",\n"
                                    "]\n"
                                    "[web]\n"
                                    "listen = \"127.0.0.1:8025\"\n"
                                    "[[ customer ]]\n"
                                    "name = \"Beta\"\n"
                                    "[[account]]\n"
                                    "name = \"a\"\n";

// The lines of `text` that are not blank, joined by '|'.
std::string kept_lines(std::string_view text) {
    std::string out;
    for (size_t pos = 0; pos < text.size();) {
        size_t end = std::min(text.find('\n', pos), text.size());
        if (end > pos) out += (out.empty() ? "" : "|") + std::string(text.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

size_t lines(std::string_view text) {
    return static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
}

cfg::Customer customer(std::string name, int line) {
    cfg::Customer c;
    c.name = std::move(name);
    c.slug = "s:l;1";
    c.domains = {"a.com", "", "b;c:d.cn"};
    c.notes = "line one\nline two";
    c.grade = "B";
    c.line = line;
    return c;
}

} // namespace

TEST_CASE("config cache: customer tables are split from the other lines, line numbers kept",
          "[config]") {
    auto split = detail::split_customers(k_text);
    REQUIRE(split);
    CHECK(split->any);
    CHECK(kept_lines(split->customers) ==
          "[[customer]]  # the first|name = \"ACME\"|domains = [|  \"acme.com\",|]|"
          "[[ customer ]]|name = \"Beta\"");
    CHECK(
        kept_lines(split->rest) ==
        "[archive]|root = \"archive\"|[web]|listen = \"127.0.0.1:8025\"|[[account]]|name = \"a\"");
    CHECK(lines(split->customers) == lines(k_text));
    CHECK(lines(split->rest) == lines(k_text));
}

TEST_CASE("config cache: what is not a [[customer]] header stays with the rest", "[config]") {
    // A [customer] table, a sub-table, a quoted or commented-out header and an array of arrays
    // are not [[customer]] tables; only the real header moves its lines.
    for (std::string_view text :
         {"[customer]\nname = \"x\"\n", "[customer.extra]\nname = \"x\"\n",
          "# [[customer]]\nname = \"x\"\n", "[[\"customer\"]]\nname = \"x\"\n",
          "[[customers]]\nname = \"x\"\n", "x = [\n[1, 2],\n]\n"}) {
        auto split = detail::split_customers(text);
        REQUIRE(split);
        CHECK_FALSE(split->any);
        CHECK(split->rest == text);
        CHECK(kept_lines(split->customers).empty());
    }
    // A line of a value starting with '[' does not end a customer's table.
    auto split = detail::split_customers("[[customer]]\nname = \"x\"\nd = [\n[\"a\", \"b\"],\n]\n");
    REQUIRE(split);
    CHECK(kept_lines(split->rest).empty());
}

TEST_CASE("config cache: multi-line strings are not split, CRLF and a last line are", "[config]") {
    CHECK_FALSE(detail::split_customers("[[customer]]\nnotes = \"\"\"\n[web]\n\"\"\"\n"));
    CHECK_FALSE(detail::split_customers("[[customer]]\nnotes = '''\n[web]\n'''\n"));
    auto split =
        detail::split_customers("[archive]\r\nroot = \"a\"\r\n[[customer]]\r\nname = \"x\"");
    REQUIRE(split);
    CHECK(split->customers == "\n\n[[customer]]\r\nname = \"x\"");
    CHECK(split->rest == "[archive]\r\nroot = \"a\"\r\n\n");
}

TEST_CASE("config cache: the file's bytes give back the customers for their text only",
          "[config]") {
    std::vector<cfg::Customer> customers = {customer("ACME 一", 4), customer("", 12)};
    std::string text = "[[customer]]\nname = \"ACME\"\n";
    std::string bytes = detail::encode_customers(text, customers);
    auto back = detail::decode_customers(bytes, text);
    REQUIRE(back);
    CHECK(detail::same_customers(*back, customers));
    CHECK_FALSE(detail::same_customers(*back, {customers[0]}));
    auto moved = customers;
    moved[1].line = 13;
    CHECK_FALSE(detail::same_customers(*back, moved));
    auto none = detail::decode_customers(detail::encode_customers(text, {}), text);
    REQUIRE(none);
    CHECK(none->empty());
    // Another text: one byte changed, one more or one fewer.
    CHECK_FALSE(detail::decode_customers(bytes, "[[customer]]\nname = \"ACMF\"\n"));
    CHECK_FALSE(detail::decode_customers(bytes, text + "\n"));
    CHECK_FALSE(detail::decode_customers(bytes, text.substr(1)));
    // Bytes that are not a whole cache file.
    CHECK_FALSE(detail::decode_customers(bytes.substr(0, bytes.size() - 1), text));
    CHECK_FALSE(detail::decode_customers(bytes + "x", text));
    CHECK_FALSE(detail::decode_customers("", text));
    CHECK_FALSE(detail::decode_customers("mailclerk-config-customers 1", text));
    std::string longer = bytes;
    longer.replace(longer.find("8:ACME"), 6, "9:ACME");
    CHECK_FALSE(detail::decode_customers(longer, text));
    std::string other_format = bytes;
    other_format.replace(other_format.find(" 1\n"), 3, " 2\n");
    CHECK_FALSE(detail::decode_customers(other_format, text));
}

TEST_CASE("config cache: load takes the customers from the cache while their text is the same",
          "[config]") {
    mailclerk::test::TempDir dir;
    std::filesystem::create_directories(dir / "archive/.mailclerk");
    auto path = dir / "mailclerk.toml";
    auto write = [&](std::string_view text) { mailclerk::test::write_file(path, text); };
    std::string text = "[archive]\nroot = \"archive\"\n[[customer]]\nname = \"ACME\"\n"
                       "domains = [\"ACME.com\"]\n[roster]\ndormant_days = 100\n";
    write(text);
    auto first = cfg::load(path);
    REQUIRE(first);
    auto cache = dir / "archive/.mailclerk/config-customers.cache";
    REQUIRE(std::filesystem::exists(cache));
    // The cache is what a hit reads: a customer renamed in it shows that it was used.
    auto split = detail::split_customers(text);
    REQUIRE(split);
    std::vector<cfg::Customer> marked = first->customers;
    marked[0].name = "from the cache";
    mailclerk::test::write_file(cache, detail::encode_customers(split->customers, marked));
    // Another setting changed (and the last parse is not reused): the customers come from it.
    write(text.replace(text.find("100"), 3, "200"));
    auto hit = cfg::load(path);
    REQUIRE(hit);
    CHECK(hit->roster.dormant_days == 200);
    REQUIRE(hit->customers.size() == 1);
    CHECK(hit->customers[0].name == "from the cache");
    CHECK(hit->customers[0].domains == std::vector<std::string>{"acme.com"});
    CHECK(hit->customers[0].line == 3);
    // A customer's text changed: parsed in full, and the cache rewritten for the new text.
    write(text.replace(text.find("ACME\""), 5, "Acme2\""));
    auto changed = cfg::load(path);
    REQUIRE(changed);
    REQUIRE(changed->customers.size() == 1);
    CHECK(changed->customers[0].name == "Acme2");
    auto rewritten = mailclerk::read_file(cache);
    REQUIRE(rewritten);
    CHECK(rewritten->find("5:Acme2") != std::string::npos);
}

TEST_CASE("config cache: errors are those of a full parse, and an error is never cached",
          "[config]") {
    mailclerk::test::TempDir dir;
    std::filesystem::create_directories(dir / "archive/.mailclerk");
    auto path = dir / "mailclerk.toml";
    auto cache = dir / "archive/.mailclerk/config-customers.cache";
    std::string good = "[archive]\nroot = \"archive\"\n[[customer]]\nname = \"ACME\"\n";
    mailclerk::test::write_file(path, good + "grade = \"D\"\n");
    auto bad = cfg::load(path);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.ends_with(":5: customer.grade: must be A, B or C"));
    CHECK_FALSE(std::filesystem::exists(cache));
    mailclerk::test::write_file(path, good);
    REQUIRE(cfg::load(path));
    REQUIRE(std::filesystem::exists(cache));
    // An error in the other lines while the customers' text (and so the cache) is unchanged.
    mailclerk::test::write_file(path, good + "[roster]\ndormant_days = 0\n");
    auto rest_bad = cfg::load(path);
    REQUIRE_FALSE(rest_bad);
    CHECK(rest_bad.error().message.find("roster.dormant_days") != std::string::npos);
    // A [customer] table in the other lines beside [[customer]] ones: the full parse's error.
    mailclerk::test::write_file(path, good + "[customer.x]\nname = \"y\"\n");
    CHECK_FALSE(cfg::load(path));
}

TEST_CASE("config cache: a file the lines cannot split is parsed in full, nothing cached",
          "[config]") {
    mailclerk::test::TempDir dir;
    std::filesystem::create_directories(dir / "archive/.mailclerk");
    auto path = dir / "mailclerk.toml";
    mailclerk::test::write_file(path, "[archive]\nroot = \"archive\"\n[[customer]]\n"
                                      "name = \"ACME\"\nnotes = \"\"\"\n[web]\n\"\"\"\n");
    auto config = cfg::load(path);
    REQUIRE(config);
    REQUIRE(config->customers.size() == 1);
    CHECK(config->customers[0].notes == "[web]\n");
    CHECK_FALSE(std::filesystem::exists(dir / "archive/.mailclerk/config-customers.cache"));
}
