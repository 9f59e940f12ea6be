"""Repeals: 废止 / 宣布失效 lists (tables with 文号, 登记号, 施行日期; 清理结果 category lists where only 失效 and
废止 are repeals, never 继续有效), 《…》同时废止 / 废止《…》等N件 sentences. A proposal (拟废止, 建议废止) is not
a repeal, and documents cited beside one (根据《X》…) are not its targets. A news item's titles named after "the
(N) repealed documents" (在废止的29个文件中, 被废止的文件包括) are targets too."""

from __future__ import annotations

import re

from kg.extract.base import CELL_LINE, cells, doc_lines, pipe_cell_rows, source
from kg.extract.cell_tables import numbered_cell_tables
from kg.parse import patterns as P
from kg.parse.normalize import compact, fold, normalize_doc_number, normalize_line
from kg.parse.segment import ParsedIssue

__all__ = ["extract_repeals", "table_kind", "sentence_repeals", "example_repeals"]

_NUM = P.DOC_NUMBER.pattern

# The verbs that end a document's force, as a registry of named styles (the table test holds a real line of
# each). Longer forms first so "同时废止" is not read as "废止". Each maps to the kind recorded.
VERBS: list[tuple[str, str]] = [
    ("同时废止", "同时废止"), ("同时失效", "宣布失效"), ("同时停止执行", "同时废止"), ("同时停止施行", "同时废止"),
    ("同时不再执行", "同时废止"), ("同时作废", "同时废止"), ("即行废止", "废止"), ("予以废止", "废止"),
    ("宣布废止", "废止"), ("宣布失效", "宣布失效"), ("自然失效", "宣布失效"), ("自行失效", "宣布失效"),
    ("自动失效", "宣布失效"), ("停止执行", "废止"), ("停止施行", "废止"), ("不再执行", "废止"), ("作废", "废止"),
    ("废止", "废止"), ("失效", "宣布失效"),
]
_VERB = "|".join(v for v, _ in VERBS)
_KIND = dict(VERBS)
# one named item: 《title》 with an optional (文号) or (…年…) note, and an optional trailing 文件
_ITEM_RE = r"《[^《》]{4,120}》(?:[（(][^（）()]{0,40}[）)])?(?:文件)?"
# 《A》（文号）、《B》同时废止 / 原《X》自2020年1月1日起废止 / 《X》等3件规范性文件失效 — every item of a list joined
# by 、和及与 before the verb is a target; a named target is required ("要及时废止或者修改完善" names none).
# (a regulation's last article names each repealed text with who published it and when: "1991年4月6日市人民政府发布的
# 《A》、1993年8月14日市人民政府发布的《B》和…《C》同时废止", "《A》和浙江省人民政府发布的《B》《C》同时废止": the
# publisher before an item is no break in the list; a regulation names the session that adopted it: "1991年12月20日
# 山东省第七届人民代表大会常务委员会第二十五次会议通过的《A》和…《B》同时废止", "…第二十八次会议审议通过的《A》")
# (an order's number may stand in the publisher, "1993年9月23日北京市人民政府第14号令发布的《B》"; a text last revised is
# named by its revision, "1995年…通过，2005年…会议修订的《X》")
# (the verb may carry a note of the text's later revisions before its 的: "1995年8月30日山东省人民政府第62号令发布
# （1998年4月30日修订山东省人民政府第90号令发布，2002年…发布）的《X》")
_ADOPTED = r"(?:发布|公布|颁布|印发|制定|通过|批准|修订|修正|释出)(?:[（(][^（）()《》]{2,120}[)）])?的"  # (释出: 发布 in a zh-TW copy, s2twp)
_PUBLISHED_BY = rf"(?:\d{{4}}年\d{{1,2}}月(?:\d{{1,2}}日)?)?(?:[\u4e00-\u9fff\d]{{2,40}}?{_ADOPTED})?"
# items of a regulation's list joined by a comma where the next is dated: "…通过的《A》，1993年9月23日…发布的《B》和…"
_JOIN = r"(?:[、和及与]|[，,](?=\d{4}年))?"
# an item named with the date it was published or adopted is an earlier text, never the document itself (河南省工会条例
# of 2004 repeals "1995年6月24日…通过的《河南省工会条例》")
_DATED_BEFORE = re.compile(rf"\d{{4}}年\d{{1,2}}月(?:\d{{1,2}}日)?(?:[\u4e00-\u9fff]{{0,40}}?{_ADOPTED})?$")
_SENTENCE = re.compile(
    rf"(?P<list>{_ITEM_RE}(?:{_JOIN}{_PUBLISHED_BY}{_ITEM_RE})*)"
    # (a comma may stand before 同时废止: "…修订的《X》，同时废止")
    r"(?:[，,](?=同时))?"
    # (…等35份区政府及政府办公室行政规范性文件予以废止: the issuers named before 文件; 档案 in a zh-TW copy)
    rf"(?:等(?:\d+|[一二三四五六七八九十百千两]+)?(?:件|个|份)?[\u4e00-\u9fff]{{0,16}}?(?:文件|档案))?(?:自[^，,。；;《》]{{2,24}}?起)?"
    # (同时 before 予以: "《X》(文号)同时予以废止" — before the verb itself it is the verb's, 同时废止)
    rf"(?:同时(?=予以|一律|均|被))?(?:一律|均)?被?(?:予以|宣布|决定)?"
    rf"(?P<verb>{_VERB})(?![的日期时])"
)
# 某政发〔2015〕3号、某政办发〔2016〕7号文件同时废止: numbers only
# (or what the numbered letter published, its list or designation, named before the verb: "冀政函 (2004)54号文件公布的农业
# 产业化省级重点龙头企业同时废止", fresh48 hebei_shengzhengfu-2006-…-longtou-qiye-rending:15 — the letter's list ends, and
# the letter with it; never its part: "…号文件中的相关内容同时废止" names no 公布的 list)
_PUBLISHED_LIST = r"(?:(?:公布|确定|认定|命名)的[\u4e00-\u9fff]{2,30}?)?"
_NUM_SENTENCE = re.compile(
    rf"(?P<list>{_NUM}(?:[、和及与]{_NUM})*)(?:文件)?{_PUBLISHED_LIST}(?:自[^，,。；;《》]{{2,24}}?起)?(?P<verb>{_VERB})(?![的日期时])"
)
# a ministry's numbered 公告 named by its organ and serial alone, no title ("自本公告发布之日起,农业部第1024号公告废止",
# fresh18 gansu_gannan-2015-nongyebu-gonggao-2254-xinxi-gongkai-zhinan-zhuanzai; "农业部公告第1024号同时废止"): the
# name as printed is its title. Never a part of one ("原农业部公告第193号、235号、560号等文件中的相关内容同时废止")
_NOTICE_SENTENCE = re.compile(
    r"(?<![\u4e00-\u9fff、])(?:原)?(?P<title>[\u4e00-\u9fff]{2,16}?(?:部|总局|局|委员会|署|厅|人民政府)"
    r"(?:第\d{1,5}号公告|公告(?:(?:19|20)\d{2}年)?第\d{1,5}号))(?P<verb>同时废止|同时失效|即行废止|予以废止|宣布废止|宣布失效|废止|失效)(?![的日期时])"
)
# 废止《A》（文号）、《B》等N件: the verb first, then the documents it names; documents cited before
# the verb (根据《X》…) are not its targets. A news item tells it done: "还废止了《A》(市政府令第7号)、《B》等4件".
# The list may follow a colon ("决定废止下列规章:《A》(令第153号);《B》(令第136号)。") and be cut by semicolons.
_VERB_FIRST = re.compile(
    r"(?P<verb>废止|宣布失效|宣布废止)了?(?:(?:下列|以下|如下)[\u4e00-\u9fff]{0,10}?)?[:：]?"
    r"(?P<list>(?:《[^《》]{4,120}》(?:[（(][^（）()]{0,40}[）)])?(?:[、，,和及]|[；;](?=《))?)+)"
    # 宣布《X》失效 / 宣布《X》等3件文件废止: the verb split around the documents it names
    r"|(?P<verb2>宣布)(?P<list2>(?:《[^《》]{4,120}》(?:[（(][^（）()]{0,40}[）)])?[、，,和及]?)+)"
    r"(?:等\d*[件个份]?[\u4e00-\u9fff]{0,12}?(?:文件|档案))?(?P<end2>失效|废止)"
)
# A title named in 《》 with its 文号 in brackets after it: the unit every list of targets is read in
QUOTED_ITEM = re.compile(rf"《(?P<title>[^《》]{{4,120}})》(?:[（(](?P<num>{_NUM})[）)])?")
# Not (yet) a repeal: proposed, suggested, or a question (拟废止, 建议废止, 是否废止)
# (关于公开征求废止《X》意见的通知: a consultation on repealing X, 上海市市场监督管理局 2019, repeal45)
_NOT_YET = re.compile(r"(?:拟|建议|提请|是否|拟予|申请|征求意见|征求|不再)$")
# 拟将《X》废止 / 建议对《X》予以废止: the proposal word stands before the named list
_PROPOSED_BEFORE = re.compile(r"(?:拟|建议|提请|是否|征求意见|征求)(?:将|对|把)?原?$")
_PROPOSAL_LEAD = re.compile(r"(?:拟|建议|提请|是否|征求意见|征求)(?:将|对|把)?")
# "拟废止的规范性文件目录", "市政府拟对以下2件规章予以废止:"
# ("关于公开征求废止《X》意见的通知": the consultation's title, its 《X》 on the next line no list item)
_PROPOSED_HEADING = re.compile(r"(?:拟|建议|提请|征求意见|征求)[^，,。；;]{0,20}?(?:予以|宣布)?(?:废止|失效)")
_VALIDITY = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日.{0,3}(?:至|起).{0,20}")


