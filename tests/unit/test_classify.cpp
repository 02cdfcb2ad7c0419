// Customer matching, direction and document kinds (ARCHITECTURE.md defaults).
#include <catch2/catch.hpp>

#include "parsers/classify.hpp"

using namespace mailclerk::parsers;

namespace {

MatchRules rules() {
    MatchRules r;
    r.own_domains = {"ourco.com"};
    r.free_mail_domains = default_free_mail_domains();
    r.role_local_parts = default_role_local_parts();
    r.ignore_addresses = {"@bank.example"};
    r.customers = {{"acme", "ACME", {"acme.com"}, {"buyer.acme@gmail.com"}},
                   {"ecpc", "华东石化", {"ecpc.com.cn"}, {}},
                   {"mailco", "A mail company", {"163.com"}, {}}};
    return r;
}

Message mail(std::string from, std::vector<std::string> to, std::string subject = "Hello") {
    Message m;
    m.from = {{"", std::move(from)}};
    for (auto& address : to)
        m.to.push_back({"", address});
    m.subject = std::move(subject);
    return m;
}

std::vector<std::string> slugs(const Classification& c) {
    std::vector<std::string> out;
    for (const auto& match : c.customers)
        out.push_back(match.slug + ":" + match.reason);
    return out;
}

} // namespace

TEST_CASE("classify: customers by address, domain and sub-domain", "[classify]") {
    CHECK(slugs(classify(mail("Bob@ACME.com", {"sales@ourco.com"}), rules())) ==
          std::vector<std::string>{"acme:domain"});
    CHECK(slugs(classify(mail("x@sales.ecpc.com.cn", {"a@ourco.com"}), rules())) ==
          std::vector<std::string>{"ecpc:domain"});
    CHECK(slugs(classify(mail("buyer.acme@gmail.com", {"a@ourco.com"}), rules())) ==
          std::vector<std::string>{"acme:address"});
    CHECK(slugs(classify(mail("x@notacme.com", {"a@ourco.com"}), rules())).empty());
}

TEST_CASE("classify: free-mail domains match by full address only", "[classify]") {
    CHECK(slugs(classify(mail("someone@gmail.com", {"a@ourco.com"}), rules())).empty());
    // An explicit customer domain wins over the free-mail list.
    CHECK(slugs(classify(mail("someone@163.com", {"a@ourco.com"}), rules())) ==
          std::vector<std::string>{"mailco:domain"});
}

TEST_CASE("classify: own, ignored and role senders never match", "[classify]") {
    auto c = classify(mail("noreply@acme.com", {"a@ourco.com"}), rules());
    CHECK(c.customers.empty());
    CHECK(classify(mail("alerts@bank.example", {"a@ourco.com"}), rules()).participants.empty());
}

TEST_CASE("classify: direction", "[classify]") {
    CHECK(classify(mail("a@ourco.com", {"bob@acme.com"}), rules()).direction ==
          Direction::outbound);
    CHECK(classify(mail("bob@acme.com", {"a@ourco.com"}), rules()).direction == Direction::inbound);
    CHECK(classify(mail("a@ourco.com", {"b@mail.ourco.com"}), rules()).direction ==
          Direction::internal);
}

TEST_CASE("classify: mail found in a sent folder is ours, whatever its From says", "[classify]") {
    // Outlook's Sent Items in a PST: no SMTP sender, only the recipients.
    Message no_sender = mail("", {"bob@acme.com"});
    no_sender.from.clear();
    CHECK(classify(no_sender, rules()).direction == Direction::inbound);
    auto sent = classify(no_sender, rules(), {}, Origin::sent_folder);
    CHECK(sent.direction == Direction::outbound);
    CHECK(slugs(sent) == std::vector<std::string>{"acme:domain"});
    // Only our own people on it: internal, as with an own From.
    Message memo = mail("", {"b@ourco.com"});
    memo.from.clear();
    CHECK(classify(memo, rules(), {}, Origin::sent_folder).direction == Direction::internal);
    // An inbox gives no hint: a customer's From stays inbound.
    CHECK(classify(mail("bob@acme.com", {"a@ourco.com"}), rules(), {}, Origin::unknown).direction ==
          Direction::inbound);
}

