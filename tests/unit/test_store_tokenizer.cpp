#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "store/cjk_tokenizer.hpp"

using mailclerk::store::tokenize;
using Tokens = std::vector<std::string>;

TEST_CASE("tokenizer splits CJK into single characters", "[store][tokenizer]") {
    CHECK(tokenize("报价单") == Tokens{"报", "价", "单"});
    CHECK(tokenize("回复：合同") == Tokens{"回", "复", "合", "同"});
    CHECK(tokenize("カタカナ と 한국어") == Tokens{"カ", "タ", "カ", "ナ", "と", "한", "국", "어"});
}

TEST_CASE("tokenizer keeps Latin and digit runs whole and lower-cased", "[store][tokenizer]") {
    CHECK(tokenize("Quote for DN50, 5000S pcs!") == Tokens{"quote", "for", "dn50", "5000s", "pcs"});
    CHECK(tokenize("DN50阀门") == Tokens{"dn50", "阀", "门"});
    CHECK(tokenize("e-mail: sales@acme.com") == Tokens{"e", "mail", "sales", "acme", "com"});
}

TEST_CASE("tokenizer folds fullwidth ASCII and Latin diacritics", "[store][tokenizer]") {
    CHECK(tokenize("ＤＮ５０，ＰＶＣ") == Tokens{"dn50", "pvc"});
    CHECK(tokenize("Café MÜLLER Ærø") == Tokens{"cafe", "muller", "æro"});
    CHECK(tokenize("Смирнов") == Tokens{"смирнов"});
}

TEST_CASE("tokenizer survives invalid UTF-8 and empty input", "[store][tokenizer]") {
    CHECK(tokenize("").empty());
    CHECK(tokenize("，。、 —").empty());
    CHECK(tokenize("ab\xff\xfe"
                   "cd") == Tokens{"ab", "cd"});
    std::string long_word(500, 'x');
    CHECK(tokenize(long_word) == Tokens{std::string(64, 'x')});
}
