"""Readers widened for tasks142's first-sight misses (stop 29): joint work by 连同 / 与…一同 / 与…联合, a body joining a partner at
once, a sentence's subject joining partners in a later clause, an official leading a squad that joins a partner, a place organising
classes and fields, 该镇 / 该区 / a street as the subject of 将, and a joint meeting's membership with its lead — the rows of
kg/extract/campaign_charges.py — and a town's communities as a class (units.py). Each with the real lines it was written from and
negatives that must not match."""

import pytest

from conftest import dev_set_tasks, sentence_roles
from kg.extract.units import is_generic


@pytest.mark.parametrize("sentence,style,lead,cooperate", [
    # a street's joint campaign (tasks142's 仰义, https://news.66wz.com/system/2022/05/31/105473094.shtml)
    ("近一年来,该社区涉黄赌和盗窃警情均占辖区总警情的20%以上,“警情高发”一度让沿江一社区成为乱点。仰义街道连同多部门,开展专项整治,"
     "改善村居环境,提升社会问题综合治理能力。", "joint_action", ["仰义街道"], []),
    # (与…一同: none leads, as the sentence styles' `A与B一起对…开展`)
    ("于是,街道综治办与市场监管、行政执法、交警、派出所等单位一同,对违规占用停车场摊贩开展整治行动。", "joint_no_lead",
     [], ["街道综治办", "市场监管", "行政执法", "交警", "派出所"]),
    ("4月底,沿江一社区某鞋材公司门口聚集20余人讨要工资,街道劳动监管部门迅速联合仰义派出所,疏导现场人员情绪,组织村干部和乡情警务顾问积极介入,",
     "joint_action", ["街道劳动监管部门"], ["仰义派出所"]),
    # a street and its school-safety station's members (tasks142's 东方街道, http://www.gdjinping.gov.cn/jpgkml/zwgk/zwdt/bmjddt/content/
    # post_2486975.html)
    ("10月27日下午,东方街道积极深化“街道吹哨,部门报到”机制,充分发挥学校综治站的功能,联合东方派出所、学校等学校综治站成员单位,开展“党建引领"
     "聚合力,整治环境护校园”学校周边环境专项整治行动。", "joint_action", ["东方街道"], ["东方派出所"]),
    # a street with an unnamed garrison unit (tasks142's 八大关, http://www.zlyjzz.cn/zonghexinwen/2021/0826/2246.html)
    ("8月26日上午,市南区八大关街道与驻街某单位联合开展了市容市容治安、环境卫生综合整治,福山路24号、福山支路12号综合整治工作。", "joint_no_lead",
     [], ["市南区八大关街道"]),
    # a town's squad led out by an official (tasks142's 感城, https://www.jianpian.cn/a/qlsplxm)
    ("镇党委、镇政府高度重视,紧急开展工作部署,由镇武装部长王之丰同志带领镇执法中队联合感城镇海岸派出所第一时间赶赴现场,开展打击非法采砂行动。",
     "joint_action", ["镇执法中队"], ["感城镇海岸派出所"]),
    # a city organising town offices, villages and fields (tasks142's 沁阳, a traditional copy, http://www.gc850.com/industry/133112.html)
    ("近日,河南省沁陽市組織鄉(鎮)辦事處和村街,以及公安、自然資源、市場監督等部門行政執法人員100余人,對沁河沿線共有29個非法囤砂點和銷售點開展取締行動。",
     "joint_action", ["沁阳市"], ["公安", "自然资源", "市场监督"]),
    # a town's patrol and its commitment (tasks142's 蚶江, a converter copy, http://www.muzhuzai.net/qznews/2021/1011/620161.html)
    ("該鎮(zhèn)從源頭抓起,組織派出所、鎮(zhèn)城管辦等聯(lián)合巡查,重拳出擊,嚴格查處非法挖沙取土行為;", "joint_action",
     ["该镇"], ["派出所", "镇城管办"]),
    ("另悉,為保證整治活動取得成效,確保非法挖沙行為不再死灰復(fù)燃,該鎮(zhèn)將進一步加強日常巡邏監(jiān)管,組織專業力量定期督察,",
     "duty_sentence", ["该镇"], []),
    # a street named without 街道 (tasks142's 马场街, http://tcsdqw.cn/tjxw/16296.html)
    ("马场街今后将定期开展“零行动”专项执法整改工作,不断改善市容环境整洁度,提升人民幸福满意度。", "duty_sentence", ["马场街"], []),
    # a joint meeting's membership (tasks142's 彭山, https://www.scps.gov.cn/info/4992/113026.htm)
    ("联席会议由区民政局、区委宣传部、区委编办、区发展改革局、区教体局、区公安分局、区司法局、区财政局、区人社局、区住建局、区农业农村局、区卫健局、"
     "区医保局、区统计局、区市场监管局、区税务局共16个单位组成,区民政局为牵头单位。", "role_named", ["区民政局"],
     ["区委宣传部", "区委编办", "区发展改革局", "区教体局", "区公安分局", "区司法局", "区财政局", "区人社局", "区住建局", "区农业农村局",
      "区卫健局", "区医保局", "区统计局", "区市场监管局", "区税务局"]),
])
def test_tasks142_readings(sentence, style, lead, cooperate):
    roles, got = sentence_roles(sentence)
    assert got == style and (roles.lead, roles.cooperate) == (lead, cooperate)