TEST_CASE("classify: sent folder names", "[classify]") {
    struct Row {
        const char* folder;
        bool sent;
    };
    const Row rows[] = {
        {"Sent", true},
        {"Sent Items", true},
        {"sent items", true},
        {"INBOX.Sent", true},
        {"INBOX/Sent Messages", true},
        {"/home/li/Maildir/.Sent", true},
        {"/home/li/Mail/Sent.mbox", true},
        {"/data/li.pst:Top of Personal Folders/Sent Items", true},
        {"/data/li.pst:个人文件夹/已发送邮件", true},
        {"/data/chen.pst:個人資料夾/寄件備份", true},
        {"已发送", true},
        {"Gesendete Elemente", true},
        {"Éléments envoyés", true},
        {"[Gmail]/Sent Mail", true},
        {"INBOX", false},
        {"Inbox", false},
        {"Drafts", false},
        {"Outbox", false},
        {"Sent Items Archive", false},
        {"/data/li.pst:Top/Sent Items/Old quotes", false},
        {"/home/li/sent-by-customer.mbox", false},
        {"收件箱", false},
        {"", false},
    };
    for (const Row& row : rows) {
        INFO(row.folder);
        CHECK(is_sent_folder(row.folder) == row.sent);
    }
}

TEST_CASE("classify: a message with two customers is filed under both", "[classify]") {
    auto m = mail("a@ourco.com", {"wang@ecpc.com.cn", "bob@acme.com"});
    CHECK(slugs(classify(m, rules())) == std::vector<std::string>{"acme:domain", "ecpc:domain"});
}

TEST_CASE("classify: a reply inherits the thread's customers", "[classify]") {
    auto m = mail("a@ourco.com", {"b@ourco.com"});
    m.in_reply_to = "parent@x";
    ThreadLookup lookup = [](const std::vector<std::string>& ids) {
        return ids == std::vector<std::string>{"parent@x"} ? std::vector<std::string>{"ecpc"}
                                                           : std::vector<std::string>{};
    };
    auto c = classify(m, rules(), lookup);
    CHECK(c.direction == Direction::internal);
    CHECK(slugs(c) == std::vector<std::string>{"ecpc:thread"});
}

TEST_CASE("classify: bulk mail stays unmatched", "[classify]") {
    auto m = mail("news@acme.com", {"a@ourco.com"});
    m.list_id = "<news.acme.com>";
    auto c = classify(m, rules());
    CHECK(c.bulk);
    CHECK(c.customers.empty());
}

TEST_CASE("classify: document kinds in English and Chinese", "[classify]") {
    struct Row {
        const char* subject;
        const char* text;
        DocKind kind;
    };
    const Row rows[] = {
        {"RFQ: DN50 ball valves", "", DocKind::inquiry},
        {"Request for quotation - gate valves", "", DocKind::inquiry},
        {"Inquiry for butterfly valves", "", DocKind::inquiry},
        {"询价：球阀", "", DocKind::inquiry},
        {"Quotation QT-2026-0412", "", DocKind::quote},
        {"RE: Quotation for your inquiry", "", DocKind::quote},
        {"回复：报价单", "", DocKind::quote},
        {"報價單 DN80", "", DocKind::quote},
        {"Proforma Invoice PI-2026-03", "", DocKind::quote},
        {"Sales Contract HD-2026-118", "", DocKind::contract},
        {"合同草稿", "", DocKind::contract},
        {"PO 4500012345", "", DocKind::order},
        {"New purchase order", "", DocKind::order},
        {"采购单", "", DocKind::order},
        {"Commercial invoice for shipment", "", DocKind::invoice},
        {"发票", "", DocKind::invoice},
        {"Hello", "Please find our quotation attached.", DocKind::quote},
        {"Hello", "> please send the quotation\nThanks", DocKind::other},
        {"Happy new year", "in order to meet you", DocKind::other},
        {"Pipeline report", "", DocKind::other},
        {"Police report", "", DocKind::other},
        {"RE: RFQ: gate valves DN50 - approx. 500 pcs - Quotation QT-2025-0916", "",
         DocKind::quote},
        {"回复：询价：截止阀 DN100 — 报价单", "", DocKind::quote},
        {"采购订单 ECPC-PO-2025-0388（合同HD-HT-2025-062）", "", DocKind::order},
        {"Update", "已下订单不受影响。新的报价如下", DocKind::order},
        {"Update", "新的报价如下。已下订单不受影响", DocKind::quote},
        {"Price notice", "已下订单不受影响。新的报价如下", DocKind::price_notice},
    };
    for (const Row& row : rows) {
        INFO(row.subject);
        CHECK(classify_kind(row.subject, row.text) == row.kind);
    }
    CHECK(classify_attachment_kind("Quotation_QT-2026-0412.csv", DocKind::other) == DocKind::quote);
    CHECK(classify_attachment_kind("合同-HD118.pdf", DocKind::other) == DocKind::contract);
    CHECK(classify_attachment_kind("drawing.pdf", DocKind::inquiry) == DocKind::inquiry);
}
