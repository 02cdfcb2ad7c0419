// Header words per role, in the order roles are tried: the first role with a word in the cell
// wins, so "Total Qty" is a quantity, "Unit price" a price (not a unit), "Part No." a model (not
// a row number) and "Target price" nothing anyone quoted.
#include "parsers/pricing/lexicon.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "common/utf8.hpp"
#include "parsers/grid/grid.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/numbers.hpp"

namespace mailclerk::pricing {
namespace {

using Words = std::vector<std::string_view>;

const Words k_ignored = {
    "pkg qty",    "pkg. qty",      "pack qty",   "packing qty", "pack size",
    "pcs/ctn",    "qty/ctn",       "装箱数",     "包装数量",    "target",
    "counter",    "your price",    "your offer", "expected",    "budget",
    "last price", "competitor",    "cost price", "zielpreis",   "precio objetivo",
    "prix cible", "prezzo target", "preço alvo", "目标价",      "目標價",
    "目标",       "目標",          "期望",       "预算",        "預算",
    "还价",       "還價",          "贵司报价",   "貴司報價",    "希望価格",
    "目標価格",   "ご希望",        "희망가",     "목표가",      "上次",
    "去年",       "tax amount",    "vat amount", "税额",        "稅額"};
const Words k_old_price = {"old price",
                           "current price",
                           "previous price",
                           "original price",
                           "price before",
                           "existing price",
                           "present price",
                           "alter preis",
                           "bisheriger preis",
                           "preis alt",
                           "precio anterior",
                           "precio actual",
                           "ancien prix",
                           "prix actuel",
                           "prezzo precedente",
                           "prezzo attuale",
                           "preço anterior",
                           "preço atual",
                           "原价",
                           "原價",
                           "原单价",
                           "原單價",
                           "原价格",
                           "调整前",
                           "調整前",
                           "现行",
                           "現行",
                           "旧价",
                           "舊價",
                           "旧価格",
                           "改定前",
                           "現行価格"};
const Words k_new_price = {"new price",    "new unit price", "adjusted price", "revised price",
                           "price after",  "neuer preis",    "preis neu",      "nuevo precio",
                           "precio nuevo", "nouveau prix",   "prix nouveau",   "nuovo prezzo",
                           "novo preço",   "新价",           "新價",           "新单价",
                           "新單價",       "调整后",         "調整後",         "现价",
                           "現價",         "新価格",         "改定後"};
const Words k_amount = {
    "amount",   "total",      "ext. price", "extended price", "extension",    "line total",
    "subtotal", "sum",        "value",      "gesamtpreis",    "gesamtbetrag", "betrag",
    "summe",    "gesamt",     "importe",    "precio total",   "monto",        "valor total",
    "montant",  "prix total", "importo",    "prezzo totale",  "totale",       "preço total",
    "montante", "金额",       "金額",       "总价",           "總價",         "总额",
    "總額",     "小计",       "小計",       "合计",           "合計",         "总计",
    "總計",     "금액",       "공급가액"};
const Words k_price = {"each",        "price each",
                       "per unit",    "unit price",
                       "price",       "u/p",
                       "u.p.",        "unit cost",
                       "rate",        "preis",
                       "einzelpreis", "stückpreis",
                       "e-preis",     "precio",
                       "p. unit",     "p.unit",
                       "prix",        "p.u.",
                       "prezzo",      "preço",
                       "preco",       "valor unitário",
                       "valor unit",  "vl. unit",
                       "单价",        "單價",
                       "价格",        "價格",
                       "报价",        "報價",
                       "售价",        "售價",
                       "单件价",      "単価",
                       "価格",        "値段",
                       "売価",        "金额/单价",
                       "含税价",      "含稅價",
                       "不含税价",    "不含稅價",
                       "未税价",      "未稅價",
                       "出厂价",      "出廠價",
                       "批发价",      "批發價",
                       "开票价",      "開票價",
                       "단가",        "가격"};
const Words k_ignored_numbers = {
    "discount",    "rabatt",  "descuento", "remise",  "sconto", "desconto", "折扣",   "值引",
    "値引",        "vat",     "tax",       "mwst",    "iva",    "tva",      "gst",    "税额",
    "稅額",        "税率",    "稅率",      "税金",    "weight", "gewicht",  "peso",   "poids",
    "重量",        "毛重",    "净重",      "淨重",    "cbm",    "volume",   "体积",   "體積",
    "measurement", "hs code", "hs",        "packing", "包装",   "包裝",     "carton", "ctn",
    "n.w.",        "g.w.",    "kgs"};
const Words k_list = {"list price",
                      "listenpreis",
                      "liste",
                      "precio de lista",
                      "prix catalogue",
                      "prix de liste",
                      "prezzo di listino",
                      "listino",
                      "preço de lista",
                      "gross price",
                      "bruttopreis",
                      "目录价",
                      "目錄價",
                      "牌价",
                      "牌價",
                      "定价"};
const Words k_net = {"net price",   "nettopreis", "netto",        "net",           "nett",
                     "precio neto", "prix net",   "prezzo netto", "preço líquido", "净价",
                     "淨價",        "实价",       "實價",         "成交价"};
const Words k_price_unit = {"pe",  "preiseinheit", "price unit", "price per",       "per",
                            "pro", "价格单位",     "價格單位",   "unidad de precio"};
const Words k_quantity = {
    "qty",           "q'ty",      "q’ty",     "quantity", "moq",       "min order",    "min. order",
    "minimum order", "order qty", "menge",    "anzahl",   "stückzahl", "mindestmenge", "cantidad",
    "cant.",         "quantité",  "qté",      "quantità", "q.tà",      "qtà",          "quantidade",
    "qtd",           "qtde",      "数量",     "數量",     "起订量",    "起訂量",       "订量",
    "訂量",          "订货量",    "最小订单", "ロット",   "수량"};
const Words k_currency = {"currency", "curr.",  "ccy",    "währung", "währg", "währg.",
                          "whrg",     "moneda", "devise", "valuta",  "moeda", "币种",
                          "幣種",     "币别",   "幣別",   "货币",    "貨幣",  "通貨"};
const Words k_unit_exact = {
    "unit",    "units", "uom",    "u/m",  "u.m.",  "um",       "unit of measure",
    "einheit", "me",    "unidad", "ud.",  "unité", "unità",    "unidade",
    "un.",     "unid.", "单位",   "單位", "単位",  "計量單位", "计量单位",
    "un",      "und",   "uni",    "unid", "ud",    "u.",       "unit.",
    "uom.",    "me.",   "단위"};
const Words k_delivery = {
    "delivery",     "lead time",        "leadtime", "delivery time", "lieferzeit",
    "liefertermin", "plazo de entrega", "entrega",  "délai",         "livraison",
    "consegna",     "prazo de entrega", "prazo",    "納期",          "交期",
    "交货期",       "交貨期",           "货期",     "貨期"};
const Words k_remarks = {"remark",   "remarks",   "note",         "notes",         "comment",
                         "comments", "bemerkung", "anmerkung",    "observaciones", "observación",
                         "remarque", "remarques", "osservazioni", "note",          "observações",
                         "obs",      "備考",      "备注",         "備註",          "说明",
                         "說明",     "비고"};
const Words k_incoterm = {"terms",       "price term", "price terms", "trade term",
                          "trade terms", "incoterm",   "incoterms",   "价格条款",
                          "價格條款",    "贸易条款",   "貿易條款"};
const Words k_index_exact = {
    "no",   "no.",   "#",        "pos",    "pos.",  "position", "s/n",   "sn",
    "s.n.", "sl no", "sl. no.",  "sl.no.", "sr no", "sr. no.",  "nr",    "nr.",
    "n°",   "nº",    "lfd. nr.", "lfd nr", "line",  "línea",    "ligne", "序号",
    "序號", "项次",  "項次",     "行",     "番号",  "no",       "번호",  "순번"};
const Words k_spec = {"spec",
                      "spec.",
                      "specification",
                      "specifications",
                      "size",
                      "sizes",
                      "dimension",
                      "dimensions",
                      "dn",
                      "nominal size",
                      "nominal diameter",
                      "abmessung",
                      "abmessungen",
                      "größe",
                      "nennweite",
                      "especificación",
                      "especificaciones",
                      "tamaño",
                      "medida",
                      "medidas",
                      "dimensión",
                      "spécification",
                      "taille",
                      "specifica",
                      "misura",
                      "dimensione",
                      "especificação",
                      "tamanho",
                      "dimensão",
                      "规格",
                      "規格",
                      "尺寸",
                      "口径",
                      "口徑",
                      "通径",
                      "通徑",
                      "仕様",
                      "サイズ",
                      "寸法",
                      "standard",
                      "标准",
                      "材质",
                      "材質",
                      "규격"};
const Words k_model = {
    "model",      "model no",    "part no",       "part no.",     "part number", "p/n",
    "item no",    "item no.",    "item code",     "item #",       "article no",  "art. no",
    "art.-nr.",   "art.nr.",     "sku",           "ref",          "ref.",        "reference",
    "code",       "cat. no",     "catalog no",    "catalogue no", "type",        "artikelnummer",
    "artikel-nr", "artikel-nr.", "bestellnummer", "teilenummer",  "typ",         "modell",
    "modelo",     "referencia",  "código",        "codigo",       "modèle",      "référence",
    "réf",        "modello",     "codice",        "cod.",         "referência",  "型号",
    "型號",       "货号",        "貨號",          "料号",         "料號",        "编号",
    "編號",       "物料编码",    "物料編碼",      "品番",         "型番",        "型式",
    "機種",       "代码",        "代碼",          "编码",         "編碼",        "代号",
    "代號",       "품번",        "모델"};
const Words k_product = {"description",
                         "descriptions",
                         "product",
                         "products",
                         "goods",
                         "commodity",
                         "name",
                         "item description",
                         "material description",
                         "article",
                         "bezeichnung",
                         "beschreibung",
                         "artikel",
                         "produkt",
                         "ware",
                         "descripción",
                         "descripcion",
                         "producto",
                         "artículo",
                         "articulo",
                         "denominación",
                         "désignation",
                         "designation",
                         "produit",
                         "libellé",
                         "descrizione",
                         "prodotto",
                         "articolo",
                         "descrição",
                         "descricao",
                         "designação",
                         "designacao",
                         "denominazione",
                         "benennung",
                         "artikelbezeichnung",
                         "benämning",
                         "beskrivning",
                         "omschrijving",
                         "produto",
                         "artigo",
                         "mercadoria",
                         "kurztext",
                         "langtext",
                         "artikelbezeichnung",
                         "materialkurztext",
                         "品名",
                         "产品",
                         "產品",
                         "名称",
                         "名稱",
                         "货物",
                         "貨物",
                         "描述",
                         "商品",
                         "品项",
                         "品項",
                         "품명",
                         "제품명",
                         "품목",
                         "製品",
                         "品目",
                         "项目",
                         "項目",
                         "货品",
                         "貨品"};

bool is_latin_letter_at(std::string_view text, size_t at, bool before) {
    // Looks at the code point just before `at` (before = true) or starting at `at`.
    if (before) {
        if (at == 0) return false;
        size_t start = at - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
            --start;
        size_t pos = start;
        char32_t c = utf8::next(text, pos);
        return (c >= U'a' && c <= U'z') || (c >= U'\u00C0' && c <= U'\u024F');
    }
    if (at >= text.size()) return false;
    size_t pos = at;
    char32_t c = utf8::next(text, pos);
    return (c >= U'a' && c <= U'z') || (c >= U'\u00C0' && c <= U'\u024F');
}

bool has_any(std::string_view text, const Words& words) {
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view w) { return has_word(text, w); });
}

