// The entry points of parsers/prices.hpp over the table layer (parsers/grid/) and the price
// reader (parsers/pricing/); and what part of a mail body its author wrote.
#include "parsers/prices.hpp"

#include <algorithm>
#include <vector>

#include "common/utf8.hpp"
#include "parsers/grid/text_table.hpp"
#include "parsers/pricing/lexicon.hpp"
#include "parsers/pricing/list_label.hpp"
#include "parsers/pricing/money.hpp"
#include "parsers/pricing/product.hpp"
#include "parsers/pricing/prose.hpp"
#include "parsers/pricing/table_reader.hpp"
#include "parsers/pricing/words.hpp"

namespace mailclerk::parsers {
namespace {

pricing::TableContext table_context(const PriceContext& context) {
    pricing::TableContext out;
    out.terms = context;
    return out;
}

bool is_quote_intro(std::string_view line) {
    std::string_view t = utf8::trim(line);
    // Every such mark holds "-----": most lines hold none and are not searched for each.
    bool dashes = t.find("-----") != std::string_view::npos;
    for (std::string_view mark : {"-----Original Message-----", "-----Ursprüngliche Nachricht-----",
                                  "-----Messaggio originale-----", "-----Mensaje original-----",
                                  "-----Message d'origine-----", "-----Oorspronkelijk bericht-----",
                                  "-----Mensagem original-----", "-----Wiadomość oryginalna-----"})
        if (dashes && t.find(mark) != std::string_view::npos) return true;
    if (t.find("原始邮件") != std::string_view::npos ||
        t.find("原始郵件") != std::string_view::npos)
        return true;
    // Outlook's separator line above the quoted message's header block.
    if (t.size() >= 20 && t.find_first_not_of('_') == std::string_view::npos) return true;
    // "On … wrote:" and its translations ("Op … schreef …:", "Le … a écrit :", "Il … ha
    // scritto:", "El … escribió:", "Em … escreveu:", "Am … schrieb …:").
    bool wrote = t.ends_with(":") &&
                 ((t.starts_with("On ") && t.find(" wrote") != std::string_view::npos) ||
                  (t.starts_with("Op ") && t.find(" schreef ") != std::string_view::npos) ||
                  (t.starts_with("Le ") && t.find(" a écrit") != std::string_view::npos) ||
                  (t.starts_with("Il ") && t.find(" ha scritto") != std::string_view::npos) ||
                  (t.starts_with("El ") && t.find(" escribió") != std::string_view::npos) ||
                  (t.starts_with("Em ") && t.find(" escreveu") != std::string_view::npos) ||
                  (t.starts_with("Am ") && t.find(" schrieb ") != std::string_view::npos));
    bool chinese = t.starts_with("在") && (t.ends_with("写道：") || t.ends_with("寫道：") ||
                                           t.ends_with("写道:") || t.ends_with("寫道:"));
    // Gmail in other languages: "tir. 3. feb. 2026 kl. 10:15 skrev Kari <kari@…>:", its
    // verb anywhere in a line that names an address and ends with ':'.
    bool attributed = false;
    if (t.ends_with(":") && t.find('@') != std::string_view::npos)
        for (std::string_view verb : {" skrev ", " napsal", " írta", " a scris", " έγραψε", " כתב",
                                      " كتب", " เขียน", " menulis", " wrote"})
            attributed = attributed || t.find(verb) != std::string_view::npos;
    return wrote || chinese || attributed;
}

bool starts_with_any(std::string_view text, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
        if (text.starts_with(w)) return true;
    return false;
}

// "From: ..." in the languages mail programs write it.
bool is_from_line(std::string_view line) {
    return starts_with_any(line, {"From:", "发件人:", "发件人：", "寄件者:", "寄件者：", "發件人:",
                                  "Von:", "De:", "De :", "Da:", "Från:", "差出人:", "Van:"});
}

// "From: ..." followed by "Sent: ..." in the languages Outlook writes them.
bool is_header_block_start(std::string_view line, std::string_view next) {
    std::string_view t = utf8::trim(line), n = utf8::trim(next);
    bool from = is_from_line(t);
    if (!from) return false; // most lines: the next one is not looked at
    bool sent =
        starts_with_any(n, {"Sent:", "Date:", "发送时间", "日期", "寄件日期",
                            "To:", "Gesendet:", "Enviado:", "Enviada:", "Envoyé :", "Envoyé:",
                            "Inviato:", "Skickat:", "送信日時:", "Verzonden:", "An:"});
    return sent;
}

// "---------- Forwarded message ---------", "Begin forwarded message:": the sender passes on
// the mail below as their own message (a colleague's quote), so it is no quoted reply.
bool is_forward_intro(std::string_view line) {
    std::string_view trimmed = utf8::trim(line);
    if (trimmed.size() >= 80) return false; // a sentence, not an intro line: not lowered
    std::string lower = utf8::ascii_lower(trimmed);
    for (std::string_view mark :
         {"forwarded message", "begin forwarded message", "weitergeleitete nachricht",
          "mensaje reenviado", "message transféré", "转发的邮件", "轉寄的郵件", "转发邮件",
          "doorgestuurd bericht", "messaggio inoltrato", "mensagem encaminhada",
          "wiadomość przekazana", "iletilen ileti"})
        if (lower.find(mark) != std::string::npos) return true;
    return false;
}

// Past the separator line and header block ("From: …", "Sent: …", "To: …", "Subject: …") of
// a quoted mail starting at line `i`: the index of its last line.
size_t past_header_block(const std::vector<std::string_view>& lines, size_t i) {
    constexpr size_t k_max_fields = 8;
    constexpr size_t k_max_label = 24; // bytes before a field's colon ("发送时间:" is 13)
    if (!is_header_block_start(lines[i], i + 1 < lines.size() ? lines[i + 1] : "")) ++i;
    size_t fields = 0;
    while (i + 1 < lines.size() && fields++ < k_max_fields) {
        std::string_view next = utf8::trim(lines[i + 1]);
        size_t colon = std::min(next.find(':'), next.find("\uFF1A"));
        bool field = colon != std::string_view::npos && colon > 0 && colon <= k_max_label &&
                     next.substr(0, colon).find_first_of("0123456789") == std::string_view::npos;
        if (!field) break;
        ++i;
    }
    return i;
}

// The lines of a body as written (a "\r" stays; no empty line after a final "\n"), for the
// readers of mail structure below: pricing::split_lines differs in both.
std::vector<std::string_view> lines_of(std::string_view body) {
    std::vector<std::string_view> lines;
    for (size_t pos = 0; pos < body.size();) {
        size_t end = std::min(body.find('\n', pos), body.size());
        lines.push_back(body.substr(pos, end - pos));
        pos = end + 1;
    }
    return lines;
}

// The part codes a quoted line names ("> Your price for KD-GV-DN50 (USD 18.60 FOB) is above").
void add_codes(std::string_view line, std::vector<std::string>& codes) {
    size_t pos = 0;
    while (pos < line.size()) {
        size_t start = line.find_first_not_of(" \t>()[],;:?!", pos);
        if (start == std::string_view::npos) break;
        size_t end = std::min(line.find_first_of(" \t()[],;:?!", start), line.size());
        std::string_view word = line.substr(start, end - start);
        while (!word.empty() && word.back() == '.')
            word.remove_suffix(1);
        // "17.90/pc", "200pcs": a number and its unit, no part
        size_t number = word.find_first_not_of("0123456789.,");
        bool counted =
            number > 0 && number != std::string_view::npos &&
            word.substr(word[number] == '/' ? number + 1 : number)
                    .find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") ==
                std::string_view::npos;
        if (!counted && pricing::looks_like_model(word) && !pricing::looks_like_size(word) &&
            std::find(codes.begin(), codes.end(), word) == codes.end())
            codes.emplace_back(word);
        pos = end;
    }
}

// An answer typed between the lines of a `>`-quoted mail ("KAIDA: we can do USD 17.90/pc"
// under "> Your price for KD-GV-DN50 … Anything you can do?"): it speaks of the one part the
// quoted lines above it name, so it is read as naming that part; a short label before it (the
// writer's name) goes. An answer that names a part of its own, or under quoted lines naming
// none or several, stays as written.
std::string inline_answer(std::string_view line, const std::vector<std::string>& codes) {
    std::vector<std::string> own;
    add_codes(line, own);
    if (codes.size() != 1 || !own.empty()) return std::string(line);
    constexpr size_t k_label = 24; // bytes
    std::string_view text = utf8::trim(line);
    size_t colon = text.find(": ");
    if (colon != std::string_view::npos && colon <= k_label &&
        text.substr(0, colon).find_first_of("0123456789") == std::string_view::npos)
        text.remove_prefix(colon + 2);
    return codes.front() + " " + std::string(text);
}

// Does a word name a document ("Quotation", "PO#", "No.") or is it a document number's prefix
// ("QT" of "QT-2026-031")? words.txt [document_numbers].
bool names_a_document(std::string_view word) {
    std::string folded = utf8::ascii_lower(word);
    while (!folded.empty() && std::string_view(":#.").find(folded.back()) != std::string::npos)
        folded.pop_back();
    return pricing::is_any(folded, pricing::word_lists()["document_numbers"]);
}

// The part codes a subject names; a document's number ("Re: Quotation QT-2026-031", "PO
// 4500-A12", "INV-331") is none.
std::vector<std::string> subject_parts(std::string_view subject) {
    std::vector<std::string> codes;
    std::string_view before;
    for (size_t pos = 0; pos < subject.size();) {
        size_t end = std::min(subject.find(' ', pos), subject.size());
        std::string_view word = subject.substr(pos, end - pos);
        std::vector<std::string> own;
        add_codes(word, own);
        std::string_view prefix = word.substr(0, word.find_first_of("-_/0123456789"));
        if (!own.empty() && !names_a_document(before) && !names_a_document(prefix))
            for (std::string& code : own)
                if (std::find(codes.begin(), codes.end(), code) == codes.end())
                    codes.push_back(std::move(code));
        if (!word.empty()) before = word;
        pos = end + 1;
    }
    return codes;
}

} // namespace

PriceContext context_of(std::string_view text, std::string_view yen) {
    std::string meaning = yen.empty() ? pricing::yen_meaning(text, "") : std::string(yen);
    return {pricing::find_currency(text, meaning), pricing::find_incoterm(text),
            pricing::find_validity(text)};
}

std::string answer_to_subject_part(std::string_view fresh, std::string_view subject) {
    std::vector<std::string> codes = subject_parts(subject), own;
    if (codes.size() != 1) return {};
    std::vector<std::string_view> lines = lines_of(fresh);
    size_t priced = lines.size();
    for (size_t i = 0; i < lines.size(); ++i) {
        add_codes(lines[i], own);
        if (pricing::find_currency(lines[i]).empty()) continue;
        if (priced < lines.size()) return {}; // a second line of money
        priced = i;
    }
    if (!own.empty() || priced == lines.size()) return {};
    std::string out;
    for (size_t i = 0; i < lines.size(); ++i)
        out.append(i == priced ? inline_answer(lines[i], codes) : std::string(lines[i])) += '\n';
    return out;
}

std::vector<PriceItem> extract_from_table(const Table& table, const PriceContext& context) {
    return pricing::read_table(grid::make_table(table), table_context(context));
}

std::vector<PriceItem> extract_from_text(std::string_view text, const PriceContext& context) {
    std::vector<PriceItem> items;
    for (const grid::Table& table : grid::text_tables(text)) {
        auto found = pricing::read_table(table, table_context(context));
        items.insert(items.end(), found.begin(), found.end());
    }
    return items;
}

std::vector<PriceItem> extract_from_prose(std::string_view text, const PriceContext& context) {
    return pricing::read_prose(text, table_context(context));
}

std::vector<std::string> forwarded_senders(std::string_view body) {
    std::vector<std::string> senders;
    std::vector<std::string_view> lines = lines_of(body);
    for (size_t i = 0; i < lines.size(); ++i) {
        if (!is_forward_intro(lines[i])) continue;
        // The header block: the lines up to the first blank one.
        for (size_t j = i + 1; j < lines.size() && j < i + 8; ++j) {
            std::string_view line = utf8::trim(lines[j]);
            if (line.empty()) break;
            if (!is_from_line(line)) continue;
            size_t colon = std::min(line.find(':'), line.find("："));
            size_t width = line.compare(colon, 1, ":") == 0 ? 1 : std::string_view("：").size();
            senders.emplace_back(utf8::trim(line.substr(colon + width)));
        }
    }
    return senders;
}

namespace {

// "Please see our prices inline below": the writer answered inside the quoted mail, which is
// then theirs to read (words.txt [answers_inline]).
bool answers_inline(std::string_view fresh) {
    static const pricing::WordSet k_words(pricing::word_lists()["answers_inline"]);
    return k_words.any_in(pricing::fold(fresh));
}

// Are some lines from `from` on marked `>`, but most not: a quoted mail kept as the writer's
// (an Outlook quote), whose `>` lines are then the writer's answers, not older mail? (With no
// such line the answers are typed unmarked, "- USD 0.38/PC", and the whole quote is read.)
bool unmarked_from(const std::vector<std::string_view>& lines, size_t from) {
    size_t marked = 0, written = 0;
    for (size_t i = from; i < lines.size(); ++i) {
        std::string_view t = utf8::trim(lines[i]);
        if (t.empty()) continue;
        ++written;
        if (t.starts_with(">")) ++marked;
    }
    return marked > 0 && marked * 2 < written;
}

// An answer marked `>>` inside a quoted mail left unmarked ("1. XD-CR38 car charger, target USD
// 2.40" / ">> Best price USD 2.65/pc"): it answers the list entry above it, named by the entry's
// text before its first comma (the entry's price, a target, is the other side's), when the
// entry names a part and the answer none of its own.
std::string marked_answer(std::string_view line, std::string_view entry) {
    std::string_view text = utf8::trim(line);
    text.remove_prefix(std::min(text.find_first_not_of("> \t"), text.size()));
    std::vector<std::string> own, entry_codes;
    add_codes(text, own);
    add_codes(entry, entry_codes);
    if (!own.empty() || entry_codes.empty()) return std::string(text);
    entry.remove_prefix(pricing::detail::list_label(entry));
    std::string_view name = utf8::trim(entry.substr(0, std::min(entry.find(','), entry.size())));
    return std::string(name) + " " + std::string(text);
}

std::string read_fresh_part(std::string_view body, Forwarding forwarding) {
    std::vector<std::string_view> lines = lines_of(body);
    std::string out;
    bool forwarded = false;
    bool after_quote = false;        // a `>`-quoted line came before
    bool answers_marked = false;     // in a kept unmarked quote, `>` lines are the answers
    std::string_view entry;          // there: the last line above an answer
    std::vector<std::string> quoted; // the part codes of the quoted paragraph above
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string_view next = i + 1 < lines.size() ? lines[i + 1] : std::string_view{};
        // In a quote kept for its marked answers, only the answers are the writer's: the
        // other lines are the older mail's (its targets and asking intros), naming the answers.
        if (answers_marked) {
            std::string_view t = utf8::trim(lines[i]);
            if (t.starts_with(">")) {
                out.append(marked_answer(t, entry));
                out.push_back('\n');
            } else if (!t.empty()) {
                entry = t;
            }
            continue;
        }
        if (!forwarded && is_forward_intro(lines[i])) {
            if (forwarding == Forwarding::others_offer) break;
            // The forwarded mail's header block is skipped, its text kept.
            forwarded = true;
            while (i + 1 < lines.size() && !utf8::trim(lines[i + 1]).empty())
                ++i;
            continue;
        }
        // A `>`-quoted line is the earlier mail's, its intro line ("> On … wrote:") too; the
        // lines between such lines are the writer's answers.
        if (std::string_view t = utf8::trim(lines[i]); t.starts_with(">")) {
            after_quote = true;
            // the codes of the quoted paragraph right above an answer, not of the whole mail
            if (t.find_first_not_of("> \t") == std::string_view::npos) quoted.clear();
            add_codes(t, quoted);
            continue;
        }
        bool intro = is_quote_intro(lines[i]) || is_header_block_start(lines[i], next);
        if (intro && !forwarded &&
            (forwarding == Forwarding::subject_says || answers_inline(out))) {
            forwarded = true;
            i = past_header_block(lines, i);
            answers_marked = forwarding != Forwarding::subject_says && unmarked_from(lines, i + 1);
            continue;
        }
        if (intro) break;
        if (after_quote && !utf8::trim(lines[i]).empty()) {
            out.append(inline_answer(lines[i], quoted));
            quoted.clear();
        } else {
            out.append(lines[i]);
        }
        out.push_back('\n');
    }
    return out;
}

} // namespace

// Only the text above the first forward line speaks of what is forwarded.
bool passes_on_others_offer(std::string_view body) {
    static const pricing::WordSet k_words(pricing::word_lists()["others_offer"]);
    std::string above;
    for (std::string_view line : lines_of(body)) {
        if (is_forward_intro(line)) return k_words.any_in(pricing::fold(above));
        above += std::string(line) + "\n";
    }
    return false;
}

// Deciding a message's kind and reading its prices ask for the same body's fresh part several
// times (classify_kind, answers_inquiry, only_asks_a_price, body_prices, each on its own
// path): the thread's last answer is kept and given again for the same body, compared byte for
// byte, so that each body is read once.
std::string fresh_part(std::string_view body, Forwarding forwarding) {
    struct Last {
        bool set = false;
        Forwarding forwarding = Forwarding::none;
        std::string body;
        std::string fresh;
    };
    thread_local Last last;
    if (last.set && last.forwarding == forwarding && last.body == body) return last.fresh;
    last.set = false; // until both halves are the new body's
    last.fresh = read_fresh_part(body, forwarding);
    last.body.assign(body);
    last.forwarding = forwarding;
    last.set = true;
    return last.fresh;
}

} // namespace mailclerk::parsers
