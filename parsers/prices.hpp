#pragma once
// Price items from quotes: tables in plain text (aligned columns, tabs or '|'), and tables read
// from HTML, CSV, XLSX, DOCX and PDF (parsers/document.hpp). A table needs a header row naming
// a unit-price column and a product or model column; only rows below it whose price cell is a
// number become items, totals rows never do. Callers decide which texts are quotes: nothing
// here looks at document kinds.
#include <string>
#include <string_view>
#include <vector>

namespace mailclerk::parsers {

struct PriceItem {
    std::string product;     // description as written
    std::string model;       // model / specification as written
    std::string quantity;    // exact decimal (quantity or MOQ), "" when not given
    std::string unit;        // canonical unit (normalise_unit), "" when not given
    std::string currency;    // ISO code, "" when unknown
    std::string unit_price;  // exact decimal, never empty
    std::string incoterm;    // "FOB Ningbo", "" when not given
    std::string validity;    // as written ("30 days", "2026-12-31"), "" when not given
    std::string line;        // the source line (cells joined by " | " for grid tables)
    std::string product_key; // product_key(model, else product)
    int attachment = -1;     // index into Message::attachments; -1 = the message body
    bool operator==(const PriceItem&) const = default;
};

// What the document around a table says when a row does not: currency, incoterm, validity.
struct PriceContext {
    std::string currency;
    std::string incoterm;
    std::string validity;
};
// The context named in free text (the header block of a sheet, the prose of a mail).
PriceContext context_of(std::string_view text);

// A grid of cell texts (rows of equal or unequal length), as tables in HTML/CSV/XLSX/DOCX are.
using Table = std::vector<std::vector<std::string>>;

std::vector<PriceItem> extract_from_table(const Table& table, const PriceContext& context);
// Plain text (UTF-8): every aligned, tab-separated or '|' table with a price header.
std::vector<PriceItem> extract_from_text(std::string_view text, const PriceContext& context);

// The part of a mail body its author wrote: stops at "-----Original Message-----", Outlook's
// "From:/Sent:" block, "On ... wrote:", "在 ... 写道：", "原始邮件"; drops '>' lines.
std::string fresh_part(std::string_view body);

} // namespace mailclerk::parsers