bool is_any(std::string_view text, const Words& words) {
    return std::find(words.begin(), words.end(), text) != words.end();
}

// A quantity break named in a header: its least quantity, and whether the text says it is a
// break (a range or "at least") rather than only a counted quantity ("1,000 pcs").
struct Tier {
    std::string least;
    bool marked = false;
};

// Does the number starting at `at` give the quantity a price is for ("Rate/100 Mtr", "per
// 1000", "je 100 Stk.") rather than a quantity break?
bool is_price_unit_number(std::string_view folded, size_t at) {
    std::string_view before = utf8::trim(folded.substr(0, at));
    for (std::string_view key : {"/", "per", "je", "pro", "每", "／"})
        if (before.ends_with(key)) return true;
    return false;
}

// "100-499 pcs", "≥500", "500+", ">=1000", "1,000 pcs", "MOQ 1000", "ab 50", "1000个以上".
Tier tier_in(std::string_view folded) {
    size_t first = folded.find_first_of("0123456789");
    while (first != std::string_view::npos && is_price_unit_number(folded, first)) {
        size_t past = folded.find_first_not_of("0123456789,", first);
        if (past == std::string_view::npos) return {};
        first = folded.find_first_of("0123456789", past);
    }
    if (first == std::string_view::npos) return {};
    size_t end = first;
    while (end < folded.size() &&
           (std::isdigit(static_cast<unsigned char>(folded[end])) || folded[end] == ','))
        ++end;
    auto value = read_number(folded.substr(first, end - first), Mark::dot);
    if (!value) return {};
    std::string_view before = utf8::trim(folded.substr(0, first));
    std::string_view after = utf8::trim(folded.substr(end));
    bool range = after.starts_with("-") || after.starts_with("~") || after.starts_with("～") ||
                 after.starts_with("to ") || after.starts_with("+") || after.starts_with("以上") ||
                 after.starts_with("\u2013") || after.find("以上") != std::string_view::npos ||
                 after.ends_with("+");
    bool at_least = before.ends_with("≥") || before.ends_with(">=") || before.ends_with(">") ||
                    before.ends_with("moq") || before.ends_with("min.") ||
                    before.ends_with("min") || has_word(before, "ab") || has_word(before, "from") ||
                    has_word(before, "desde") || has_word(before, "a partir de") ||
                    has_word(before, "à partir de") || has_word(before, "dès");
    bool counted = !first_unit_word(after).empty();
    if (range || at_least || counted) return {*value, range || at_least};
    return {};
}

