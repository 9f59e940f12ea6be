"""fresh56's task misses (issue #16, round173; benchmarks/data/other_districts_fresh56/texts), each reader with the real line it
was written from and plain negatives: the rows of kg/extract/clause_roles.py (请X通知Y, X牵头…工作组,会同Y, X…,牵头实施了…,A、B…
相互协作配合), a 署 as a unit's end and 防指 (kg/extract/units.py), 配合Y制定 (joint_assisted), 会同Y印发《…》 (duty_led),
places with 将 (duty_subjects: 依托 / 整合 / 建设 + a count / 重点 before a will word, a year after the subject, a renamed county),
批复要求X要 (duty_subjects._REQUIRED), 联合Y紧盯 (joint_lists._ACTION), 联合下达 (joint_groups), a season before the subject
(joint_leads._WHEN), glued bureaus in a list (units._glued_bureaus); and, read over whole texts, 随着 before the place a 该县 points
back to (back_refs) and two helpers' sentences on one line kept apart (duties)."""

import pytest

from conftest import sentence_roles
from kg.extract.tasks import extract_tasks
from kg.extract.units import split_units
from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue

# (sentence, lead, cooperate, generic); None: no task read
ROWS = [
    # quanguo_guowuyuan-bangongting-2000-chukou-jiagongqu-shidian-fuhan-law101.txt:21-22: the reply's addressee 你署 (README)
    ("四、请你署通知有关地方人民政府认真组织建立出口加工区的隔离设施和管理机构。", ["你署"], [], ["有关地方人民政府"]),
    ("待条件具备后,由你署会同有关部门进行验收。", ["你署"], [], ["有关部门"]),
    ("你署要会同有关部门,组织做好出口加工区的试点工作,并按照有关法律法规进行监管,促进加工贸易的健康发展,为扩大外贸出口作出贡献。",
     ["你署"], [], ["有关部门"]),
    # beijing_shi-shichang-jianguanju-2022-xiaofei-huanjing-youhua-058290.txt:3 and :7 (rule 1)
    ("一年来,市市场监管局牵头消费环境优化提升工作组,会同组内各部门为首都消费环境优化提升保驾护航,印发《优化提升消费环境推进北京国际消费中心"
     "城市建设工作方案》及2022年度工作要点,提出38项重点举措和69项改革任务。", ["市市场监管局"], [], ["组内各部门"]),
    ("市市场监管局会同市政务服务局印发《北京市关于深化“证照分离”改革进一步激发市场主体发展活力的工作方案》,全面梳理形成三张清单。",
     ["市市场监管局"], ["市政务服务局"], []),
    # beijing_shi-gongshangju-2014-shangbannian-gongzuo-tongbao-workerbj.txt:2 (its first 配合 sentence): the helped leads
    ("昌平分局配合昌平区发展改革委制定了“昌平区产业发展负面清单”,为制定北京“负面清单”提供了有益借鉴;", ["昌平区发展改革委"], ["昌平分局"], []),
    # shanghai_shi-zongzhiban-2007-nongfuchanpin-pifa-shichang-zhengzhi-big5-trad.txt:2 (its first sentence, big5 as printed)
    ("今年年初,上海市工商部門在去年“蔬菜批發市場專項整治”的基礎上,擴大整治範圍,牽頭實施了“整治農副産品批發交易市場經營管理秩序”項目,"
     "公安、經委、農委、食藥監、質監、物價、城管部門及區縣政府相互協作配合,抓好工作落實和推進。",
     ["上海市工商部门"], ["公安", "经委", "农委", "食药监", "质监", "物价", "城管部门"], ["区县政府"]),
    # guizhou_tongren-songtao-zizhixian-2015-xiangzhen-quhua-tiaozheng-pifu-converter.txt:3 (its clause, converter residue dropped)
    ("批復要求銅仁市人民政府要認真做好行政區劃調整相關工作,確保社會穩定。", ["铜仁市人民政府"], [], []),
    # jilin_sheng-shuiliting-fangxun-guanjianqi-kaizha-xiehong-cuiru123.txt:2 (its sentence)
    ("吉林省水利厅联合相关部门紧盯山洪灾害危险区,做好山洪灾害监测预警工作。", ["吉林省水利厅"], [], ["相关部门"]),
    # jilin_baishan-jiangyuan-qu-fangzhi-2025-ruxun-tonggao.txt:29 (its first clause): 防指 leads, the glued bureaus apart
    ("在汛期内防指要组织区应急局、水利局气象局、农业农村局自然资源局、住建局、交通局教育局等部门建立联合会商和预警发布制度",
     ["防指"], ["区应急局", "水利局", "气象局", "农业农村局", "自然资源局", "住建局", "交通局", "教育局"], ["等部门"]),
    # ningxia_zizhiqu-fagaiwei-2011-tuimu-huancao-renwu-xiada-99sj.txt:3 (its first sentence): no lead, both cooperate
    ("国家发展改革委和农业部近日联合下达宁夏回族自治区2011年度退牧还草工程建设任务,共安排中央投资3920万元。",
     [], ["国家发展改革委", "农业部"], []),
    # tianjin_jinghai-xian-2014-shi-xiang-minxin-gongcheng-house-china.txt:7, :9, :11 (rule 2; 静海县, now 静海区)
    ("今年,静海县将大力发展文化体育事业,承办天津市首届文化旅游节,举办静海县第六届文化艺术节。", ["静海县"], [], []),
    ("生态环境建设方面,静海县今年将实施有色金属熔炼企业烟尘、餐饮业油烟和建筑工地扬尘污染治理。", ["静海县"], [], []),
    ("同时,静海县将进一步提升城乡人居环境。", ["静海县"], [], []),
    # tianjin_binhai-tanggu-jie-2015-shirong-huanjing-zhengzhi-72177.txt:1 (its clause): a street with 将 重点…
    ("今年,塘沽街将重点围绕环境卫生、市容秩序、停车秩序、老旧小区、建筑立面、环境污染等6个领域17个方面存在的突出问题,集中开展市容环境专项整治。",
     ["塘沽街"], [], []),
    # ningxia_yinchuan-lingwu-shi-2018-nongtian-shuili-jianshe-diemalco-converter.txt:1-2 (converter residue dropped)
    ("近日,在寧夏銀川靈武市2018年農田水利基本建設現場會上獲悉,今年靈武市將整合水利、農發、扶貧、財政、住建等各類項目資金5.96億元,"
     "用于升級農田水利設施。", ["灵武市"], [], []),
    ("據介紹,今年靈武市將建設高標準農田13.84萬畝。", ["灵武市"], [], []),
    # negatives: the same files' no-unit lines (rule 5: works, a field, within the county, no subject); 将 as 把 before a 建设
    # noun; a title "…印发《…》的通知"; a class asked to notify
    ("2014年,静海县10项民心工程将继续提升民生保障水平。", None, None, None),
    ("为办好人民满意教育,县内将实施一中扩建、六中迁建、八中新建工程。", None, None, None),
    ("在灌溉设施方面,今年将新增渠道节水灌溉面积1.3万畝。", None, None, None),
    ("塘沽街域环境将全面改善。", None, None, None),
    ("静海县将建设用地指标纳入年度计划。", None, None, None),
    ("市市场监管局会同市政务服务局印发《北京市工作方案》的通知", None, None, None),
    ("请各地通知有关企业认真做好申报工作。", None, None, None),
    ("会议对下一步工作进行了安排部署。", None, None, None),
]


