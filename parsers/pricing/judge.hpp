#pragma once
// The arithmetic judge: quantity × unit price = amount, in exact decimals.
#include <string>
#include <vector>

namespace mailclerk::pricing {

enum class Check { unknown, pass, fail };

struct Line3 {
    std::string quantity, price, amount; // canonical decimals, "" when the row has none
};

// One verdict per line. A line passes when |q × p − amount| is less than one unit of the
// amount's last digit (rounding and truncation alike), or (with `ratio`) amount / q is
// exactly a price with up to two more decimals that rounds to the one shown with two or more
// (an ERP that rounds only the shown unit price: 500 × "1.94" = 967.50), or when several lines
// of the table share one ratio amount / (q × p) between 0.5 and 2 (tax included, a discount)
// and this line has it too. Lines missing a number are unknown.
// `ratio` = false: exact products only (finding which column is the amount, where a fixed
// ratio between two price columns, list and net, would look like one).
std::vector<Check> judge(const std::vector<Line3>& lines, bool ratio = true);

// How many verdicts are pass / fail.
size_t count(const std::vector<Check>& checks, Check which);

} // namespace mailclerk::pricing
