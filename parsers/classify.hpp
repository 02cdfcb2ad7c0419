#pragma once
// The "decide" step: which customers a message belongs to, its direction and its document kind.
// Pure functions over plain structs; the config module builds MatchRules, the index answers
// thread look-ups through a callback.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/message.hpp"
#include "parsers/pricing/price_item.hpp"

namespace mailclerk::parsers {

struct BodyQuote; // parsers/prices.hpp

struct CustomerRule {
    std::string slug;
    std::string name;
    std::vector<std::string> domains;   // normalize_domain() form
    std::vector<std::string> addresses; // canonical_address() form
};

// A user's word or phrase for a document kind (config [[kind_rule]]), checked before the
// built-in table.
struct KindPattern {
    std::string pattern; // lower-case
    DocKind kind = DocKind::other;
    bool strong = false; // decides from body text too, not only subjects and file names
};

struct MatchRules {
    std::vector<CustomerRule> customers;
    std::vector<std::string> own_domains; // sub-domains are own too
    std::vector<std::string> own_addresses;
    // Matched by exact address only, unless a customer names exactly that domain. "yahoo.*"
    // covers every registrable domain whose first label is "yahoo" (yahoo.co.jp, yahoo.com.tw).
    std::vector<std::string> free_mail_domains;
    // Never matched: an exact address, or "@domain" (its sub-domains included).
    std::vector<std::string> ignore_addresses;
    // Never matched: local parts such as "noreply" (also "noreply-billing", "bounce+x").
    std::vector<std::string> role_local_parts;
    std::vector<KindPattern> kind_patterns; // extra document-kind words (config [[kind_rule]])
    // Not for matching but for reading a matched message's tables: by customer slug, the price
    // columns the rep's corrections showed (`mailclerk prices fix`, from the index).
    std::map<std::string, std::vector<pricing::ColumnChoice>> column_choices;
};

enum class Direction { inbound, outbound, internal };
const char* to_string(Direction direction);

struct CustomerMatch {
    std::string slug;
    std::string reason;      // "thread", "address", "domain" (or "manual", set by the index)
    std::string participant; // the address (or parent Message-ID) that gave the evidence
};

// An external participant (not own, not ignored) and the customer its address belongs to.
struct Participant {
    std::string address; // canonical_address() form
    std::string name;
    std::string slug;        // empty when no customer claims the address or domain
    std::string reason = {}; // "address" or "domain" when slug is set
    // Why no customer: "free-mail" (only exact addresses match), "unknown domain",
    // "ambiguous domain" (several customers claim it: see Classification::ambiguous).
    std::string note = {};
    std::string role = {}; // the first header it appeared in: "from", "to", "cc", ...
};

// A participant left out before matching, and why: "own", "ignored" or "role".
struct Excluded {
    std::string address;
    std::string why;
};

// A participant whose address or domain several customers claim: not guessed, listed for review.
struct Ambiguity {
    std::string address;
    std::string claimed;            // the address or domain the customers share
    std::vector<std::string> slugs; // the claimants, in directory order
};

struct Classification {
    Direction direction = Direction::inbound;
    std::vector<Participant> participants;
    std::vector<CustomerMatch> customers; // one entry per customer, in directory order
    std::vector<Excluded> excluded;
    std::vector<Ambiguity> ambiguous;
    DocKind kind = DocKind::other;
    bool bulk = false; // List-Id / Precedence: bulk: archived unmatched
    // An automatic answer (out of office, "we received your mail"): never a reply in a
    // conversation (is_auto_reply).
    bool auto_reply = false;
};

// Where a message was found, when that says more than its headers. Mail in a sent folder was
// sent by the mailbox's owner even when the client wrote no usable sender: Outlook's Sent Items
// in a PST carry no SMTP From, only an Exchange name.
enum class Origin { unknown, sent_folder };

// True when the last component of a folder name or path names a sent folder, in the languages
// reps' clients use: "Sent Items", "INBOX.Sent", ".Sent" (Maildir++), "Sent.mbox", "已发送邮件",
// "寄件備份", "Gesendete Elemente", ... ASCII letters compare case-insensitively.
bool is_sent_folder(std::string_view folder);

// Customers of the earlier messages with these Message-IDs (In-Reply-To, References).
using ThreadLookup = std::function<std::vector<std::string>(const std::vector<std::string>&)>;

// The default rules of ARCHITECTURE.md: thread, then exact address, then domain. Domains are
// compared on the most specific customer domain covering the participant's (sub-domains belong
// to their parent), then on the registrable domain (Public Suffix List). An exact address beats
// any domain claim. Own domains/addresses, ignored and role senders never match; free-mail
// domains match by exact address only; an address or domain claimed by several customers
// matches none of them and is reported in Classification::ambiguous. body (optional) keeps the
// message's text read as a quote for the price step, or gives it when already read.
Classification classify(const Message& message, const MatchRules& rules,
                        const ThreadLookup& thread_lookup = {}, Origin origin = Origin::unknown,
                        BodyQuote* body = nullptr);

// An automatic answer: Auto-Submitted other than "no" (RFC 3834), Precedence: auto_reply, or a
// subject an out-of-office rule writes ("Automatic reply:", "Out of Office", "自动回复", ...).
bool is_auto_reply(const Message& message);

// The document kind from a subject / file name / text, in English and Chinese.
DocKind classify_kind(std::string_view subject, std::string_view text,
                      const std::vector<KindPattern>& extra = {});
DocKind classify_attachment_kind(std::string_view filename, DocKind message_kind,
                                 const std::vector<KindPattern>& extra = {});
// The kind the opening of a document's own text names with a strong word ("QUOTATION",
// "报价单", "PROFORMA INVOICE"), or other.
DocKind classify_document_text(std::string_view text, const std::vector<KindPattern>& extra = {});

// Does the text name a document that is none of the kinds mailclerk files prices by (a delivery
// note, a packing list, a shipping advice, a market report)?
bool names_unfiled_document(std::string_view text);

// Does the subject, file name or title name a pro-forma invoice ("Proforma Invoice",
// "PI-2026-03", "形式发票")? Its kind is quote; its prices are agreed (the deal is confirmed).
bool names_proforma(std::string_view text);

// Give each attachment its kind: from its file name, else the message's kind (images without
// a telling name stay "other" unless they are the size of a page: logos and signatures are no
// documents, a scan or a photo of a price table is).
void assign_attachment_kinds(Message& message, DocKind message_kind,
                             const std::vector<KindPattern>& extra = {});

// Default free-mail domains (Chinese and international providers).
const std::vector<std::string>& default_free_mail_domains();
// Is the (normalised) domain a free-mail domain under these rules?
bool is_free_mail(const std::string& domain, const MatchRules& rules);
// Is the canonical address own, ignored or a role sender? "own", "ignored", "role" or "".
std::string exclusion_of(const std::string& address, const MatchRules& rules);
const std::vector<std::string>& default_role_local_parts();

// The subject prefixes of a reply ("RE:", "AW:", "回复") and of a forward ("FW:", "WG:", "转发"),
// lower case, from mail_words.txt.
enum class SubjectPrefix { reply, forward };
const std::vector<std::string>& subject_prefixes(SubjectPrefix kind);
// True when the subject, trimmed and ASCII-lower-cased, starts with one of the prefixes.
bool subject_starts_with(std::string_view subject, const std::vector<std::string>& prefixes);

// The subject's first prefix forwards a mail (a reply to a forward, "RE: FW: …", answers
// rather than forwards).
bool forwards(std::string_view subject);
// "quote" -> DocKind::quote; nullopt for an unknown name.
std::optional<DocKind> doc_kind_from_string(std::string_view name);

} // namespace mailclerk::parsers
