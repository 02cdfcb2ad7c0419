#pragma once
// What a price list is made of: one product's price as one document states it.
#include <string>

namespace mailclerk::pricing {

// What kind of price the document states, from its document kind: a quote's price is
// "quoted", a contract's or confirmed proforma's "agreed", a purchase order's "ordered", a
// price-adjustment circular's "notice".
inline constexpr const char* k_quoted = "quoted";
inline constexpr const char* k_agreed = "agreed";
inline constexpr const char* k_ordered = "ordered";
inline constexpr const char* k_notice = "notice";

struct PriceItem {
    std::string product;     // description as written
    std::string model;       // model / specification as written ("Z41H-16C DN100", "M6x20")
    std::string spec;        // its size / specification part alone ("DN100", "2\"", "M6x20")
    std::string quantity;    // exact decimal (quantity or MOQ), "" when not given
    std::string unit;        // canonical unit (normalise_unit), "" when not given
    std::string currency;    // ISO code, "" when unknown
    std::string unit_price;  // exact decimal, never empty
    std::string incoterm;    // "FOB Ningbo", "" when not given
    std::string validity;    // as written ("30 days", "2026-12-31"), "" when not given
    std::string line;        // the source line (cells joined by " | " for grid tables)
    std::string product_key; // product_key(model, spec) or of the product when neither
    std::string status = k_quoted;
    std::string previous_price; // the old price a notice or revision states beside the new
    std::string reference;      // where in the document: "Sheet1 row 7", "page 2 line 14"
    int attachment = -1;        // index into Message::attachments; -1 = the message body
    bool operator==(const PriceItem&) const = default;
};

// Which column holds the price in a customer's tables, as a rep's correction showed it
// (`mailclerk prices fix --price`): the price had been read from the column titled `from`
// while the column titled `to` of the same row held the right one. Titles folded (fold()).
struct ColumnChoice {
    std::string from;
    std::string to;
    bool operator==(const ColumnChoice&) const = default;
};

// What the document around a table says when a row does not.
struct PriceContext {
    std::string currency;
    std::string incoterm;
    std::string validity;
};

} // namespace mailclerk::pricing