def table_kind(heading: str) -> str | None:
    """The kind of repeal a list heading announces (失效 before 废止: "宣布失效的…目录")."""
    h = compact(heading)
    if "继续有效" in h or "修改" in h and "废止" not in h and "失效" not in h:
        return None
    if _PROPOSED_HEADING.search(h):
        return None  # 拟废止 / 建议宣布失效 … 目录: a proposal, not (yet) a repeal
    if "失效" in h:
        return "宣布失效"
    if "废止" in h:
        return "废止"
    return None


_PROPOSAL_DOC = re.compile(r"征求意见|拟废止|拟宣布失效|拟保留|拟修改|建议废止")


def _header_columns(row: list[str]) -> dict[str, int] | None:
    cols = {}
    for i, c in enumerate(row):
        if "名称" in c or c in {"文件", "标题", "文件标题"}:
            cols["title"] = i
        elif "文号" in c:
            cols["doc_number"] = i
        elif "登记号" in c or "登记编号" in c:
            cols["registration"] = i
        elif c.startswith(("发布", "发文", "公布", "颁布", "制定机关")):
            # "发布机关及日期": issuer, date and the 令/文号 in one cell (CCAR repeal tables)
            cols["issued"] = i
        elif "施行" in c or "有效期" in c or "日期" in c:
            cols["validity"] = i
        elif re.search(r"(?:清理|处理|审查|评估)(?:意见|结果|类别|建议)|^(?:类别|结果)$", c):
            cols["result"] = i  # one category per row: 继续有效 / 修改 / 废止 / 宣布失效
    return cols if "title" in cols and cols.keys() & {"doc_number", "registration", "issued"} else None


