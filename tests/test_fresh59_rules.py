"""fresh59's misses (issue #16, round188; benchmarks/data/other_districts_fresh59/texts), each rule with the real line it was
written from and plain negatives: a headerless division table whose unit cell stars its lead (starred_rows), a term's end glued
before the body (joint_leads._WHEN), 由X会同Y after the thing handled (duty_led._BY_JOINT), A、B研究制定了 (joint_action), A、B…等N部委
共同认定 (news_charges.joint_designation), a body's 将发文确认 (duty_subjects._WILL_WORDS) and, from the weakest province
groups and other sets, A、B的干部与C干部对…开展 (partner_shapes.cadres_together),
X将从N个方面 (duty_subjects._WILL_WORDS) and A、B…七部门联合接续召开 (joint_groups._JOINT_MARK)."""

import pytest

from conftest import dev_set_tasks, sentence_roles
from kg.extract.starred_rows import starred_cell_roles

MINHANG = "shanghai_minhang-qu-2022-xiangcun-zhenxing-renwu-fengong-biao.txt"

# (sentence, lead, cooperate); None: no task read
ROWS = [
    # neimenggu_zizhiqu-2024-nongmuye-chanye-fazhan-zijin-shiyong-guanli-xize-izst.txt:5 (its sentence): the term's end is no body
    ("期满前自治区财政厅会同农牧厅根据国家和自治区有关规定开展评估,并根据法律法规、国务院有关规定及评估结果,确定是否延续补助政策及延续期限。",
     ["自治区财政厅"], ["农牧厅"]),
    # the same file :6 (its sentence): 由X会同Y after the funds they handle (rule 1)
    ("农牧业产业发展资金由自治区财政厅会同农牧厅按照“政策目标明确、分配办法科学、支出方向协调、坚持绩效导向”的原则分配、使用和管理。",
     ["自治区财政厅"], ["农牧厅"]),
    # beijing_shi-nongyenongcunju-caizhengju-2024-chanye-zonghe-fazhan-zijin-banfa-bjraee.txt:20 (its sentence): 共同 keeps the order
    ("乡村振兴产业综合发展项目资金由市财政局会同市农业农村局共同管理。", ["市财政局"], ["市农业农村局"]),
    # the same file's s2twp copy :20
    ("鄉村振興產業綜合發展專案資金由市財政局會同市農業農村局共同管理。", ["市财政局"], ["市农业农村局"]),
    # the same file :6 (its sentence): joint work drawn up after study, no lead
    ("为深入实施首都乡村振兴战略,充分发挥财政资金引导和撬动作用,加快构建现代乡村产业体系,推进乡村产业高质量发展,市农业农村局、市财政局研究"
     "制定了《北京市乡村振兴产业综合发展项目资金管理办法(试行)》,现印发给你们,请认真贯彻执行。", [], ["市农业农村局", "市财政局"]),
    # tianjin_shi-nongyenongcunwei-zhengce-liebiao-xiangcun-zhili-shifan-jingchutour-trad.txt:2 (its sentence): six bodies' past
    # joint designation, all cooperate
    ("近日,中央農辦、農業農村部、中央宣傳部、民政部、司法部、國家鄉村振興局等6部委共同認定100個鄉鎮為第二批全國鄉村治理示范鄉鎮,994個村為"
     "第二批全國鄉村治理示范村,我市寶坻區黃莊鎮等1個鎮和濱海新區海濱街聯盟村等10個村入選。",
     [], ["中央农办", "农业农村部", "中央宣传部", "民政部", "司法部", "国家乡村振兴局"]),
    # guangxi_hezhou-2018-guojia-shifanshe-wujia-yybnet.txt:7 (its sentence): a named body with 将 leads (rule 2)
    ("对监测合格的国家示范社,农业农村部将发文确认并公布;对监测不合格的,将取消其评选国家示范社资格,从国家示范社名录中删除。",
     ["农业农村部"], []),
    ("单位主要负责人要亲自抓。", None, None),
    # (天津) fresh45 tianjin_hexi-2024-chengshi-huanjing-da-qingzheng-da-tisheng.txt:15 (its sentence): bodies' cadres act together
    ("区司法局、区文旅局等区级机关部门的党员干部,与陈塘庄街道干部、社区工作者、志愿者等300余人对责任路段沿线开展“地毯式”清理,集中清理草坪和"
     "路面垃圾、清除散落烟头、清理顽疾小广告。", [], ["区司法局", "区文旅局", "陈塘庄街道"]),
    ("各部门干部与陈塘庄街道干部对责任路段开展清理。", None, None),
    # fresh47 shandong_sheng-2025-huanbao-jixiao-tiji-xingdong-xinwen-fabuhui.txt:6 (its sentence): 将从N个方面 as a will word (rule 2)
    ("下一步,山东将从四个方面深入开展重点行业企业环保绩效提级行动。", ["山东"], []),
    # fresh24 shandong-2025-chungeng-beigeng-nongzi-dajia-qibumen-news.txt:3 (its sentence): 联合接续召开, all cooperate
    ("3月19日上午,全国春耕备耕农资打假工作视频会议后,山东省农业农村厅、省法院、省检察院、省工信厅、省公安厅、省市场监管局、省供销社七部门联合"
     "接续召开全省会议,安排部署了开展春耕农资全面排查以及系列集中专项整治等春耕备耕农资打假相关工作。",
     [], ["山东省农业农村厅", "省法院", "省检察院", "省工信厅", "省公安厅", "省市场监管局", "省供销社"]),
    # negatives: a single body's study (rule 3), a count that is not the number named, a class, a time alone
    ("市财政局研究制定了《办法》。", None, None),
    ("中央农办、农业农村部等6部委共同认定100个乡镇为示范乡镇。", None, None),
    ("各地、各部门等单位共同认定示范村。", None, None),
    ("期满前,补助政策自行终止。", None, None),
]


