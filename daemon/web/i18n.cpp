#include "daemon/web/i18n.hpp"

#include <algorithm>
#include <cstdlib>

#include "common/doc_kinds.hpp"
#include "common/phrases.hpp"
#include "common/utf8.hpp"
#include "daemon/today/digest.hpp"

namespace mailclerk::web {
namespace {

constexpr Phrase k_strings[] = {
    {"app", "mailclerk", "mailclerk 客户邮件"},
    {"login", "Log in", "登录"},
    {"logout", "Log out", "退出"},
    {"user", "User name", "用户名"},
    {"password", "Password", "密码"},
    {"login_failed", "Wrong user name or password.", "用户名或密码错误。"},
    {"login_locked", "Too many failed attempts. Try again in a few seconds.",
     "登录失败次数过多，请稍后再试。"},
    {"login_expired", "The form expired. Please try again.", "表单已过期，请重试。"},
    {"search", "Search", "搜索"},
    {"roster", "Customers", "客户名录"},
    {"query", "Words, \"phrases\", from:, subject:, kind:quote …",
     "关键词、\"短语\"、from:、subject:、kind:quote …"},
    {"customer", "Customer", "客户"},
    {"any", "any", "全部"},
    {"kind", "Kind", "类型"},
    {"direction", "Direction", "方向"},
    {"after", "After", "起始日期"},
    {"before", "Before", "截止日期"},
    {"has_attachment", "With attachments", "有附件"},
    {"results", "results", "条结果"},
    {"no_results", "No messages found.", "没有找到邮件。"},
    {"conversation", "conversation", "会话"},
    {"messages", "messages", "封邮件"},
    {"previous", "Previous", "上一页"},
    {"next", "Next", "下一页"},
    {"page", "Page", "页"},
    {"inbound", "received", "收到"},
    {"outbound", "sent", "发出"},
    {"internal", "internal", "内部"},
    {"category", "Category", "类别"},
    {"grade", "Grade", "等级"},
    {"owner", "Owner", "负责人"},
    {"contacts", "Contacts", "联系人"},
    {"last_contact", "Last contact", "最近联系"},
    {"last_inbound", "Last received", "最近收到"},
    {"last_outbound", "Last sent", "最近发出"},
    {"dormant", "dormant", "休眠"},
    {"follow_up", "follow-up due", "需跟进"},
    {"closed", "Closed deals", "已成交客户"},
    {"key", "Key accounts", "重点培养客户"},
    {"prospect", "Prospects", "潜在客户"},
    {"inactive", "Inactive", "暂停客户"},
    {"timeline", "Timeline", "往来记录"},
    {"showing_latest", "showing the latest", "显示最近"},
    {"documents", "Documents", "文件"},
    {"all_documents", "all documents", "全部文件"},
    {"prices", "Price list", "价格表"},
    {"price_history", "Earlier quotes", "历史报价"},
    {"product", "Product", "产品"},
    {"model", "Model", "型号"},
    {"quantity", "Quantity", "数量"},
    {"unit_price", "Unit price", "单价"},
    {"incoterm", "Terms", "贸易条款"},
    {"quoted_at", "Quoted", "报价日期"},
    {"trend", "Trend", "走势"},
    {"status_quoted", "quoted", "报价"},
    {"status_notice", "price notice", "调价通知"},
    {"status_agreed", "agreed", "已议定"},
    {"status_ordered", "ordered", "已下单"},
    {"download", "Download", "下载"},
    {"no_prices", "No price items found in the quotes.", "报价中没有找到价格。"},
    {"date", "Date", "日期"},
    {"subject", "Subject", "主题"},
    {"from", "From", "发件人"},
    {"to", "To", "收件人"},
    {"cc", "Cc", "抄送"},
    {"attachments", "Attachments", "附件"},
    {"technical_part", "technical part", "技术部分"},
    {"raw", "Original message (.eml)", "原始邮件 (.eml)"},
    {"remote_blocked", "Remote content blocked.", "已阻止外部内容。"},
    {"html_view", "Formatted", "格式化内容"},
    {"text_view", "Text", "正文"},
    {"no_text", "(no text)", "（无正文）"},
    {"name", "Name", "名称"},
    {"email", "Address", "邮箱"},
    {"phone", "Phone", "电话"},
    {"seen", "Messages in/out", "往来邮件 收/发"},
    {"candidates", "Candidate customers", "候选客户"},
    {"promote", "Promote", "设为客户"},
    {"ignore", "Ignore", "忽略"},
    {"domain", "Domain", "域名"},
    {"no_candidates", "No candidate customers.", "没有候选客户。"},
    {"days", "days", "天"},
    {"never", "never", "从未"},
    {"not_found", "Not found.", "未找到。"},
    {"forbidden", "Not allowed.", "无权访问。"},
    {"bad_request", "Bad request.", "请求无效。"},
    {"error", "Something went wrong.", "出错了。"},
    {"done", "Done.", "已完成。"},
    {"language", "中文", "English"},
    {"size", "Size", "大小"},
    {"sort", "Sort", "排序"},
    {"unmatched", "unmatched", "未归类"},
    {"today", "Today", "今日待办"},
    {"products", "Products", "产品比价"},
    {"open_items", "Open items", "待办事项"},
    {"nothing_today", "Nothing needs you today.", "今天没有待办事项。"},
    {"age", "Waiting", "已等待"},
    {"reps", "Rep", "负责人"},
    {"nobody", "(no owner)", "（无负责人）"},
    {"mark_done", "Done", "已处理"},
    {"correct", "Correct", "更正"},
    {"currency", "Currency", "币种"},
    {"unit", "Unit", "单位"},
    {"save", "Save", "保存"},
    {"not_a_price", "Not a price", "不是价格"},
    {"undo_fix", "Undo correction", "撤销更正"},
    {"corrected", "corrected by a rep", "已由业务员更正"},
    {"team_summary", "Team summary", "团队概况"},
    {"product_query", "Model, specification or words: DN50, Q41F-16C, ball valve",
     "型号、规格或名称：DN50、Q41F-16C、球阀"},
    {"no_product", "No customer has a price for this product.", "没有客户有该产品的价格。"},
    {"status", "Status", "状态"},
    {"quoted", "quoted", "已报价"},
    {"agreed", "agreed", "已确认"},
    {"latest_quote", "Latest quote", "最新报价"},
    {"agreed_price", "Agreed price", "成交价"},
    {"source", "Source", "来源"},
};

} // namespace

std::string_view lang_code(Lang lang) {
    return lang == Lang::zh ? "zh" : "en";
}

Lang lang_from_accept(std::string_view header) {
    double best_q = -1;
    Lang best = Lang::en;
    size_t start = 0;
    while (start <= header.size()) {
        size_t end = header.find(',', start);
        std::string item = utf8::ascii_lower(utf8::trim(header.substr(start, end - start)));
        double q = 1;
        if (size_t at = item.find(";q="); at != std::string::npos) {
            q = std::strtod(item.c_str() + at + 3, nullptr);
            item = item.substr(0, at);
        }
        if ((item.starts_with("zh") || item.starts_with("en")) && q > best_q) {
            best_q = q;
            best = item.starts_with("zh") ? Lang::zh : Lang::en;
        }
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return best;
}

Lang choose_lang(std::string_view param, std::string_view cookie, std::string_view accept) {
    for (std::string_view given : {param, cookie}) {
        if (given == "zh") return Lang::zh;
        if (given == "en") return Lang::en;
    }
    return lang_from_accept(accept);
}

// Document kinds are labelled by their own table (common/doc_kinds.hpp), keyed by kind name;
// agenda states by the digest's (daemon/today/digest.hpp), keyed by state name.
std::string_view tr(Lang lang, std::string_view key) {
    bool chinese = lang == Lang::zh;
    if (const Phrase* found = find_phrase(k_strings, key)) return chinese ? found->zh : found->en;
    for (const DocKindInfo& kind : doc_kinds())
        if (kind.name == key) return chinese ? kind.label_zh : kind.label_en;
    if (auto state = today::state_named(key)) return today::state_label(*state, chinese);
    return key;
}

std::vector<std::string_view> all_keys() {
    std::vector<std::string_view> keys;
    for (const Phrase& entry : k_strings)
        keys.push_back(entry.key);
    for (const DocKindInfo& kind : doc_kinds())
        keys.push_back(kind.name);
    for (auto state :
         {today::State::unanswered_inquiry, today::State::awaiting_reply,
          today::State::follow_up_due, today::State::dormant, today::State::new_candidate})
        keys.push_back(today::to_string(state));
    return keys;
}

} // namespace mailclerk::web