# "民航局令第10号", "民航局、国家统计局令第 16 号": the number of a 令; "[86]民航局字第262号": a 文号 with a
# two-digit year before the issuer. Used when the cell has no 〔2020〕-style 文号.
_ORDER_NUMBER = re.compile(r"[\u4e00-\u9fff、]{1,20}令第\d{1,4}号|[［\[]\d{2,4}[］\]][\u4e00-\u9fff]{1,12}?第?\d{1,4}号")
_CELL_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _number_in(cell: str | None) -> str | None:
    """The 文号 (or 令 number) printed in an issuer/date cell."""
    if not cell:
        return None
    c = _CELL_DATE.sub("，", compact(cell))  # the date is not part of the issuer before the 文号
    m = P.DOC_NUMBER.search(c)
    if m:
        return normalize_doc_number(m.group(0))
    m = _ORDER_NUMBER.search(c)
    return m.group(0) if m else None


def _spaced_cells(ln, width: int | None) -> list[str]:
    """A table row printed with spaces between its cells ("序号 文件名称 发布机关及文号 说明", then
    "1 关于…的通知 达市府发〔2000〕65号 1、…"): the header's cells, or a numbered row cut into the header's
    width (its last cell keeps its own spaces)."""
    raw = fold(ln.raw).strip()  # the matching form (simplified, NFKC), spaces kept
    parts = raw.split()
    if width is None:
        return parts if len(parts) >= 3 and all(len(p) <= 10 for p in parts) else []
    if len(parts) < 3 or not parts[0].isdigit():
        return []
    return [compact(x) for x in raw.split(None, width - 1)]


def _valid_number(num: str | None) -> str | None:
    """A 文号 or 令 number; a number cut short by the page ("达市府发〔2000〕1") is none."""
    if not num:
        return None
    if P.DOC_NUMBER.search(num):
        return normalize_doc_number(num)
    return num if _ORDER_NUMBER.fullmatch(compact(num)) else None


def _line_rows(lines):
    """(cells, first line, last line) of each line, and of each row of a table printed one cell per line
    ("序号 |" ⏎ "文件名称 |" ⏎ … ⏎ "1 |" ⏎ …, or bare lines with numbered rows; the header row comes first)."""
    wanted = lambda header, no_col: (len(header) - no_col - 1) if _header_columns(header) else None
    tables = {rows[0][1]: (header, rows) for header, _, rows in numbered_cell_tables(lines, wanted)}
    k = 0
    while k < len(lines):
        if k in tables:
            header, rows = tables[k]
            yield header, lines[k], lines[k]
            for cells_, a, b in rows:
                yield [compact(lines[a].raw.strip().rstrip("|").strip())] + [compact(c) for c in cells_], lines[a], lines[b]
            k = rows[-1][2] + 1
            continue
        rows = pipe_cell_rows(lines, k)[0] if CELL_LINE.match(lines[k].raw) else None
        if rows:
            for row, a, b in rows:
                yield [compact(c) for c in row], lines[a], lines[b]
            k = pipe_cell_rows(lines, k)[1]
            continue
        yield cells(lines[k]), lines[k], lines[k]
        k += 1


