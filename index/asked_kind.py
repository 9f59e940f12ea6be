"""The kind of passage a question asks for, as named (question cue, passage kind, head) rows: within the fused list's
first `head`, the passages of that kind (of the first passage's document, for most rows) go before the others when
the first is not one (rank29, stop 19)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.question_kinds import ANSWER_TYPES, value_pattern

__all__ = ["AskedKind", "ASKED_KINDS", "POINTS", "POINTS_QUESTION", "POINTS_CELL", "asked_kind_first", "is_header",
           "is_contents", "is_issuing"]

# A document's opening passage: no section above it, and its first lines print the 文号 or the 关于…的通知 title.
_HEADER = re.compile(r"〔\d{4}〕\d+号|\[\d{4}\]\d+号|关于.{2,60}的(?:通知|意见|决定|批复|函|报告|公告|通告)")
# An issue's table of contents: it opens on 目录, or prints dot leaders before page numbers.
_CONTENTS = re.compile(r"^目\s*录|·{4,}|…{3,}|\.{6,}")


def is_header(text: str, section: str | None) -> bool:
    """The passage opens a document (its title and 文号, before any section); an issue's table of contents, which
    lists titles too, does not."""
    return not section and bool(_HEADER.search(text[:160])) and not is_contents(text, section)


def is_contents(text: str, section: str | None) -> bool:
    """The passage is (part of) an issue's table of contents, the only place a page number of a document is
    printed."""
    return bool(_CONTENTS.search(text[:200]))


# The opening of a 印发 notice, the cover that carries a 方案 / 办法 / 规划: its 关于印发…的通知 title and the sentence
# 《…》已经区政府同意，现印发给你们 (the rules it carries follow in the document's other passages).
_ISSUING = re.compile(r"关于印发.{2,80}的通知|现印发给你们|现将.{2,80}印发给你们")


def is_issuing(text: str, section: str | None) -> bool:
    """The passage opens a 印发 notice: its title or its 印发给你们 sentence in the first lines, before any section."""
    return not section and bool(_ISSUING.search(text[:240])) and not is_contents(text, section)


def _prints(value: re.Pattern) -> callable:
    return lambda text, section: bool(value.search(text))


def _measure(text: str, section: str | None, unit: str) -> bool:
    # (a vehicle counted by 辆 or 台: 拖走了几辆 over 拖移车辆12台)
    return bool(value_pattern(ANSWER_TYPES["measure"][1], {"unit": unit}).search(text))


@dataclass(frozen=True)
class AskedKind:
    """A question `cue` that asks for a passage of a kind (`kind(text, section)`; or `kind(text, section, unit)`
    with the cue's `unit` group), looked for within the first `head` of the fused list; with `same_document`,
    only among the passages of the first one's document. With a `reach`, when none of the head is of the kind, the
    first passage of the kind of that document within the first `reach` goes first. With `run`, the head ends at
    its first passage of another document."""

    name: str
    cue: re.Pattern
    kind: callable
    head: int
    same_document: bool = True
    reach: int = 0
    named: bool = False
    run: bool = False


# The kind of document a question names (那个办法, 的方案, 这个预案): with a row's `named`, the document looked in is
# the first of the head whose title names that kind, when the first passage's does not (fresh21 n2019, fresh22
# n2103: 打信用分的那个办法 over a 实施方案 that quotes the 办法's name first).
_NAMED_KIND = re.compile(r"办法|方案|规划|预案|计划|意见|规定|细则|要点|措施")


def _named_document(head: list[tuple[int, float]], query: str, passage) -> str:
    """The document of the head's first passage, or of the first whose title names the kind of document the
    question names when the first one's does not."""
    first = passage(head[0][0])["doc_id"]
    kinds = set(_NAMED_KIND.findall(query))
    if not kinds:
        return first
    names = lambda i: any(k in (passage(i).get("title") or "") for k in kinds)
    if names(head[0][0]):
        return first
    return next((passage(i)["doc_id"] for i, _sc in head if names(i)), first)


# A question that asks which unit is responsible for something, leads it or helps (lay32, stop 20), and a passage
# that prints a unit in that role: a 牵头(协调)部门 / 配合部门和单位 / 责任单位 / 负责单位 column head or label (at a line's
# or a cell's start, or after （ or 。, and before a tab, a colon or the line's end: 牵头单位：区委网信办), 为牵头单位; a
# unit followed by 牵头 or 负责 (区市场监管局牵头负责, …专班牵头, 区农业农村局负责…, 后台审批部门负责…, 灾害监测组：负责…);
# a tab-separated cell that names a unit (\t区商务局\t, a row of a 任务分工 table past its head). Not: 各牵头单位要…,
# 各镇办牵头负责, 各责任部门（单位）负责 (every unit told to act), 负责同志 / 负责人 (a person), the labels named inside a
# sentence (明确…牵头单位、配合单位及实施主体), a unit named for something else (区应急管理局应急物资储备库).
_DUTY_QUESTION = re.compile(r"(?:哪|什么)(?:个|些|几个|家)?(?:单位|部门|机构)(?:来)?(?:负责|管|牵头|配合|组织|主管|主抓)"
                            r"|(?:由|归)哪(?:个|些|几个|家)?(?:单位|部门|机构)"
                            r"|谁(?:来)?(?:管|负责|组织|牵头|主管)"
                            r"|(?:牵头|配合|责任|协作)(?:单位|部门)(?:有哪些|是哪|是谁|是什么)")
_DUTY = re.compile(r"(?:^|[\t（(。；;])(?:主要)?(?:牵头(?:协调|责任)?|配合|责任|协作|负责)(?:部门|单位)(?:和单位|（单位）)?"
                   r"(?=$|\t|[：:])|为(?:主要)?牵头(?:部门|单位)"
                   r"|(?<!各)(?<!各.)(?:局|委|办|办公室|中心|大队|分局|管委会|专班|部门|组[：:]?)(?:牵头|负责)(?!同志|人)"
                   r"|\t[区县市]\S{1,14}(?:局|委|办|中心)(?:[、，\t]|$)", re.M)


# Rows in the order tried; the first whose cue matches decides. The rows and their heads were measured on every
# open question set (rank29's report, stop 19): 15 answers move up (page 3, document 4, count 5, measure 2, firms 1),
# none down, no set loses hit@10; a head of 10 for every row cost od_fresh12 an answer, 3 left half the gain.
ASKED_KINDS = (
    # 这期公报哪一页, 在公报第几页: only the table of contents prints a document's page (fresh20 n1929 n1942)
    # (of any document: the contents are a passage of their own, before the documents of the issue; 20 deep: the
    # asked document's own passages fill the fused list before it — n1942: 14 of the 方案's, then the contents)
    AskedKind("page", re.compile(r"第几页|哪一页|哪页|几页|页码"), is_contents, 20, same_document=False),
    # 是哪个通知定的 / 哪份通知发的: the 关于印发…的通知 that carries a 方案 or 办法 (fresh21 n2011 n2019 n2040); 区政府通过了
    # 吗 / 批准了没有: the notice's opening says so — 《…》已经区政府同意，现印发给你们 (fresh21 n2012 n2022). Reach 100: the
    # document's passages on the asked topic fill the head before its opening one (n2011 7th, n2040 9th, n2022 92nd,
    # under the 规划's 就医 passages), and the opening names the whole document.
    # Stop 20 (lay31, fresh21/22's low ranks): 区里批了吗 as 区政府同意了吗 (n2005 n2102); what the notice told the
    # units to do with it — 下发时让各单位怎么办, 各单位得怎么落实, 要各单位怎么抓落实: its 印发给你们，请认真贯彻执行
    # (n2020 n2026 n2103); 发过什么通知, 一共发了哪两个方案 (n2016 n2023). Reach 200: n2103's opening lies 113th.
    AskedKind("notice", re.compile(r"哪(?:个|份|件|一个)(?:通知|文件)(?:发|印发|出|定)的"
                                    r"|(?:政府|区里|县里|市里)(?:研究)?(?:通过|批准|同意|批)(?:了)?(?:吗|没有|没)"
                                    r"|(?:印发|下发|发下来|发下去)(?:时|后|的时候)?.{0,8}怎么(?:抓)?(?:落实|执行|实施|办)"
                                    r"|各(?:单位|部门|镇街)(?:得|要)?怎么(?:抓)?(?:落实|执行|实施)"
                                    r"|发过什么通知|发了哪(?:几|两|些)个?(?:方案|文件|通知)"),
              is_issuing, 5, reach=200, named=True),
    # 有没有…的文件 / 规划, 是哪发的, 改过没有: the question asks for the document itself, which its opening passage names
    # (title, 文号, issuer) — not for a rule inside it (fresh19 n1804, fresh20 n1947 n1948, od_fresh11 o406; a 预案
    # too: 有没有应急预案, fresh21 n2018)
    AskedKind("document", re.compile(r"有没有.{0,20}(?:文件|方案|规划|预案|通知|办法|规定|意见|政策)"
                                      r"|(?:哪|谁)(?:个|家)?(?:单位|部门|里)?(?:发|印发|出)的"
                                      r"|什么时候(?:印发|发布|出台)|改过没有|调整过没有|修改过没有"), is_header, 5),
    # a count, a count in a measure word, firms by name: the passage that prints a value of that type
    # (ANSWER_TYPES of index/question_kinds.py; not the money, phone, person or date types: their cues also
    # match questions that ask no value — 打市长热线乱投诉 会记失信吗 — and moved as many answers down as up).
    # Of the first passage's document only: another district's count answers nothing of this one (unanswerable
    # u1518, 弋阳县…查了几家游泳场所: 迎泽区's 联合检查 of N家 came first and the no-answer verdict was lost)
    # 哪个部门管 / 谁来管 / 由哪些单位负责 / 配合单位有哪些 / 归哪个部门管: the passage that prints who leads and who
    # helps (_DUTY) over an article on the same topic that names no unit for it (stop 20, lay32: fresh20 n1904 2→1,
    # n1910 4→2, n1911 3→2 — a 预案's 9.1/9.2 牵头和配合部门 tables under its articles on 内涝 and 物资装备; fresh3 n230,
    # fresh11 n1012 — a 规划's （牵头单位：…。责任单位：…）; fresh14 n1314 — a 任务分工 table row; od_fresh11 o412).
    # With `run`: only within the first document's leading run of the head — past a passage of another document the
    # first one is not sure to be the asked one (od_fresh7 o179, 高陵…归哪个部门管: 衡阳's 第四条 third went before
    # 高陵's answer second); that run also left fresh12 n1150 and od_fresh22 o998 (5→1 without it) where they were.
    AskedKind("duty", _DUTY_QUESTION, _prints(_DUTY), 5, run=True),
    AskedKind("count", ANSWER_TYPES["count"][0], _prints(ANSWER_TYPES["count"][1]), 5),
    AskedKind("measure", ANSWER_TYPES["measure"][0], _measure, 5),
    AskedKind("firms", ANSWER_TYPES["firms"][0], _prints(ANSWER_TYPES["firms"][1]), 5),
)


# A question that asks how many points a class adds or takes (信用分扣多少, 诚信积分加几分, 扣几分) or whether it does
# (会扣分吗, 能加吗), and a passage line that is a points cell of a scoring table (+10, -20, -5至-20, +10至+50): of any
# document, within the first Config.points_first (lay28, stop 19: fresh19's n1821 n1834, the 办法's article in words
# ranked above the table row that prints the points). Applied on its own, before ASKED_KINDS (Searcher._rank).
POINTS_QUESTION = re.compile(r"[扣加减]\s*(?:多少|几)(?![钱元万块天年月个人次倍条项])|[扣加减]分吗|能[扣加减]吗")
POINTS_CELL = re.compile(r"(?m)^[+\-－][0-9]+(?:至[+\-－]?[0-9]+)?$")
POINTS = AskedKind("points", POINTS_QUESTION, _prints(POINTS_CELL), 3, same_document=False)


def asked_kind_first(ranked: list[tuple[int, float]], query: str, passage, rows=ASKED_KINDS) -> list[tuple[int, float]]:
    """`ranked` with, within the first `head` of the first row whose cue the question matches, the passages of
    the asked kind before the others, each group in its fused order (the scores unchanged). Nothing moves when
    the first already is of that kind or none of the head is.

    Args:
        ranked: (passage position, score), best first.
        query: the question as asked.
        passage: position → the passage dict (its `text` and `section`).
    """
    if len(ranked) < 2:
        return ranked
    for row in rows:
        m = row.cue.search(query)
        if not m:
            continue
        extra = tuple(m.groupdict().values())
        head = ranked[:row.head]
        doc = ((_named_document(head, query, passage) if row.named else passage(head[0][0])["doc_id"])
               if row.same_document else None)
        if row.run:
            head = head[:next((n for n, (i, _sc) in enumerate(head) if passage(i)["doc_id"] != doc), len(head))]
        has = [(not row.same_document or passage(i)["doc_id"] == doc)
               and row.kind(passage(i)["text"], passage(i)["section"], *extra) for i, _sc in head]
        if has[0]:
            return ranked
        if not any(has):
            if not (row.reach and row.same_document):
                return ranked
            far = next((n for n, (i, _sc) in enumerate(ranked[row.head:row.reach], row.head)
                        if passage(i)["doc_id"] == doc and row.kind(passage(i)["text"], passage(i)["section"], *extra)),
                       None)
            return ranked if far is None else [ranked[far]] + ranked[:far] + ranked[far + 1:]
        return [c for c, h in zip(head, has) if h] + [c for c, h in zip(head, has) if not h] + ranked[len(head):]
    return ranked
