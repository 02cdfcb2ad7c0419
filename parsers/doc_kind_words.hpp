#pragma once
// Inside doc_kind.cpp: the words that name document kinds, in English, Simplified and
// Traditional Chinese, Japanese, German, Spanish, French, Italian, Portuguese, Swedish, Dutch,
// Polish and Turkish.
#include <span>
#include <string_view>

#include "parsers/message.hpp"

namespace mailclerk::parsers::detail {

struct KindRule {
    std::string_view pattern; // lower-case; ASCII patterns match whole words only
    DocKind kind;
    bool strong;   // reliable enough to classify from body text alone
    bool compound; // may end a German compound word ("Projektangebot")
};

// Specific phrases first: they consume their text, so "proforma invoice" is not an invoice.
std::span<const KindRule> kind_rules();

// What a supplier writes when it answers an inquiry with prices ("please see our offer below",
// "报价如下", "gerne bieten wir Ihnen"): a reply titled after the inquiry is a quote.
std::span<const std::string_view> offering_phrases();

// Words that make a price adjustment a circular ("通知", "notice", "information").
std::span<const std::string_view> notice_words();

} // namespace mailclerk::parsers::detail
