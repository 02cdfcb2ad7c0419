#pragma once
// Price items: the value type every module sees (parsers/pricing/price_item.hpp) and the entry
// points for plain cell grids and plain text. The reading itself lives in parsers/pricing/
// (header lexicons, decimal conventions, the arithmetic judge, prose); the grids in
// parsers/grid/. Callers decide which texts state prices: nothing here looks at document kinds.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/pricing/price_item.hpp"

namespace mailclerk::parsers {

using pricing::ColumnChoice;
using pricing::PriceContext;
using pricing::PriceItem;

// The context named in free text (the header block of a sheet, the prose of a mail). `yen` is
// what "¥" means there (pricing::yen_meaning); "" decides it from the text alone.
PriceContext context_of(std::string_view text, std::string_view yen = "");

// A grid of cell texts (rows of equal or unequal length).
using Table = std::vector<std::vector<std::string>>;

std::vector<PriceItem> extract_from_table(const Table& table, const PriceContext& context);
// Plain text (UTF-8): every aligned, tab-separated or '|' table with a price header.
std::vector<PriceItem> extract_from_text(std::string_view text, const PriceContext& context);
// Plain text: the prices its sentences state ("DN50球阀单价118元/只").
std::vector<PriceItem> extract_from_prose(std::string_view text, const PriceContext& context);

// The part of a mail body its author wrote: stops at "-----Original Message-----", Outlook's
// "From:/Sent:" block, "On ... wrote:", "在 ... 写道：", "原始邮件"; drops '>' lines. A mail
// forwarded inline ("---------- Forwarded message ---------") is the sender's own message: its
// header block is dropped and its text kept.
// Forwarding::subject_says ("FW: Quotation S00468"): the first quoted mail is the one forwarded
// (Outlook forwards under the same "From:/Sent:" block it quotes replies with), so it is kept
// as the sender's own message, without its header block, up to the next quoted mail.
// Forwarding::others_offer: the mail forwarded inline is another seller's offer passed on for
// comparison (passes_on_others_offer), so the part stops at its forward line.
enum class Forwarding { none, subject_says, others_offer };
std::string fresh_part(std::string_view body, Forwarding forwarding = Forwarding::none);

// "FYI - this is what another vendor offered. Can you beat it?": does the text above the body's
// first inline forward call the forwarded mail another seller's offer (words.txt
// [others_offer])? Its prices are then no price of this mail's counterpart.
bool passes_on_others_offer(std::string_view body);

// A short reply whose one price names no product, under a subject naming exactly one part code
// ("Re: KD-BV2-DN25 3000pcs" over "Ok USD 6.60 FOB for 3000pcs"): `fresh` with that price's
// line read as naming the part. "" when the subject names no part or several, the body names a
// part of its own, or more than one of its lines states money. The caller asks only when the
// body as written names no product.
std::string answer_to_subject_part(std::string_view fresh, std::string_view subject);

// The senders of the mails forwarded inline in a body: the "From:" line (in the languages mail
// programs write it) of the header block after each "---------- Forwarded message ---------"
// intro, as written ("Kovács Péter <kovacs.peter@tiszaiszerszam.hu>").
std::vector<std::string> forwarded_senders(std::string_view body);

// A message's own text read as a quote, kept so that it is read once: deciding the kind asks
// whether the body states prices (body_states_prices), extracting a quote's prices then takes
// the same items (extract_message_prices). Valid for the one message it was filled from.
struct BodyQuote {
    std::optional<bool> states;                  // body_states_prices(), once asked
    std::optional<std::vector<PriceItem>> items; // the body's items read as a quote, once read
};

} // namespace mailclerk::parsers
