"""Amendments: 修改 / 修订 / 代替 and partial repeals (《X》第N条废止) — the new document points at the old.

Whole repeals (废止 / 宣布失效 / 同时废止) come from kg/extract/repeals.py; the status model reads both.
Each phrasing is a named matcher tried in order; a sentence yields at most one record per named target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.base import doc_lines, source
from kg.extract.repeals import DOC_KIND, QUOTED_ITEM, item_number, list_pieces
from kg.parse import patterns as P
from kg.parse.normalize import compact, normalize_doc_number
from kg.parse.segment import ParsedIssue

__all__ = ["AMENDMENT_MATCHERS", "sentence_amendments", "titled_item_amendments", "extract_amendments"]

_NUM = P.DOC_NUMBER.pattern
_TARGET = rf"《(?P<title>[^《》]{{4,80}})》(?:[（(](?P<num>{_NUM})[）)])?"
_CN = "一二三四五六七八九十百零〇"
_ARTICLE = rf"第[{_CN}\d]+(?:条|款|项|章|节|部分)(?:第[{_CN}\d]+(?:款|项))?"
_PART = rf"(?P<part>{_ARTICLE}(?:(?:、|和|及|至){_ARTICLE})*|中(?:的|有关|关于)?[^。，,；;《》]{{2,30}}(?:条款|内容|规定|部分|要求))"


@dataclass(frozen=True)
class AmendmentMatcher:
    name: str
    kind: str  # 修改 | 修订 | 代替 | 部分废止
    pattern: re.Pattern


def _a(name: str, kind: str, pattern: str) -> AmendmentMatcher:
    return AmendmentMatcher(name, kind, re.compile(pattern))


AMENDMENT_MATCHERS: list[AmendmentMatcher] = [
    # 《X》（文号）第五条、第六条同时废止 / 《X》中关于…的规定停止执行
    _a("《X》第N条废止", "部分废止", rf"{_TARGET}{_PART}(?:同时|即行|予以)?(?:废止|停止执行|不再执行|失效)"),
    # 原2007年印发的《X》同时废止: the old version of the document that says it (same name, no 试行)
    _a("原《X》同时废止", "代替", rf"原(?:[^《》。，,]{{0,20}})?{_TARGET}(?:同时|即行|予以)?(?:废止|停止执行|不再执行|失效)"),
    # 本办法代替《X》 / 本通知替代《X》 / 《X》由本办法代替
    _a("代替《X》", "代替", rf"(?:代替|替代|取代){_TARGET}"),
    _a("《X》被代替", "代替", rf"{_TARGET}(?:同时)?(?:被|由本[\u4e00-\u9fff]{{1,6}})?(?:代替|替代|取代)"),
    # 对《X》作如下修改 / 决定对《X》部分条款予以修改 / 将《X》第三条修改为
    # (湖南 令第289号 "(一)对《湖南省规范性文件管理办法》作出修改。", 甘肃 令第153号 "一、对《…》作出修改")
    _a("对《X》作修改", "修改", rf"(?:对|将){_TARGET}(?:的)?(?:{_ARTICLE}|部分条款|有关条款|部分内容)?(?:作出|做出|作|做|进行|予以)?(?:如下|以下)?(?:修改|修正)"),
    # 对《X》进行了修订 (a law revised by someone else — 国家对《X》进行了修订 — fails the subject rule)
    _a("对《X》修订", "修订", rf"(?:对|将){_TARGET}(?:进行|予以|作)?(?:了)?(?:全面)?修订"),
]
# Who speaks: the document itself (本办法…, 此…), a decision (决定…, 现…, 经…研究) — not a report that some
# other body revised a law. Partial repeals need no such subject: 《X》第N条废止 is always a decision.
# (or a congress's session deciding, its long name before 决定: "务川仡佬族苗族自治县第五届人民代表大会第四次会议决定对《务川仡佬族
# 苗族自治县自治条例》作如下修改:", fresh55 guizhou_zunyi-wuchuan-zizhixian-2006-zizhi-tiaoli-xiugai-jueding.txt:3)
_SELF = re.compile(r"^(?:本|此|现|经|决定|特|[\u4e00-\u9fff]{0,16}(?:决定|研究)"
                   r"|[\u4e00-\u9fff]{2,30}?(?:第[一二三四五六七八九十]{1,4}次(?:全体)?会议|常务委员会|常委会)决定)")
# In a document that amends (its title says 修改 / 修订: 关于修改和废止部分规章的决定), a numbered item that begins with
# 对《X》 / 将《X》 is the decision speaking, its subject left out.
_BARE_SUBJECT = re.compile(r"^(?:对|将)《")
# A title that announces the amendment: 关于修改《X》的决定 / 关于修订《X》的通知.
_TITLE = re.compile(rf"关于(?P<verb>修改|修订|修正){_TARGET}")
# (a title that amends: 关于修改…的决定, 废止和修改, 修订; not a text issued in its revised version, "…办法(2023年修订)")
_AMENDING_DOC = re.compile(r"修改|修正|(?<![年(（])修订(?![)）])")
# The section of an amending decision whose items are the amended documents: "一、对17部规章的部分条款予以修改" (天津
# 令第20号), "二、对16件省政府规章的部分条款予以修改" (江西 令第250号), "二、对下列省人民政府规章作出修改" (湖南 令第289号);
# not a section that repeals, nor a list still to be amended ("需修改的省政府规章目录", 拟修改).
_TOP_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]")
_AMEND_HEADING = re.compile(r"(?:予以|作出|做出|作如下|作以下|进行)(?:修改|修订|修正)[:：。]?$|(?:修改|修订)(?:的|下列|以下)[^，,。；;]{0,12}[:：]?$")
_NOT_AMEND_HEADING = re.compile(r"废止|失效|拟|需|建议|征求意见|草案")
# Its items: "(一)关于《天津市防止拆船污染环境管理实施办法》", "(一)江西省行政执法监督实施办法。" (a bare title); the
# numbered changes under an item ("1.将第三条…修改为…", "(二)删去第五条") are none.
_NAMED_ITEM = (
    r"[（(][一二三四五六七八九十\d]{1,3}[)）]\s*(?:关于|对)?"
    rf"(?:《(?P<quoted>[^《》]{{4,80}})》(?:的修改|作出修改|作如下修改)?"
    rf"|(?P<bare>(?![将删增在把])(?!.*第[{_CN}\d]+条)[^，,。；;：:（）()《》“”]{{4,60}}?{DOC_KIND}))[。；;]?$")
# (a ministry's decision numbers its items with digits and follows each bare title with its history, the order that
# published it and those that revised it, then its changes run on where a page flattened the lines: "1.农业基本建设项目
# 管理办法(2004年7月12日农业部令第39号公布)将第十三条第二款修改为…", "8.饲料和饲料添加剂生产许可管理办法(…农业部令…
# 公布,…修订)" — 农业部关于修改和废止部分规章、规范性文件的决定, 2018, https://www.gongwk.com/doc/350979.jhtml and
# http://bbs.iparentsbook.com/showtopic.aspx?page=end&topicid=2815, repeal62; a 规范 is a kind of rule: 兽药生产质量管理规范)
_HISTORY = r"[（(][^（）()]{0,200}?(?:令|公布|发布|通过|修订|修正)[^（）()]{0,200}[)）]"
_DATED_ITEM = (
    rf"(?:[（(][一二三四五六七八九十\d]{{1,3}}[)）]|\d{{1,3}}[.．、])\s*(?P<dated>(?![将删增在把])(?![^（）()]*第[{_CN}\d]+条)"
    rf"[^，,。；;：:（）()《》“”]{{4,60}}?(?:{DOC_KIND}|规范))"
    rf"{_HISTORY}(?:[。；;]?$|(?=将|删去|删除|增加|在第|第[{_CN}\d]+条))")
_SECTION_ITEM = re.compile(rf"^(?:{_NAMED_ITEM}|{_DATED_ITEM})")


# Several texts amended in one clause, each named in 《》 with an optional bracketed number or 令 note:
# "会议对《A》、《B》、《C》进行修改" (中方县人大常委会 news, https://hnrd.gov.cn/content/2017/06/12/7254398.html, repeal45) — the
# meeting that decides is the subject; "《A》(市政府令第60号)、《B》(市政府令第71号)等13件政府规章被修改" (济南 规章清理, news,
# https://news.sohu.com/20060305/n242131622.shtml) — a cleanup's amended texts named before their count, passive.
_LISTED = r"《[^《》]{4,80}》(?:[（(][^（）()《》]{2,60}[）)])?"
_LIST_AMEND = re.compile(
    rf"(?:对|将)(?P<list>{_LISTED}(?:[、和及与]{_LISTED})+)(?:的)?(?:部分条款|有关条款|部分内容)?"
    r"(?:作出|做出|作|做|进行|予以)了?(?:如下|以下)?(?P<verb>修改|修正|修订)"
)
_COUNTED_AMEND = re.compile(
    rf"(?P<list>{_LISTED}(?:[、和及与]{_LISTED})*)等(?:\d+|[一二三四五六七八九十百两]+)(?:件|部|个|项)"
    r"[\u4e00-\u9fff]{0,8}?(?:规章|规范性文件|文件|法规|条例|办法)(?:被|已|均)?(?:予以)?(?P<verb>修改|修订|修正)(?![为的稿])"
)
# a meeting that decides ("…,会议对《A》…进行修改"), besides the document itself (_SELF)
_MEETING = re.compile(r"^(?:[^。；;]{0,40}[，,])?(?:会议|常委会|常务会议)(?:决定|审议|讨论)?(?=对|将)")


# The old edition a notice issues revised: "省财政厅对原《省政府奖励基金管理办法》进行了修改和补充,已经省政府同意,现印发
# 给你们" (青海政报, http://soolun.net/periodical/f41dc9e78bfecd12a9249ef0bfe0b97c.html, repeal62) — 原 marks the text the
# notice replaces, and 现印发 says the notice issues the revision, so the drafting department may be the subject; a
# report that someone revised a law ("国家对《X》进行了修订", no 原, nothing issued) is none.
_REVISED_EDITION = re.compile(
    rf"对原{_TARGET}(?:的)?(?:部分条款|有关条款|部分内容)?(?:进行|作出|做出|作|做|予以)了?(?:全面)?(?P<verb>修改|修订)"
    r"(?:和|并)?(?:补充|完善)?(?=[^。；;]*现(?:将[^。；;]{0,60})?印发)")
# (or, with no 原, the text the notice revised and the revised edition it issues in the same sentence: "…市农业农村局、市发展
# 改革委…对《农业产业化市级重点龙头企业认定和运行监测管理办法》(昆农通〔2018〕71号)进行修订,现将新修订的《昆明市…办法》印发给你们"
# (fresh51's 昆明 notice): 新修订的 / 修订后的 names the issued text as the revision)
_REISSUED_REVISION = re.compile(
    rf"对{_TARGET}(?:的)?(?:部分条款|有关条款|部分内容)?(?:进行|作出|做出|作|做|予以)了?(?:全面)?(?P<verb>修改|修订)"
    r"(?:和|并)?(?:补充|完善)?[，,]?(?=现将(?:新)?(?:修订|修改)(?:后)?的《[^《》]{4,80}》印发)")


def _revised_edition(c: str, seen: set) -> list[dict]:
    """The old editions a clause says the notice revised (`_REVISED_EDITION`), each once (`seen`)."""
    out = []
    for m, name in [*((m, "对原《X》修改…现印发") for m in _REVISED_EDITION.finditer(c)),
                    *((m, "对《X》修订…现将新修订的《Y》印发") for m in _REISSUED_REVISION.finditer(c))]:
        kind = "修订" if m["verb"] == "修订" else "修改"
        if (kind, compact(m["title"])) in seen:
            continue
        seen.add((kind, compact(m["title"])))
        out.append({"kind": kind, "title": m["title"], "matcher": name,
                    "doc_number": normalize_doc_number(m["num"]) if m["num"] else None, "part": None})
    return out


def _listed_amendments(c: str, seen: set, amending: bool = False) -> list[dict]:
    """The texts a clause amends in a list (`_LIST_AMEND`, who speaks being the document or a meeting) or names before
    the count of a cleanup's amended ones (`_COUNTED_AMEND`)."""
    out = []
    speaks = _SELF.match(c) or _MEETING.match(c) or (amending and _BARE_SUBJECT.match(c))
    for pattern, name in ((_LIST_AMEND, "对《A》、《B》修改"), (_COUNTED_AMEND, "《A》等N件被修改")):
        if pattern is _LIST_AMEND and not speaks:
            continue
        for m in pattern.finditer(c):
            if re.search(r"(?:拟|需|建议|应当?)$", c[: m.start()]):
                continue  # still to be amended: 拟对《A》、《B》进行修改
            kind = "修订" if m["verb"] == "修订" else "修改"
            for it in QUOTED_ITEM.finditer(c, m.start("list"), m.end("list")):
                key = (kind, compact(it["title"]))
                if key in seen:
                    continue
                seen.add(key)
                out.append({"kind": kind, "title": it["title"], "matcher": name, "doc_number": item_number(it),
                            "part": None})
    return out


