// Issue 17: word lists kept as data (common/word_lists.hpp) rather than as code, and the lists
// the code names are all in the files it reads.
#include <algorithm>

#include <catch2/catch.hpp>

#include "common/word_lists.hpp"
#include "parsers/classify.hpp"
#include "parsers/pricing/words.hpp"

using namespace mailclerk;

TEST_CASE("word lists: one word a line under its [name]", "[words]") {
    WordLists lists("# a comment\n"
                    "ignored before any list\n"
                    "[price]\n"
                    "  unit price \r\n"
                    "\n"
                    "#\n"
                    "单价\n"
                    "[empty]\n"
                    "[model]\n"
                    "item #\n");
    CHECK(lists["price"] == Words{"unit price", "#", "单价"});
    CHECK(lists["model"] == Words{"item #"});
    CHECK(lists["empty"].empty());
    CHECK(lists["nothing"].empty());
    CHECK(lists.names() == std::vector<std::string>{"empty", "model", "price"});
}

TEST_CASE("word lists: every list the price reader names is in words.txt", "[words]") {
    const WordLists& lists = pricing::word_lists();
    const std::vector<std::string> named = {"abbreviations",
                                            "accepting",
                                            "amount",
                                            "amount_not_quantity",
                                            "answers_inline",
                                            "asking",
                                            "category_headers",
                                            "change_after_colon",
                                            "charge_per",
                                            "chinese_names",
                                            "clause_price",
                                            "container_sizes",
                                            "counted_goods",
                                            "currency",
                                            "delivery",
                                            "discontinued",
                                            "discount",
                                            "document_numbers",
                                            "dollar_names",
                                            "dollar_sign_pesos",
                                            "fillers",
                                            "freight_included",
                                            "greetings",
                                            "header_scales",
                                            "home_currencies",
                                            "ignored",
                                            "ignored_numbers",
                                            "incoterm",
                                            "index_exact",
                                            "iso_currency",
                                            "iso_currency_word",
                                            "italian_words",
                                            "japanese_names",
                                            "korean_scales",
                                            "length_goods",
                                            "list",
                                            "list_discount",
                                            "list_discount_condition",
                                            "list_discount_threshold",
                                            "list_headings",
                                            "lowered_end",
                                            "lowered_to",
                                            "model",
                                            "money_or_name",
                                            "net",
                                            "net_in_prose",
                                            "new_alone",
                                            "new_price",
                                            "news_topics",
                                            "not_a_price",
                                            "not_a_sign",
                                            "old_alone",
                                            "old_price",
                                            "one_off",
                                            "one_off_followers",
                                            "option_labels",
                                            "others_offer",
                                            "price",
                                            "price_difference",
                                            "price_endings",
                                            "price_unit",
                                            "product",
                                            "quantity",
                                            "refusing",
                                            "remarks",
                                            "scale_money_after",
                                            "scale_money_before",
                                            "scale_words",
                                            "service_names",
                                            "spec",
                                            "sum_words",
                                            "tax_included",
                                            "tax_qualifiers",
                                            "tonne_words",
                                            "unit_exact",
                                            "us_dollar_marks",
                                            "weight_goods"};
    CHECK(lists.names() == named);
    for (const std::string& name : named) {
        INFO(name);
        CHECK(!lists[name].empty());
    }
    // A lone "#" is a word (a row-number header), not a comment.
    CHECK(std::find(lists["index_exact"].begin(), lists["index_exact"].end(), "#") !=
          lists["index_exact"].end());
}

TEST_CASE("word lists: pairs of a word and its value, split at the last space", "[words]") {
    CHECK(pricing::word_pairs("home_currencies").size() == 42);
    CHECK(pricing::word_pairs("home_currencies").front() ==
          std::pair<std::string_view, std::string_view>{"at", "EUR"});
    // Every scale is a word and a count of zeros; a longer word comes before the shorter one it
    // starts with, so "lakhs" is never read as "lakh" and an "s".
    for (std::string_view list : {"korean_scales", "scale_words"}) {
        auto pairs = pricing::word_pairs(list);
        REQUIRE(pairs.size() == pricing::word_lists()[list].size());
        for (size_t i = 0; i < pairs.size(); ++i) {
            INFO(pairs[i].first);
            CHECK(pairs[i].second.find_first_not_of("0123456789") == std::string_view::npos);
            for (size_t j = 0; j < i; ++j)
                CHECK_FALSE(pairs[i].first.starts_with(pairs[j].first));
        }
    }
    // must not pair: a list of single words, a list that does not exist
    CHECK(pricing::word_pairs("abbreviations").empty());
    CHECK(pricing::word_pairs("no such list").empty());
}

TEST_CASE("word lists: the default free-mail domains and role senders", "[words]") {
    const auto& domains = parsers::default_free_mail_domains();
    CHECK(domains.size() == 45);
    CHECK(domains.front() == "qq.com");
    CHECK(std::find(domains.begin(), domains.end(), "yahoo.*") != domains.end());
    const auto& roles = parsers::default_role_local_parts();
    CHECK(roles.size() == 18);
    CHECK(roles.front() == "noreply");
    CHECK(roles.back() == "alerts");
}
