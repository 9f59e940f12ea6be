"""Readers written from fresh51's first-sight task misses (round158): the rows of kg/extract/carried_subjects.py (a subject
parted from its verb by an included area, a phrase of resolve, a comma or a response clause; 由X统一领导; X联合Y等N部门发文) and
the closing bracket of one named body beside the places' governments (tasks.unit_list_note, units.split_units' 〔〕). Each with
the real line it was written from (fresh51's texts) and negatives that must not match."""

import pytest

from conftest import dev_set_tasks, sentence_roles
from kg.extract.tasks import unit_list_note
from kg.extract.units import split_units


@pytest.mark.parametrize("sentence,style,lead,cooperate", [
    # 黔东南府发〔2015〕3号 (guizhou_qiandongnan-zhou-2015-jiaqiang-chengshi-jichu-sheshi-jianshe-shishi-yijian.txt, line 7)
    ("凯里市(含凯里经济开发区)要重点解决好老城区交通拥堵问题,全市人均道路面积达到15平方米,其余各县城达到12平方米;", "duty_sentence",
     ["凯里市"], []),
    # 春城晚报's 盘龙 item (yunnan_kunming-panlong-qu-shichang-jianguanju-baojian-shichang-luanxiang-zhengzhi.txt, line 1)
    ("记者昨日从盘龙区市场监督管理局获悉,近期盘龙区将重拳出击,全面整治“保健”市场、食品和药品市场、商品交易市场及旅游购物场所等领域的经营乱象。",
     "duty_sentence", ["盘龙区"], []),
    # 重庆晨报's 九龙坡 item (chongqing_jiulongpo-gaoxinqu-2010-shehui-zhian-jizhong-zhengzhi-bairi-xingdong.txt, line 10)
    ("从9月1日起,高新区石桥铺街道、渝州路街道,将开展持续100天的社会治安集中整治行动。", "duty_sentence",
     ["高新区石桥铺街道", "渝州路街道"], []),
    # 五华区市场监管局's item (yunnan_kunming-wuhua-qu-shichang-jianguanju-zhengzhi-shichang-liutong-luanxiang.txt, line 9)
    ("工作中,五华区市场监管局积极响应“党建引领,街道吹哨,部门报到”工作机制,配合各街道办事处和区级相关职能部门开展无证无照专项整治、"
     "校园周边环境整治等专项行动。", "assisted", [], ["五华区市场监管局"]),
    # 鹿邑's 百日行动 item (henan_zhoukou-luyi-xian-lianhe-zhengzhi-baojian-shichang-luanxiang-bairi-xingdong.txt, line 1)
    ("此次行动由县政府集中统一领导,要求相关单位站在保护人民群众生命财产安全、维护社会大局和谐稳定的高度,严格履职,密切配合,打好组合拳、合力战。",
     "led_by", ["县政府"], []),
    # 大众日报's 淄博 item (shandong_zibo-nongye-chanyehua-shengji-zhongdian-longtou-qiye-dibu-mingdan.txt, line 9)
    ("本报淄博讯 1月4日,记者从淄博市农业局了解到,近日,省农业厅联合省发展和改革委员会等九部门发文公布农业产业化省级重点龙头企业递补名单,"
     "淄博市共11家企业上榜。", "joint", ["省农业厅"], ["省发展和改革委员会"]),
    # the 天津 植物工厂 item, a converter copy (fresh58 tianjin_shi-sheshi-nongye-zhiwu-gongchang-ytjhdl-converter.txt, line 13;
    # carried_subjects.issued_then_future)
    ("為給市民生產(chǎn)更多優(yōu)質(zhì)果蔬,特別是消除天津市“冬淡季”果蔬供應(yīng)不足頑疾,天津市出臺(tái)相關(guān)文件,大力發(fā)展設(shè)施農(nóng)業(yè),"
     "到2025年,將發(fā)展100萬畝設(shè)施農(nóng)業(yè),今年將先發(fā)展20萬畝。", "duty_sentence", ["天津市"], []),
])
def test_carried_subject_readings(sentence, style, lead, cooperate):
    roles, got = sentence_roles(sentence)
    assert got == style and (roles.lead, roles.cooperate) == (lead, cooperate)


def test_help_after_response_keeps_its_classes():
    roles, _ = sentence_roles("工作中,五华区市场监管局积极响应“党建引领,街道吹哨,部门报到”工作机制,配合各街道办事处和区级相关职能部门"
                              "开展无证无照专项整治。")
    assert roles.generic_lead + roles.generic_cooperate == ["各街道办事处", "区级相关职能部门"]


@pytest.mark.parametrize("sentence", [
    # a bracket that is no included area (plain)
    "凯里市(2015年)要重点解决好老城区交通拥堵问题。",
    # a comma after a clause, no subject list (plain)
    "从9月1日起,为改善社会治安,将开展持续100天的集中整治行动。",
    # led as a whole by a person, no body (plain)
    "此次行动由县长统一指挥。",
    # issuing with unnamed partners only (plain)
    "近日,省农业厅联合有关部门发文公布名单。",
    # documents issued, no 将 after them; a person issuing; a class issuing (plain)
    "近日,天津市出台相关文件,大力发展设施农业。",
    "近日,张三出台相关文件,到2025年,将发展设施农业。",
    "各区出台相关文件,将发展设施农业。",
    # the work of a kind of institution before the comma, no body (the sample corpus's 周村 残疾人事业 plan,
    # data/gazettes/001_ace590f4be284911.txt, line 570)
    "残疾人托养服务机构的建设和运行，要参照养老服务机构税费减免等扶持标准，享受同等财政补贴和优惠扶持政策。",
])
def test_carried_subject_negatives(sentence):
    roles, _ = sentence_roles(sentence)
    assert roles.empty


def test_hexagonal_brackets_stay_inside_their_name():
    # 三政办〔2023〕1号 (henan_sanmenxia-shizhengfu-bangongshi-2023-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-danwei.txt, line 9)
    assert split_units("市发展改革委,各县〔市、区〕政府") == (["市发展改革委"], ["各县〔市、区〕政府"])


@pytest.mark.parametrize("line,note", [
    ("1.地区生产总值增长7%以上。(市发展改革委,各县〔市、区〕政府)", "市发展改革委,各县〔市、区〕政府"),
    ("3.研发投入强度超过2.4%。(市科技局,各县〔市、区〕政府)", "市科技局,各县〔市、区〕政府"),
])
def test_one_body_beside_the_places_governments(line, note):
    assert unit_list_note(line)[1] == note


def test_one_body_alone_is_no_unit_list():
    # (a source or an alias in brackets: one name alone stays no note)
    assert unit_list_note("1.地区生产总值增长7%以上。(市发展改革委)") is None


def test_sanmenxia_items_cooperate():
    tasks = dev_set_tasks("fresh51", "henan_sanmenxia-shizhengfu-bangongshi-2023-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-danwei.txt",
                          names=True)
    assert (9, [], ["市发展改革委"]) in tasks and (12, [], ["市工业和信息化局"]) in tasks