def _table_repeals(issue: ParsedIssue, doc, lines) -> list[dict]:
    out, cols, kind, heading, spaced = [], None, None, "", None
    for row, ln, last in _line_rows(lines):
        if len(row) < 2 and kind:
            header = _header_columns(_spaced_cells(ln, None))
            if header:
                cols, spaced = header, len(_spaced_cells(ln, None))
                continue
            if spaced and _spaced_cells(ln, spaced):
                row = _spaced_cells(ln, spaced)
        if len(row) < 2:
            c = compact(ln.text)
            if c and len(c) < 60 and table_kind(c):
                kind, heading, cols, spaced = table_kind(c), c, None, None
            elif c and len(c) < 60 and _PROPOSAL_DOC.search(c):
                kind, heading, cols, spaced = None, c, None, None  # 拟废止…目录 / 征求意见: a proposal's table
            continue
        header = _header_columns(row)
        if header:
            cols, spaced = header, None
            continue
        get = lambda key: row[cols[key]] if cols and key in cols and cols[key] < len(row) and row[cols[key]] else None
        row_kind = kind
        if cols and "result" in cols:
            # the row's own category; none under a proposal (征求意见稿, 拟…)
            row_kind = None if _PROPOSAL_DOC.search(compact(doc.title) + heading) else table_kind(get("result") or "")
        if not (cols and row_kind):
            continue
        title = get("title")
        if not title:
            continue
        num = get("doc_number") or _number_in(get("issued"))
        reg = get("registration")
        out.append({
            "by_doc_id": doc.id,
            "by_doc_number": doc.doc_number,
            "by_title": doc.title,
            "kind": row_kind,
            "target_doc_id": None,
            "target_title": title,
            "target_doc_number": _valid_number(num),
            "target_registration": reg,
            "target_validity": get("validity"),
            "target_issued": get("issued"),
            "row_no": row[0] if row[0].isdigit() else None,
            "evidence": heading,
            "source": source(issue, ln.no, last.no),
        })
    return out


def _proposed(text: str, at: int) -> bool:
    return bool(_NOT_YET.search(text[max(0, at - 4) : at]))


def _proposed_at(text: str, m: re.Match) -> bool:
    """Whether the repeal `m` matched (its group `verb`) is only proposed: a proposal word right before its verb
    (拟废止) or before the whole match (拟将《X》废止, 建议对《X》予以废止)."""
    return _proposed(text, m.start("verb")) or bool(_PROPOSED_BEFORE.search(text[max(0, m.start() - 6) : m.start()]))


def item_number(it: re.Match) -> str | None:
    """The 文号 of a named item, or the 令 number in its note ("《X办法》(市政府令第12号)")."""
    if it["num"]:
        return normalize_doc_number(it["num"])
    note = _ITEM_NOTE.match(it.string[it.end():])
    return _note_number(note["note"]) if note else None


def _own_clause(text: str, it: re.Match) -> bool:
    """A title after a semicolon that is the subject of a clause of its own (not followed by the list's next
    separator, 等, or the sentence's end)."""
    if text[it.start() - 1 : it.start()] not in ("；", ";"):
        return False
    note = _ITEM_NOTE.match(text[it.end():])
    after = text[it.end() + (note.end() if note else 0):]
    return not re.match(r"[；;。，,、]|等|$", after)


# "根据…《关于修改〈X〉的决定》第三次修正的《X》同时废止": a title followed by the amendment it made is the instrument that
# amended the target, named to identify it — never a target itself
_AMENDED_BY = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}次)?(?:修正|修订|修改)")


# 《X(皖政办〔2012〕39号)》: a title printed with its own number inside the marks (a news item's examples, 安徽 2017,
# repeal45): the number is the target's 文号, not part of its title
_INNER_NUMBER = re.compile(rf"^(?P<title>.{{4,}}?)[（(](?P<num>{_NUM})[)）]$")


def _title_number(title: str | None, number: str | None) -> tuple[str | None, str | None]:
    """A target's title and number, the number moved out of the title where the page printed it inside the marks."""
    m = _INNER_NUMBER.match(title) if title and not number else None
    return (m["title"], normalize_doc_number(m["num"])) if m else (title, number)


def _item_target(it: re.Match, verb: str) -> dict:
    """The repeal target a named item (`QUOTED_ITEM`) stands for: its title and number (split by _title_number) and `verb`."""
    title, num = _title_number(it["title"], item_number(it))
    return {"title": title, "doc_number": num, "verb": verb}


# "我们对…《A》(财农〔2017〕41号)、《B》(…42号)、《C》(…43号)进行了修订。…此前印发的三个办法及《D》(财农〔2019〕98号)同时废止。"
# (财政部 农业农村部 财农〔2020〕10号, repeal45): a count that points back at the N documents just named ("此前印发的三个
# 办法", "上述2件文件", "原两个规定") is repealed with them — the last N titles named before it in the same paragraph.
_BACK_REF = re.compile(
    r"(?:此前|之前|前述|上述|以上|原)(?:印发|发布|出台|制定|下发)?的?(?P<n>[两二三四五六七八九十]|\d{1,2})(?:个|件|份|部|项)"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:办法|文件|规定|通知|意见|细则|方案|规章|决定|预案))?"
    rf"(?:[、和及与]{_ITEM_RE})*(?:[，,](?=同时))?(?:一并)?(?:均|一律)?(?:予以)?(?P<verb>{_VERB})(?![的日期时])"
)
# "其中关于加强城镇污水处理厂污泥污染防治工作的通知(环办〔2010〕157号)予以废止" (生态环境部 2020, a news item, repeal45):
# a target printed without title marks, its 文号 in brackets before the verb; the title is read from 关于 to its kind
_PLAIN_TARGET = re.compile(
    r"(?<![《〈])(?P<title>关于[^，,。；;：:（）()《》〈〉]{2,80}?的(?:通知|意见|决定|规定|办法|批复|通告|公告|复函))"
    rf"[（(](?P<num>{_NUM})[)）](?:文件)?(?:一并)?(?:均|一律)?(?:予以|宣布)?(?P<verb>{_VERB})(?![的日期时])"
)


