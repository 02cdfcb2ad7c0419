"""What blind12 needs that the earlier sets' writers do not make: HTML as real mail clients write
it around a quote. Outlook's Word editor (tables typed in Word, each cell a
`<td style=...><p class=MsoNormal><span style=...>`, `&nbsp;` runs, Word's bulleted and numbered
lists with `<![if !supportLists]>`, a VML logo with its `<img>` fallback, the From:/Sent: block of a
top-posted reply), QQ Mail / Foxmail replies (`------------------ 原始邮件 ------------------`),
NetEase 163 replies (`<blockquote id="isReplyContent">`), Gmail's `gmail_quote` and forwarded
message, Alimail's body blocks. Standard library only; deterministic."""

from html import escape as hesc

WORD_NS = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
           "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/"
           "omml\" xmlns=\"http://www.w3.org/TR/REC-html40\">")
WORD_STYLE = """<style><!--
@font-face {font-family:"Cambria Math";} @font-face {font-family:Calibri;} @font-face {font-family:DengXian;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
p.MsoListParagraph {margin-top:0cm;margin-right:0cm;margin-bottom:0cm;margin-left:36.0pt;}
span.EmailStyle17 {mso-style-type:personal-compose;}
@list l0 {mso-list-id:1201431;mso-list-type:hybrid;}
@list l0:level1 {mso-level-number-format:bullet;mso-level-text:\\F0B7;}
@list l1 {mso-list-id:6630412;} @list l1:level1 {mso-level-tab-stop:none;}
--></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]-->"""


def span(text, style="font-size:10.0pt;font-family:&quot;Arial&quot;,sans-serif"):
    return f"<span style='{style}'>{text}</span>"


def mso_p(text="", style=None, align=None):
    """One Word paragraph; an empty one is `<o:p>&nbsp;</o:p>` as Outlook writes blank lines."""
    al = f" align={align} style='text-align:{align}'" if align else ""
    if not text:
        return f"<p class=MsoNormal{al}><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal{al}>{span(text, style) if style else span(text)}<o:p></o:p></p>"


def word_table(rows, right=(), shade_header=True, widths=None):
    """A table typed in Word: each cell `<td width=.. valign=top style='border:solid windowtext
    1.0pt;padding:0cm 5.4pt'>` holding a MsoNormal paragraph with a span. rows: lists of cells;
    a dict cell gives rowspan/colspan (dict(text=…, rows=n, cols=n)). Columns in right align
    right (prices)."""
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
           "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>"]
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            attrs = ""
            if isinstance(cell, dict):
                if cell.get("rows", 1) > 1:
                    attrs += f" rowspan={cell['rows']}"
                if cell.get("cols", 1) > 1:
                    attrs += f" colspan={cell['cols']}"
                cell = cell["text"]
            w = (widths or [])[c] if widths and c < len(widths) else 90
            bg = "background:#D9E2F3;" if r == 0 and shade_header else ""
            text = f"<b>{hesc(cell)}</b>" if r == 0 and shade_header else hesc(cell)
            text = text.replace("\n", "<br>") or "&nbsp;"
            p = (f"<p class=MsoNormal align=right style='text-align:right'>{span(text)}<o:p></o:p></p>"
                 if c in right and r > 0 else f"<p class=MsoNormal>{span(text)}<o:p></o:p></p>")
            cells.append(f"<td width={w} valign=top{attrs} style='width:{w * 0.75:.1f}pt;border:solid windowtext "
                         f"1.0pt;mso-border-alt:solid windowtext .5pt;{bg}padding:0cm 5.4pt 0cm 5.4pt'>{p}</td>")
        out.append(f"<tr style='mso-yfti-irow:{r}'>{''.join(cells)}</tr>")
    out.append("</table>")
    return "".join(out)


def word_list(lines, numbered=False):
    """Word's list paragraphs as Outlook sends them: the bullet or number inside
    `<![if !supportLists]>` so that clients without list support still show it."""
    out = []
    for k, line in enumerate(lines, 1):
        mark = f"{k}." if numbered else "&#183;"
        font = "" if numbered else "font-family:Symbol;"
        out.append(f"<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l{int(numbered)} "
                   f"level1 lfo{1 + int(numbered)}'><![if !supportLists]><span style='{font}'><span "
                   f"style='mso-list:Ignore'>{mark}<span style='font:7.0pt &quot;Times New Roman&quot;'>"
                   f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>{span(line)}<o:p></o:p></p>")
    return "".join(out)


def vml_logo(name):
    """A letterhead picture as Outlook keeps it: the VML shape and the `<img>` fallback."""
    return ("<p class=MsoNormal><span style='mso-no-proof:yes'><!--[if gte vml 1]><v:shape id=\"Picture_x0020_1\" "
            "o:spid=\"_x0000_i1025\" type=\"#_x0000_t75\" style='width:150pt;height:42pt'><v:imagedata "
            f"src=\"cid:image001.png@01DC8A11.3F2C5E40\" o:title=\"{name}\"/></v:shape><![endif]--><![if !vml]>"
            f"<img width=200 height=56 src=\"cid:image001.png@01DC8A11.3F2C5E40\" alt=\"{name}\" v:shapes=\"Picture_x0020_1\">"
            "<![endif]></span><o:p></o:p></p>")


def outlook(body_html, lang="EN-US", charset="utf-8"):
    """The whole Outlook (Word editor) message around body_html."""
    return (WORD_NS + f"<head><meta http-equiv=Content-Type content=\"text/html; charset={charset}\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">" + WORD_STYLE +
            f"</head><body lang={lang} link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
            f"<div class=WordSection1>{body_html}</div></body></html>")


def outlook_quote_header(frm, sent, to, subject):
    """Outlook's separator and From:/Sent:/To:/Subject: block above the quoted earlier mail."""
    return ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal><b><span lang=EN-US>From:</span></b><span lang=EN-US> {hesc(frm)} <br><b>Sent:</b> "
            f"{sent}<br><b>To:</b> {hesc(to)}<br><b>Subject:</b> {hesc(subject)}<o:p></o:p></span></p></div></div>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>")


