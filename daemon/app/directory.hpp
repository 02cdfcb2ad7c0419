#pragma once
// Changing the customer directory from the command line or a roster import: validation, the
// rename that moves a customer's folder, merges, and the re-match that follows every change.
#include <string>
#include <vector>

#include "common/result.hpp"
#include "daemon/app/rematch.hpp"
#include "daemon/app/workspace.hpp"
#include "store/index.hpp"

namespace mailclerk::app {

// Normalise domains (punycode, lower-case) and addresses; check name, category and grade.
// Errors are ErrorCode::usage with the offending value named.
Status normalise_customer(store::CustomerRow& row);

// Customer by slug, former slug or name; not_found with a hint otherwise.
Result<store::CustomerRow> find_customer(store::Index& index, const std::string& given);

// The directory changed: take the new rules and re-match the archive.
Result<RematchReport> directory_changed(Workspace& workspace);

// Rename: the index (slug, paths, alias) and the folder customers/<old> -> customers/<new>
// change together: the folder is moved (never replacing anything) inside the index transaction,
// which commits only after the move is durable. Re-running an interrupted rename completes it.
Status rename_customer(Workspace& workspace, const store::CustomerRow& customer,
                       const std::string& new_name, const std::string& new_slug);

// Merge `from` into `into` and re-match, which moves its mail and links.
Result<RematchReport> merge_customers(Workspace& workspace, const store::CustomerRow& from,
                                      const store::CustomerRow& into);

struct Promotion {
    std::string domain; // registrable domain promoted
    store::CustomerRow customer;
    RematchReport rematch;
};
// A candidate domain becomes a customer (source "auto", the event recorded) and the archive is
// re-matched. `name` "" = the domain. Used by `customers promote` and the web roster.
Result<Promotion> promote_candidate(Workspace& workspace, const std::string& domain,
                                    const std::string& name, const std::string& category);
// Never propose this domain again; returns the registrable domain recorded.
Result<std::string> ignore_candidate(Workspace& workspace, const std::string& domain);

// The slug of a customer of the directory given by slug or by name (ASCII case ignored);
// ErrorCode::not_found with a hint when none.
Result<std::string> resolve_customer(const parsers::MatchRules& rules, const std::string& given);

} // namespace mailclerk::app
