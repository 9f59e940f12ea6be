"""View models for the app: pure functions from query results to rows, citations, exports and safe HTML.

Nothing here imports streamlit, so every function is tested without a browser. Every untrusted string
(document text, titles, 文号, file names, headings) that reaches HTML or markdown goes through `esc`,
the one escaping helper of the app.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date

__all__ = ["esc", "highlight", "text_block", "status_view", "status_badge", "STATE_COLOURS", "document_type",
           "document_rows", "gazette_names", "source_label", "citation", "to_csv", "to_markdown", "task_units",
           "task_row", "department_counts", "suggest_departments", "looks_like_unit", "deadline_date", "deadline_passed",
           "INDICATOR_KINDS", "INDICATOR_SYNONYMS", "indicator_name", "indicator_rows", "indicator_series",
           "timeline_rows", "clean_text", "query_coverage", "PROPOSED_LABEL", "proposed_holders", "proposed_in_passage"]

# Characters that mean something to Markdown (and to Streamlit's markdown: $ for maths, : for
# emoji/colour directives) are written as numeric entities: shown as the character, never parsed.
_ESC = str.maketrans({**{c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+-.!|~$:="},
                      "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})


def esc(text) -> str:
    """`text` as inert HTML and inert Markdown: tags, entities and markdown syntax all show as text.

    >>> esc('<img src=x onerror=alert(1)> ![m](http://h/x.png)')
    '&lt;img src&#61;x onerror&#61;alert&#40;1&#41;&gt; &#33;&#91;m&#93;&#40;http&#58;//h/x&#46;png&#41;'
    """
    if text is None:
        return ""
    return str(text).translate(_ESC)


_MARKUP = re.compile(r"\[bookmark:[^\]]*\]|</?(?:p|div|span|br|td|tr|th|table|tbody|thead)\b[^>]*>", re.I)


def clean_text(text: str) -> str:
    """Conversion debris of the gazette files (`[bookmark: _Toc…]`, stray `<p>`) removed for display."""
    return _MARKUP.sub("", text or "")


def highlight(text: str, query: str, tokenizer=None) -> str:
    """Escaped `text` with the query's terms (2+ characters) marked, line breaks kept."""
    text = clean_text(text)
    terms = tokenizer(query) if tokenizer else re.findall(r"[\u4e00-\u9fff]{2,}|\w{2,}", query)
    terms = sorted({t for t in terms if len(t) >= 2 and t in text}, key=len, reverse=True)
    if not terms:
        return esc(text).replace("\n", "<br>")
    parts = re.split("(" + "|".join(re.escape(t) for t in terms) + ")", text)
    out = "".join(f"<mark>{esc(p)}</mark>" if i % 2 else esc(p) for i, p in enumerate(parts))
    return out.replace("\n", "<br>")


def text_block(lines: list[tuple[int, str]], focus: tuple[int, int] | None = None, context: int | None = None) -> str:
    """A document's lines as a scrollable HTML block with line numbers; the `focus` span is marked (the
    first marked line carries id="focus" so the page can scroll it into view), and with `context` only
    that many lines either side of it are shown."""
    if focus and context is not None:
        lines = [(no, t) for no, t in lines if focus[0] - context <= no <= focus[1] + context]
    body, anchored = [], False
    for no, text in lines:
        row = f"{no:>5}  {esc(clean_text(text).rstrip())}"
        if focus and focus[0] <= no <= focus[1]:
            row = ("<mark>" if anchored else "<mark id='focus'>") + row + "</mark>"
            anchored = True
        body.append(row)
    return ("<div class='doctext' style='max-height:420px;overflow:auto;white-space:pre-wrap;font-size:0.9em;"
            "border:1px solid #e5e7eb;padding:8px'>" + "\n".join(body) + "</div>")


# -- enterprises of proposed lists -------------------------------------------------------------------
# A classification marked "proposed" (kg/extract/enterprises.mark_proposed: 拟认定, 公示名单) is no held class yet.
PROPOSED_LABEL = "拟认定（公示中）"


