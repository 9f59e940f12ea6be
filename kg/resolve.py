"""Resolution: department names to one unit per district (a reviewable alias table), and documents
named in repeals and citations to the documents of the corpus (by 文号, 登记号 or title)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from kg.parse.normalize import compact, fold, normalize_doc_number, normalize_registration
from kg.places import city_names, county_names, province_cities

__all__ = ["ALIASES", "FULL_NAMES", "full_name", "FUNCTIONAL", "is_functional", "department_key", "opens_with_place", "DepartmentResolver", "resolve_documents", "resolve_targets"]

# The alias table: every abbreviation or variant spelling → the full form used in the key.
# Ordered: longer, more specific patterns first. Review this table, not code, to change merges.
ALIASES: list[tuple[str, str]] = [
    (r"发展和改革委员会$|发展改革委$|发改委$", "发展和改革局"),
    (r"发展和改革|发展改革|发改", "发展和改革"),
    (r"教育和体育|教育体育|教体", "教育和体育"),
    (r"人力资源和社会保障|人力资源社会保障|人社", "人力资源和社会保障"),
    (r"卫生健康|卫健", "卫生健康"),
    (r"市场监督管理|市场监管", "市场监督管理"),
    (r"住房和城乡建设|住房城乡建设|城乡住房建设|住建", "住房和城乡建设"),
    (r"工业和信息化|工信", "工业和信息化"),
    (r"文化和旅游|文化旅游|文旅", "文化和旅游"),
    (r"应急管理局|应急局", "应急管理局"),
    (r"医疗保障|医保", "医疗保障"),
    (r"^区自然资源和规划局$|^区自然资源局$", "区自然资源局"),
    (r"自然资源和规划|自然资源规划", "自然资源和规划"),
    (r"综合行政执法|综合执法", "综合行政执法"),
    (r"城市管理和行政执法|城管执法", "城市管理和行政执法"),
    (r"食品药品监督管理局|食品药品监督分局|食品药品监管局|食药局", "食品药品监督管理局"),
    (r"人民防空办公室|人防办", "人民防空办公室"),
    (r"区委编办|区编办|区委机构编制委员会办公室", "区委编办"),
    (r"^区工会$|^区总工会$", "区总工会"),
    (r"生态环境局$|生态环境分局$", "生态环境分局"),
    (r"公安局$|公安分局$", "公安分局"),
]
# The printed full name of a department's short form, where it is certain: the names of the 2018 State Council and
# local institutional reforms (国务院机构改革方案, 2018; each province's 机构改革方案 names its city and county bureaus
# after them: 工业和信息化局, 人力资源和社会保障局, 市场监督管理局…). A short form two full names share is left out
# (文旅局: 文化和旅游局 or 文化广电和旅游局; 教体局: 教育和体育局 or 教育体育局; 交通局: 交通局 or 交通运输局), and so is one
# the full form of which names a place's own reform (自然资源局 / 自然资源和规划局). A full name maps to itself. Every row
# resolves to one key with `ALIASES` (tests/test_issuers.py).
FULL_NAMES: dict[str, str] = {
    "工信局": "工业和信息化局", "工业和信息化局": "工业和信息化局",
    "发改委": "发展和改革委员会", "发展和改革委员会": "发展和改革委员会",
    "发改局": "发展和改革局", "发展和改革局": "发展和改革局",
    "人社局": "人力资源和社会保障局", "人力资源和社会保障局": "人力资源和社会保障局",
    "市场监管局": "市场监督管理局", "市场监督管理局": "市场监督管理局",
    "住建局": "住房和城乡建设局", "住房和城乡建设局": "住房和城乡建设局",
    "应急局": "应急管理局", "应急管理局": "应急管理局",
    "医保局": "医疗保障局", "医疗保障局": "医疗保障局",
    "商务局": "商务局", "财政局": "财政局", "民政局": "民政局", "司法局": "司法局", "审计局": "审计局",
    "统计局": "统计局", "农业农村局": "农业农村局",
}


def full_name(short: str) -> str | None:
    """The printed full name of a department named by `short` (without its place), or None where it is not certain.

    >>> full_name("工信局"), full_name("文旅局")
    ('工业和信息化局', None)
    """
    return FULL_NAMES.get(compact(fold(short)))


# Functional names ("民政部门", "发展改革") stand for the district's unit of that sector: an uncertain merge.
FUNCTIONAL = re.compile(r"^(?:区)?(?P<sector>[\u4e00-\u9fff]{2,8}?)(?:部门|机构)$")
_NAMEPLATE = re.compile(r"[（(][^（）()]+[）)]$")


def is_functional(name: str) -> bool:
    """A sector named instead of a unit: "民政部门", "区应急管理部门", or a bare "发展改革"."""
    c = compact(fold(name))
    if c.endswith(("局", "委", "办", "中心", "院", "会", "队", "所", "站", "公司", "街道", "开发区", "专班", "部", "联", "室", "组")):
        return False
    return bool(FUNCTIONAL.match(c)) or (2 <= len(c) <= 8 and not c.startswith(("区", "市")))


def department_key(name: str, district: str | None) -> tuple[str, list[str]]:
    """The resolution key of a printed name within a district, and the rules that fired.

    >>> department_key("张店区发展和改革局", "张店区")[0] == department_key("区发改局", "张店区")[0]
    True
    """
    key, rules = _department_key(name, district)
    return key, list(rules)


@lru_cache(maxsize=1 << 16)
def opens_with_place(name: str) -> bool:
    """A unit printed under its own province, city or county ("海口市科学技术和工业信息化局", "淄博市生态环境局张店分局",
    "广东省应急管理厅") is already placed: the district's 区 / 县 goes before a bare organ ("财政局") only."""
    places = _known_places()
    return any(name[:n] in places for n in range(2, min(len(name), 9)))


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    # full names only (海口市, 张店区, 广东省): a bare stem (海口) could open an organ's own word
    return frozenset(n for n in (*city_names(), *county_names(), *province_cities()) if n[-1] in "省区市县州旗盟")


