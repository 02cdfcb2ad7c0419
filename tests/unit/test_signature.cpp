// Issue 5: phone numbers and job titles from signatures, only where clearly there.
#include <catch2/catch.hpp>

#include "parsers/signature.hpp"

using mailclerk::parsers::read_signature;

TEST_CASE("signature: labelled phone and the title under the name", "[signature]") {
    auto facts = read_signature("Dear Alice,\n\nplease quote 50 pumps.\n\nBest regards\nWang Wei\n"
                                "Purchasing Manager\nECPC Ltd.\nTel: +86 21 5555  1234\n"
                                "Fax: +86 21 5555 1235\n",
                                "Wang Wei");
    CHECK(facts.phone == "+86 21 5555 1234");
    CHECK(facts.title == "Purchasing Manager");
    auto chinese =
        read_signature("您好，\n请报价。\n\n王伟\n采购经理\n手机：138 0013 8000\n", "王伟");
    CHECK(chinese.phone == "138 0013 8000");
    CHECK(chinese.title == "采购经理");
}

TEST_CASE("signature: nothing is guessed", "[signature]") {
    // Unlabelled digits, an order number, a quoted signature, a title without the name above.
    auto facts = read_signature("Order 4500012345 ships 2026-11-03.\n+86 21 5555 1234\n"
                                "Sales Manager\n> Tel: 021 5555 9999\n> Bob\n> Director\n",
                                "Bob");
    CHECK(facts.phone.empty());
    CHECK(facts.title.empty());
    CHECK(read_signature("Tel: call me\n", "").phone.empty());
    CHECK(read_signature("T: 12\n", "").phone.empty());
}
