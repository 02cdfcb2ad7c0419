#pragma once
// The text and tables of an attachment: PDF (poppler, layout kept), XLSX, DOCX, CSV, TXT and
// HTML, for the full-text index and for price extraction. Bounded: input size, output text,
// pages and wall time are capped; a document that cannot be read yields a flag, never an
// error or an exception.
#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/message.hpp"
#include "parsers/prices.hpp"

namespace mailclerk::parsers {

enum class DocFormat { none, text, html, csv, xlsx, docx, pdf };

struct DocumentLimits {
    size_t max_input = 32u << 20;              // larger attachments are not read (flag "too-large")
    size_t max_text = 1u << 20;                // text beyond this is cut (flag "truncated")
    size_t max_pages = 500;                    // PDF pages read
    std::chrono::milliseconds max_time{10000}; // per document; then flag "timeout"
};

struct Document {
    DocFormat format = DocFormat::none;
    std::string text;          // valid UTF-8, at most max_text bytes; tables as tab-separated rows
    std::vector<Table> tables; // grid tables (HTML, CSV, XLSX sheets, DOCX); PDF/TXT have none
    std::string flag; // "" when read fully; "too-large", "truncated", "timeout", "unreadable"
};

// Which reader an attachment needs, from its content type and file name.
DocFormat document_format(const Attachment& attachment);

// Read one attachment. Never throws; formats it does not read give DocFormat::none.
Document read_document(const Attachment& attachment, const DocumentLimits& limits = {});

// Bytes of unknown charset as UTF-8: a BOM decides, else valid UTF-8, else the charset
// uchardet detects (GBK, Big5, Shift_JIS, Windows-1252 ...).
std::string decode_text(std::string_view bytes);

// Format-specific readers (document_*.cpp), for read_document.
Document read_pdf(std::string_view bytes, const DocumentLimits& limits);
Document read_docx(std::string_view bytes, const DocumentLimits& limits);
Document read_html_document(std::string_view bytes, const DocumentLimits& limits);
Document read_csv(std::string_view bytes, const DocumentLimits& limits);
// The tables of an HTML document (UTF-8), each as rows of cell texts; nested tables separately.
std::vector<Table> html_tables(std::string_view html);

// The items of one document: its grid tables, else its text (PDF, TXT), with the document's
// own currency, incoterm and validity as context. attachment indexes the items.
std::vector<PriceItem> extract_from_document(const Document& document, int attachment);

// The documents of a message: documents[i] is message.attachments[i] read (bounded).
std::vector<Document> read_documents(const Message& message, const DocumentLimits& limits = {});

// The price items of a message of this kind: the documents of its attachments of kind quote,
// else its own text (without quoted earlier mail) when the message is a quote. A message or
// attachment of any other kind yields nothing: an invoice total is not a price item.
std::vector<PriceItem> extract_message_prices(const Message& message, DocKind kind,
                                              const std::vector<Document>& documents);

} // namespace mailclerk::parsers