def _department_key(name: str, district: str | None) -> tuple[str, tuple[str, ...]]:
    # Memoised: a corpus prints the same few thousand unit names tens of thousands of times.
    rules = []
    k = compact(fold(name, taiwan=True))  # traditional, converter or zh-TW spellings resolve like the simplified one
    base = _NAMEPLATE.sub("", k)  # 区财政局（国资局）: the second nameplate does not change the unit
    if base != k and base:
        k = base
        rules.append("nameplate")
    short = (district or "")[:-1] if district and len(district) >= 3 else None
    level = district[-1] if district and district[-1] in "区县市旗" else "区"  # 张店区 → 区, 沂源县 → 县
    if district and k.startswith(district):
        k = level + k[len(district):]
        rules.append("district-prefix")
    elif short and k.startswith(short) and not k.startswith(short + "经济开发区"):
        k = level + k[len(short):]
        rules.append("district-short")
    for pat, rep in ALIASES:
        new = re.sub(pat, rep, k)
        if new != k:
            rules.append(f"alias:{rep}")
            k = new
    if not k.startswith(("区", "市", "县", "旗", "省", "国", "团", "驻", "中")) and (not short or not k.startswith(short)) \
            and re.search(r"(局|中心|办)$", k) and not opens_with_place(k):
        k = level + k  # "财政局" printed without the 区/县 prefix
        rules.append("add-区")
    return k, tuple(rules)


def _filed_name(unit: dict) -> str:
    """The name a task's unit is filed under: the extractor's canonical where the page completes the printed name (decisions
    B and C, stop 25: "大兴区" of "大兴区、通州区政府" → 大兴区政府, "我局" → the page's issuer), else the name as printed."""
    return unit.get("canonical") or unit["name"]


@dataclass
class Department:
    id: str
    district: str | None
    canonical: str
    key: str
    variants: Counter = field(default_factory=Counter)
    uncertain: list[str] = field(default_factory=list)