def sentence_amendments(text: str, amending: bool = False) -> list[dict]:
    """Amendments stated in one sentence (pure; for tests): [{kind, title, doc_number, part, matcher}]. `amending`:
    the sentence is in a document that amends (a numbered 对《X》作出修改 needs no subject there)."""
    out, seen = [], set()
    for c in re.split(r"[。；;]", compact(text)):
        c = re.sub(r"^(?:第[一二三四五六七八九十百零〇\d]+条|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)", "", c)
        out.extend(_sentence(c, seen, amending))
        out.extend(_listed_amendments(c, seen, amending))
        out.extend(_revised_edition(c, seen))
    return out


# An amending decision whose numbered items are the amended texts themselves, each on its own with its order, the
# changes on the lines below it: "四、《天津市电磁辐射环境保护管理办法》(2005年市人民政府令第96号)。" ⏎ "删去第九条第二款。",
# "五、《…》(1993年市人民政府令第7号)。" ⏎ "将第七条第一款修改为:…" (天津 津政令第7号 关于修改部分市政府规章的决定); a page
# may glue an item after the last change above it ("…实施处罚。”四、《…》(…)。")
_TITLED_ITEM = re.compile(rf"(?:^|(?<=[。”\"]))[{_CN}]{{1,3}}[、.．]\s*《(?P<title>[^《》]{{4,80}})》"
                          r"(?:[（(](?P<num>[^（）()]{2,80})[)）])?[。；;]?$")