std::string tier_of(std::string_view folded) {
    return tier_in(folded).least;
}

// "Preis/100 Stk", "price per 1000 pcs", "€/100": the quantity a price is for, when over one.
std::string per_of(std::string_view folded) {
    for (std::string_view key : {"/", "per ", "je ", "pro ", "每"}) {
        for (size_t at = folded.find(key); at != std::string_view::npos;
             at = folded.find(key, at + 1)) {
            std::string_view rest = utf8::trim(folded.substr(at + key.size()));
            // "单价(元/千个)", "Price per K pcs": a count of pieces written as a word.
            std::string unit;
            if (std::string count = count_unit(rest, unit); !count.empty()) return count;
            size_t digits = 0;
            while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits])))
                ++digits;
            if (digits == 0) continue;
            std::string number(rest.substr(0, digits));
            if (number != "1" && number.find_first_not_of('0', 1) == std::string::npos &&
                number[0] == '1')
                return number;
        }
    }
    return {};
}

// "Qty (pcs)", "数量(只)", "Menge [Stk.]": a unit named in brackets.
std::string unit_in_brackets(std::string_view cell) {
    for (std::string_view open : {"(", "（", "["}) {
        size_t at = cell.find(open);
        if (at == std::string_view::npos) continue;
        if (std::string unit = first_unit_word(cell.substr(at + open.size())); !unit.empty())
            return unit;
    }
    return {};
}

