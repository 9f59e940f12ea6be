"""fresh45's page layouts (kg/parse/page_titles.py, kg/parse/pages.py): a metadata value or a search box is never a
title, and a metadata block's unread bullet fields do not part it from the title printed under them."""

import pytest

from kg.model import Line
from kg.parse.page_titles import _title_like
from kg.parse.pages import _text_between


@pytest.mark.parametrize("line", [
    "主动公开",  # fresh45 zhejiang_zhoushan-shengsi-…-zeren-qingdan: the 公开方式 bullet's value on its own line
    "依申请公开",  # the same field's other value
    "全站搜索",  # fresh45 guangxi_nanning-longan-…-spam (line 1): the site's search box
])
def test_field_values_and_search_boxes_are_not_titles(line):
    assert not _title_like(line)


def test_a_title_stays_title_like():
    assert _title_like("嵊泗县人民政府办公室关于印发《2021年度政府工作要点责任清单》的通知")


def test_bullet_fields_between_block_and_title_are_no_text():
    # fresh45 shengsi, lines 23-34 as printed: fields the block reader does not know, then the title
    printed = ["  • 文件登记号:", "", "  • 公开方式:", "", "    主动公开", "", "  • 有效性:", "", "    有效", "",
               "嵊泗县人民政府办公室关于印发《2021年度政府工作要点责任清单》的通知"]
    lines = [Line(i + 1, t, t.strip()) for i, t in enumerate(printed)]
    assert _text_between(lines, 0, len(lines) - 1) == []
    assert _text_between(lines, 0, len(lines)) == [len(lines) - 1]


# a body that will form a team to act (kg/extract/duty_subjects._WILL_WORDS: 组成 …组/队) is charged, rule 2
# (fresh45 ningxia_zizhiqu-zhengfu-2016-shangbannian-zhongdian-gongzuo-da-ducha, line 9)
def test_a_body_forming_a_team_is_charged():
    from conftest import sentence_roles
    roles, style = sentence_roles("近期,自治区政府将组成督查组,由6位副主席带队分别对五市及宁东进行全面督查。")
    assert style == "duty_sentence" and (roles.lead, roles.cooperate) == (["自治区政府"], [])


# a reply's addressee told to lead after a clause on the document, its 会同 partners after a comma
# (fresh45 tianjin_hedong-2026-shengtai-huanjing-baohu-shiwuwu-guihua-pifu, line 10; kg/extract/duty_subjects._clause_subject)
def test_a_later_clause_subject_keeps_its_partners():
    from conftest import sentence_roles
    roles, style = sentence_roles("三、《规划》是我区生态环境保护与治理的指导性文件,你局要发挥牵头作用,会同区发展改革委、区住房建设委、"
                                  "区城市管理委等有关部门,做好《规划》实施工作,持续改善我区生态环境质量。")
    assert style == "duty_sentence" and roles.lead == ["你局"]
    assert roles.cooperate == ["区发展改革委", "区住房建设委", "区城市管理委"]


# 由A、B、C等部门的N人参加 (kg/extract/joint_counted._by_staff_of): the listed bodies' staff take part together, none leads
@pytest.mark.parametrize("sentence,cooperate", [
    # fresh45 hunan_hengyang-hengnan-quanhu-zhen-anquan-yinhuan-da-paicha-trad, line 1 (traditional, as printed)
    ("泉湖鎮招商網訊: 據悉,此次大排查由鎮安監站、專職消防隊、派出所、綜合治理辦等部門的20人參加,共檢查各類單位30余家,發出書面整改指令4份。",
     ["镇安监站", "专职消防队", "派出所", "综合治理办"]),
])
def test_staff_of_listed_bodies_take_part_together(sentence, cooperate):
    from conftest import sentence_roles
    roles, style = sentence_roles(sentence)
    assert style == "joint_no_lead" and roles.lead == [] and roles.cooperate == cooperate


def test_one_body_staff_is_no_joint_work():
    from kg.extract.joint_counted import _by_staff_of
    assert _by_staff_of("此次检查由县应急局的20人参加") is None
