"""Back-references to a body named before (kg/extract/back_refs.py): real lines, each with the text before it."""

import pytest

from kg.extract.back_refs import resolve_back_refs
from kg.extract.units import Roles

LANXI = "benchmarks/data/other_districts_fresh15/texts/zhejiang_lanxi_lingdong-2020-jizhen-lianhe-zhengzhi-news.txt"

CASES = [
    # (where, text before, lead as read, coop as read, lead resolved, coop resolved)
    ("zhejiang_lanxi_lingdong-2020-jizhen-lianhe-zhengzhi-news.txt:7 → :9 (other_districts_fresh15): 该中队 is the squadron "
     "the report named in its first paragraph",
     "连日来,在做好疫情防控工作的同时,兰溪市综合行政执法局灵洞中队继续做好集镇的日常管理工作,重点做好占道经营规范、流动摊点劝导、“牛皮癣”",
     ["该中队"], ["灵洞市场监管所"], ["兰溪市综合行政执法局灵洞中队"], ["灵洞市场监管所"]),
    # negatives: a person named by the body's kind is no body; with no body of that kind before, the words stay as printed
    ("constructed: 中队长 is a person", "灵洞中队长张三介绍,", ["该中队"], [], ["该中队"], []),
    ("constructed: no squadron named before", "近日,县市场监管局开展检查。", ["该中队"], [], ["该中队"], []),
    ("constructed: 该局 is the last bureau named", "近日,县市场监管局开展检查。", ["该局"], ["县公安局"], ["县市场监管局"], ["县公安局"]),
]


@pytest.mark.parametrize("where,before,lead,coop,want_lead,want_coop", CASES, ids=[c[0][:40] for c in CASES])
def test_back_refs(where, before, lead, coop, want_lead, want_coop):
    roles = resolve_back_refs(Roles(lead=list(lead), cooperate=list(coop)), before)
    assert (roles.lead, roles.cooperate) == (want_lead, want_coop)


def test_the_example_lines_are_the_real_ones():
    lines = open(LANXI, encoding="utf-8").read().splitlines()
    assert lines[6].strip().startswith(CASES[0][1][:40]) and "该中队联合灵洞市场监管所" in lines[8]
