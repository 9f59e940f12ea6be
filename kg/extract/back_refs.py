"""Back-references to a unit a text named before: "该中队联合灵洞市场监管所开展…" (兰溪, fresh15) — 该 + the kind of body
(中队, 大队, 局, 所…) stands for the last body of that kind the text named in full ("兰溪市综合行政执法局灵洞中队"). A task's
lead or partner printed so is read as that body; where the text named none, it stays as printed."""

from __future__ import annotations

import re

from kg.extract.units import Roles, is_unit

__all__ = ["has_back_ref", "head_before_ref", "resolve_back_refs"]

# 该 / 這個 / 此 + a body's kind; the kinds are the ends of unit names (not 市: 该市 names a place; 区 / 县 only as below). A town, a
# forest farm and a task group are bodies too ("該鎮會同縣路政執法大隊…", tasks28's 五道水; "该林场加强与森林公安等部门密切配合",
# fresh34's 阿里河; "该攻坚小组联合多部门…", tasks99's 禁塑): task_convention.md's back-reference convention reads each as the
# body named in full before it; traditional forms as printed by converter copies
_BACK_REF = re.compile(r"^(?:该|該|这个|這個|此)(?P<kind>中队|中隊|大队|大隊|支队|支隊|分局|局|所|站|中心|队|隊|委员会|委員會|办|辦"
                       r"|镇|鎮|乡|鄉|林场|林場|攻坚小组|攻堅小組|区|區|县|縣)$")
# a district or county is read back only as the subject of its own 将 (campaign_charges._place_will: "9月10日,長洲區成立聯合執法組…。
# 據了解,該區將繼續加大…", tasks142's 长洲) and only to a place that opens a clause before it — 辖区 / 城区 / 社区 / 景区 … name none, and
# a place inside a clause ("对新城区开展…") is what a body works on, not a subject
_PLACE_KINDS = {"区": "区", "區": "区", "县": "县", "縣": "县"}
# (随着 before the place as its clause's subject is no part of it: "近年來,隨著林周縣畜牧養殖業規模不斷加大,…,該縣積極調整…。今年,該縣將
# 依托…" (fresh56 xizang_lasa-linzhou-xian-2020-guimohua-yangzhi-njpanjin-trad.txt:11; its README: 林周縣 leads))
_PLACE_NAMED = re.compile(r"(?:^|[，,。；;：:\s])(?:\d{1,2}月\d{1,2}日[，,]?|近日[，,]?|日前[，,]?)?(?:随着|随著|隨著)?"
                          r"(?P<name>(?![该該这這此我本全各辖轄])[\u4e00-\u9fff]{1,8}?[\u4e00-\u9fff](?<![城辖社小园景山片矿市郊新老库])(?:区|县))"
                          r"(?![长員员委])")

# an alias in brackets after a name, or a converter's pinyin: "琼海市公安局巡特警大队(旅游与环境资源警察大队)" (tasks99's 琼海: 该队
# is the 巡特警大队, its second name no name of its own), "五道水鎮(zhèn)"
_BRACKETED = re.compile(r"[(（][^()（）]{1,30}[)）]")
# a town with its county before it, named in full: "桑植縣五道水鎮" (tasks28's 五道水), longer than a bare town's name
_PLACED_TOWN = re.compile(r"^[\u4e00-\u9fff]{1,6}?[省市州县縣区區旗][\u4e00-\u9fff]{2,4}(?<![城各])(?:镇|鎮|乡|鄉)$")
# what no body's name holds: a verb or particle of the prose around it ("在做好疫情防控工作的同时,兰溪市…中队")
# (该 / 該 inside: "希望市農業農村局繼續關注該鎮接下來的…" (tasks99's 望牛墩) holds a back-reference, no full name)
_NOT_NAME = re.compile(r"[的在对将把被和与及、到赴该該]|做好|开展|继续|同时|联合|组织")  # (到, 赴: "…率队到望牛墩镇调研", tasks99)
_MAX_NAME = 24
# a reporter's source before the body: "记者从兰州市公安局森林分局获悉,近日该局牵头联合…" (fresh37's 兰州 森林分局; its gold: the
# 分局 leads) — the reporter and the preposition are no part of the name
_REPORTER = re.compile(r"^[\u4e00-\u9fff]{0,8}?记者(?:从|在|向|来到|走进)")


def _named_before(kind: str, before: str) -> str | None:
    """The last body of that kind named in full in `before`: the longest run ending in the kind, after the last mark
    of punctuation, that is a unit's name (and not itself a back-reference)."""
    before = _BRACKETED.sub("", before)
    if kind in _PLACE_KINDS:
        places = [m["name"] for m in _PLACE_NAMED.finditer(before) if m["name"].endswith(_PLACE_KINDS[kind])
                  and not _NOT_NAME.search(m["name"])]
        return places[-1] if places else None
    for m in reversed(list(re.finditer(re.escape(kind), before))):
        if before[m.end() : m.end() + 1] in ("长", "長", "员", "員"):
            continue  # 中队长, 队员, 镇长: a person, not the body
        clause = _REPORTER.sub("", re.split(r"[，,。；;：:“”《》()（）\s]", before[: m.end()])[-1])[-_MAX_NAME:]
        for s in range(len(clause) - len(kind) - 1):
            name = clause[s:]
            # (nor the copula before a name: "这是安徽阜阳经济技术开发区安监局探索的…新路子" (tasks76's 阜阳开发区) names the bureau, not
            # "是安徽…安监局")
            if not _NOT_NAME.search(name) and not _BACK_REF.match(name) and not name.startswith(("该", "該", "这", "這", "此", "是")) \
                    and (is_unit(name) or _PLACED_TOWN.match(name)):
                return name
    return None


def has_back_ref(roles: Roles) -> bool:
    return any(_BACK_REF.match(n) for n in roles.lead + roles.cooperate)


def head_before_ref(roles: Roles, sentence: str) -> str:
    """The part of the sentence before its first back-reference: the body may be named earlier in the same sentence
    ("…记者从兰州市公安局森林分局获悉,近日该局牵头联合…")."""
    at = [sentence.find(n) for n in roles.lead + roles.cooperate if _BACK_REF.match(n) and n in sentence]
    return sentence[: min(at)] if at else ""


def resolve_back_refs(roles: Roles, before: str) -> Roles:
    """The roles with each 该X lead or partner read as the last X the text named in full before it."""
    def resolved(names: list[str]) -> list[str]:
        out = []
        for n in names:
            m = _BACK_REF.match(n)
            full = _named_before(m["kind"], before) if m else None
            out.append(full or n)
        return out

    roles.lead[:] = resolved(roles.lead)
    roles.cooperate[:] = resolved(roles.cooperate)
    return roles
