"""Readers widened for fresh60's misses after its opening (issue #16, round193): a joint meeting pointed back to with its 将
(kg/extract/duty_subjects.py), a mechanism's duties stated (工作机制主要职责为), two bodies convening a meeting together
(kg/extract/stated_charges.py, `pair_drew_up`), a body's functions taken over and a body reorganised into one given its
duties (kg/extract/duty_roles.py), the staff accompanying a person who attends (duty_reports.accompanying_bodies), a text
issued by one body in consultation with others (由X商Y印发), a 拟推荐 list reported for another body's record
(kg/extract/proposed_holders.py), a notice on one line whose recipients are counted, and a site's word before its
date field. Each with the real lines it was written from and plain negatives."""

import pytest

from conftest import dev_set_tasks, sentence_roles

from kg.extract.duty_reports import accompanying_bodies
from kg.extract.proposed_holders import proposed_holders
from kg.model import Line
from kg.parse.decree_page import flattened_notice
from kg.parse.normalize import compact


@pytest.mark.parametrize("where,sentence,lead,coop,generic", [
    ("fresh60 heilongjiang_sheng-2022-heitudi-baohu-liyong-lianxi-huiyi-zhidu-chinacom.txt:8",
     "该联席会议将协调解决黑龙江省黑土地保护利用工作中的重大问题,统筹推进各项任务和措施落实,强化对黑土地保护利用工作的统一规划、部署、"
     "协调和监督管理。", ["联席会议"], [], []),
    ("fresh60 yunnan_sheng-zhengfu-bangongting-2022-qiangshenghui-xietiao-jizhi-desjoyaux-converter.txt:5",
     "工作機(jī)制主要職責(zé)為貫徹落實(shí)省委、省政府關(guān)于推進(jìn)“強(qiáng)省會(huì)”工作的安排部署,統(tǒng)籌推進(jìn)“強(qiáng)省會(huì)”行動(dòng)。",
     ["工作机制"], [], []),
    ("fresh60 tianjin_shi-nongyenongcunwei-2023-chengjie-beijing-feishoudu-gongneng-nmscdc.txt:1",
     "2月13日,市协同办、市政府驻京办事处组织召开承接北京非首都功能疏解前端统筹工作动员会、京津冀协同发展交流服务中心等五个中心揭牌"
     "仪式会。", [], ["市协同办", "市政府驻京办事处"], []),
    ("fresh60 tianjin_shi-xiangcun-zhenxingju-2021-guapai-3gshouji-trad.txt:3 (its first clause)",
     "據報道,中央層面,原國務院扶貧開發領導小組的職能由中央農村工作領導小組來承擔。", ["中央农村工作领导小组"], [], []),
    ("fresh60 tianjin_shi-xiangcun-zhenxingju-2021-guapai-3gshouji-trad.txt:3 (its later clauses)",
     "國務院扶貧辦重組為國家鄉村振興局,歸口農業農村部管理,主要負責鞏固拓展脱貧攻堅成果,統籌推進實施鄉村振興戰略有關具體工作。",
     ["国家乡村振兴局"], [], []),
    ("tasks99 guangdong-yunfu-binzang-lianxi-huiyi-zhidu-chengyuan-fenguan-fuze-tongzhi-persons.txt:12",
     "联席会议具体人员名单由办公室商各成员单位印发,并根据成员职务分工变动及时调整,抄报市领导。", ["办公室"], [], ["各成员单位"]),
])
def test_fresh60_rows(where, sentence, lead, coop, generic):
    roles, style = sentence_roles(sentence)
    assert style is not None and (roles.lead, roles.cooperate) == (lead, coop)
    assert roles.generic_cooperate == generic


@pytest.mark.parametrize("sentence", [
    # a meeting named in full, no 该, with a word that opens no duty; one body convening alone (rule 3); a seat of powers
    # moved as land is ("划归" reads only duties); a rename with no duty after it
    "联席会议将于下月召开。",
    "市协同办组织召开动员会。",
    "该地块由市土地储备中心管理。",
    "国务院扶贫办重组为国家乡村振兴局。",
])
def test_fresh60_negatives(sentence):
    assert sentence_roles(sentence)[1] is None


def test_the_guapai_line_gives_two_tasks():
    """fresh60's 天津 挂牌 item (line 3): the functions taken over and the reorganised bureau's duties are two tasks."""
    tasks = dev_set_tasks("fresh60", "tianjin_shi-xiangcun-zhenxingju-2021-guapai-3gshouji-trad.txt", names=True)
    leads = [lead for line, lead, _ in tasks if line == 3]
    assert ["中央農村工作領導小組"] in leads and ["國家鄉村振興局"] in leads


def test_staff_accompanying_a_person_who_attends_are_not_partners():
    assert accompanying_bodies("市农业农村委二级巡视员张建树参加会议并交流发言,对外合作处主要负责同志陪同。") is None
    # (fresh39's 黎平: bodies accompanying the group's inspection still are)
    assert accompanying_bodies("工作组首先对敖市镇五家石材厂进行了现场执法检查,敖市镇政府相关领导陪同。") == ["敖市镇政府"]


def test_a_proposed_list_reported_for_a_higher_bodys_record():
    line = ("区农业农村委在企业申报、资料审核基础上,拟推荐重庆特牧农业开发有限公司、重庆鑫佳宝食品有限公司、重庆金亿食品有限公司、"
            "重庆辣媳妇德宝食品有限公司等4家企业为“铜梁黑鸡”生产经营主体并报市农业农村委备案,现予以公示")
    assert [(n, c) for n, c, _ in proposed_holders(line)] == [
        ("重庆特牧农业开发有限公司", "市级"), ("重庆鑫佳宝食品有限公司", "市级"), ("重庆金亿食品有限公司", "市级"),
        ("重庆辣媳妇德宝食品有限公司", "市级")]
    assert proposed_holders("推荐重庆特牧农业开发有限公司等1家企业参加展会") == []


def test_a_one_line_notice_to_counted_recipients():
    text = ("北京市农村工作委员会关于做好走进山区系列活动组织工作的通知 七山区县人民政府: 按照市有关领导的要求,为进一步加强城乡互动交流,"
            "宣传山区的生态环境")
    h = flattened_notice([Line(no=1, raw=text, text=text)], 0, 1)
    assert (h.issuer, h.title) == ("北京市农村工作委员会", "北京市农村工作委员会关于做好走进山区系列活动组织工作的通知")
    text = compact("北京市农村工作委员会关于做好走进山区系列活动组织工作的通知 按照市有关领导的要求: 为进一步加强城乡互动交流")
    assert flattened_notice([Line(no=1, raw=text, text=text)], 0, 1) is None


def test_the_sites_word_before_its_date_field_ends_the_author():
    from kg.parse.source_fields import _AUTHOR_FIELD

    m = _AUTHOR_FIELD.search(compact("作者:甘肃农业农村厅 本站发布时间:2024年06月03日 收藏"))
    assert m and m["organ"] == "甘肃农业农村厅"
