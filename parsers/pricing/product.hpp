#pragma once
// Product identity across quotes: model plus size/specification, normalised so that the ways
// people write one product compare equal ("ＡＢ-100 X" = "ab-100x", "DN 50" = "DN50" = "2\"",
// "M6×20" = "M6*20" = "m6x20").
#include <string>
#include <string_view>
#include <vector>

#include "parsers/pricing/price_item.hpp"

namespace mailclerk::pricing {

// The key of a model or product text: ASCII lower-case, full-width forms as half-width, every
// kind of space and bracket removed, "×" and "*" between digits as "x", inch marks as '"',
// and nominal pipe sizes in inches as DN (2" -> dn50; "DN50 (2\")" -> dn50).
std::string product_key(std::string_view model_or_product);
// The key of a model (or, without one, the product's name) with its size or specification:
// product_key of both, in that order; a spec the name already contains is not repeated
// ("DN50球阀" with spec "DN50" -> "dn50球阀").
std::string product_key(std::string_view name, std::string_view spec);

// The key of an item: its model (else its product name) with its spec.
std::string product_key_of(const PriceItem& item);

// Once an item's names are read: its product key from model (else name) and spec, and its
// model as PriceItem has always carried it, "model / specification as written" ("Z41H-16C
// DN100"; the size alone when there is no model), with `spec` beside it.
void settle_names(PriceItem& item);

// Does the text name a size or rating rather than a model: DN50, 2", 1/2", M6x20, 50mm, Φ20,
// PN16, Class 150, 600x600?
bool looks_like_size(std::string_view text);

// Is the word a type code: two to five capital letters ("BV", "RVV", "YJV", "PPR")?
bool type_code(std::string_view word);

// Does the word look like a model or part number: letters and digits (and - / . _), at least
// one of each, three characters or more ("SV-100", "Q41F-16C", "6204-2RS")?
bool looks_like_model(std::string_view word);

// Is the word a part code without digits: three or more groups of capitals joined by hyphens,
// five characters or more ("QL-CIT-A", "KF-WG-L")? "USB-C" and "HI-VIS" have two groups and
// stay words; "long-sleeve-cotton" is lower case and stays words.
bool letters_code(std::string_view word);

// What tells one product from another when two documents write it differently: the words of
// its model and size ("HX-CB-C16 DZ47-63 C16 2P" -> hx-cb-c16, dz47-63, c16, 2p; "400×300×250mm"
// -> 400x300x250) and the core of its name (no list number "1、", no ERP code, no model or
// size words).
struct Identity {
    std::vector<std::string> words; // sorted
    std::string name;               // product_key of the name's core
    bool sizes_only = false;        // every word is a size (M12x50, DN50, 2")
    bool named = false;             // a word names a product by itself (a model, size or code)
    std::vector<std::string> all;   // sorted: every word of its name, model and size together
    std::string unit;               // the canonical unit its price is for, "" when not given
    std::vector<std::string> codes; // sorted, folded: type codes its name writes in capitals (BV)
};
Identity identity_of(const PriceItem& item);

// Do two names of products agree: one contains the other, or they share most of their words
// (Latin words; Chinese as character pairs)? An empty name agrees with nothing.
bool names_agree(std::string_view a, std::string_view b);

// Does `part` name the product `whole` names, with fewer words: its words are all among
// whole's (a later document dropped a grade, an ERP code, a size unit), at least one of them
// a model or size, and where they are only sizes ("M12x50") the names agree, or name one kind
// of goods in Chinese and English (same_goods: "焊管" and "ERW Steel Pipe"); against a product
// of no name, the type codes the part names (BV in "BV 2.5平方") are among whole's words.
bool names_within(const Identity& part, const Identity& whole);

// Do two keys name one part number with compatible extras: they share a model word that is
// no size, and not both have a numbered word the other writes nowhere (Q41F-16C DN25 is not
// Q41F-16C DN50, HL-H4030 SUS304 not HL-D210 SUS304, 焊管 Φ219×6 Q235B not Φ273×8 Q235B).
// A spec column ("H05VV-F 3G1.0") beside a size read out of the name ("3m") is one product.
bool same_part(const Identity& a, const Identity& b);

} // namespace mailclerk::pricing
