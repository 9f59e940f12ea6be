"""round198's task misses (issue #16; fresh62 opened to development), each rule with the real lines it was written from and
plain negatives: a named place with 计划 stands for its administration and leads (fresh62's README, the integrator's ruling at
opening: 计划 commits a named body, a place stands for its administration), at a sentence's start or after the year it is for
(duty_subjects._PLACE_PLAN, _PLAN_ACTS); a prefecture printed short (海口) stands for its administration as the subject of 将
or 计划 as a province printed short does (duty_subjects._prefecture_short); 将因地制宜 is a 将 of acting (_WILL_WORDS)."""

import pytest

from conftest import dev_set_tasks, sentence_roles

HAINAN = "hainan_sheng-2026-nongye-nongcun-juzhang-huiyi-hemei-xiangcun-hkwb.txt"
HAIKOU = "hainan_haikou-shi-2018-nongye-gongzuo-bushu-cailanzi-jidi-hbrfjx.txt"

# (sentence, lead, cooperate); None: no task read
ROWS = [
    # fresh62's 海南 农业农村局长会议 page, lines 1, 8, 12, 14, 16: the province printed short plans (计划) or will act (将)
    ("2026年,海南计划将粮食播种面积稳定在407万亩,产量26.5亿斤;", ["海南"], []),
    ("今年海南计划新建250个和美乡村 环岛旅游公路、环热旅游公路沿线分别新建135个、35个", ["海南"], []),
    ("2月9日,2026年全省农业农村局长会议在海口召开,记者从会上获悉,2026年,海南计划将粮食播种面积稳定在407万亩,产量26.5亿斤;",
     ["海南"], []),
    ("针对农业延链补链和品牌提升,海南将因地制宜发展农产品加工业,争创现代农业产业园、产业集群、产业强镇,积极推进农文旅融合发展;",
     ["海南"], []),
    ("海南计划推动将南繁硅谷重大科创平台等项目列入国家“十五五”种业提升工程建设规划;", ["海南"], []),
    # its s2twp copy, line 1
    ("2026年,海南計劃將糧食播種面積穩定在407萬畝,產量26.5億斤;", ["海南"], []),
    # fresh62's 海口 page (traditional as printed), lines 1-3: the prefecture printed short with 將
    ("日前,海南省海口對該市農業工業工作進行部署。記者了解到,海口今年將以深化農業供給側結構性改革為主線,做強做優熱帶特色高效農業",
     ["海口"], []),
    ("根據部署,海口今年將鞏固、改造升級和建設一批常年蔬菜基地基礎設施", ["海口"], []),
    ("海口將繼續大力實施品牌興農戰略,推進農業提質增效。", ["海口"], []),
    # fresh62's 吉林 农委 page, line 6; 江西 高标准农田 page, line 9 (its headline)
    ("吉林省計劃通過積極培育和發展農機合作社,推進全省農機社會化服務體系建設", ["吉林省"], []),
    ("江西计划划定3500万亩水稻和油菜籽生产田", ["江西"], []),
    # fresh38's 太原 clause without its province: a prefecture printed short with 将 (round196 held it no task; fresh62's ruling)
    ("太原从即日起,将对工地开展检查。", ["太原"], []),
    # negatives: a project's plan (fresh62's 山南 page: 計劃 with a project as subject), a level word and the whole province with
    # 将 (fresh62's 海南 and 江西 pages), a plan in a later clause of a body that is no place, a prefecture with 要
    ("山南市植樹造林工程計劃實施新建項目15個", None, None),
    ("省级将统筹安排2000万元专项资金", None, None),
    ("到2020年,全省将新增建设1800万亩高标准农田", None, None),
    ("今年,该合作社计划新建200亩基地", None, None),
    ("海口要加强蔬菜基地建设。", None, None),
    ("江西提出,力争到2020年基本完成", None, None),
]


@pytest.mark.parametrize("sentence,lead,coop", ROWS, ids=[r[0][:16] for r in ROWS])
def test_round198_rows(sentence, lead, coop):
    roles, _ = sentence_roles(sentence)
    if lead is None:
        assert not (roles and roles.lead), roles
        return
    assert (roles.lead, roles.cooperate) == (lead, coop)


def test_the_provinces_plans_lead_on_every_line():
    got = {line: lead for line, lead, _ in dev_set_tasks("fresh62", HAINAN, names=True)}
    for line in (1, 8, 12, 14, 16, 22):
        assert got.get(line) == ["海南"], (line, got)


def test_the_city_printed_short_leads_its_three_lines():
    got = dev_set_tasks("fresh62", HAIKOU, names=True)
    assert [(line, lead) for line, lead, _ in got] == [(1, ["海口"]), (2, ["海口"]), (3, ["海口"])]


# Holders (fresh62): a place that has them (我省有X) and the source the names were learnt from (从通知中得知X) are lead-ins, no
# part of the name (enterprise_sentences._LEAD_IN); firms counted as failing a review (X等3家企業未通過復核評價) hold nothing
# (enterprise_sentences._LISTED_COUNTED, held_lists._ACT: never 未 / 不 / 没 before 通过).
HEILONGJIANG = "heilongjiang_sheng-2013-guojia-huoju-jihua-zhongdian-gaoxin-qiye-dbw.txt"
GONGXINBU = "quanguo_gongxinbu-2019-jishu-chuangxin-shifan-qiye-fuhe-tianshan-shuini-ivfcd.txt"


