"""fresh49's writing styles (benchmarks/data/other_districts_fresh49, opened to development at stop 29), each with the
line as printed in its file: the rules they were fixed by live in the registries of the modules named per section."""

import pytest

from kg.parse.normalize import normalize_lines
from conftest import page_tasks as _tasks


def _names(units):
    return [u["name"] for u in units]


# ---------------------------------------------------------------- notes on a page flattened to one line (kg/extract/tasks.py)

# henan_shengzhengfu-2023-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-danwei.txt:1, the title, number, body and items on one
# line: each item's closing note is read past the title, the body's duty sentences still read
HENAN = ("河南省人民政府 关于明确政府工作报告提出的2023年 重点工作责任单位的通知 豫政〔2023〕5号 现将《政府工作报告》提出的2023年"
         "重点工作任务予以分解并明确责任单位。省政府办公厅要对重点工作任务落实情况进行跟踪督办,确保年度重点工作任务圆满完成。 "
         "一、加快提振市场信心 (一)全面促进消费增长。 1.把恢复和扩大消费摆在优先位置,调整妨碍消费的限制性措施,改善消费条件,创新消费场景。"
         "(省商务厅、财政厅、发展改革委、地方金融监管局、人行郑州中心支行、河南银保监局等相关部门按职责分工负责) 2.落实好提振市场信心90条措施。"
         "(省发展改革委牵头,省商务厅、财政厅、文化和旅游厅、工业和信息化厅、住房城乡建设厅等相关部门按职责分工负责) 3.激活房地产市场,落实首套"
         "房贷款支持政策。(省住房城乡建设厅、地方金融监管局、人行郑州中心支行、河南银保监局按职责分工负责)")


@pytest.mark.parametrize("item,lead,cooperate", [
    ("1.把恢复", [], ["省商务厅", "财政厅", "发展改革委", "地方金融监管局", "人行郑州中心支行", "河南银保监局"]),
    ("2.落实好", ["省发展改革委"], ["省商务厅", "财政厅", "文化和旅游厅", "工业和信息化厅", "住房城乡建设厅"]),
    ("3.激活", [], ["省住房城乡建设厅", "地方金融监管局", "人行郑州中心支行", "河南银保监局"]),
    ("省政府办公厅要", ["省政府办公厅"], []),
])
def test_a_one_line_pages_items_are_read_past_its_title(tmp_path, item, lead, cooperate):
    got = [t for t in _tasks(tmp_path, HENAN) if t["text"].startswith(item)]
    assert len(got) == 1
    assert _names(got[0]["lead"]) == lead and _names(got[0]["cooperate"]) == cooperate


# ---------------------------------------------------------------- unit classes (kg/extract/units.py)

@pytest.mark.parametrize("cell,units,generic", [
    # yunnan_kunming-quyuxing-guoji-zhongxin-chengshi-niandu-gongzuo-renwu-zeren-danwei.txt:5, a zone's kind with its
    # alternative in brackets (开发区 or 度假区) after 各县(市)区人民政府: one class
    ("各县(市)区人民政府、开发(度假)区管委会,市园林绿化局", ["市园林绿化局"], ["各县(市)区人民政府、开发(度假)区管委会"]),
    ("市园林绿化局、市自然资源规划局,各县(市)区人民政府、开发(度假)区管委会", ["市园林绿化局", "市自然资源规划局"],
     ["各县(市)区人民政府、开发(度假)区管委会"]),
    # (the plain kind, as before)
    ("各县区人民政府、开发区管委会,市园林绿化局", ["市园林绿化局"], ["各县区人民政府、开发区管委会"]),
])
def test_a_zones_kind_with_its_alternative_continues_the_class(cell, units, generic):
    from kg.extract.units import split_units

    assert split_units(cell) == (units, generic)


# ---------------------------------------------------------------- flattened cells (kg/extract/task_tables.py)

