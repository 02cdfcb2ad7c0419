"""blind4, mainland China counterparts of Xiamen Ruifeng: a Dongguan hardware factory (WPS XLSX,
163 webmail), a Wenzhou valve maker (WeChat-style lines, QQ Mail), a Cixi plastics workshop
(QQ Mail HTML tables, prices per thousand) and a Shenzhen building-materials buyer (Aliyun Mail).
Every company, person and price is invented."""

from b4_common import (DOCX, HUANG, TINA_CN, TINA_SIG_CN, XLSX, aliyun_html, br, money, netease_html, per_one,
                       qq_html, rmb_upper, styled_table, times)

HENGLI = ("罗少华", "luoshaohua@hengli-hw.com")
YONGGU = ("郑海波", "zhenghb@yonggu-valve.com")
JIAMEI = ("孙丽", "sunli@jiamei-plastic.com")
ANDA = ("刘建国", "liujg@anda-jc.com")

CUSTOMERS = [
    {"slug": "hengli", "name": "东莞市恒力五金制品有限公司", "domains": ["hengli-hw.com"]},
    {"slug": "yonggu", "name": "温州永固阀门有限公司", "domains": ["yonggu-valve.com"]},
    {"slug": "jiamei", "name": "慈溪市佳美塑料制品厂", "domains": ["jiamei-plastic.com"]},
    {"slug": "anda", "name": "深圳市安达建材有限公司", "domains": ["anda-jc.com"]},
]

COREMAIL = {"X-Mailer": "Coremail Webmail Server Version XT5.0.13 build 20230606(10d2bd6b)"}
QQMAIL = {"X-Mailer": "QQMail 2.x", "X-QQ-MIME": "TCMime 1.0 by Tencent", "X-QQ-Mailer": "QQMail 2.x"}
ALIMAIL = {"X-Mailer": "Alimail-Mailagent revision 2"}

# ------------------------------------------------------------------ 恒力五金 (Dongguan, CNY)

HL_HEAD = [["东莞市恒力五金制品有限公司"],
           ["地址：广东省东莞市长安镇乌沙社区兴发南路38号"],
           ["电话：0769-8530 2216    传真：0769-8530 2218    手机：138 2921 5506"],
           ["报  价  单"]]
HL_SIG = ("罗少华  业务部\n东莞市恒力五金制品有限公司\n电话：0769-8530 2216  传真：0769-8530 2218\n"
          "手机/微信：138 2921 5506")


def _wps_quote(D, title, no, date, valid, rows, cols_right, note_lines, merges_extra=()):
    """A WPS 表格 报价单: letterhead rows merged across A:J, a title row, the header, item rows with
    formula amounts, 合计 and 大写 rows, notes."""
    sheet = [r + [""] * 9 for r in HL_HEAD[:3]]
    sheet.append([title] + [""] * 9)
    sheet.append(["客户：厦门瑞丰进出口有限公司", "", "", "", "", "", f"报价单号：{no}"])
    sheet.append(["联系人：陈雅婷", "", "", "", "", "", f"报价日期：{date}"])
    sheet.append(["", "", "", "", "", "", f"有效期：{valid}"])
    sheet.append(["序号", "产品名称", "型号规格", "材质", "单位", "数量", "单价(元)", "金额(元)", "交期", "备注"])
    total = 0
    first = len(sheet) + 1
    for k, (name, model, mat, unit, qty, price, lead, rem) in enumerate(rows, 1):
        r = len(sheet) + 1
        amount = times(qty, price)
        total += amount
        sheet.append([D.n(k), name, model, mat, unit, D.n(qty), D.n(price), D.f(amount, f"F{r}*G{r}"), lead, rem])
    last = len(sheet)
    sheet.append(["合计", "", "", "", "", "", "", D.f(total, f"SUM(H{first}:H{last})"), "", ""])
    sheet.append([f"合计人民币(大写)：{rmb_upper(total)}"] + [""] * 9)
    for line in note_lines:
        sheet.append([line] + [""] * 9)
    sheet.append(["", "", "", "", "", "", "供方：东莞市恒力五金制品有限公司（盖章）"])
    n_head = 4
    merges = [f"A{r}:J{r}" for r in range(1, n_head + 1)]
    merges += [f"A{last + 1}:G{last + 1}", f"A{last + 2}:J{last + 2}"]
    merges += [f"A{last + 3 + k}:J{last + 3 + k}" for k in range(len(note_lines))]
    return D.xlsx(sheet, sheet="报价单", merges=merges + list(merges_extra), money_cols=(7,), price_cols=(6,),
                  app="WPS 表格"), total


