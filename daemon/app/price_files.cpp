#include "daemon/app/price_files.hpp"

#include "common/file_io.hpp"
#include "common/log.hpp"
#include "daemon/sheets/csv.hpp"
#include "parsers/date.hpp"
#include "parsers/pricing/as_written.hpp"

namespace mailclerk::app {
namespace {

std::string iso_day(const std::optional<int64_t>& seconds) {
    return seconds ? parsers::format_iso8601(*seconds).substr(0, 10) : std::string();
}

} // namespace

std::string price_list_csv(const std::vector<store::PriceRow>& rows, bool history) {
    std::string out = "\xEF\xBB\xBF";
    out += "status,product,model,quantity,unit,currency,unit_price,incoterm,validity,quoted_at,"
           "direction,product_key,source_sha256,source_attachment,source_line,spec,price_status,"
           "previous_price,written_price,written_per,written_unit\r\n";
    for (const store::PriceRow& row : rows) {
        if (!row.current && !history) continue;
        const parsers::PriceItem& i = row.item;
        // A price the document wrote for a count of pieces, as written (prices --json's
        // "as_written"); empty when it was written per unit.
        pricing::WrittenPrice written = pricing::as_written(i).value_or(pricing::WrittenPrice{});
        out += sheets::csv_line({row.current ? "current" : "superseded",
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
                                 i.previous_price,
                                 written.price,
                                 written.per,
                                 written.unit}) +
               "\r\n";
    }
    return out;
}

Status write_price_list(const std::filesystem::path& root, const std::string& slug,
                        const std::vector<store::PriceRow>& rows) {
    std::filesystem::path dir = root / "customers" / slug;
    if (auto made = make_directories(dir); !made) return made;
    AtomicFile file(dir / "price-list.csv");
    if (auto written = file.write(price_list_csv(rows, true)); !written) return written;
    if (auto committed = file.commit(AtomicFile::Replace::allowed); !committed) return committed;
    return sync_directory(dir);
}

void rewrite_price_lists(store::PriceBook& index, const std::filesystem::path& root,
                         const std::set<std::string>& slugs) {
    for (const std::string& slug : slugs) {
        auto rows = index.prices(slug);
        Status written =
            rows ? write_price_list(root, slug, *rows) : Status(tl::unexpected(rows.error()));
        if (!written)
            log::warning("price list of {} not rewritten: {}", slug, written.error().message);
    }
}

} // namespace mailclerk::app