class DepartmentResolver:
    """Resolves printed unit names to one `Department` per real unit and district.

    Every merge is explained by the rules in `ALIASES`; merges through a functional name, a
    missing 区 prefix or the short district name are listed in `report()` as uncertain.
    """

    def __init__(self):
        self._by_key: dict[tuple, Department] = {}
        self._by_district: dict[str | None, list[tuple[str, Department]]] = defaultdict(list)  # in _by_key order
        self._name_index: dict[tuple, Department] = {}

    @classmethod
    def from_tasks(cls, tasks: list[dict]) -> "DepartmentResolver":
        r = cls()
        functional = []
        for t in tasks:
            for u in t["lead"] + t["cooperate"]:
                name = _filed_name(u)
                if is_functional(name):
                    functional.append((name, t["district"]))
                else:
                    r.add(name, t["district"], alias=u.get("office_alias"))
        for name, district in functional:
            r.add_functional(name, district)
        return r

    def add(self, name: str, district: str | None, alias: str | None = None) -> Department:
        """File `name` under its department; `alias`, a name it was printed as that stands for several units (a bare
        `联席会议办公室`, kg/offices.py), is kept as the mention's variant but is not looked up."""
        key, rules = department_key(name, district)
        dep = self._by_key.get((district, key))
        if dep is None:
            dep = Department(id=f"dept:{district or '-'}:{key}", district=district, canonical=key, key=key)
            self._by_key[(district, key)] = dep
            self._by_district[district].append((key, dep))
        dep.variants[compact(alias or name)] += 1
        if any(r in ("add-区", "district-short") or r == "alias:区总工会" for r in rules) and compact(name) not in dep.uncertain:
            dep.uncertain.append(compact(name))
        self._name_index[(district, compact(fold(name)))] = dep
        return dep

    def add_functional(self, name: str, district: str | None) -> Department:
        m = FUNCTIONAL.match(compact(fold(name)))
        sector = m["sector"] if m else compact(fold(name)).removeprefix("区")
        level = district[-1] if district and district[-1] in "区县市旗" else "区"
        skey, _ = department_key(level + sector + "局", district)
        dep = self._by_key.get((district, skey))
        if dep is None:  # bare sector words ("发展改革") or a sector with no unit of its own
            word = department_key(sector, district)[0].lstrip("区")
            # The district's units in the order they were met (a scan of all districts' units per name
            # grew with the square of the corpus).
            dep = next((cand for k, cand in self._by_district.get(district, ()) if word in k), None)
        if dep is None:
            return self.add(name, district)
        dep.variants[compact(name)] += 1
        if compact(name) not in dep.uncertain:
            dep.uncertain.append(compact(name))
        self._name_index[(district, compact(fold(name)))] = dep
        return dep

    def resolve(self, name: str, district: str | None) -> Department | None:
        dep = self._name_index.get((district, compact(fold(name))))
        if dep:
            return dep
        key, _ = department_key(name, district)
        return self._by_key.get((district, key))

    def find(self, name: str, district: str | None = None) -> list[Department]:
        """Every department any alias of `name` resolves to (in one district, or in all)."""
        out = []
        districts = {d for d, _ in self._by_key} if district is None else {district}
        for d in districts:
            dep = self.resolve(name, d)
            if dep and dep not in out:
                out.append(dep)
        return out

    def annotate_task(self, task: dict) -> dict:
        t = dict(task)
        for role in ("lead", "cooperate"):
            t[role] = []
            for u in task[role]:
                dep = self.resolve(_filed_name(u), task["district"])
                t[role].append({"name": u["name"], "canonical": dep.canonical if dep else u["name"],
                                "id": dep.id if dep else None})
        return t

    def departments(self) -> list[dict]:
        out = []
        for dep in self._by_key.values():
            out.append({"id": dep.id, "district": dep.district, "canonical": dep.canonical,
                        "variants": sorted(dep.variants, key=lambda v: -dep.variants[v]),
                        "mentions": sum(dep.variants.values()), "uncertain_variants": dep.uncertain})
        return sorted(out, key=lambda d: (d["district"] or "", -d["mentions"]))

    def report(self) -> list[dict]:
        """Merges a reviewer should check: functional names, added 区 prefixes, short district names."""
        return [{"department": d.canonical, "district": d.district, "variants": list(d.variants),
                 "uncertain_variants": d.uncertain} for d in self._by_key.values() if d.uncertain and len(d.variants) > 1]


