"""Readers widened for fresh37's joint-action misses (stop 23's tasks84): 多次 between a body and 联合, an inspection group
printed with 一行, objects listed after 对 following a whole partner's name, 该局 pointing back to the body a reporter named
earlier in the same sentence, a time word between a closing 等N部门 and 联合下发, and named bodies acting where (在…开展了…)
with no joint word. Each with the real lines it was written from (and other real pages where the pages corpus held one)
and real or plain negatives that must not match."""

import pytest

from conftest import sentence_roles

from kg.extract.back_refs import head_before_ref, resolve_back_refs
from kg.extract.units import Roles


@pytest.mark.parametrize("sentence,lead,cooperate", [
    # 多次 before 联合 (fresh37's 郑东 商都路, simplified and its s2twp copy; https://zynews.cn/zwspecial/2023/10/11/101695.html)
    ("近日,商都路办事处多次联合郑东新区综合行政执法局(城市管理局)深入燃气经营场所进行集中排查整治,全力推进燃气隐患整改。",
     ["商都路办事处"], ["郑东新区综合行政执法局(城市管理局)"]),
    ("近日,商都路辦事處多次聯合鄭東新區綜合行政執法局(城市管理局)深入燃氣經營場所進行集中排查整治,全力推進燃氣隱患整改。",
     ["商都路办事处"], ["郑东新区综合行政执法局(城市管理局)"]),
    # an inspection group with 一行, the objects listed after 对 (fresh37's 西藏 应急管理厅, traditional copy, lines 3 and 4;
    # its gold: the group leads, 一行 dropped, the city bureau cooperates; http://ivfcd.com/news/content/37573651907075001.html)
    ("在拉薩市,檢查組一行聯合拉薩市應急管理局對西藏志成氣體生產有限公司、高爭建材股份有限公司、天津礦山工程有限公司西藏分公司、"
     "中石化興藏加油站節日期間安全防范措施落實情況進行了檢查。", ["检查组"], ["拉萨市应急管理局"]),
    ("在山南市,檢查組一行聯合山南市應急管理局對西藏輝言氣體有限公司、山南市煙花爆竹倉庫、中石油民旺加油站和華新水泥廠節日期間安全防范"
     "措施落實情況進行了檢查。", ["检查组"], ["山南市应急管理局"]),
])
def test_joint_action_read(sentence, lead, cooperate):
    roles, style = sentence_roles(sentence)
    assert style == "joint_action" and (roles.lead, roles.cooperate) == (lead, cooperate)


@pytest.mark.parametrize("sentence,cooperate", [
    # 等6部门 then the time of the report before 联合下发 (fresh37's 兵团 三师, http://news.ts.cn/system/2017/12/19/035058429.shtml;
    # as fresh25's 杨凌 "…等五部门联合发布公告", https://swj.yangling.gov.cn/xwdt/gzdt/1654009749457534978.html)
    ("自治区经信委、兵团发改委、自治区财政厅、自治区国税局等6部门近期联合下发《关于公布2017年(第二十二批)自治区认定企业技术中心的"
     "通知》,其中,三师图木舒克市新疆东纯兴纺织有限公司和新疆叶河源果业股份有限公司榜上有名。",
     ["自治区经信委", "兵团发改委", "自治区财政厅", "自治区国税局"]),
    ("近日,杨凌示范区水务局、自然资源和规划局、交通运输局、市场监管局、公安局等五部门联合发布公告,坚决打击非法采砂违法犯罪行为。",
     ["杨凌示范区水务局", "自然资源和规划局", "交通运输局", "市场监管局", "公安局"]),
    # named bodies acting where, a campaign after 开展了, no joint word (fresh37's 杭锦旗, item 二,
    # http://nmubao.com/news/show.php?itemid=2819; its README: all cooperate)
    ("3月份中旬以来,旗草监所、禁牧办、旗农牧业局综合执法大队在全旗各苏木镇、重点嘎查村开展了为期20多天的全方位、大规模草原法律法规"
     "宣传活动。", ["旗草监所", "禁牧办", "旗农牧业局综合执法大队"]),
])
def test_joint_without_lead(sentence, cooperate):
    roles, style = sentence_roles(sentence)
    assert style == "joint_no_lead" and roles.lead == [] and roles.cooperate == cooperate


@pytest.mark.parametrize("sentence", [
    # one body alone where it acts: no joint action
    "县公安局在城区开展了交通安全宣传活动。",
    # classes of bodies, none named
    "各乡镇、各部门在辖区开展了安全检查行动。",
    # a notice's basis cited, no action of the bodies in this text (dev set's 济宁 高新区 line 8)
    "根据山东省工信厅等部门联合印发的《关于做好2024年“亩产效益”评价改革工作的通知》,高新区开展评价工作。",
])
def test_no_joint_task(sentence):
    roles, style = sentence_roles(sentence)
    assert style not in ("joint_action", "joint_no_lead") or (roles.lead == [] and roles.cooperate == [])


def test_group_without_party_word_stays():
    # a group named without 一行 reads as before
    roles, style = sentence_roles("检查组联合拉萨市应急管理局对西藏志成气体生产有限公司节日期间安全防范措施落实情况进行了检查。")
    assert (roles.lead, roles.cooperate) == (["检查组"], ["拉萨市应急管理局"])


def test_name_going_on_after_a_pause_mark_is_kept():
    # 对 opening a name the list goes on with after a 、 ("…、对湖街道…") is no action: the guard stays for that case
    roles, _ = sentence_roles("区城管局联合区市场监管局、对湖街道、区公安分局开展联合执法。")
    assert "区市场监管局" in roles.cooperate and roles.lead == ["区城管局"]


# 该局 pointing back to the body a reporter named earlier in the same sentence (fresh37's 兰州 森林分局, traditional; the same page
# at http://m.alearn.cn/fzgs/system/2023/08/30/013016977.shtml and http://www.street-freak.com/fzgs/system/2023/08/30/013016977.shtml)
LANZHOU = ("8月27日,记者从兰州市公安局森林分局获悉,近日该局牵头联合青海省海东市公安局森林警察支队、乐都区公安局、互助县公安局等单位"
           "齐聚祁连山南麓、甘青两省交界处吐鲁沟国家森林公园,举办两地森林公安机关林区跨区域警务合作座谈会。")


def test_back_reference_to_the_reporters_source():
    roles, style = sentence_roles(LANZHOU)
    assert style == "joint_action" and roles.lead == ["该局"]
    assert roles.cooperate == ["青海省海东市公安局森林警察支队", "乐都区公安局", "互助县公安局"]
    resolved = resolve_back_refs(roles, head_before_ref(roles, LANZHOU))
    assert resolved.lead == ["兰州市公安局森林分局"]


@pytest.mark.parametrize("before,want", [
    # the reporter and his preposition are no part of the name
    ("8月27日,记者从兰州市公安局森林分局获悉,近日", "兰州市公安局森林分局"),
    # a body printed bare before stays whole
    ("近日,县市场监管局开展检查。", "县市场监管局"),
])
def test_reporters_source_named_before(before, want):
    roles = resolve_back_refs(Roles(lead=["该局"]), before)
    assert roles.lead == [want]


def test_no_back_reference_no_head():
    assert head_before_ref(Roles(lead=["县公安局"]), "县公安局联合县交通局开展检查。") == ""