HeaderSense with_extras(Role role, std::string_view cell, std::string_view folded,
                        std::string_view yen) {
    HeaderSense sense;
    sense.role = role;
    sense.currency = find_currency(cell, yen);
    sense.unit = find_unit_after_slash(cell);
    sense.incoterm = find_incoterm(cell);
    if (role == Role::price || role == Role::old_price || role == Role::money)
        sense.tier = tier_of(folded);
    sense.list_price = has_any(folded, k_list) && !has_any(folded, k_net);
    sense.net_price = has_any(folded, k_net);
    sense.per = per_of(folded);
    if (sense.unit.empty()) sense.unit = unit_in_brackets(cell);
    sense.tax_included =
        has_any(folded, {"含税", "含稅", "incl. vat", "incl vat", "inkl. mwst", "inkl mwst",
                         "iva incluido", "ttc", "tax included", "including vat", "税込"}) &&
        !has_any(folded, {"不含税", "不含稅", "未含税", "未含稅", "excl. vat", "excl vat"});
    return sense;
}

} // namespace

const char* to_string(Role role) {
    switch (role) {
    case Role::none:
        return "none";
    case Role::index:
        return "index";
    case Role::product:
        return "product";
    case Role::model:
        return "model";
    case Role::spec:
        return "spec";
    case Role::quantity:
        return "quantity";
    case Role::unit:
        return "unit";
    case Role::price:
        return "price";
    case Role::price_unit:
        return "price_unit";
    case Role::old_price:
        return "old_price";
    case Role::amount:
        return "amount";
    case Role::money:
        return "money";
    case Role::currency:
        return "currency";
    case Role::incoterm:
        return "incoterm";
    case Role::delivery:
        return "delivery";
    case Role::remarks:
        return "remarks";
    case Role::ignored:
        return "ignored";
    }
    return "none";
}

