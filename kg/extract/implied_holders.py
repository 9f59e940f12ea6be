"""Holders a sentence implies by what only a holder undergoes or only an enterprise enters: a 龙头企业 title's monitoring
(only a holder is monitored as one), a list of 中小企业 entered by a unit its name's ending leaves unclassed."""

from __future__ import annotations

import re

from kg.extract.enterprise_classes import is_enterprise
from kg.extract.held_lists import object_class

__all__ = ["implied_holders", "monitored_holders", "sme_entrants"]

# a named company undergoing or passing the monitoring of a 龙头企业 designation's holders, helped or not by the organ that
# tells it: "协助宁夏华宝枸杞产业有限公司成功开展国家农业产业化重点龙头企业监测工作" (fresh53's 中卫 农业农村局 item, line 9)
_MONITORED = re.compile(r"(?:^|[，,。；;]|协助|指导|帮助|推动|组织)(?P<names>[^，,。；;：:、协指帮推组]{4,40}?(?:、[^，,。；;：:、]{4,40}?)*)"
                        r"(?:成功|顺利|均)?(?:开展|完成|通过)了?(?P<obj>[^，,。；;：:]{2,30}?龙头企业)(?:运行)?监测")

# a unit opening its sentence, named with an ending no legal form has (中心, 研究院 …), that enters a list of 中小企业 by its
# merits: only an enterprise enters one, so the unit is one, named as printed ("沈陽細胞中心憑借“專”業化的核心業務、…及創“新”的
# 研發能力,成功入選遼寧省專精特新中小企業榜單。", fresh53's 辽宁 company page, line 3)
# (never a company's own unit, its technology or design centre, nor an organ: their endings are not among these)
_SME_ENTRANT = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,14}?(?<!技术|研发|设计|服务|政务|管理|指挥|调度|监测|检测|培训|活动|文化)"
                          r"(?:中心|研究院|研究所))(?:凭借|依靠|依托|以)[^。；;]{2,160}?[，,](?:成功|顺利)?(?:入选|上榜|获评|荣获)"
                          r"(?P<obj>[^，,。；;]{2,30}?中小企业(?:榜单|名单|称号)?)(?=[。；;]|$)")


def monitored_holders(sentence: str) -> list[tuple[str, str, None]]:
    """(holder, level, None) for each company a sentence names undergoing its designation's monitoring at a level the
    designation names (国家… → 国家级); [] where none, or where an item is no company."""
    out = []
    for m in _MONITORED.finditer(sentence):
        names = m["names"].split("、")
        level = object_class(m["obj"])
        if level and level.endswith("级") and names and all(is_enterprise(n) for n in names):
            out += [(n, level, None) for n in names]
    return out


def sme_entrants(sentence: str) -> list[tuple[str, str, None]]:
    """(unit, level, None) for the unit opening a sentence that enters a 中小企业 list at a level (_SME_ENTRANT);
    else []."""
    out = []
    for part in re.split(r"(?<=[。；;])", sentence):
        m = _SME_ENTRANT.match(part)
        level = object_class(m["obj"]) if m else None
        if m and level and level.endswith("级"):
            out.append((m["name"], level, None))
    return out


def implied_holders(sentence: str) -> list[tuple[str, str, None]]:
    """The holders the sentence implies (monitored_holders, then sme_entrants), in that order."""
    return monitored_holders(sentence) or sme_entrants(sentence)
