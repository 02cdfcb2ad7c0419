// The wrong current prices and misses blind8, blind10, blind11 and blind12 left (issue 16), one
// rule per category, each with text that must not be read so.
#include <catch2/catch.hpp>

#include "parsers/pricing/prose.hpp"
#include "price_test_support.hpp"

using namespace mailclerk;
using mailclerk::test::in;
using mailclerk::test::show;

namespace {

// A WeChat chat pasted into a mail (blind10 010's shape): a size priced, then lowered.
std::string chat(std::string_view lowering) {
    return "周敏  2026-03-05 10:32\n"
           "刘经理，球墨铸铁沟槽弯头90°的价格：\n"
           "DN50 118/只 含税\n"
           "DN65 156/只 含税\n"
           "\n"
           "刘洋  2026-03-05 10:35\n"
           "DN80的呢？DN50能不能到110\n"
           "\n"
           "周敏  2026-03-05 10:41\n"
           "DN80 198/只 含税含运\n" +
           std::string(lowering) + "\n";
}

std::vector<pricing::PriceItem> priced_as(const std::vector<pricing::PriceItem>& items,
                                          std::string_view size) {
    std::vector<pricing::PriceItem> out;
    for (const pricing::PriceItem& item : items)
        if (item.product.find(size) != std::string::npos ||
            item.model.find(size) != std::string::npos)
            out.push_back(item);
    return out;
}

} // namespace

// ------------------------------------------------------------------ lowered in a chat

TEST_CASE("a chat line naming a size and a lowest price lowers that size's earlier price",
          "[pricing][fix13]") {
    for (const char* lowering :
         {"DN50最低115了，量大可以再谈", "DN50最低价115元", "DN50 最低能做到 115",
          "弯头DN50最低115了", "DN50 lowest 115 now", "DN50 lowest 115."}) {
        INFO(lowering);
        auto items = pricing::read_prose(chat(lowering), in("CNY"));
        auto dn50 = priced_as(items, "DN50");
        REQUIRE(dn50.size() == 1);
        CHECK(dn50[0].unit_price == "115");
        CHECK(dn50[0].previous_price == "118");
        CHECK(dn50[0].unit == "只");
        CHECK(dn50[0].product.find("沟槽弯头") != std::string::npos);
        CHECK(priced_as(items, "DN65")[0].unit_price == "156");
    }
}

TEST_CASE("a lowest number that is no lowering of one earlier price changes nothing",
          "[pricing][fix13]") {
    for (const char* other : {
             "DN50最低起订量500",     // a minimum order quantity
             "DN50最低500只起订",     // a count of goods
             "DN50最低-20℃",          // a temperature
             "DN50最低1.6MPa",        // a pressure
             "DN50最低能不能到110？", // a question
             "DN50最低130了",         // above the old price: no lowering
             "DN50最低50了",          // below half of it: something else
             "DN100最低115了",        // a size priced nowhere before
             "DN50 DN65最低115了",    // two sizes
             "DN50最低5%",            // a percent
             "密封圈DN50最低115了",   // a name the earlier DN50 does not write
         }) {
        INFO(other);
        auto items = pricing::read_prose(chat(other), in("CNY"));
        auto dn50 = priced_as(items, "DN50");
        REQUIRE(dn50.size() == 1);
        CHECK(dn50[0].unit_price == "118");
        CHECK(dn50[0].previous_price.empty());
    }
    // two earlier DN50 products and a line naming neither: which one is not known
    auto two =
        pricing::read_prose("球阀DN50单价118元/只\n闸阀DN50单价96元/只\nDN50最低90了\n", in("CNY"));
    REQUIRE(two.size() == 2);
    for (const pricing::PriceItem& item : two)
        CHECK(item.previous_price.empty());
    // naming one of them decides
    auto one = pricing::read_prose("球阀DN50单价118元/只\n闸阀DN50单价96元/只\n闸阀DN50最低90了\n",
                                   in("CNY"));
    REQUIRE(one.size() == 2);
    CHECK(one[0].unit_price == "118");
    CHECK(one[1].unit_price == "90");
}

TEST_CASE("a size alone in the next message of a chat is of the goods talked about",
          "[pricing][fix13]") {
    auto items = show(pricing::read_prose(chat(""), in("CNY")));
    CHECK(test::names(items, "沟槽弯头90° DN80|"));
    // a blank line with no chat heading after it still ends the paragraph
    auto plain = show(pricing::read_prose("球墨铸铁沟槽弯头90°的价格：\nDN50 118元/只\n\n"
                                          "DN80 198元/只\n",
                                          in("CNY")));
    CHECK_FALSE(test::names(plain, "沟槽弯头90° DN80"));
    // a heading needs a sender without digits and a date with a time
    auto dated = show(pricing::read_prose("球墨铸铁沟槽弯头90°的价格：\nDN50 118元/只\n\n"
                                          "Order 12345  2026-03-05\nDN80 198元/只\n",
                                          in("CNY")));
    CHECK_FALSE(test::names(dated, "沟槽弯头90° DN80"));
}