char32_t fold_char(char32_t c) {
    if (c >= U'\uFF01' && c <= U'\uFF5E') c = c - U'\uFF01' + U'!';
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    return c;
}

std::string fold(std::string_view text) {
    std::string out;
    size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = fold_char(utf8::next(text, pos));
        if (c >= U'\u00C0' && c <= U'\u00DE' && c != U'\u00D7') c += 0x20;
        utf8::append(out, c);
    }
    return grid::collapse_spaces(out);
}

bool has_word(std::string_view text, std::string_view word) {
    if (word.empty()) return false;
    bool starts_latin = is_latin_letter_at(word, 0, false);
    bool ends_latin = is_latin_letter_at(word, word.size(), true);
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        bool left = starts_latin && is_latin_letter_at(text, at, true);
        bool right = ends_latin && is_latin_letter_at(text, at + word.size(), false);
        if (!left && !right) return true;
    }
    return false;
}

namespace {

HeaderSense read_one_header(std::string_view cell, std::string_view yen);

bool ascii_only(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// "Đơn giá / Unit price", "单价/Unit Price", "STT / No.": one header in two languages, the
// halves split at the slash when one half is ASCII and the other is not. Empty otherwise.
std::vector<std::string_view> bilingual_halves(std::string_view cell) {
    size_t slash = cell.find('/');
    if (slash == std::string_view::npos || cell.find('/', slash + 1) != std::string_view::npos)
        return {};
    std::string_view left = utf8::trim(cell.substr(0, slash));
    std::string_view right = utf8::trim(cell.substr(slash + 1));
    if (left.empty() || right.empty() || ascii_only(left) == ascii_only(right)) return {};
    std::string_view latin = ascii_only(left) ? left : right;
    if (std::none_of(latin.begin(), latin.end(), [](char c) { return std::isalpha(c) != 0; }))
        return {};
    return {left, right};
}

} // namespace

HeaderSense read_header(std::string_view cell, std::string_view yen) {
    // Each half read alone, so that "/ Unit price" is not read as a price per unit; the first
    // half that names a role is the header, the other half adds what it lacks.
    std::vector<std::string_view> halves = bilingual_halves(cell);
    std::vector<HeaderSense> senses;
    for (std::string_view half : halves)
        senses.push_back(read_one_header(half, yen));
    // Split only where the English half is a header by itself: "单价 USD/PCS" is one header
    // with its unit after the slash.
    bool english_named = false;
    for (size_t i = 0; i < halves.size(); ++i)
        english_named = english_named || (ascii_only(halves[i]) && senses[i].role != Role::none);
    auto named = std::find_if(senses.begin(), senses.end(),
                              [](const HeaderSense& s) { return s.role != Role::none; });
    if (!english_named || named == senses.end()) return read_one_header(cell, yen);
    HeaderSense out = *named;
    for (const HeaderSense& other : senses) {
        if (out.currency.empty()) out.currency = other.currency;
        if (out.unit.empty() && other.role == out.role) out.unit = other.unit;
        if (out.incoterm.empty()) out.incoterm = other.incoterm;
        out.tax_included = out.tax_included || other.tax_included;
    }
    return out;
}

namespace {

HeaderSense read_one_header(std::string_view cell, std::string_view yen) {
    std::string h = fold(cell);
    if (h.empty() || utf8::trim(cell).size() > 60) return {};
    std::string bare = h; // without trailing punctuation: "No." and "No" alike
    while (bare.ends_with(":") || bare.ends_with("\uFF1A"))
        bare.resize(bare.size() - (bare.ends_with(":") ? 1 : 3));
    auto sense = [&](Role role) { return with_extras(role, cell, h, yen); };
    if (has_any(h, k_ignored)) return sense(Role::ignored);
    if (has_any(h, k_old_price)) return sense(Role::old_price);
    if (has_any(h, k_new_price)) return sense(Role::price);
    bool price_word = has_any(h, k_price);
    if (has_any(h, k_quantity) && !price_word && !has_any(h, {"amount", "金额", "金額"}))
        return sense(Role::quantity);
    if (has_any(h, k_amount)) return sense(Role::amount);
    if (price_word || !find_incoterm(cell).empty()) return sense(Role::price);
    // "Net", "Netto", "List": a price column in a table of list and net prices.
    if ((has_any(h, k_net) || has_any(h, k_list)) && std::count(h.begin(), h.end(), ' ') < 3)
        return sense(Role::price);
    if (has_any(h, k_ignored_numbers)) return sense(Role::ignored);
    if (is_any(bare, k_price_unit)) return sense(Role::price_unit);
    if (has_any(h, k_currency)) return sense(Role::currency);
    if (is_any(bare, k_unit_exact)) return sense(Role::unit);
    if (has_any(h, k_delivery)) return sense(Role::delivery);
    if (has_any(h, k_remarks)) return sense(Role::remarks);
    if (has_any(h, k_incoterm)) return sense(Role::incoterm);
    if (is_any(bare, k_index_exact)) return sense(Role::index);
    if (has_any(h, k_model)) return sense(Role::model);
    if (has_any(h, k_spec)) return sense(Role::spec);
    if (has_any(h, {"material", "materiale", "matériel", "物料"})) {
        HeaderSense weak = sense(Role::spec);
        weak.weak_model = true;
        return weak;
    }
    if (has_any(h, k_product)) return sense(Role::product);
    if (bare == "item" || bare == "items" || bare == "item." || bare == "artikel") {
        return sense(Role::index); // a row number or a name: the reader looks at its cells
    }
    // A quantity break alone ("100-499个", "ab 50", "500+", "1000个以上"): the price for it.
    if (Tier tier = tier_in(h); tier.marked) {
        HeaderSense price = sense(Role::price);
        price.tier = tier.least;
        return price;
    }
    // Only a currency: "USD", "(EUR)", "RMB元".
    if (std::string currency = find_currency(cell, yen); !currency.empty()) {
        std::string rest = h;
        for (char c : std::string_view("()（）[]$€£¥/.: "))
            std::erase(rest, c);
        if (rest.size() <= 12) return sense(Role::money);
    }
    return {};
}

} // namespace

} // namespace mailclerk::pricing