@pytest.mark.parametrize("sentence,lead,coop,generic", ROWS, ids=[r[0][:16] for r in ROWS])
def test_round173_rows(sentence, lead, coop, generic):
    roles, _ = sentence_roles(sentence)
    if lead is None:
        assert not (roles and (roles.lead or roles.cooperate)), roles
        return
    assert (roles.lead, roles.cooperate, roles.generic_cooperate) == (lead, coop, generic)


def _roles(text: str) -> list[tuple[list[str], list[str]]]:
    issue = segment_issue(normalize_lines(text), "x.txt")
    name = lambda u: u["name"] if isinstance(u, dict) else u
    return [([name(u) for u in t["lead"]], [name(u) for u in t["cooperate"]]) for t in extract_tasks(issue)]


@pytest.mark.parametrize("text,want", [
    # xizang_lasa-linzhou-xian-2020-guimohua-yangzhi-njpanjin-trad.txt:11 (cut): 該縣 points back to 林周縣, 随着 no part of it
    ("近年來,隨著林周縣畜牧養殖業規模不斷加大,該縣積極調整現有養殖模式。今年,該縣將依托現有的選育場、格桑塘現代農牧產業示范園打造養殖模式。",
     [(["林周縣"], [])]),  # (as printed)
    # beijing_shi-gongshangju-2014-shangbannian-gongzuo-tongbao-workerbj.txt:2 (its two 配合 sentences): two works, each its own
    ("昌平分局配合昌平区发展改革委制定了“昌平区产业发展负面清单”,为制定北京“负面清单”提供了有益借鉴;密云分局配合密云县相关部门,开展了页岩砖"
     "加工等产业清退工作;", [(["昌平区发展改革委"], ["昌平分局"]), ([], ["密云分局"])]),
])
def test_round173_texts(text, want):
    assert _roles(text) == want


@pytest.mark.parametrize("text,units", [
    ("区应急局、水利局气象局、交通局教育局", ["区应急局", "水利局", "气象局", "交通局", "教育局"]),
    # a body under its parent stays whole
    ("国家税务总局北京市税务局、市公安局", ["国家税务总局北京市税务局", "市公安局"]),
    ("市公安局交通管理局、市交通委", ["市公安局交通管理局", "市交通委"]),
    ("区卫生健康局、市公安局龙华分局", ["区卫生健康局", "市公安局龙华分局"]),
    # a glued pair alone (no list) is left as printed
    ("水利局气象局", ["水利局气象局"]),
])
def test_glued_bureaus(text, units):
    assert split_units(text)[0] == units