# zhejiang_hangzhou-2021-sheng-zhengfu-gongzuo-baogao-shehang-renwu-zeren-fenjie.txt:17-41, a 责任单位 cell of the city's
# bodies over the province's lead; a unit's bracketed second name left out
HANGZHOU = """序号

重点工作任务(杭州市2项配合工作)

责任单位

(一)王宏副市长牵头重点工作

1

加强粮食和重要农产品保障,严格保护永久基本农田和810万亩粮食生产功能区,稳定杭嘉湖平原等优势产区粮食综合生产能力

市农业农村局、市规划和自然资源局、市商务局(市粮食和物资储备局)

省牵头单位:省农业农村厅

(二)胡伟副市长牵头重点工作

2

深入实施消费新政,提升传统消费,培育新型消费,持续打响“浙里来消费”品牌,推进现代流通体系建设

市商务局、市发改委

省牵头单位:省商务厅
"""


@pytest.mark.parametrize("item,lead,cooperate", [
    ("加强粮食", ["省农业农村厅"], ["市农业农村局", "市规划和自然资源局", "市商务局"]),
    ("深入实施", ["省商务厅"], ["市商务局", "市发改委"]),
])
def test_a_cells_bodies_cooperate_with_the_provinces_lead_under_them(tmp_path, item, lead, cooperate):
    got = [t for t in _tasks(tmp_path, HANGZHOU) if t["text"].startswith(item)]
    assert len(got) == 1
    assert _names(got[0]["lead"]) == lead and _names(got[0]["cooperate"]) == cooperate


# ---------------------------------------------------------------- duty sentences (kg/extract/duty_styles.py, joint_partners.py)

@pytest.mark.parametrize("sentence,lead,cooperate", [
    # jiangsu_suzhou-shizhengfu-bangongshi-2012-tiaozheng-chushi-gongzuo-zhineng.txt:5, the section's second name in brackets
    ("秘书处(组织人事处) 负责文电收发、登记、传递、分办和催办工作;", ["秘书处"], []),
    ("行政处 负责市政府领导出席重要活动的协调服务工作;", ["行政处"], []),
    # guangdong_dongguan-fenggang-zhen-shenzhen-pinghu-chengguan-lianhe-zhifa-xinwen.txt:17, joint work with no lead, the
    # partners' organ printed once after the last
    ("2019年4月起,凤岗城管分局主动与深圳平湖、观澜执法队在《粤港澳大湾区•深莞城市管理合作框架协议》基础上,搭建执法协作机制,"
     "签订城管执法合作协议", [], ["凤岗城管分局", "深圳平湖", "观澜执法队"]),
    # negative (constructed): a bare name before a list of named bodies that is no body with their organ word
    ("凤岗城管分局主动与全面、观澜执法队在协议基础上,搭建执法协作机制", None, None),
    ("凤岗城管分局主动与有关地区、观澜执法队在协议基础上,搭建执法协作机制", None, None),
])
def test_fresh49_duty_sentences(sentence, lead, cooperate):
    from kg.extract.duty_styles import _sentence_roles

    roles, style = _sentence_roles(normalize_lines(sentence)[0].text)
    if lead is None:
        assert not {"全面", "有关地区"} & set(roles.cooperate)
        return
    assert (roles.lead, roles.cooperate) == (lead, cooperate)


# ---------------------------------------------------------------- documents (kg/parse/*)

@pytest.mark.parametrize("printed,number", [
    # hunan_fagaiwei-2022-…-rending-mingdan.txt:9, a 发展改革委's number, brackets and 号 stripped
    ("湘发改2022234", "湘发改〔2022〕234号"),
    ("湘发改〔2022〕234号", "湘发改〔2022〕234号"),
    # negatives (constructed): 改 in prose before a year
    ("深化改革2023年", "深化改革2023年"),
    ("整改2023年底前完成", "整改2023年底前完成"),
])
def test_a_development_commissions_stripped_number(printed, number):
    from kg.parse.normalize import repair_doc_numbers

    assert repair_doc_numbers(printed) == number


@pytest.mark.parametrize("title,bare", [
    # chongqing_tongnan-2018-…-renwu-xiada-spam.txt:6, a forum's scrambled anti-copy marks glued before the title
    ("' R6 B7 g2 Y! p. T1 |6 u重庆市潼南区人民政府关于下达深化川渝合作深入推动长江经济带行动计划(2018-2022年)工作任务的通知",
     "重庆市潼南区人民政府关于下达深化川渝合作深入推动长江经济带行动计划(2018-2022年)工作任务的通知"),
    # negative (constructed): an English word before a title that is no organ's
    ("WTO规则解读", "WTO规则解读"),
])
def test_scrambled_marks_before_a_title_are_no_part_of_it(title, bare):
    from kg.parse.header_lines import drop_title_wrapping

    assert drop_title_wrapping(title) == bare