@pytest.mark.parametrize("sentence", [
    # a leader's inspection with bureaus' heads, and a class charged (tasks142's 濮阳, https://www.pyxww.com/ztlm/jjdydqwrfzgjz/
    # 2017-08-07/26015.html)
    "7月30日,副市长黄守玺带领市住建局、市城市管理综合执法局、市文明办等部门主要负责同志,到部分集贸市场和城中村检查市城区环境卫生综合整治工作。",
    # a person's words for the town (tasks142's 郭家镇, https://bjhdsx99.com/zwxx_238/bmjz/202504/t20250417_14529740.html)
    "郭家镇有关负责人表示,该镇将不断巩固攻坚成果,紧盯短板弱项,持续发力攻坚,推动人居环境整治常态化、长效化,确保场镇安全有序、干净整洁。",
    # a squad's deed (tasks142's 张村镇, a traditional copy, http://www.agri-olive.com/xznews/zhangcun/44093.html)
    "為確保治理成果不反彈,該鎮綜合行政執法大隊持續完善集鎮長效管理機制,嚴防各類亂象“回潮”,對集鎮規范化經營進行日常督查,",
    # 该区 alone is a place, no body (tasks25's negative): a sentence names no district before it; tasks142's 长洲 (a converter copy,
    # http://www.zjxp.net/content/2016-09/11/content_198688.htm) is read in its file, back to 長洲區 (tests/test_tasks149_rules.py)
    "據(jù)了解,該區(qū)將繼續(xù)加大對(duì)轄區(qū)農(nóng)貿(mào)市場(chǎng)的管理力度,不定期組織開展聯(lián)合執(zhí)法行動(dòng),",
    # a shopping street is no body ("步行街将于…开放")
    "步行街将于5月1日起正式开放,届时将举办系列促消费活动。",
])
def test_tasks142_negatives(sentence):
    roles, style = sentence_roles(sentence)
    assert style is None or roles.empty


@pytest.mark.parametrize("name,generic", [
    ("镇各社区", True),  # "落實單位:民政局、**鎮各社區" (tasks142's 文明县城 plan, https://www.mingyanjiaju.org/fanwen/shishifangan/
    ("城关镇各村", True),  # 1151921302845406_2.htm): every community of the town
    ("城关镇", False),
    ("社区居委会", False),
])
def test_town_communities_are_a_class(name, generic):
    assert is_generic(name) is generic


def test_tasks142_files():
    """Whole files: the joint-meeting page and the town's converter page read as the gold says."""
    got = dev_set_tasks("tasks142", "sichuan-meishan-pengshan-shehui-jiuzhu-lianxi-huiyi-16-danwei-wei-qiantou.txt", names=True)
    assert any(lead == ["区民政局"] and len(coop) == 15 for _, lead, coop in got)
    got = dev_set_tasks("tasks142", "fujian-shishi-hanjiang-zhen-gai-zhen-zuzhi-paichusuo-chengguanban-converter-spam.txt", names=True)
    # (the back-reference 該鎮 is read as the town the text named before, kg/extract/back_refs.py)
    assert [n for n, _, _ in got] == [11, 13] and all(lead[0].startswith("蚶江") for _, lead, _ in got)