# (or an article named first, then its change: "二、《北京市公路养路费征收管理办法》(1991年8月6日北京市人民政府第24号令发布)" ⏎
# "1、第三条修改为:…" (北京 令第200号 关于修改…五十九项规章部分条款的决定, a wiki copy in traditional script))
_CHANGE = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])?(?:删去|删除|将|把|增加|增设|在第|"
                     r"第[一二三四五六七八九十百零\d]{1,6}条[^，,。；;：:]{0,16}?(?:修改为|改为))")


def titled_item_amendments(texts: list[str]) -> list[tuple[int, dict]]:
    """The texts an amending decision's numbered items name alone, a change instruction on the next line
    (`_TITLED_ITEM`, `_CHANGE`; pure, for tests): [(index of the item's line, {kind, title, doc_number})]."""
    out = []
    for i, text in enumerate(texts[:-1]):
        m = _TITLED_ITEM.search(compact(text))
        if m and _CHANGE.match(compact(texts[i + 1])):
            out.append((i, {"kind": "修改", "title": m["title"], "doc_number": m["num"]}))
    return out


def _amend_heading(c: str) -> bool:
    """A top-level heading of the document's own 修改 section ("二、对22部省政府规章的部分条款予以修改"), not a list still to
    be amended nor a repealing one."""
    return bool(_TOP_HEADING.match(c) and _AMEND_HEADING.search(c) and not _NOT_AMEND_HEADING.search(c))