def _holders(file: str) -> list[tuple[int, str]]:
    from pathlib import Path

    from kg.extract import extract_all
    from kg.parse import parse_issue

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "other_districts_fresh62" / "texts" / file
    return [(e["source"]["line_start"], e["name"]) for e in extract_all([parse_issue(path)])["enterprises"]]


def test_a_place_that_has_the_holder_is_no_part_of_its_name():
    # line 9: "…,我省有齐齐哈尔轨道交通装备有限责任公司等7家企业榜上有名。"
    assert [n for _, n in _holders(HEILONGJIANG)] == ["齐齐哈尔轨道交通装备有限责任公司"]


def test_the_notice_learnt_from_is_no_part_and_the_failed_hold_nothing():
    # line 2: "…,從通知中得知新疆天山水泥股份有限公司、中信重工機械股份有限公司等145家企業通過復核評價。"; line 6: "其中,中信重工…等145家
    # 企業通過復核評價;大連機床集團有限責任公司、福建百宏聚纖科技實業有限公司、北京神霧環境能源科技集團股份有限公司等3家企業未通過復核評價。"
    got = {n for _, n in _holders(GONGXINBU)}
    assert {"新疆天山水泥股份有限公司", "中信重工机械股份有限公司"} <= got
    assert not got & {"大连机床集团有限责任公司", "福建百宏聚纤科技实业有限公司", "北京神雾环境能源科技集团股份有限公司"}
    assert not any(n.startswith("从") for n in got)


# Units (fresh62): a level's partners and supervisor labelled under a 责任单位 line (市级配合单位:, 市级督导单位:) cooperate
# (units.ROLE_LABELS); a class 责任单位 gives no lead; a body's second name in brackets (市发改委(粮食局)) is one unit as printed
# (duty_units._SECOND_BODY_NAME; duty_styles._SUBJECT_SECOND_NAME no longer drops it after a level); a list of bare levels
# (区、镇、街道) is generic (duty_units._BARE_LEVELS).
LINCANG = "yunnan_lincang-shi-zhengfu-2020-binzang-gaige-tuijin-fangan-bongotimes.txt"
QIANJIANG = "hubei_qianjiang-shi-nongyenongcunju-2021-liangshi-shengchan-gongzuo-fangan-jiedu.txt"


def test_a_levels_partners_and_supervisor_labelled_under_the_lead_cooperate():
    got = dev_set_tasks("fresh62", LINCANG, names=True)
    assert (12, ["市财政局"], ["市民政局", "市自然资源和规划局", "市林业和草原局"]) in got
    assert (16, [], ["市民政局", "市发展改革委", "市财政局", "市自然资源和规划局", "市生态环境局", "市住房城乡建设局",
                     "市交通运输局", "市水务局", "市林业和草原局", "市城投公司"]) in got


UNIT_ROWS = [
    # fresh62's 潜江 解读, line 34 (its clauses)
    ("市发改委(粮食局)负责落实粮食安全行政首长负责制考核和粮食收储、加工、销售等行业管理", ["市发改委(粮食局)"], []),
    ("市农业发展中心会同区、镇、街道负责落实粮食生产面积,加强技术服务指导,做好农业防灾减灾工作。", ["市农业发展中心"], []),
    # fresh49's 苏州 处室 list: an office's second name, no level before it, still left out
    ("秘书处(组织人事处) 负责文电收发", ["秘书处"], []),
    # a named body beside a level word stays named
    ("市农业农村局会同区农业局、街道开展检查", ["市农业农村局"], ["区农业局", "街道"]),
]


@pytest.mark.parametrize("sentence,lead,coop", UNIT_ROWS, ids=[r[0][:16] for r in UNIT_ROWS])
def test_round198_unit_rows(sentence, lead, coop):
    roles, _ = sentence_roles(sentence)
    assert (roles.lead, roles.cooperate) == (lead, coop)


def test_the_jiedu_pages_four_duties():
    assert dev_set_tasks("fresh62", QIANJIANG, names=True) == [
        (34, ["市农业农村局", "市财政局"], []), (34, ["市发改委(粮食局)"], []), (34, ["市农业发展中心"], []),
        (34, ["市国家统计局潜江调查队"], [])]


def test_an_offices_other_office_in_brackets_stays_out():
    # tasks107's 北京 火灾 预案 converter page, line 7: "…由市消防安全應(yīng)急指揮部辦公室會同市委宣傳部、市外宣辦、市政府外辦(港澳辦)、
    # 市臺辦等部門共同組織…" — its gold reads 市政府外办 less its bracket (only a 局 is a second name kept)
    got = dev_set_tasks("tasks107", "beijing-shi-huozai-yuan-you-shi-gongan-jiaoguanju-huitong-converter.txt", names=True)
    assert (7, ["市消防安全應(yīng)急指揮部辦公室"], ["市委宣傳部", "市外宣辦", "市政府外辦", "市臺辦"]) in got  # (as printed)
