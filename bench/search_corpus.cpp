#include "bench/search_corpus.hpp"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace mailclerk::bench {
namespace {

// Chinese business vocabulary, most frequent first (picked with a skew towards the front).
const std::vector<std::string> k_cn_words = {
    "我们",   "贵司",     "报价",       "请",     "确认", "阀门",     "谢谢",     "附件",
    "数量",   "价格",     "交货期",     "合同",   "订单", "客户",     "球阀",     "规格",
    "型号",   "单价",     "发货",       "安排",   "生产", "您好",     "尽快",     "回复",
    "报价单", "不锈钢",   "法兰",       "样品",   "图纸", "付款方式", "含税",     "运费",
    "包装",   "质量",     "检验",       "证书",   "询价", "发票",     "闸阀",     "截止阀",
    "蝶阀",   "止回阀",   "碳钢",       "铸铁",   "港口", "宁波",     "上海",     "天津",
    "到货",   "预付款",   "尾款",       "信用证", "工厂", "库存",     "采购",     "技术参数",
    "压力",   "温度",     "介质",       "执行器", "气动", "电动",     "手动",     "密封",
    "阀体",   "阀座",     "阀杆",       "口径",   "标准", "国标",     "美标",     "出口",
    "海运",   "空运",     "快递",       "清关",   "报关", "木箱",     "托盘",     "唛头",
    "折扣",   "优惠",     "最低价",     "有效期", "下单", "确认函",   "形式发票", "装箱单",
    "提单",   "原产地证", "第三方检验", "石化",   "电厂", "水处理",   "管道",     "项目",
    "招标",   "投标",     "中标",       "预算"};
// Characters that glue the words into sentences.
const std::vector<std::string> k_cn_glue = {"的", "了", "是", "在", "和", "有", "为", "已",
                                            "将", "按", "及", "与", "对", "从", "把", "给"};
const std::vector<std::string> k_en_words = {"please",
                                             "find",
                                             "attached",
                                             "our",
                                             "quotation",
                                             "for",
                                             "the",
                                             "ball valves",
                                             "thank you",
                                             "delivery time",
                                             "payment terms",
                                             "price",
                                             "order",
                                             "confirm",
                                             "best regards",
                                             "we",
                                             "can",
                                             "offer",
                                             "quantity",
                                             "stainless steel",
                                             "flange",
                                             "drawing",
                                             "sample",
                                             "inspection",
                                             "certificate",
                                             "invoice",
                                             "contract",
                                             "shipment",
                                             "port",
                                             "Ningbo",
                                             "Shanghai",
                                             "FOB",
                                             "CIF",
                                             "gate valve",
                                             "globe valve",
                                             "butterfly valve",
                                             "check valve",
                                             "actuator",
                                             "pneumatic",
                                             "electric",
                                             "pressure",
                                             "temperature",
                                             "material",
                                             "carbon steel",
                                             "cast iron",
                                             "WCB",
                                             "CF8M",
                                             "project",
                                             "tender",
                                             "budget",
                                             "discount",
                                             "urgent",
                                             "schedule",
                                             "packing",
                                             "wooden case",
                                             "pallet",
                                             "customs",
                                             "documents",
                                             "proforma invoice",
                                             "letter of credit",
                                             "deposit",
                                             "balance",
                                             "factory",
                                             "stock",
                                             "lead time",
                                             "specification",
                                             "standard",
                                             "API 6D",
                                             "ANSI",
                                             "DIN",
                                             "seat",
                                             "stem",
                                             "body",
                                             "bonnet",
                                             "gasket",
                                             "bolt",
                                             "test report",
                                             "warranty",
                                             "feedback",
                                             "meeting",
                                             "visit",
                                             "next week",
                                             "tomorrow",
                                             "as soon as possible",
                                             "kindly",
                                             "revised",
                                             "latest",
                                             "update",
                                             "request",
                                             "inquiry",
                                             "purchase order",
                                             "commercial invoice",
                                             "bill of lading",
                                             "certificate of origin",
                                             "third party inspection",
                                             "refinery",
                                             "power plant",
                                             "water treatment",
                                             "pipeline",
                                             "oil and gas",
                                             "chemical",
                                             "mining",
                                             "marine"};
const std::vector<std::string> k_first = {"Wang", "Li",    "Zhang", "Liu",   "Chen", "Yang",
                                          "John", "Maria", "Ahmed", "Peter", "Anna", "Carlos"};
const std::array<int, 13> k_dn = {15, 20, 25, 32, 40, 50, 65, 80, 100, 150, 200, 250, 300};
const std::array<const char*, 6> k_kinds = {"inquiry", "quote",   "contract",
                                            "order",   "invoice", "other"};

constexpr int k_customers = 500;
constexpr int64_t k_start = 1685577600; // 2023-06-01
constexpr int64_t k_span = 3 * 365 * 86400;

// splitmix64: small, fast and the same everywhere.
struct Rng {
    uint64_t state;
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }
    // Index in [0, n) skewed towards 0 (a rough Zipf).
    size_t skewed(size_t n) {
        double u = unit();
        return std::min(n - 1, static_cast<size_t>(static_cast<double>(n) * u * u * u));
    }
    bool chance(double p) { return unit() < p; }
};

