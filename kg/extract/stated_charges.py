"""Duty sentences of news and plan pages that no other duty style reads (issue #16, round180: fresh57's first-sight misses,
general in wording). Each reader is a row of `STATED_STYLES` (style, reader), tried after every other duty style; their
real lines are the table tests of tests/test_stated_charges.py.

- `stated_will`: a named body's own statement of what it will do (`河北省住建厅表示,今后将继续推进28个试点县…`, fresh57's
  河北 住建厅 page): its 将 commits it (rule 2), the statement word no part of the duty. A person's reported words are not
  read (decision E, benchmarks/data/other_districts/README.md): `…主任周涛在会上表示,廣西將共享三調成果數據庫` is the
  speaker's line, as `梁志豪表示,望牛墩镇将…` (tasks99) and `郭家镇有关负责人表示,该镇将…` (tasks142) are;
- `example_charge`: an example given of who is charged (`…对接具体任务,如乐东县负责…整合,保亭县推进…`, fresh57's 三亚 经济圈):
  the place with 负责 leads (rule 2); the bare 推进 beside it is narrative (rule 3);
- `lead_unit_joins`: `以X为牵头单位,联合Y、Z等12个部门成立…` (fresh57's 三亚 经济圈): X leads, the named Y, Z cooperate (rule 1);
- `organised_bureaus`: `州党委农办组织州农业农村局、财政局、林草局等部门领导专家评审` (fresh57's 昌吉 converter page): the
  organizer leads, the named bureaus cooperate whatever the tense (rule 1; fresh56's `防指要组织Y等部门`);
- `pair_drew_up`: two named bodies' joint deed with no lead (`省农业农村厅、省财政厅制定了《…》`, fresh57's 贵州;
  `省農業農村廳和省財政廳啟動了…認定工作`, fresh57's 吉林, trad; `市协同办、市政府驻京办事处组织召开…动员会`, fresh60's 天津): both cooperate (rule 1; fresh48 / fresh53's `A和B联合下达`);
- `joined_in_issuing`: `X会同Y、Z等部门印发了《…》` (fresh57's 江西 市场监管局 converter page): X leads, Y and Z cooperate
  whatever the tense (rule 1); the closing 等部门 names no body;
- `asked_pair`: `请X、Y对照…做好…` (fresh57's 重庆 财政局): two named bodies asked to do one thing, no lead printed: both
  cooperate (its README's decision), a class beside them generic.
"""

from __future__ import annotations

import re

from kg.extract.duty_units import is_one_named_unit, one_named_unit as _one_named, units_only
from kg.extract.units import Roles, is_generic, is_unit

__all__ = ["STATED_STYLES"]


def _named(text: str) -> list[str] | None:
    """The named bodies a list prints (two or more, no class among them), else None."""
    units = units_only(text)
    if not units or units[1] or len(units[0]) < 2:
        return None
    return units[0] if all(is_unit(x) and not is_generic(x) for x in units[0]) else None


def _reread(subject: str, word: str, rest: str) -> Roles | None:
    """The roles of `subject + word + rest`, when they make the subject alone the lead."""
    from kg.extract.duty_styles import sentence_roles  # (the registry holds this module's rows: read at call time)

    roles, _ = sentence_roles(subject + word + rest)
    return None if roles.empty or roles.lead != [subject] or roles.cooperate else roles


# "法律分析: 河北省住建厅表示,今后将继续推进28个试点县(市、区)344个村庄开展农村住房建设试点" (fresh57 hebei_sheng-zhujianting-
# nongcun-zhufang-jianshe-shidian-uianet.txt:2); a site's label before the subject ("法律分析:") is no part of it
_STATED = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}[：:])?(?P<subj>[^，,。；;：:“”《》]{2,24}?)(?:还|也|同时)?表示[，,]"
                     r"(?:(?:今后|下一步|下步|未来|接下来|近期|今年|明年)[，,]?)?将(?P<rest>[^。；;]+)")
def stated_will(sent: str) -> Roles | None:
    # (the speaker must be the body itself, one named unit: a person's post before 表示 ("…办公室主任周涛在会上表示,广西将…") is
    # no unit, and what the person says the place will do is the person's line (decision E))
    m = _STATED.match(sent)
    if m and is_one_named_unit(m["subj"]) and not is_generic(m["subj"]):
        return _reread(m["subj"], "将", m["rest"])
    return None


# "各市县设立“经济圈协同工作办公室”,配备专职人员对接具体任务,如乐东县负责莺歌海盐田工业旅游与三亚滨海旅游线路整合,保亭县推进黎苗文化
# 研学与三亚亲子旅游产品联动" (fresh57 hainan_sanya-jingjiquan-2025-zhili-tixi-sanyaed.txt:8): only the clause with 负责
_EXAMPLE = re.compile(r"(?:^|[，,])(?:如|比如|例如)(?P<subj>[^，,。；;：:“”《》]{2,16}?)负责(?P<rest>[^，,。；;]+)")


def example_charge(sent: str) -> Roles | None:
    m = _EXAMPLE.search(sent)
    # (a place stands for its administration: the 负责 reading decides whether the subject is a body or a place)
    return _reread(m["subj"], "负责", m["rest"]) if m and not is_generic(m["subj"]) else None


# "省级统筹层:以海南省发改委为牵头单位,联合省自然资源厅、交通厅等 12 个部门成立 “三亚经济圈一体化发展领导小组”" (fresh57
# hainan_sanya-jingjiquan-2025-zhili-tixi-sanyaed.txt:6; a layer's label before it, spaces compacted)
_LEAD_UNIT_JOINS = re.compile(r"(?:^|[，,：:])以(?P<lead>[^，,。；;：:“”《》]{2,24}?)为牵头单位[，,]?(?:联合|会同)"
                              r"(?P<list>[^，,。；;：:“”《》]{2,80}?)等(?:\d+|[一二三四五六七八九十]+)?个?(?:相关|有关)?(?:部门|单位)")


