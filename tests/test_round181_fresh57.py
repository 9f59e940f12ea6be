"""Enterprise holders and a work report's issuer of fresh57's misses (issue #16, round181): an award told in prose to
farms and co-ops as a crop's 优秀主体 / 生产标兵 (kg/extract/held_lists.py), a co-op union's 专业合作联社 ending
(kg/extract/enterprise_classes.py), a place opening with 和 kept whole, a purpose clause and a bare level's co-ops read
as no name (kg/extract/held_names.py), a report's 我代表X人民政府 (kg/parse/title_organs.py). Real lines and negatives."""

import pytest

from kg.extract.enterprise_classes import is_enterprise
from kg.extract.held_lists import act_holders
from kg.extract.held_names import enterprise_name, enterprise_names
from kg.model import Line
from kg.parse.title_organs import report_organ

# fresh57 jilin_yanbian-zhou-nongyenongcunju-2023-liangshi-shengchan-tuchu-gongxian-jlncb.txt:6, its clauses
AWARDS = [
    ("敦化市联益农副产品供销专业合作联社荣获吉林省粮食生产突出贡献生产标兵",
     [("敦化市联益农副产品供销专业合作联社", "省级")]),
    ("敦化市沙河沿喜发专业农场、汪清县罗子沟镇绥芬农作物种植专业农场荣获吉林省粮食生产突出贡献玉米种植优秀主体",
     [("敦化市沙河沿喜发专业农场", "省级"), ("汪清县罗子沟镇绥芬农作物种植专业农场", "省级")]),
    ("珲春市惠诚益家种养殖专业合作社、龙井市东盛涌奢香无公害农产品农民专业合作社、和龙市东城镇淳哲有机大米农场有限公司"
     "荣获吉林省粮食生产突出贡献水稻种植优秀主体",
     [("珲春市惠诚益家种养殖专业合作社", "省级"), ("龙井市东盛涌奢香无公害农产品农民专业合作社", "省级"),
      ("和龙市东城镇淳哲有机大米农场有限公司", "省级")]),
    # negatives: the 集体 award to government bodies; a person's 标兵; the bare 主体 of a plan
    ("延边州植物保护检疫站、敦化市农业农村局、延吉市农业农村局荣获吉林省粮食生产突出贡献集体", []),
    ("敦化市农业农村局张三荣获吉林省粮食生产突出贡献生产标兵", []),
    ("X农业有限公司成为市场主体", []),
]


@pytest.mark.parametrize("sentence,want", AWARDS)
def test_award_told_in_prose(sentence, want):
    assert act_holders(sentence)[0] == want


NAMES = [
    ("敦化市联益农副产品供销专业合作联社", True),  # fresh57 yanbian :6
    ("福建省供销合作社联合社", False),  # the organ over a province's co-ops (fresh49 福建), still none
]


@pytest.mark.parametrize("name,want", NAMES)
def test_coop_union_ending(name, want):
    assert is_enterprise(name) is want


GROUPS = [
    # a place opening with 和 (fresh57 yanbian :6); the conjunction before a name still dropped
    ("龙井市东盛涌奢香无公害农产品农民专业合作社、和龙市东城镇淳哲有机大米农场有限公司",
     ["龙井市东盛涌奢香无公害农产品农民专业合作社", "和龙市东城镇淳哲有机大米农场有限公司"]),
    ("和静县某某农业有限公司", ["和静县某某农业有限公司"]),  # (constructed: 和静县, 新疆)
    ("和江西团团圆家具有限公司", ["江西团团圆家具有限公司"]),
    # a purpose clause: fresh57 shanxi_changzhi-shi-nongyenongcunju-2023-shiji-shifanshe-sxrb.txt:10
    ("为加快推动长治市农民合作社高质量发展", []),
    # a bare level's co-ops: the same file, :12 ("市农民合作社发展联席会议审定")
    ("市级审查、市农民合作社", []),
    ("长子县兴伟农机服务专业合作社", ["长子县兴伟农机服务专业合作社"]),
]


@pytest.mark.parametrize("region,want", GROUPS)
def test_group_names(region, want):
    assert enterprise_names(region) == want


def test_purpose_clause_no_name():
    assert enterprise_name("为加快推动长治市农民合作社") is None


def _lines(texts):
    return [Line(no=i + 1, raw=t, text=t) for i, t in enumerate(texts)]


# (title, lines under it, issuer); fresh57 beijing_daxing-xihongmen-zhen-2021-zhengfu-gongzuo-baogao.txt:13-25
REPORTS = [
    ("北京市大兴区西红门镇政府工作报告",
     ["北京市大兴区西红门镇政府工作报告", "一图读懂:北京市大兴区西红门镇政府工作报告的政策解读", "——2021年2月26日在北京市大兴区西红门镇",
      "第四届人民代表大会第八次会议上", "大兴区西红门镇镇长 赵传富", "各位代表:", "现在,我代表西红门镇人民政府向大会报告政府工作,请予审议。"],
     "西红门镇人民政府"),
    # negatives: a bare level names no place — the title's is read (fresh10 内蒙古, fresh4 醴陵)
    ("2023年醴陵市政府工作报告", ["2023年醴陵市政府工作报告", "各位代表:", "现在,我代表市人民政府向大会报告政府工作,请予审议。"],
     "醴陵市人民政府"),
    ("政府工作报告", ["政府工作报告", "——2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上",
                 "现在,我代表自治区人民政府向大会报告工作,请予审议。"], "内蒙古自治区人民政府"),
]


@pytest.mark.parametrize("title,texts,want", REPORTS)
def test_report_delivered_for(title, texts, want):
    lines = _lines(texts)
    assert report_organ(title, lines, 0, len(lines) - 1) == want


def test_portal_report_keeps_publisher_field():
    # fresh40 tianjin_heping-qu-renmin-zhengfu-2018-zhengfu-gongzuo-baogao-fabuzhe.txt:3-9: the title names the place in
    # no form the title reader knows, so the opening words name no government of their own (the 发布者 field is read)
    lines = _lines(["天津市和平区2018年政府工作报告", "发布日期:2018-02-07    发布者:区人民政府", "各位代表:",
                    "现在,我代表和平区人民政府,向大会作工作报告,请予审议。"])
    assert report_organ("天津市和平区2018年政府工作报告", lines, 0, 3) is None