Rng rng_for(uint64_t seed, int64_t index, uint64_t stream) {
    Rng rng{seed * 0x100000001B3ull ^ static_cast<uint64_t>(index) * 0x9E3779B97F4A7C15ull ^
            stream};
    rng.next();
    return rng;
}

std::string model_code(Rng& rng) {
    char buffer[48];
    switch (rng.below(5)) {
    case 0:
        std::snprintf(buffer, sizeof buffer, "DN%d", k_dn[rng.below(k_dn.size())]);
        break;
    case 1:
        std::snprintf(buffer, sizeof buffer, "PN%d", rng.chance(0.5) ? 16 : 40);
        break;
    case 2:
        std::snprintf(buffer, sizeof buffer, "QT-%d-%04d", 2023 + static_cast<int>(rng.below(4)),
                      static_cast<int>(rng.below(3000)));
        break;
    case 3:
        std::snprintf(buffer, sizeof buffer, "%dS", 1000 * (1 + static_cast<int>(rng.below(9))));
        break;
    default:
        std::snprintf(buffer, sizeof buffer, "Q41F-%dP", 16 + 9 * static_cast<int>(rng.below(3)));
        break;
    }
    return buffer;
}

std::string chinese_sentence(Rng& rng) {
    std::string out;
    for (size_t n = 3 + rng.below(6); n > 0; --n) {
        out += k_cn_words[rng.skewed(k_cn_words.size())];
        if (rng.chance(0.5)) out += k_cn_glue[rng.below(k_cn_glue.size())];
        if (rng.chance(0.12)) out += " " + model_code(rng) + " ";
    }
    return out + (rng.chance(0.7) ? "。" : "，");
}

std::string english_sentence(Rng& rng) {
    std::string out;
    for (size_t n = 5 + rng.below(10); n > 0; --n) {
        out += (out.empty() ? "" : " ") + k_en_words[rng.skewed(k_en_words.size())];
        if (rng.chance(0.08)) out += " " + model_code(rng);
    }
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out + ". ";
}

std::string text_of(Rng& rng, size_t target, bool chinese) {
    std::string out;
    while (out.size() < target) {
        bool cn = rng.chance(chinese ? 0.85 : 0.1);
        out += cn ? chinese_sentence(rng) : english_sentence(rng);
        if (rng.chance(0.15)) out += "\n";
    }
    return out;
}

std::string subject_of(uint64_t seed, int64_t index) {
    Rng rng = rng_for(seed, index, 1);
    if (rng.chance(0.5))
        return k_cn_words[rng.skewed(30)] + k_cn_words[rng.skewed(k_cn_words.size())] + " " +
               model_code(rng) + " " + k_cn_words[rng.skewed(k_cn_words.size())];
    return k_en_words[rng.skewed(40)] + " " + k_en_words[rng.skewed(k_en_words.size())] + " " +
           model_code(rng);
}

