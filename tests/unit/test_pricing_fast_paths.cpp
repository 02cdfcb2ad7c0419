// Issue 18: shortcuts the price readers take past work whose answer is known (a text with no
// kana byte, a text with nothing to make half-width, a document folded a second time, an ASCII
// name) must give the answers of the long way, including where it answers no.
#include <catch2/catch.hpp>

#include <string>

#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/prose.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

TEST_CASE("looks_japanese finds kana only where a decoder would", "[prices][fast]") {
    CHECK(looks_japanese("お見積り"));
    CHECK(looks_japanese("Price 1,250 ドル"));
    // After an invalid byte the decoder steps one byte and reads the kana that follows.
    CHECK(looks_japanese("\xF0\xE3\x81\x82"));
    CHECK(looks_japanese("\xE3\x81\xE3\x81\x82")); // a cut sequence, then あ
    // must not match: other characters encoded E3 ..., the katakana middle dot, a cut kana
    CHECK_FALSE(looks_japanese("报价单。谢谢"));   // 。 is E3 80 82
    CHECK_FALSE(looks_japanese("・ 球阀"));        // U+30FB
    CHECK_FALSE(looks_japanese("ㄅㄆ"));           // bopomofo, E3 84 ..
    CHECK_FALSE(looks_japanese("Price \xE3\x81")); // truncated at the end
    CHECK_FALSE(looks_japanese("Unit price USD 12.50"));
    CHECK(looks_japanese("単価 1,250円")); // 円 without 元/RMB
    CHECK_FALSE(looks_japanese("单价 1,250円 (RMB)"));
}

TEST_CASE("prose reads full-width numbers and leaves the rest as written", "[prices][fast]") {
    TableContext context;
    auto items = read_prose("球阀DN50 单价 RMB １０．９０元/件\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price.starts_with("10.9"));
    items = read_prose("DN50球阀单价 ١٢٨ 元/只\n", context); // Arabic-Indic digits
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price.starts_with("128"));
    items = read_prose("DN50球阀单价1２8元/只\n", context); // ASCII and full-width mixed
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price.starts_with("128"));
    // Nothing to change: read as written, an invalid byte (U+FFFD when re-encoded) no price.
    items = read_prose("DN50球阀单价128元/只\n", context);
    REQUIRE(items.size() == 1);
    CHECK(items[0].unit_price.starts_with("128"));
    CHECK(read_prose("DN50球阀单价\xFF元/只\n", context).empty());
    CHECK(read_prose("球阀，谢谢，请报价\n", context).empty());
}

TEST_CASE("fold gives a large text's answer again only for the same bytes", "[prices][fast]") {
    std::string a(4000, 'A'), b(4000, 'A');
    b[3999] = 'B';
    std::string c = "ＢＡＬＬ  VALVE " + std::string(3000, 'x');
    CHECK(fold(a) == std::string(4000, 'a'));
    CHECK(fold(b) == std::string(3999, 'a') + "b"); // same size and start: not the last answer
    CHECK(fold(b) == std::string(3999, 'a') + "b");
    CHECK(fold(a) == std::string(4000, 'a'));
    CHECK(fold(c) == "ball valve " + std::string(3000, 'x'));
    CHECK(fold("ＢＡＬＬ") == "ball"); // short texts are folded afresh
    CHECK(fold(c) == "ball valve " + std::string(3000, 'x'));
}

TEST_CASE("product keys of ASCII names as of the same names in full width", "[prices][fast]") {
    CHECK(product_key("Ball Valve (DN50)*2 [PN16]\tX") == "ballvalvedn50x2pn16x");
    CHECK(product_key("ＢＡＬＬ ＶＡＬＶＥ（ＤＮ５０）＊２ ［ＰＮ１６］") == "ballvalvedn50x2pn16");
    CHECK(product_key("Ball valve 2\"") == "ballvalvedn50");
    CHECK(product_key("Ball valve 2 inch") == "ballvalvedn50");
    CHECK(product_key("Ball valve 2''") == "ballvalvedn50");
    CHECK(product_key("Pipe 2\" DN50") == "pipedn50");
    // must not change: other ASCII marks, a size that is not a pipe size
    CHECK(product_key("A-B/C_D.E+F") == "a-b/c_d.e+f");
    CHECK(product_key("Valve 7\"") == "valve7\"");
    CHECK(product_key("Ø50×2") == "ø50x2");
}

TEST_CASE("price qualifiers are cut where they stand, texts without one read as written",
          "[prices][fast]") {
    // "含运费" says the price includes the freight: no freight charge; "运费" alone is one.
    CHECK(non_item_mention("DN50球阀单价128元/只，含运费") == "");
    CHECK(non_item_mention("DN50球阀单价128元/只，不含运费") == "");
    CHECK_FALSE(non_item_mention("运费128元").empty());
    CHECK(non_item_mention("The SV-100 costs USD 9.00 each, tax included") == "");
    CHECK_FALSE(non_item_mention("Total USD 9,000.00").empty());
}

TEST_CASE("a clause's goods follow its last and longest price word", "[prices][fast]") {
    CHECK(goods_of_prices("As requested, price for our 2PC ball valve, full bore, PN40.") ==
          "2PC ball valve");
    CHECK(goods_of_prices("Unit price for the 3PC ball valve, flanged.") == "3PC ball valve");
    CHECK(goods_of_prices("Thank you for your inquiry.\nBest regards") == "");
}
