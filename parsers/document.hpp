#pragma once
// The text and tables of an attachment, for the full-text index and for price extraction:
// every format becomes text plus tables of positioned cells (parsers/grid/). PDF (word boxes;
// scanned pages through OCR), XLSX, legacy XLS, DOCX, CSV/TSV, HTML, TXT, images (OCR), ZIP
// archives and attached mails (their documents read the same way). The format is sniffed from
// the bytes first (magic numbers), then the content type and file name. Bounded: input size,
// output text, pages, OCR pages, archive members, nesting depth and wall time are capped; a
// document that cannot be read yields a flag, never an error or an exception.
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/grid/grid.hpp"
#include "parsers/message.hpp"
#include "parsers/prices.hpp"

namespace mailclerk::parsers {

enum class DocFormat {
    none,
    text,
    html,
    csv,
    xlsx,
    docx,
    pdf,
    xls,
    image,
    archive,
    message,
    ods,
    rtf,
    odt
};
const char* to_string(DocFormat format);

// Whether scans and images are read by OCR (seconds per page), left unread, or left for later:
// `later` reads everything else and marks the document Document::ocr_pending, so that mail is
// filed and searchable at once and the scan is read off the ingest path (app/ocr_queue.hpp).
enum class Ocr { off, on, later };

struct DocumentLimits {
    size_t max_input = 32u << 20;              // larger attachments are not read (flag "too-large")
    size_t max_text = 1u << 20;                // text beyond this is cut (flag "truncated")
    size_t max_pages = 500;                    // PDF pages read
    std::chrono::milliseconds max_time{10000}; // per document without OCR; then flag "timeout"
    Ocr ocr = Ocr::on;
    // Tesseract languages, most likely first ("chi_sim+eng"); "" = all installed ones we use
    // (eng+chi_sim+chi_tra). A page read with little confidence is read again with all of them.
    std::string ocr_languages;
    size_t max_ocr_pages = 10;                     // scanned pages and images OCR'd per document
    std::chrono::milliseconds max_ocr_time{90000}; // per document, OCR included
    size_t max_members = 100;                      // archive members read
    int max_depth = 3;                             // archives and mails inside each other
};

struct Document {
    DocFormat format = DocFormat::none;
    std::string text; // valid UTF-8, at most max_text bytes; table rows as tab-separated lines
    std::vector<grid::Table> tables; // every table, each named where it sits ("page 2", "Sheet1")
    // "" when read fully; "too-large", "truncated", "timeout", "unreadable", "encrypted"
    std::string flag;
    std::vector<std::string> warnings; // e.g. an OCR language that is not installed
    size_t ocr_pages = 0;              // pages and images read by OCR
    // Ocr::later: a scanned page or an image was left unread, to be OCR'd later.
    bool ocr_pending = false;
};

// Which reader an attachment needs: magic bytes first, then content type and file name.
// Images too small to be a scanned document (logos, icons) are DocFormat::none.
DocFormat document_format(const Attachment& attachment);

// Read one attachment. Never throws; formats it does not read give DocFormat::none.
Document read_document(const Attachment& attachment, const DocumentLimits& limits = {});

// Bytes of unknown charset as UTF-8: a BOM decides, else valid UTF-8, else the charset
// detected (GBK, Big5, Shift_JIS, Windows-1252 ...; parsers/charset.hpp).
std::string decode_text(std::string_view bytes);

// The items of one document read as a document of this kind: its tables, else the prices its
// text states in sentences; each item's status comes from the kind (quote: "quoted", contract:
// "agreed", order: "ordered", price notice: "notice"). attachment indexes the items.
std::vector<PriceItem> extract_from_document(const Document& document, int attachment,
                                             DocKind kind = DocKind::quote);

// The documents of a message: documents[i] is message.attachments[i] read (bounded). Scans
// are OCR'd in the languages the message is written in first (limits.ocr_languages when set).
std::vector<Document> read_documents(const Message& message, const DocumentLimits& limits = {});

// Does a document of this kind state prices (quote, contract, order, price notice)? Inquiries
// (a buyer's target price) and invoices (an invoice total) do not.
bool states_prices(DocKind kind);

// Does the message's own text (without quoted earlier mail) state prices of products, in a
// table or in sentences? A mail no word names that does is a quote. With memo, the answer and
// the items read for it are kept there, and an answer already kept is returned.
bool body_states_prices(const Message& message, BodyQuote* memo = nullptr);

// The price items of a message of this kind: the documents of its attachments whose kind
// states prices, else its own text (without quoted earlier mail) when the message's kind does.
// body: the message's text already read as a quote (body_states_prices), used when kind is quote.
// choices: the message's customers' column choices (a rep's corrections of earlier tables).
std::vector<PriceItem>
extract_message_prices(const Message& message, DocKind kind, const std::vector<Document>& documents,
                       const BodyQuote* body = nullptr,
                       const std::vector<pricing::ColumnChoice>& choices = {});

// What a rep's correction of an item this message yielded says about the layout of its table:
// the column that holds `corrected` in the item's row instead of the column it was read from
// (pricing::implied_choice). nullopt when the item came from no table (prose), or its row holds
// the price in no other column or in several.
std::optional<pricing::ColumnChoice> implied_price_column(const Message& message, DocKind kind,
                                                          const std::vector<Document>& documents,
                                                          const PriceItem& item,
                                                          std::string_view corrected);

} // namespace mailclerk::parsers
