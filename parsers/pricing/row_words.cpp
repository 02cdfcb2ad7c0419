// The words of rows and sentences that are not prices of items (totals, taxes, freight,
// discounts, charges, payments) and of notices that change prices by a percentage.
#include <algorithm>
#include <array>
#include <utility>

#include "common/utf8.hpp"
#include "common/word_matcher.hpp"
#include "parsers/pricing/charges.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/numbers.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::pricing {
namespace {

using Words = std::vector<std::string_view>;

// The percentage written in `digits` ("5", "12.5", "12,5"), or "" when it is no number or zero.
std::string percent_value(std::string_view digits) {
    auto value = read_number(digits, Mark::unknown);
    if (!value) value = read_number(digits, Mark::comma);
    if (!value || value->find_first_not_of("0.") == std::string::npos) return {};
    return *value;
}

} // namespace

std::string percent_change(std::string_view text) {
    static const std::array<std::pair<std::string_view, bool>, 33> k_changes = {{
        {"上调", true},
        {"上涨", true},
        {"提高", true},
        {"涨价", true},
        {"上浮", true},
        {"調漲", true},
        {"上調", true},
        {"下调", false},
        {"下调至", false},
        {"降价", false},
        {"下調", false},
        {"increase of", true},
        {"increase by", true},
        {"increased by", true},
        {"increase", true},
        {"raise of", true},
        {"reduction of", false},
        {"decrease of", false},
        {"erhöhung um", true},
        {"erhöhen", true},
        {"aumento del", true},
        {"aumento de", true},
        {"incremento del", true},
        {"augmentation de", true},
        {"hausse de", true},
        {"aumento dei", true},
        {"値上げ", true},
        {"reajuste de", true},
        {"senkung um", false},
        {"reducción del", false},
        {"augmenteront de", true},
        {"augmentent de", true},
        {"aumentarán un", true},
    }};
    std::string folded = fold(text);
    for (const auto& [word, up] : k_changes) {
        for (size_t at = folded.find(word); at != std::string::npos;
             at = folded.find(word, at + 1)) {
            // The percentage within a few characters after the word ("上调5%", "increase of 5 %").
            std::string_view rest = std::string_view(folded).substr(at + word.size(), 24);
            size_t digit = rest.find_first_of("0123456789");
            size_t percent = rest.find('%');
            if (digit == std::string_view::npos || percent == std::string_view::npos ||
                percent < digit)
                continue;
            std::string value = percent_value(utf8::trim(rest.substr(digit, percent - digit)));
            if (value.empty()) continue;
            return up ? value : "-" + value;
        }
    }
    return {};
}

namespace {

// The number written right before the first '%' of the line ("20 %", "12.5%"), or "".
std::string percent_in(std::string_view line) {
    size_t percent = line.find('%');
    if (percent == std::string_view::npos) return {};
    size_t begin = percent;
    while (begin > 0 && line[begin - 1] == ' ')
        --begin;
    size_t end = begin;
    while (begin > 0 && (std::isdigit(static_cast<unsigned char>(line[begin - 1])) ||
                         line[begin - 1] == '.' || line[begin - 1] == ','))
        --begin;
    return percent_value(line.substr(begin, end - begin));
}

// Whether `word` stands in the line with a number within a few words after it ("above SAR
// 50,000", "over 100 pcs"), not at the end of the line ("off all list prices above").
bool word_before_number(std::string_view line, std::string_view word) {
    constexpr size_t k_reach = 16; // "above SAR 50,000": a currency between word and number
    for (size_t at = line.find(word); at != std::string_view::npos; at = line.find(word, at + 1)) {
        if (!word_at(line, at, word)) continue;
        std::string_view after = line.substr(at + word.size(), k_reach);
        if (after.find_first_of("0123456789") != std::string_view::npos) return true;
    }
    return false;
}

} // namespace

