"""Issuers of documents that sign nowhere and print no organ in a header the other readers know
(kg.parse.unsigned_issuers), and the whole pages they come from (segment_issue): real lines of the development sets."""

import pytest

from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue
from kg.parse.unsigned_issuers import (adopted_by_meeting, committee_title_organ, department_field, organ_line_heading,
                                       place_title_decider, signed_in_full, town_plan_notice)


@pytest.mark.parametrize("title,organ", [
    ("大柴旦行委关于全面做好草原禁牧工作的令", "大柴旦行委"),  # docent59 qinghai_dachaidan-…-ling (lines 6-7)
    ("冷湖行委关于印发冷湖行委森林草原防灭火应急预案的通知", "冷湖行委"),
    ("大柴旦行委草原禁牧工作情况", None),  # (no 关于: no issued document's title)
    ("关于大柴旦行委草原禁牧的通知", None),
])
def test_a_committee_opening_its_title(title, organ):
    assert committee_title_organ(title) == organ


@pytest.mark.parametrize("text,organ", [
    # fresh3 henan_kaifeng-zhizaoye-body-first (lines 1-2)
    ("各县、区人民政府,市人民政府有关部门,各有关单位:\n《开封市推动制造业高质量发展实施方案》《开封市制造业高质量发展若干财政支持"
     "措施》《开封市培育壮大主导产业若干财政支持措施》已经市政府第48次常务会议研究通过,现印发给你们,请认真贯彻落实。",
     "开封市人民政府"),
    # (an office's notice: 经市政府同意 names no meeting adopting it)
    ("各县、区人民政府:\n《开封市推动制造业高质量发展实施方案》已经市政府同意,现印发给你们,请认真贯彻落实。", None),
    # (plans of two places: no one government)
    ("各有关单位:\n《开封市甲方案》《郑州市乙方案》已经市政府第48次常务会议研究通过,现印发给你们。", None),
])
def test_plans_a_government_s_executive_meeting_adopted(text, organ):
    lines = normalize_lines(text)
    assert adopted_by_meeting(lines, 0, len(lines) - 1) == organ


@pytest.mark.parametrize("text,place", [
    # fresh28 tianjin_dongli-donglihu-jie-2025-chengshi-guanli-tisheng-fangan-meta (lines 4-5)
    ("各科室、各社区及有关单位:\n现将《东丽湖街2025年城市管理提升专项行动方案》印发给你们,请结合实际认真抓好贯彻落实。", "东丽湖街"),
    # (a county's units addressed: the county's notice about a town's plan)
    ("各乡镇人民政府,县直各部门:\n现将《东丽湖街2025年城市管理提升专项行动方案》印发给你们,请认真贯彻落实。", None),
])
def test_a_street_issuing_its_own_plan_to_its_own_units(text, place):
    lines = normalize_lines(text)
    assert town_plan_notice(lines, 0, len(lines) - 1) == place


@pytest.mark.parametrize("organ,last,full", [
    ("县司法局", "平江县司法局", "平江县司法局"),  # hunan_pingjiang-feizhi-jiedu (lines 5, 26)
    ("县司法局", "平江县人民政府", None),  # (another organ signs)
    ("市司法局", "平江县司法局", None),  # (another level)
    ("平江县司法局", "平江县司法局", None),  # (already placed)
])
def test_a_level_only_bureau_the_page_signs_in_full(organ, last, full):
    lines = normalize_lines("根据工作部署,县司法局汇总审查后报县政府决定。\n" + last)
    assert signed_in_full(organ, lines, 0, len(lines) - 1) == full


@pytest.mark.parametrize("text,organ", [
    # tasks58 jiangsu-chongchuan-chengguanju-zhongdian-gongzuo-qingdan-… (lines 1-2)
    ("南通市崇川区城市管理局\n2024年区政府重点工作任务落实清单推进情况(1-8月)", "南通市崇川区城市管理局"),
    ("南通市崇川区城市管理局\n关于印发2024年工作要点的通知", None),  # (an organ over its 关于 line: title_organs reads it)
])
def test_an_organ_alone_over_its_list_s_name(text, organ):
    lines = normalize_lines(text)
    title = "".join(ln.text for ln in lines)
    assert organ_line_heading(lines, title, 0) == organ


