#include "parsers/pricing/unit_sense.hpp"

#include <algorithm>
#include <string>

#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/numbers.hpp"

namespace mailclerk::pricing {
namespace {

// Small words only one language writes often; three different ones make a text that language's.
constexpr std::string_view k_italian[] = {
    "il",        "di",       "della",    "delle",   "degli",     "dei",       "prezzo",
    "prezzi",    "offerta",  "cordiali", "saluti",  "consegna",  "pagamento", "fornitura",
    "quantità",  "gentile",  "possiamo", "ordini",  "nostra",    "vostra",    "altezza",
    "contratto", "articolo", "sono",     "restano", "invariati", "validità"};
constexpr std::string_view k_english[] = {"the",       "and",  "please", "regards", "we",
                                          "our",       "your", "price",  "prices",  "quote",
                                          "quotation", "with", "thanks", "best"};

// Goods sold by length, in the languages of the trade.
constexpr std::string_view k_length_goods[] = {
    "pipe",     "pipes",    "tube",       "tubes",   "tubing",    "hose",      "hoses",
    "cable",    "cables",   "wire",       "rope",    "profile",   "profiles",  "extrusion",
    "fabric",   "fabrics",  "cloth",      "tape",    "ribbon",    "chain",     "cord",
    "twill",    "satin",    "crêpe",      "silk",    "tubo",      "tubi",      "tubazione",
    "cavo",     "cavi",     "manichetta", "profilo", "profili",   "profilato", "tessuto",
    "tessuti",  "seta",     "raso",       "stoffa",  "tela",      "nastro",    "fune",
    "corda",    "catena",   "filo",       "tubería", "manguera",  "perfil",    "tejido",
    "cinta",    "cuerda",   "cadena",     "cabo",    "mangueira", "tecido",    "fita",
    "corrente", "tuyau",    "câble",      "profilé", "tissu",     "ruban",     "chaîne",
    "rohr",     "schlauch", "kabel",      "profil",  "stoff",     "seil",      "kette",
    "buis",     "slang",    "profiel",    "管",      "线",        "線",        "电缆",
    "電纜",     "软管",     "軟管",       "型材",    "布",        "面料"};

// Goods sold by weight: bulk materials and mill products.
constexpr std::string_view k_weight_goods[] = {
    "coil",    "coils",    "scrap",    "resin",    "granule",  "granules",  "granulate",
    "pellet",  "pellets",  "powder",   "ore",      "ingot",    "ingots",    "billet",
    "billets", "rebar",    "wire rod", "cement",   "grain",    "sugar",     "fertilizer",
    "urea",    "soda ash", "slab",     "granulo",  "granuli",  "granulato", "polvere",
    "rottame", "rottami",  "resina",   "lingotto", "lingotti", "vergella",  "bobina",
    "bobine",  "cemento",  "lamiera",  "lamiere",  "chatarra", "sucata",    "卷板",
    "废钢",    "树脂",     "颗粒"};

// Goods counted in pieces, hundreds and thousands: fasteners and small parts.
constexpr std::string_view k_counted_goods[] = {
    "screw",   "screws",   "bolt",   "bolts",   "nut",    "nuts",    "washer",  "washers",
    "rivet",   "rivets",   "pin",    "pins",    "anchor", "anchors", "stud",    "studs",
    "nail",    "nails",    "clip",   "clips",   "insert", "inserts", "spacer",  "spacers",
    "grommet", "grommets", "staple", "staples", "o-ring", "o-rings", "bushing", "bushings"};

template <size_t N>
size_t count_words(const std::string& folded, const std::string_view (&words)[N]) {
    return static_cast<size_t>(std::count_if(std::begin(words), std::end(words),
                                             [&](auto w) { return has_word(folded, w); }));
}

template <size_t N> bool any_word(std::string_view text, const std::string_view (&words)[N]) {
    return count_words(fold(text), words) > 0;
}

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
}

// Where `word` (ASCII, lower case) stands in the text as a word of its own, any case; npos if
// nowhere.
bool has_token(std::string_view text, std::string_view word) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    for (size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
        bool left = at > 0 && is_letter(lower[at - 1]);
        bool right = at + word.size() < lower.size() && is_letter(lower[at + word.size()]);
        if (!left && !right) return true;
    }
    return false;
}