std::string list_discount(std::string_view text) {
    const Words& phrases = word_lists()["list_discount"];
    const Words& conditions = word_lists()["list_discount_condition"];
    const Words& thresholds = word_lists()["list_discount_threshold"];
    for (size_t pos = 0; pos < text.size();) {
        size_t end = std::min(text.find('\n', pos), text.size());
        std::string_view raw = text.substr(pos, end - pos);
        pos = end + 1;
        // The answer is a percentage: a line without '%' (nor the full-width one fold turns
        // into it) has none, and most lines are not folded at all.
        if (raw.find('%') == std::string_view::npos && raw.find("％") == std::string_view::npos)
            continue;
        std::string line = fold(raw); // fold() joins lines: one at a time
        bool stated = std::any_of(phrases.begin(), phrases.end(),
                                  [&](std::string_view p) { return has_word(line, p); });
        bool conditional =
            std::any_of(conditions.begin(), conditions.end(),
                        [&](std::string_view c) { return has_word(line, c); }) ||
            std::any_of(thresholds.begin(), thresholds.end(),
                        [&](std::string_view t) { return word_before_number(line, t); });
        if (!stated || conditional) continue;
        if (std::string value = percent_in(line); !value.empty()) return value;
    }
    return {};
}

std::vector<std::string> listed_references(std::string_view text) {
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = std::min(text.find('\n', pos), text.size());
        std::string line(utf8::trim(text.substr(pos, end - pos)));
        pos = end + 1;
        // The list mark: "-", "*", "•", "·", "1)", "2.", "a)".
        size_t mark = line.find_first_not_of("-*0123456789.)");
        for (std::string_view bullet : {"\u2022", "\u00B7", "\u25AA"})
            if (line.starts_with(bullet)) mark = bullet.size();
        if (mark == std::string::npos || mark == 0 || mark > 3) continue;
        std::vector<std::string> codes;
        std::string word;
        bool only_codes = true;
        for (char c : line.substr(mark) + " ") {
            if (c != ' ' && c != ',' && c != ';' && c != '\t') {
                word += c;
                continue;
            }
            if (word.empty()) continue;
            if (!looks_like_model(word)) only_codes = false;
            codes.push_back(word);
            word.clear();
        }
        if (!only_codes) continue;
        for (const std::string& code : codes)
            if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
    }
    return out;
}

namespace {

// Whether fold(line) may hold one of stated_unit's price words, from the raw line. An ASCII
// line folds to itself in lower case (spaces collapsed), and every Latin price word starts
// with "pr". Otherwise: fold keeps Han characters and turns only 'p', 'P', 'ｐ' and 'Ｐ' into
// 'p', so a folded line holds such a word only if the raw line holds one of these or the
// word's first Han character. Most lines hold none and are not folded.
bool may_hold_price_word(std::string_view line) {
    auto lower = [](char c) { return static_cast<char>(c | 0x20); }; // 'P' -> 'p', 'R' -> 'r'
    if (std::all_of(line.begin(), line.end(), [](char c) { return (c & 0x80) == 0; })) {
        for (size_t i = 0; i + 1 < line.size(); ++i)
            if (lower(line[i]) == 'p' && lower(line[i + 1]) == 'r') return true;
        return false;
    }
    static constexpr std::string_view k_firsts[] = {"ｐ", "Ｐ", "价", "單", "单", "價", "価"};
    return line.find_first_of("pP") != std::string_view::npos ||
           std::any_of(std::begin(k_firsts), std::end(k_firsts),
                       [&](std::string_view c) { return line.find(c) != std::string_view::npos; });
}

} // namespace

std::string stated_unit(std::string_view text) {
    // Keep may_hold_price_word in step with these words.
    static constexpr std::string_view k_price_words[] = {
        "price", "prices", "prezzi", "prezzo", "precios", "precio", "prix", "preise",
        "preis", "preços", "preço",  "价格",   "單價",    "单价",   "價格", "価格"};
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = std::min(text.find('\n', pos), text.size());
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (line.size() > 300 || line.find('\t') != std::string_view::npos) continue;
        if (!may_hold_price_word(line)) continue;
        std::string folded = fold(line);
        bool about = std::any_of(std::begin(k_price_words), std::end(k_price_words),
                                 [&](std::string_view w) { return has_word(folded, w); });
        if (!about) continue;
        if (std::string unit = find_unit_after_slash(line); !unit.empty()) return unit;
    }
    return {};
}