@pytest.mark.parametrize("text,organ", [
    # docent59 gansu_huining-baliwanxiang-2021-kanghan-fangxun-yuan-dept-pipe (lines 5-7)
    ("八里湾乡抗旱防汛应急预案\n部门:八里湾乡 | 栏目:应急信息 | 来源: | 作者: | 日期:2021-03-30 19:53:38 | 阅读: 6513",
     "八里湾乡"),
    ("部门:应急信息 | 栏目:应急信息 | 日期:2021-03-30", None),  # (a column's name, no organ)
    ("亳州市“一业一查”部门联合抽查工作方案", None),  # (部门 a title's word)
])
def test_a_portal_s_department_field(text, organ):
    lines = normalize_lines(text)
    assert department_field(lines, 0, len(lines) - 1) == organ


@pytest.mark.parametrize("title,text,organ", [
    # fresh18 shandong_juancheng-2022-jiechu-bufen-guankongqu-tonggao (lines 5, 9, cut)
    ("鄄城县关于解除部分管控区的通告", "根据全县疫情变化情况,经市专家组综合分析研判,鄄城县委统筹疫情防控和经济运行领导小组(指挥部)决定,"
     "自发布之日起,鄄城县罗屋庄村解除管控区管理。", "鄄城县委统筹疫情防控和经济运行领导小组(指挥部)"),
    # (another place's organ decides: not the title's)
    ("鄄城县关于解除部分管控区的通告", "经研判,菏泽市疫情防控指挥部决定,自发布之日起解除管控。", None),
])
def test_the_organ_of_a_title_s_place_deciding_the_notice(title, text, organ):
    lines = normalize_lines(text)
    assert place_title_decider(title, lines, 0, len(lines) - 1) == organ


# whole pages: (what, text, the issuer of the document the text closes with)
PAGES = [
    # fresh38 tianjin_baodi-sifaju-qu-zhengfu-wenjian-qingli-pinggu-jieguo-jiedu (lines 1-6, cut): the 解读 page's 来源 stays
    # the page's, the 政策原文 line names the document it reads and heads none
    ("a 解读 page's source over the 政策原文 it reads",
     "《天津市宝坻区人民政府关于公布区政府文件清理评估结果的通知》的政策解读\n\n来源:区司法局 发布时间:2023-07-20 15:00\n"
     "政策原文: 天津市宝坻区人民政府关于公布区政府文件清理评估结果的通知\n\n为进一步加强区政府文件与宏观政策的一致性,及时发现和纠正"
     "执行偏差,保证区政府文件的合法性、时效性,根据法治政府建设相关要求,对区政府文件进行了清理评估。", "区司法局"),
    # tasks50 ningxia-yinchuan-dushiquan-trad-paren-zizhiqu-qiantou-shared-renmin-zhengfu (lines 1-2): the region's office
    # named by its level in the title, the page naming the region's government in full
    ("a region's office by its level, the page naming the region",
     "北測教的最新消息:今天,寧夏回族自治區人民政府網站發布了《自治區人民政府辦公廳關于印發銀川都市圈建設2019年工作計劃的通知》,"
     "明確了銀川都市圈建設2019年工作計劃。\n為認真貫徹落實自治區第十二次黨代會和黨委十二屆六次全會精神,特制定銀川都市圈建設2019年"
     "工作計劃。", "宁夏回族自治区人民政府办公厅"),
]


@pytest.mark.parametrize("what,text,issuer", PAGES, ids=[r[0] for r in PAGES])
def test_unsigned_pages(what, text, issuer):
    docs = segment_issue(normalize_lines(text), "x.txt").documents
    assert docs[-1].issuer == issuer