def _back_referred(text: str) -> list[dict]:
    """The documents a back-referring count repeals (`_BACK_REF`), with their numbers."""
    found = []
    for m in _BACK_REF.finditer(text):
        if _proposed_at(text, m):
            continue
        n = P.cn_small_int(m["n"]) or 0
        before = list(QUOTED_ITEM.finditer(text, 0, m.start()))
        if not n or len(before) < n:
            continue  # the count points at more documents than the paragraph names: nothing to read back
        for it in before[-n:]:
            found.append(_item_target(it, m["verb"]))
    return found


def sentence_repeals(text: str) -> list[dict]:
    """Repeals stated in one sentence (pure; for tests): [{title, doc_number, verb}]."""
    found = []
    for m in _VERB_FIRST.finditer(text):
        split = m["verb2"] is not None
        verb, key = ("宣布" + m["end2"], "list2") if split else (m["verb"], "list")
        if _proposed(text, m.start("verb2" if split else "verb")):
            continue
        for it in QUOTED_ITEM.finditer(text, m.start(key), m.end(key)):
            if _own_clause(text, it):
                break  # "废止《A》;《B》第三条修改为…": after a semicolon, a title with its own predicate
            found.append({"title": it["title"], "doc_number": item_number(it), "verb": verb})
    for m in _SENTENCE.finditer(text):
        if _proposed_at(text, m):
            continue
        if m["verb"] == "失效" and not re.search(r"等\d+件|规范性文件", m[0]):
            continue  # a bare 失效 names a category of a 清理 notice ("…等4件规范性文件失效"), nothing else
        for it in QUOTED_ITEM.finditer(text, m.start("list"), m.end("list")):
            if any(f["title"] == it["title"] for f in found) or _AMENDED_BY.match(text, it.end()):
                continue
            found.append({"title": it["title"], "doc_number": item_number(it),
                          "verb": m["verb"], "dated": bool(_DATED_BEFORE.search(text[: it.start()]))})
    for r in _back_referred(text):
        if not any(f["title"] == r["title"] or r["doc_number"] and f["doc_number"] == r["doc_number"] for f in found):
            found.append(r)
    for m in _PLAIN_TARGET.finditer(text):
        if _proposed_at(text, m):
            continue
        num = normalize_doc_number(m["num"])
        if not any(f["doc_number"] == num for f in found):
            found.append({"title": m["title"], "doc_number": num, "verb": m["verb"]})
    for m in _NOTICE_SENTENCE.finditer(text) if "号公告" in text or "公告" in text and "号" in text else ():
        organ = re.split(r"第\d|公告", m["title"])[0]  # (an organ's name, never a clause's words: "拟将农业部…")
        if (P.is_national_organ(organ) or P.is_organ(organ)) and not _proposed_at(text, m):
            found.append({"title": m["title"], "doc_number": None, "verb": m["verb"]})
    if not found:
        for m in _NUM_SENTENCE.finditer(text):
            # (a 文号's issuer part may swallow the proposal word before it: "拟将冀政函〔2004〕54号文件废止")
            if _proposed_at(text, m) or _PROPOSAL_LEAD.match(m["list"]):
                continue
            for num in P.DOC_NUMBER.finditer(m["list"]):
                found.append({"title": None, "doc_number": normalize_doc_number(num.group(0)), "verb": m["verb"]})
    return [{**f, **dict(zip(("title", "doc_number"), _title_number(f["title"], f["doc_number"])))} for f in found]


# "宣布失效的292个文件有各个时间阶段的。《A》《B》等在1988年制定……如《C》《D》等。" — a paragraph (a news
# item) that names some of the N documents a decision repealed: each title after the count is one of them,
# except one that is itself a repealing or cleanup decision (the decision being reported) or a cited basis.
# (the count may be missing where a list word follows: "被废止的文件包括《A》、《B》", "此次废止的规范性文件有《A》等")
_COUNTED = re.compile(r"(?P<verb>宣布失效|宣布废止|予以废止|废止|失效)的(?:(?:\d+|[一二三四五六七八九十百千两]+)(?:个|件|份|部)"
                      r"[^。；;]{0,12}?(?:文件|档案)|[\u4e00-\u9fff]{0,6}?(?:文件|档案)(?:包括|有|为|如下|是)[：:]?(?=《))")  # (档案: 文件 in a zh-TW copy, "在廢止的29個檔案中")
_REPEALER_TITLE = re.compile(r"废止|失效|清理|修改|修订")
_CITED_BEFORE = re.compile(r"根据|依据|按照|贯彻|落实|依照|执行")


