"""Counted groups given one card of 企业环境信用评价 by its level's name: an organ's verb, several groups each printed as
its first holder and its count, then the card.

"经各级生态环境主管部门审核审定,最终评价九芝堂股份有限公司等143家排污许可重点管理单位、湖南联诚轨道装备有限公司等3家
重点辐射工作单位、湖南易净环保科技有限公司等14家生态环境检测机构和第三方治理机构为“环保诚信单位”" (湖南日报 2022 on the
province's 2021 环保信用评价, fresh50 hunan_shengtai-huanjingting-2021-huanbao-xinyong-pingjia-jieguo-xinwen.txt:14): the first
name of each group holds the card the level names (环保诚信 → 绿牌, fresh2's colour-card convention); the kinds the groups
count (排污许可重点管理单位, 生态环境检测机构和第三方治理机构) are no holders, and only a name that reads as an enterprise is taken.

A holder moved from one level of the scale to another: "根据省环保厅的公示内容,长沙桑德水务有限公司拟由“环境不良”企业调整为
“环境合格”企业,临武县东山矿业有限责任公司拟由“环境风险”企业调整为…" (潇湘晨报 2015, fresh50
hunan_huanbaoting-2015-sijia-qiye-huanjing-xinyong-dengji-tiaozheng-gongshi.txt:8): the level it ends in is its class — a
card where the level is one of the card scale's names, else (环境合格, a scale of the province's own) the level of the organ
that rated it (the conferral convention: 省环保厅 → 省级); with 拟 the move is proposed (enterprise_classes.PROPOSED).
"""

from __future__ import annotations

import re

from kg.extract.conferrals import organ_level
from kg.extract.enterprise_classes import card_class, is_enterprise

__all__ = ["card_holders", "counted_card_groups", "regraded_holders"]

# the organ's verb, the groups, 为, the card by its level's name (a 单位 as well as a 企业: "环保诚信单位")
_GROUPS_CARD = re.compile(r"(?:评价|评定|认定|确定|评为)(?P<groups>[^，,。；;：:“”\"]{4,600}?)为[“\"]?"
                          r"(?P<card>环保(?:诚信|良好|警示|不良)(?:企业|单位))")
# one group: its first holder right after the list's start or a 、, then its count
_GROUP = re.compile(r"(?:^|、)(?P<name>[^、，,。；;]{4,60}?)等\d+多?[家户个]")


def counted_card_groups(sentence: str) -> list[tuple[str, str, str | None]]:
    """(holder, card, level as printed) for the first holder of every counted group a sentence gives one card."""
    out = []
    for m in _GROUPS_CARD.finditer(sentence):
        card, level = card_class(m["card"])
        groups = [g["name"] for g in _GROUP.finditer(m["groups"])]
        out += [(n, card, level) for n in groups if is_enterprise(n)]
    return out


# the holder, (拟)由 the level it leaves, 调整为 / 变更为 / 升级为 / 降为 the level it ends in (quoted or not, 企业 / 单位 after it)
_LEVEL = r"[“\"]?(?P<{0}>[\u4e00-\u9fff]{{2,8}}?)[”\"]?(?:企业|单位)?"
_REGRADED = re.compile(r"(?P<name>[^，,。；;：:“”\"]{4,60}?)拟?由" + _LEVEL.format("old")
                       + r"(?:调整|变更|升级|降级|调|降|升)为" + _LEVEL.format("new") + r"(?=[，,。；;]|$)")
_CARD_LEVEL = re.compile(r"^(?:环保|环境)?(?:诚信|良好|警示|不良)$")


def regraded_holders(sentence: str) -> list[tuple[str, str, str | None]]:
    """(holder, class, level as printed) for every holder a sentence moves to another level of a rating scale."""
    out = []
    for m in _REGRADED.finditer(sentence):
        name = re.sub(r"^.*?(?:内容|结果)[，,]?", "", m["name"])
        if not is_enterprise(name):
            continue
        new = m["new"] + "企业"
        if _CARD_LEVEL.match(m["new"]):
            card, level = card_class(new)
            out.append((name, card, level))
        elif level := organ_level(sentence[: m.start()]):
            out.append((name, level, new))
    return out


def card_holders(sentence: str) -> list[tuple[str, str, str | None]]:
    """The holders this module's layouts read in a sentence: counted groups given a card, else holders regraded."""
    return counted_card_groups(sentence) or regraded_holders(sentence)