def lead_unit_joins(sent: str) -> Roles | None:
    m = _LEAD_UNIT_JOINS.search(sent)
    lead = _one_named(m["lead"]) if m else None
    partners = _named(m["list"]) if lead else None
    return Roles.of(([lead], []), (partners, [])) if partners and lead not in partners else None


# "…经各县市(农业园区)人民政府(管委会)申请,州党委农办组织州农业农村局、财政局、林草局等部门领导专家评审和审议,择优遴选出…" (fresh57
# xinjiang_changji-zhou-2023-zhouji-xiandai-nongye-chanyeyuan-mingdan-converter.txt:6, read after its converter residue is folded)
_ORGANISED = re.compile(r"(?:^|[，,])(?P<lead>[^，,。；;：:“”《》]{2,20}?)组织(?P<list>[^，,。；;：:“”《》]{4,60}?)等(?:相关|有关)?部门"
                        r"(?:领导|负责同志|负责人)?(?:和|及)?(?:专家)?(?:对[^，,。；;]{2,30}?)?(?:评审|审议|审核|论证|验收|核查)")


def organised_bureaus(sent: str) -> Roles | None:
    m = _ORGANISED.search(sent)
    lead = _one_named(m["lead"]) if m else None
    partners = _named(m["list"]) if lead and not is_generic(lead) else None
    return Roles.of(([lead], []), (partners, [])) if partners and lead not in partners else None


# "…结合我省实际,省农业农村厅、省财政厅制定了《贵州省农田建设项目工程管护实施细则(试行)》,现予印发" (fresh57 guizhou_sheng-
# nongyenongcunting-caizhengting-2021-nongtian-guanhu-xize-shijieshipin.txt:2); "按照省委、省政府關于…部署要求,省農業農村廳和省
# 財政廳啟動了吉林省第四批省級現代農業產業園認定工作" (fresh57 jilin_sheng-nongyenongcunting-2023-disipi-shengji-chanyeyuan-
# gongshi-bolufa-trad.txt:5): the two printed as the clause's whole subject, then the deed
# (and a meeting the two convened together: "2月13日,市协同办、市政府驻京办事处组织召开承接北京非首都功能疏解前端统筹工作动员会、…揭牌仪式会"
# (fresh60 tianjin_shi-nongyenongcunwei-2023-chengjie-beijing-feishoudu-gongneng-nmscdc.txt:1; its gold: both cooperate, rule 1))
_PAIR_DREW_UP = re.compile(r"(?:^|[，,])(?P<list>[^，,。；;：:“”《》]{4,40}?)(?:共同|联合)?(?:(?:制定|制订|启动|印发|出台)了|组织召开了?)")


def pair_drew_up(sent: str) -> Roles | None:
    m = _PAIR_DREW_UP.search(sent)
    named = _named(m["list"]) if m else None
    return Roles.of(cooperate=(named, [])) if named else None


# "中國質(zhì)量新聞網(wǎng)訊 近日,江西省市場監(jiān)管局會同省農(nóng)業(yè)農(nóng)村廳、省高級人民法院、省檢察院等部門印發(fā)了《2022年全省農(nóng)
# 資打假專項治理行動工作方案》" (fresh57 jiangxi_sheng-shichang-jianguanju-2022-nongzi-dajia-zhuanxiang-tourdecredit-converter.txt:7)
_JOINED_ISSUING = re.compile(r"(?:^|[，,])(?:近日|日前|近期|今年|此前)?[，,]?(?P<lead>[^，,。；;：:“”《》]{2,24}?)会同"
                             r"(?P<list>[^，,。；;：:“”《》]{2,80}?)等(?:相关|有关)?部门(?:联合)?(?:印发|制定|出台|发布)了")


def joined_in_issuing(sent: str) -> Roles | None:
    m = _JOINED_ISSUING.search(sent)
    lead = _one_named(m["lead"]) if m else None
    units = units_only(m["list"]) if lead and not is_generic(lead) else None
    partners = units[0] if units and units[0] and not units[1] and all(is_unit(x) for x in units[0]) else None
    return Roles.of(([lead], []), (partners, [])) if partners and lead not in partners else None


# "在组织预算执行中,请市发展改革委、市农业农村委对照发改投资﹝2020﹞1115号文件所列的绩效目标做好对下分解和绩效监控" (fresh57
# chongqing_shi-caizhengju-2020-nongye-kechixu-zhuanxiang-yusuan.txt:13; its README's decision: two named bodies asked to do one
# thing, no lead printed: both cooperate, a class beside them generic)
_ASKED_PAIR = re.compile(r"(?:^|[，,])请(?P<list>[^，,。；;：:“”《》]{4,60}?)(?:对照|按照|根据|依据|结合)[^，,。；;]{2,60}?"
                         r"(?:做好|开展|加强|落实|完成)")


def asked_pair(sent: str) -> Roles | None:
    m = _ASKED_PAIR.search(sent)
    units = units_only(m["list"]) if m else None
    if not units or len(units[0]) < 2 or not all(is_unit(x) and not is_generic(x) for x in units[0]):
        return None
    return Roles.of(cooperate=(units[0], units[1]))


STATED_STYLES = [
    ("duty_sentence", stated_will),
    ("duty_sentence", example_charge),
    ("led_by", lead_unit_joins),
    ("joint", organised_bureaus),
    ("joint_no_lead", pair_drew_up),
    ("joint", joined_in_issuing),
    ("joint_no_lead", asked_pair),
]