def hengli(D, M, add):
    I = M.item
    rows = [("不锈钢合页", "HL-H4030 100×75×2.5mm", "SUS304", "只", 2000, "6.80", "15天", "拉丝面"),
            ("不锈钢门吸", "HL-D210", "SUS304", "只", 1000, "9.50", "15天", ""),
            ("自攻螺丝", "HL-ST4.2×16", "碳钢镀锌", "千只", 50, "85.00", "7天", "十字盘头，按千只计价"),
            ("抽屉滑轨", "HL-S45-400 45宽×400mm", "冷轧钢", "副", 500, "18.60", "20天", "三节全拉"),
            ("门把手", "HL-P128 孔距128mm", "锌合金", "个", 800, "12.30", "15天", "拉丝镍")]
    data, total = _wps_quote(D, "报  价  单", "HL-BJ260908-03", "2026年9月8日", "30天",
                             rows, (), ["备注：1. 以上价格含13%增值税专用发票，含运费送货到厦门；",
                                        "2. 付款方式：月结30天；3. 包装：纸箱包装，特殊包装另计。"])
    body = netease_html("陈小姐您好！<br><br>附件是我司报价单，请查收。有问题随时联系。<br><br>" + br(HL_SIG))
    items = [I("h4030", "不锈钢合页", "HL-H4030", "6.80", "CNY", "pcs", quantity="2000"),
             I("d210", "不锈钢门吸", "HL-D210", "9.50", "CNY", "pcs", quantity="1000"),
             I("st42", "自攻螺丝", "HL-ST4.2×16", "0.085", "CNY", "pcs", quantity="50000"),
             I("s45", "抽屉滑轨", "HL-S45-400", "18.60", "CNY", "pair", quantity="500"),
             I("p128", "门把手", "HL-P128", "12.30", "CNY", "pcs", quantity="800")]
    raw = M.build("hl1", "2026-09-08T10:12:00+08:00", HENGLI, TINA_CN, "恒力五金报价单HL-BJ260908-03",
                  html=body, attachments=[(data, XLSX, "恒力五金报价单HL-BJ260908-03.xlsx")], extra_headers=COREMAIL)
    add("hl1", "2026-09-08T02:12:00Z", "xlsx-wps-baojiadan-daxie", "xlsx", "quote", items, raw, "hengli",
        notes=f"WPS XLSX 报价单: letterhead rows (地址/电话/传真) merged A:J, 报价日期/有效期 cells, formula amounts, 合计 {money(total)} and a 大写 row; 自攻螺丝 priced per 千只 (85.00/千只 = 0.085/pc); 副 = pair.")

    text = ("陈小姐您好，\n\n按新的数量报价如下：\n\n"
            "序号\t产品名称\t型号规格\t单位\t数量\t单价(元)\t金额(元)\n"
            f"1\t不锈钢合页\tHL-H4030 100×75×2.5mm\t只\t3000\t6.50\t{times(3000, '6.50')}\n"
            f"2\t抽屉滑轨\tHL-S45-400 45宽×400mm\t副\t800\t17.80\t{times(800, '17.80')}\n"
            f"3\t门把手\tHL-P128 孔距128mm\t个\t1000\t11.90\t{times(1000, '11.90')}\n"
            f"\t合计\t\t\t\t\t{times(3000, '6.50') + times(800, '17.80') + times(1000, '11.90')}\n\n"
            "以上含税含运，报价有效期30天。交期15-20天。\n\n" + HL_SIG + "\n")
    items = [I("h4030", "不锈钢合页", "HL-H4030", "6.50", "CNY", "pcs", quantity="3000"),
             I("s45", "抽屉滑轨", "HL-S45-400", "17.80", "CNY", "pair", quantity="800"),
             I("p128", "门把手", "HL-P128", "11.90", "CNY", "pcs", quantity="1000")]
    raw = M.build("hl2", "2026-09-22T15:47:00+08:00", HENGLI, TINA_CN, "回复：合页、滑轨、拉手数量调整后报价", text=text,
                  extra_headers=COREMAIL)
    add("hl2", "2026-09-22T07:47:00Z", "text-zh-pasted-excel-tabs", "text-table", "quote", items, raw, "hengli",
        notes="报价如下 then a block pasted from Excel into the 163 text editor: tab-separated cells, amounts without grouping, a 合计 row with empty cells.")

    notice_rows = [["调 价 通 知"] + [""] * 7,
                   ["致：厦门瑞丰进出口有限公司 陈雅婷 小姐"] + [""] * 7,
                   ["因近期不锈钢及锌合金原材料价格持续上涨，经公司研究决定，自2026年11月1日起对以下产品价格进行调整："]
                   + [""] * 7,
                   ["序号", "产品名称", "型号规格", "单位", "原价(元)", "新价(元)", "调整幅度", "备注"]]
    changes = [("不锈钢合页", "HL-H4030", "只", "6.50", "6.90", "+6.2%", ""),
               ("不锈钢门吸", "HL-D210", "只", "9.50", "9.90", "+4.2%", ""),
               ("自攻螺丝", "HL-ST4.2×16", "千只", "85.00", "92.00", "+8.2%", "按千只计价"),
               ("门把手", "HL-P128", "个", "11.90", "12.60", "+5.9%", "")]
    for k, (name, model, unit, old, new, pct, rem) in enumerate(changes, 1):
        notice_rows.append([D.n(k), name, model, unit, D.n(old), D.n(new), pct, rem])
    notice_rows += [["以上价格均含13%增值税及运费。11月1日前已下订单按原价执行。"] + [""] * 7,
                    ["东莞市恒力五金制品有限公司  2026年10月15日"] + [""] * 7]
    data = D.xlsx(notice_rows, sheet="调价通知", merges=["A1:H1", "A2:H2", "A3:H3", "A9:H9", "A10:H10"],
                  price_cols=(4, 5), app="WPS 表格")
    body = netease_html("陈小姐：<br>您好！附件为我司调价通知，请查收，谢谢理解与支持！<br><br>" + br(HL_SIG))
    items = [I("h4030", "不锈钢合页", "HL-H4030", "6.90", "CNY", "pcs", status="notice"),
             I("d210", "不锈钢门吸", "HL-D210", "9.90", "CNY", "pcs", status="notice"),
             I("st42", "自攻螺丝", "HL-ST4.2×16", "0.092", "CNY", "pcs", status="notice"),
             I("p128", "门把手", "HL-P128", "12.60", "CNY", "pcs", status="notice")]
    raw = M.build("hl3", "2026-10-15T09:30:00+08:00", HENGLI, TINA_CN, "恒力五金调价通知（2026年11月1日起执行）",
                  html=body, attachments=[(data, XLSX, "调价通知20261015.xlsx")], extra_headers=COREMAIL)
    add("hl3", "2026-10-15T01:30:00Z", "xlsx-wps-tiaojia-old-new", "xlsx", "price-notice", items, raw, "hengli",
        kind_alt=["quote"], notes="调价通知 XLSX: 原价(元)/新价(元)/调整幅度 columns, the new price is the item (status notice); per 千只 row; effective date in a merged paragraph row.")

    crow = [("不锈钢合页", "HL-H4030 100×75×2.5mm", "只", 5000, "6.85"),
            ("抽屉滑轨", "HL-S45-400 45宽×400mm", "副", 1000, "18.20"),
            ("门把手", "HL-P128 孔距128mm", "个", 1500, "12.40")]
    table = [["序号", "产品名称", "规格型号", "单位", "数量", "单价(元)", "总价(元)", "交货期"]]
    total = 0
    for k, (name, model, unit, qty, price) in enumerate(crow, 1):
        amount = times(qty, price)
        total += amount
        table.append([str(k), name, model, unit, f"{qty:,}", price, money(amount), "2026年11月30日前"])
    table.append(["合计", "", "", "", "", "", money(total), ""])
    table.append([f"合计金额（大写）：人民币{rmb_upper(total)}", "", "", "", "", "", "", ""])
    data = D.docx([
        "购 销 合 同",
        "合同编号：HL-RF-20261105    签订地点：东莞市长安镇    签订日期：2026年11月5日",
        "需方（甲方）：厦门瑞丰进出口有限公司\n供方（乙方）：东莞市恒力五金制品有限公司",
        "经甲乙双方友好协商，根据《中华人民共和国民法典》，就甲方向乙方采购下列产品达成如下协议：",
        "一、产品名称、规格、数量及价格",
        table,
        "注：以上单价含13%增值税，乙方开具增值税专用发票。",
        "二、质量标准：按乙方企业标准及双方确认的样品执行。",
        "三、交货期及地点：合同签订后20天内交货，送货至甲方指定厦门仓库，运费由乙方承担。",
        "四、付款方式：合同签订后预付30%定金，余款于货到验收合格后30日内付清。",
        "五、违约责任：乙方逾期交货，每逾期一天按未交货部分货款的0.5%支付违约金。",
        "六、本合同一式两份，双方各执一份，签字盖章后生效。",
        "甲方（盖章）：厦门瑞丰进出口有限公司    代表：黄志明    电话：0592-2036 719\n"
        "乙方（盖章）：东莞市恒力五金制品有限公司    代表：罗少华    电话：0769-8530 2216\n"
        "开户行：中国工商银行东莞长安支行    账号：2010 0287 0910 0156 633"])
    body = netease_html("黄经理：<br>您好！合同已盖章，请查收附件，回签后我们安排生产。<br><br>" + br(HL_SIG))
    items = [I("h4030", "不锈钢合页", "HL-H4030", "6.85", "CNY", "pcs", status="agreed", quantity="5000"),
             I("s45", "抽屉滑轨", "HL-S45-400", "18.20", "CNY", "pair", status="agreed", quantity="1000"),
             I("p128", "门把手", "HL-P128", "12.40", "CNY", "pcs", status="agreed", quantity="1500")]
    raw = M.build("hl4", "2026-11-05T14:05:00+08:00", HENGLI, HUANG, "购销合同HL-RF-20261105（已盖章）", html=body,
                  attachments=[(data, DOCX, "购销合同HL-RF-20261105.docx")], extra_headers=COREMAIL)
    add("hl4", "2026-11-05T06:05:00Z", "docx-zh-goumai-hetong", "docx", "contract", items, raw, "hengli",
        notes="购销合同 DOCX: 单价/总价/交货期 table, 合计 and 大写 rows, 30% 定金, a 0.5% penalty, bank account; agreed prices below the notice.")

    html = netease_html("陈小姐：<br>自攻螺丝现在的价格：ST4.2×16每千个90元，ST4.8×19每千个118元，含税含运，"
                        "50千个起订。<br>有需要提前两天下单。<br><br>" + br(HL_SIG))
    items = [I("st42", "自攻螺丝", "ST4.2×16", "0.09", "CNY", "pcs"),
             I("st48", "自攻螺丝", "ST4.8×19", "0.118", "CNY", "pcs")]
    raw = M.build("hl5", "2026-11-20T11:02:00+08:00", HENGLI, TINA_CN, "自攻螺丝价格", html=html,
                  extra_headers=COREMAIL)
    add("hl5", "2026-11-20T03:02:00Z", "prose-zh-per-thousand-meige", "prose", "quote", items, raw, "hengli",
        notes="163 HTML prose: 每千个90元 (= 0.09/pc); the model without the HL- prefix the XLSX had; 50千个起订 is a MOQ, no quantity.")