# "《决定》对主要内容被新的法律或者行政法规所代替的49件行政法规予以废止,比如,《A》《B》《C》《D》等;对适用期已过…的43件
# 行政法规宣布失效,比如,《E》《F》《G》等。" (新华网 2008 on the 国务院关于废止部分行政法规的决定, a converter mirror:
# http://destroybadbreath.com/sy/rdxw/200801/t20080124_577530.htm, repeal62): the count is repealed first, then 比如 /
# 例如 names some of them — each title up to the list's end is a target of that clause's verb.
_EXAMPLES_AFTER = re.compile(
    r"(?:(?:\d+|[一二三四五六七八九十百千两]+)(?:件|个|部|份|项)|一批)[^。；;，,《》]{0,16}?(?:被|予以|决定)?"
    r"(?P<verb>宣布失效|宣布废止|废止|失效)了?[，,]?(?:比如|例如|譬如|诸如|包括|其中有|如)[，,:：]?"
    r"(?P<list>(?:《[^《》]{4,120}》(?:[（(][^（）()]{0,40}[）)])?[、，,和及与]?)+)"
)


def _examples_after(text: str) -> list[dict]:
    """The documents named as examples after the count a clause repeals (`_EXAMPLES_AFTER`), less a repealing decision."""
    found = []
    for m in _EXAMPLES_AFTER.finditer(text):
        if _proposed_at(text, m):
            continue
        for it in QUOTED_ITEM.finditer(text, m.start("list"), m.end("list")):
            if _REPEALER_TITLE.search(it["title"]):
                continue
            found.append(_item_target(it, m["verb"]))
    return found


def example_repeals(text: str) -> list[dict]:
    """Documents named as examples after a count of repealed ones (pure; for tests): [{title, doc_number, verb}]."""
    m = _COUNTED.search(text)
    if not m or _proposed(text, m.start("verb")):
        return _examples_after(text)
    found = []
    for it in QUOTED_ITEM.finditer(text, m.end()):
        # the clause before the title: "根据国务院《…》" cites a basis
        # (less the titles named before it in the clause: the 落实 inside 《关于认真落实…的紧急通知》和2007年的《D》
        # cites nothing)
        clause = re.sub(r"《[^《》]*》", "", re.split(r"[，,。；;：:]", text[m.end() : it.start()])[-1])
        if _REPEALER_TITLE.search(it["title"]) or _CITED_BEFORE.search(clause):
            continue
        found.append(_item_target(it, m["verb"]))
    return found


def _names_itself(title: str | None, number: str | None, doc, dated: bool = False) -> bool:
    """A target that is the document itself (_self_reference); one printed with a number of its own that is not the
    document's is an earlier text of the same name ("新修订的《X预案》…印发…2024年7月18日印发的《X预案》(浮政办发〔2024〕27号)
    同时废止", 浮山), never itself; so is one `dated` by the day it was adopted ("1995年6月24日…会议通过的《河南省工会
    条例》同时废止" in the 河南省工会条例 of 2004)."""
    if not title or not _self_reference(title, doc):
        return False
    # (the same name as the document or as the text it issues: "关于印发《X预案》的通知" … "2014年5月19日印发的《X预案》
    # (石政发〔2014〕47号)同时废止", 石嘴山)
    t, own_title = re.sub(r"[《》〈〉]", "", compact(title)), re.sub(r"[《》〈〉]", "", compact(doc.title))
    issued = re.search(r"印发(.+?)的(?:通知|决定)$", own_title)
    same_name = t == own_title or bool(issued and t == issued[1])
    own = normalize_doc_number(doc.doc_number) if doc.doc_number else None
    return not (same_name and (dated or number and normalize_doc_number(number) != own))


def _self_reference(title: str, doc) -> bool:
    """The document naming itself (its own title, or the text it issues: 关于印发《X》的通知 → X)."""
    t = re.sub(r"[《》〈〉]", "", compact(title))
    own = re.sub(r"[《》〈〉]", "", compact(doc.title))
    issued = re.search(r"印发(.+?)的(?:通知|决定)$", own)
    # a 说明 / 解读 page names the decision it explains, often with its issuer before the title:
    # "关于废止X的通告的决定的说明" explains "某市城市管理局关于废止X的通告的决定"
    explained = re.sub(r"的?(?:政策)?(?:解读|说明)$", "", own)
    explains = explained != own and len(explained) >= 8 and t.endswith(explained)
    return t == own or bool(issued and t == issued[1]) or explains


_ORDINAL = r"(?:\d{1,3}[.、．]|[（(]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])"
_LIST_ITEM = re.compile(rf"^{_ORDINAL}?\s*《")
# "2.关于印发某县城市管理办法的通知(某政发〔2015〕3号)": a numbered title without 《》 round it, its number in
# brackets; a 规章's title may quote the law it implements ("(一)江西省实施《退役士兵安置条例》办法(2016年…令第225号
# 公布…修正)"), and its note may list every order that published and amended it.
# (a title's own bracket after its kind word, "…管理办法(试行)", "…规定(2019年修订)", belongs to the title)
DOC_KIND = (r"(?:通知|办法|规定|意见|决定|细则|方案|规划|批复|公告|通告|制度|规则|纲要|条例|措施|指引|标准|函)"
             r"(?:[（(](?:试行|暂行|修订|修正|\d{4}年(?:修订|修正)?版?)[)）])?")