namespace {

// Money that is not the price of a product, by kind: totals, taxes, freight and insurance,
// discounts, charges (bank, tooling, moulds, samples) and payment terms (deposits, balances,
// instalments). One lexicon for the rows of tables and the sentences of prose.
const std::array<std::pair<std::string_view, Words>, 6>& non_item_terms() {
    static const std::array<std::pair<std::string_view, Words>, 6> k_kinds = {{
        {"total", {"total",         "subtotal",      "sub-total",
                   "sub total",     "grand total",   "sum",
                   "合计",          "合計",          "总计",
                   "總計",          "小计",          "小計",
                   "共计",          "共計",          "总额",
                   "總額",          "总金额",        "總金額",
                   "summe",         "gesamt",        "gesamtsumme",
                   "zwischensumme", "endsumme",      "suma",
                   "totale",        "somme",         "montant total",
                   "総計",          "合計金額",      "大写",
                   "大寫",          "total amount",  "总价",
                   "總價",          "importe total", "합계",
                   "소계",          "총액",          "공급가액",
                   "totaal",        "subtotaal",     "toplam",
                   "ara toplam",    "genel toplam",  "razem",
                   "ogółem",        "итого",         "всего",
                   "cộng",          "tổng cộng",     "cộng tiền hàng",
                   "jumlah",        "grand total",   "i alt",
                   "totalt",        "celkem",        "celkem bez dph",
                   "összesen",      "σύνολο",        "סה\"כ",
                   "الإجمالي",      "المجموع",       "รวม",
                   "รวมทั้งสิ้น"}},
        {"tax",
         {"vat",          "tax",   "gst",    "mwst",   "ust",        "iva",  "tva",      "消费税",
          "消費税",       "税金",  "增值税", "增值稅", "税额",       "稅額", "impuesto", "imposta",
          "umsatzsteuer", "taxes", "税",     "부가세", "부가가치세", "btw",  "kdv",      "podatek",
          "ндс",          "ppn",   "thuế",   "ipi",    "icms",       "mva",  "moms",     "dph",
          "áfa",          "φπα",   "מע\"מ",  "ضريبة",  "ภาษีมูลค่าเพิ่ม", "sst"}},
        {"freight", {"freight",       "shipping",      "shipment cost", "delivery charge",
                     "delivery cost", "transport",     "carriage",      "postage",
                     "courier",       "运费",          "運費",          "快递费",
                     "快遞費",        "fracht",        "versand",       "versandkosten",
                     "flete",         "envío",         "porte",         "frais de port",
                     "trasporto",     "spedizione",    "frete",         "送料",
                     "運賃",          "insurance",     "保险费",        "保險費",
                     "portes",        "transporte",    "envio",         "frachtkosten",
                     "快递",          "快遞",          "seguro",        "assurance",
                     "versicherung",  "assicurazione", "verzendkosten", "vrachtkosten",
                     "nakliye",       "navlun",        "ongkos kirim",  "доставка"}},
        {"discount",
         {"discount", "rebate",   "rabatt", "nachlass", "skonto",  "descuento", "remise",
          "sconto",   "desconto", "折扣",   "优惠",     "優惠",    "折让",      "折讓",
          "値引",     "割引",     "less",   "korting",  "iskonto", "rabat"}},
        {"charge",
         {"bank charge", "bank charges", "bank fee", "handling fee", "handling charge", "手续费",
          "手續費", "银行费用", "銀行費用", "bankgebühr", "bankgebühren", "comisión",
          "frais bancaires", "packing charge", "包装费", "包裝費", "surcharge", "zuschlag",
          "mindermengenzuschlag", "drum charge", "drum charges", "附加费", "附加費", "tooling",
          "mould cost", "mold cost", "mould charge", "mold charge", "模具费", "模具費", "setup fee",
          "set-up fee", "sample charge", "sample fee", "样品费", "打样费", "打樣費", "樣品費",
          "service fee", "开模费", "開模費", "werkzeugkosten", "frais d'outillage", "costo stampo",
          // a company's registered capital, in signatures and letterheads
          "share capital", "registered capital", "capital social", "capitale sociale",
          "stammkapital", "grundkapital", "kapitał zakładowy", "уставный капитал", "注册资本",
          "註冊資本", "資本金"}},
        {"payment",
         {"deposit",
          "advance payment",
          "balance",
          "prepayment",
          "down payment",
          "downpayment",
          "installment",
          "instalment",
          "in advance",
          "prepay",
          "advance",
          "预付",
          "預付",
          "预付款",
          "預付款",
          "定金",
          "订金",
          "訂金",
          "尾款",
          "余款",
          "餘款",
          "首付",
          "首期",
          "分期",
          "进度款",
          "進度款",
          "anzahlung",
          "restzahlung",
          "vorauszahlung",
          "teilzahlung",
          "abschlagszahlung",
          "anticipo",
          "saldo",
          "acompte",
          "solde",
          "arras",
          "rata",
          "pago inicial",
          "paid",
          "已付",
          "payment",
          "付款",
          "汇款",
          "匯款",
          "前払",
          "手付"}},
    }};
    return k_kinds;
}

// Words that name such money in a table's row but mean something else in a sentence
// ("no less than", "porte" a door, "rata" a rat).
constexpr std::string_view k_row_only[] = {"less", "ust", "porte", "portes", "rata", "arras"};

// What follows a payment word when it speaks of money ("Balance due", "deposit of", "Anzahlung
// bei Auftrag", "solde à la livraison"): function words, money words and currency codes in the
// lexicon's languages. Any other word after it makes it the first word of a product's name
// ("Balance valve", "Deposit box").
constexpr std::string_view k_payment_followers[] = {
    "of",       "to",       "by",      "on",      "at",        "in",        "is",       "be",
    "for",      "from",     "before",  "after",   "upon",      "against",   "within",   "when",
    "once",     "prior",    "due",     "paid",    "payable",   "payment",   "payments", "remaining",
    "required", "received", "amount",  "amounts", "terms",     "term",      "will",     "shall",
    "should",   "must",     "can",     "the",     "and",       "or",        "via",      "with",
    "per",      "as",       "through", "until",   "balance",   "deposit",   "transfer", "wire",
    "tt",       "lc",       "net",     "bei",     "nach",      "vor",       "bis",      "von",
    "zum",      "zur",      "mit",     "der",     "des",       "und",       "zahlbar",  "fällig",
    "de",       "del",      "la",      "le",      "el",        "en",        "con",      "contra",
    "antes",    "después",  "despues", "avant",   "après",     "apres",     "sur",      "a",
    "al",       "alla",     "dopo",    "entro",   "contro",    "na",        "no",       "em",
    "até",      "ate",      "após",    "apos",    "pagamento", "pago",      "paiement", "zahlung",
    "usd",      "eur",      "cny",     "rmb",     "gbp",       "jpy",       "chf",      "aud",
    "sek",      "twd",      "hkd",     "cad",     "sgd",       "inr",       "brl",      "mxn",
    "aed",      "us",       "you",     "an",      "extra",     "additional"};

// Characters after a Chinese payment word that go on speaking of the payment ("余款发货前付清",
// "定金比例", "尾款于", "订金三成"): verbs, prepositions, numerals, money and time words. Any
// other character makes the word part of a product's name ("尾款箱"). 人 美 欧 港 英 begin
// currencies ("余款人民币12,000元").
constexpr std::u32string_view k_payment_follow_han =
    U"于於在须需应應为為将將按由已请請及和与與以通付支汇匯见見收到部金比总總共合发發出提交货貨"
    U"前后後的要可待等结結余餘尾首剩全即再款额額率约約方式条條期日时時天月个個次一二三四五六七八"
    U"九十两兩半百千万萬零〇壹贰貳叁參肆伍陆陸柒捌玖拾佰仟是占佔共计計人美欧歐港英";

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Is the payment word at `at` (length `length`) in folded `text` the first word of a name
// rather than money? A Latin word followed by another Latin word that is no follower; a Han
// word followed by a Han character that is no follower.
bool names_a_product(std::string_view text, size_t at, size_t length) {
    size_t pos = at + length;
    if (static_cast<unsigned char>(text[at]) >= 0x80) {
        if (pos >= text.size()) return false;
        char32_t next = utf8::next(text, pos);
        return is_han(next) && k_payment_follow_han.find(next) == std::u32string_view::npos;
    }
    while (pos < text.size() && text[pos] == ' ')
        ++pos;
    if (pos == at + length) return false; // glued to a number or a mark: "deposit:30%"
    size_t end = pos;
    while (end < text.size() && (is_ascii_letter(text[end]) || (text[end] & 0x80) != 0))
        ++end;
    std::string_view word = text.substr(pos, end - pos);
    // A letter word of its own (not "T/T", "L/C" or "30%") that is no follower.
    if (word.size() < 3 || (end < text.size() && text[end] == '/')) return false;
    return std::find(std::begin(k_payment_followers), std::end(k_payment_followers), word) ==
           std::end(k_payment_followers);
}

// Nouns that make a freight or charge word before them the first word of a product's name:
// "Carriage bolt", "Shipping box", "Transport trolley", "Courier bag", "Insurance label".
constexpr std::string_view k_product_heads[] = {
    "bolt",     "bolts", "screw",  "screws", "box",    "boxes", "bag",    "bags",  "trolley",
    "trolleys", "cart",  "carts",  "label",  "labels", "tape",  "case",   "cases", "carton",
    "cartons",  "crate", "crates", "strap",  "straps", "clamp", "clamps", "hook",  "hooks"};

// Is the word after `term` at `at` in folded `text` one of k_product_heads?
bool heads_a_product(std::string_view text, size_t at, size_t length) {
    size_t pos = at + length;
    if (pos >= text.size() || text[pos] != ' ') return false;
    while (pos < text.size() && text[pos] == ' ')
        ++pos;
    size_t end = pos;
    while (end < text.size() && is_ascii_letter(text[end]))
        ++end;
    std::string_view word = text.substr(pos, end - pos);
    return std::find(std::begin(k_product_heads), std::end(k_product_heads), word) !=
           std::end(k_product_heads);
}

// Does the occurrence of `term` at `at` in folded `text` count as money of its kind? Payment
// words that begin a product's name ("Balance valve", "尾款箱") do not, nor do freight words
// before a product noun ("Carriage bolt").
bool mentions_at(std::string_view text, std::string_view kind, std::string_view term, size_t at) {
    if (kind != "payment")
        return word_at(text, at, term) && !heads_a_product(text, at, term.size());
    // This occurrence with a character on each side, for has_word's word bounds.
    size_t from = at, to = at + term.size();
    if (from > 0) do
            --from;
        while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80);
    if (to < text.size()) utf8::next(text, to);
    return has_word(text.substr(from, to - from), term) && !names_a_product(text, at, term.size());
}

