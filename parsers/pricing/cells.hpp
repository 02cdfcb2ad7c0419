#pragma once
// Reading the value of one table cell: a price with its currency and unit ("USD 12.50/pc",
// "1.250,00 €", "118元/只"), a quantity with its unit ("1,000 pcs", "2吨").
#include <optional>
#include <string>
#include <string_view>

#include "parsers/pricing/numbers.hpp"

namespace mailclerk::pricing {

struct Money {
    std::string value;    // canonical decimal, > 0
    std::string currency; // ISO code named in the cell, or ""
    std::string unit;     // unit named after '/' or "per", or ""
    std::string number;   // the number as written ("1.250,00"), for deciding the table's mark
    std::string per;      // the count the price is for ("89,00 € / 100 Stk." -> "100"), or ""
    bool scaled = false;  // the cell wrote its own power of ten ("78.6万"), already in `value`
};

// The value of money read under a column whose header counts in 10^zeros ("单价（万元）"),
// unless the cell wrote its own scale.
std::optional<Money> scaled(std::optional<Money> money, int zeros);

// A positive amount of money and nothing else (a currency and a unit may stand around it,
// also for a count of units: "/ 100 Stk.", "per 1000 pcs"), read under the table's mark; a
// number that proves the other mark by itself is read by it. Full-width digits and marks
// ("１，７９０円／個") read as ASCII ones.
// nullopt for text, dates, phone numbers, ranges, "N/A", "TBA", "面议", zero. `ocr` repairs
// the letters OCR reads for digits inside the number (O -> 0, l -> 1).
std::optional<Money> read_money(std::string_view cell, Mark mark, std::string_view yen,
                                bool ocr = false);

// The number as written in a money cell (for deciding a table's decimal mark), or "".
std::string number_text(std::string_view cell);

struct Quantity {
    std::string value; // canonical decimal
    std::string unit;  // unit written after it, or ""
};

// "1,000 pcs", "MOQ 500", "2吨", "500": the first number and the unit written after it.
std::optional<Quantity> read_quantity(std::string_view cell, Mark mark);

} // namespace mailclerk::pricing