_PLAIN_ITEM = re.compile(
    rf"^{_ORDINAL}\s*(?P<title>(?!《)[^（）()]{{4,120}}?{DOC_KIND})\s*[（(](?P<note>[^（）()]{{2,240}})[)）][;；。,，]?$")
# "(一)江西省行政执法监督实施办法。": a numbered title alone, no note (the 规章 sections of a 废止和修改 decision); an
# item under a 废止 heading is a target. A title that itself repeals, amends or counts ("一、关于废止部分规章的决定",
# "二、修改5件规章的决定") is a heading, not an item.
_BARE_ITEM = re.compile(rf"^{_ORDINAL}\s*(?P<title>(?!《)[^（）()，,。；;：:]{{4,60}}?{DOC_KIND})[;；。]?$")
_NOT_BARE = re.compile(r"废止|失效|修改|修订|清理|保留|有效|[\d一二三四五六七八九十百两]+(?:件|个|份|部|项)")
# "一、废止4件省政府规章 (一)X(…) (二)Y(…) 二、对7件省政府规章的部分条款予以修改 (一)…": a page that flattened a
# numbered list onto one line; a space before an ordinal starts the next heading or item. So does the end of an item
# where a page lost its paragraph breaks: "(一)X(…令第55号公布)。(二)Y(…)。", "一、X(省政府令第114号)。二、Y(…)。" (a
# Chinese or bracketed ordinal: a digit after 。 may be an amount, "。2.5亿元")
# (or a count's colon before the first item, the items run on after it: "本次清理废止行政规范性文件2件:(1)《…》(温人防办
# 〔2015〕39号),因其…故予以废止;(2)《…》(…)," — a 解读's 主要内容)
_FLATTENED = re.compile(rf"\s+(?={_ORDINAL})|(?<=[。；;:：])(?=[一二三四五六七八九十]{{1,3}}、|[（(][一二三四五六七八九十\d]{{1,3}}[)）])")


_ITEM_END = re.compile(r"(?<=[。；;])(?=\S)")


def list_pieces(ln) -> list[str]:
    """The compact pieces of a line: its headings and items where a page flattened a numbered list onto one line,
    else the line itself."""
    # (the normalised text has lost the spaces: the pieces are cut from the raw line, then read as it was)
    parts = _FLATTENED.split(ln.raw.strip())
    # (an item ends at its 。: "三、X(鲁政发〔1983〕90号)。本决定自公布之日起施行。" — the sentence after it is none of it)
    parts = [q for p in parts for q in (_ITEM_END.split(p) if re.match(_ORDINAL, p.strip()) else [p])]
    if len(parts) < 2:
        return [compact(ln.text)] if ln.text.strip() else []
    taiwan = normalize_line(ln.raw) != ln.text  # a zh-TW copy's line, written back in mainland usage
    return [c for c in (compact(normalize_line(p, taiwan)) for p in parts) if c]


# "…市政府决定对以下2件市政府规章予以废止:" — a sentence leading into the list; its last clause says the kind
_LEAD_IN = re.compile(r"[:：]$|^(?=.*(?:以下|下列|如下)).*。$")
# words of a heading that names a category of documents (its kind may be none: 继续有效, 修改)
_CATEGORY = re.compile(r"文件|目录|清单|规章|有效|废止|失效|修改|修订|保留|决定|办法|通知|附件|[一二三四五六七八九十]、")
_ITEM_NOTE = re.compile(r"^[（(](?P<note>[^（）()]{2,240})[)）]")


def _note_number(note: str) -> str | None:
    """The item's own number in its note: the first clause that holds one ("2000年6月14日…令第84号公布,根据2010年…
    令第52号公布的《…》修正" — the later numbers are its amendments')."""
    return next((n for n in map(_number_in, re.split(r"[，,；;]", note)) if n), None)
# "2.某政办发〔2016〕7号" — a numbered item that is a 文号 and nothing else (lists of 文号 only)
_NUM_ITEM = re.compile(rf"^{_ORDINAL}\s*(?P<num>{_NUM})(?:文件)?[;；。,，]?$")


