#include "daemon/app/directory.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "common/file_io.hpp"
#include "common/utf8.hpp"
#include "parsers/domain.hpp"

namespace mailclerk::app {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_categories[] = {"closed", "key", "prospect", "inactive"};

void unique_normalised(std::vector<std::string>& values,
                       std::string (*normalise)(std::string_view)) {
    std::vector<std::string> out;
    for (const std::string& value : values) {
        std::string normal = normalise(value);
        if (!normal.empty() && std::find(out.begin(), out.end(), normal) == out.end())
            out.push_back(std::move(normal));
    }
    values = std::move(out);
}

std::string trimmed(std::string_view text) {
    return std::string(utf8::trim(text));
}

// customers/<old> -> customers/<new>. Absent old folder: nothing filed yet, or an interrupted
// rename already moved it.
Status move_folder(const fs::path& root, const std::string& old_slug, const std::string& new_slug) {
    fs::path customers = root / "customers";
    fs::path from = customers / old_slug, to = customers / new_slug;
    std::error_code ec;
    if (!fs::exists(from, ec)) return {};
    bool exists = false;
    if (auto moved = rename_no_replace(from, to, &exists); !moved)
        return fail(ErrorCode::io,
                    exists ? "cannot rename: " + to.string() + " already exists"
                           : moved.error().message,
                    exists ? "merge the two customers instead" : "");
    return sync_directory(customers);
}

} // namespace

Status normalise_customer(store::CustomerRow& row) {
    row.name = trimmed(row.name);
    if (row.name.empty()) return fail(ErrorCode::usage, "a customer needs a name");
    if (row.slug.empty()) row.slug = store::slugify(row.name);
    if (row.slug != store::slugify(row.slug) && row.slug != store::safe_filename(row.slug, 64))
        return fail(ErrorCode::usage, "the slug '" + row.slug + "' is not usable as a folder name",
                    "try '" + store::slugify(row.slug) + "'");
    row.category = utf8::ascii_lower(trimmed(row.category));
    if (row.category.empty()) row.category = "prospect";
    if (std::find(std::begin(k_categories), std::end(k_categories), row.category) ==
        std::end(k_categories))
        return fail(ErrorCode::usage,
                    "category '" + row.category + "': must be closed, key, prospect or inactive");
    row.grade = utf8::ascii_lower(trimmed(row.grade));
    for (char& c : row.grade)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!row.grade.empty() && row.grade != "A" && row.grade != "B" && row.grade != "C")
        return fail(ErrorCode::usage, "grade '" + row.grade + "': must be A, B, C or empty");
    unique_normalised(row.domains, parsers::normalize_domain);
    for (std::string& domain : row.domains)
        if (domain.starts_with('@')) domain.erase(0, 1);
    unique_normalised(row.addresses, parsers::canonical_address);
    for (const std::string& address : row.addresses)
        if (address.find('@') == std::string::npos)
            return fail(ErrorCode::usage, "'" + address + "' is not a mail address");
    return {};
}

Result<store::CustomerRow> find_customer(store::Index& index, const std::string& given) {
    auto found = index.find_customer(given);
    if (!found) return tl::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::not_found, fmt::format("no customer '{}'", given),
                    "`mailclerk customers` lists them; use the slug or the name");
    return std::move(**found);
}

Result<RematchReport> directory_changed(Workspace& workspace) {
    if (auto loaded = reload_directory(workspace); !loaded) return tl::unexpected(loaded.error());
    return rematch(workspace.rules, *workspace.archive, *workspace.index);
}

Status rename_customer(Workspace& workspace, const store::CustomerRow& customer,
                       const std::string& new_name, const std::string& new_slug) {
    store::Index& index = *workspace.index;
    if (auto begun = index.begin(); !begun) return begun;
    const fs::path& root = workspace.config.archive_root;
    bool moves = new_slug != customer.slug;
    Status status = index.rename_customer(customer.id, new_slug, new_name);
    bool moved = false;
    if (status && moves) {
        status = move_folder(root, customer.slug, new_slug);
        moved = static_cast<bool>(status);
    }
    if (status) status = index.commit();
    if (!status) {
        index.rollback();
        // The index still names the old folder: put it back where the index looks.
        if (moved) (void)move_folder(root, new_slug, customer.slug);
        return status;
    }
    return reload_directory(workspace);
}

Result<RematchReport> merge_customers(Workspace& workspace, const store::CustomerRow& from,
                                      const store::CustomerRow& into) {
    if (from.source == "config")
        return fail(ErrorCode::usage,
                    "'" + from.slug + "' comes from the config file: it would come back",
                    "move its domains to '" + into.slug + "' in the config and remove it there");
    if (auto merged = workspace.index->merge_customers(from.id, into.id); !merged)
        return tl::unexpected(merged.error());
    return directory_changed(workspace);
}

Result<Promotion> promote_candidate(Workspace& workspace, const std::string& domain,
                                    const std::string& name, const std::string& category) {
    Promotion promotion;
    promotion.domain = parsers::registrable_domain(parsers::normalize_domain(domain));
    store::CustomerRow& row = promotion.customer;
    row.name = name.empty() ? promotion.domain : name;
    row.domains = {promotion.domain};
    row.category = category;
    row.source = "auto";
    if (auto ok = normalise_customer(row); !ok) return tl::unexpected(ok.error());
    auto id = workspace.index->save_customer(row);
    if (!id) return tl::unexpected(id.error());
    row.id = *id;
    (void)workspace.index->add_customer_event(*id, "promoted from candidate " + promotion.domain);
    auto rematched = directory_changed(workspace);
    if (!rematched) return tl::unexpected(rematched.error());
    promotion.rematch = *rematched;
    return promotion;
}

Result<std::string> ignore_candidate(Workspace& workspace, const std::string& domain) {
    std::string registrable = parsers::registrable_domain(parsers::normalize_domain(domain));
    if (auto ok = workspace.customer_directory().ignore_candidate(registrable); !ok)
        return tl::unexpected(ok.error());
    return registrable;
}

Result<std::string> resolve_customer(const parsers::MatchRules& rules, const std::string& given) {
    std::string wanted = utf8::ascii_lower(given);
    for (const auto& customer : rules.customers)
        if (customer.slug == given || utf8::ascii_lower(customer.name) == wanted)
            return customer.slug;
    return fail(ErrorCode::not_found, fmt::format("no customer '{}'", given),
                "customers are named in the config's [[customer]] tables; use the slug or name");
}

} // namespace mailclerk::app