def proposed_holders(enterprises) -> dict[str, list[tuple[str, ...]]]:
    """{document id: [(names as printed and normalised…, what is proposed)]} of the proposed classifications, so a
    passage of that document can say its companies are proposed, not holders."""
    out: dict[str, list] = {}
    for e in enterprises:
        for c in e["classifications"]:
            if c.get("status") == "proposed":
                what = "".join(x for x in (c.get("class"), c.get("label") and f"（{c['label']}）", c.get("rating")) if x)
                names = tuple(dict.fromkeys(n for n in (e.get("name_as_printed"), e["name"]) if n))
                out.setdefault(c["doc_id"], []).append((names, what))
    return out


def proposed_in_passage(text: str, doc_id: str, holders: dict) -> list[str]:
    """The proposed holders of `doc_id` (see proposed_holders) that `text` names, each "name（what）", in order."""
    out = []
    for names, what in holders.get(doc_id, ()):
        if any(n in (text or "") for n in names):
            out.append(f"{names[-1]}（{what}）" if what else names[-1])
    return list(dict.fromkeys(out))


# -- document state ----------------------------------------------------------------------------------
STATE_COLOURS = {"in_force": "green", "amended": "green", "partly_repealed": "orange", "not_yet_effective": "blue",
                 "expired": "gray", "replaced": "violet", "repealed": "red", "invalidated": "orange"}


def status_view(status: dict | None) -> dict:
    """A status dict (any subset of the keys the validity model fills) as what the app shows."""
    from kg.validity import is_in_force, state_label

    s = status or {}
    state = s.get("state") or "in_force"
    return {"state": state, "label": s.get("label") or state_label(state), "in_force": is_in_force(state),
            "colour": STATE_COLOURS.get(state, "gray"), "since": s.get("since"),
            "effective_from": s.get("effective_from"), "valid_until": s.get("valid_until"),
            "evidence": list(s.get("evidence") or []), "timeline": list(s.get("timeline") or [])}


def status_badge(status) -> str:
    """Streamlit markdown badge for a status dict (or a bare state name)."""
    v = status_view({"state": status} if isinstance(status, str) else status)
    return f":{v['colour']}-badge[{esc(v['label'])}]"


def document_type(title: str) -> str:
    m = re.search(r"(通知|意见|方案|批复|决定|通告|公告|办法|规定|规划|报告|函)$", title or "")
    return m[1] if m else "其他"


def document_types(title_ends) -> list[str]:
    """The document types (sorted) of titles ending in `title_ends` (their last two characters, all a
    type's suffix needs); a title without a known ending is 其他."""
    return sorted({document_type(e) for e in title_ends})


def document_rows(store, statuses: dict[str, dict]) -> list[dict]:
    """One row per document, the useful columns first (title, state, 文号); `statuses` by document id."""
    rows = []
    for d in store.documents:
        v = status_view(statuses.get(d.id))
        rows.append({"标题": d.title, "状态": v["label"], "文号": d.doc_number or "", "日期": d.date or "",
                     "区": d.district or "", "发文机关": d.issuer or "", "类型": document_type(d.title),
                     "年份": (d.date or "")[:4], "in_force": v["in_force"], "id": d.id})
    return rows


def timeline_rows(doc, status: dict, titles: dict[str, str]) -> list[dict]:
    """The document's events in date order: signed, effective, valid until, and each state change with
    the document that caused it."""
    v = status_view(status)
    events = [{"日期": doc.date or "", "事件": "成文", "依据": doc.title}]
    if v["effective_from"]:
        events.append({"日期": v["effective_from"], "事件": "施行", "依据": doc.title})
    for ev in v["timeline"]:
        if ev.get("event") in ("issued", "effective"):
            continue
        by = ev.get("by_title") or titles.get(ev.get("by_doc_id") or "", "") or doc.title
        events.append({"日期": ev.get("date") or "", "事件": ev.get("label") or ev.get("event") or "", "依据": by})
    if not v["timeline"]:
        if v["valid_until"]:
            events.append({"日期": v["valid_until"], "事件": "有效期届满", "依据": doc.title})
        for ev in v["evidence"]:
            by = ev.get("by_title") or titles.get(ev.get("by_doc_id") or "", "")
            events.append({"日期": v["since"] or "", "事件": ev.get("kind") or v["label"], "依据": by})
    return sorted(events, key=lambda e: e["日期"] or "9999")