// Does `term` occur in folded `text` as money of its kind: mentions_at at any occurrence? A
// word used as money anywhere in the text counts.
bool mentions(std::string_view text, std::string_view kind, std::string_view term) {
    for (size_t at = text.find(term); at != std::string_view::npos; at = text.find(term, at + 1))
        if (mentions_at(text, kind, term, at)) return true;
    return false;
}

// All terms of non_item_terms() in one list, for one pass over a text: term i is of kind
// kinds[i]. mentioned(text) lists, in ascending order, each i for which
// mentions(text, kinds[i], terms[i]) holds.
struct NonItemLexicon {
    Words terms;
    std::vector<std::string_view> kinds;
    WordMatcher matcher;

    NonItemLexicon() : matcher(flat()) {}

    Words flat() {
        for (const auto& [kind, words] : non_item_terms())
            for (std::string_view term : words) {
                terms.push_back(term);
                kinds.push_back(kind);
            }
        return terms;
    }

    // The few terms a text mentions, not one flag per term of the lexicon: the callers run
    // on every row of every table.
    std::vector<size_t> mentioned(std::string_view text) const {
        std::vector<size_t> out;
        matcher.each(text, [&](size_t term, size_t at) {
            if (std::find(out.begin(), out.end(), term) == out.end() &&
                mentions_at(text, kinds[term], terms[term], at))
                out.push_back(term);
            return true;
        });
        std::sort(out.begin(), out.end());
        return out;
    }
};