def plain_html(body, charset="utf-8"):
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\"></head>"
            f"<body>{body}</body></html>")


def html_table(rows, border=1, style="border-collapse:collapse;font-size:14px"):
    """A plain web-mail table (QQ / Foxmail / 163 / Gmail editors); dict cells give rowspan/colspan."""
    out = [f"<table border=\"{border}\" cellspacing=\"0\" cellpadding=\"3\" style=\"{style}\"><tbody>"]
    for r, row in enumerate(rows):
        cells = []
        for cell in row:
            attrs = ""
            if isinstance(cell, dict):
                attrs = "".join(f" {k}=\"{cell[k2]}\"" for k, k2 in (("rowspan", "rows"), ("colspan", "cols"))
                                if cell.get(k2, 1) > 1)
                cell = cell["text"]
            tag = "th" if r == 0 else "td"
            cells.append(f"<{tag}{attrs}>{hesc(cell)}</{tag}>")
        out.append(f"<tr>{''.join(cells)}</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def foxmail_body(paras, charset="gbk"):
    """Foxmail / QQ Mail's HTML: one `<div>` per line, Microsoft YaHei, the signature below `<hr>`."""
    return "".join(f"<div><span style=\"font-size:10.5pt;font-family:'Microsoft YaHei'\">{p or '<br>'}</span></div>"
                   for p in paras)


def qq_quote(frm, sent, to, subject, quoted_html):
    """QQ Mail's / Foxmail's quote of the mail replied to: the 原始邮件 line, the 发件人 block and
    the old mail's HTML in a div with a grey left border."""
    return ("<div><br></div><div><br></div><div style=\"font-size:12px;font-family:Arial Narrow;padding:2px 0 2px 0;\">"
            "------------------&nbsp;原始邮件&nbsp;------------------</div><div style=\"font-size:12px;background:"
            f"#efefef;padding:8px;\"><div><b>发件人:</b>&nbsp;\"{hesc(frm)}\";</div><div><b>发送时间:</b>&nbsp;{sent}</div>"
            f"<div><b>收件人:</b>&nbsp;\"{hesc(to)}\";</div><div></div><div><b>主题:</b>&nbsp;{hesc(subject)}</div></div>"
            f"<div><br></div>{quoted_html}")


def netease_reply(fresh_html, frm, sent, quoted_html):
    """NetEase 163 webmail's reply: the fresh text, then `在 … 写道：` and the old mail in
    `<blockquote id="isReplyContent">`."""
    return (f"<div style=\"line-height:1.7;color:#000000;font-size:14px;font-family:Arial\">{fresh_html}"
            f"<br><br><div style=\"position:relative;zoom:1\"></div><div id=\"divNeteaseMailCard\"></div><br>"
            f"<pre><br>在 {sent}，\"{hesc(frm)}\" 写道：<br></pre><blockquote id=\"isReplyContent\" style=\"PADDING-LEFT:"
            f" 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid\">{quoted_html}</blockquote></div>")


def gmail_div(paras):
    return "<div dir=\"ltr\">" + "".join(f"<div>{p or '<br>'}</div>" for p in paras) + "</div>"


def gmail_quote(attribution, quoted_html):
    """Gmail's quote: `<div class="gmail_quote">` with the attribution line and a blockquote."""
    return (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{hesc(attribution)}<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
            f"padding-left:1ex\">{quoted_html}</blockquote></div>")


def gmail_forward(frm, date, subject, to, forwarded_html):
    """Gmail's forward: `---------- Forwarded message ---------` and the header lines, the
    forwarded mail's HTML inline (no blockquote)."""
    return ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">---------- Forwarded message ---------<br>"
            f"From: <strong class=\"gmail_sendername\" dir=\"auto\">{hesc(frm[0])}</strong> <span dir=\"auto\">&lt;"
            f"{frm[1]}&gt;</span><br>Date: {date}<br>Subject: {hesc(subject)}<br>To: {hesc(to)}<br></div><br><br>"
            f"{forwarded_html}</div>")


def alimail(paras_html):
    """Alimail (阿里邮箱) webmail: each block a `<div class="__aliyun_email_body_block">`."""
    return ("<div class=\"__aliyun_email_body_block\">" + "".join(
        f"<div style=\"clear:both;\"><span style=\"font-family:Tahoma,Arial,STHeiti,SimSun;font-size:14px;"
        f"color:#000000;\">{p or '<br>'}</span></div>" for p in paras_html) + "</div>")