# -- sources and citations ---------------------------------------------------------------------------
_MASTHEAD = re.compile(r"^(.{2,20}?公报)$")
_ISSUE_NO = re.compile(r"(\d{4})年第(\d+)期")


def gazette_names(issue_lines: dict[str, list], documents) -> dict[str, str]:
    """{file name: the gazette it is}, read from its masthead ("张店区人民政府公报 2021年第7期"); a file
    without a masthead is named by its district and the month of its latest document."""
    by_file: dict[str, list] = {}
    for d in documents:  # grouped once (a scan of every document per file is quadratic at scale)
        by_file.setdefault(d.file, []).append(d)
    return {file: gazette_name(lines, lambda f=file: by_file.get(f, [])) for file, lines in issue_lines.items()}


def gazette_name(lines: list, documents_of) -> str:
    """One file's gazette name (see `gazette_names`) from its lines (the first 40 are read);
    `documents_of()` gives its documents (district, date), asked for only when the head lacks the
    masthead or the issue number."""
    head = [re.sub(r"\s+", "", ln.raw) for ln in lines[:40] if ln.raw.strip()][:12]
    mast = next((m[1] for h in head if (m := _MASTHEAD.match(h))), None)
    number = next((f"{m[1]}年第{m[2]}期" for h in head if (m := _ISSUE_NO.search(h))), None)
    docs = documents_of() if not (mast and number) else []
    if not mast:
        district = next((d.district for d in docs if d.district), None)
        mast = f"{district}人民政府公报" if district else "政府公报"
    if not number:
        dates = sorted(d.date for d in docs if d.date)
        number = f"{int(dates[-1][:4])}年{int(dates[-1][5:7])}月" if dates else ""
    if mast.startswith("淄博市") and "区" in mast:
        mast = mast[3:]
    return f"{mast} {number}".strip()


def _lines(s: dict) -> str:
    a, b = s.get("line_start"), s.get("line_end")
    return f"第{a}行" if a == b else f"第{a}–{b}行"


def source_label(s: dict, gazettes: dict[str, str] | None = None, with_file: bool = True) -> str:
    """Where a fact was printed: "张店区人民政府公报 2021年第7期 · 第3页 · 第942–946行（000_….txt）"."""
    if not s:
        return ""
    parts = [(gazettes or {}).get(s.get("file"), "") or "", f"第{s['page']}页" if s.get("page") else "", _lines(s)]
    label = " · ".join(p for p in parts if p)
    return label + (f"（{s['file']}）" if with_file and s.get("file") else "")


def citation(title: str, doc_number: str | None, source: dict, gazettes: dict[str, str] | None = None) -> str:
    """《标题》（文号），张店区人民政府公报 2021年第7期，第3页，第942–946行."""
    head = f"《{title}》" + (f"（{doc_number}）" if doc_number else "")
    where = [(gazettes or {}).get(source.get("file"), ""), f"第{source['page']}页" if source.get("page") else "",
             _lines(source)]
    return "，".join([head] + [w for w in where if w])


