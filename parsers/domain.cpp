#include "parsers/domain.hpp"

#include <memory>

#include <idn2.h>
#include <libpsl.h>

#include "common/utf8.hpp"

namespace mailclerk::parsers {
namespace {

// The one PSL context of the process. psl_latest() reads the newest list the system has and
// falls back to the built-in one; a context is read-only afterwards, so sharing it across
// threads is safe.
class PublicSuffixList {
  public:
    static const PublicSuffixList& instance() {
        static const PublicSuffixList list;
        return list;
    }
    const psl_ctx_t* get() const { return m_ctx ? m_ctx.get() : psl_builtin(); }

  private:
    PublicSuffixList() : m_ctx(psl_latest(nullptr)) {}
    struct Free {
        void operator()(psl_ctx_t* ctx) const { psl_free(ctx); }
    };
    std::unique_ptr<psl_ctx_t, Free> m_ctx;
};

bool is_ascii(std::string_view text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

} // namespace

std::string normalize_domain(std::string_view domain) {
    std::string lowered = utf8::ascii_lower(utf8::trim(domain));
    while (!lowered.empty() && lowered.back() == '.')
        lowered.pop_back();
    if (lowered.empty() || is_ascii(lowered)) return lowered;
    char* ascii = nullptr;
    int rc = idn2_to_ascii_8z(lowered.c_str(), &ascii, IDN2_NFC_INPUT | IDN2_NONTRANSITIONAL);
    if (rc != IDN2_OK || ascii == nullptr) return utf8::sanitize(lowered);
    std::string out(ascii);
    idn2_free(ascii);
    return utf8::ascii_lower(out);
}

std::string canonical_address(std::string_view address) {
    std::string_view text = utf8::trim(address);
    if (!text.empty() && text.front() == '<') text.remove_prefix(1);
    if (!text.empty() && text.back() == '>') text.remove_suffix(1);
    text = utf8::trim(text);
    size_t at = text.rfind('@');
    if (at == std::string_view::npos) return utf8::sanitize(utf8::ascii_lower(text));
    std::string local = utf8::sanitize(utf8::ascii_lower(text.substr(0, at)));
    return local + "@" + normalize_domain(text.substr(at + 1));
}

std::string registrable_domain(std::string_view domain) {
    std::string name(domain);
    if (name.empty()) return name;
    const char* registrable =
        psl_registrable_domain(PublicSuffixList::instance().get(), name.c_str());
    // registrable points into name: copy before name goes away.
    return registrable ? std::string(registrable) : name;
}

bool is_public_suffix(std::string_view domain) {
    std::string name(domain);
    return !name.empty() && psl_is_public_suffix2(PublicSuffixList::instance().get(), name.c_str(),
                                                  PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE) != 0;
}

bool is_same_or_subdomain(std::string_view domain, std::string_view parent) {
    if (parent.empty()) return false;
    if (domain == parent) return true;
    return domain.size() > parent.size() && domain.ends_with(parent) &&
           domain[domain.size() - parent.size() - 1] == '.';
}

} // namespace mailclerk::parsers
