#pragma once
// Run a program (no shell) and capture what it prints, for the checks that ask systemd.
#include <string>
#include <vector>

#include "common/result.hpp"

namespace mailclerk::doctor {

struct Output {
    int status = -1; // exit status; -1 when killed by a signal
    std::string out;
};

// argv[0] is looked up in PATH. Errors (ErrorCode::not_found) only when it cannot be started.
Result<Output> run_program(const std::vector<std::string>& argv);

} // namespace mailclerk::doctor
