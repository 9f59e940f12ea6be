"""Readers widened for fresh38's joint-work and duty-list misses (stop 24's tasks90): a count of the bodies after a comma
(`…,共7个部门,`) closing a 会同 list, 联合发文 as a joint group's action, `X协助Y对…` with Y a bare town, a 局 printed once after
a run of places (`岷县、舟曲县局`) and where the group acts listed over commas, a named zone among classes heading a 负责 entry
(`各镇、街道、莘庄工业区。负责…`) or a duty's subjects over a comma (`…,…各成员单位要`), a note printed at the head of the
next line (`(市国土房管局牵头)`); the same causes on older sets (tasks28's `該鎮會同A…,聯合B…`, fresh37's `X将与A、B等部门
共同抽调人员成立…` and `…管护单位和…`); and things no task: a site's 主办 / 承办 footer, 政法机关 (a class), teams a body is to
set up, one body's own staff, a group named by the joint word. Each with the real lines it was written from (URLs cited) and
real or plain negatives."""

import pytest

from conftest import sentence_roles

from kg.extract.duties import _head_units, _headed_roles
from kg.extract.tasks import extract_tasks
from kg.extract.units import is_generic, is_unit
from kg.parse.normalize import normalize_line, normalize_lines
from kg.parse.segment import segment_issue

FENGTAI = "http://mvke.cn/html/zijiayou/4701.html"  # fresh38's 丰台 旅游委 (and its s2twp copy)
CHONGQING = "https://epaper.cqrb.cn/cqrb/2023-12/07/002/content_rb_325527.htm"  # fresh38's 重庆 智能制造示范工厂
DANDONG = "http://www.lnqyjj.com/flfz/show.php?itemid=21"  # fresh38's 丹东 合作区 综合执法大队
DANGCHANG = "http://111.229.73.81/gedi/Newslist?Id=94457"  # fresh38's 宕昌 烟草专卖局
MINHANG = "http://fsou.com/html/text/lar/174156/17415616_2.html"  # fresh38's 闵行 平安市场 plan
TIANJIN = "http://wisor.cc/policy/show.php?from=client&itemid=50504"  # fresh38's 天津 十一五 target split