def section_amendments(pieces: list[str]) -> list[dict]:
    """The items of an amending decision's 修改 section (pure; for tests): pieces are the compact headings and items
    in order; a top-level heading opens or closes the section. [{kind, title, heading}]"""
    out, heading = [], None
    for c in pieces:
        if _TOP_HEADING.match(c):
            amend = _AMEND_HEADING.search(c) and not _NOT_AMEND_HEADING.search(c)
            heading = c if amend else None
            continue
        m = _SECTION_ITEM.match(c) if heading else None
        if m:
            out.append({"kind": "修订" if "修订" in heading else "修改", "title": m["quoted"] or m["bare"] or m["dated"],
                        "heading": heading})
    return out


def _sentence(c: str, seen: set, amending: bool = False) -> list[dict]:
    out = []
    for mt in AMENDMENT_MATCHERS:
        if (mt.kind != "部分废止" and mt.name != "原《X》同时废止" and not _SELF.match(c)
                and not (amending and _BARE_SUBJECT.match(c))):
            continue
        for m in mt.pattern.finditer(c):
            key = (mt.kind, compact(m["title"]))
            if key in seen:
                continue
            seen.add(key)
            out.append({"kind": mt.kind, "title": m["title"], "matcher": mt.name,
                        "doc_number": normalize_doc_number(m["num"]) if m["num"] else None,
                        "part": m.groupdict().get("part")})
    return out