const NonItemLexicon& non_item_lexicon() {
    static const NonItemLexicon k_lexicon;
    return k_lexicon;
}

// The folded text without the qualifier, each place it stands.
std::string without(std::string text, std::string_view qualifier) {
    if (text.find(qualifier) == std::string::npos) return text; // most texts hold none
    std::string out;
    size_t from = 0;
    for (size_t at = text.find(qualifier); at != std::string::npos;
         at = text.find(qualifier, from)) {
        out.append(text, from, at - from).push_back(' ');
        from = at + qualifier.size();
    }
    out.append(text, from, std::string::npos);
    return out;
}

// The folded text without what qualifies a price: its tax (words.txt [tax_qualifiers]: "单价150元
// (不含税)", "EUR 12.00 excl. VAT" name no tax amount) and its freight (words.txt
// [freight_included]: "含运费" is no freight charge), longest first.
std::string without_price_qualifiers(std::string text) {
    // One pass tells whether the text holds any of them (most hold none): then it is returned
    // as it is, without a search per qualifier.
    static const WordMatcher k_any = [] {
        std::vector<std::string_view> all;
        for (std::string_view qualifier : word_lists()["tax_qualifiers"])
            all.push_back(qualifier);
        for (std::string_view qualifier : word_lists()["freight_included"])
            all.push_back(qualifier);
        return WordMatcher(all);
    }();
    bool any = false;
    k_any.each(text, [&](size_t, size_t) {
        any = true;
        return false;
    });
    if (!any) return text;
    for (std::string_view qualifier : word_lists()["tax_qualifiers"])
        text = without(std::move(text), qualifier);
    for (std::string_view qualifier : word_lists()["freight_included"])
        text = without(std::move(text), qualifier);
    return text;
}

} // namespace

