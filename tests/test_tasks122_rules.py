"""tasks122's rules (issue #16): a will-clause's named partners (kg/extract/future_partners.py), a party committee and its
government as two bodies (kg/extract/task_record.py), a partner's staff before 利用 (kg/extract/joint_lists.py). Real lines,
each checked against its file, and negatives."""

import pytest

from benchmarks.other_districts import norm
from kg.extract.future_partners import PARTNER_STYLES, with_future_partners
from kg.extract.joint_action import joint_action
from kg.extract.task_record import split_committee_government
from kg.extract.units import Roles

D = "benchmarks/data/"

PARTNERS = [
    # (file, line as printed, lead, partners wanted)
    ("other_districts_fresh15/texts/shandong_lanling-luna-jingjiquan-quyu-zhifa-xingdong-news.txt",
     "下一步,县交通运输局将继续深化与交警部门联动执法机制,齐抓共管、综合治理,推动路面执法与源头治理相结合",
     "县交通运输局", ["交警部门"]),
    ("other_districts_fresh20/texts/jiangsu_nantong-2021-jubensha-mishi-tuji-jiancha-forum.txt",
     "下一步,针对此类场馆,市公安局还将联合消防、住建、文化等相关部门出台专项整治方案,坚持服务管理并重",
     "市公安局", ["消防", "住建", "文化"]),
    ("other_districts_fresh21/texts/sichuan_pingwu-2025-yeshengjun-liutong-lianhe-xuncha-news.txt",
     "下一步,平武县市场监督管理局将持续加大对集贸市场、商超、农特产品店等重点场所的巡查力度,加强与农业农村局、综合行政执法局、卫健局等部门的"
     "协同联动和信息沟通力度", "平武县市场监督管理局", ["农业农村局", "综合行政执法局", "卫健局"]),
    # negatives: a class for partners names none; no will-word before them
    ("constructed", "县住建局将联合相关部门开展专项整治", "县住建局", []),
    ("constructed", "县住建局联合县应急局开展了专项检查", "县住建局", []),
]


@pytest.mark.parametrize("path,line,lead,want", PARTNERS, ids=[p[1][:24] for p in PARTNERS])
def test_future_partners(path, line, lead, want):
    roles = with_future_partners(line, Roles(lead=[lead]))
    assert roles.lead == [lead] and roles.cooperate == want
    if path != "constructed":
        assert line[:30] in open(D + path, encoding="utf-8").read()


def test_each_style_example_reads():
    for style in PARTNER_STYLES:
        assert style.pattern.search(style.example), style.name


def test_partners_never_added_to_a_task_with_partners():
    roles = with_future_partners(PARTNERS[1][1], Roles(lead=["市公安局"], cooperate=["县消防大队"]))
    assert roles.cooperate == ["县消防大队"]


COMMITTEES = [
    # printed with nothing between: kept (the sets' gold differs: fresh42's and fresh32's one body, fresh35's two)
    ("other_districts_fresh42/texts/henan_nanyang-neixiang-qiliping-xiang-jingsifang-maodun-jiufen.txt",
     "七里坪乡党委政府", "七里坪乡党委政府", ["七里坪乡党委政府"]),
    ("other_districts_docmeta18/texts/national-2018-xiongan-zongti-guihua-pifu.txt",
     "河北省委和省政府要切实履行主体责任", "河北省委和省政府", ["河北省委", "省政府"]),
    # negatives: one body
    ("constructed", "", "市委办公厅", ["市委办公厅"]),
    ("constructed", "", "市纪委监委", ["市纪委监委"]),
    ("constructed", "", "县人民政府", ["县人民政府"]),
]


@pytest.mark.parametrize("path,line,name,want", COMMITTEES, ids=[c[2] for c in COMMITTEES])
def test_committee_and_government(path, line, name, want):
    assert split_committee_government([name]) == want
    if path != "constructed":
        assert line in open(D + path, encoding="utf-8").read()


def test_partner_staff_before_liyong():
    """fresh42's 相桥 line 1: 市场监管所 cooperates, its staff and the means (利用集会) no part of its name."""
    line = "为切实保障相桥辖区居民用气安全,1月10日,相桥街道城建科联合市场监管所工作人员利用集会开展小摊贩用气安全检查工作"
    path = D + "other_districts_fresh42/texts/shaanxi_xian-lintong-xiangqiao-jiedao-chengjianke-ranqi-jiancha.txt"
    assert norm(line) in norm(open(path, encoding="utf-8").read())
    roles = joint_action(line)
    assert roles.lead == ["相桥街道城建科"] and roles.cooperate == ["市场监管所"]


OVERSEERS = [
    ("other_districts_tasks117/texts/buxiang-zhize-yijiao-shi-jiaotongju-chengdan-jianshiju-weituo.txt",
     "市建设局加强对以上下放职责的指导、跟踪督查工作。", ["市建设局"]),
    # negatives: oversight of anything but the list above (a reported deed); a class as the overseer
    ("constructed", "市建设局加强对施工现场的指导、跟踪督查工作。", None),
    ("constructed", "各有关部门加强对以上工作的指导。", None),
]


@pytest.mark.parametrize("path,line,want", OVERSEERS, ids=[o[1][:16] for o in OVERSEERS])
def test_overseer_of_the_list_above(path, line, want):
    from kg.extract.named_charges import NAMED_CHARGE_STYLES

    reader = dict((fn.__name__, fn) for _, fn in NAMED_CHARGE_STYLES)["_oversees_the_above"]
    roles = reader(line)
    assert (roles.lead if roles else None) == want
    if path != "constructed":
        assert line in open(D + path, encoding="utf-8").read()