// Does the document write a tonne other than "mt" ("t", "ton", "tonnellate", "吨")?
bool writes_other_tonne(std::string_view text) {
    for (std::string_view w : {"ton", "tons", "tonne", "tonnes", "tonnellata", "tonnellate",
                               "tonelada", "toneladas", "tm", "tn"})
        if (has_token(text, w)) return true;
    return text.find("吨") != std::string_view::npos || text.find("噸") != std::string_view::npos;
}

// The price of the item as written right before "/M", "/C", "per M" in its line, with the count
// that letter stands for ("1000", "100"); empty when the line writes none.
std::string roman_count(const PriceItem& item) {
    const std::string& line = item.line;
    for (size_t at = 0; at < line.size(); ++at) {
        size_t letter = std::string::npos;
        if (line[at] == '/')
            letter = at + 1;
        else if (line.compare(at, 5, " per ") == 0)
            letter = at + 5;
        if (letter == std::string::npos || letter >= line.size()) continue;
        while (letter < line.size() && line[letter] == ' ')
            ++letter;
        if (letter >= line.size() || (line[letter] != 'M' && line[letter] != 'C')) continue;
        if (letter + 1 < line.size() && is_letter(line[letter + 1])) continue;
        // The number before the slash must be the price read.
        size_t end = at;
        while (end > 0 && line[end - 1] == ' ')
            --end;
        size_t start = end;
        while (start > 0 && (std::isdigit(static_cast<unsigned char>(line[start - 1])) ||
                             line[start - 1] == '.' || line[start - 1] == ','))
            --start;
        std::string number = line.substr(start, end - start);
        std::erase(number, ',');
        auto value = parse_decimal(number);
        if (value && parse_decimal(item.unit_price) == value)
            return line[letter] == 'M' ? "1000" : "100";
    }
    return {};
}

} // namespace

bool looks_italian(std::string_view text) {
    return count_words(fold(text.substr(0, std::min<size_t>(text.size(), 20000))), k_italian) >= 3;
}

bool looks_english(std::string_view text) {
    return count_words(fold(text.substr(0, std::min<size_t>(text.size(), 20000))), k_english) >= 3;
}

bool sold_by_length(std::string_view product) {
    return any_word(product, k_length_goods);
}

bool sold_by_weight(std::string_view product) {
    return any_word(product, k_weight_goods);
}

bool counted_piece(std::string_view product) {
    return any_word(product, k_counted_goods);
}

bool mt_means_metre(std::string_view document, std::string_view product) {
    // Only Italian writes "mt" for metro; elsewhere "MT" is the trade's metric tonne, also for
    // pipe (a mill's "ERW Steel Pipe ... USD 655/MT"). Bulk goods are weighed in any language.
    return looks_italian(document) && !sold_by_weight(product);
}

void settle_units(std::vector<PriceItem>& items, std::string_view document) {
    bool mt_only = has_token(document, "mt") && !writes_other_tonne(document);
    for (PriceItem& item : items) {
        std::string name = item.product + " " + item.model;
        if (item.unit == "ton" && (has_token(item.line, "mt") || mt_only) &&
            mt_means_metre(document, name))
            item.unit = "m";
        // "$124.00/M" for hex cap screws: per thousand pieces; for a cable it stays a metre.
        if ((item.unit == "m" || item.unit.empty()) && counted_piece(name) && !sold_by_length(name))
            if (std::string count = roman_count(item); !count.empty()) {
                item.unit_price =
                    divide_by_power_of_ten(item.unit_price, static_cast<int>(count.size()) - 1);
                item.unit = "pcs";
            }
    }
}

} // namespace mailclerk::pricing
