// Price lists across documents (issue 16): one product however later documents write it, a
// column of part numbers found by its cells, references a notice lists, amounts in Chinese
// capital numerals; and through the pipeline into the index: a percentage notice on named
// references, a resent older quote.
#include <catch2/catch.hpp>

#include <chrono>

#include "daemon/app/pipeline.hpp"
#include "parsers/grid/grid.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/product_groups.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/prose_money.hpp"
#include "parsers/pricing/table_reader.hpp"
#include "tests/unit/price_test_support.hpp"
#include "tests/unit/temp_dir.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

namespace {

using test::row;
using test::same;

} // namespace

TEST_CASE("product identity: later documents drop grades, add ERP codes, change spacing",
          "[prices][identity]") {
    // Each pair is one product as two documents of one supplier wrote it.
    std::vector<std::pair<PriceItem, PriceItem>> one = {
        {row("外六角螺栓", "", "M12×50"), row("外六角螺栓", "", "M12×50 8.8级")},
        {row("膨胀螺栓", "M12×120 Q235"), row("4、膨胀螺栓 M12×120 镀锌", "M12×120")},
        {row("衝擊起子機", "AT-1180"), row("Air Screwdriver", "HF-AT1180 AT-1180")},
        {row("小型断路器", "DZ47-63 C16 2P"), row("小型断路器", "HX-CB-C16 DZ47-63 C16 2P")},
        {row("", "03.02.0118 不锈钢球阀 Q41F-16P DN50"), row("不锈钢球阀", "Q41F-16P DN50")},
        {row("三层瓦楞纸箱", "", "400x300x250mm"), row("三层瓦楞纸箱", "", "400×300×250")},
        {row("Válvula de compuerta", "GV150-3", "3\""), row("GV150-3", "GV150-3")},
        {row("", "500x500 C250"), row("Gully grating", "500x500 C250 GJS-500")},
        {row("BV-316-DN50", ""), row("Kulventil", "BV-316-DN50")},
    };
    for (const auto& [a, b] : one) {
        INFO(a.product << " " << a.model << " / " << b.product << " " << b.model);
        CHECK(same({a, b}, 0, 1));
    }
    // Each pair is two products that share words.
    std::vector<std::pair<PriceItem, PriceItem>> two = {
        {row("Brass swing check valve", "", "1\""), row("Brass ball valve PN25", "", "1\"")},
        {row("不锈钢304六角螺栓", "", "M10×40"), row("不锈钢六角螺栓", "", "A2-70 M10×40")},
        {row("六角螺母", "", "M16"), row("六角螺栓", "", "M16×60")},
        {row("球阀", "Q41F-16C DN25"), row("球阀", "Q41F-16C DN50")},
        {row("Ball valve 3-pc SS316 DN50 PN40", ""), row("Ball valve 3-pc SS316 DN25 PN40", "")},
    };
    for (const auto& [a, b] : two) {
        INFO(a.product << " " << a.model << " / " << b.product << " " << b.model);
        CHECK_FALSE(same({a, b}, 0, 1));
    }
}

TEST_CASE("product identity: a shorter name that fits two products joins neither",
          "[prices][identity]") {
    std::vector<PriceItem> list = {row("球阀", "Q41F-16C DN25"), row("闸阀", "Q41F-16C DN50"),
                                   row("", "Q41F-16C")};
    CHECK_FALSE(same(list, 2, 0));
    CHECK_FALSE(same(list, 2, 1));
    CHECK_FALSE(same(list, 0, 1));
    // ... unless exactly one of them has its name.
    list[2] = row("球阀", "Q41F-16C");
    CHECK(same(list, 2, 0));
}

TEST_CASE("tables: a column of part numbers is the model whatever its header",
          "[prices][identity]") {
    TableContext context;
    context.terms.currency = "EUR";
    for (std::string header : {"Item", "Part #", "Article"}) {
        auto items =
            read_table(grid::make_table({{header, "Description", "Qty", "Unit price"},
                                         {"BV-316-DN50", "Ball valve DN50", "200", "16.20"},
                                         {"GK-DN50", "Gasket kit DN50", "200", "1.10"}}),
                       context);
        INFO(header);
        REQUIRE(items.size() == 2);
        CHECK(items[0].model == "BV-316-DN50");
        CHECK(items[0].product == "Ball valve DN50");
        CHECK(items[1].model == "GK-DN50");
    }
    // A header the lexicon does not know over names of things: the product column.
    auto named = read_table(grid::make_table({{"Ref.", "Artikeltext", "Qty", "Unit price"},
                                              {"AB-100", "Ball valve DN50", "10", "5.00"},
                                              {"AB-200", "Gate valve DN80", "5", "9.00"}}),
                            context);
    REQUIRE(named.size() == 2);
    CHECK(named[0].product == "Ball valve DN50");
    CHECK(named[1].model == "AB-200");
    // Row numbers stay row numbers.
    auto numbered = read_table(grid::make_table({{"Item", "Description", "Qty", "Unit price"},
                                                 {"1", "Ball valve DN50", "200", "16.20"},
                                                 {"2", "Gasket kit DN50", "200", "1.10"}}),
                               context);
    REQUIRE(numbered.size() == 2);
    CHECK(numbered[0].model.empty());
}

