// A message's price items: which of its texts state prices, the context each is read in, and
// the status its kind gives them.
#include <algorithm>
#include <iterator>
#include <tuple>

#include "common/utf8.hpp"
#include "common/word_matcher.hpp"
#include "parsers/classify.hpp"
#include "parsers/document.hpp"
#include "parsers/grid/html_tables.hpp"
#include "parsers/grid/label_blocks.hpp"
#include "parsers/grid/text_table.hpp"
#include "parsers/pricing/cells.hpp"
#include "parsers/pricing/continued_tables.hpp"
#include "parsers/pricing/home_currency.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/numbers.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/prose_money.hpp"
#include "parsers/pricing/table_reader.hpp"
#include "parsers/pricing/trade_names.hpp"
#include "parsers/pricing/unit_sense.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::parsers {
namespace {

constexpr size_t k_mark_sample = 5000; // cells looked at to decide a document's decimal mark

// Signs of money in a text: symbols and the usual codes and words.
constexpr std::string_view k_money_marks[] = {
    "€", "$", "¥", "£", "元", "円", "usd", "eur", "cny", "rmb", "chf", "gbp", "jpy", "twd", "sek",
    "원", "₩", "krw", "₹", "rs.", "inr", "￥", "pln", "zł", "try", "₺", " tl", "mad",
    // rupiah, rouble, dong, peso, real: the reader (money.cpp) decides; this is a first look
    "rp ", "rp.", "(rp)", "idr", "руб", "₽", "rub", "₫", "vnđ", "vnd", "₱", "php", "r$", "brl",
    // Arabic-script signs, the shekel and the soles
    "ر.س", "ج.م", "د.إ", "₪", "s/"};

// The HTML its author wrote: everything before the first mark of a quoted earlier mail
// (Outlook's separator line and reply header, blockquotes, Gmail/Thunderbird quote blocks);
// with Forwarding::subject_says, before the second (the first quoted mail is the forwarded one).
std::string_view fresh_html(std::string_view html, Forwarding forwarding) {
    static constexpr std::string_view k_marks[] = {"border-top:solid #e1e1e1",
                                                   "border-top:solid #b5c4df",
                                                   "id=\"divrplyfwdmsg\"",
                                                   "id=\"appendonsend\"",
                                                   "<blockquote",
                                                   "class=\"gmail_quote",
                                                   "class=\"moz-cite-prefix",
                                                   "-----original message-----",
                                                   "原始邮件",
                                                   "原始郵件"};
    std::string lower = utf8::ascii_lower(html);
    auto first_mark = [&](size_t from) {
        size_t end = html.size();
        for (std::string_view mark : k_marks)
            end = std::min(end, lower.find(mark, from));
        return end;
    };
    size_t end = first_mark(0);
    if (forwarding == Forwarding::subject_says && end < html.size()) end = first_mark(end + 1);
    return html.substr(0, end);
}

// The status a document's prices have, from its kind; a pro-forma invoice (kind quote) states
// the prices of a confirmed deal: agreed.
const char* status_of(DocKind kind, bool proforma) {
    switch (kind) {
    case DocKind::contract:
        return pricing::k_agreed;
    case DocKind::order:
        return pricing::k_ordered;
    case DocKind::price_notice:
        return pricing::k_notice;
    default:
        return proforma ? pricing::k_agreed : pricing::k_quoted;
    }
}

// The first lines of a document, where its title is.
std::string_view title_of(std::string_view text) {
    size_t end = 0;
    for (int lines = 0; lines < 3 && end != std::string_view::npos; ++lines)
        end = text.find('\n', end == 0 ? 0 : end + 1);
    return text.substr(0, std::min<size_t>(end, 200));
}

// The decimal mark the document's numbers prove, over all its tables.
pricing::Mark mark_of(const std::vector<grid::Table>& tables) {
    std::vector<std::string> numbers;
    for (const grid::Table& table : tables)
        for (const auto& row : table.rows)
            for (const grid::Cell& cell : row)
                if (numbers.size() < k_mark_sample && !cell.spanned &&
                    cell.text.find_first_of("0123456789") != std::string::npos)
                    numbers.push_back(pricing::number_text(cell.text));
    return pricing::decimal_mark_of(numbers, pricing::Mark::unknown);
}

// `home`: the currency of the sender's country (what "¥" means may depend on it).
pricing::TableContext context_for(std::string_view text, const std::vector<grid::Table>& tables,
                                  DocKind kind, bool proforma, std::string_view home) {
    pricing::TableContext context;
    context.yen = pricing::yen_meaning(text, home);
    context.terms = context_of(text, context.yen);
    context.status = status_of(kind, proforma || names_proforma(title_of(text)));
    if (context.terms.currency.empty()) context.terms.currency = pricing::implied_currency(text);
    context.mark = mark_of(tables);
    if (context.mark == pricing::Mark::unknown)
        context.mark = pricing::usual_mark(context.terms.currency);
    if (kind == DocKind::price_notice) context.percent = pricing::percent_change(text);
    context.list_discount = pricing::list_discount(text);
    context.unit = pricing::stated_unit(text);
    return context;
}

// Whether a text and its tables can yield a price item at all: the cheap gate before the
// context and the readers run (most mail and most attachments name no price).
//
// Why it is conservative: every item's price is read by one of two functions, and both need
// an ASCII digit in what they read (parsers/pricing/, read only here):
// - tables (read_table and its header-less read_line_items) read a price with read_money on
//   one cell or on words of one row, and read_money starts at the first ASCII digit
//   (number_span). Full-width digits are read only behind an ASCII one. Before that,
//   repair_ocr may turn O o l I | into 0 or 1, but only beside a digit, '.' or ','; in a cell
//   without a digit the first repaired letter therefore stands beside '.' or ',', and the value
//   has a non-zero digit (one that is all 0 and '.' is no price) only from l, I or |.
// - prose (read_prose) finds prices with money_in at ASCII digits of arabic_amounts(text),
//   which writes digits only for a run of Chinese numerals holding a capital one (壹 ... 仟).
// So a text with neither ASCII digits nor capital numerals, in tables none of whose cells holds
// a digit or such an OCR pattern, gives no item on any path.
bool has_ascii_digit(std::string_view text) {
    // A byte loop: find_first_of with a set of ten calls memchr once per byte of the text.
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool has_capital_numeral(std::string_view text) {
    static constexpr std::string_view k_capitals[] = {
        "壹", "贰", "貳", "叁", "參", "肆", "伍", "陆", "陸", "柒", "捌", "玖", "拾", "佰", "仟"};
    return std::any_of(std::begin(k_capitals), std::end(k_capitals),
                       [&](std::string_view c) { return text.find(c) != std::string_view::npos; });
}

// A cell that repair_ocr can turn into a non-zero number without holding a digit.
bool ocr_number_shape(std::string_view cell) {
    auto letter = [](char c) { return c == 'O' || c == 'o' || c == 'l' || c == 'I' || c == '|'; };
    bool one = cell.find_first_of("lI|") != std::string_view::npos;
    for (size_t i = 0; one && i < cell.size(); ++i)
        if ((cell[i] == '.' || cell[i] == ',') &&
            ((i > 0 && letter(cell[i - 1])) || (i + 1 < cell.size() && letter(cell[i + 1]))))
            return true;
    return false;
}

bool may_state_prices(std::string_view text, const std::vector<grid::Table>& tables) {
    if (has_ascii_digit(text) || has_capital_numeral(text)) return true;
    for (const grid::Table& table : tables)
        for (const auto& row : table.rows)
            for (const grid::Cell& cell : row)
                if (has_ascii_digit(cell.text) || ocr_number_shape(cell.text)) return true;
    return false;
}

// Arabic-Indic digits (٠-٩, Persian ۰-۹) and the Arabic decimal and group marks (٫ ٬) as
// ASCII, before anything reads a number: "١٬٢٥٠٫٠٠" is 1,250.00. Other text stays as it is.
bool has_arabic_digit(std::string_view text) {
    // U+0660-0669 and U+066B-066C are D9 A0-AC, U+06F0-06F9 are DB B0-B9 in UTF-8. A byte loop:
    // find_first_of with a set calls memchr once per byte (2 % of an import's instructions).
    for (size_t at = 0; at + 1 < text.size(); ++at) {
        char lead = text[at];
        if (lead != '\xD9' && lead != '\xDB') continue;
        auto next = static_cast<unsigned char>(text[at + 1]);
        if (lead == '\xD9' ? (next >= 0xA0 && next <= 0xAC && next != 0xAA)
                           : (next >= 0xB0 && next <= 0xB9))
            return true;
    }
    return false;
}

std::string western_digits(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    size_t pos = 0;
    while (pos < text.size()) {
        char32_t c = utf8::next(text, pos);
        c = pricing::ascii_digit(c);
        if (c == U'\u066B') c = U'.';
        if (c == U'\u066C') c = U',';
        utf8::append(out, c);
    }
    return out;
}

bool has_arabic_digit(const std::vector<grid::Table>& tables) {
    for (const grid::Table& table : tables)
        for (const auto& row : table.rows)
            for (const grid::Cell& cell : row)
                if (has_arabic_digit(cell.text)) return true;
    return false;
}

void with_western_digits(std::string& text, std::vector<grid::Table>& tables) {
    if (has_arabic_digit(text)) text = western_digits(text);
    for (grid::Table& table : tables)
        for (auto& row : table.rows)
            for (grid::Cell& cell : row)
                if (has_arabic_digit(cell.text)) cell.text = western_digits(cell.text);
}

// A sheet or table named for goods no longer sold ("Udgåede varer", "Discontinued items",
// "停产型号", words.txt [discontinued]): its prices are no offer.
bool discontinued(const grid::Table& table) {
    static const pricing::WordSet k_words(pricing::word_lists()["discontinued"]);
    return !table.where.empty() && k_words.any_in(pricing::fold(table.where));
}

// Tables first; a text whose tables state no price may state them in sentences.
std::vector<PriceItem> read_all(const std::vector<grid::Table>& tables, std::string_view text,
                                const pricing::TableContext& context) {
    std::vector<PriceItem> items;
    // One table carries no header from a page before it: read in place, not copied (the copy
    // of a large CSV's cells was 9 MB of a 2-worker import's peak heap).
    std::vector<grid::Table> carried;
    if (tables.size() > 1) carried = pricing::with_carried_headers(tables, context.yen);
    for (const grid::Table& table : tables.size() > 1 ? carried : tables) {
        if (discontinued(table)) continue;
        auto found = pricing::read_table(table, context);
        items.insert(items.end(), std::make_move_iterator(found.begin()),
                     std::make_move_iterator(found.end()));
    }
    // "Model No.: …" / "FOB Price: …" blocks, one per item: read as a table when they name
    // their products.
    for (const grid::Table& table :
         items.empty() ? grid::label_blocks(text) : std::vector<grid::Table>{}) {
        auto found = pricing::read_table(table, context);
        std::erase_if(found, [](const PriceItem& item) {
            return item.product.empty() && item.model.empty();
        });
        items.insert(items.end(), std::make_move_iterator(found.begin()),
                     std::make_move_iterator(found.end()));
    }
    // A price matrix (sizes by materials) names its goods and terms in the sentence above.
    if (items.empty() && !tables.empty()) {
        std::string goods = pricing::goods_of_prices(text);
        for (const grid::Table& table : tables) {
            auto found = pricing::read_matrix(table, context, goods);
            items.insert(items.end(), std::make_move_iterator(found.begin()),
                         std::make_move_iterator(found.end()));
        }
    }
    if (items.empty()) items = pricing::read_prose(text, context);
    // "EUR/mt", "$124.00/M": what such a unit means depends on the whole document.
    pricing::settle_units(items, text);
    return items;
}

// The currency of the sender's country, "" when unknown.
std::string sender_home(const Message& message) {
    return message.from.empty() ? std::string()
                                : pricing::home_currency(message.from.front().address);
}

// The body's own text (without quoted earlier mail) and its tables, as the readers see them.
std::pair<std::string, std::vector<grid::Table>> body_text_and_tables(const Message& message) {
    Forwarding forwarding = passes_on_others_offer(message.text) ? Forwarding::others_offer
                            : forwards(message.subject)          ? Forwarding::subject_says
                                                                 : Forwarding::none;
    std::string text = fresh_part(message.text, forwarding);
    std::vector<grid::Table> tables = grid::html_tables(fresh_html(message.html, forwarding));
    if (tables.empty()) tables = grid::text_tables(text);
    with_western_digits(text, tables);
    return {std::move(text), std::move(tables)};
}

pricing::TableContext body_context(const Message& message, std::string_view text,
                                   const std::vector<grid::Table>& tables, DocKind kind) {
    pricing::TableContext context =
        context_for(text, tables, kind, names_proforma(message.subject), sender_home(message));
    // The subject names terms too ("Quotation FOB Ningbo"); the body says more, so it wins.
    PriceContext subject = context_of(message.subject, context.yen);
    if (context.terms.currency.empty()) context.terms.currency = subject.currency;
    if (context.terms.incoterm.empty()) context.terms.incoterm = subject.incoterm;
    return context;
}

std::vector<PriceItem> body_prices(const Message& message, DocKind kind,
                                   const std::vector<pricing::ColumnChoice>& choices) {
    auto [text, tables] = body_text_and_tables(message);
    if (!may_state_prices(text, tables)) return {};
    pricing::TableContext context = body_context(message, text, tables, kind);
    context.column_choices = choices;
    std::vector<PriceItem> items = read_all(tables, text, context);
    // "Re: KD-BV2-DN25 3000pcs" over "Ok USD 6.60 FOB for 3000pcs": a reply's one price that
    // names nothing is for the one part its subject names.
    if (items.empty() && tables.empty())
        if (std::string named = answer_to_subject_part(text, message.subject); !named.empty())
            items = read_all(tables, named, context);
    return items;
}

// The document with its digits of other scripts as ASCII ones, as the readers want them.
Document with_western_digits(const Document& document) {
    Document western = document;
    with_western_digits(western.text, western.tables);
    return western;
}

std::vector<PriceItem> read_document_prices(const Document& document, int attachment, DocKind kind,
                                            bool proforma, std::string_view home,
                                            const std::vector<pricing::ColumnChoice>& choices) {
    if (has_arabic_digit(document.text) || has_arabic_digit(document.tables))
        return read_document_prices(with_western_digits(document), attachment, kind, proforma, home,
                                    choices);
    if (!may_state_prices(document.text, document.tables)) return {};
    pricing::TableContext context =
        context_for(document.text, document.tables, kind, proforma, home);
    context.column_choices = choices;
    std::vector<PriceItem> items = read_all(document.tables, document.text, context);
    for (PriceItem& item : items)
        item.attachment = attachment;
    return items;
}

bool proforma_attachment(const Message& message, size_t i) {
    return names_proforma(message.attachments[i].filename) || names_proforma(message.subject);
}

// The languages a message's scans are most likely in: its own (Chinese first when it writes
// Chinese, Traditional when it writes Traditional), English too.
std::string ocr_languages_for(const Message& message) {
    std::string text = message.subject + "\n" + std::string(utf8::truncate(message.text, 8000));
    for (const Attachment& a : message.attachments)
        text += "\n" + a.filename;
    if (!pricing::has_han(text)) return "eng";
    return pricing::implied_currency(text) == "CNY" ? "chi_sim+eng" : "chi_tra+chi_sim+eng";
}

// body_states_prices() without its memo of the answer; the items it reads go to memo->items.
bool body_states_prices_once(const Message& message, BodyQuote* memo) {
    // Most mail names no price: a cheap look before the table and prose readers run.
    std::string_view text = utf8::truncate(message.text, 64000);
    if (!has_ascii_digit(text) && !has_arabic_digit(text)) return false;
    // One pass for all the marks, not one search per mark.
    static const WordMatcher k_money(k_money_marks);
    bool money = false;
    k_money.each(utf8::ascii_lower(text), [&](size_t, size_t) {
        money = true;
        return false; // one is enough
    });
    if (!(money || pricing::detail::mentions_prices(text))) return false;
    std::vector<PriceItem> read;
    if (!memo || !memo->items) read = body_prices(message, DocKind::quote, {});
    const std::vector<PriceItem>& items = memo && memo->items ? *memo->items : read;
    bool states = std::any_of(items.begin(), items.end(), [](const PriceItem& item) {
        return !item.model.empty() || !item.product.empty();
    });
    if (memo && !memo->items) memo->items = std::move(read);
    return states;
}

} // namespace

bool states_prices(DocKind kind) {
    return kind == DocKind::quote || kind == DocKind::contract || kind == DocKind::order ||
           kind == DocKind::price_notice;
}

bool body_states_prices(const Message& message, BodyQuote* memo) {
    if (memo && memo->states) return *memo->states;
    bool states = body_states_prices_once(message, memo);
    if (memo) memo->states = states;
    return states;
}

std::vector<PriceItem> extract_from_document(const Document& document, int attachment,
                                             DocKind kind) {
    return read_document_prices(document, attachment, kind, false, "", {});
}

std::vector<Document> read_documents(const Message& message, const DocumentLimits& limits) {
    DocumentLimits bounds = limits;
    if (bounds.ocr_languages.empty()) bounds.ocr_languages = ocr_languages_for(message);
    std::vector<Document> documents;
    documents.reserve(message.attachments.size());
    for (const Attachment& attachment : message.attachments)
        documents.push_back(read_document(attachment, bounds));
    return documents;
}

namespace {

// Items whose document and mail name no currency take the sender's country's ("7,10" in a
// Spanish supplier's CSV export is in euros); items under a sign the reader does not know go.
// "kr" (money.cpp reads it as the code "kr") is the krone or krona of the sender's country;
// from anywhere else it could be any of them, and no price beats a wrong one.
std::vector<PriceItem> with_home_currency(std::vector<PriceItem> items, const Message& message) {
    std::string home = sender_home(message);
    bool krone = home == "NOK" || home == "DKK" || home == "SEK" || home == "ISK";
    std::erase_if(items, [&](PriceItem& item) {
        if (item.currency == pricing::k_unknown_currency) return true; // a sign no one read
        if (item.currency.empty()) item.currency = home;
        if (item.currency != "kr") return false;
        item.currency = krone ? home : "";
        return !krone;
    });
    return items;
}

// "$" alone from a country whose money is a peso written "$" ("$7.900" from Chile) is that
// peso, not the US dollar. Where the mail writes US dollars as well, a bare "$" could be
// either, and no price beats a wrong one: such an item goes.
std::vector<PriceItem> with_peso_sign(std::vector<PriceItem> items, const Message& message,
                                      const std::vector<Document>& documents) {
    if (message.from.empty()) return items;
    std::string peso = pricing::dollar_sign_peso(message.from.front().address);
    auto bare = [](const PriceItem& item) {
        return item.currency == "USD" && item.line.find('$') != std::string::npos &&
               !pricing::names_us_dollar(item.line);
    };
    if (peso.empty() || std::none_of(items.begin(), items.end(), bare)) return items;
    bool us = pricing::names_us_dollar(message.subject) || pricing::names_us_dollar(message.text) ||
              std::any_of(documents.begin(), documents.end(), [](const Document& document) {
                  return pricing::names_us_dollar(document.text);
              });
    if (us) {
        std::erase_if(items, bare);
        return items;
    }
    // Read as dollars, "$8.450" was 8.450; the peso writes its decimals after a comma, so the
    // dot grouped thousands: 8450. Any other dot in the number leaves it unknown.
    bool comma = pricing::usual_mark(peso) == pricing::Mark::comma;
    std::erase_if(items, [&](PriceItem& item) {
        if (!bare(item)) return false;
        item.currency = peso;
        size_t dot = item.unit_price.find('.');
        if (!comma || dot == std::string::npos) return false;
        if (item.unit_price.size() - dot - 1 != 3) return true;
        item.unit_price.erase(dot, 1);
        return false;
    });
    return items;
}

// The same prices in two files of one mail (the quote as XLSX and as PDF): one item per
// product and price, the first file's, given what the other file says and it lacks (the unit
// a PDF's crowded columns lost). Rows of one file are never merged: they may be tiers.
std::vector<PriceItem> without_restated(std::vector<PriceItem> items) {
    std::vector<PriceItem> out;
    out.reserve(items.size());
    for (PriceItem& item : items) {
        auto kept = std::find_if(out.begin(), out.end(), [&](const PriceItem& earlier) {
            return earlier.attachment != item.attachment &&
                   earlier.product_key == item.product_key &&
                   earlier.unit_price == item.unit_price && earlier.currency == item.currency;
        });
        if (kept == out.end()) {
            out.push_back(std::move(item));
            continue;
        }
        if (kept->unit.empty()) kept->unit = item.unit;
        if (kept->quantity.empty()) kept->quantity = item.quantity;
    }
    return out;
}

std::vector<PriceItem> message_prices(const Message& message, DocKind kind,
                                      const std::vector<Document>& documents, const BodyQuote* body,
                                      const std::vector<pricing::ColumnChoice>& choices) {
    std::vector<PriceItem> items;
    for (size_t i = 0; i < message.attachments.size() && i < documents.size(); ++i) {
        DocKind attached = message.attachments[i].kind;
        if (!states_prices(attached)) continue;
        auto found =
            read_document_prices(documents[i], static_cast<int>(i), attached,
                                 proforma_attachment(message, i), sender_home(message), choices);
        items.insert(items.end(), std::make_move_iterator(found.begin()),
                     std::make_move_iterator(found.end()));
    }
    // A table in the body of a mail that carries its quote as a file restates that file
    // (often with fewer columns): the file is the quote, the body is not read a second time.
    if (!items.empty() || !states_prices(kind)) return without_restated(std::move(items));
    // Read as a quote, the body's items are the ones deciding the kind already read (without
    // the customer's column choices: read again when there are any).
    if (kind == DocKind::quote && body && body->items && choices.empty()) return *body->items;
    return body_prices(message, kind, choices);
}

} // namespace

std::vector<PriceItem> extract_message_prices(const Message& message, DocKind kind,
                                              const std::vector<Document>& documents,
                                              const BodyQuote* body,
                                              const std::vector<pricing::ColumnChoice>& choices) {
    return with_peso_sign(
        with_home_currency(message_prices(message, kind, documents, body, choices), message),
        message, documents);
}

std::optional<pricing::ColumnChoice> implied_price_column(const Message& message, DocKind kind,
                                                          const std::vector<Document>& documents,
                                                          const PriceItem& item,
                                                          std::string_view corrected) {
    std::string text;
    std::vector<grid::Table> tables;
    pricing::TableContext context;
    if (item.attachment < 0) {
        std::tie(text, tables) = body_text_and_tables(message);
        context = body_context(message, text, tables, kind);
    } else {
        auto i = static_cast<size_t>(item.attachment);
        if (i >= documents.size() || i >= message.attachments.size()) return std::nullopt;
        Document document = with_western_digits(documents[i]);
        context = context_for(document.text, document.tables, message.attachments[i].kind,
                              proforma_attachment(message, i), sender_home(message));
        tables = std::move(document.tables);
    }
    for (const grid::Table& table : pricing::with_carried_headers(tables, context.yen))
        if (auto choice = pricing::implied_choice(table, item.line, corrected, context))
            return choice;
    return std::nullopt;
}

} // namespace mailclerk::parsers
