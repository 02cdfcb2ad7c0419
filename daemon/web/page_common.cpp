// The page frame and helpers every page shares.
#include <algorithm>
#include <cstdlib>
#include <ctime>

#include <fmt/format.h>

#include "common/file_io.hpp"
#include "daemon/web/app.hpp"
#include "parsers/message.hpp"

namespace mailclerk::web {
namespace {

// The current URL with lang=<other>, for the language switch.
std::string switch_language_url(const Page& page) {
    std::string url;
    for (const std::string& segment : page.request.segments)
        url += "/" + percent_encode(segment);
    if (url.empty()) url = "/";
    std::string query;
    for (const auto& [key, value] : page.request.query)
        if (key != "lang")
            query +=
                (query.empty() ? "?" : "&") + percent_encode(key) + "=" + percent_encode(value);
    query +=
        (query.empty() ? "?" : "&") + std::string("lang=") + (page.lang == Lang::zh ? "en" : "zh");
    return url + query;
}

} // namespace

bool is_technical(const store::MessageAttachment& attachment) {
    return parsers::is_technical_part(attachment.content_type, !attachment.filename.empty());
}

Response Page::html(const std::string& title, const std::string& body, int status) const {
    const Viewer& viewer = session.viewer;
    Response response;
    response.status = status;
    response.body = fmt::format(
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta "
        "name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title} · "
        "{app}</title><link rel=\"stylesheet\" href=\"/assets/app.css\"><link rel=\"icon\" "
        "href=\"data:,\"><script "
        "src=\"/assets/app.js\" defer></script></head><body><header><nav><a class=\"brand\" "
        "href=\"/search\">{app}</a><a href=\"/today\">{today}</a><a "
        "href=\"/search\">{search}</a><a "
        "href=\"/roster\">{roster}</a><a href=\"/products\">{products}</a><span "
        "class=\"spacer\"></span><a class=\"lang\" "
        "href=\"{switch_url}\">{language}</a><span class=\"who\">{user} · {role}</span><form "
        "method=\"post\" action=\"/logout\" class=\"inline\">{csrf}<button "
        "type=\"submit\">{logout}</button></form></nav></header><main>{body}</main></body></html>",
        fmt::arg("lang", lang == Lang::zh ? "zh-CN" : "en"), fmt::arg("title", escape(title)),
        fmt::arg("app", escape(tr(lang, "app"))), fmt::arg("search", escape(tr(lang, "search"))),
        fmt::arg("roster", escape(tr(lang, "roster"))),
        fmt::arg("today", escape(tr(lang, "today"))),
        fmt::arg("products", escape(tr(lang, "products"))),
        fmt::arg("switch_url", escape(switch_language_url(*this))),
        fmt::arg("language", escape(tr(lang, "language"))), fmt::arg("user", escape(viewer.name)),
        fmt::arg("role", escape(viewer.role)), fmt::arg("csrf", csrf_field()),
        fmt::arg("logout", escape(tr(lang, "logout"))), fmt::arg("body", body));
    return response;
}

Response Page::error(int status, std::string_view key) const {
    return html(t(key), "<p class=\"notice\">" + escape(t(key)) + "</p>", status);
}

std::string Page::csrf_field() const {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(session.csrf) + "\">";
}

Status Page::audit(const std::string& action, const std::string& what, const std::string& customer,
                   const std::string& file) const {
    return app.audit_log().write(
        AuditEntry{session.viewer.name, request.client, action, what, customer, file});
}

std::string date_text(int64_t epoch_seconds) {
    if (epoch_seconds == 0) return "";
    std::time_t time = epoch_seconds;
    std::tm utc{};
    gmtime_r(&time, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

std::string customer_link(const store::CustomerRow& customer) {
    return "<a href=\"/customers/" + escape(percent_encode(customer.slug)) + "\">" +
           escape(customer.name.empty() ? customer.slug : customer.name) + "</a>";
}

std::string kind_label(const Page& page, const std::string& kind) {
    if (kind.empty() || kind == "other") return "";
    return "<span class=\"kind kind-" + escape(kind) + "\">" + escape(page.t(kind)) + "</span>";
}

std::string direction_badge(const Page& page, const std::string& direction) {
    std::string arrow = direction == "outbound" ? "→" : direction == "inbound" ? "←" : "↔";
    return "<span class=\"dir dir-" + escape(direction) + "\" title=\"" +
           escape(page.t(direction)) + "\">" + arrow + " " + escape(page.t(direction)) + "</span>";
}

Result<std::string> read_archived(const std::filesystem::path& root, const std::string& relative) {
    namespace fs = std::filesystem;
    std::error_code error;
    fs::path base = fs::weakly_canonical(root, error);
    if (error) return fail(ErrorCode::not_found, "archive root unreadable");
    fs::path given(relative);
    if (relative.empty() || given.is_absolute())
        return fail(ErrorCode::not_found, "not an archive path");
    fs::path full = fs::weakly_canonical(base / given, error);
    if (error) return fail(ErrorCode::not_found, "no such file");
    // Inside the root after every symlink is followed: compare whole path components.
    auto [root_end, full_it] = std::mismatch(base.begin(), base.end(), full.begin(), full.end());
    if (root_end != base.end() || full_it == full.end())
        return fail(ErrorCode::not_found, "outside the archive");
    return read_file(full);
}

Result<std::string> xlsx_bytes(const std::function<Status(const std::filesystem::path&)>& write) {
    namespace fs = std::filesystem;
    std::string pattern = (fs::temp_directory_path() / "mailclerk-web-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
        return fail(ErrorCode::io, "cannot make a temporary directory");
    fs::path dir(pattern);
    auto written = write(dir / "export.xlsx");
    Result<std::string> bytes = written ? read_file(dir / "export.xlsx")
                                        : Result<std::string>(tl::unexpected(written.error()));
    std::error_code ignored;
    fs::remove_all(dir, ignored);
    return bytes;
}

} // namespace mailclerk::web
