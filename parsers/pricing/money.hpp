#pragma once
// The vocabulary of prices: currencies, units, incoterms and validity, in English, Chinese
// (Simplified and Traditional), Japanese and the main European languages. Pure functions over
// UTF-8 text.
#include <string>
#include <string_view>

namespace mailclerk::pricing {

// ISO code of the first currency named in the text: symbols and codes ("US$" "USD" "$" ->
// USD; "RMB" "CNY" "¥" "￥" "元" "人民币" -> CNY; "€" "EUR" "Euro" -> EUR; "NT$" -> TWD;
// "HK$"; "S$" "SGD"; "£" "GBP"; "CHF" "Fr."; "JPY" "円"; "A$" "C$" "₩" "원" "₹" "Rs." "R$" ...),
// or "".
// `yen` is what "¥" and "￥" mean: "CNY" unless the document is Japanese ("JPY").
std::string find_currency(std::string_view text, std::string_view yen = "CNY");

// The currency token that ends right before `end` (spaces between allowed): its start, or npos;
// `code` gets its ISO code. The longest token wins ("US$" over "$").
size_t currency_ending_at(std::string_view text, size_t end, std::string_view yen,
                          std::string& code);
// The currency token that starts at `begin` (after spaces): its end, or npos.
size_t currency_starting_at(std::string_view text, size_t begin, std::string_view yen,
                            std::string& code);

// The currency a document in this language means when it names none: Simplified Chinese
// text -> "CNY" (元 goes without saying), Japanese -> "JPY"; "" otherwise (Traditional Chinese
// is written in Taiwan and Hong Kong alike).
std::string implied_currency(std::string_view text);

// Does the text look Japanese (kana, or 円 without 元)? Then ¥ means JPY.
bool looks_japanese(std::string_view text);

// What "¥" and "￥" mean in a text from a sender whose country's money is `home`
// (home_currency of the sender's address, "" when unknown): "JPY" when the text looks Japanese,
// the sender is in Japan, or the text names Japanese firms or places (words.txt
// [japanese_names]) and nothing Chinese ([chinese_names]) from a sender not in China; else "CNY".
std::string yen_meaning(std::string_view text, std::string_view home);

// Canonical unit of a unit word ("pcs" for pc/pcs/piece/Stk/Stück/pz/pièce/ud/個...,
// "sets", "kg", "ton", "m", "ctns", "pairs", "units", "rolls", "boxes", "lb", "lots", "bags",
// "drums", "l", "m2"; Chinese units 台 件 吨 套 个 只 箱 米 ... as written), or "".
std::string normalise_unit(std::string_view word);
// The unit named after a '/' or "per"/"each"/"每" in the text ("12.50/pc", "USD per set",
// "每台"), or "".
std::string find_unit_after_slash(std::string_view text);
// The unit written right after a number ("500 pcs", "2吨"), or "".
std::string find_trailing_unit(std::string_view text);
// The first unit word at the start of the text ("pcs ...", "台"), or "".
std::string first_unit_word(std::string_view text);

// A unit that counts many pieces at the start of the text: "千只", "千个", "萬個" (a thousand,
// ten thousand of the unit), "1000pcs", "100 Stk.", "K pcs", "M pcs": the count ("1000",
// "10000", "100") with `unit` set to the single unit ("只", "pcs"); "" otherwise. Weights and
// lengths stay what they are ("千克" is kg, "千米" km; "M" alone is a metre).
std::string count_unit(std::string_view text, std::string& unit);

// "FOB Ningbo", "CIF", "EXW Shenzhen", "FOB 宁波": the first incoterm of the text with the
// place that follows it, or "".
std::string find_incoterm(std::string_view text);

// The validity of a quote ("30 days", "2026-12-31", "30天") after "valid"/"validity"/"有效期"
// and their German, Spanish, French words; "" when the text names none.
std::string find_validity(std::string_view text);

// Does the text write the US dollar by name or code ("USD", "US$", "U$S", "dólares";
// words.txt [us_dollar_marks])?
bool names_us_dollar(std::string_view text);

} // namespace mailclerk::pricing
