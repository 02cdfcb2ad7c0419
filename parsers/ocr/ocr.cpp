#include "parsers/ocr/ocr.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <list>
#include <memory>
#include <mutex>
#include <set>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include "common/log.hpp"
#include "common/utf8.hpp"
#include "parsers/ocr/image_magic.hpp"

namespace mailclerk::ocr {
namespace {

// leptonica prints every unreadable image on stderr; an unreadable attachment is our flag.
void quiet_leptonica() {
    static const bool quiet = [] {
        setMsgSeverity(L_SEVERITY_NONE);
        return true;
    }();
    (void)quiet;
}

constexpr int k_readable_width = 2000;

// A photo (people, products, a building site) is no document, and Tesseract spends seconds on its
// textures. A glance at 800 pixels across tells them apart: a scan, a screenshot or a phone photo
// of a price list shows words Tesseract is sure of, a photo next to none. Measured with all three
// languages on the images of bench/price_eval and the 18 film photos of enron.pst: documents 9 to
// 45 sure words, photos 0, at a fifth to a tenth of the time of the full read. (At 600 pixels a
// small screenshot falls to 1.)
constexpr int k_glance_width = 800;
constexpr int k_glance_sure_words = 3;
constexpr float k_sure_confidence = 70.0f;
constexpr std::chrono::milliseconds k_glance_time{5000};

struct PixFree {
    void operator()(Pix* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixFree>;

std::vector<std::string> split_languages(std::string_view text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t plus = text.find('+', start);
        if (plus == std::string_view::npos) plus = text.size();
        if (plus > start) out.emplace_back(text.substr(start, plus - start));
        start = plus + 1;
    }
    return out;
}

// A missing language is said once per process and language, not once per page.
void warn_once(const std::string& warning) {
    static std::mutex mutex;
    static std::set<std::string> said;
    std::lock_guard lock(mutex);
    if (said.insert(warning).second) log::warning("{}", warning);
}

// One Tesseract engine, started for the languages that are installed.
class Engine {
  public:
    Status start(const std::string& wanted) {
        m_wanted = wanted;
        m_warnings.clear();
        m_api = std::make_unique<tesseract::TessBaseAPI>();
        m_api->SetVariable("debug_file", "/dev/null"); // Tesseract's chatter is not our log
        std::vector<std::string> installed = installed_languages();
        std::string usable;
        for (const std::string& language : split_languages(wanted)) {
            if (std::find(installed.begin(), installed.end(), language) != installed.end()) {
                usable += (usable.empty() ? "" : "+") + language;
                continue;
            }
            m_warnings.push_back("OCR language " + language +
                                 " is not installed (Debian package tesseract-ocr-" +
                                 package_suffix(language) + "): scans in it are not read");
        }
        for (const std::string& warning : m_warnings)
            warn_once(warning);
        if (usable.empty() || m_api->Init(nullptr, usable.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
            m_api.reset();
            return fail(ErrorCode::config,
                        "OCR cannot start: no language of " + wanted + " is installed",
                        "install tesseract-ocr-eng (and -chi-sim, -chi-tra)");
        }
        m_api->SetPageSegMode(tesseract::PSM_AUTO);
        // Keep the spaces Tesseract sees between words of a table's cells.
        m_api->SetVariable("preserve_interword_spaces", "1");
        return {};
    }

    bool ready_for(const std::string& wanted) const { return m_api && m_wanted == wanted; }
    tesseract::TessBaseAPI& api() { return *m_api; }
    const std::vector<std::string>& warnings() const { return m_warnings; }

  private:
    std::vector<std::string> installed_languages() {
        // A bare engine lists the traineddata files it can find without loading any.
        tesseract::TessBaseAPI probe;
        probe.SetVariable("debug_file", "/dev/null");
        std::vector<std::string> languages;
        if (probe.Init(nullptr, "osd", tesseract::OEM_DEFAULT) == 0 ||
            probe.Init(nullptr, "eng", tesseract::OEM_DEFAULT) == 0)
            probe.GetAvailableLanguagesAsVector(&languages);
        return languages;
    }

    static std::string package_suffix(std::string language) {
        std::replace(language.begin(), language.end(), '_', '-');
        return language;
    }

    std::string m_wanted;
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    std::vector<std::string> m_warnings;
};

// Starting an engine costs more than reading most images (eng 0.2 s of CPU, eng+chi_sim+chi_tra
// 0.8 s: Tesseract sorts the Chinese models' ambiguity lists as it loads them), and a document is
// read in the message's languages first, then in all of them (document_pdf.cpp). One engine per
// language set is kept on each thread, the least recently used dropped beyond k_engines_kept,
// so that alternating sets no longer restart an engine for every image. The all-language engine
// holds ~128 MB; the one for English ~10 MB more.
constexpr size_t k_engines_kept = 3;

Result<Engine*> engine_for(const Options& options) {
    thread_local std::list<Engine> engines; // most recently used first
    auto same = std::find_if(engines.begin(), engines.end(), [&](const Engine& engine) {
        return engine.ready_for(options.languages);
    });
    if (same != engines.end()) {
        engines.splice(engines.begin(), engines, same);
        return &engines.front();
    }
    Engine engine;
    if (auto started = engine.start(options.languages); !started)
        return tl::unexpected<Error>(started.error());
    if (engines.size() >= k_engines_kept) engines.pop_back();
    engines.push_front(std::move(engine));
    return &engines.front();
}

// "600%400" is "600×400" misread: a '%' between digits is a multiplication sign.
std::string digits_repaired(std::string word) {
    for (size_t i = 1; i + 1 < word.size(); ++i)
        if (word[i] == '%' && std::isdigit(static_cast<unsigned char>(word[i - 1])) &&
            std::isdigit(static_cast<unsigned char>(word[i + 1])))
            word[i] = 'x';
    return word;
}

// The page's skew: the median slope of its text lines, each from the centres of its first and
// last word (radians; y grows down). A photo or scan a few degrees off would otherwise put the
// two ends of one table row on two lines. (Tesseract's own baselines of ruled lines are level
// whatever the page, so words are measured instead.)
double skew_of(tesseract::ResultIterator& it) {
    std::vector<double> angles;
    it.Begin();
    double first_x = 0, first_y = 0, last_x = 0, last_y = 0;
    bool open = false;
    do {
        int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        if (!it.BoundingBox(tesseract::RIL_WORD, &x0, &y0, &x1, &y1)) continue;
        double cx = (x0 + x1) / 2.0, cy = (y0 + y1) / 2.0;
        if (!open) {
            first_x = cx;
            first_y = cy;
            open = true;
        }
        last_x = cx;
        last_y = cy;
        if (it.IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD)) {
            if (last_x - first_x >= 150)
                angles.push_back(std::atan2(last_y - first_y, last_x - first_x));
            open = false;
        }
    } while (it.Next(tesseract::RIL_WORD));
    if (angles.empty()) return 0;
    std::nth_element(angles.begin(),
                     angles.begin() + static_cast<std::ptrdiff_t>(angles.size() / 2), angles.end());
    return angles[angles.size() / 2];
}

// A word's box turned by -angle around the image centre, so the page's lines are level.
grid::Box levelled(int x0, int y0, int x1, int y1, double angle, double cx, double cy) {
    double mx = (x0 + x1) / 2.0 - cx, my = (y0 + y1) / 2.0 - cy;
    double c = std::cos(-angle), s = std::sin(-angle);
    double nx = cx + mx * c - my * s, ny = cy + mx * s + my * c;
    double hw = (x1 - x0) / 2.0, hh = (y1 - y0) / 2.0;
    return {nx - hw, ny - hh, nx + hw, ny + hh};
}

Recognised read_words(tesseract::TessBaseAPI& api, const Options& options, int width, int height) {
    Recognised out;
    tesseract::ETEXT_DESC monitor;
    monitor.set_deadline_msecs(static_cast<int32_t>(options.max_time.count()));
    api.Recognize(&monitor);
    out.timed_out = monitor.deadline_exceeded();
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (!it) return out;
    double angle = skew_of(*it);
    it->Begin();
    do {
        std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
        if (!text) continue;
        std::string word = digits_repaired(utf8::sanitize(utf8::trim(text.get())));
        if (word.empty()) continue;
        int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        it->BoundingBox(tesseract::RIL_WORD, &x0, &y0, &x1, &y1);
        out.words.push_back({std::move(word),
                             levelled(x0, y0, x1, y1, angle, width / 2.0, height / 2.0),
                             it->Confidence(tesseract::RIL_WORD)});
    } while (it->Next(tesseract::RIL_WORD));
    api.Clear();
    return out;
}

// A word Tesseract is sure of: confident, and two letters or digits long (a CJK character is
// one; its UTF-8 lead byte counts it).
bool sure_word(const grid::Word& word) {
    if (word.confidence < k_sure_confidence) return false;
    int letters = 0;
    for (char c : word.text) {
        auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || byte >= 0xC0) ++letters;
    }
    return letters >= 2;
}

// Does the image show text at all? Read at k_glance_width pixels across (a copy, scaled).
bool looks_like_text(tesseract::TessBaseAPI& api, Pix* pix, const Options& options) {
    float scale = static_cast<float>(k_glance_width) / static_cast<float>(pixGetWidth(pix));
    PixPtr glance(pixScale(pix, scale, scale));
    if (!glance) return true; // cannot tell: read it in full
    Options quick = options;
    quick.max_time = std::min(options.max_time, k_glance_time);
    api.SetImage(glance.get());
    api.SetSourceResolution(300);
    Recognised seen = read_words(api, quick, pixGetWidth(glance.get()), pixGetHeight(glance.get()));
    return std::count_if(seen.words.begin(), seen.words.end(), sure_word) >= k_glance_sure_words;
}

} // namespace

Result<Recognised> recognise(const grid::Raster& raster, const Options& options) {
    if (raster.width <= 0 || raster.height <= 0 ||
        raster.pixels.size() !=
            static_cast<size_t>(raster.width) * static_cast<size_t>(raster.height))
        return fail(ErrorCode::parse, "empty or inconsistent raster");
    auto engine = engine_for(options);
    if (!engine) return tl::unexpected<Error>(engine.error());
    tesseract::TessBaseAPI& api = (*engine)->api();
    api.SetImage(raster.pixels.data(), raster.width, raster.height, 1, raster.width);
    api.SetSourceResolution(raster.dpi);
    Recognised out = read_words(api, options, raster.width, raster.height);
    out.width = raster.width;
    out.height = raster.height;
    out.warnings = (*engine)->warnings();
    return out;
}

Result<Recognised> recognise_image(std::string_view bytes, const Options& options) {
    quiet_leptonica();
    const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
    l_int32 format = 0, width = 0, height = 0, bps = 0, spp = 0, colormap = 0;
    if (pixReadHeaderMem(data, bytes.size(), &format, &width, &height, &bps, &spp, &colormap) !=
            0 ||
        width <= 0 || height <= 0)
        return fail(ErrorCode::parse, "not an image leptonica can read");
    if (static_cast<double>(width) * height > static_cast<double>(options.max_pixels))
        return fail(ErrorCode::parse, "image too large for OCR (" + std::to_string(width) + "x" +
                                          std::to_string(height) + ")");
    PixPtr pix(pixReadMem(data, bytes.size()));
    if (!pix) return fail(ErrorCode::parse, "the image cannot be decoded");
    auto engine = engine_for(options);
    if (!engine) return tl::unexpected<Error>(engine.error());
    tesseract::TessBaseAPI& api = (*engine)->api();
    if (!looks_like_text(api, pix.get(), options)) {
        Recognised photo;
        photo.width = width;
        photo.height = height;
        photo.warnings = (*engine)->warnings();
        return photo;
    }
    // Screenshots and phone photos of a table are small: text a dozen pixels high, where
    // Tesseract wants twenty or more. Enlarged to about 2000 pixels across, they read.
    if (width < k_readable_width) {
        float scale =
            std::min(3.0f, static_cast<float>(k_readable_width) / static_cast<float>(width));
        if (PixPtr larger(pixScale(pix.get(), scale, scale)); larger) {
            pix = std::move(larger);
            width = pixGetWidth(pix.get());
            height = pixGetHeight(pix.get());
        }
    }
    api.SetImage(pix.get());
    l_int32 resolution = pixGetXRes(pix.get());
    api.SetSourceResolution(resolution >= 70 ? resolution : 300);
    Recognised out = read_words(api, options, width, height);
    out.width = width;
    out.height = height;
    out.warnings = (*engine)->warnings();
    return out;
}

std::optional<std::pair<int, int>> image_size(std::string_view bytes) {
    quiet_leptonica();
    const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
    l_int32 format = 0, width = 0, height = 0, bps = 0, spp = 0, colormap = 0;
    if (!looks_like_image(bytes) ||
        pixReadHeaderMem(data, bytes.size(), &format, &width, &height, &bps, &spp, &colormap) !=
            0 ||
        width <= 0 || height <= 0)
        return std::nullopt;
    return std::pair<int, int>{width, height};
}

bool looks_like_image(std::string_view bytes) {
    return has_image_magic(bytes);
}

} // namespace mailclerk::ocr
