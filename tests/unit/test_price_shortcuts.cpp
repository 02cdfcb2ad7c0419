// The cheap looks that let the price readers skip a line, a word or a position (issue 18): each
// must give the answer of the full reading, on the texts it skips and on the spellings that
// fold into what it looks for (full-width letters and signs, capitals, zero-width spaces).
#include <catch2/catch.hpp>

#include "parsers/grid/grid.hpp"
#include "parsers/pricing/as_written.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/product.hpp"

using namespace mailclerk;
using namespace mailclerk::pricing;

TEST_CASE("stated_unit: a price word in any spelling fold reads", "[pricing][shortcuts]") {
    CHECK(stated_unit("All prices are per set") == "sets");
    CHECK(stated_unit("ALL PRICES ARE PER SET") == "sets");
    CHECK(stated_unit("Ａｌｌ ＰＲＩＣＥＳ per set") == "sets");
    CHECK(stated_unit("ｐｒｉｃｅ per set") == "sets");
    CHECK(stated_unit("Preços por conjunto, preço per set") == "sets");
    CHECK(stated_unit("单价：每套") == stated_unit("单\u200B价：每套"));
    CHECK_FALSE(stated_unit("单\u200B价：每套").empty());
    CHECK_FALSE(stated_unit("價格：每套").empty());
    CHECK_FALSE(stated_unit("価格：每套").empty());
    // Lines that name no price: nothing, however many units they name.
    CHECK(stated_unit("Packing: 200 pcs per carton").empty());
    CHECK(stated_unit("PACKING: 20 PCS PER BOX\nDelivery per set within 2 weeks").empty());
    CHECK(stated_unit("p r i c e per set").empty());
    CHECK(stated_unit("包装：每箱200只").empty());
    // Another line of the text can still name it.
    CHECK(stated_unit("Packing: 200 pcs per carton\nPrices per set") == "sets");
}

TEST_CASE("list_discount: only lines with a percent sign, either width", "[pricing][shortcuts]") {
    CHECK(list_discount("Your trade discount: 20 % off all list prices") == "20");
    CHECK(list_discount("Your trade discount: ２０ ％ off all list prices") == "20");
    CHECK(list_discount("YOUR TRADE DISCOUNT: 20% OFF ALL LIST PRICES") == "20");
    CHECK(list_discount("Trade discount of 20 percent off all list prices").empty());
    CHECK(list_discount("List prices below\nYour trade discount: 20 off all list prices").empty());
}

TEST_CASE("fold and collapse_spaces: what the fast paths keep and change", "[pricing][shortcuts]") {
    CHECK(fold("  Ball\tVALVE \n DN50 ") == "ball valve dn50");
    CHECK(fold("ＢＡＬＬ　Ｖａｌｖｅ") == "ball valve");
    CHECK(fold("Ç É Ж Đ") == "ç é ж đ");
    CHECK(fold("闸阀\u200B 单价") == "闸阀 单价");
    CHECK(fold("a\xff"
               "b") == "a\xEF\xBF\xBD"
                       "b"); // a broken byte reads as U+FFFD
    CHECK(fold("a\xEF\xBF\xBD"
               "b") == "a\xEF\xBF\xBD"
                       "b");
    CHECK(fold("\u00D7 x") == "\u00D7 x");
    CHECK(grid::collapse_spaces(" a \r\n\t b\u00A0\u3000c\v\fd ") == "a b c d");
    CHECK(grid::collapse_spaces("a\u200Bb\uFEFFc") == "abc");
}

TEST_CASE("looks_like_size: sizes with and without digits", "[pricing][shortcuts]") {
    CHECK(looks_like_size("DN50"));
    CHECK(looks_like_size("1/2\""));
    CHECK(looks_like_size("2 inch"));
    CHECK(looks_like_size(".5mm"));
    CHECK(looks_like_size("-寸"));
    CHECK(looks_like_size("ＤＮ５０"));
    CHECK_FALSE(looks_like_size("valve"));
    CHECK_FALSE(looks_like_size("ball valve stainless"));
    CHECK_FALSE(looks_like_size("闸阀"));
    CHECK_FALSE(looks_like_size("mm"));
}

TEST_CASE("as_written: counts after every kind of key, none elsewhere", "[pricing][shortcuts]") {
    auto item = [](std::string line, std::string price, std::string unit = "pcs") {
        PriceItem i;
        i.line = std::move(line);
        i.unit_price = std::move(price);
        i.unit = std::move(unit);
        return i;
    };
    auto per = [](const std::optional<WrittenPrice>& w) { return w ? w->per : "-"; };
    CHECK(per(as_written(item("Screw M6 USD 12.40/1000pcs", "0.0124"))) == "1000");
    CHECK(per(as_written(item("Screw M6 USD 12.40 per 1000 pcs", "0.0124"))) == "1000");
    CHECK(per(as_written(item("Schraube M6 EUR 12,40 je 100 Stk.", "0.124"))) == "100");
    CHECK(per(as_written(item("Schraube M6 EUR 12,40 pro 100 Stk.", "0.124"))) == "100");
    CHECK(per(as_written(item("螺丝 M6 124元／千只", "0.124"))) == "1000");
    CHECK(per(as_written(item("螺丝 M6 每千只124元", "0.124"))) == "1000");
    CHECK(per(as_written(item("Washer $124.00/M", "0.124"))) == "1000");
    CHECK(per(as_written(item("Screw M6 USD 12.40 each", "12.40"))) == "-");
    CHECK(per(as_written(item("Screw M6 USD 12.40", "12.40"))) == "-");
}