def _list_repeals(issue: ParsedIssue, doc, lines) -> list[dict]:
    """清理结果 lists: items (《title》（文号）, a numbered title with or without its note, or a numbered 文号 alone)
    under a heading that says which category they are in — 继续有效 (not a repeal), 失效 (宣布失效), 废止; a 拟废止
    heading is a proposal, and a 修改 section's items are amended, not repealed. A list a page flattened onto one
    line is read piece by piece (all pieces keep that line as their source)."""
    out, kind, heading = [], None, ""
    for ln, c in ((ln, c) for ln in lines if "\t" not in ln.text for c in list_pieces(ln)):
        num_only = _NUM_ITEM.match(c)
        plain = None if _LIST_ITEM.match(c) else _PLAIN_ITEM.match(c)
        if plain and not _number_in(plain["note"]):
            plain = None  # a bracket that holds no 文号 or 令 number: not an item of a list of documents
        if not (plain or num_only or _LIST_ITEM.match(c)):
            plain = _BARE_ITEM.match(c)
            if plain and _NOT_BARE.search(re.sub(r"[（(][^（）()]*[)）]$", "", plain["title"])):  # (its own (2019年修订) aside)
                plain = None
        if not (_LIST_ITEM.match(c) or num_only or plain):
            if len(c) < 60 and not c.endswith("。"):
                if table_kind(c) or _CATEGORY.search(c):  # a junk line of the page ("【打印本页】") is no heading
                    kind, heading = table_kind(c), c
            elif len(c) <= 150 and _LEAD_IN.search(c):
                kind, heading = table_kind(re.split(r"[，,；;]", c)[-1]), c
            elif kind:
                kind = None  # running text ends the list
            continue
        if not kind:
            continue
        m = plain or QUOTED_ITEM.search(c) or num_only  # (a plain title may quote a law: its own 《》 is no item)
        if m:
            title = m["title"] if m.re in (QUOTED_ITEM, _PLAIN_ITEM, _BARE_ITEM) else None
            num = normalize_doc_number(m["num"]) if m.re in (QUOTED_ITEM, _NUM_ITEM) and m["num"] else None
            note = _ITEM_NOTE.match(c[m.end():]) if m.re is QUOTED_ITEM and title and not num else None
            if note:  # "《…办法》(2016年12月1日常州市人民政府令第2号发布)": the 令 number in the item's note
                num = _note_number(note["note"])
            if m.re is _PLAIN_ITEM:
                num = _note_number(m["note"])
            title, num = _title_number(title, num)
            out.append({
                "by_doc_id": doc.id, "by_doc_number": doc.doc_number, "by_title": doc.title, "kind": kind,
                "target_doc_id": None, "target_title": title,
                "target_doc_number": num,
                "target_registration": None, "target_validity": None, "row_no": None, "evidence": heading,
                "source": source(issue, ln.no),
            })
    return out


def _kind_of_verb(verb: str) -> str:
    """The kind a verb records (a 清理 notice's "…等4件规范性文件失效" declares them invalid: 宣布失效)."""
    return _KIND.get(verb, "废止")


def extract_repeals(issue: ParsedIssue) -> list[dict]:
    """Every document-to-document repeal in one issue, each with its source line."""
    out = []
    for doc, lines in doc_lines(issue):
        out.extend(_table_repeals(issue, doc, lines))
        # a list item that is the document itself ("《本决定》已经…通过,现予公布") is no target
        listed = [r for r in _list_repeals(issue, doc, lines)
                  if not _names_itself(r["target_title"], r["target_doc_number"], doc)]
        out.extend(listed)
        listed_lines = {r["source"]["line_start"] for r in listed}
        for i, ln in enumerate(lines):
            if "\t" in ln.text or ln.no in listed_lines:
                continue
            c, last = _title_closed(lines, i)
            for r in sentence_repeals(c) or example_repeals(c):
                if _names_itself(r["title"], r["doc_number"], doc, r.get("dated", False)):
                    continue  # the document naming itself
                out.append({
                    "by_doc_id": doc.id, "by_doc_number": doc.doc_number, "by_title": doc.title,
                    "kind": _kind_of_verb(r["verb"]), "target_doc_id": None,
                    "target_title": r["title"], "target_doc_number": r["doc_number"],
                    "target_registration": None, "target_validity": None, "row_no": None,
                    "evidence": c, "source": source(issue, ln.no, last),
                })
    return _one_per_target(out)


def _title_closed(lines, i: int, most: int = 2) -> tuple[str, int]:
    """The compact text of lines[i] and the number of its last line: a line that leaves a 《 open at its end (a title
    cut by a hard wrap: "…2014年1月26日印发的《建水县" ⏎ "森林火灾应急处置预案》同时废止。") runs on into the next
    lines (at most `most`) until the title closes."""
    c, last = compact(lines[i].text), lines[i].no
    for ln in lines[i + 1 : i + 1 + most]:
        if c.count("《") <= c.count("》") or ln.blank or "\t" in ln.text:
            break
        c, last = c + compact(ln.text), ln.no
    return c, last


def _one_per_target(records: list[dict]) -> list[dict]:
    """A document repeals a target once: where it names the same target on several lines (its title, a lead-in
    count, the list item), keep the record that carries a number, else the latest line (the item itself)."""
    best: dict[tuple, int] = {}
    for i, r in enumerate(records):
        title = re.sub(r"[《》〈〉<>]", "", compact(r["target_title"] or ""))
        key = (r["by_doc_id"], title or r["target_doc_number"], r["kind"])
        j = best.get(key)
        rank = lambda x: (bool(x["target_doc_number"]), x["source"]["line_start"])
        if j is None or rank(r) > rank(records[j]):
            best[key] = i
    keep = set(best.values())
    return [r for i, r in enumerate(records) if i in keep]
