#pragma once
// Archive <-> index consistency, byte-exact: every indexed file exists and re-hashes to its
// recorded SHA-256, and every archived file is indexed.
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/archive.hpp"
#include "store/index.hpp"

namespace mailclerk::app {

struct VerifyReport {
    size_t checked = 0;
    std::vector<std::string> missing;    // indexed, not on disk
    std::vector<std::string> mismatched; // on disk, bytes differ from the recorded hash
    std::vector<std::string> unindexed;  // on disk under customers/ or unmatched/, not indexed
    std::vector<std::string> unfinished; // temporary files of an interrupted write (harmless)
    bool clean() const { return missing.empty() && mismatched.empty() && unindexed.empty(); }
};

Result<VerifyReport> verify_archive(const store::Archive& archive, store::Index& index);

} // namespace mailclerk::app