std::vector<CorpusAttachment> attachments_of(Rng& rng, const CorpusMessage& m) {
    std::vector<CorpusAttachment> out;
    if (!rng.chance(0.2)) return out;
    for (size_t n = 1 + rng.below(2); n > 0; --n) {
        const char* names[] = {"报价单-", "quotation ", "drawing ", "合同-", "price list ", "PI-"};
        const char* types[] = {".pdf", ".xlsx", ".docx"};
        CorpusAttachment a{names[rng.below(6)] + model_code(rng) + types[rng.below(3)], ""};
        if (rng.chance(0.5)) a.text = text_of(rng, 1000 + rng.below(3000), m.subject[0] & 0x80);
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace

const std::vector<CorpusCustomer>& customers() {
    static const std::vector<CorpusCustomer> list = [] {
        std::vector<CorpusCustomer> out;
        for (int i = 0; i < k_customers; ++i) {
            char slug[16];
            std::snprintf(slug, sizeof slug, "c%03d", i);
            std::string name = (i % 2 ? k_cn_words[static_cast<size_t>(45 + i % 10)] + "石化"
                                      : std::string("Acme ")) +
                               std::to_string(i);
            out.push_back({slug, name, std::string(slug) + "-valves.com"});
        }
        return out;
    }();
    return list;
}

CorpusMessage generate_message(uint64_t seed, int64_t index) {
    Rng rng = rng_for(seed, index, 0);
    CorpusMessage m;
    m.message_id = "m" + std::to_string(index) + "@bench";
    m.date = k_start + static_cast<int64_t>(rng.below(k_span));
    m.subject = subject_of(seed, index);
    if (index > 0 && rng.chance(0.4)) {
        int64_t parent =
            index - 1 -
            static_cast<int64_t>(rng.below(static_cast<size_t>(std::min<int64_t>(index, 200))));
        m.in_reply_to = "m" + std::to_string(parent) + "@bench";
        m.subject = (rng.chance(0.5) ? "Re: " : "回复：") + subject_of(seed, parent);
    }
    bool chinese = (m.subject.find("Re: ") == 0 ? m.subject[4] : m.subject[0]) & 0x80;
    double u = rng.unit();
    m.body = text_of(rng, static_cast<size_t>(200.0 * std::exp(u * 3.7)), chinese);
    m.customer = rng.chance(0.85) ? static_cast<int>(rng.skewed(k_customers)) : -1;
    m.outbound = rng.chance(0.45);
    m.kind = k_kinds[rng.below(k_kinds.size())];
    std::string domain = m.customer >= 0 ? customers()[static_cast<size_t>(m.customer)].domain
                                         : "unknown" + std::to_string(rng.below(2000)) + ".com";
    std::string person = k_first[rng.below(k_first.size())];
    std::string external = person + "@" + domain;
    for (char& c : external)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    m.from_name = m.outbound ? "Alice Wang" : person;
    m.from_address = m.outbound ? "alice@hengda-valves.com" : external;
    m.to_address = m.outbound ? external : "alice@hengda-valves.com";
    m.attachments = attachments_of(rng, m);
    return m;
}

namespace {

// The first n characters of a UTF-8 string of 3-byte characters.
std::string chars(const std::string& text, size_t n) {
    return text.substr(0, 3 * n);
}

void chinese_queries(Rng& rng, std::vector<std::string>& out) {
    for (size_t i = 0; i < 13; ++i) // one character: glue and word initials, frequent and rare
        out.push_back(i % 2 ? k_cn_glue[rng.below(k_cn_glue.size())]
                            : chars(k_cn_words[rng.below(k_cn_words.size())], 1));
    std::vector<std::string> by_length[5];
    for (const std::string& w : k_cn_words)
        by_length[std::min<size_t>(w.size() / 3, 4)].push_back(w);
    for (size_t length = 2; length <= 4; ++length)
        for (size_t i = 0; i < (length == 2 ? 13 : 12); ++i) {
            const auto& pool = by_length[length];
            // Every fourth term is cut across two words: a substring no word list would know.
            if (i % 4 == 3) {
                std::string joined = k_cn_words[rng.below(20)] + k_cn_words[rng.below(40)];
                out.push_back(joined.substr(3, 3 * length));
            } else {
                out.push_back(chars(pool[rng.below(pool.size())], length));
            }
        }
}

void english_queries(Rng& rng, std::vector<std::string>& out) {
    std::vector<std::string> single;
    for (const std::string& w : k_en_words)
        if (w.find(' ') == std::string::npos) single.push_back(w);
    for (size_t i = 0; i < 40; ++i)
        out.push_back(single[(i * 7 + rng.below(3)) % single.size()]);
    for (const char* code : {"DN50", "DN300", "PN16", "5000S", "QT-2025-0412", "QT-2026*",
                             "Q41F-25P", "dn1*", "WCB", "CF8M"})
        out.push_back(code);
}

void filter_queries(Rng& rng, std::vector<std::string>& out) {
    const char* dates[] = {"after:2026-01-01", "after:2025-06-01 before:2025-09-01",
                           "before:2024-01-01", "after:2024-03-01 before:2024-04-01"};
    const char* words[] = {"",           "报价",           "price",        "阀门", "DN50",
                           "kind:quote", "has:attachment", "direction:in", "合同", "delivery"};
    for (size_t i = 0; i < 50; ++i) {
        size_t customer = i % 3 == 0 ? rng.below(10) : rng.skewed(k_customers);
        std::string q = "customer:" + customers()[customer].slug + " " + dates[i % 4];
        if (std::string w = words[i % 10]; !w.empty()) q += " " + w;
        out.push_back(q);
    }
}

void phrase_queries(Rng& rng, std::vector<std::string>& out) {
    std::vector<std::string> multi;
    for (const std::string& w : k_en_words)
        if (w.find(' ') != std::string::npos) multi.push_back(w);
    for (size_t i = 0; i < 25; ++i)
        out.push_back("\"" + multi[(i * 3 + rng.below(2)) % multi.size()] + "\"");
    for (size_t i = 0; i < 15; ++i) // two words as often written together
        out.push_back("\"" + k_en_words[rng.below(8)] + " " + k_en_words[rng.below(20)] + "\"");
    for (size_t i = 0; i < 10; ++i) // Chinese word + model code, as in subjects
        out.push_back("\"" + k_cn_words[rng.below(30)] + " " + model_code(rng) + "\"");
}

} // namespace

std::vector<std::string> benchmark_queries(uint64_t seed) {
    Rng rng = rng_for(seed, -1, 7);
    std::vector<std::string> out;
    chinese_queries(rng, out);
    english_queries(rng, out);
    filter_queries(rng, out);
    phrase_queries(rng, out);
    return out;
}

} // namespace mailclerk::bench
