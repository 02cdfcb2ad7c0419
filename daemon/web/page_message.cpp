// GET /messages/<id>: headers, text, the HTML part (sanitised, in a sandboxed frame served by
// /messages/<id>/html under its own CSP), attachments and the raw .eml. Every view and download
// is written to the audit log before anything is served.
#include <fmt/format.h>

#include "common/utf8.hpp"
#include "daemon/web/app.hpp"
#include "daemon/web/sanitize.hpp"
#include "parsers/mime.hpp"

namespace mailclerk::web {
namespace {

struct Loaded {
    store::MessageDetail detail;
    std::string raw;
    std::string path;
};

// The message if it exists and the viewer sees it, with its raw bytes from the first archive
// file that resolves inside the root. An unseen message is "not found", as if it did not exist.
std::optional<Loaded> load(Page& page, int64_t id, Response& failure) {
    auto detail = page.index.message_detail(id);
    if (!detail) {
        failure = page.error(500, "error");
        return std::nullopt;
    }
    if (!*detail || !page.access.sees_message((*detail)->customer_ids)) {
        failure = page.error(404, "not_found");
        return std::nullopt;
    }
    for (const std::string& path : (*detail)->paths) {
        auto raw = read_archived(page.app.settings().archive_root, path);
        if (raw) return Loaded{std::move(**detail), std::move(*raw), path};
    }
    failure = page.error(404, "not_found");
    return std::nullopt;
}

std::string customers_of(const Page& page, const store::MessageDetail& m) {
    std::string out;
    for (int64_t id : m.customer_ids)
        if (const auto* row = page.snapshot->by_id(id); row && page.access.sees_customer(id))
            out += customer_link(*row) + " ";
    return out.empty() ? escape(page.t("unmatched")) : out;
}

std::string joined_slugs(const store::MessageDetail& m) {
    std::string out;
    for (const std::string& slug : m.customer_slugs)
        out += (out.empty() ? "" : ",") + slug;
    return out;
}

std::string header_rows(const Page& page, const store::MessageDetail& m) {
    std::string to, cc;
    for (const auto& [role, who] : m.addresses) {
        if (role == "to") to += (to.empty() ? "" : ", ") + who;
        if (role == "cc") cc += (cc.empty() ? "" : ", ") + who;
    }
    std::string rows =
        fmt::format("<dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd>",
                    escape(page.t("from")), escape(m.from), escape(page.t("to")), escape(to),
                    escape(page.t("date")), escape(date_text(m.date)));
    if (!cc.empty())
        rows += fmt::format("<dt>{}</dt><dd>{}</dd>", escape(page.t("cc")), escape(cc));
    rows +=
        fmt::format("<dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{} {}</dd>", escape(page.t("customer")),
                    customers_of(page, m), escape(page.t("direction")),
                    direction_badge(page, m.direction), kind_label(page, m.kind));
    return "<dl class=\"headers\">" + rows + "</dl>";
}

std::string attachment_list(const Page& page, const store::MessageDetail& m) {
    if (m.attachments.empty()) return "";
    std::string items;
    for (const auto& a : m.attachments) {
        if (is_technical(a)) {
            items += fmt::format("<li class=\"technical\">{} <small>{} · {} B</small></li>",
                                 escape(a.content_type), escape(page.t("technical_part")), a.size);
            continue;
        }
        std::string name =
            a.filename.empty() ? "attachment-" + std::to_string(a.idx + 1) : a.filename;
        items += fmt::format("<li><a class=\"file\" href=\"/messages/{}/attachments/{}\" "
                             "download>{}</a> <small>{} · {} B</small> {}</li>",
                             m.id, a.idx, escape(name), escape(a.content_type), a.size,
                             kind_label(page, a.kind));
    }
    return "<section><h2>" + escape(page.t("attachments")) + "</h2><ul class=\"attachments\">" +
           items + "</ul></section>";
}

} // namespace

Response message_page(Page& page, int64_t id) {
    Response failure;
    auto loaded = load(page, id, failure);
    if (!loaded) return failure;
    const store::MessageDetail& m = loaded->detail;
    parsers::Message parsed = parsers::parse_message(loaded->raw);
    if (!page.audit("view-message", m.sha256, joined_slugs(m), loaded->path))
        return page.error(500, "error");
    std::string body = "<h1>" + escape(m.subject.empty() ? "—" : m.subject) + "</h1>" +
                       header_rows(page, m) + attachment_list(page, m);
    std::string text = "<pre class=\"body\">" +
                       escape(parsed.text.empty() ? page.t("no_text") : parsed.text) + "</pre>";
    if (!parsed.html.empty()) {
        SanitizedHtml clean = sanitize_html(parsed.html);
        std::string blocked =
            clean.remote_blocked > 0
                ? "<p class=\"notice blocked\">" + escape(page.t("remote_blocked")) + "</p>"
                : "";
        body += fmt::format("<section><h2>{}</h2>{}<iframe class=\"mail-html\" "
                            "src=\"/messages/{}/html\" sandbox=\"allow-popups "
                            "allow-popups-to-escape-sandbox\" referrerpolicy=\"no-referrer\" "
                            "title=\"{}\"></iframe></section><details><summary>{}</summary>{}"
                            "</details>",
                            escape(page.t("html_view")), blocked, m.id, escape(page.t("html_view")),
                            escape(page.t("text_view")), text);
    } else {
        body += "<section><h2>" + escape(page.t("text_view")) + "</h2>" + text + "</section>";
    }
    body += fmt::format("<p class=\"downloads\"><a href=\"/messages/{}/raw\" download>{}</a></p>",
                        m.id, escape(page.t("raw")));
    return page.html(m.subject.empty() ? "—" : m.subject, body);
}

Response message_html(Page& page, int64_t id) {
    Response failure;
    auto loaded = load(page, id, failure);
    if (!loaded) return failure;
    parsers::Message parsed = parsers::parse_message(loaded->raw);
    if (!page.audit("view-html", loaded->detail.sha256, joined_slugs(loaded->detail), loaded->path))
        return page.error(500, "error");
    Response response;
    response.frameable_by_self = true;
    response.body = "<!doctype html><html><head><meta charset=\"utf-8\"></head><body>" +
                    sanitize_html(parsed.html).html + "</body></html>";
    return response;
}

Response message_raw(Page& page, int64_t id) {
    Response failure;
    auto loaded = load(page, id, failure);
    if (!loaded) return failure;
    if (!page.audit("download-raw", loaded->detail.sha256, joined_slugs(loaded->detail),
                    loaded->path))
        return page.error(500, "error");
    Response response;
    response.content_type = "message/rfc822";
    response.headers.emplace_back(
        "Content-Disposition",
        content_disposition(loaded->detail.sha256.substr(0, 12) + ".eml", false));
    response.body = std::move(loaded->raw);
    return response;
}

Response attachment_download(Page& page, int64_t id, int64_t idx) {
    auto detail = page.index.message_detail(id);
    if (!detail) return page.error(500, "error");
    if (!*detail || !page.access.sees_message((*detail)->customer_ids))
        return page.error(404, "not_found");
    for (const auto& a : (*detail)->attachments) {
        if (a.idx != idx) continue;
        for (const std::string& path : a.paths) {
            auto bytes = read_archived(page.app.settings().archive_root, path);
            if (!bytes) continue;
            std::string name =
                a.filename.empty() ? "attachment-" + std::to_string(idx + 1) : a.filename;
            if (!page.audit("download-attachment", (*detail)->sha256, joined_slugs(**detail), path))
                return page.error(500, "error");
            Response response;
            // Never rendered by the browser as ours: an HTML or SVG attachment stays a file.
            response.content_type = "application/octet-stream";
            response.headers.emplace_back("Content-Disposition", content_disposition(name, false));
            response.body = std::move(*bytes);
            return response;
        }
    }
    return page.error(404, "not_found");
}

} // namespace mailclerk::web
