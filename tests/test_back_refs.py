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
    # tasks122's back-reference convention (task_convention.md): towns, forest farms, task groups; an alias in brackets
    ("hainan-qionghai-xuntejing-dadui-jiang-chengdan-gai-dui-peihe-xiangguan-bumen.txt:2 → :3 (other_districts_tasks99): the "
     "大队's bracketed second name is no name of its own",
     "琼海市公安局巡特警大队(旅游与环境资源警察大队)近日挂牌成立,将承担社会面巡逻防控、维护旅游市场秩序等职责。近日,该大队接到龙湾水泥厂",
     ["该队"], [], ["琼海市公安局巡特警大队"], []),
    ("hunan_sangzhi-wudaoshui-zhen-huitong-lianhe-converter.txt:1 → :2 (other_districts_tasks28): a town with its county, "
     "converter pinyin dropped",
     "日前,桑植縣五道水鎮(zhèn)交管站聯(lián)合相關執(zhí)法人員開展了路面超限超載執(zhí)法行動",
     ["該鎮"], ["縣路政執法大隊"], ["桑植縣五道水鎮"], ["縣路政執法大隊"]),
    ("guangdong-dongguan-wangniudun-zhenzhang-biaoshi-zhen-jiang-person-words-converter.txt:2 (other_districts_tasks99): "
     "到 before the town is no part of its name",
     "3月3日上午,市农业农村局局长吴美良率队到望牛墩镇(zhèn)调研,重点了解",
     ["该镇"], [], ["望牛墩镇"], []),
    ("neimenggu_alihe-senggong-qiqiling-linchang-senlin-gongan-peihe.txt:1 → :3 (other_districts_fresh34): a forest farm",
     "A+ 大在春节来临之际,阿里河森工公司齐奇岭林场加强森林资源管理,严厉打击破坏森林资源违法行为",
     [], ["该林场", "森林公安"], [], ["阿里河森工公司齐奇岭林场", "森林公安"]),
    ("hainan-jinsu-gongjian-xiaozu-sheng-santing-liandong-haikou-liangju-wn.txt:3 (other_districts_tasks99): a task group, "
     "the reporter's source and the short name in brackets dropped",
     "1月8日,海南日报全媒体记者从省禁塑执法攻坚小组(以下简称攻坚小组)获悉,",
     ["该攻坚小组"], [], ["省禁塑执法攻坚小组"], []),
    ("constructed: 镇长 is a person", "望牛墩镇长梁志豪表示,", ["该镇"], [], ["该镇"], []),
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


@pytest.mark.parametrize("case", [c for c in CASES if "(other_districts_" in c[0]], ids=lambda c: c[0][:40])
def test_each_real_case_is_printed_in_its_file(case):
    """A real case's text before is printed in its file (its first 20 characters; a converter copy's as the pipeline reads
    it, simplified and its pinyin dropped)."""
    import re

    from benchmarks.other_districts import norm

    name, folder = re.match(r"^(\S+\.txt):.*?\((other_districts_\w+)\)", case[0]).groups()
    text = open(f"benchmarks/data/{folder}/texts/{name}", encoding="utf-8").read()
    assert case[1][:20] in text or norm(case[1][:20]) in norm(text)
