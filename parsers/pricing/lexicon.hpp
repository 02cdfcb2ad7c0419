#pragma once
// The words of price tables in English, Simplified and Traditional Chinese, Japanese, German,
// Spanish, French, Italian and Portuguese: what a column header names (with the currency,
// unit, incoterm or quantity tier it may carry: "单价(元/台)", "Unit price (US$)",
// "Einzelpreis EUR", "FOB Ningbo", "100-499 pcs"), and the rows that are never items (totals,
// taxes, freight, discounts, charges, payments).
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/word_lists.hpp"
#include "common/word_matcher.hpp"

namespace mailclerk::pricing {

enum class Role {
    none,
    index,      // row number
    product,    // description, name
    model,      // model, part / article number
    spec,       // size, specification
    quantity,   // quantity, MOQ
    unit,       // unit of measure
    price,      // unit price (the new one in a notice)
    price_unit, // how many units the price is for (SAP "PE" 100)
    discount,   // the row's discount in percent off its price ("Disc.%", "Rab.%", "折扣率(%)")
    old_price,  // a notice's or revision's previous price
    amount,     // line total
    money,      // a column headed only by a currency ("USD"): price or amount, arithmetic decides
    currency,
    incoterm,
    delivery,
    remarks,
    ignored, // target or counter prices, discounts, taxes, weights: numbers that are no price
};
const char* to_string(Role role);

struct HeaderSense {
    Role role = Role::none;
    std::string currency; // named in the header ("Unit price (US$)" -> "USD")
    std::string unit;     // "单价(元/台)" -> "台", "Price/pc" -> "pcs"
    std::string incoterm; // "FOB Ningbo"
    std::string tier;     // the least quantity of a price-break column ("100-499 pcs" -> "100")
    bool tax_included = false; // "含税", "incl. VAT", "inkl. MwSt"
    bool list_price = false;   // "List price", "Listenpreis": not the price when a net one is given
    bool net_price = false;    // "Net price", "Nettopreis", "净价"
    bool weak_model = false;   // "Material": an article number when nothing else is, else a spec
    std::string per;           // "Preis/100 Stk", "Price per 1000": the price is for this many
    int scale = 0; // "单价（万元）", "(in thousands)", "'000", "百万円": the cells count 10^scale
};

// The currency of a header that writes a sign the reader does not know ("Precio (Bs.)",
// "Price (Gs.)", "(₡)"): ISO 4217's "no currency". Its prices are not the sender's home
// currency, and no price beats a wrong one: they are dropped (quote_prices.cpp).
inline constexpr std::string_view k_unknown_currency = "XXX";

// What a header cell names. Cells longer than a header is (over 60 characters) name nothing.
HeaderSense read_header(std::string_view cell, std::string_view yen = "CNY");

// A cell that is nothing but a quantity break or a counted quantity ("100 pcs", "1.000 pcs",
// "500+", "≥1000", "5k", "100-499个"): its least quantity; "" for anything else (a price, a
// word, a year). Under a price header such a cell names the break its column is priced for.
std::string break_quantity(std::string_view cell);

// Why a row is not an item, from its description (or first) cell: "total", "tax", "freight",
// "discount", "charge", "payment"; "" for an ordinary row.
std::string non_item_kind(std::string_view cell);

// The same lexicon of money that is not a product's price (totals, taxes, freight, insurance,
// discounts, charges, payment terms such as deposits and balances), for a sentence: the kind of
// the first such word anywhere in it, "" when none. Words that only a row's label makes
// unambiguous ("less", "saldo") are not looked for in sentences.
std::string non_item_mention(std::string_view text);

// Is `word` (folded, like `folded`) in the text as money rather than as the first word of a
// product's name? "pay the balance before shipment" yes, "Balance valve DN50" no; "尾款于发货前
// 付清" yes, "尾款箱" no. The payment words of non_item_kind and non_item_mention count so.
bool mentions_as_money(std::string_view folded, std::string_view word);

// The percentage a price notice changes prices by: "上调5%" "涨价5%" "increase of 5 %"
// "Erhöhung um 5 %" "aumento del 5 %" "augmentation de 5 %" -> "5"; "下调3%" "reduction of 3%"
// -> "-3"; "" when the text names none.
std::string percent_change(std::string_view text);

// The trade discount in percent a document gives its reader off all its list prices ("Your
// trade discount: 20 % off all list prices" -> "20"; words.txt [list_discount]); "" when it
// states none, or only one under a condition (an order size, a date, early payment).
std::string list_discount(std::string_view text);

// The part numbers a notice lists without prices ("- RTS-DN25-PN40", "• VP-DN100, VP-DN150",
// "1) AB-100"): one per line of a list, each line nothing but codes. In order, no repeats.
std::vector<std::string> listed_references(std::string_view text);

// The unit a sentence about prices gives them all ("Prices are net per piece", "prezzi netti
// al pezzo", "价格均为每吨"), or "".
std::string stated_unit(std::string_view text);

// A Han ideograph of the CJK Unified Ideographs block (U+4E00-U+9FFF), as Chinese price texts
// write their words.
inline bool is_han(char32_t c) {
    return c >= U'\u4E00' && c <= U'\u9FFF';
}

// Is `text` one of `words`, whole and as written?
bool is_any(std::string_view text, const Words& words);

// One character for matching: full-width forms as ASCII ("ＡＢ１" -> "ab1"), ASCII letters
// lower-case. Everything else as it is.
char32_t fold_char(char32_t c);

// Lower-case for matching: ASCII and the accented Latin capitals, full-width forms folded to
// ASCII, spaces collapsed.
std::string fold(std::string_view text);

// Is `word` in `text` as a word of its own (no Latin letter on either side)? CJK words match
// anywhere. Both already folded.
bool has_word(std::string_view text, std::string_view word);

// has_word's judgement of one occurrence of `word` at `at` in `text`.
bool word_at(std::string_view text, size_t at, std::string_view word);

// A fixed list of words has_word looks for, looked for in one pass over the text (the readers
// ask many lists of every cell and sentence): the same answers as has_word per word.
class WordSet {
  public:
    explicit WordSet(std::span<const std::string_view> words);
    // One flag per word: has_word(text, word).
    std::vector<bool> in(std::string_view text) const;
    // Whether has_word finds any of the words.
    bool any_in(std::string_view text) const;

  private:
    std::vector<std::string_view> m_words;
    WordMatcher m_matcher;
};

} // namespace mailclerk::pricing