@pytest.mark.parametrize("style,sentence,lead,cooperate", [
    # 由X牵头,会同A…F,共7个部门,对…开展: the count after a comma closes the partners' list (FENGTAI; its gold: the committee leads, the
    # six bodies cooperate, as printed)
    ("joint_action", "日前,由丰台区旅游委牵头,会同区环食药旅中队、区工商、区执法局、北京市交通执法总队丰台第三大队、北京南站管委会、右安门街道"
     "办事处,共7个部门,对北京南站周边地区开展非法“一日游”宣传及非法揽客行为专项执法检查行动。",
     ["丰台区旅游委"], ["区环食药旅中队", "区工商", "区执法局", "北京市交通执法总队丰台第三大队", "北京南站管委会", "右安门街道办事处"]),
    ("joint_action", "日前,由豐臺區旅遊委牽頭,會同區環食藥旅中隊、區工商、區執法局、北京市交通執法總隊豐臺第三大隊、北京南站管委會、右安門街道"
     "辦事處,共7個部門,對北京南站周邊地區開展非法“一日遊”宣傳及非法攬客行為專項執法檢查行動。",
     ["丰台区旅游委"], ["区环食药旅中队", "区工商", "区执法局", "北京市交通执法总队丰台第三大队", "北京南站管委会", "右安门街道办事处"]),
    # (the count with 共计, glued after the last name: constructed on FENGTAI's wording)
    ("joint_action", "县市场监管局会同县公安局、县交通运输局共计3个部门,对城区开展联合检查。", ["县市场监管局"], ["县公安局", "县交通运输局"]),
    # A、B、C、D、E联合发文,公布了…名单: a joint group with no lead (CHONGQING, simplified and its s2twp copy; its gold: the five national
    # bodies cooperate), and a converter page's 联合發文 (http://www.043737.com/n377/n378/c9577/content.html)
    ("joint_no_lead", "本报讯 (记者 夏元)12月6日,工信部、国家发改委、财政部、国务院国资委、国家市场监管总局联合发文,公布了2023年度智能制造示范"
     "工厂揭榜单位和优秀场景名单,我市共26个项目入选,包括9个智能工厂和17个应用场景。",
     [], ["工信部", "国家发改委", "财政部", "国务院国资委", "国家市场监管总局"]),
    ("joint_no_lead", "本報訊 (記者 夏元)12月6日,工信部、國家發改委、財政部、國務院國資委、國家市場監管總局聯合發文,公布了2023年度智慧製造示範"
     "工廠揭榜單位和優秀場景名單。", [], ["工信部", "国家发改委", "财政部", "国务院国资委", "国家市场监管总局"]),
    ("joint_no_lead", "近日,國家工業(yè)和信息化部、財政部聯(lián)合發(fā)文,公布了2016年國家技術創(chuàng)新示範企業(yè)名單,公司位列其中。",
     [], ["国家工业和信息化部", "财政部"]),
    # X协助Y对…: Y (a town named bare, or its government) leads, X cooperates; the day of the entry before it (DANDONG, lines 5 and 7)
    ("assisted", "13日,合作区综合执法大队协助浪头镇对安民山公园的露天小市场6处违建彩钢房实施拆除。", ["浪头镇"], ["合作区综合执法大队"]),
    ("assisted", "17日,执法大队协助浪头镇政府对浪东线以及浪头镇宝诚路进行联合整治,拆除违建两处,落地牌匾5处。", ["浪头镇政府"], ["执法大队"]),
    # (协助 before a check, as before: tasks76's 西安 街道, http://m.news.wmxa.cn/n/201408/141080.html)
    ("assisted", "城管科协助执法中队检查早市结束时间、道路清扫情况", ["执法中队"], ["城管科"]),
    # X将与A、B局联合在…(places over commas)…开展: none leads; the 局 printed once after the places is theirs (decision B, stop 25:
    # each place a unit, the last named as printed)
    # (DANGCHANG, line 7; its gold)
    ("joint_no_lead", "会议确定毗邻区域整治措施,从8月份起,宕昌县局将与岷县、舟曲县局联合在宕昌县八力乡、阿坞乡、两河口乡,岷县闾井镇、麻子川,"
     "舟曲县东山乡等毗邻区域同时开展专项整治行动,形成“横向到边、纵向到底”态势。", [], ["宕昌县局", "岷县", "舟曲县局"]),  # (decision B, stop 25: the last place as printed)
    # (a partner named in full keeps its name: constructed)
    ("joint_no_lead", "宕昌县局将与岷县局、舟曲县局联合在宕昌县八力乡开展专项整治行动。", [], ["宕昌县局", "岷县局", "舟曲县局"]),
    # 该镇 (the report's town) 会同A…,联合B…: the town leads as printed, both partners cooperate (tasks28's 五道水 converter page,
    # http://easyclosetorganizer.com/ZhuanTi/jtzz/2022-01-18/177938.html; its gold)
    ("joint_action", "據統計,2021年度,該鎮會同縣路政執法大隊在轄區範圍內共開展聯合執法2次,聯合交警部門開展路面執法10余次,檢測車輛500余輛。",
     ["该镇"], ["县路政执法大队", "交警部门"]),
    # X将与A、B等部门共同抽调人员成立…工作组: none leads (fresh37's 华坪, https://kunming.baogaosu.com/xinwen/%E5%8D%8E%E5%9D%AA%E6%9C%A8
    # %E6%9D%90%E6%A3%80%E6%9F%A5%E7%AB%99%E5%8D%8F%E5%8A%A9%E5%BD%93%E5%9C%B0%E6%9E%97%E4%B8%9A%E9%83%A8%E9%97%A8/42372674; its gold)
    ("joint_no_lead", "专项行动期间,厅属华坪木材检查站将与华坪县林业局、县森林公安局等部门共同抽调人员成立联合执法工作组,并在华坪站设立执法检查点。",
     [], ["厅属华坪木材检查站", "华坪县林业局", "县森林公安局"]),
    # a keepers' body joined by 和 is one partner of the list (fresh37's 华坪, the sentence before)
    ("led_by", "此次专项行动由华坪县林业局牵头,县森林公安局、县天然林管护单位和厅属华坪木材检查站等相关执法部门密切配合,旨在进一步抓好当地资源"
     "林政管理工作。", ["华坪县林业局"], ["县森林公安局", "县天然林管护单位", "厅属华坪木材检查站"]),
])
def test_joint_work_read(style, sentence, lead, cooperate):
    roles, got = sentence_roles(sentence)
    assert got == style and (roles.lead, roles.cooperate) == (lead, cooperate)