TEST_CASE("notices: the references a notice lists", "[prices][identity]") {
    CHECK(
        listed_references("nos prix augmenteront de 5 % sur les références suivantes :\n\n"
                          "- RTS-DN25-PN40\n- RTS-DN50-PN40\n• VP-DN100, VP-DN150\n1) AB-100\n") ==
        std::vector<std::string>{"RTS-DN25-PN40", "RTS-DN50-PN40", "VP-DN100", "VP-DN150",
                                 "AB-100"});
    // must not read: dates, phone numbers, addresses, list lines with words.
    CHECK(listed_references("- 2026-02-28\n- +33 4 72 50 18 30\n12, rue des Ateliers\n"
                            "- RTS-DN25 valves from stock\n")
              .empty());
    CHECK(percent_change("nos prix augmenteront de 5 % sur les références") == "5");
}

TEST_CASE("prose: amounts in Chinese capital numerals", "[prices][identity]") {
    using detail::arabic_amounts;
    CHECK(arabic_amounts("单价人民币壹佰伍拾元整（不含税）") == "单价人民币150.00元（不含税）");
    CHECK(arabic_amounts("叁拾伍元伍角/只") == "35.50元/只");
    CHECK(arabic_amounts("合计：壹拾壹万柒仟叁佰元整") == "合计：117300.00元");
    CHECK(arabic_amounts("贰仟零伍元") == "2005.00元");
    // must not read: ordinary numerals, place names, a capital digit without 元.
    CHECK(arabic_amounts("一元复始，三元桥") == "一元复始，三元桥");
    CHECK(arabic_amounts("第壹条") == "第壹条");
    // ... and read as the price of its product, with the unit after 元.
    auto items = read_prose("1. 不锈钢合页4寸（HS-H4），单价人民币叁拾伍元整/只，含税含运。", {});
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price == "35.00");
    CHECK(items[0].currency == "CNY");
    CHECK(items[0].unit == "只");
    CHECK(items[0].model == "HS-H4");
}

namespace {

std::string mail(const std::string& date, const std::string& subject, const std::string& body) {
    return "From: Sales <sales@acme.com>\r\nTo: buyer@ourco.com\r\nSubject: " + subject +
           "\r\nDate: " + date + "\r\nMessage-ID: <" +
           std::to_string(std::hash<std::string>{}(date)) +
           "@acme.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
           body;
}

struct Archive {
    test::TempDir dir;
    parsers::MatchRules match = [] {
        parsers::MatchRules r;
        r.own_domains = {"ourco.com"};
        r.customers = {{"acme", "ACME Corp", {"acme.com"}, {}}};
        return r;
    }();
    store::Archive archive{dir.path()};
    store::Index index = store::Index::open(dir.path() / ".mailclerk" / "index.sqlite").value();
    app::Pipeline pipeline{match, archive, index};

    void import(const std::string& raw) {
        REQUIRE(pipeline.ingest(raw, {"file", "", "m.eml", 0, 0}));
        REQUIRE(pipeline.flush());
    }
    // "model price status" of the current rows.
    std::vector<std::string> current() {
        auto rows = index.prices("acme");
        REQUIRE(rows);
        std::vector<std::string> out;
        for (const store::PriceRow& r : *rows)
            if (r.current)
                out.push_back(r.item.model + " " + r.item.unit_price + " " + r.item.status);
        std::sort(out.begin(), out.end());
        return out;
    }
};

const std::string k_quote =
    "Dear buyer,\n\nour quotation:\n\n"
    "Ref.            Description                 Qty   Unit price EUR\n"
    "RTS-DN25-PN40   Ball valve DN25 PN40        50            47.20\n"
    "VP-DN100        Butterfly valve DN100       10           125.00\n\nBest regards\n";

// The quote of 2 March, then a notice of 5 March: +5 % on its two references and one the
// list does not know.
void quote_then_notice(Archive& a) {
    a.import(mail("Mon, 02 Mar 2026 10:00:00 +0100", "Quotation Q-1", k_quote));
    a.import(mail("Thu, 05 Mar 2026 10:00:00 +0100", "Price adjustment notice",
                  "Dear customer,\n\nour prices will increase by 5 % on the following "
                  "references:\n\n- RTS-DN25-PN40\n- VP-DN100\n- XX-UNKNOWN-1\n\nRegards\n"));
}

} // namespace

TEST_CASE("prices: a notice raising listed references takes each one's latest quoted price",
          "[prices][identity][store]") {
    Archive a;
    quote_then_notice(a);
    CHECK(a.current() ==
          std::vector<std::string>{"RTS-DN25-PN40 49.56 notice", "VP-DN100 131.25 notice"});
}

TEST_CASE("prices: a quote resent later does not undo the notice between",
          "[prices][identity][store]") {
    Archive a;
    quote_then_notice(a);
    a.import(
        mail("Tue, 01 Dec 2026 10:00:00 +0100", "Quotation Q-1 (resent for your file)", k_quote));
    CHECK(a.current() ==
          std::vector<std::string>{"RTS-DN25-PN40 49.56 notice", "VP-DN100 131.25 notice"});
}

TEST_CASE("product identity: time to group a long list (5000 keys)", "[.timing][identity]") {
    std::vector<PriceItem> list;
    for (int i = 0; i < 5000; ++i)
        list.push_back(row("Ball valve " + std::to_string(i % 7), "BV-" + std::to_string(i),
                           "DN" + std::to_string(15 + i % 40)));
    std::vector<const PriceItem*> items;
    for (const PriceItem& item : list)
        items.push_back(&item);
    auto start = std::chrono::steady_clock::now();
    auto groups = product_groups(items);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                  std::chrono::steady_clock::now() - start)
                  .count();
    WARN("5000 keys grouped in " << ms << " ms");
    CHECK(groups.size() == 5000);
}