def to_csv(rows: list[dict]) -> bytes:
    """UTF-8 CSV with a BOM (Excel opens it as UTF-8)."""
    if not rows:
        return "\ufeff".encode()
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), extrasaction="ignore")
    w.writeheader()
    w.writerows({k: ("" if v is None else v) for k, v in r.items()} for r in rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_markdown(rows: list[dict], title: str = "") -> str:
    """A Markdown table (pipes and line breaks inside cells escaped)."""
    cell = lambda v: ("" if v is None else str(v)).replace("|", "\\|").replace("\n", " ")
    out = [f"# {title}", ""] if title else []
    if rows:
        cols = list(rows[0])
        out += ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        out += ["| " + " | ".join(cell(r.get(c)) for c in cols) + " |" for r in rows]
    return "\n".join(out) + "\n"


# -- tasks and departments ---------------------------------------------------------------------------
def _unit(u: dict) -> str:
    return u["canonical"] + ("" if u["name"] == u["canonical"] else f"（原文：{u['name']}）")


def task_units(task: dict) -> dict[str, list[str]]:
    """The units of a task by role. Where the lead was marked only by type (bold) and the text cannot
    tell which unit it was, every unit is 责任单位（牵头未能识别）, not 配合."""
    units = [_unit(u) for u in task.get("lead", [])] + [_unit(u) for u in task.get("cooperate", [])]
    if task.get("lead_unrecoverable") and not task.get("lead"):
        return {"lead": [], "cooperate": [], "responsible": units + list(task.get("generic_cooperate") or [])}
    return {"lead": [_unit(u) for u in task.get("lead", [])] + list(task.get("generic_lead") or []),
            "cooperate": [_unit(u) for u in task.get("cooperate", [])] + list(task.get("generic_cooperate") or []),
            "responsible": []}


def deadline_date(deadline: str | None, doc_date: str | None) -> date | None:
    """The last day of a printed deadline ("2021年12月", "12月底", "12月15日"); None when it names no
    date ("实时推进", "持续性"). A deadline without a year is in the document's year."""
    if not deadline:
        return None
    m = re.search(r"(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?", deadline)
    y = re.search(r"(\d{4})年", deadline)
    if not m and y:  # "2025年底前"
        return date(int(y[1]), 12, 31)
    if not m:
        return None
    year = int(m[1]) if m[1] else int((doc_date or "0")[:4] or 0)
    if not year:
        return None
    month = int(m[2])
    if not 1 <= month <= 12:
        return None
    if m[3]:
        try:
            return date(year, month, int(m[3]))
        except ValueError:
            return None
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def deadline_passed(deadline: str | None, doc_date: str | None, as_of: date) -> bool:
    d = deadline_date(deadline, doc_date)
    return bool(d and d < as_of)


def task_row(task: dict, status: dict | None, gazettes: dict[str, str] | None, as_of: date) -> dict:
    """One task as a table/export row, the useful columns first."""
    units = task_units(task)
    v = status_view(status)
    late = deadline_passed(task.get("deadline"), task.get("doc_date"), as_of)
    return {"任务": task["text"], "牵头": "、".join(units["lead"]), "配合": "、".join(units["cooperate"]),
            "责任单位（牵头未能识别）": "、".join(units["responsible"]),
            "完成时限": (task.get("deadline") or "") + ("（已过期）" if late else ""),
            "文件": task["doc_title"], "文件状态": v["label"], "来源": source_label(task["source"], gazettes)}


def department_counts(dep: dict) -> dict[str, int]:
    """Leads, cooperations and 责任单位（牵头未能识别） of one unit, counted apart."""
    unrec = [t for t in dep.get("cooperates", []) if t.get("lead_unrecoverable") and not t.get("lead")]
    return {"牵头": len(dep.get("leads", [])), "配合": len(dep.get("cooperates", [])) - len(unrec),
            "责任单位（牵头未能识别）": len(unrec)}


_UNIT = re.compile(r"[\u4e00-\u9fff]{1,14}(局|委|办|中心|委员会|办公室|分局|部|队|院|所|站|联|会)")


def looks_like_unit(text: str) -> bool:
    """True when `text` is a unit's name (区卫健委, 市生态环境局张店分局), not a task description."""
    return bool(_UNIT.fullmatch(re.sub(r"\s+", "", text or "")))


def suggest_departments(departments: list[dict], text: str, k: int = 8) -> list[dict]:
    """Units whose canonical name or a printed alias is closest to `text` (区卫健委 → 区卫生健康局):
    exact and contained names first, then by similarity of the resolution keys."""
    from difflib import SequenceMatcher

    from kg.parse.normalize import compact
    from kg.resolve import department_key

    t = compact(text or "")
    if not t:
        return []
    scored = []
    for dep in departments:
        names = [dep["canonical"], *dep.get("variants", [])]
        key = department_key(t, dep.get("district"))[0]
        if t in names or key == dep["canonical"]:
            score = 3.0
        elif any(t in n for n in names):
            score = 2.0
        else:
            score = max(SequenceMatcher(None, key, department_key(n, dep.get("district"))[0]).ratio() for n in names)
        if score >= 0.7:
            scored.append((score, dep.get("mentions", 0), dep))
    scored.sort(key=lambda x: (-x[0], -x[1], x[2]["canonical"]))
    return [d for _, _, d in scored[:k]]


# -- indicators --------------------------------------------------------------------------------------
INDICATOR_KINDS = {"baseline": "基期值", "target": "目标值", "actual": "实际值"}
# Names that are the same indicator in different documents (general statistical usage, not per record).
INDICATOR_SYNONYMS = {
    "人均期望寿命": "人均预期寿命", "平均预期寿命": "人均预期寿命", "人口平均预期寿命": "人均预期寿命",
    "居民人均预期寿命": "人均预期寿命", "GDP": "地区生产总值", "生产总值": "地区生产总值",
    "全区生产总值": "地区生产总值", "地区生产总值（GDP）": "地区生产总值", "社会消费品零售额": "社会消费品零售总额",
    "社零额": "社会消费品零售总额", "固定资产投资额": "固定资产投资", "一般公共预算收入（地方级）": "一般公共预算收入",
    "研发经费投入强度": "研发经费投入占比", "R&D经费投入占比": "研发经费投入占比",
    "婴儿和5岁以下儿童死亡率": "婴儿死亡率和5岁以下儿童死亡率", "居民健康素养": "居民健康素养水平",
}


def indicator_name(name: str) -> str:
    return INDICATOR_SYNONYMS.get(name, name)


def merged_counts(printed: dict[str, int]) -> dict[str, int]:
    """{indicator name, synonyms merged: how many records} from {printed name: how many records}."""
    out: dict[str, int] = {}
    for name, n in printed.items():
        key = indicator_name(name)
        out[key] = out.get(key, 0) + n
    return out


def indicator_rows(indicators: list[dict], docs: dict) -> list[dict]:
    """Indicators with synonyms merged, the district and document, the useful columns first."""
    rows = []
    for r in indicators:
        d = docs.get(r["doc_id"])
        rows.append({"指标": indicator_name(r["name"]), "年份": r.get("year"), "类型": INDICATOR_KINDS.get(r["kind"], r["kind"]),
                     "数值": r["value"], "单位": r.get("unit") or r.get("unit_printed") or "",
                     "区": (d.district if d else "") or "", "文件": d.title if d else "",
                     "原文指标名": r["name"], "数": r.get("number"), "source": r["source"]})
    return rows


def indicator_series(rows: list[dict], name: str, district: str | None = None) -> list[dict]:
    """One indicator across documents and years: {年份, 目标值/实际值/基期值: number} per year, for a chart
    of target against actual. A year with several values of one kind keeps the latest document's."""
    by_year: dict[int, dict] = {}
    for r in rows:
        if r["指标"] != name or r["数"] is None or not r["年份"] or (district and r["区"] != district):
            continue
        by_year.setdefault(int(r["年份"]), {"年份": int(r["年份"])})[r["类型"]] = r["数"]
    return [by_year[y] for y in sorted(by_year)]


# -- "no reliable answer" for task questions -----------------------------------------------------------
# Question words and the words every task question shares: they say nothing about which task is meant.
_QUESTION_WORDS = re.compile(r"由?(哪个|哪些|什么|哪家)?(部门|单位|机构)?(负责|牵头|配合|承担|主管)|谁|哪个|哪些|什么|怎么|如何|"
                             r"是否|有没有|吗|呢|的|由|工作|部门|单位")


def query_coverage(query: str, text: str) -> float:
    """Share of the question's character pairs (question words left out) that `text` contains: a task
    that shares only loose words with the question scores low."""
    core = _QUESTION_WORDS.sub(" ", query or "")
    pairs = {a + b for part in re.findall(r"[\u4e00-\u9fff]+|[A-Za-z0-9]+", core) for a, b in zip(part, part[1:])}
    if not pairs:
        return 0.0
    return sum(p in text for p in pairs) / len(pairs)