@pytest.mark.parametrize("sentence", [
    # 联合发文 as the basis cited, no action of this text (constructed on CHONGQING's wording)
    "按照省财政厅、省工信厅联合发文要求,各市组织申报。",
    "国家工业和信息化部、财政部联合发文的通知已经下达。",
    # 协助 a town with no 对 and no check: no reading (constructed)
    "合作区综合执法大队协助浪头镇。",
    # 该县 is a place pointed back to, no town: no lead of its own here (constructed)
    "该县会同的部门名单已公布。",
    # 共同 before persons drawn with no group formed (constructed)
    "县林业局与县公安局的干部共同抽调了资料。",
    # the body's own staff, its own kind named again: one body's work, an event (fresh38's 东京城,
    # http://zgjkxw.org.cn/html/meirongjianshen/2022-02-07/25488.html; its README: present narrative, no task)
    "东京城分局森侦大队认真研判冬季森林治安形势特点,组织大队民警开展森林巡防工作。",
    # teams to be set up are no bodies acting (fresh38's 贞丰, http://jiazuxingwang.com/news/ldqxnnews/2009-10-15/5801.htm)
    "农村要建立护村队、护寨队,开展“十户联防”、“互助联防”,充分发挥群防群治网络作用,有效控制发案率。",
    # a site's footer: the portal's sponsor and operator (fresh38's 西城, https://www.bjxch.gov.cn/xcdt/xxxq/pnidpv952453.html)
    "主办:北京市西城区人民政府办公室 承办:北京市西城区政务服务管理局、北京市西城区数据局",
])
def test_no_task_read(sentence):
    roles, style = sentence_roles(sentence)
    assert style is None or (roles.lead == [] and roles.cooperate == [])


def test_a_group_named_by_the_joint_word_is_no_second_partner():
    # "…联合A、B…等相关单位对北极村旅游市场开展联合检查,联合检查组对…进行了突击检查" (fresh22's 漠河,
    # http://huayisunup.com/html/xalylyjj20170729596.html): the clause after the comma names the group, no partner drawn in by a
    # bare 联合
    roles, style = sentence_roles("2017年7月10日,由县旅游局牵头,联合食品药品监督局、物价局、漠河县工商局北极工商所、北极镇执法大队等相关单位对北极村旅游市场"
                          "开展联合检查,联合检查组对北极村游客中心、家庭宾馆进行了突击检查。")
    assert roles.lead == ["县旅游局"] and "检查组" not in roles.cooperate


def test_a_partner_of_another_kind_stays():
    # the kind drawn in is not the subject's own: a partner as before (constructed)
    roles, style = sentence_roles("东京城分局联合大队开展巡防工作。")
    assert (style, roles.lead, roles.cooperate) == ("joint_action", ["东京城分局"], ["大队"])


def test_the_organs_of_a_whole_branch_are_a_class():
    # "二是政法机关要坚定不移地贯彻“严打”工作方针" (fresh38's 贞丰; its README: a class); one field's organ stays a body (fresh2's
    # 工商行政管理机关)
    assert is_generic("政法机关") and not is_unit("政法机关")
    assert is_unit("工商行政管理机关") and is_unit("丽江市玉龙县森林公安机关")
    roles, _ = sentence_roles("二是政法机关要坚定不移地贯彻“严打”工作方针,依法严厉打击各种刑事犯罪活动。")
    assert roles.lead == []


def test_role_words_are_no_units():
    assert not any(is_unit(x) for x in ("主办", "承办", "协办", "会办"))
    assert is_unit("县政府办") and is_unit("区创文办")


def test_a_named_industrial_zone_is_a_unit():
    # (MINHANG; the README keeps a named development-zone body a unit); the bare word and a class are none
    assert is_unit("莘庄工业区")
    assert not is_unit("工业区") and not is_unit("老工业区") and not is_unit("各工业区")