std::string non_item_kind(std::string_view cell) {
    std::string h = fold(cell);
    if (h.empty()) return {};
    // "Bottle mould 1.5L, 4 cavities (one-off)", "Customs clearance", "20'GP".
    if (marks_one_off(h) || names_a_service(h)) return "charge";
    size_t words = static_cast<size_t>(std::count(h.begin(), h.end(), ' ')) + 1;
    const NonItemLexicon& lexicon = non_item_lexicon();
    for (size_t i : lexicon.mentioned(h)) {
        // A long product name may mention a word ("transport trolley"); a charge line
        // starts with it or is short.
        std::string_view term = lexicon.terms[i];
        bool cjk = static_cast<unsigned char>(term.front()) >= 0xE0;
        if (h.starts_with(term) || words <= 4 || (cjk && h.size() <= 36))
            return std::string(lexicon.kinds[i]);
    }
    return {};
}

std::string non_item_mention(std::string_view text) {
    std::string folded = without_price_qualifiers(fold(text));
    if (marks_one_off(folded)) return "charge";
    static const WordSet k_sums(word_lists()["sum_words"]);
    if (k_sums.any_in(folded)) return "total";
    const NonItemLexicon& lexicon = non_item_lexicon();
    for (size_t i : lexicon.mentioned(folded))
        if (std::find(std::begin(k_row_only), std::end(k_row_only), lexicon.terms[i]) ==
            std::end(k_row_only))
            return std::string(lexicon.kinds[i]);
    return {};
}

bool mentions_as_money(std::string_view folded, std::string_view word) {
    return mentions(folded, "payment", word);
}

} // namespace mailclerk::pricing