# ---- documents ------------------------------------------------------------------------------------

def _doc_index(docs):
    by_num, by_reg, by_title = defaultdict(list), defaultdict(list), defaultdict(list)
    for d in docs:
        if d.doc_number:
            by_num[normalize_doc_number(d.doc_number)].append(d)
        if d.registration:
            by_reg[normalize_registration(d.registration)].append(d)
        by_title[compact(d.title)].append(d)
    titles = list(by_title)
    return by_num, by_reg, by_title, titles, _title_refs(titles)


def _title_refs(titles) -> dict[str, list[int]]:
    """{a way a title can be cited: the positions (in `titles`) of the titles it names}.

    The ways are those `_find` accepts: a suffix starting with 关于 (the issuer left out), X of a title
    ending in 印发X, 印发X的通知 or 印发《X》的通知. Looking a citation up here replaces a scan of every title
    per citation (which grew with the square of the corpus).
    """
    refs: dict[str, list[int]] = defaultdict(list)
    for pos, title in enumerate(titles):
        ways = {title[i:] for i in _all(title, "关于")}
        for i in _all(title, "印发"):
            ways.add("\0" + title[i + 2:])
            if title.endswith("的通知"):
                ways.add("\0" + title[i + 2:len(title) - 3])
            if title.startswith("印发《", i) and title.endswith("》的通知"):
                ways.add("\0" + title[i + 3:len(title) - 4])
        for w in ways:
            refs[w].append(pos)
    return refs


def _all(text: str, sub: str):
    i = text.find(sub)
    while i >= 0:
        yield i
        i = text.find(sub, i + 1)


def _find(ref_num, ref_reg, ref_title, idx, exclude=None):
    by_num, by_reg, by_title = idx[:3]
    for cands in (by_num.get(normalize_doc_number(ref_num)) if ref_num else None,
                  by_reg.get(normalize_registration(ref_reg)) if ref_reg else None,
                  by_title.get(compact(ref_title)) if ref_title else None):
        for d in cands or []:
            if d.id != exclude:
                return d
    if ref_title:
        # A cited 《关于…的通知》 omits the issuer printed before 关于 in the title; a 办法 printed inside
        # its cover notice is named by itself: 《X》 for "…关于印发《X》的通知".
        t = compact(ref_title)
        titles, refs = idx[3], idx[4]
        hits = set(refs.get("\0" + t, ()))
        if t.startswith("关于"):
            hits.update(refs.get(t, ()))
        for pos in sorted(hits):  # the first title in corpus order, as a scan would find it
            for d in by_title[titles[pos]]:
                if d.id != exclude:
                    return d
    return None


def resolve_targets(docs, records: list[dict], by: str = "by_doc_id") -> list[dict]:
    """Point records that name a document (target_title / target_doc_number / target_registration) at
    the corpus document they name (`target_doc_id`, None when it is not printed in the corpus)."""
    idx = _doc_index(docs)
    out = []
    for r in records:
        if not (r.get("target_title") or r.get("target_doc_number") or r.get("target_registration")):
            out.append(r)
            continue
        d = _find(r.get("target_doc_number"), r.get("target_registration"), r.get("target_title"), idx,
                  exclude=r.get(by))
        out.append({**r, "target_doc_id": d.id if d else None})
    return out


def resolve_documents(docs, repeals: list[dict], cites: list[dict], amendments: list[dict] = (),
                      validity: list[dict] = (), as_of: str | None = None):
    """Point repeals and citations at corpus documents; derive each document's status at `as_of`.

    `amendments` and `validity` must already be resolved (`resolve_targets`); the status model lives in
    kg/validity.py.
    """
    from kg.validity import document_statuses

    idx = _doc_index(docs)
    out_r = resolve_targets(docs, repeals)
    out_c = []
    for c in cites:
        d = _find(c["target_doc_number"], None, c["target_title"], idx, exclude=c["by_doc_id"])
        out_c.append({**c, "target_doc_id": d.id if d else None})
    status = document_statuses(docs, out_r + list(amendments), list(validity), as_of)
    return out_r, out_c, status
