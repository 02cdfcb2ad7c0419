// Issue 5: reading the rep's roster (sheets and headers in Chinese or English), CSV, Pareto.
#include <catch2/catch.hpp>

#include "daemon/app/roster.hpp"
#include "parsers/roster.hpp"

using namespace mailclerk::parsers;

TEST_CASE("roster: CSV cells, quotes and line ends", "[roster]") {
    auto rows =
        parse_csv("\xEF\xBB\xBFname,notes\r\n\"ACME, Inc\",\"said \"\"hi\"\"\nline 2\"\nB,\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == std::vector<std::string>{"name", "notes"});
    CHECK(rows[1] == std::vector<std::string>{"ACME, Inc", "said \"hi\"\nline 2"});
    CHECK(rows[2] == std::vector<std::string>{"B", ""});
}

TEST_CASE("roster: sheet names give the category, headers the columns", "[roster]") {
    CHECK(category_of_sheet("已成交客户") == "closed");
    CHECK(category_of_sheet("重点培养客户") == "key");
    CHECK(category_of_sheet("潜在客户") == "prospect");
    CHECK(category_of_sheet("无用客户") == "inactive");
    CHECK(category_of_sheet("Key accounts") == "key");
    CHECK(category_of_sheet("Sheet1") == "");
    CHECK(field_of_header(" 客户名称 ") == "name");
    CHECK(field_of_header("E-mail") == "addresses");
    CHECK(field_of_header("联系电话：") == "phone");
    CHECK(field_of_header("业务员") == "owner");
    CHECK(field_of_header("Website") == "domains");
    CHECK(field_of_header("colour") == "");
}

TEST_CASE("roster: a malformed row names its sheet and row and the rest is imported", "[roster]") {
    RosterTable key{"重点培养客户",
                    {{"2026 客户表", "", "", ""},
                     {"客户名称", "域名", "邮箱", "等级"},
                     {"华东石化", "www.ecpc.com.cn", "wang@ecpc.com.cn、li@ecpc.com.cn", "a"},
                     {"", "x.com", "", ""},
                     {"", "", "", ""},
                     {"Bad grade", "bad.com", "", "D"},
                     {"ACME", "http://acme.com/about", "buyer@gmail.com", "B类"}}};
    RosterTable other{"Sheet1", {{"name"}, {"Nobody"}}};
    Roster roster = read_roster({key, other}, "");
    REQUIRE(roster.entries.size() == 2);
    CHECK(roster.entries[0].name == "华东石化");
    CHECK(roster.entries[0].category == "key");
    CHECK(roster.entries[0].grade == "A");
    CHECK(roster.entries[0].domains == std::vector<std::string>{"ecpc.com.cn"});
    CHECK(roster.entries[0].addresses ==
          std::vector<std::string>{"wang@ecpc.com.cn", "li@ecpc.com.cn"});
    CHECK(roster.entries[0].row == 3);
    CHECK(roster.entries[1].domains == std::vector<std::string>{"acme.com"});
    CHECK(roster.entries[1].grade == "B");
    REQUIRE(roster.problems.size() == 3);
    CHECK(roster.problems[0].sheet == "重点培养客户");
    CHECK(roster.problems[0].row == 4);
    CHECK(roster.problems[0].message == "no customer name");
    CHECK(roster.problems[1].row == 6);
    CHECK(roster.problems[1].message == "grade 'D' is not A, B or C");
    CHECK(roster.problems[2].sheet == "Sheet1");
    CHECK(roster.problems[2].row == 2);
    CHECK(roster.problems[2].message == "no category: the sheet name does not give one");
}

TEST_CASE("roster: Pareto grades on account value", "[roster]") {
    auto grades = mailclerk::app::pareto_grades(
        {{"big", 700}, {"mid", 150}, {"small", 100}, {"tiny", 50}, {"none", 0}});
    CHECK(grades["big"] == "A");   // 0 % before it
    CHECK(grades["mid"] == "A");   // 70 % before it
    CHECK(grades["small"] == "B"); // 85 %
    CHECK(grades["tiny"] == "C");  // 95 %
    CHECK(grades["none"] == "C");
}

TEST_CASE("roster: grades by quoted value, each currency on its own", "[roster]") {
    mailclerk::app::Values values = {
        {"big-usd", {{"USD", 90000}}},
        {"small-usd", {{"USD", 10000}}},
        {"big-cny", {{"CNY", 800000}}},
        {"tiny-cny", {{"CNY", 1000}}},
        {"both", {{"USD", 500}, {"CNY", 200000}}},
    };
    auto grades = mailclerk::app::best_grades(values);
    CHECK(grades["big-usd"] == "A");
    CHECK(grades["small-usd"] == "B"); // 90 % of USD already above it: within the next 15 %
    CHECK(grades["big-cny"] == "A");   // never compared with USD amounts
    CHECK(grades["tiny-cny"] == "C");
    CHECK(grades["both"] == "A");       // C in USD, but A among CNY accounts: the best counts
    CHECK(grades.count("nobody") == 0); // no value in any unit: build_roster makes it C
}