@pytest.mark.parametrize("opened,signers,issuer", [
    # jiangsu_kejiting-caizhengting-2020-…-ruku-mingdan-tongzhi.txt:5,19-21, two organs by their level only in the title,
    # signed in full
    (["省科技厅省财政厅"], ["江苏省科学技术厅", "江苏省财政厅"], "江苏省科学技术厅、江苏省财政厅"),
    # negatives (constructed): other organs signing, one short of the title's
    (["省科技厅省财政厅"], ["江苏省教育厅", "江苏省财政厅"], None),
    (["省科技厅省财政厅省教育厅"], ["江苏省科学技术厅", "江苏省财政厅"], None),
])
def test_joint_level_only_organs_take_their_signatures(opened, signers, issuer):
    from kg.parse.issuers import _level_only_joint

    assert _level_only_joint(opened, signers) == issuer


def test_an_organs_site_line_over_its_title_is_the_pages():
    from kg.parse.page_top import _page_field

    # hunan_fagaiwei-2022-…-rending-mingdan.txt:3
    line = normalize_lines("湖南省发展和改革委员会 fgw.hunan.gov.cn 时间:2022年03月30日 09:56 【字体:")[0]
    assert _page_field(line) == "byline"


def test_a_byline_with_its_view_counter_dates_the_item_and_ends_its_title():
    from kg.parse.fallback_header import _fallback_title
    from kg.parse.printed_dates import _page_date

    # guangdong_sheng-2021-shisiwu-guihua-gangyao-zhengce-jiedu-converter.txt:4-6, a converter copy
    lines = normalize_lines("政策解讀|“十四五”規劃綱要出臺!廣東未來(lái)五年這樣干(附全文)\n\n"
                            "          廣東裝配式建筑分會(huì )     2021-04-27     3632\n\n圖片")
    title, last = _fallback_title(lines, 0)
    assert last == 0 and title.endswith("(附全文)")
    assert _page_date(lines, 0) == ("2021-04-27", 2)


# ---------------------------------------------------------------- enterprises (kg/extract/proposed_holders.py, enterprise_classes.py)

def test_counted_kinds_with_their_names_in_brackets_put_to_publicity():
    from kg.extract.proposed_holders import proposed_holders

    # hunan_yueyang-huarong-…-shishi-zhuti-gongshi.txt:1
    sentence = ("经局党委研究从2024年项目库中择优两家龙头企业(湖南智宸药业股份有限公司、海南海霸食品有限公司),十一家合作社(华容县明杰"
                "水稻种植专业合作社、华容县家之康蔬菜种植专业合作社)作为我县2024年省巩固拓展产业扶贫成果重点项目实施主体,向省、市农业农村厅"
                "申报,现予以公示")
    got = proposed_holders(sentence)
    assert [(n, c) for n, c, _ in got] == [("湖南智宸药业股份有限公司", "省级"), ("海南海霸食品有限公司", "省级"),
                                           ("华容县明杰水稻种植专业合作社", "省级"), ("华容县家之康蔬菜种植专业合作社", "省级")]
    # negative (constructed): no 公示 nor 拟, a final choice
    assert proposed_holders(sentence.replace(",向省、市农业农村厅申报,现予以公示", "")) == []


@pytest.mark.parametrize("name,enterprise", [
    # fujian_diba-lun-…-sengong-qiye.txt:1, the province's 供销合作社联合社 among the issuing departments
    ("福建省供销合作社联合社", False),
    ("某某县供销合作社", False),
    # (a co-operative is an enterprise)
    ("华容县明杰水稻种植专业合作社", True),
])
def test_a_places_supply_cooperative_federation_is_an_organ(name, enterprise):
    from kg.extract.enterprise_classes import is_enterprise

    assert is_enterprise(name) is enterprise