# ------------------------------------------------------------------ 永固阀门 (Wenzhou, CNY)

YG_SIG = "郑海波 13705776218（微信同号）\n温州永固阀门有限公司\n浙江省温州市龙湾区永兴街道滨海五道1088号"


def yonggu(D, M, add):
    I = M.item
    text = ("陈总好，按您要的型号报价如下：\n\n"
            "1. 不锈钢球阀 Q11F-16P DN15 单价:28元/个 含税含运\n"
            "2. 不锈钢球阀 Q11F-16P DN25 单价:45元/个 含税含运\n"
            "3. 不锈钢球阀 Q11F-16P DN40 单价:86元/个 含税含运\n"
            "4. 铸钢闸阀 Z41H-16C DN80 单价:680元/台 含税含运\n\n"
            "量大可以再谈，DN15、DN25有现货，付款后3天发货。\n\n" + YG_SIG + "\n")
    items = [I("q15", "不锈钢球阀", "Q11F-16P DN15", "28.00", "CNY", "pcs"),
             I("q25", "不锈钢球阀", "Q11F-16P DN25", "45.00", "CNY", "pcs"),
             I("q40", "不锈钢球阀", "Q11F-16P DN40", "86.00", "CNY", "pcs"),
             I("z80", "铸钢闸阀", "Z41H-16C DN80", "680.00", "CNY", "set")]
    raw = M.build("yg1", "2026-09-10T20:41:00+08:00", YONGGU, TINA_CN, "球阀闸阀报价", text=text, charset="gbk",
                  extra_headers=QQMAIL)
    add("yg1", "2026-09-10T12:41:00Z", "text-gbk-wechat-lines-danjia", "prose", "quote", items, raw, "yonggu",
        notes="WeChat-style numbered lines `单价:45元/个 含税含运` in GBK; prices without decimals; 台 = set.")

    text = ("陈总：\n\n截止阀、止回阀价格如下（不含税价格，开票加6个点）：\n\n"
            "J41W-16P DN25 不锈钢截止阀  ¥62.5/个\n"
            "J41W-16P DN50 不锈钢截止阀  RMB128.00/个\n"
            "H14W-16P DN25 不锈钢止回阀  45.50/pc\n\n"
            "运费到付，走德邦物流。交期7天。\n\n" + YG_SIG + "\n")
    items = [I("j25", "不锈钢截止阀", "J41W-16P DN25", "62.50", "CNY", "pcs"),
             I("j50", "不锈钢截止阀", "J41W-16P DN50", "128.00", "CNY", "pcs"),
             I("h25", "不锈钢止回阀", "H14W-16P DN25", "45.50", "CNY", "pcs")]
    raw = M.build("yg2", "2026-10-09T08:55:00+08:00", YONGGU, TINA_CN, "截止阀 止回阀 价格", text=text,
                  extra_headers=QQMAIL)
    add("yg2", "2026-10-09T00:55:00Z", "text-zh-mixed-yen-rmb-pc-untaxed", "prose", "quote", items, raw, "yonggu",
        notes="model first, name after; ¥62.5/个, RMB128.00/个, 45.50/pc in one list; 不含税价格，开票加6个点 (the stated untaxed price is the item, the 6% is no price).")

    text = ("陈总、黄经理：\n\n J41W-16P DN50截止阀最低可以做到120元/个（不含税），这已经是成本价了，"
            "DN25的价格不变。\n\n郑海波\n\n"
            "------------------ 原始邮件 ------------------\n"
            "发件人: \"黄志明\"<huangzm@ruifeng-trade.com>;\n发送时间: 2026年10月27日(星期二) 下午4:18\n"
            "收件人: \"郑海波\"<zhenghb@yonggu-valve.com>;\n抄送: \"陈雅婷\"<tina.chen@ruifeng-trade.com>;\n"
            "主题: 回复：截止阀 止回阀 价格\n\n郑总，DN50截止阀128元太高了，客户目标价110元/个，200个，能不能做？\n\n"
            "------------------ 原始邮件 ------------------\n"
            "发件人: \"郑海波\"<zhenghb@yonggu-valve.com>;\n发送时间: 2026年10月9日(星期五) 上午8:55\n"
            "收件人: \"陈雅婷\"<tina.chen@ruifeng-trade.com>;\n主题: 截止阀 止回阀 价格\n\n"
            "陈总：\n\n截止阀、止回阀价格如下（不含税价格，开票加6个点）：\n\n"
            "J41W-16P DN25 不锈钢截止阀  ¥62.5/个\nJ41W-16P DN50 不锈钢截止阀  RMB128.00/个\n"
            "H14W-16P DN25 不锈钢止回阀  45.50/pc\n\n运费到付，走德邦物流。交期7天。\n")
    items = [I("j50", "截止阀", "J41W-16P DN50", "120.00", "CNY", "pcs")]
    raw = M.build("yg3", "2026-10-28T09:20:00+08:00", YONGGU, TINA_CN, "回复：回复：截止阀 止回阀 价格", text=text,
                  extra_headers=dict(QQMAIL, Cc="黄志明 <huangzm@ruifeng-trade.com>"),
                  reply_to_id="<yg2-reply@ruifeng-trade.com>")
    add("yg3", "2026-10-28T01:20:00Z", "text-zh-reply-all-quoted-chain", "prose", "quote", items, raw, "yonggu",
        notes="reply-all: the new price in the newest part; our target price (110元) and the supplier's old prices in two QQ-mail 原始邮件 blocks below are no items; 'DN25的价格不变' restates no figure.")

    text = ("各位客户：\n\n根据国家法定节假日安排，我司国庆放假时间为2026年10月1日至10月7日，共7天，10月8日"
            "（星期四）正常上班。\n放假期间如有急事请联系：郑海波 137 0577 6218，仓库 0577-8689 3310。\n"
            "请各位客户提前安排订单，9月25日之后下单的货物节后发出，德邦物流9月28日停止收件。\n"
            "给您带来的不便敬请谅解！\n\n温州永固阀门有限公司\n2026年9月20日\n")
    raw = M.build("yg0", "2026-09-20T10:00:00+08:00", YONGGU, TINA_CN, "永固阀门2026年国庆放假通知", text=text,
                  charset="gbk", extra_headers=QQMAIL)
    add("yg0", "2026-09-20T02:00:00Z", "notice-zh-holiday-dates-phones", "non-quote", "other", [], raw, "yonggu",
        notes="a holiday notice in GBK full of dates, days and phone numbers: no items.")


