#pragma once
// What the build knows about itself: written by cmake/BuildInfo.cmake into build_info.cpp, which
// only the mailclerk executable links (a new commit relinks that one binary, nothing else).
namespace mailclerk::build_info {

extern const char* const version;  // the project's version, "0.1.0"
extern const char* const revision; // `git describe --always --dirty`, or "unknown"

} // namespace mailclerk::build_info
