#pragma once
// Writing man(7) source: text escaped so that groff prints it as written.
#include <string>
#include <string_view>

namespace mailclerk::manual::roff {

// Text for a roff line: backslashes and hyphens escaped (\e, \-, so options copy as typed), and
// a leading '.' or '\'' neutralised. Newlines are kept; use lines() for text that has them.
std::string text(std::string_view plain);

// Bold / italic spans.
std::string bold(std::string_view plain);
std::string italic(std::string_view plain);

// Each line of `plain` as its own output line (.br between them), escaped.
std::string lines(std::string_view plain);

// A paragraph (.PP) of escaped text.
std::string paragraph(std::string_view plain);

// The .TH line: name, section, and the version as the footer's source.
std::string title(std::string_view name, int section, std::string_view version,
                  std::string_view manual);

} // namespace mailclerk::manual::roff