# ------------------------------------------------------------------ 佳美塑料 (Cixi, CNY per thousand)

JM_SIG = "孙丽\n慈溪市佳美塑料制品厂\n电话/微信：158 6788 3021  QQ：2836517720\n浙江省慈溪市周巷镇工业区纬二路66号"


def jiamei(D, M, add):
    I = M.item
    rows = [["品名", "规格", "颜色", "单位", "数量", "单价(元/千个)", "金额(元)"]]
    prods = [("PP瓶盖", "JM-C28 28/410", "白色", 100, "135.00"), ("PE喷头", "JM-T24 24/410", "透明", 50, "420.00"),
             ("PET瓶", "JM-B250 250ml", "透明", 30, "680.00"), ("乳液泵头", "JM-P28 28/400 2cc", "白色", 20, "1150.00")]
    total = 0
    for name, spec, color, qty, price in prods:
        amount = times(qty, price)
        total += amount
        rows.append([name, spec, color, "千个", str(qty), money(price), money(amount)])
    rows.append(["合计", "", "", "", "", "", money(total)])
    html = qq_html("<div>陈小姐你好：</div><div>收到询价，报价如下：</div><div><br></div>"
                   + styled_table(rows, align_right=(4, 5, 6))
                   + "<div><br></div><div>以上价格含税（13%），单月货款满5万元返点2%。</div>"
                   "<div>模具现成，交期10-12天。</div><div><br></div><div>" + br(JM_SIG) + "</div>")
    items = [I("c28", "PP瓶盖", "JM-C28", "0.135", "CNY", "pcs", quantity="100000"),
             I("t24", "PE喷头", "JM-T24", "0.42", "CNY", "pcs", quantity="50000"),
             I("b250", "PET瓶", "JM-B250", "0.68", "CNY", "pcs", quantity="30000"),
             I("p28", "乳液泵头", "JM-P28", "1.15", "CNY", "pcs", quantity="20000")]
    raw = M.build("jm1", "2026-09-15T13:26:00+08:00", JIAMEI, TINA_CN, "回复：瓶盖喷头询价", html=html,
                  extra_headers=QQMAIL)
    add("jm1", "2026-09-15T05:26:00Z", "html-qq-inline-per-thousand", "html-table", "quote", items, raw, "jiamei",
        notes="QQ Mail HTML, every cell styled inline; unit 千个 and header 单价(元/千个): the item is per piece (135.00/千个 = 0.135); a 返点2% rebate line is no price.")

    rows = [["序号", "品名", "规格", "单位", "数量", "单价", "金额"]]
    prods = [("铝盖", "JM-A20 20/400", "个", 20000, "0.32"), ("玻璃滴管", "JM-D18 18/410", "个", 10000, "0.26"),
             ("PP瓶盖", "JM-C24 24/410", "个", 30000, "0.11")]
    total = 0
    for k, (name, spec, unit, qty, price) in enumerate(prods, 1):
        amount = times(qty, price)
        total += amount
        rows.append([str(k), name, spec, unit, f"{qty:,}", f"¥{price}", f"¥{money(amount)}"])
    disc = times(total, "0.05")
    rows += [["", "小计", "", "", "", "", f"¥{money(total)}"],
             ["", "整单优惠(95折)", "", "", "", "", f"-¥{money(disc)}"],
             ["", "合计", "", "", "", "", f"¥{money(total - disc)}"]]
    html = qq_html("<div>陈小姐：</div><div>新品报价见下表，本单给您95折：</div>"
                   + styled_table(rows, head_bg="#FCE4D6", align_right=(4, 5, 6))
                   + "<div>含税含运（江浙沪包邮，福建加收运费200元）。</div><div><br></div><div>" + br(JM_SIG) + "</div>")
    items = [I("a20", "铝盖", "JM-A20", "0.32", "CNY", "pcs", quantity="20000"),
             I("d18", "玻璃滴管", "JM-D18", "0.26", "CNY", "pcs", quantity="10000"),
             I("c24", "PP瓶盖", "JM-C24", "0.11", "CNY", "pcs", quantity="30000")]
    raw = M.build("jm2", "2026-10-20T16:10:00+08:00", JIAMEI, TINA_CN, "新品报价：铝盖 滴管 瓶盖", html=html,
                  extra_headers=QQMAIL)
    add("jm2", "2026-10-20T08:10:00Z", "html-qq-yen-cells-order-discount", "html-table", "quote", items, raw, "jiamei",
        notes="¥ in every cell; 小计, 整单优惠(95折) with a negative amount and 合计 rows inside the table (an order-level discount: the unit prices stand as written); a 200元 freight surcharge in the text.")

    text = ("陈小姐：\n\n跟老板申请了，PP瓶盖28/410调整为每千个128元，PE喷头24/410每千个405元，"
            "其他不变。10万个以上才能做这个价。\n\n孙丽\n")
    items = [I("c28", "PP瓶盖", "28/410", "0.128", "CNY", "pcs"),
             I("t24", "PE喷头", "24/410", "0.405", "CNY", "pcs")]
    for it in items:
        it["size_model"] = True
    raw = M.build("jm3", "2026-11-12T10:45:00+08:00", JIAMEI, TINA_CN, "回复：回复：瓶盖喷头询价", text=text,
                  extra_headers=QQMAIL)
    add("jm3", "2026-11-12T02:45:00Z", "prose-zh-tiaozheng-meiqian", "prose", "quote", items, raw, "jiamei",
        notes="a revision in prose naming products by name and neck size only (28/410, without JM-C28): 调整为每千个128元; '10万个以上' is a condition, no quantity.")