@pytest.mark.parametrize("heading,units,lead,generic", [
    # a named zone among classes heading a 负责 entry leads, the classes generic (MINHANG, line 3)
    ("8、各镇、街道、莘庄工业区。", ["莘庄工业区", "各镇、街道"], ["莘庄工业区"], ["各镇、街道"]),
    # one named body, as before (MINHANG, line 1)
    ("6、区质量技监局。", ["区质量技监局"], ["区质量技监局"], []),
])
def test_a_duty_lists_heading(heading, units, lead, generic):
    got = _head_units(heading, "负责规范市场计量行为。")
    assert got == units
    roles = _headed_roles(got, "unit_duty")
    assert (roles.lead, roles.generic_lead) == (lead, generic)


def test_classes_only_head_no_entry():
    assert _head_units("各镇、街道。", "负责做好辖区内创建工作。") is None


@pytest.mark.parametrize("sentence,lead,generic", [
    # a duty's subjects over a comma, a class of members after it (MINHANG, line 10)
    ("各镇、街道、莘庄工业区,区“平安市场”创建活动联席会议各成员单位要从确保党的“十八大”胜利召开及“上海平安建设”的高度,充分认识继续开展"
     "“平安市场”创建活动的重要意义,切实加强组织", ["莘庄工业区"], ["各镇、街道", "区“平安市场”创建活动联席会议各成员单位"]),
])
def test_subjects_over_a_comma(sentence, lead, generic):
    roles, style = sentence_roles(sentence)
    assert (style, roles.lead, roles.generic_lead) == ("duty_sentence", lead, generic)


@pytest.mark.parametrize("sentence", [
    # classes on both sides: no named body (constructed)
    "各镇、街道,区创建活动联席会议各成员单位要从确保党的“十八大”胜利召开的高度,充分认识创建活动的重要意义。",
    # a clause of its own before the comma, no list of bodies (constructed)
    "为做好创建工作,各成员单位要加强协作。",
    # a report's clause before the comma: a meeting, then whom it asked (fresh4's 长阳, https://sxcynews.com/art/2009/10/16/art_74_31122.html)
    "本网讯10月13日,县委书记马尚云主持召开全县项目建设专题办公会,会议要求各乡镇、县直各部门要牢固树立“项目强县”的战略思想。",
    # one named body alone before the comma: no mixed list (constructed)
    "区公安局,各成员单位要加强协作。",
])
def test_no_subjects_over_a_comma(sentence):
    roles, _ = sentence_roles(sentence)
    assert roles.lead == []


def _tasks(lines: list[str]) -> list[dict]:
    return extract_tasks(segment_issue(normalize_lines("\n".join(lines)), "t.txt"))


def test_a_note_at_the_head_of_the_next_line_is_the_last_targets():
    # TIANJIN lines 9-11: the note of the line's last target printed at the head of the next line
    tasks = _tasks([
        "1.主要指标的责任部门。",
        "常住人口控制在1150万人左右。(市人口计生委、市公安局牵头)万元地区生产总值能源消耗降低20%。(市经委牵头)万元工业增加值取水量降低"
        "20%。(市节水办、市经委牵头)耕地保有量保持在国务院确定的我市2010年耕地保有量面积。",
        "(市国土房管局牵头)主要污染物排放总量减少10%。(市环保局牵头)城市建成区绿化覆盖率达到40%以上。",
    ])
    got = {t["text"].rstrip("。"): [u["name"] for u in t["lead"]] for t in tasks}
    assert got["耕地保有量保持在国务院确定的我市2010年耕地保有量面积"] == ["市国土房管局"]
    assert got["主要污染物排放总量减少10%"] == ["市环保局"]
    assert got["常住人口控制在1150万人左右"] == ["市人口计生委", "市公安局"]
    assert len({t["id"] for t in tasks}) == len(tasks)


def test_no_leading_note_taken_when_the_line_before_holds_no_notes():
    # a line before with no note of its own: the leading note is no closing note of it (constructed)
    tasks = _tasks([
        "1.主要指标。",
        "耕地保有量保持在国务院确定的我市2010年耕地保有量面积。",
        "(市国土房管局牵头)主要污染物排放总量减少10%。(市环保局牵头)",
    ])
    assert not any(t["text"].startswith("耕地保有量") and [u["name"] for u in t["lead"]] == ["市国土房管局"] for t in tasks)
