#include "daemon/extraction.hpp"

#include "common/log.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

#include "common/file_io.hpp"
#include "parsers/document.hpp"

namespace mailclerk::daemon {
namespace {

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string iso_day(const std::optional<int64_t>& seconds) {
    if (!seconds) return {};
    std::time_t t = static_cast<std::time_t>(*seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
    return buffer;
}

Status io_error(const std::string& what) {
    return fail(ErrorCode::io, what + ": " + std::strerror(errno));
}

} // namespace

Extracted extract_documents(parsers::Message& message, parsers::DocKind kind,
                            const std::vector<parsers::KindPattern>& extra) {
    Extracted out;
    std::vector<parsers::Document> documents = parsers::read_documents(message);
    for (size_t i = 0; i < documents.size(); ++i) {
        parsers::Attachment& attachment = message.attachments[i];
        bool named = parsers::classify_attachment_kind(attachment.filename, parsers::DocKind::other,
                                                       extra) != parsers::DocKind::other;
        if (!named)
            if (auto said = parsers::classify_document_text(documents[i].text, extra);
                said != parsers::DocKind::other)
                attachment.kind = said;
        out.texts.push_back({documents[i].text, documents[i].flag});
    }
    out.prices = parsers::extract_message_prices(message, kind, documents);
    return out;
}

std::string price_list_csv(const std::vector<store::PriceRow>& rows, bool history) {
    std::string out = "\xEF\xBB\xBF";
    out += "status,product,model,quantity,unit,currency,unit_price,incoterm,validity,quoted_at,"
           "direction,product_key,source_sha256,source_attachment,source_line,spec,price_status,"
           "previous_price\r\n";
    for (const store::PriceRow& row : rows) {
        if (!row.current && !history) continue;
        const parsers::PriceItem& i = row.item;
        const std::string fields[] = {row.current ? "current" : "superseded",
                                      i.product,
                                      i.model,
                                      i.quantity,
                                      i.unit,
                                      i.currency,
                                      i.unit_price,
                                      i.incoterm,
                                      i.validity,
                                      iso_day(row.quoted_at),
                                      row.direction,
                                      i.product_key,
                                      row.sha256,
                                      row.attachment,
                                      i.line,
                                      i.spec,
                                      i.status,
                                      i.previous_price};
        std::string line;
        for (const std::string& field : fields)
            line += (line.empty() ? "" : ",") + csv_field(field);
        out += line + "\r\n";
    }
    return out;
}

Status write_price_list(const std::filesystem::path& root, const std::string& slug,
                        const std::vector<store::PriceRow>& rows) {
    std::filesystem::path dir = root / "customers" / slug;
    if (auto made = make_directories(dir); !made) return made;
    auto temp = write_temporary(dir, price_list_csv(rows, true));
    if (!temp) return tl::unexpected(temp.error());
    int fd = ::open(temp->c_str(), O_RDONLY | O_CLOEXEC);
    bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0) ::close(fd);
    std::filesystem::path target = dir / "price-list.csv";
    if (!synced || std::rename(temp->c_str(), target.c_str()) != 0) {
        Status error = io_error("cannot write " + target.string());
        std::error_code ignored;
        std::filesystem::remove(*temp, ignored);
        return error;
    }
    return sync_directory(dir);
}

void rewrite_price_lists(store::Index& index, const std::filesystem::path& root,
                         const std::set<std::string>& slugs) {
    for (const std::string& slug : slugs) {
        auto rows = index.prices(slug);
        Status written =
            rows ? write_price_list(root, slug, *rows) : Status(tl::unexpected(rows.error()));
        if (!written)
            log::warning("price list of {} not rewritten: {}", slug, written.error().message);
    }
}

} // namespace mailclerk::daemon