# ------------------------------------------------------------------ 安达建材 (Shenzhen buyer)


def anda(D, M, add):
    I = M.item
    rows = [["深圳市安达建材有限公司  询价单"] + [""] * 6,
            ["询价日期：2026-09-18", "", "", "", "报价截止：2026-09-21"],
            ["序号", "名称", "规格型号", "单位", "数量", "目标价(元)", "备注"],
            [D.n(1), "不锈钢合页", "4寸 304 拉丝", "只", D.n(3000), D.n("7.50"), "需开专票"],
            [D.n(2), "门把手", "孔距128 锌合金", "个", D.n(1000), D.n("14.00"), ""],
            [D.n(3), "抽屉滑轨", "45宽 400mm 三节", "副", D.n(600), D.n("20.00"), ""],
            ["请报含税含运到深圳价格，注明交期。"] + [""] * 6]
    data = D.xlsx(rows, sheet="询价单", merges=["A1:G1", "A7:G7"], price_cols=(5,), app="WPS 表格")
    html = aliyun_html("陈经理：<br>您好，附件询价单请帮忙报价，目标价仅供参考，谢谢！<br><br>刘建国<br>"
                       "深圳市安达建材有限公司 采购部<br>电话：0755-2661 3380")
    raw = M.build("ad1", "2026-09-18T09:05:00+08:00", ANDA, TINA_CN, "询价单-安达建材20260918", html=html,
                  attachments=[(data, XLSX, "询价单20260918.xlsx")], extra_headers=ALIMAIL)
    add("ad1", "2026-09-18T01:05:00Z", "xlsx-xunjiadan-target", "inquiry", "inquiry", [], raw, "anda",
        notes="a buyer's 询价单 XLSX with quantities and a 目标价(元) column: no items.")

    rows = [["序号", "产品名称", "型号规格", "单位", "数量", "单价(元)", "金额(元)"]]
    prods = [("不锈钢合页", "RF-H4030 4寸 304拉丝", "只", 3000, "8.20"), ("门把手", "RF-P128 孔距128mm", "个", 1000, "15.60"),
             ("抽屉滑轨", "RF-S45-400 三节全拉", "副", 600, "22.50")]
    total = 0
    for k, (name, model, unit, qty, price) in enumerate(prods, 1):
        amount = times(qty, price)
        total += amount
        rows.append([str(k), name, model, unit, f"{qty:,}", price, money(amount)])
    rows.append(["", "运费", "", "", "", "", "350.00"])
    rows.append(["", "合计", "", "", "", "", money(total + 350)])
    html = aliyun_html("刘经理您好：<br><br>感谢询价！我司报价如下：<br>"
                       + styled_table(rows, head_bg="#DDEBF7", align_right=(4, 5, 6))
                       + "<br>说明：以上单价含13%增值税专票，运费单列；交期：下单后20天；付款：款到发货。<br><br>"
                       + br(TINA_SIG_CN))
    items = [I("h4030", "不锈钢合页", "RF-H4030", "8.20", "CNY", "pcs", quantity="3000"),
             I("p128", "门把手", "RF-P128", "15.60", "CNY", "pcs", quantity="1000"),
             I("s45", "抽屉滑轨", "RF-S45-400", "22.50", "CNY", "pair", quantity="600")]
    raw = M.build("ad2", "2026-09-19T17:32:00+08:00", TINA_CN, ANDA, "回复：询价单-安达建材20260918", html=html,
                  extra_headers=ALIMAIL, reply_to_id="<ad1@anda-jc.com>")
    add("ad2", "2026-09-19T09:32:00Z", "html-aliyun-outbound-freight-row", "html-table", "quote", items, raw, "anda",
        direction="outbound", notes="our quote from Aliyun Mail to a domestic buyer; a 运费 row with an amount only and a 合计 row inside the table.")

    text = ("刘经理：\n\n您好！跟工厂争取了一下，合页可以做到含税7.90元/只，门把手含税15.00元/个，滑轨价格不变。"
            "3000只合页、1000个把手可以10月20日前到深圳。\n如确认请回传盖章订单，谢谢！\n\n" + TINA_SIG_CN + "\n\n"
            "------------------ Original ------------------\nFrom: \"刘建国\"<liujg@anda-jc.com>\n"
            "Date: Tue, Sep 29, 2026 10:02 AM\nTo: \"陈雅婷\"<tina.chen@ruifeng-trade.com>\n"
            "Subject: 回复：询价单-安达建材20260918\n\n陈经理，合页8.20、把手15.60都高了，我们目标7.50和14.00，"
            "再看看？\n")
    items = [I("h4030", "合页", "", "7.90", "CNY", "pcs"),
             I("p128", "门把手", "", "15.00", "CNY", "pcs")]
    raw = M.build("ad3", "2026-09-29T15:26:00+08:00", TINA_CN, ANDA, "回复：回复：询价单-安达建材20260918", text=text,
                  extra_headers=ALIMAIL, reply_to_id="<ad-0929@anda-jc.com>")
    add("ad3", "2026-09-29T07:26:00Z", "text-zh-outbound-hanshui-prose-quoted", "prose", "quote", items, raw, "anda",
        direction="outbound", notes="our revision in prose naming products only by name (合页 short for 不锈钢合页): 含税7.90元/只; the buyer's message with our old prices and its targets quoted below is no item; a date and quantities in the sentence.")


def scenarios(D, M, add):
    hengli(D, M, add)
    yonggu(D, M, add)
    jiamei(D, M, add)
    anda(D, M, add)
