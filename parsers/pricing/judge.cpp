#include "parsers/pricing/judge.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

namespace mailclerk::pricing {
namespace {

__extension__ using Int = __int128;

// A decimal as an integer of units of 10^-scale.
struct Exact {
    Int units = 0;
    int scale = 0;
};

std::optional<Exact> exact(std::string_view text) {
    if (text.empty() || text.size() > 30) return std::nullopt;
    Exact e;
    bool fraction = false;
    for (char c : text) {
        if (c == '.') {
            fraction = true;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        e.units = e.units * 10 + (c - '0');
        if (fraction) ++e.scale;
    }
    return e;
}

Int power10(int n) {
    Int p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

// |q × p − a| < 10^-scale(a) (one unit of the amount's last digit)?
bool matches(const Exact& q, const Exact& p, const Exact& a) {
    Int product = q.units * p.units; // scale q.scale + p.scale
    int scale = q.scale + p.scale;
    int common = std::max(scale, a.scale);
    Int left = product * power10(common - scale);
    Int right = a.units * power10(common - a.scale);
    Int diff = left > right ? left - right : right - left;
    return diff < power10(common - a.scale);
}

// An ERP that shows the unit price rounded and computes the amount from the exact one
// ("1,94 €" × 500 = "967,50 €" from 1.935): amount / q is a price of at most two more decimals
// than shown, exactly, within half a unit of the shown price's last digit. Prices shown with
// two decimals or more only (a whole price leaves too wide a margin); an amount that is no
// exact multiple ("7.93" for 7 × 1.13) stays a failure.
bool matches_rounded_price(const Exact& q, const Exact& p, const Exact& a) {
    if (p.scale < 2 || q.units == 0) return false;
    int shift = p.scale + 2 - a.scale + q.scale; // amount / q in units of 10^-(p.scale + 2)
    if (shift < 0) return false;
    Int scaled = a.units * power10(shift);
    if (scaled % q.units != 0) return false;
    Int exact_price = scaled / q.units, shown = p.units * 100;
    Int diff = exact_price > shown ? exact_price - shown : shown - exact_price;
    return diff <= 50;
}

double as_double(const Exact& e) {
    return static_cast<double>(e.units) / std::pow(10.0, e.scale);
}

} // namespace

std::vector<Check> judge(const std::vector<Line3>& lines, bool ratio_rule) {
    std::vector<Check> checks(lines.size(), Check::unknown);
    struct Failed {
        size_t line;
        double product, amount, unit;
    };
    std::vector<Failed> failed;
    for (size_t i = 0; i < lines.size(); ++i) {
        auto q = exact(lines[i].quantity), p = exact(lines[i].price), a = exact(lines[i].amount);
        if (!q || !p || !a || q->units == 0 || p->units == 0) continue;
        if (matches(*q, *p, *a) || (ratio_rule && matches_rounded_price(*q, *p, *a))) {
            checks[i] = Check::pass;
            continue;
        }
        checks[i] = Check::fail;
        failed.push_back(
            {i, as_double(*q) * as_double(*p), as_double(*a), std::pow(10.0, -a->scale)});
    }
    if (failed.size() < 2 || !ratio_rule) return checks;
    // One ratio for the whole table (VAT included, a discount): taken from the largest line,
    // where rounding disturbs it least, and held by two or more and most failing lines.
    auto largest =
        std::max_element(failed.begin(), failed.end(),
                         [](const Failed& a, const Failed& b) { return a.product < b.product; });
    double ratio = largest->amount / largest->product;
    if (ratio < 0.5 || ratio > 2.0) return checks;
    std::vector<size_t> held;
    for (const Failed& f : failed)
        if (std::fabs(f.amount - ratio * f.product) <= 1.5 * f.unit + f.product * 1e-9)
            held.push_back(f.line);
    if (held.size() >= 2 && held.size() * 2 > failed.size())
        for (size_t line : held)
            checks[line] = Check::pass;
    return checks;
}

size_t count(const std::vector<Check>& checks, Check which) {
    return static_cast<size_t>(std::count(checks.begin(), checks.end(), which));
}

} // namespace mailclerk::pricing