@pytest.mark.parametrize("sentence,lead,coop", ROWS, ids=[r[0][:16] for r in ROWS])
def test_round188_rows(sentence, lead, coop):
    roles, _ = sentence_roles(sentence)
    if lead is None:
        assert not (roles and (roles.lead or roles.cooperate)), roles
        return
    assert (roles.lead, roles.cooperate) == (lead, coop)


# (cells of one headerless row as normalised, want (lead, cooperate)); None: no row read
STARRED = [
    # MINHANG:3, the starred department leads, the others and the towns' cell cooperate, 等 no unit
    (["3", "开展市级美丽乡村示范村创建", "根据2022年度市级美丽乡村示范村评定标准,启动2022年度市级美丽乡村示范村创建工作。",
      "区农业农村委*、区交通委、区绿容局、区水务局等", "马桥镇、华漕镇、浦江镇、浦锦街道"],
     (["区农业农村委"], ["区交通委", "区绿容局", "区水务局", "马桥镇", "华漕镇", "浦江镇", "浦锦街道"])),
    # MINHANG:1, a group cell before the row number
    (["(一)持续推进“两个示范村”建设", "1", "完成2021年度乡村振兴示范村建设", "完成2021年度1个乡村振兴示范村建设,开展考核验收和总结工作。",
      "区农业农村委*、区发改委、区交通委、区规资局、区绿容局、区水务局等", "浦江镇"],
     (["区农业农村委"], ["区发改委", "区交通委", "区规资局", "区绿容局", "区水务局", "浦江镇"])),
    # negatives: two starred units, a star on a text cell (a footnote), no star, no text cell
    (["1", "开展示范村建设", "区农业农村委*、区发改委*", "浦江镇"], None),
    (["1", "开展示范村建设*", "区农业农村委、区发改委", "浦江镇"], None),
    (["1", "开展示范村建设", "区农业农村委、区发改委", "浦江镇"], None),
    (["1", "区农业农村委*、区发改委", "浦江镇"], None),
]


@pytest.mark.parametrize("cells,want", STARRED, ids=[str(i) for i in range(len(STARRED))])
def test_starred_cell_roles(cells, want):
    got = starred_cell_roles(cells)
    if want is None:
        assert got is None
        return
    assert (got[1].lead, got[1].cooperate) == want


@pytest.mark.parametrize("file", [MINHANG, MINHANG.replace(".txt", "-s2twp.txt")])
def test_minhang_headerless_star_leads(file):
    got = dev_set_tasks("fresh59", file, names=True)
    assert [line for line, _, _ in got] == [1, 2, 3, 4]  # row 5 is cut before its units
    assert all(len(lead) == 1 and lead[0].endswith(("区农业农村委", "區農業農村委")) for _, lead, _ in got)
    assert [len(coop) for _, _, coop in got] == [6, 3, 7, 6]


def test_a_legend_giving_the_star_another_sense_reads_no_row(tmp_path):
    from conftest import page_tasks

    text = ("注:标*号的为新增项目。\n"
            "| 1 | 开展示范村建设 | 完成1个示范村建设。 | 区农业农村委*、区发改委等 | 浦江镇 |\n")
    assert not [t for t in page_tasks(tmp_path, text) if t["style"] == "table_starred"]