def _record(doc, kind, title, num, part, matcher, src) -> dict:
    return {"by_doc_id": doc.id, "by_doc_number": doc.doc_number, "by_title": doc.title, "kind": kind,
            "target_doc_id": None, "target_title": title, "target_doc_number": num, "part": part,
            "matcher": matcher, "source": src}


def extract_amendments(issue: ParsedIssue) -> list[dict]:
    """Every amendment, replacement and partial repeal in one issue, each with its source line."""
    out = []
    for doc, lines in doc_lines(issue):
        found = set()  # (kind, target): one record per relation, though a decision may amend and partly repeal
        t = _TITLE.search(compact(doc.title))
        if t:
            kind = "修订" if t["verb"] == "修订" else "修改"
            num = normalize_doc_number(t["num"]) if t["num"] else None
            out.append(_record(doc, kind, t["title"], num, None, "关于修改《X》",
                               source(issue, doc.title_line_start, doc.title_line_end)))
            found.add((kind, compact(t["title"])))
        # (or a body printed without its title whose own section heading says it amends: a law site's copy of a
        # province's cleanup, "一、废止9部省政府规章" … "二、对22部省政府规章的部分条款予以修改" ⏎ "(一)将《…》第十五条修改为")
        amending = bool(_AMENDING_DOC.search(compact(doc.title or ""))) or any(
            _amend_heading(compact(ln.text)) for ln in lines if ln.no > doc.title_line_end)
        if amending:
            pieces = [(ln, c) for ln in lines if "\t" not in ln.text and ln.no > doc.title_line_end
                      for c in list_pieces(ln)]
            items = iter(section_amendments([c for _, c in pieces]))
            want = next(items, None)
            for ln, c in pieces:  # (each item back to the line it was read from)
                if want is None:
                    break
                if _SECTION_ITEM.match(c) and (want["title"] in c):
                    key = (want["kind"], compact(want["title"]))
                    if key not in found:
                        found.add(key)
                        rec = _record(doc, want["kind"], want["title"], None, None, "修改一节的条目", source(issue, ln.no))
                        out.append({**rec, "evidence": want["heading"]})  # (the section heading that says 修改)
                    want = next(items, None)
        if amending:
            body = [ln for ln in lines if not ln.blank and "\t" not in ln.text and ln.no > doc.title_line_end]
            for i, a in titled_item_amendments([ln.text for ln in body]):
                if ("修改", compact(a["title"])) not in found:
                    found.add(("修改", compact(a["title"])))
                    out.append(_record(doc, "修改", a["title"], a["doc_number"], None, "N、《X》⏎删去/将…修改为",
                                       source(issue, body[i].no)))
        for ln in lines:
            if "\t" in ln.text or ln.no <= doc.title_line_end:
                continue
            for a in sentence_amendments(ln.text, amending):
                key = compact(a["title"])
                # (an old edition the document replaces is named as the document is: "原《X》同时废止", and the revised
                # text a notice issues under its own name, "对《X》进行修订,现将新修订的《昆明市X》印发", fresh51's 昆明)
                self_named = key in compact(doc.title) and a["matcher"] not in ("原《X》同时废止", "对《X》修订…现将新修订的《Y》印发")
                if (a["kind"], key) in found or self_named:
                    continue  # announced by the title already, or the document naming itself
                found.add((a["kind"], key))
                out.append(_record(doc, a["kind"], a["title"], a["doc_number"], a["part"], a["matcher"],
                                   source(issue, ln.no)))
    return out
