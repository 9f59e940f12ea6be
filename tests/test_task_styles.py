"""Responsibility styles from other districts: one row per style, each a real line (source given) with the
roles it states. A new style is a new row here (and a named matcher in kg/extract/units.py or tasks.py)."""

import re
from pathlib import Path

import pytest

from kg.extract.duty_styles import SENTENCE_STYLES, _sentence_roles
from kg.extract.tasks import extract_tasks
from kg.extract.units import Convention, document_convention, is_generic, parse_roles
from kg.parse.normalize import fold, normalize_line, normalize_lines
from kg.parse.segment import segment_issue

PAGES = Path(__file__).parent / "data" / "pages"
XIALU = "http://www.xialuqu.gov.cn/zwgk/zc/qtzdgkwj/202012/t20201222_742409.html"
XIANYANG = ("https://newton.com.tw/wiki/%E9%B9%B9%E9%99%BD%E5%B8%822022%E5%B9%B4%E6%B7%B1%E5%8C%96%E2%80%9C%E6%94%BE"
            "%E7%AE%A1%E6%9C%8D%E2%80%9D%E6%94%B9%E9%9D%A9%E6%9C%80%E4%BD%B3%E5%8C%96%E7%87%9F%E5%95%86%E7%92%B0%E5%A2%83"
            "%E5%B7%A5%E4%BD%9C%E8%A6%81%E9%BB%9E/61994341")

# (style, source, note as printed, lead, cooperate, generic_lead, generic_cooperate, deadline)
NOTES = [
    ("排名第一位为牵头单位 closing an unlabelled list: the rule is the last clause, every unit before it kept; the inner "
     "pair of a class printed as <>", "guangdong_yunfu-2019-xueqian-jiaoyu-puhui-yiwu-jiaoyu-junheng-xingdong-fangan.txt:11 "
     "(benchmarks/data/other_districts_fresh11)", "(市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同)",
     ["市教育局"], ["市委农办"], [], ["各县<市、区>人民政府"], None),
    ("a rule inside its own bracket closing the list is cut whole, not at its inner comma",
     "zhejiang-2024-shengzhang-qiantou-zhongdian-gongzuo-news-traditional.txt:17 (benchmarks/data/other_districts_fresh10)",
     "責任單位:省政府辦公廳、省財政廳牽頭,省商務廳、省文化廣電和旅遊廳(除標註爲“牽頭”單位外,列第一位的爲牽頭或彙總單位,下同)",
     ["省政府办公厅", "省财政厅"], ["省商务厅", "省文化广电和旅游厅"], [], [], None),
    ("a rule over two clauses still closes the note (constructed from 无牵头单位的,责任单位即为牵头单位)", "constructed",
     "(责任单位:区发改局、区财政局,无牵头单位的,责任单位即为牵头单位)", ["区发改局", "区财政局"], [], [], [], None),
    ("square brackets, 牵头单位;责任单位", XIALU,
     "[牵头单位:区卫健局;责任单位:区疫情防控指挥部成员单位、各街办(新区)]",
     ["区卫健局"], [], [], ["区疫情防控指挥部成员单位", "各街办(新区)"], None),
    ("排在首位的为牵头单位 closing the note (traditional copy)",
     "guangdong_shaoguan-zhizaoye-trad.txt:19 (benchmarks/data/other_districts_fresh2)",
     "(責任單位:市稅務局、市財政局,排在首位的爲牽頭單位,下同)", ["市税务局"], ["市财政局"], [], [], None),
    ("square brackets, two leads", XIALU,
     "[牵头单位:区卫健局、区创文办;责任单位:区疫情防控指挥部成员单位、区创文工作领导小组成员单位、各街办(新区)]",
     ["区卫健局", "区创文办"], [], [], ["区疫情防控指挥部成员单位", "区创文工作领导小组成员单位", "各街办(新区)"], None),
    ("traditional, 牵头单位;责任单位 with 厅 units", "http://chaincenturyfinance.com/tzgg/2421.html (鄂政發〔2018〕26號)",
     "(牽頭單位:省發展改革委;責任單位:省編辦、省國土資源廳、省環保廳、省住建廳)",
     ["省發展改革委"], ["省編辦", "省國土資源廳", "省環保廳", "省住建廳"], [], [], None),
    ("zh-TW copy, X牵头，Y按职责分工负责", XIANYANG,
     "(市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責)",
     ["市政府辦公室", "市行政審批制度改革工作領導小組辦公室"], [], [], ["市級各有關部門", "各縣市區政府"], None),
    ("由X牵头实施 after a heading", "https://sinyeo.com/list69/86938.html (苍政发〔2023〕22号)",
     "(由县发改局牵头实施)", ["县发改局"], [], [], [], None),
    ("deadline inside the note", "issue #16", "（牵头单位:县发改局;责任单位:县财政局、县自然资源局,6月底完成）",
     ["县发改局"], ["县财政局", "县自然资源局"], [], [], "6月底完成"),
    ("〔〕 brackets, comma between fields, trailing 等部门", "issue #16", "〔牵头单位:县商务局,责任单位:县市场监管局、县公安局等部门〕",
     ["县商务局"], ["县市场监管局", "县公安局"], [], ["等部门"], None),
    ("a sole 责任单位 leads", "https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml",
     "责任单位:区发展和改革局", ["区发展和改革局"], [], [], [], None),
    ("labels 主要责任单位 / 协同配合单位", "constructed from the column names of 谯城区 (https://www.bzqc.gov.cn/XxgkContent/show/1465541.html)",
     "（主要责任单位：区发改局；协同配合单位：区财政局、区住建局）", ["区发改局"], ["区财政局", "区住建局"], [], [], None),
    ("the note states its own convention, 下同", "hunan_zhuzhou-liangshi-first-lead-trad.txt:9 (benchmarks/data/other_districts)",
     "(市發改委、市農委、市商務糧食局、各縣市區人民政府、中儲糧株洲直屬庫。排名第一的為牽頭單位,下同)",
     ["市發改委"], ["市農委", "市商務糧食局", "中儲糧株洲直屬庫"], [], ["各縣市區人民政府"], None),
    ("X为牵头单位，Y为配合单位", "constructed", "（县发改局为牵头单位，县财政局为配合单位）", ["县发改局"], ["县财政局"], [], [], None),
    ("a 牵头领导 (a person) before the unit labels", "constructed",
     "（牵头领导：张三；牵头单位：县发改局；责任单位：县财政局）", ["县发改局"], ["县财政局"], [], [], None),
    ("共同牵头", "constructed", "（县发改局、县财政局共同牵头，县商务局配合）", ["县发改局", "县财政局"], ["县商务局"], [], [], None),
    ("X牵头、Y配合 (clauses joined by 、)", "constructed", "（县发改局牵头、县财政局配合）", ["县发改局"], ["县财政局"], [], [], None),
    ("a remark sentence after the list is no unit (tortoise_bracket_note)", "sichuan_sheng-liutong-squarebracket.txt:8 (other_districts_fresh)",
     "〔责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕",
     [], ["省发展改革委", "省市场监管局", "商务厅", "省大数据中心"], [], [], None),
    ("a 科室 note of a bureau's own plan: 牵头科室 / 配合科室", "constructed (the 责任科室 column of zhejiang_xiangshan as labels)",
     "（牵头科室：综合科；配合科室：财务科、人事股）", ["综合科"], ["财务科", "人事股"], [], [], None),
    ("落实单位 is a 责任单位 label", "constructed", "（落实单位：县发改局）", ["县发改局"], [], [], [], None),
    ("labels printed in 【】 brackets", "constructed (the 【label】 form of government pages)",
     "【牵头单位】县发改局【责任单位】县财政局、县住建局", ["县发改局"], ["县财政局", "县住建局"], [], [], None),
    ("牵头 + any verb (a synonym-spun copy: 牵头卖力 = 牵头负责)",
     "guangdong_shengbanting-minjian-touzi-spun-synonyms.txt:35 (benchmarks/data/other_districts_fresh5)",
     "(省生长改造委牵头卖力)", ["省生长改造委"], [], [], [], None),
    ("按职责分工 + any verb, no lead marked: the named units cooperate",
     "guangdong_shengbanting-minjian-touzi-spun-synonyms.txt:37 (benchmarks/data/other_districts_fresh5)",
     "(省生长改造委、交通运输厅、水利厅、住房城乡建设厅、能源局等省有关部门和各地级以上市人民政府按职责分工卖力)",
     [], ["省生长改造委", "交通运输厅", "水利厅", "住房城乡建设厅", "能源局"], [], ["省有关部门", "各地级以上市人民政府"], None),
    ("a body's 各… is the class of its parts, not a unit",
     "hubei_wuhan-gongzuobaogao-fenjie-qiantou-zeren.txt:19 (benchmarks/data/other_districts_fresh5)",
     "(牵头单位:市疫情防控指挥部办公室;责任单位:市疫情防控指挥部各工作组,市直各相关部门,各区疫情防控指挥部)",
     ["市疫情防控指挥部办公室"], [], [], ["市疫情防控指挥部各工作组", "市直各相关部门", "各区疫情防控指挥部"], None),
    ("a bracketed remark after a 责任单位 list states that the first leads",
     "fujian_xiamen-yingshang-ruogan-cuoshi.txt:31 (benchmarks/data/other_districts_fresh6)",
     "责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)", ["市发改委"], ["市财政局"], [], [], None),
    ("A、B、C等负责 under a stated first-leads rule: the first leads",
     "sichuan_neijiang-jiuye-chuangye-yijian-wiki.txt:2 (benchmarks/data/other_districts_fresh6)",
     "(市發展改革委、市經濟和信息化委、市財政局、市人力資源社會保障局、市商務局、市地稅局、市國稅局、市統計局等負責,列第一位者為牽頭單位,下同)",
     ["市发展改革委"], ["市经济和信息化委", "市财政局", "市人力资源社会保障局", "市商务局", "市地税局", "市国税局", "市统计局"], [], ["等"],
     None),
    ("部门分工 label over role clauses", "guangdong-2021-zhengfu-gongzuo-baogao-fengong.txt:24 (other_districts_fresh6)",
     "部门分工:省发展改革委牵头,各地、各部门配合。", ["省发展改革委"], [], [], ["各地", "各部门"], None),
    ("persons before the units are never units",
     "hunan-2019-zhengfu-gongzuo-baogao-bumen-fengong.txt:23 (other_districts_fresh6), the cut name left out",
     "(分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、", ["省发展改革委"], ["省工业和信息化厅"], [], [], None),
    ("a sentence saying the note holds for the items below is no unit; 负责落实 is 负责",
     "shandong_qingdao-jiben-yanglao-fuwu-yijian-converter.txt:4 (other_districts_fresh6)",
     "(市民政局牽頭,各區(qū)、市政府負(fù)責(zé)落實(shí)。以下各項(xiàng)工作均需各區(qū)、市政府負(fù)責(zé)落實(shí),不再一一列出。)",
     ["市民政局"], [], ["各区、市政府"], [], None),
    ("a park's organ named by its kind continues a 各… class",
     "jiangsu_huaian-shuikun-jienan-shishi-xize.txt:4 (other_districts_fresh6)",
     "(责任单位:市工信局、市财政局等有关部门,各县区人民政府、园区管委会。以下政策措施均需各县区人民政府、园区管委会落实,不再单独列出)",
     [], ["市工信局", "市财政局"], [], ["有关部门", "各县区人民政府、园区管委会"], None),
    ("经信局 (经济和信息化局's short form) is a unit, its 经 no preposition",
     "zhejiang_tongxiang-2020-gongzuo-baogao-zeren-fenjie.txt:11 (other_districts_fresh8)",
     "责任单位:财政局、发改局、经信局、科技局、商务局、人才办、金融发展服务中心、服务业局、建设局、农业农村局、文化和广电旅游体育局、工商联"
     "(列第一位者为牵头或汇总单位,下同)",
     ["财政局"], ["发改局", "经信局", "科技局", "商务局", "人才办", "金融发展服务中心", "服务业局", "建设局", "农业农村局",
                 "文化和广电旅游体育局", "工商联"], [], [], None),
    ("a prefecture's unit (州…) joined by 及 to a class of units",
     "hunan_xiangxi-2020-fangguanfu-gongzuo-jihua-converter.txt:9 (other_districts_fresh8)",
     "(牽頭單位:州行政審批服務局;責任單位:州司法局、州委編辦及州直相關單位,各縣市人民政府、湘西經開區管委會,6月底完成)",
     ["州行政审批服务局"], ["州司法局", "州委编办", "湘西经开区管委会"], [], ["州直相关单位", "各县市人民政府"], "6月底完成"),
    ("a lead marked in the list: （牵头） or ★", "constructed (no stored page found)",
     "（区发改局（牵头）、区财政局、各镇街）", ["区发改局"], ["区财政局"], [], ["各镇街"], None),
    ("分别 between the list and its verb: each unit leads on its own",
     "zhejiang_lishui-2023-gongzuo-baogao-zeren-fenjie.txt:30 (other_districts_fresh10)",
     "责任单位:市人力社保局、市农业农村局分别牵头", ["市人力社保局", "市农业农村局"], [], [], [], None),
    ("the lead listed again among the responsible units: it leads, it does not also cooperate",
     "liaoning-2012-dongbei-zhenxing-guihua-renwu-fengong.txt:30-32 (other_districts_fresh10)",
     "牵头单位:省发展改革委。责任单位:省发展改革委、省经济和信息化委、省统计局、省电力公司等。",
     ["省发展改革委"], ["省经济和信息化委", "省统计局", "省电力公司"], [], ["等"], None),
    ("a lead marked by ▲ before it, no legend on the page",
     "zhejiang_zhuji-2023-zhengfu-zhongdian-gongzuo-zeren-qingdan.txt:48 (other_districts_fresh10)",
     "▲税务局,财政局,各镇乡(街道)", ["税务局"], ["财政局"], [], ["各镇乡(街道)"], None),
    ("a lead marked by ▲, the other parts classes",
     "zhejiang_zhuji-2023-zhengfu-zhongdian-gongzuo-zeren-qingdan.txt:42 (other_districts_fresh10)",
     "▲发改局,各部门,各镇乡(街道)", ["发改局"], [], [], ["各部门", "各镇乡(街道)"], None),
    # X会同Y负责 inside a note (tasks18, 国务院 notices in a repository's SQL dump): X answers and leads, Y works with it
    ("X会同Y负责: a class after 会同", "national-2018-jili-zhichi-huitong-youguan-bumen.txt:8 (other_districts_tasks18)",
     "（国家发展改革委会同有关部门负责）", ["国家发展改革委"], [], [], ["有关部门"], None),
    ("A、B会同Y负责: two leads before 会同", "national-2018-jili-zhichi-huitong-youguan-bumen.txt:10 (other_districts_tasks18)",
     "（国家发展改革委、财政部会同有关部门负责）", ["国家发展改革委", "财政部"], [], [], ["有关部门"], None),
    ("由X会同Y、Z负责: named units after 会同 cooperate", "constructed (the tasks18 layout with named units)",
     "（由县住建局会同县财政局、县自然资源局负责）", ["县住建局"], ["县财政局", "县自然资源局"], [], [], None),
    # responsibility pairs one step from the seen 牵头单位 / 配合单位 and 主办单位 / 协办单位 columns (constructed: the issue's
    # list of layouts to reach; no set prints them yet)
    ("主责单位 / 协责单位 labels", "constructed (主责单位 is a seen lead label; 协责 its pair)",
     "主责单位：区教育局；协责单位：区财政局", ["区教育局"], ["区财政局"], [], [], None),
    ("主办单位 / 会办单位 of a proposal's handling", "constructed (人大建议 / 政协提案 办理: 主办, 协办, 会办)",
     "主办单位：区发改局；会办单位：区财政局、区统计局", ["区发改局"], ["区财政局", "区统计局"], [], [], None),
    ("a bare role word as a label with its colon", "constructed (牵头单位： / 配合单位： shortened)",
     "（牵头：区发改局；配合：区财政局、区统计局）", ["区发改局"], ["区财政局", "区统计局"], [], [], None),
    ("主责 / 协责 as the clauses' verbs", "constructed (X牵头，Y配合 worded 主责 / 协责)",
     "（区发改局主责，区财政局协责）", ["区发改局"], ["区财政局"], [], [], None),
    ("协同 as a clause's verb", "constructed (X牵头，Y配合 worded 协同, the verb of 金东's 协同单位 column)",
     "（区发改局牵头，区财政局协同）", ["区发改局"], ["区财政局"], [], [], None),
    ("names parted by slashes: no lead marked, all cooperate", "constructed (a 、 list printed with /)",
     "（区发改局/区财政局/区统计局）", [], ["区发改局", "区财政局", "区统计局"], [], [], None),
    ("two role clauses parted by a slash", "constructed", "（区发改局牵头/区财政局配合）", ["区发改局"], ["区财政局"], [], [], None),
    ("a 配合单位 field beside the 责任单位 one: the 责任单位 lead", "tasks34 anhui-fengyang-zejidi-zeren-danwei-peihe-danwei-xiangzhen.txt:7 "
     "(https://m.bidcenter.com.cn/newsrili-1-217915641.html)",
     "(责任单位:县宅改办、县农业农村局、县自然资源和规划局;配合单位:各试点乡镇、街道)",
     ["县宅改办", "县农业农村局", "县自然资源和规划局"], [], [], ["各试点乡镇、街道"], None),
    ("a 责任单位 field alone still cooperates (the 配合单位 rule needs the field beside it)", "constructed",
     "(责任单位:县宅改办、县农业农村局、县自然资源和规划局)", [], ["县宅改办", "县农业农村局", "县自然资源和规划局"], [], [], None),
]


@pytest.mark.parametrize("note", [
    "本意见所涉及的政策措施由区地方金融监管局会同区财政局负责解释",  # /work/shared/gazettes 004:464: 负责 + a verb
    "公共信用信息机构会同有关部门负责加强组织协调",  # /work/shared/gazettes: 第三十一条, 负责 + a verb, no note's end
])
def test_joined_by_needs_the_notes_closing_verb(note):
    """(negative lines of _JOINED_BY)"""
    from kg.extract.units import _JOINED_BY

    assert _JOINED_BY.search(note) is None


@pytest.mark.parametrize("text", [
    "/",  # fresh14 金东: a lone slash in the 协同单位 column means no unit
    "2023/12/31",  # constructed: digits around a slash are no names
    "各牵头处室、单位要履行牵头职责,会办处室、单位要主动对接配合",  # a dev set's sentence: 会办 with no colon is no label
    "厦门市人大常委会办公厅",  # a dev set's signature: 会办 inside a name
])
def test_short_labels_and_slashes_need_names_and_colons(text):
    from kg.extract.units import _SHORT_LABEL, _SPLIT

    assert _SHORT_LABEL.search(text) is None
    assert not any(m[0] in "/／" for m in _SPLIT.finditer(text))


@pytest.mark.parametrize("style,url,note,lead,coop,glead,gcoop,deadline", NOTES, ids=[n[0] for n in NOTES])
def test_note_styles(style, url, note, lead, coop, glead, gcoop, deadline):
    from kg.parse.normalize import fold

    r = parse_roles(normalize_line(note))
    f = lambda xs: [fold(x) for x in xs]
    assert (r.lead, r.cooperate, r.generic_lead, r.generic_cooperate, r.deadline) == \
        (f(lead), f(coop), f(glead), f(gcoop), deadline)


def test_label_lines_one_after_another_are_one_note():
    text = "\n".join(["立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知", "鞍立政发〔2023〕2号",
                      "各街道办事处:", "现印发给你们。", "一、经济社会发展的主要预期目标", "1.努力实现地区生产总值增长6.2%左右。", "",
                      "牵头单位:区发改局", "", "责任单位:立山经济开发区,全区经济运行各专班", "", "2.规模上工业增加值增长5%左右。", "",
                      "牵头单位:区工信局", "", "责任单位:立山经济开发区"])  # http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html
    tasks = extract_tasks(segment_issue(normalize_lines(text), "lishan.txt"))
    assert [([u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]], t["generic_cooperate"]) for t in tasks] == [
        (["区发改局"], ["立山经济开发区"], ["全区经济运行各专班"]), (["区工信局"], ["立山经济开发区"], [])]


def test_two_items_with_their_notes_on_one_line():
    text = "\n".join(["黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见", "黑政发〔2013〕10号", "各市人民政府:", "现提出如下意见。",
                      "  (一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)"])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "hlj.txt"))  # http://wisor.cc/policy/show.php?from=client&itemid=100941
    assert [([u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in tasks] == [
        (["省发改委"], []), (["省财政厅"], ["省国税局", "地税局"])]


def test_a_duty_on_the_line_a_rules_title_runs_into():
    # fresh18 gansu_zhuoni-2022-zhengce-wenjian-jiedu-gongzuo-zhidu-converter-pipe (line 19, cut after 第二条): the title
    # line is the articles' line too, so its duties are read past the title
    text = "\n".join(["時間:2022-08-16 作者:卓尼縣人民政府辦公室 點擊數(shù): |", "|",
                      "卓尼縣政策文件解讀工作制度(試行)第一條 為規(guī)范縣政府及其部門政策文件解讀工作,引導人民群眾和社會各界準確理解政策,"
                      "結合卓尼實際,制定本制度。 第二條 縣政府辦負責推進、指導、協(xié)調、督促全縣行政機關政策文件解讀工作。"])
    # https://www.negevfu.com.cn/info/2335/24069.htm
    tasks = extract_tasks(segment_issue(normalize_lines(text), "zhuoni.txt"))
    assert [[u["name"] for u in t["lead"]] for t in tasks] == [["縣政府辦"]]  # as printed


def test_a_pipe_table_printed_one_cell_per_line_with_a_person_column():
    text = "\n".join(["2025年开发区重点工作及责任清单", "序号 |", "重点工作 |", "责任领导 |", "责任单位 |", "完成时限 |", "1 |",
                      "坚持服务跟着项目走,优化“重点项目直通车”“无忧办”工作机 制,全力服务重 大项目落地见效。 |", "叶林 |",
                      "招商工作部、安商工作部 |", "全年 |", "2 |", "全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”。 |", "马振明 |",
                      "改革办 |", "全年 |"])  # https://www.ahhuoshan.gov.cn/public/6598161/37968314.html
    tasks = extract_tasks(segment_issue(normalize_lines(text), "huoshan.txt"))
    got = [(t["text"][:8], [u["name"] for u in t["lead"] + t["cooperate"]], t["deadline"]) for t in tasks]
    assert got == [("坚持服务跟着项目", ["招商工作部", "安商工作部"], "全年"), ("全力推进开发区“", ["改革办"], "全年")]


def test_a_list_of_responsible_units_without_a_lead_cooperates_unless_the_document_says_so():
    note = "责任单位：县财政局、县农业农村局"
    assert (parse_roles(note).lead, parse_roles(note).cooperate) == ([], ["县财政局", "县农业农村局"])
    first = document_convention(["负责单位中列第一位者为牵头单位，其余为主要参与单位"])  # 001:841
    assert (parse_roles(note, first).lead, parse_roles(note, first).cooperate) == (["县财政局"], ["县农业农村局"])
    # https://z.hangzhou.com.cn/2020/hzrmzfgb/content/content_7745055.html
    assert document_convention(["二、责任分解中,列第一位的责任单位为牵头单位或汇总单位。"]).first_leads
    all_lead = document_convention(["无牵头单位的，责任单位即为牵头单位。"])
    assert parse_roles(note, all_lead).lead == ["县财政局", "县农业农村局"]
    assert document_convention(["各责任单位要认真履责"]) == Convention()


# (style, source, sentence as printed, lead, cooperate, generic_lead)
SENTENCES = [
    ("took_part", "jilin_liaoyuan-yesheng-dongwu-baohu-wangjianke-converter.txt:1 (other_districts_fresh14; 參加了X牽頭組織的…: "
     "X leads)", "參加了市林業局牽頭組織的聯合執法行動,1月9日對四合院早市、東吉市場、花鳥魚市等多個重點場所進行了檢查,加強了部門之間的協調配合,形成合力,加大野生動物保護工作力度。",
     ["市林业局"], [], []),
    ("joint_no_lead", "guangxi_luchuan-xiaowai-peixun-qibumen-lianhe-zhifa-converter.txt:1 (other_districts_fresh14; A與B、C、D等七部門"
     "展開…: no lead; the bureau keeps its name as printed, its city included — stop 18's convention)",
     "玉林市陸川縣市場(chǎng)監(jiān)督管理局與縣教育局、縣公安局、縣文體局等七部門展開(kāi)了一場(chǎng)全面而深入的聯(lián)合執(zhí)法行動(dòng),對(duì)校外培訓(xùn)機(jī)構(gòu)進(jìn)行了全方位的整治。",
     [], ["玉林市陆川县市场监督管理局", "县教育局", "县公安局", "县文体局"], []),
    ("duty_colon", "county-2023-ziran-zaihai-yingji-yuan-doc-site.txt:2 (other_districts_fresh14; a numbered member unit's duty "
     "inside a page flattened to one line)", "县民政局:支持引导社会力量参与抢险救灾、救 灾捐赠等工作;", ["县民政局"], [], []),
    # listed_actors (fresh14): a report's subject that is a list of bodies, none named to lead, acting at once
    ("joint_no_lead", "liaoning_fuxin-2022-qingjiao-feifa-yanhua-baozhu-news.txt:1 (other_districts_fresh14; A、B开展…统一行动)",
     "连日来,市应急管理局、市公安局开展清缴非法违规烟花爆竹统一行动,重点查处是否存在非法运输、储存烟花爆竹,烟花爆竹批发企业是否销售按照国家标准规定应由专业燃放人员燃放的烟花爆竹等行为。",
     [], ["市应急管理局", "市公安局"], []),
    ("joint_no_lead", "jiangsu_haian-fuxiu-ye-jian-lianhe-zhifa-news.txt:3 (other_districts_fresh14; A、B、class对…开展…联合执法)",
     "我市自5月1日实施伏季休渔政策以来,市农业农村局、公安局、有关区镇对重点海域开展不间断联合执法巡查,打击心存侥幸的渔民单兵游击偷捕和船网团队作业偷捕。(撰稿人:方占海)",
     [], ["市农业农村局", "公安局"], []),
    ("joint_no_lead", "hunan_jianghua-2019-feifa-yanhua-baozhu-xiaohui-news.txt:2 (other_districts_fresh14; A、B、C等有关部门和各乡镇"
     "按照…统一部署)",
     "一年以来,江华公安局、应急管理局、市场监督管理局等有关部门和各乡镇按照县人民政府的统一部署,进一步强化对非法生产、运输、储存销售、燃放烟花爆竹行为的打击查处力度,深入开展打非治违百日行动和烟花爆竹市场专项整治,检查经营单位600余家次,查获非法违法经营储存烟花爆竹经营案件30起,行政拘留3人,严厉打击了非法违法行为,维护了烟花爆竹经营市场秩序,保障了人民群众烟花爆竹消费安全。",
     [], ["江华公安局", "应急管理局", "市场监督管理局"], []),
    ("joint_no_lead", "hubei_yangshi-2025-shuqi-xiaowai-weigui-peixun-zhuanxiang-zhili-news.txt:3 (other_districts_fresh14; "
     "此次行动由A、B…等多部门联合组建…专班; the line's second sentence)",
     "此次行动由街道卫健办、安委办、教育学区、文化站、市场监管等多部门联合组建专项治理专班,对辖区内校外教育培训机构开展全方位、深层次的治理工作。",
     [], ["街道卫健办", "安委办", "教育学区", "文化站", "市场监管"], []),
    ("joint_no_lead", "neimenggu_dayangshu-2026-yesheng-dongwu-baohu-jianguan-news.txt:3 (other_districts_fresh14; A、B、C,联合开展)",
     "近日,大杨树林业公司森林资源管理中心、内蒙古大兴安岭森林公安局大杨树分局、大杨树镇市场监督管理所,联合开展野生动物保护监管行动,着力构建全链条野生动物保护网络。",
     [], ["大杨树林业公司森林资源管理中心", "内蒙古大兴安岭森林公安局大杨树分局", "大杨树镇市场监督管理所"], []),
    ("joint", "fujian_zhangzhou-2022-xiaowai-peixun-jigou-zhuanxiang-zhili-news.txt:4 (other_districts_fresh14; X联合A、…以及B等部门: "
     "以及 joins the last name)",
     "为进一步巩固创城工作成效,推动创建工作提质增效,近日,市教育局联合市市场监管局、市文旅局、芗城区教育局、龙文区教育局以及芗城区巷口派出所等部门对校外培训机构展开专项治理检查。",
     ["市教育局"], ["市市场监管局", "市文旅局", "芗城区教育局", "龙文区教育局", "芗城区巷口派出所"], []),
    ("duty_colon", "town-zhen-tufa-zaihai-yingji-yuan-zhanso-zhize-doc-site.txt:3 (other_districts_fresh14; a town's 站所 duty "
     "list: two units before one colon, no lead marked: they share the duty)",
     "农业服务中心、水利站:负责农业生物灾害应急工作,指导灾区农业生产自救工作;负责防汛抗旱、水库大坝安全事故应急工作;负责日常观测和储备防汛抗旱物资。",
     [], ["农业服务中心", "水利站"], []),
    ("joint_action", "liaoning_dandong-2017-chengxiang-huanjing-weisheng-zhengjie-xingdong-lianhe-ducha-news.txt:1 (other_districts_fresh15; "
     "a count with no 等 closes the list: …、市农委六个重点职能部门组成…)",
     "为推进2017年度全市城乡环境卫生整洁行动各项任务、目标的完成,根据《丹东市爱卫会关于组织开展全市城乡环境卫生整洁行动联合检查的通知》(丹爱卫委〔2017〕10号)安排,9月4日至8日,丹东市爱卫办会同市住建委、市环保局、市工商局、市水务局、市交通局、市农委六个重点职能部门组成联合督查组,对全市2017年度城乡环境卫生整洁行动开展情况进行了为期一周的全面督导检查。",
     ["丹东市爱卫办"], ["市住建委", "市环保局", "市工商局", "市水务局", "市交通局", "市农委"], []),
    ("joint_no_lead", "jiangxi_yudu-2019-qiuji-xiaoyuan-zhoubian-shipin-anquan-jiancha-news.txt:2 (other_districts_fresh15; province "
     "and city before a county's body stay in its name as printed (stop 18's convention; fresh15's gold keeps them); 市场 is no level)",
     "江西省赣州市于都县市场监督管理局、教育局等部门联合开展校园周边食品安全环境整治工作,引导商家落实\"三合一\"进货台帐制度,严查\"三无\"食品。",
     [], ["江西省赣州市于都县市场监督管理局", "教育局"], []),
    ("joint_no_lead", "anhui_huoshan-yanglao-jigou-xiaofang-anquan-lianhe-jiancha-news.txt:1 (other_districts_fresh15; 由A、B、C相关人员"
     "组成的联合检查组: a working group of several bodies' staff, no lead)",
     "连日来,由县民政局、县消防大队、县安监局相关人员组成的联合检查组,对全县各社会养老、福利机构开展消防安全大检查。",
     [], ["县民政局", "县消防大队", "县安监局"], []),
    ("joint_no_lead", "hebei_zanhuang-2023-fangxun-yingji-yuan-tongzhi.txt:20 (other_districts_fresh15; the line's third sentence: "
     "由A、B…各派出…组成防汛专班)",
     "汛期(6月1日—9月30日)由应急管理局、水利局、气象局、农业农村局、自然资源和规划局、住房和城乡建设局各派出一名主管副职,两名业务骨干组成防汛专班,到气象局轮流值班,。",
     [], ["应急管理局", "水利局", "气象局", "农业农村局", "自然资源和规划局", "住房和城乡建设局"], []),
    ("convened", "shanghai_hongkou-2010-jiedao-shichang-jianguan-lianxi-huiyi-zhidu-yijian-tongzhi.txt:9 (other_districts_fresh15; "
     "the bodies whose heads convene a 联席会议 lead it (each street's own office, named by kind, a body all the same), its "
     "成员单位 cooperate; 所在地工商所, whichever station covers the street, names no unit: a class, the integrator's convention "
     "of stop 18)",
     "联席会议由街道办事处分管负责人、所在地工商所主要负责人任召集人,工商分局、区商务委、公安分局、区文化局、区绿化市容局、区环保局、"
     "区房管局、区安监局、区质监局、食药监分局、区知识产权局、区烟草专卖局等部门为成员单位。",
     ["街道办事处"], ["工商分局", "区商务委", "公安分局", "区文化局", "区绿化市容局", "区环保局", "区房管局", "区安监局", "区质监局", "食药监分局",
          "区知识产权局", "区烟草专卖局"], ["所在地工商所"]),
    ("joint_action", "liaoning_huludao-2023-guomen-lijian-lengliang-shipin-zousi-qingcha-news.txt:1 (other_districts_fresh15; "
     "the field the bodies share closes the list: …等涉海职能单位组成工作组)",
     "日前,葫芦岛市公安局沿海安全保卫局联合兴城市农业农村局、市场监督管理局、海警局、海事处等涉海职能单位组成工作组,开展“国门利剑2023”联合专项行动第一次集中清查行动,严厉打击冷链食品走私,整治冷链食品市场秩序,保障人民群众“舌尖上的安全”。",
     ["葫芦岛市公安局沿海安全保卫局"], ["兴城市农业农村局", "市场监督管理局", "海警局", "海事处"], []),
    ("joint_no_lead", "zhejiang_jiande_qiantan-2017-xiaochengzhen-duobumen-lianhe-zuozhan-news.txt:7 (other_districts_fresh15; "
     "A、B…等部门与C镇全体干部分成4组: the town's cadres stand for the town, none leads; 乾 reads 干 once normalised, as the scorer's)",
     "建德市城管局、市场监管局、卫计局、文广新局、交警大队等部门与乾潭镇全体干部分成4组,对集镇各主街道开展了集中整治。",
     [], ["建德市城管局", "市场监管局", "卫计局", "文广新局", "交警大队", "干潭镇"], []),
    ("joint_action", "shanxi_fenxi-daji-feifa-caikuang-tuji-yecha-converter.txt:2 (other_districts_fresh15; converter pinyin; "
     "分别由<official>带领A、B,联合C、D: the team's bodies lead, the partners cooperate, the person is no unit)",
     "此次行動(dòng)分兩個(gè)檢查組,分別由局黨組成員賈虹帶領(lǐng)綜合行政執(zhí)法隊(duì)一中隊(duì)、對竹片區(qū),聯(lián)合對竹鎮(zhèn)政府、派出所對對竹鎮(zhèn)五龍殿與交口縣原上村、與靈石縣梁家墕鄉(xiāng)趙家圪垛村交界處、私挖盜采重點(diǎn)區(qū)域桃花溝、吉王溝進(jìn)行突擊檢查。",
     ["综合行政执法队一中队", "对竹片区"], ["对竹镇政府", "派出所"], []),
    ("joint_action", "shanxi_fenxi-daji-feifa-caikuang-tuji-yecha-converter.txt:3 (other_districts_fresh15; the official's own "
     "centre is not the team)",
     "不動(dòng)產(chǎn)中心主任郭旭紅帶領(lǐng)綜合行政執(zhí)法隊(duì)二中隊(duì)、勍香片區(qū),聯(lián)合勍香鎮(zhèn)政府對勍香鎮(zhèn)盛源礦業(yè)、私挖盜采重點(diǎn)區(qū)域圪魯山、辛莊村以及永安青巖石料廠進(jìn)行了突擊檢查。",
     ["综合行政执法队二中队", "勍香片区"], ["勍香镇政府"], []),
    ("joint_action", "shanxi_fenxi-daji-feifa-caikuang-tuji-yecha-converter.txt:1 (other_districts_fresh15; towns listed before "
     "the last one's 政府 share it: 联合对竹镇、勍香镇政府)",
     "為做好全市“兩會”期間安全生產(chǎn)工作,結(jié)合打擊非法違法采礦“冬季百日行動(dòng)”要求,根據(jù)臨汾市規(guī)劃和自然資源局統(tǒng)一部署,2月23日晚,汾西縣自然資源局聯(lián)合對竹鎮(zhèn)、勍香鎮(zhèn)政府開展打擊非法違法采礦突擊夜查行動(dòng)。",
     ["汾西县自然资源局"], ["对竹镇政府", "勍香镇政府"], []),
    ("joint_action", "fujian_fuzhou-2024-lanjian-kaiyu-lianhe-zhifa-xingdong-news.txt:10 (other_districts_fresh15; X牵头 a class "
     "whose scope is printed before 各: generic)",
     "为加强开渔后的海上船舶安全生产监管,严厉打击非法捕捞行为,强化乡镇涉渔船舶监管,维护海区安定稳定,福州市海洋与渔业执法支队牵头辖区沿海各县级渔业执法机构开展“蓝剑2024-9”之开渔联合执法行动。",
     ["福州市海洋与渔业执法支队"], [], []),
    ("duty_colon", "beijing-huanjing-zhixu-zonghe-zhengzhi-chengyuan-danwei-zhize-law-database-page4.txt:4 (other_districts_fresh15; "
     "a member unit's duty opening 负责协同Y: Y cooperates)",
     "市工商局:负责协同城管执法部门查处依托门店店外经营、依托门店经营非法大排档、非法小广告印制行为,并协助相关部门推进便民社区市场建设。",
     ["市工商局"], ["城管执法部门"], []),
    ("duty_colon", "beijing-huanjing-zhixu-zonghe-zhengzhi-chengyuan-danwei-zhize-law-database-page4.txt:7 (other_districts_fresh15; "
     "负责会同A、B部门: the fields sharing 部门 cooperate, read as 规划、土地部门 is)",
     "市文化执法总队:负责会同公安、城管部门查处非法销售盗版光盘等非法出版物的违法行为。", ["市文化执法总队"], ["公安", "城管"], []),
    ("duty_colon", "beijing-huanjing-zhixu-zonghe-zhengzhi-chengyuan-danwei-zhize-law-database-page4.txt:3 (other_districts_fresh15; "
     "the bodies the subject guides 配合, not the subject: it leads)",
     "市社会办:指导各区县社会办配合有关部门做好社区环境整治工作;推动“一刻钟社区服务圈”等便民设施建设;指导发动社区居民参与社区管理。",
     ["市社会办"], [], []),
    ("duty_colon", "town-zhen-tufa-zaihai-yingji-yuan-zhanso-zhize-doc-site.txt:4 (other_districts_fresh14; one unit: it answers)",
     "计生办:负责公共卫生事件的应急工作;", ["计生办"], [], []),
    ("duty_sentence", "fujian-canzhuo-wuran-shipin-fangxin-gongcheng-fangan-template-site.txt:15 (other_districts_fresh11; "
     "由X负责 opening the sentence, Y配合 after it)",
     "由省经贸委负责,省农业厅、环保局、福建出入境检验检疫局、厦门出入境检验检疫局配合,加快省级无公害畜禽基地建设,确定一批省级规模生猪、蛋禽无公害基地。",
     ["省经贸委"], ["省农业厅", "环保局", "福建出入境检验检疫局", "厦门出入境检验检疫局"], []),
    ("duty_sentence", "fujian-canzhuo-wuran-shipin-fangxin-gongcheng-fangan-template-site.txt:13 (other_districts_fresh11; "
     "由X承办, Y协办)",
     "由省经贸委承办,省农业厅、卫生厅、公安厅、环保局、质监局、工商局、福建出入境检验检疫局、厦门出入境检验检疫局协办。",
     ["省经贸委"], ["省农业厅", "卫生厅", "公安厅", "环保局", "质监局", "工商局", "福建出入境检验检疫局", "厦门出入境检验检疫局"], []),
    ("duty_sentence", "fujian-2015-xiang-canzhuo-wuran-shipin-fangxin-gongcheng-fangan-doc-site.txt:41 (other_districts_fresh11; "
     "由X承办, Y配合)", "由乡三农服务中心承办,乡畜牧站、卫生院、派出所、工商所配合。", ["乡三农服务中心"],
     ["乡畜牧站", "卫生院", "派出所", "工商所"], []),
    ("duty_sentence", "fujian-canzhuo-wuran-shipin-fangxin-gongcheng-fangan-template-site-s2twp.txt:13 (other_districts_fresh11; "
     "traditional: 由X承辦, Y協辦)", "由省經貿委承辦,省農業廳、衛生廳、公安廳協辦。", ["省经贸委"], ["省农业厅", "卫生厅", "公安厅"], []),
    ("distributive", "003_4e5ccb238a0f172a.txt:166",
     "（四）总部企业扶持措施中提到的就医绿色通道、养老服务、公办学校学位分别由区卫健局、区民政局、区教体局负责细则的制定和执行。",
     ["区卫健局", "区民政局", "区教体局"], [], []),
    ("duty_sentence", "003_4e5ccb238a0f172a.txt:752 (article style)",
     "第四条 张店区发展和改革局负责张店区企业公共信用评价政策制定和指导协调，牵头负责全区企业公共信用评价的标准制定。",
     ["张店区发展和改革局"], [], []),
    ("joint", "001_ace590f4be284911.txt:1064",
     "区编办会同区委组织部、区财政局、区人社局、区政府法制办及各涉改部门，按照上级要求的时间节点抓好相关事项的组织实施。",
     ["区编办"], ["区委组织部", "区财政局", "区人社局", "区政府法制办"], []),
    ("charged_by", "001_ace590f4be284911.txt:288",
     "召开会议部署后，全区盐业行业管理、食盐专营和食盐安全监管工作由区经信局负责。", ["区经信局"], [], []),
    ("duty_sentence", "http://smx.gov.cn/28006/615954816/943543.html (三政办〔2020〕19号)",
     "市政府各有关部门负责本部门职权范围内赋权事项的下放工作,灵宝市负责下放权限的承接工作。", [], [], ["市政府各有关部门"]),
    ("duty_sentence", "001_ace590f4be284911.txt:2311 (X要…, units without 区)",
     "教体局要将残疾儿童康复救助工作纳入特殊教育发展规划。", ["教体局"], [], []),
    ("duty_sentence", "http://www.gfx.gov.cn/qzfb/ndgzfj/202108/953da6dab3f149e6a210b729ade32c7d.shtml (X将…)",
     "区政府督查室将对各单位重点工作的全年完成情况调度通报。", ["区政府督查室"], [], []),
    ("duty_sentence", "https://jxtv3.com/html/.zfwjzcjd.201208t20120810_3827283.html (a 由X clause of its own)",
     "由区督查组综合后向区政府汇报。", ["区督查组"], [], []),
    ("duty_sentence", "http://ghzrzyw.beijing.gov.cn/zhengwuxinxi/gzdt/mtg/202305/t20230525_3113002.html (X牵头研究…)",
     "区发改委牵头研究相关政策,纳入相应计划,同", ["区发改委"], [], []),
    ("led_attended", "https://www.clxzf.gov.cn/single/75/11426.html (由X牵头…由Y…参加)",
     "8月14日由县教育体育局牵头召开了由县财政局、民政局、扶贫办、工会、共青团昌黎县委、残联七部门主管领导参加的大学新生入学救助工作联席会议。",
     ["县教育体育局"], ["县财政局", "民政局", "扶贫办", "工会", "共青团昌黎县委", "残联"], []),
    ("led_by", "constructed (X牵头，Y配合 without 由)", "县发改局牵头，县财政局、县商务局配合，制定实施方案。",
     ["县发改局"], ["县财政局", "县商务局"], []),
    ("led_by", "shaanxi_xunyang-tuigeng-huanlin-sanxiang-jizhi.txt:12 (other_districts_fresh6; Y共同参与)",
     "在政府领导下,由林业局牵头,自然资源局、县农业农村局共同参与的联席会议制度和协调联动机制,对重点工作和重要事项进行联合会商。",
     ["林业局"], ["自然资源局", "县农业农村局"], []),
    ("led_by", "constructed (X牵头抓总，Y配合)", "县发改局牵头抓总，县财政局配合。", ["县发改局"], ["县财政局"], []),
    ("duty_sentence", "constructed (X负责…，Y配合)", "县发改局负责项目审批，县财政局配合。", ["县发改局"], ["县财政局"], []),
    ("led_by", "constructed (X牵头、Y配合…)", "县发改局牵头、县财政局配合做好项目申报。", ["县发改局"], ["县财政局"], []),
    ("duty_sentence", "constructed (X要…，Y配合做好…: the cooperating clause need not close the sentence)",
     "县政府督查室要加强跟踪督办,县委办、县政府办配合做好相关工作。", ["县政府督查室"], ["县委办", "县政府办"], []),
    ("joint", "constructed (X牵头，会同Y…)", "县委编办牵头,会同县人社局、县财政局制定实施方案。", ["县委编办"], ["县人社局", "县财政局"], []),
    ("joint", "constructed (X会同Y负责…)", "县委编办会同县人社局负责制定实施方案。", ["县委编办"], ["县人社局"], []),
    ("duty_sentence", "constructed (第N条 X是…主管部门，负责…)",
     "第五条 县住房和城乡建设局是本县物业管理的主管部门,负责全县物业管理活动的监督管理工作。", ["县住房和城乡建设局"], [], []),
    ("charged_by", "constructed (由X负责，Y配合)", "此项工作由县发改局负责，县财政局配合。", ["县发改局"], ["县财政局"], []),
    ("delegated", "sichuan-dazhu-chengshi-guihuaqu-zhili-zhize-you-xian-gonganju-weituo-chengguanban.txt:22 (other_districts_tasks107; "
     "应由A负责…,现由X委托Y负责: Y, the body now charged, leads)",
     "三、人力三轮车、板架车的行驶行为按照《中华人民共和国道路交通安全法》规定应由公安部门负责管理,现由县公安局委托县城管办负责管理,并行使行政处罚权。",
     ["县城管办"], [], []),
    ("charged_by", "tasks58 shaanxi-pingli-shirong-zhengzhi-tongbao-wenti-zhenggai-cuoshi-you-x-ducu.txt:17 (由包片单位X督促…: the "
     "role word no part of the name)", "整改措施:由包片单位县文广局督促住户移走晾晒的衣物,并加强教育引导,提高居民文明素质和生态意识。",
     ["县文广局"], [], []),
    ("required_subject", "tasks58 hunan-linan-zhen-jiegan-jinshao-xunchadui-baobao-ganbu-persons.txt:1 (会议要求,X、cadres严格按照…)",
     "会议要求,镇秸秆禁烧巡查队、镇村两级包保干部严格按照《澧南镇农作物秸秆禁烧工作方案》执行24小时值班巡查;",
     ["镇秸秆禁烧巡查队"], [], []),
    ("charged_by", "constructed (由X、Y共同负责)", "由县发改局、县财政局共同负责。", ["县发改局", "县财政局"], [], []),
    ("charged_by", "tasks31 guangdong_guangzhou-yingjiju-tian-banli-zhuban-huiban.txt:21 (a proposal由X主办,A、B…会办; "
     "http://yjglj.gz.gov.cn/gzajj/ajxw_xzgw/201909/e10d534da448456d8c711db19d0f232c.shtml)",
     "根据市政府办公厅的工作安排,1006号提案由我局主办,市发展改革委、公安局、民政局、卫生健康委、政务服务数据管理局、气象局会办。",
     ["我局"], ["市发展改革委", "公安局", "民政局", "卫生健康委", "政务服务数据管理局", "气象局"], []),
    # ---- benchmarks/data/other_districts_fresh (promoted to development)
    ("person_led", "hebei_weixian-sanqu-news-prose.txt:9 (由领导牵头: a person; X负责, Y等其他相关单位配合)",
     "由相关县领导牵头,县自然资源和规划局负责,住建局、发改局等其他相关单位加强配合协调,抽调业务骨干,成立工作专班,坚持集中办公。",
     ["县自然资源和规划局"], ["住建局", "发改局"], []),
    ("person_led", "constructed (a leader named with title and name, no 由)",
     "县委常委、常务副县长张三牵头,县发改局负责,县财政局配合。", ["县发改局"], ["县财政局"], []),
    ("role_named", "constructed (X为牵头单位，Y为配合单位 in running text)", "县发改局为牵头单位,县财政局为配合单位。",
     ["县发改局"], ["县财政局"], []),
    ("role_named", "constructed (X作为牵头单位，要会同Y…)", "县发改局作为牵头单位,要会同县财政局制定方案。", ["县发改局"], ["县财政局"], []),
    ("listed_duties", "fujian_xiamen-dadeng-decree-lawsite.txt:30 (设立X(以下简称Y),履行下列职责)",
     "第三条 市人民政府设立厦门市大嶝对台小额商品交易市场管理委员会(以下简称管委会),履行下列职责:",
     ["厦门市大嶝对台小额商品交易市场管理委员会"], [], []),
    ("joint", "jiangxi_huichang-minsheng-huitong.txt:17 (X要会同Y对…: the names end where the duty begins)",
     "县发改委要会同县督查落实办对相关工作进行督导,对严重滞后的事项进行通报并挂牌督办。", ["县发改委"], ["县督查落实办"], []),
    ("joint", "004_02113af7f14ec3cd.txt:648 (X将会同Y、Z对…)",
     "区政府办公室将会同区委编办、张店区公安分局、区司法局对印章时", ["区政府办公室"], ["区委编办", "张店区公安分局", "区司法局"], []),
    # benchmarks/data/other_districts_fresh2 (scored once as never seen, then development)
    ("duty_sentence", "ningxia_xingqing-shishi-fenjie-notitle.txt:9 (X将严格按照…: 将 before a duty's opening word)",
     "兴庆区政府办公室将严格按照“年初建账、逐月查账、年底交账”的督查制度,加强跟踪督查。", ["兴庆区政府办公室"], [], []),
    ("joint_action", "hubei_jiayu-xiaofang-news.txt:11 (下一步,X将联合相关部门开展…: the joint action with a class of partners; "
     "was read by the later-clause subject style before fresh13)",
     "下一步,县安委办将联合相关部门开展专项督查,确保各项工作落实落地。", ["县安委办"], [], []),
    ("duty_sentence", "sichuan_cangxi-chanyeyuan-zeren.txt:9 (…的,X将严肃追责问责)",
     "对项目推进工作不力、进度缓慢、工作失职影响项目实施的,县纪委监委将严肃追责问责。", ["县纪委监委"], [], []),
    ("duty_sentence", "sichuan_cangxi-chanyeyuan-zeren.txt:8 (two named towns share the duty)",
     "亭子镇、浙水乡负责做好项目规划、设计、实施、验收、审计、资金使用管理、后期运行管护等工作;", ["亭子镇", "浙水乡"], [], []),
    ("duty_sentence", "sichuan_cangxi-chanyeyuan-zeren.txt:8 (X等<a class of departments>要: the class is generic)",
     "县国农区办等有资金整合任务的县级部门要切实做好项目的规划申报,编制施工设计方案", ["县国农区办"], [],
     ["有资金整合任务的县级部门"]),
    ("duty_sentence", "jiangxi_xinfeng-gengdi-news-prose.txt:2 (the members of a bureau act for it)",
     "县自然资源局全体班子成员要带领股室吃住在镇村,加强技术指导,提速整改。", ["县自然资源局"], [], []),
    ("duty_sentence", "jiangxi_xinfeng-gengdi-news-prose.txt:2 (四是X要…: the ordinal is no part of the subject)",
     "四是县政府督查室要加强督查,尤其是对落后乡镇重点督", ["县政府督查室"], [], []),
    ("role_holder", "henan_xiuwu-lianxi-huiyi-news.txt:2 (…的牵头部门为X; 成员包括Y等: members cooperate, the lead and "
     "the class 建制镇政府 excepted)",
     "据了解,修武县推行的城镇基础设施建设管理工作联席会议的牵头部门为县住房城乡建设局,主要负责联合会议的前期筹备,组织落实、综合协调和督办"
     "检查等日常工作,联席会议的成员包括建制镇政府、发改委、财政局、住房城乡建设局、环保局、水利局等。",
     ["县住房城乡建设局"], ["发改委", "财政局", "环保局", "水利局"], []),
    ("role_holder", "tasks31 xizang_lasa-zhifa-liandong-qiantou-xiezuo-danwei.txt:40 (牵头单位为A、B,协作单位为C…: the partners "
     "named the same way; https://www.lasa.gov.cn/lasa/wjzl/202506/e8e6de986b934d8784145bf83aa1660d.shtml)",
     "牵头单位为市公安局、市文化和旅游局,协作单位为市交通运输局、市市场监督管理局、市城市管理局、市文化市场综合行政执法队、市卫生健康委员会、"
     "市消防救援支队。", ["市公安局", "市文化和旅游局"], ["市交通运输局", "市市场监督管理局", "市城市管理局", "市文化市场综合行政执法队",
                                            "市卫生健康委员会", "市消防救援支队"], []),
    ("role_holder", "tasks31 xizang_lasa-zhifa-liandong-qiantou-xiezuo-danwei.txt:42 (one lead, 协作单位为…)",
     "牵头单位为市生态环境局,协作单位为市公安局、市农业农村局、市自然资源局、市林业和草原局、市水利局。",
     ["市生态环境局"], ["市公安局", "市农业农村局", "市自然资源局", "市林业和草原局", "市水利局"], []),
    ("role_holder", "shaanxi_yanan-xuke-lawsite.txt:58 (…管理机关为X,负责…; the article number misprinted 条五条)",
     "条五条 市级行政许可项目管理机关为市政府法制办公室,负责市级行政许可项目的登记、目录编制、项目公布。", ["市政府法制办公室"], [], []),
    ("duty_sentence", "shandong_qingdao-baozhangfang-news-trad.txt:3 (X要发挥好牵头作用,fields等部门要紧密配合)",
     "市國土資源房管部門要發揮好牽頭作用,發展改革、財政、城鄉建設、規劃、民政、公用事業、物價等部門要緊密配合,為保障性住房建設積極開通綠色通道。",
     ["市国土资源房管部门"], ["发展改革", "财政", "城乡建设", "规划", "民政", "公用事业", "物价"], []),
    ("duty_sentence", "shandong_qingdao-baozhangfang-news-trad.txt:3 (functional names sharing one 部门)",
     "規劃、土地部門要嚴格落實用地結構比例,進一步加快審批工作;", ["规划", "土地"], [], []),
    ("duty_sentence", "shandong_qingdao-baozhangfang-news-trad.txt:3 (X和Y部门,要…: a comma before 要)",
     "發展改革和財政部門,要主動落實保障性住房建設資金;", ["发展改革", "财政"], [], []),
    ("duty_sentence", "constructed (住房和城乡建设 is one field: a single functional name keeps 部门)",
     "住房和城乡建设部门要加强监管。", ["住房和城乡建设部门"], [], []),
    ("duty_sentence", "shandong_qingdao-baozhangfang-news-trad.txt:3 (年底前X要…: the time is no part of the subject)",
     "保障性住房建设已经纳入了全市的目标绩效考核,年底前市政府要组织对各区、市目标完成情况进行考评打分。", ["市政府"], [], []),
    ("duty_sentence", "shandong_qingdao-baozhangfang-news-trad.txt:3 (按照Y要求: 要求 is no 要)",
     "按照國務院督查組要求,市監察部門要抓緊研究制定相關約談問責辦法", ["市监察部门"], [], []),
    ("charged_by", "jiangsu_wuxi-jishi-tiaoli-lawsite.txt:35 (由当地X实施…管理: 当地 is no part of the name)",
     "第六条 城乡集市贸易由当地工商行政管理机关实施行政管理和监督。", ["工商行政管理机关"], [], []),
    ("joint", "hunan_youxian-touzi-converter-oneline.txt:1 (X商Y、Z、<class>等部门统筹提出: the consulted units cooperate)",
     "县发改局商县财政局、县自然资源局、行业主管等部门统筹提出政府投资计划建议方案", ["县发改局"], ["县财政局", "县自然资源局"], []),
    ("joint", "hunan_youxian-touzi-converter-oneline.txt:1 (由X牵头Y、<class>核查…: no comma after 牵头)",
     "由县发改局牵头县财政局、行业主管部门核查责任", ["县发改局"], ["县财政局"], []),
    ("duty_sentence", "hunan_youxian-touzi-converter-oneline.txt:1 (第N条 X必须…)",
     "第三十三条县发改局必须严格落实政府投资项目的概算审批、监督和调整职责", ["县发改局"], [], []),
    ("duty_sentence", "hunan_youxian-touzi-converter-oneline.txt:1 (X和<class>应当…)",
     "县发改局和行业主管部门应当建立完善政府投资项目评估督导制度并组织实施。", ["县发改局"], [], ["行业主管部门"]),
    ("charged_by", "hunan_youxian-touzi-converter-oneline.txt:1 (…由X组织实施)",
     "政府性投资项目结算审计由县审计局组织实施", ["县审计局"], [], []),
    ("duty_sentence", "hunan_fenghuang-nongye-jiedu-qa.txt:9 (X和Y一起来管: both lead)", "县财政局和县农业局一起来管。",
     ["县财政局", "县农业局"], [], []),
    ("duty_sentence", "hunan_fenghuang-nongye-jiedu-qa.txt:15 (a spoken answer: X会发布…, after a time clause)",
     "每年9月底前,县农业局会发布下一年的项目申报指南。", ["县农业局"], [], []),
    (None, "constructed from 001_ace590f4be284911.txt:730 (社会组织 holds no 会 verb)", "培育和发展残疾人社会组织,积极推进。",
     [], [], []),
    ("duty_sentence", "hunan_xiangyin-yingshang-qiantou.txt:28 (由高新区负责…: a 高新区 is a unit)",
     "由高新区负责为入园企业提供全程无偿代办服务", ["高新区"], [], []),
    ("office_seat", "sichuan_qianwei-sigongyinong-news.txt:4 (在X设置办公室并负责总牵头工作)",
     "按照市委、市政府要求建立县级“四公一农”建设提升行动工作专班,在县住房城乡建设局设置办公室并负责总牵头工作,负责统筹推进全县工作。",
     ["县住房城乡建设局"], [], []),
    ("office_seat", "001_ace590f4be284911.txt:232 (…办公室设在X，具体负责…: the office leads, decision F)",
     "联席会议办公室设在区金融办，具体负责联席会议日常工作，各成员单位按照工作职责各负其责、协同推进。", ["联席会议办公室"], [], []),
    ("charged_by", "jiangsu_suqian-yiliao-jiuzhu-lawsite.txt:30 (由X主管; 社会参与 is no unit)",
     "医疗救助由民政部门主管,实行政府主导与社会参与相结合,坚持因地制宜", ["民政部门"], [], []),
    ("mechanism", "anhui_dingyuan-weifang-gaizao-news.txt:8 (other_districts_fresh3: a mechanism named clause by clause)",
     "每年县政府与相关乡镇签订责任书,明确任务,明确责任,形成由县统一领导, 建设主管部门牵头,乡镇政府组织实施,相关部门积极配合的工作机制。",
     ["建设主管部门"], [], []),
    (None, "constructed (a X牵头 clause with no one sharing the work after it is no mechanism)",
     "形成由县统一领导,建设主管部门牵头的工作机制。", [], [], []),
    ("joint", "yunnan_pingbian-xiaojing-tian-dafu.txt:13 (other_districts_fresh3: X已联合Y启动…)",
     "县教体局已联合县公安局启动校警配置专项工作。", ["县教体局"], ["县公安局"], []),
    ("joint", "guangdong_longhua-jiuxiao-changsuo-nav.txt:3 (other_districts_fresh3: …部署,X组织A、B…及各街道统一…开展…)",
     "按照国家、省、市、区安全生产治本攻坚三年行动相关要求及区委、区政府安全生产工作部署,区安委办组织区教育局、区商务局、"
     "区文化广电旅游体育局、区卫生健康局、市公安局龙华分局及各街道统一时间、统一标准,开展第三季度九小场所全区统一专项整治行动。",
     ["区安委办"], ["区教育局", "区商务局", "区文化广电旅游体育局", "区卫生健康局", "市公安局龙华分局"], []),
    ("duty_sentence", "hebei_qianxi-xiaoyuan-zhili-meipian.txt:5 (other_districts_fresh3: fields before 等部门 as the subject)",
     "县公安、住建等部门要加大对校园及周边的执法检查力度,严肃查处各类违法犯罪行为。", ["县公安", "住建"], [], ["等部门"]),
    (None, "hebei_qianxi-xiaoyuan-zhili-meipian.txt:5 (other_districts_fresh3: 负责同志 are persons attending, no duty)",
     "县检察院、公安局、司法局、教育局、住建局、市场监管局、交运局、卫健局、文旅局、联运公司等部门负责同志参加会议。", [], [], []),
    ("duty_sentence", "001_ace590f4be284911.txt:1199 (由X组织对…: 组织 before no named body names no cooperating unit)",
     "由区房管局组织对镇（街道）住宅小区物业管理全覆盖工作情况进行考核。", ["区房管局"], [], []),
    ("role_named", "hubei_chongyang-gonggong-wenhua-shifanqu-news.txt:5 (other_districts_fresh4: X作为创建牵头单位, in a later clause)",
     "就加快推进我县省级现代公共文化服务体系示范区创建工作,王良永要求各成员单位要组建创建专班,制订一套完善的工作方案,"
     "县文广新局作为创建牵头单位要抓好与各成员单位的沟通协调和业务指导。", ["县文广新局"], [], []),
    ("duty_sentence", "sichuan_kaijiang-changwu-huiyi-fengong.txt:10 (other_districts_fresh4: several bodies 要分工协作, none leads)",
     "把握污染防治三大攻坚战、长江上游生态屏障建设等政策空间,开江生态环境局、县住建局、县农业农村局、县自然资源局、县水务局等部门"
     "要分工协作,全力做好项目包装、专项资金争取等工作。", [], ["开江生态环境局", "县住建局", "县农业农村局", "县自然资源局", "县水务局"], []),
    ("duty_sentence", "gansu_qingshui-dawen-gonglu-zhengzhi-news.txt:13 (other_districts_fresh3: several bodies 要 + a duty of their own lead)",
     "三要严明纪律,严肃问责,县委办、政府办和道交委办要定期不定期的进行督导和跟踪检查,倒逼责任落实。", ["县委办", "政府办", "道交委办"], [], []),
    ("joint", "yunnan_yimen-lianhe-zhengzhi-news.txt:4 (other_districts_fresh4: X联合Y…6家单位: the count is no part of the last name)",
     "日前,易门县龙泉街道联合县委统战部、县市场监管局、县工信局、县住建局、县卫健局、县计生协6家单位对易兴商场进行集中整治。",
     ["易门县龙泉街道"], ["县委统战部", "县市场监管局", "县工信局", "县住建局", "县卫健局", "县计生协"], []),
    ("duty_sentence", "fujian_licheng-rencai-lingdao-xiaozu-news.txt:18 (other_districts_fresh5: fields sharing one 部门, one of "
     "two characters that ends like a unit: 人社)", "组织、人社部门要牵头抓总,加强工作统筹协调,", ["组织", "人社"], [], []),
    ("duty_sentence", "hunan_xiangyin-yingshang-qiantou.txt:28 (other_districts_fresh2: another body's staff do their share "
     "of the charged task: the body cooperates)",
     "由高新区负责为入园企业提供全程无偿代办服务,县政务服务中心代办人员对应实施“绿色通道”服务,保证企",
     ["高新区"], ["县政务服务中心"], []),
    ("charged_by", "constructed (the staff of a class are no named body)",
     "项目资金由县财政局负责拨付,各镇工作人员配合做好核查。", ["县财政局"], [], []),
    ("duty_sentence", "https://ppfocus.com/0/sp8ecee5a.html (traditional, article style, generic subject)",
     "第三條 鄉鎮人民政府負責本轄區內宅基地審批和監督管理工作。", [], [], ["乡镇人民政府"]),
    # news of a joint action (other_districts_fresh12): X联合/会同/组织/牵头组织/牵头联合 A、B…(等部门) + the action
    ("joint_action", "jiangxi_fenyi-xiaoyuan-zhoubian-huanjing-jizhong-zhengzhi-news.txt:3 (fresh12: X联合 fields 等部门 开展)",
     "2月10日,县教体局联合公安、城管、市场监管、烟草专卖等部门开展全县校园及周边环境集中综合整治行动,全力护航“开学季”。",
     ["县教体局"], ["公安", "城管", "市场监管", "烟草专卖"], []),
    ("joint_action", "hunan_zhuzhouxian-2016-xiaoyuan-zhoubian-zhian-huanjing-zhengzhi-news.txt:10 (fresh12: X牵头组织 … 等综治成员单位,开展)",
     "近日,县综治办牵头组织公安、城管、教育、市场和质量监督管理、文体广新等综治成员单位,开展了校园及周边治安环境集中整治专项行动。",
     ["县综治办"], ["公安", "城管", "教育", "市场和质量监督管理", "文体广新"], []),
    ("joint_action", "fujian_yunxiao-2025-liangjie-anquan-shengchan-zhudian-dudao-news.txt:9 (fresh12: X牵头联合A、B、C,抽调…)",
     "连日来,云霄县安办牵头联合应急局、消防大队、公安交警大队,抽调精干业务人员,组成2个督导组下沉乡镇(开发区)开展“两节”期间安全生产驻点督导服务。",
     ["云霄县安办"], ["应急局", "消防大队", "公安交警大队"], []),
    ("joint_action", "anhui_guzhenzhen-2024-ranqi-fanghuwang-news.txt:9 (fresh12: staff joined to the list are no unit)",
     "固镇镇建设所联合应急所、市场监督管理所、城管中队及气站技术人员对镇内使用燃气餐饮场所进行了全覆盖检查,固镇镇共排查餐饮场所企业56家。",
     ["固镇镇建设所"], ["应急所", "市场监督管理所", "城管中队"], []),
    ("joint", "hubei_xiaonan-shuyuan-jiedao-weizhang-jianzhu-jizhong-zhengzhi-news.txt:3 (fresh12: a named street office leads; "
     "named 社区 are units of the list; read by the 联合 list reader since a named 社区 is a unit, stop 27)",
     "12月26日至27日,书院街道办事处联合区城市管理综合执法大队、季庙社区、后湖社区、西湖桥社区、北外社区、书院社区、书院派出所、书院卫生服务中心等单位,"
     "对书院街道辖区居民擅自私建的违章建筑物进行集中整治。",
     ["书院街道办事处"], ["区城市管理综合执法大队", "季庙社区", "后湖社区", "西湖桥社区", "北外社区", "书院社区", "书院派出所",
                     "书院卫生服务中心"], []),
    ("joint_action", "jiangxi_yiyang-2022-zhongqiu-xiaowai-peixun-jigou-lianhe-ducha-meipian.txt:5 (fresh12: 一行7人 closes the list)",
     "9月11日,教体局联合公安局、市管局、民政局一行7人对全县校外培训机构停课情况进行实地督查。", ["教体局"], ["公安局", "市管局", "民政局"], []),
    ("joint_action", "henan_xingyang-jingchenglu-jiedao-chaiwei-jizhong-xingdong-news.txt:1 (fresh12: 等相关职能部门共计183人)",
     "3月29日,京城路街道联合城市管理局、公安局、住建局等相关职能部门共计183人,出动工程车4台、耗时5小时,对大海寺路堡王村口进行清理。",
     ["京城路街道"], ["城市管理局", "公安局", "住建局"], []),
    ("joint_action", "sichuan_yingjing-xiaowai-peixun-jigou-zhuanfang-jiancha-news.txt:1 (fresh12: 活动由X联合A、B对…)",
     "活动由县文体旅局联合县教育局、县市场监管局对全县开展校外培训市场规范行动,对辖区办学机构加大查处力度。",
     ["县文体旅局"], ["县教育局", "县市场监管局"], []),
    ("joint", "fujian_shaxian-2025-xiaoyuan-zhoubian-anquan-wenti-zhengzhi-news.txt:2 (fresh12: the 和 inside a name joins nothing)",
     "近日,沙县区教育局会同三明市公安局沙县分局、区市场监督管理局、区文体和旅游局、区城市管理和综合执法局等相关部门,开展校园及周边安全问题整治行动。",
     ["沙县区教育局"], ["三明市公安局沙县分局", "区市场监督管理局", "区文体和旅游局", "区城市管理和综合执法局"], []),
    ("joint", "guizhou_dejiang-2025-chungeng-nongzi-dajia-zhuanxiang-zhengzhi-news.txt:11 (fresh12: 等多部门 dropped)",
     "2月26日,德江县农业农村局联合县市场监管局、公安局等多部门,全面启动农资打假专项整治行动,严厉打击各类制售假劣农资违法行为。",
     ["德江县农业农村局"], ["县市场监管局", "公安局"], []),
    ("joint_action", "henan_xinyang-2010-nanjinglu-jiedao-sida-luanjian-zhengzhi-photo-news.txt:1 (fresh12: X组织 fields 等部门)",
     "按照羊山新区《关于开展非法占地私搭乱建抢搭抢建专项整理活动的通告》的要求,南京路街道办事处组织行政执法、公安、规划、综治办等部门,"
     "集中开展整治私搭乱建行为的行动。", ["南京路街道办事处"], ["行政执法", "公安", "规划", "综治办"], []),
    ("joint_no_lead", "chongqing_yunyang-2020-xiaowai-peixun-jigou-zhuanxiang-paicha-news.txt:1 (fresh12: A、B、C等部门联合开展, no lead)",
     "云阳网讯(记者 王月园)8月31日,县教委、县公安局、县市场监管局等部门联合开展校外培训机构专项排查治理工作。",
     [], ["县教委", "县公安局", "县市场监管局"], []),
    ("joint_action", "liaoning-2025-jiguan-shiwu-guanliju-lianhe-anquan-dajiancha-news.txt:7 (fresh12: X组织…等单位成立检查组; "
     "the office printed after its bureau, glued, each with its own level, acts)",
     "9月2日,省机关事务管理局省政府机关保卫处组织沈阳市公安局文保分局、皇姑消防大队、行政管理一处、供电所、物业公司等单位成立联合安全检查组,"
     "对省政府北陵大院集中办公区开展安全隐患风险联合大检查。",
     ["省政府机关保卫处"], ["沈阳市公安局文保分局", "皇姑消防大队", "行政管理一处", "供电所", "物业公司"], []),
    ("joint_no_lead", "jiangxi_gongqingcheng-2018-chunji-nongzi-dajia-zhuanxiang-zhengzhi-news.txt:1 (fresh12: a unit keeps its "
     "name as printed, the place before it included: the integrator's convention of stop 18)",
     "3月20号,江西共青城市市监局、农林水务局、综合执法大队、森林公安等单位联合开展“2018年春季农资打假专项整治行动”。",
     [], ["江西共青城市市监局", "农林水务局", "综合执法大队", "森林公安"], []),
    ("joint_action", "fujian_cangshan-2021-jiedao-weijian-chaichu-news.txt:1 (fresh12: two streets lead, the first named as printed, "
     "仓山区 included; the single 区城管局 keeps its own)",
     "从26日至27日,仓山区对湖街道、金山街道联合仓山区城管局组成执法队伍,对各自辖区内巡查发现的共计5处违建进行拆除。",
     ["仓山区对湖街道", "金山街道"], ["仓山区城管局"], []),
    ("led_by", "shanghai_zhenxin-2018-jiedao-shangqu-zhuanxiang-zhengzhi-news.txt:3 (fresh12: 由X牵头落实, A…和B分别负责, C联合参与)",
     "本次行动由社区发展办牵头落实,街道总工会、党建服务中心、联勤中心、资产公司和金栅桥村分别负责,城管中队联合参与。",
     ["社区发展办"], ["街道总工会", "党建服务中心", "联勤中心", "资产公司", "金栅桥村", "城管中队"], []),
    ("led_by", "sichuan_leizuzhen-2022-ranqi-anquan-zhuanxiang-zhili-jiancha-news.txt:9 (fresh12: 由X牵头, A、B和C抽调…组成专班)",
     "1月10日,由嫘祖镇村镇办牵头,镇应急办、消防站和镇属天然气公司抽调8名工作人员组成检查专班,针对辖区内学校等人员集聚性场所展开燃气安全专项治理检查。",
     ["嫘祖镇村镇办"], ["镇应急办", "消防站", "镇属天然气公司"], []),
    ("led_by", "yunnan_yaoan-2016-yongjiu-jiben-nongtian-huading-lingdao-xiaozu-huiyi-news.txt:15 (fresh12: X牵头, Y等部门密切配合)",
     "县国土资源局牵头,县发改局、县住建局等部门密切配合,抢抓时间,全力推进本次永久基本农田划定工作。",
     ["县国土资源局"], ["县发改局", "县住建局"], []),
    # fresh13 (other_districts_fresh13, scored once as never-seen, then opened to development)
    ("joint_action", "hunan_anxiang-2023-ranqi-anquan-lianhe-zhifa-news.txt:21 (fresh13: X还将牵头 fields 等部门: 牵头 with its object)",
     "下一阶段,县应急管理局还将牵头商务、市场监管等部门,对全县餐饮企业进行再排查再整治,对燃气气瓶管道、报警器、接驳软管、泄漏报警装置和用气环境安全等进行深入排查整治,"
     "对不符合用气条件的商家,第一时间下达停业整改通知书并取消供气。", ["县应急管理局"], ["商务", "市场监管"], []),
    ("joint_action", "hubei_fangxian-ranqi-anquan-yecha-xingdong-news.txt:7 (fresh13: …,并牵头A、B…成立小组: the subject carried from "
     "the clause before)",
     "房县新闻网讯 通讯员 蔡梦莹 昝翔 报道:为贯彻落实8月4日县委县政府关于开展燃气安全夜查行动的紧急通知,县住建局收到通知立刻开展燃气安全夜查行动,"
     "并牵头县应急管理局、消防大队、执法局、市监局、商务中心成立燃气安全夜查小组。",
     ["县住建局"], ["县应急管理局", "消防大队", "执法局", "市监局", "商务中心"], []),
    ("joint_action", "hebei_jize-2017-qiuji-jiegan-jinshao-jianguan-news.txt:14 (fresh13: X…,联合有关部门组建…: a class alone after "
     "a named lead)",
     "环保局履行执法监督职责,联合有关部门组建禁烧巡查队,实行24小时不间断全面巡查,严防死守,确保不漏一处、不留死角。",
     ["环保局"], [], []),
    ("joint_action", "sichuan_zhongzi-2021-anquan-shengchan-sige-wang-news.txt:6 (fresh13: X牵头,联合 fields 等部门)",
     "镇应急办牵头,联合公安、消防、市场监管等部门联合执法,定期对辖区内在建工地、烟花爆竹销售点、汽车站、学校等重点区域开展拉网式大排查,建立台账,限期整改销号。",
     ["镇应急办"], ["公安", "消防", "市场监管"], []),
    ("joint_action", "hainan_longhua-2019-beijie-xiaoxiang-kongyan-zhengzhi-converter.txt:2 (fresh13: 多部門 is a class)",
     "8月21日上午9點(diǎn),區(qū)綜合行政執(zhí)法局牽頭組織多部門對新民西路及周邊開展背街小巷和控?zé)熣喂ぷ鳎瑢z查中發(fā)現(xiàn)的問題,"
     "執法隊(duì)員當(dāng)場進(jìn)行教育、處罰。", ["区综合行政执法局"], [], []),
    ("joint_action", "guangdong_fengshan-jiedao-menqian-sanbao-zhengzhi-news-traditional.txt:1 (fresh13: 等部門工作人員組成…)",
     "4月9日夜間,城區鳳山街道聯合城管、市場監管等部門工作人員組成聯合執法隊伍,對鳳山街道轄區內重點領域開展“門前三包”專項整治行動。",
     ["城区凤山街道"], ["城管", "市场监管"], []),
    ("joint_action", "anhui_xinji-2021-kaixue-duobumen-lianhe-jiancha-news-traditional.txt:4 (fresh13: a town's school and clinic)",
     "開學之際,為進一步加強校園疫情防控與食品安全監管工作,切實保障師生身體健康和社會穩定,新集市場監管所聯合鎮中心校、衛生院開展多部門聯合檢查行動。",
     ["新集市场监管所"], ["镇中心校", "卫生院"], []),
    ("joint", "liaoning_dawa-2020-binzang-lingyu-zhuanxiang-zhengzhi-news.txt:2 (fresh13: a time before the subject is no part of it)",
     "行动开展以来大洼区民政局联合区综合执法局、市场监督局等相关部门对全区殡葬服务机构进行检查。",
     ["大洼区民政局"], ["区综合执法局", "市场监督局"], []),
    ("joint_no_lead", "guangxi_gongcheng-duanwu-ranqi-anquan-lianhe-jiancha-forum.txt:1 (fresh13: A、B、C、D组成联合检查组, no lead)",
     "6月23日,正值端午假期,县消防救援大队、住建局、公安局、应急管理局组成联合检查组,在县城范围联合开展餐饮饭店燃气安全排查整治专项行动,切实保障人民群众生命财产安全。",
     [], ["县消防救援大队", "住建局", "公安局", "应急管理局"], []),
    ("joint_no_lead", "qinghai-2023-qingshan-shengji-jiaocha-dudao-jiancha-news.txt:10 (fresh13: a city in the list stands for its "
     "government)",
     "青海省“扫黄打非”办公室、西宁市、海西州文化市场执法局组成督导检查组,由分管“扫黄打非”工作的副部长带队赴陕西开展督导检查工作。",
     [], ["青海省“扫黄打非”办公室", "西宁市", "海西州文化市场执法局"], []),
    ("joint_no_lead", "hubei_chongyang-2018-binzang-lingyu-lianhe-xuanchuan-zhengzhi-news.txt:7 (fresh13: A、B…等相关职能部门在…开展…"
     "联合…行动; a bare function keeps its place)",
     "2018年9月18日,崇阳县民政局、工商局、城管执法局、两禁办、天城镇、电视台等相关职能部门在全县范围内开展殡葬领域突出问题专项整治联合宣传整治行动。",
     [], ["崇阳县民政局", "工商局", "城管执法局", "两禁办", "天城镇", "电视台"], []),
    ("joint_no_lead", "fujian_changle-2025-shijianju-gongan-lianhe-zhifa-news.txt:8 (fresh13: A与B…联合执法, no lead)",
     "为回应群众关切,筑牢安全防线,近期,长乐区市场监督管理局与区公安分局打破部门壁垒、创新协作机制,针对农村地区假冒伪劣食品问题开展了一系列联合执法行动。",
     [], ["长乐区市场监督管理局", "区公安分局"], []),
    ("joint_no_lead", "guangxi_fangchenggang-2025-nongzi-shichang-lianhe-jiancha-news.txt:2 (fresh13: A与B执法人员…会同…联合开展)",
     "本报讯(记者 卢昭昭 通讯员 唐运鹏) 4月3日,市公安局森林警察支队与市农业农村局法规科执法人员前往上思县,会同当地工作人员联合开展农资市场专项检查行动,同步进行农资知识宣传。",
     [], ["市公安局森林警察支队", "市农业农村局法规科"], []),
    ("assisted", "sichuan_cangxi-2017-xiangzhen-jiaotong-zhixu-zhengzhi-news.txt:14 (fresh13: 各乡镇要配合X、Y开展…: X and Y lead)",
     "各乡镇要配合辖区管理交通的派出所、交警中队开展农村道路交通秩序整治工作,开展交通安全知识宣传活动,营造一个和谐的道路交通环境。",
     ["派出所", "交警中队"], [], []),
    ("assisted", "zhejiang_fenghuang-2022-chengjing-liandong-zhuanxiang-zhengzhi-news.txt:12 (fresh13: X在其他部门的协同管理下)",
     "整治过程中,新区综合行政执法队凤凰中队在其他部门的协同管理下,一边明确划分店铺摆摊经营范围区域线,一边督促摊主进行现场整改,并宣传市容管理条例。",
     ["新区综合行政执法队凤凰中队"], [], []),
    ("led_by", "zhejiang_tangxia-2022-zhaozhai-shequ-shehui-zhian-lianhe-xingdong-news.txt:6 (fresh13: X牵头进驻, A和B属地管理)",
     "为此,塘下镇按照“党政领导、部门联动、社会协同、全民参与”社会治理模式,由镇委镇政府统筹谋划、整体推进,公安部门牵头进驻、靠前整治,"
     "塘下办事处和赵宅社区属地管理、主动担当,各行业监管部门各司其职、联防联控,动员社会力量积极参与社会治安综合治理,打造基层社会治理创新样板。",
     ["公安部门"], ["塘下办事处", "赵宅社区"], []),
    ("joint_action", "hubei_jianshi-2017-xuexiao-shipin-anquan-yinhuan-paicha-converter.txt:4 (fresh13: X在…以来,按照…精神,组织A人员与B、C"
     "相关责任人组成专班: the subject carried over a condition; staff named with their body stand for it)",
     "摘要: <正>為確保全縣師生的身體健康,維護(hù)學(xué)校的食品安全,湖北建始縣衛(wèi)生計(jì)生局在2017年秋季開(kāi)學(xué)以來(lái),"
     "按照《湖北省教育廳省衛(wèi)生計(jì)生委省食藥監(jiān)局關(guān)于開(kāi)展中小學(xué)校和托幼機(jī)構(gòu)突發(fā)公共衛(wèi)生事件風(fēng)險(xiǎn)隱患排查工作的通知》精神,"
     "組織縣疾控中心專業(yè)技術(shù)人員與縣教育局、縣食藥監(jiān)局相關(guān)責(zé)任人組成專班,對(duì)全縣10個(gè)鄉(xiāng)鎮(zhèn)的中小學(xué)校、幼兒園的晨檢執(zhí)行進(jìn)行...",
     ["湖北建始县卫生计生局"], ["县疾控中心", "县教育局", "县食药监局"], []),
    ("duty_sentence", "neimenggu-chengzhen-baozhangxing-anju-gongcheng-buzhu-zijin-banfa-converter.txt:5 (fresh13: X负责…,会同Y…: a later "
     "clause of X's duties names who works with it)",
     "自治區(qū)財政廳負(fù)責(zé)編制補(bǔ)助資金預(yù)算,確定補(bǔ)助資金分配方案、下達(dá)補(bǔ)助資金預(yù)算,對資金的使用情況進(jìn)行監(jiān)督,"
     "會同自治區(qū)住房和城鄉(xiāng)建設(shè)廳組織指導(dǎo)盟市加強(qiáng)補(bǔ)助資金管理并開展績效評價等。",
     ["自治区财政厅"], ["自治区住房和城乡建设厅"], []),
    ("role_named", "national-2018-zhiye-jiaoyu-lianxi-huiyi-chengyuan-danwei.txt:18 (other_districts_tasks18: 由A、B…9个部门和单位"
     "组成，A为牵头单位: the other members take part)",
     "联席会议由教育部、发展改革委、工业和信息化部、财政部、人力资源社会保障部、农业农村部、国资委、税务总局、扶贫办9个部门和单位组成，"
     "教育部为牵头单位。", ["教育部"], ["发展改革委", "工业和信息化部", "财政部", "人力资源社会保障部", "农业农村部", "国资委", "税务总局",
                        "扶贫办"], []),
    # joint_group (fresh16): one reader for a group of bodies acting jointly with no lead — all cooperate
    ("joint_no_lead", "hunan_lanshan-2021-zhichao-lianhe-zhifa-news.txt:1 (fresh16: fields sharing one 部门, 联合 and a comma)",
     "连日来,为全力保障全县道路交通安全畅通,蓝山县治超办结合全县道路交通安全“夏秋攻势”百日集中整治行动开展,保持路面治超高压态势,公安交警、交通、公路部门联合,重点对G537线、S219、S571线、城区路段不分时段开展流动执法和突击行动,根据非现场执法检测系统及治超信息平台提供的车辆超限超载数据,对路面可疑车辆进行路面拦截,采取过磅称重、查看货物出厂磅单等方式,共同打击车辆超限超载违法行为。",
     [], ["公安交警", "交通", "公路"], []),
    ("joint_no_lead", "gansu_qingyang-2019-chunyun-gonglu-zhichao-traditional.txt:1 (fresh16: A、B聯合執法人員, fields as printed)",
     "2019年春運期間,為有效遏制非法超限超載運輸行為,市交通運輸、公安交警聯合執法人員持續加強公路治超執法力度,以合水治超檢測站為依托,通過固定與流動檢查相結合,進一步加強對省道S113線、S369線等重點路段以及傍晚、凌晨等重點時段的執法檢查,依法嚴查惡性超限超載和各類非法改裝車輛。",
     [], ["市交通运输", "公安交警"], []),
    ("joint_no_lead", "sichuan_daying-guoqing-zhongqiu-shuangchao-zhili-news.txt:3 (fresh16: A与B一道, the line's second sentence)",
     "县路政大队与县公安局交警大队一道,加派执法人员,对全县重点路段进行不定时流动稽查,严厉打击超限超载车辆绕行农村公路、冲关逃站等违法行为。",
     [], ["县路政大队", "县公安局交警大队"], []),
    ("joint_no_lead", "hunan_guiyang-ying-wuyi-zhan-lvfa-jingqu-lianhe-zhifa-news.txt:3 (fresh16: A、B…等单位分为五组)",
     "据了解,县文旅广体局、城管和综合执法局、公安局、市场监管局、交通运输局等单位分为五组,将对县内各景区景点进行联合整治行动,进一步推动我县旅游环境治理工作,切实营造“人人关注旅发、人人支持旅发”浓厚氛围。",
     [], ["县文旅广体局", "城管和综合执法局", "公安局", "市场监管局", "交通运输局"], []),
    ("joint_no_lead", "sichuan_dazhu-2018-xuexiao-weisheng-gongzuo-huiyi-news.txt:3 (fresh16: A和B在…会议室联合举办了)",
     "为进一步做好学校卫生工作,按照《传染病防治法》和《学校卫生工作条例》等相关要求,4月23日,县教科局和县疾病预防控制中心在县电教馆三楼会议室联合举办了2018年全县学校卫生工作会议,全县中小学校、托幼机构分管领导和具体工作人员共200余人到会。",
     [], ["县教科局", "县疾病预防控制中心"], []),
    ("joint_no_lead", "qinghai-2021-qinggan-wenhua-shichang-lianhe-zhifa-jiancha-news.txt:1 (fresh16: 由A、B联合主办的)",
     "近日,由青海省文化和旅游厅、甘肃省文化和旅游厅联合主办的2021年文化市场综合行政执法能力提升以案施训暨甘青两省环线联合执法检查活动在西宁市拉开帷幕。",
     [], ["青海省文化和旅游厅", "甘肃省文化和旅游厅"], []),
    ("joint_no_lead", "guizhou_liupanshui-2022-ranqi-baojing-zhuangzhi-lianhe-jiancha-traditional.txt:2 (fresh16: A、B…到X开展…聯合檢查)",
     "6月22日,為切實落實市人民政府工作要求,加快推進餐飲行業燃氣泄漏報警器安裝工作,市商務局、市住房城鄉建設局、市應急局、市市場監管局、市消防救援支隊到盤州市開展燃氣安全報警裝置安裝聯合檢查。",
     [], ["市商务局", "市住房城乡建设局", "市应急局", "市市场监管局", "市消防救援支队"], []),
    ("joint_no_lead", "gansu_jishishan-2024-lvyou-jingqu-zhixu-zonghe-zhengzhi-news.txt:2 (fresh16: 该县A、B…和E等部门,通过…联动查处)",
     "为清除景区各类扰乱旅游市场秩序的不文明乱象和违法违规行为,该县市场监管局、城管局、交警大队、文旅局和禹源集团文旅投等部门,通过综合施策、联动查处等举措,集中整治辖区旅游秩序,确保整治出实效。",
     [], ["市场监管局", "城管局", "交警大队", "文旅局", "禹源集团文旅投"], []),
    ("joint_no_lead", "hunan_chenzhou-2021-qiudongji-chuanranbing-xuexiao-weisheng-huiyi-news.txt:9 (fresh16: A、B联合召开了…会议)",
     "近日,县卫生健康局、县教育局联合召开了2021年秋冬季传染病防控暨学校卫生工作会议。", [], ["县卫生健康局", "县教育局"], []),
    ("joint_no_lead", "guangxi_bobai-chengqu-shirong-huanjing-zonghe-zhengzhi-news.txt:1 (fresh16: a county 组织 fields 等部门执法人员在…联合开展: "
     "the place is no unit)",
     "连日来,博白县组织公安、城市监察、工商等部门执法人员在城区联合开展了一次强有力的市容环境综合整治执法行动,对县城区各主要街道的沿街商铺和马路市场进行了规范清理,整治行动取得了初步效果。",
     [], ["公安", "城市监察", "工商"], []),
    ("joint_no_lead", "henan_yucheng-gonglu-zhichao-lianhe-zhifa-news.txt:2 (fresh16: a county 组织开展了 A、B联合执法)",
     "本报讯 为进一步加大公路治超力度,日前,虞城县组织开展了交通、公安联合执法专项治超行动。", [], ["交通", "公安"], []),
    # the lead readers' forms (fresh16)
    ("joint_action", "hubei_jingzhou-2023-ranqi-anquan-zhuanxiang-zhengzhi-lianhe-news.txt:5 (fresh16: X局长<name>带队,联合…等…专班成员单位: "
     "the body whose head leads the team leads)",
     "为切实加强城镇燃气行业管理,规范经营秩序,消除安全隐患,9月8日下午,荆州市住建局局长马林武带队,联合公安、消防、应急、交通运输、市场监管等燃气安全专项整治专班成员单位开展了燃气安全专项整治工作,切实保障人民群众生命和财产安全。",
     ["荆州市住建局"], ["公安", "消防", "应急", "交通运输", "市场监管"], []),
    ("joint_action", "guangxi_longlin-2024-xuexiao-chuanranbing-dudao-news.txt:3 (fresh16: X联合Y工作人员到…)",
     "2024年3月28日上午,隆林各族自治县疾控中心联合猪场乡乡卫生院工作人员到猪场乡乡中心小学进行了传染病督导工作。",
     ["隆林各族自治县疾控中心"], ["猪场乡乡卫生院"], []),
    ("joint_action", "yunnan_mengla-2017-huling-fanghuo-sheka-lianhe-jiancha.txt:9 (fresh16: X按照…方案,于<date>会同Y、Z联合开展)",
     "时值森林防火高危期,为确保林区不发生森林火情,勐腊县森林公安局勐满警务站按照上级防火工作方案,于2017年3月15日会同勐满镇防火指挥所、尚勇保护所联合开展护林防火设卡检查,严防火源火种进入林区。",
     ["勐腊县森林公安局勐满警务站"], ["勐满镇防火指挥所", "尚勇保护所"], []),
    ("joint", "yunnan_luliang-yanglao-jigou-anquan-shengchan-ducu-jiancha-news.txt:2 (fresh16: …及Y对…进行: the action is no part of Y's name)",
     "11月23日,陆良县民政局联合县住建局、县市场监督管理局及县消防大队对全县养老机构安全生产工作进行督促检查。",
     ["陆良县民政局"], ["县住建局", "县市场监督管理局", "县消防大队"], []),
    ("joint", "shaanxi_ankang-2018-xian-zhengxie-tian-shencha-lian-news.txt:4 (fresh16: X将会同Y、Z及时转交…: 及时 begins the duty, "
     "no part of Z's name)",
     "据悉,大会闭幕后,审查立案的提案,县政协提案委员会将会同县委办公室、县政府办公室及时转交有关部门办理,并做好协调督办落实工作;",
     ["县政协提案委员会"], ["县委办公室", "县政府办公室"], []),
    ("led_by", "hubei_xiantao-jianshe-lingyu-nongmingong-gongzi-lianhe-jiancha-converter.txt:3 (fresh16: 由X牽頭,與Y等部門合作)",
     "近年來,市委市政府高度重視清理解決建設(shè)領(lǐng)域拖欠農(nóng)民工工資工作,由市人社局牽頭,與市住建委等部門合作,加強(qiáng)日常監(jiān)管。",
     ["市人社局"], ["市住建委"], []),
    ("joint_action", "henan_zhongyuan-2020-xiaoyuan-zhoubian-shipin-anquan-paicha-news.txt:11 (fresh16: a school named with its place "
     "leads; the partner prints the same place, so it stays in the lead's name)",
     "学校校园周边食品安全及商品质量关系到广大师生的身体健康和生命安全,关系到学校乃至整个社会的稳定和谐。为进一步加强学校周边食品安全、商品质量监督管理,消除安全隐患,郑州市中原区百花艺术小学联合郑州市中原区市场监管局林山寨所,于6月29日上午联合开展了学校周边食品安全及商品质量专项排查整治工作,共建“平安校园”。".split("。")[1] + "。",
     ["郑州市中原区百花艺术小学"], ["郑州市中原区市场监管局林山寨所"], []),
    ("joint_action", "shaanxi_ankang-hei-jiayouzhandian-lianhe-zhili-gongjian-converter.txt:1 (fresh16: X将…,切实发挥…的牵头作用,"
     "联合各成员单位,严厉打击: the subject carried over a clause going on with it; the members a class)",
     "本網(wǎng)訊(通訊員 劉啟能) 自掃黑除惡專項(xiàng)斗爭(zhēng)開展以來(lái),市商務(wù)局將“黑加油站點(diǎn)”治理工作作為推進(jìn)掃黑除惡專項(xiàng)斗爭(zhēng)的一項(xiàng)有力抓手,切實(shí)發(fā)揮市成品油市場(chǎng)經(jīng)營(yíng)秩序?qū)m?xiàng)整頓領(lǐng)導(dǎo)小組辦公室的牽頭作用,聯(lián)合各成員單位,嚴(yán)厲打擊違規(guī)建設(shè)加油站、非法經(jīng)營(yíng)成品油、制售不合格油品等違法經(jīng)營(yíng)活動(dòng),堅(jiān)決整治加油站經(jīng)營(yíng)標(biāo)識(shí)不規(guī)范行為,持續(xù)推動(dòng)全市成品油市場(chǎng)經(jīng)營(yíng)秩序的穩(wěn)",
     ["市商务局"], [], []),
    ("joint_no_lead", "guizhou_zhenfeng-2009-zhengzhi-hei-wangba-hei-youxishi-news.txt:1 (fresh16: A积极主动与B、C等部门配合,开展了…: no "
     "lead, all cooperate; the later 共与公安、公商 is 'in all, with', no field)",
     "今年以来,县文体广电新闻出版局积极主动与公安、工商等部门配合,开展了校园周边环境整治和取缔黑网吧等专项行动,截止6月20日,共与公安、公商等部门联合执法6次,取缔黑网吧4家,收缴电脑61台,收缴非法音像制品6000多张、非法出版及盗版书籍200多册、儿童版人民币假币200多份,并送州文化、工商部门统一销毁,有效维护了文化娱乐市场的正常秩序。",
     [], ["县文体广电新闻出版局", "公安", "工商"], []),
    ("joint_action", "hubei_huarong-2023-yanjiahu-lianhe-xuncha-traditional.txt:10 (fresh16: X聯合A、B,C組織開展: a comma for the list's last 、)",
     "湖北日報客戶端訊(通訊員 趙小豐)為全面落實新出臺的《湖北省河湖長制工作規定》和武漢東湖高新區與鄂州華容區、葛店開發區河湖長制一體化發展跨界河湖協同共管工作要求,5月13日,華容區河湖辦聯合武漢東湖高新區水務科、左嶺街道河湖長辦,葛店開發區河湖辦組織開展嚴家湖聯合巡查。",
     ["华容区河湖办"], ["武汉东湖高新区水务科", "左岭街道河湖长办", "葛店开发区河湖办"], []),
    ("role_named", "shandong_jining-2014-qiuji-jiegan-jinshao-zonghe-liyong-news.txt:1 (fresh13: 作为牵头部门,X…)",
     "目前,我县的三秋生产工作已经全面开展,农作物秸秆禁烧和综合利用工作又到了决战的关键时期,作为牵头部门,县农业局全面动员、精心组织、狠抓落实,"
     "全力以赴做好秋季秸秆禁烧和综合利用工作。", ["县农业局"], [], []),
    ("joint_no_lead", "sichuan_chuanshan-2021-duobumen-daji-feifa-caisha-news.txt:2 (fresh17: 由A、B、C、town及辖区派出所组成…工作小组: a team of any name; 辖区派出所, whichever station covers the place, a class: the integrator's convention of stop 18)",
     "2021年2月1日凌晨1点,由区自然资源和规划局、区水利局、区公路路政管理大队、老池镇及辖区派出所组成集中整治执法工作小组,开展砂石整治专项执法行动,对老池镇铜锣村外坝采砂船进行突击检查。",
     [], ["区自然资源和规划局", "区水利局", "区公路路政管理大队", "老池镇"], []),
    ("joint_no_lead", "henan_luohe_xicheng-2022-feixian-chongdian-zhuanxiang-zhengzhi.txt:4 (fresh17: A、B、C组成联合排查整治组)",
     "4月7日晚,西城区城市管理与综合执法局、西城区消防大队、市公安局西城分局组成联合排查整治组,开展消防安全暨飞线充电专项整治行动",
     [], ["西城区城市管理与综合执法局", "西城区消防大队", "市公安局西城分局"], []),
    ("joint_no_lead", "fujian_zhouning-2019-qudi-feifa-caishadian-converter.txt:2 (fresh17: 等6个部门单位组成联合执法组)",
     "寧德網(wǎng)消息(湯文娟 文/圖) 8月19日,周寧縣河長(zhǎng)辦、自然資源局、生態(tài)環(huán)境局、水利局等6個(gè)部門單位組成聯(lián)合執(zhí)法組,在瑪坑鄉(xiāng)開展整治河道非法采砂執(zhí)法行動(dòng)。",
     [], ["周宁县河长办", "自然资源局", "生态环境局", "水利局"], []),
    ("joint_no_lead", "shaanxi_weiyang-2017-qudi-hei-wangba-zhuanxiang-zhengzhi-news.txt:2 (fresh17: A与B立即启动联合执法机制)",
     "2017年8月3日,根据《都市快报》媒体反映:在位于明光路的龙府北郡小区13号楼2单元一层有一处“黑网吧”场所接纳未成年人,未央区文体局与公安未央分局立即启动联合执法机制,同时派出文化、公安执法人员,对该处非法营运的网吧场所进行了查处取缔,执法人员对“黑网吧”内的设备进行了现场拆除,依法查扣电脑显示器10台、主机服务器2台。",
     [], ["未央区文体局", "公安未央分局"], []),
    ("joint_no_lead", "hubei_ezhou-chengxin-jingying-fangxin-xiaofei-shifandian-shoupai-news.txt:3 (fresh18: A、B、C、D联合对…授牌)",
     "近日,市文明办、市工商局、市个私协会、市消委联合对47家“诚信经营(放心消费)示范店”授牌。",
     [], ["市文明办", "市工商局", "市个私协会", "市消委"], []),
    ("joint_no_lead", "hubei_jingmen-2021-chengxin-jingying-shifanjie-jiepai-news.txt:4 (fresh18: 按照A、B联合印发《…》)",
     "按照市市场监管局、市发改委联合印发《荆门市创建“诚信经营示范街”活动实施方案》,我市分别在东宝区中天街、荆门高新区·掇刀区星球商业街、漳河新区万达楚街创建“诚信经营示范街”。",
     [], ["市市场监管局", "市发改委"], []),
    ("joint_no_lead", "shaanxi_yaozhou-2018-fangxin-xiaofei-danwei-news.txt:1 (fresh18: A、B严格按照…)",
     "新西部教育网讯今年以来,耀州区市场监管局、区放心消费创建办严格按照省、市创建办关于放心消费工作相关要求,扎实开展放心消费创建工作,严格申报认定的流程和标准,确保申报认定工作的透明度和公信力。",
     [], ["耀州区市场监管局", "区放心消费创建办"], []),
    ("joint_action", "anhui_ganchahe-xiaoyuan-zhoubian-anquan-yinhuan-jiancha-news.txt:2 (fresh18: X协同Y等相关部门,对…)",
     "近日,为践行“以人民为中心的发展思想”,扎实开展“我为群众办实事”实践活动,舒城县干汊河镇派出所协同镇市场监管所等相关部门,对辖区内各中小学周边商店、小卖部、网吧、个体书店和娱乐、餐饮摊点等场所开展全面检查,消除危害青少年身心健康的安全隐患。",
     ["舒城县干汊河镇派出所"], ["镇市场监管所"], []),
    ("joint_action", "shaanxi_sanyuan-2022-zhongdian-xiangmu-yongdi-baozhang-tuijinhui-converter.txt:2 (fresh18: X協調Y、Z組織召開)",
     "三秦都市報-三秦網訊(劉新華 費萌 記者 薛保華)8月9日,三原縣自然資源局協調住建局、水利局組織召開了重點項目用地保障推進會,相關部門、股室、設計單位、施工單位負責人參加了會議。",
     ["三原县自然资源局"], ["住建局", "水利局"], []),
    ("joint_action", "guizhou_tianqiao-2023-xiaoyuan-zhoubian-saohuang-dafei-converter.txt:2 (fresh18: a town named with its county 联合辖区内Y、Z)",
     "近日,鳳岡縣天橋鎮(zhèn)聯(lián)合轄區(qū)內(nèi)市管分局、綜合執(zhí)法分局、派出所等部門,開展校園周邊環(huán)境整治暨掃黃打非專項檢查行動。",
     ["凤冈县天桥镇"], ["市管分局", "综合执法分局", "派出所"], []),
    ("joint_action", "hunan_pingkou-xiaoyuan-zhoubian-liudong-tanfan-zhengzhi-converter.txt:1 (fresh18: 及 after a named school joins the list)",
     "本網(wǎng)訊 4月16日晚間,平口鎮(zhèn)綜合行政執(zhí)法大隊(duì)聯(lián)合市監(jiān)所、社會(huì)事務(wù)辦、派出所、平口鎮(zhèn)中心學(xué)校及平口鎮(zhèn)中學(xué)護(hù)校隊(duì),針對(duì)該校校園周邊流動(dòng)攤販開展專項(xiàng)整治行動(dòng),聚焦食品安全隱患與占道經(jīng)營(yíng)問題,筑牢校園周邊安全防線。",
     ["平口镇综合行政执法大队"], ["市监所", "社会事务办", "派出所", "平口镇中心学校", "平口镇中学护校队"], []),
    ("joint_no_lead", "zhejiang-2022-shengji-jieshuixing-qiye-mingdan-news.txt:5 (fresh17: A、B、C、D组织开展了: none leads)",
     "根据《关于开展节水型企业建设工作的通知》(浙经信资源〔2017〕31号)要求,省经信厅、省建设厅、省水利厅、省节水办组织开展了2021年度浙江省节水型企业创建工作。",
     [], ["省经信厅", "省建设厅", "省水利厅", "省节水办"], []),
    ("joint_no_lead", "quanguo-2020-zhongdian-yongshui-qiye-shuixiao-lingpaozhe-gonggao.txt:2 (fresh17: four ministries 组织开展了)",
     "为贯彻落实《国家节水行动方案》,持续提升工业用水效率,按照《关于组织开展2020年重点用水企业水效领跑者遴选工作的通知》(工信厅联节函〔2019〕288号)要求,工业和信息化部、水利部、发展改革委、市场监管总局组织开展了2020年重点用水企业水效领跑者引领行动,遴选出30家具备引领示范和典型带动效应的水效领跑者(名单附后),现予公告。",
     [], ["工业和信息化部", "水利部", "发展改革委", "市场监管总局"], []),
    ("joint_no_lead", "hunan-2022-jieshuixing-qiye-mingdan-converter.txt:8 (fresh17: A、B评选出: none leads)",
     "為落實(shí)《國(guó)家節(jié)水行動(dòng)湖南省實(shí)施方案》,根據(jù)《關(guān)于組織開(kāi)展2022年度湖南省節(jié)水型企業(yè)遴選工作的通知》和《湖南省節(jié)水型(節(jié)水標(biāo)桿)企業(yè)、園區(qū)評(píng)價(jià)管理辦法》(湘工信節(jié)能〔2022〕530號(hào))要求,經(jīng)企業(yè)自愿申報(bào)、各市州推薦、專(zhuān)家評(píng)審、網(wǎng)站公示等程序,省工信廳、省水利廳評(píng)選出青島啤酒(郴州)有限公司等71家節(jié)水型企業(yè),并在節(jié)水型企業(yè)基礎(chǔ)上擇優(yōu)評(píng)選出22家水效領(lǐng)跑者、10家節(jié)水標(biāo)桿企業(yè)(名單見(jiàn)附件),現(xiàn)予以公布。",
     [], ["省工信厅", "省水利厅"], []),
    ("joint_no_lead", "liaoning_dalian-2020-weixian-huowu-daolu-yunshu-zhuanxiang-zhengzhi-news.txt:1 (fresh17: a count glued on, 市场监管局四部门联合)",
     "自7月起至年底,大连市交通运输局、公安局、应急管理局、市场监管局四部门联合开展危险货物道路运输领域专项整治行动。",
     [], ["大连市交通运输局", "公安局", "应急管理局", "市场监管局"], []),
    ("joint_no_lead", "fujian_qingliu-2019-chunyun-jiaotong-anquan-jiancha-converter.txt:1 (fresh17: an official 带领 A、B…等单位到…开展: all cooperate)",
     "清流縣委常委、副縣長(zhǎng)陳榮輝帶領(lǐng)縣應(yīng)急局、消防救援大隊(duì)、工信局、交通局等單位到各交通客運(yùn)站點(diǎn)開(kāi)展春運(yùn)道路交通安全檢查。",
     [], ["县应急局", "消防救援大队", "工信局", "交通局"], []),
    ("joint_no_lead", "zhejiang_xiuzhou-2012-wenhua-shichang-lianhe-zhifa-leader-lv.txt:1 (fresh25, http://jxxznews.zjol.com.cn/xznews/"
     "system/2012/10/17/015610087.shtml: a leader 率 A、B…及C一行开展: all cooperate, the person no unit, 一行 no part of C)",
     "昨天上午,秀洲区相关领导率区公安分局、区消防大队、区教育文化体育局、区综合行政执法局、区工商分局及市文化市场执法支队一行开展文化市场联合执法检查行动,为迎接党的十八大创造良好的社会文化环境。",
     [], ["区公安分局", "区消防大队", "区教育文化体育局", "区综合行政执法局", "区工商分局", "市文化市场执法支队"], []),
    ("joint_no_lead", "constructed (县领导率A、B等部门开展: leaders named by rank alone)",
     "县领导率县公安局、县市场监管局等部门开展安全检查。", [], ["县公安局", "县市场监管局"], []),
    ("joint_action", "anhui_taihu-jinxi-zhen-jiegan-jinshao-lianhe-zhifa-news.txt:1 (fresh25, https://cndxsj.com/html/eactionShowInfo."
     "phpclassid220&id41025.html: 由X牵头,组织A、B、镇政府及C成员冒着…,组成联合执法队: 及 after a town's government, the members "
     "and the hardship they braved no part of C)",
     "针对近期高温天气及上一轮省市环保督查组对我县秸秆禁烧工作指导意见的反馈,由县农委牵头,组织县环保局、城市执法大队、晋熙镇政府及农业综合服务中心成员冒着炎热高温天气,组成联合执法队,对城区周边地区开展秸秆禁烧巡查执法行动。",
     ["县农委"], ["县环保局", "城市执法大队", "晋熙镇政府", "农业综合服务中心"], []),
    ("joint_action", "hubei_caidian-2021-hanjiang-jiaojie-shuiyu-feifa-caisha-lianhe-zhifa-news.txt:3 (fresh25, https://ycrusher.com/news/"
     "145373.html: bare places sharing the brigade's name printed after them, each as printed between the separators)",
     "10月29日,蔡甸区水政监察大队联合市水务执法总队、汉川、东西湖、硚口、江汉水政大队、武汉市公安局水上分局、蔡甸海事处联合开展打击市际交界水域非法采砂的跨区域跨部门的联合执法行动。",
     ["蔡甸区水政监察大队"], ["市水务执法总队", "汉川", "东西湖", "硚口", "江汉水政大队", "武汉市公安局水上分局", "蔡甸海事处"], []),
    ("joint_no_lead", "guangdong_changan-2025-fangfan-xuesheng-nishui-lianhe-jiancha-you-zucheng.txt:6 (fresh25: 由A、B…G等职能部门、社区"
     "组成的检查工作组: the 等-phrase names the kinds, all seven cooperate)",
     "由长安镇宣传教育文体旅游办公室、镇农林水务局、东莞市公安局长安分局、镇教育管理中心、镇网格管理中心、镇水务工程运营中心、新安社区等职能部门、社区组成的检查工作组,先后前往莲花山水库、东莞市步步高实验学校南一门环山渠开展实地巡查。",
     [], ["长安镇宣传教育文体旅游办公室", "镇农林水务局", "东莞市公安局长安分局", "镇教育管理中心", "镇网格管理中心", "镇水务工程运营中心", "新安社区"], []),
    ("joint_action", "sichuan_chengdu-weixian-huaxuepin-yunshu-cheliang-zhuanxiang-zhifa-news.txt:1 (fresh17: X联合 a bare field, 公安交警)",
     "为净化交通运输市场环境,保障道路运输安全,近期执法总队联合公安交警开展危险化学品运输车辆专项执法行动,行动中查获一辆私载12个液化气罐的面包车,目前,该车因涉嫌从事危险化学品非法运输被立案调查。",
     ["执法总队"], ["公安交警"], []),
    ("joint_action", "shanxi_shanyin-2024-chunyun-qidong-yishi-news.txt:2 (fresh17: X联合A、B、高速交警及…负责人隆重举行: persons dropped)",
     "为了确保春运期间全县道路交通安全畅通,1月25日上午,山阴县公安局交通管理大队联合交通运输局、应急管理局、高速交警及全县客货运企业负责人隆重举行春运启动仪式,由教导员武宏章同志主持,县公安局党委副书记、政委崔卫平,县公安局党委委员、交管大队大队长田云晋,县交通运输局党组成员、副局长刘建龙,县应急管理局综合协调股股长蔚彪,高速交警二支队九大队副大队长王森出席启动仪式。",
     ["山阴县公安局交通管理大队"], ["交通运输局", "应急管理局", "高速交警"], []),
    ("joint_action", "chongqing_yongchuan-2022-dianodongche-feixian-chongdian-zhengzhi-converter.txt:4 (fresh17: 属地街道, a body named by "
     "where it serves, is a class)",
     "為預(yù)防和遏制電動車引發(fā)的火災(zāi)事故,近日,永川區(qū)消防救援支隊聯(lián)合區(qū)住房城鄉(xiāng)建委、區(qū)經(jīng)信委、區(qū)城市管理局、屬地街道等多部門組成聯(lián)合檢查組開展居民小區(qū)電動車“飛線”充電專項整治。",
     ["永川区消防救援支队"], ["区住房城乡建委", "区经信委", "区城市管理局"], []),
    ("led_by", "sichuan_youxian-2019-saohei-chue-mopai-xuncha-news.txt:1 (fresh17: 由X牵头,Y、Z…和 a class 协同; 依法治镇办 is one office)",
     "为推进扫黑除恶专项斗争纵深开展,日前,游仙镇根据地处城乡结合部的实际情况,由依法治镇办牵头,镇综治中心、游仙司法所、镇派出所和各村社区网格员协同,对照中央黑恶势力29种常见表现形式,在前期深入摸排基础上,对辖区进行进一步的扫黑除恶治巡查,并形成了摸排巡查即时报告和周报表制度。",
     ["依法治镇办"], ["镇综治中心", "游仙司法所", "镇派出所"], []),
    ("joint_no_lead", "quanguo-2023-zhonghua-laozihao-niding-mingdan-gongshi-traditional.txt:11 (fresh17: A、B…等5部门 + a clause, 组织开展了)",
     "根據《中華老字號示范創建管理辦法》和《商務部等5部門辦公廳(室)關于開展中華老字號示范創建工作的通知》要求,商務部、文化和旅游部、市場監管總局、國家知識產權局、國家文物局等5部門堅持“優中選優”的工作原則,組織開展了新一批中華老字號認定,在企業申報、地方推薦的基礎上,遴選出388個品牌,擬認定為新一批中華老字號,現予以公示。",
     [], ["商务部", "文化和旅游部", "市场监管总局", "国家知识产权局", "国家文物局"], []),
    ("duty_sentence", "shanghai-2000-chengzhen-zhigong-shebao-zhengjiao-guiding-repo.txt:11 (fresh17: 劳动和社会保障, one field)",
     "市劳动和社会保障行政部门负责本市社会保险费征缴的综合管理和监督检查工作。", ["市劳动和社会保障行政部门"], [], []),
    ("duty_sentence", "shanghai-2000-chengzhen-zhigong-shebao-zhengjiao-guiding-repo.txt:11 (fresh17: X设立的Y: the body set up acts)",
     "市劳动和社会保障行政部门设立的社会保险经办机构负责社会保险费的征缴工作。", ["社会保险经办机构"], [], []),
    ("duty_sentence", "shanghai-2000-chengzhen-zhigong-shebao-zhengjiao-guiding-repo.txt:11 (fresh17: X的Y机构: the body held acts)",
     "劳动和社会保障行政部门的监察机构负责对社会保险费的缴纳情况进行监督检查。", ["监察机构"], [], []),
    ("duty_sentence", "shandong_qingdao-2008-shishi-minban-jiaoyu-cujinfa-banfa-repo.txt:109 (fresh13: two fields sharing 行政部门, "
     "one of them fused)",
     "第二十五条 教育、劳动和社会保障行政部门应当将民办学校的教师培训纳入教师培训规划。", ["教育", "劳动和社会保障行政"], [], []),
    ("joint_action", "tianjin-chengpinyou-shichang-gongying-yingji-yuan-excerpt.txt:4 (fresh17: X立即会同有关部门研究…: 研究 closes the "
     "partners, a class)",
     "(五)经核实确定为应急状态的,市商务委立即会同有关部门研究启动供应应急预案,经市政府批准后启动应急预案,并通过媒体向社会公布。",
     ["市商务委"], [], []),
    ("joint", "jiangsu_haiyu-2021-gaoceng-zhuzhai-feixian-chongdian-yecha-news.txt:1 (fresh17: …社区以及 a class closes the list; "
     "read by the 会同 list reader since a named 社区 is a unit, stop 27)",
     "为杜绝海福新城小区电动自行车“飞线”充电现象,有效遏制电动车违规停放充电引发的火灾事故,彻底消除安全隐患,近日,海虞镇“331”机制办会同消防中队、王市派出所、海福新城社区以及物业单位开展高层住宅小区电动自行车“飞线”充电集中整治夜查行动。",
     ["海虞镇“331”机制办"], ["消防中队", "王市派出所", "海福新城社区"], []),
    # fresh19: the list closes wherever the action begins, whatever stands between (an adverb, a head count, experts taken
    # along, where the bodies act), each form also on another real page
    ("joint_action", "guangdong_yangshan-lanpai-liangzhou-huoche-chaoxian-zhengzhi-converter.txt:1 (fresh19: X聯合Y和Z,分別在…開展)",
     "9月15日,縣交通運輸局聯合清連高速交警三大隊和廣連高速交警九大隊,分別在清連高速陽山收費站出口、廣連高速青蓮收費站出口開展集中專項整治行動",
     ["县交通运输局"], ["清连高速交警三大队", "广连高速交警九大队"], []),
    ("joint_action", "hubei_xiaonan-2020-yaodian-lianhe-jiancha-news.txt:7 (fresh19: X联合Y迅速组织对…: bodies named by function)",
     "2月11号,孝南区市场监管部门联合医疗保障部门迅速组织对孝感城区多家零售药店进行联合检查,一经发现违规销售行为的,严肃处理。",
     ["孝南区市场监管部门"], ["医疗保障部门"], []),
    ("joint_action", "henan_shangjie-2023-jiyuanlu-jiedao-dianti-anquan-jiandu-jiancha-news.txt:6 (fresh19: X联合Y聚焦…,开展)",
     "近日,上街区济源路街道纪工委联合市场监管所聚焦电梯安全领域,开展电梯安全专项监督检查。",
     ["上街区济源路街道纪工委"], ["市场监管所"], []),
    ("joint_action", "town-luodian-2024-jiegan-jinshao-xuancha-zhuanban-news-converter.txt:3 (fresh19: 由X聯合Y、Z等部門共20余人,成立…)",
     "據(jù)了解,羅店鎮(zhèn)建立鎮(zhèn)村兩級(jí)專班宣傳巡查機制,由鎮(zhèn)農(nóng)辦聯(lián)合農(nóng)技、農(nóng)機(jī)等部門共20余人,成立8個(gè)工作專班",
     ["镇农办"], ["农技", "农机"], []),
    ("joint_action", "https://www.dongliao.gov.cn/xxgk/zwwgk/fwgk/202203/t20220310_600692.html (X联合Y共出动…30余人,…: the count "
     "closes the list)",
     "据了解,这次行动,县城市管理行政执法局联合交警大队共出动执法队员30余人,环卫处职工200余人,主要对县城户外小广告、占道经商、牌匾规范、公共卫生等进行集中整治。",
     ["县城市管理行政执法局"], ["交警大队"], []),
    ("joint_action", "anhui_suzhou-pingzhuang-yehuashiyouqi-anquan-yinhuan-paicha-news.txt:2 (fresh19: X会同A、B…及…专家,成立…: experts "
     "are no unit)",
     "为切实加强燃气安全管理工作,防范和减少城镇燃气安全事故发生,6月22日,市住建局会同市应急局、公安局、市场监督管理局、商务局、城管局、消防救援支队及城镇燃气领域安全专家,成立专项检查组,深入排查整治瓶装液化石油气安全隐患。",
     ["市住建局"], ["市应急局", "公安局", "市场监督管理局", "商务局", "城管局", "消防救援支队"], []),
    ("joint_action", "guangdong_fogang-binzang-lingyu-zhuanxiang-zhengzhi-dudao-news.txt:1 (fresh19: 由X四级调研员<name>同志带队,联合…等部门"
     "先后到…开展)",
     "近日,由清远市民政局四级调研员石学忠同志带队,联合市发展改革局、市公安局、市自然资源局、市卫生健康局、市市场监管局、市林业局等部门先后到我县石角镇生态人文纪念园和县殡仪馆开展殡葬领域专项整治行动督导工作。",
     ["清远市民政局"], ["市发展改革局", "市公安局", "市自然资源局", "市卫生健康局", "市市场监管局", "市林业局"], []),
    ("joint_action", "https://www.longmen.net/article/article_13670.html (a date glued to the body: 9月17日X组织…等成员单位执法人员在…开展)",
     "为切实保障中秋、国庆期间我县群众和旅游游客的生活与饮食、消费安全,9月17日龙门县打假办组织县工商局、质监局、食安委、烟草局、经贸局、卫生局、农业局、公安局、盐务局等成员单位执法人员在全县范围内开展了国庆中秋节前联合大检查。",
     ["龙门县打假办"], ["县工商局", "质监局", "食安委", "烟草局", "经贸局", "卫生局", "农业局", "公安局", "盐务局"], []),
    ("joint_action", "http://www.qq8x.com/newsDetail10187.shtml (X會同Y、Z等11部委局組成…: 等N部委 closes the list)",
     "根據國務院消防工作考核安排,2015年度省級政府消防工作考核于4月27日正式開始,公安部會同中央綜治辦、住房和城鄉建設部等11部委局組成10個考核組,分赴全國31個省(自治區、直轄市)開展實地考核。",
     ["公安部"], ["中央综治办", "住房和城乡建设部"], []),
    ("joint_action", "http://www.geyaocha.cn/finance/2019/0611/7485.html (officials 帶領A、B,聯合C開展: 主席 is an official's title)",
     "為更好地掌握大營街道創衛復審工作推進情況,加快整改步伐,6月3日上午街道辦主任吳俊濤、人大主席張勛勇帶領街道綜合執法隊、創衛辦,聯合大營市場監督管理所開展綜合督查",
     ["街道综合执法队", "创卫办"], ["大营市场监督管理所"], []),
    ("joint_no_lead", "hunan_wugang-2018-nongmingong-gongzi-zhifu-zhuanxiang-jiancha-news-converter.txt:2 (fresh19: A、B、C等部門聯合在…開展)",
     "為此,8月初以來,武岡市人社局、住建局、總工會(huì)等部門聯(lián)合在全市建筑企業(yè)開展農(nóng)民工工資支付情況專項(xiàng)檢查,提前打好“預(yù)防針”",
     [], ["武冈市人社局", "住建局", "总工会"], []),
    ("joint_no_lead", "anhui_xiuning-nongmingong-gongzi-zhuanxiang-ducha-news-converter.txt:1 (fresh19: A局局與B、C、D聯合組成: the doubled "
     "局 is the page's slip)",
     "為切實(shí)保障農(nóng)民工的合法權(quán)益,做好春節(jié)、“兩會(huì)”期間的維穩(wěn)工作,休寧縣勞動(dòng)和社會(huì)保障局局與建委、交通、高指辦聯(lián)合組成檢查組,從1月19日開始",
     [], ["休宁县劳动和社会保障局", "建委", "交通", "高指办"], []),
    ("joint_action", "anhui_xuancheng-2022-guoqing-daji-feifa-yingyun-lianhe-zhifa.txt:11 (fresh14: a purpose run into the subject, no "
     "comma; X联合Y打击…, a verb no closing word knew)",
     "国庆长假将至,为防范交通运输安全事故维护人民生命财产安全交通执法支队三大队联合市公安交警五大队打击非法营运",
     ["交通执法支队三大队"], ["市公安交警五大队"], []),
    ("joint_action", "https://daluzixun.com/news/1639451639218319 (X聯合Y,突擊開展…: a short adverb after the comma)",
     "近日,烏海市交通運輸綜合行政執法支隊烏達大隊聯合烏達區公安分局,突擊開展打擊非法營運巡遊出租“黑車”專項整治行動。",
     ["乌海市交通运输综合行政执法支队乌达大队"], ["乌达区公安分局"], []),
    ("joint", "heilongjiang_heihe-2008-wangba-lianhe-jiancha-news.txt:1 (fresh17; also http://heihe.dbw.cn/system/2008/07/16/051381156.shtml): "
     "X会同A、B、C公司等多家单位: 等多家单位 closes the list, the company is a partner)",
     "为切实加强文化市场管理,创建平安文化市场,为奥运会成功举办助力,7月15日,市文化市场管理处会同市公安局、工商局、网通公司等多家单位,对全市所有网吧进行了拉网式检查。",
     ["市文化市场管理处"], ["市公安局", "工商局", "网通公司"], []),
    ("joint_no_lead", "http://www.txwb.com/AT/hyzx/wbzx/201207/118668.html (A、B…等部门联合组织执法人员: none leads; the county printed "
     "on the first only)",
     "连日来,金溪县文化、政法、工商、公安、教育、卫生等部门联合组织执法人员,深入城乡各网吧,加大监督管理力度,净化网吧经营环境,确保暑期中小学生身心健康。",
     [], ["金溪县文化", "政法", "工商", "公安", "教育", "卫生"], []),
    ("joint_action", "shanghai_jinshan_langxia-2023-saohuang-dafei-quyu-liandong-xuncha-news.txt:8 (fresh15: A、B共同牵头,联合两镇的C、D; "
     "each lead printed with its own province or city keeps it)",
     "为实现沪浙两地交界区域“扫黄打非”及市场监管无缝隙覆盖,近日,上海市金山区廊下镇、浙江省平湖市广陈镇“扫黄打非”办共同牵头,联合两镇的市场监管所、派出所等相关单位开展“扫黄打非”区域联动巡查。",
     ["上海市金山区廊下镇", "浙江省平湖市广陈镇“扫黄打非”办"], ["市场监管所", "派出所"], []),
    ("joint_action", "fujian_fuzhou-2024-lanjian-kaiyu-lianhe-zhifa-xingdong-news.txt:12 (fresh15: a bare county before a county's body "
     "shares it, names as printed)",
     "当日夜间,支队组织连江县、长乐区渔业执法机构开展夜间巡航,重点打击非法捕捞行为、违规进入相关海域作业行为和未纳管船舶擅自出海行为。",
     ["支队"], ["连江县", "长乐区渔业执法机构"], []),
    ("joint_action", "tianjin_baoshui-2024-xiaofang-zhidui-duodian-fali-news.txt:15 (fresh15: a 居委会 printed bare in the list is a partner)",
     "支队联合社发局、派出所、居委会对16个居民社区、九小场所沿街店铺、人密场所开展日查和夜查,重点排查是否有电动自行车进楼入户、飞线充电等行为。",
     ["支队"], ["社发局", "派出所", "居委会"], []),
    ("joint_action", "http://www.ctfzzz.com/show-8-42771-1.html (X组织A、B相关人员: the body's staff stand for it)",
     "近日,蕲春县烟草专卖局组织蕲春县公安局、县市场监督管理局相关人员,开展了三方首次联席会议。",
     ["蕲春县烟草专卖局"], ["蕲春县公安局", "县市场监督管理局"], []),
    ("joint_action", "https://www.jintan.gov.cn/html/czjt/2022/IJMNQALM_0812/203331.html (X按照…要求,联合Y等部门,对…开展)",
     "为进一步加大农贸市场的整治力度,着力规范市场秩序,确保市场内外全面对标达标,8月12日,金坛区市场监管局直溪分局按照区局要求,联合直溪镇行政执法局等部门,对辖区内农贸市场及其周边开展了联合检查。",
     ["金坛区市场监管局直溪分局"], ["直溪镇行政执法局"], []),
    ("joint_action", "https://pingjiang.gov.cn/35048/35049/34957/36237/36244/content_1669018.html (X联合Y共计十余名执法人员对…)",
     "3月13日上午,童市镇综治办联合市场监督管理所共计十余名执法人员对该镇部分食品加工厂、药店、超市、农贸市场进行了“3.15”消费维权专项突击检查。",
     ["童市镇综治办"], ["市场监督管理所"], []),
    # 联动 as the joint marker of a group none leads (constructed on the wording of
    # http://www.lowongankerja-keluarnegeri.com/bmzb/xscjdglj/zwgk/gzdt/content/post_4414254.html, "各职能部门积极联动")
    ("joint_no_lead", "constructed: A、B联动开展…", "近日,县交通运输局、县公安局交警大队联动开展货车超限超载专项整治行动。",
     [], ["县交通运输局", "县公安局交警大队"], []),
    ("joint_no_lead", "constructed: A、B、C等部门联动开展…", "市场监管局、公安局、商务局等部门联动开展成品油市场专项整治。",
     [], ["市场监管局", "公安局", "商务局"], []),
    ("assisted", "constructed: X配合Y对…开展 (Y leads)", "县商务局配合县市场监管局对全县加油站开展专项检查。",
     ["县市场监管局"], ["县商务局"], []),
    ("joint_action", "http://www.lowongankerja-keluarnegeri.com/bmzb/xscjdglj/zwgk/gzdt/content/post_4414254.html (X组织A、B…等职能部门开展: "
     "等职能部门 closes the list, no class)",
     "为严厉打击侵犯知识产权和制售假冒伪劣商品违法行为,切实维护国庆期间良好的市场经济秩序和社会稳定,9月30日,县双打办组织县市场监管局、县公安局、县文广旅体局、县烟草专卖局、县科工信局、县农业农村局等职能部门开展节前“双打”联合执法行动。",
     ["县双打办"], ["县市场监管局", "县公安局", "县文广旅体局", "县烟草专卖局", "县科工信局", "县农业农村局"], []),
    ("joint", "constructed: X会同Y对…开展 (what Y acts on, ending in 站, is no part of its name)",
     "县市场监管局会同县公安局对辖区加油站开展联合检查。", ["县市场监管局"], ["县公安局"], []),
    ("joint_no_lead", "constructed: A、B等部门联动,对…开展", "近日,县市场监管局、县公安局等部门联动,对城区加油站开展专项检查。",
     [], ["县市场监管局", "县公安局"], []),
    ("joint_action", "http://jtj.cngy.gov.cn/ygj/News/show/20210311120659294.html (the partners printed with commas, closed by 等多部门; 辖区交警大队 a class)",
     "3月11日,支队路政大队、一大队联合经开区特巡警大队,辖区交警大队,高速交警大队等多部门在陵江高速路口、陵宝线开展专项执法检查,共检查车辆9辆,查处违法车辆3辆。",
     ["支队路政大队", "一大队"], ["经开区特巡警大队", "高速交警大队"], []),
    ("joint", "http://www.hxglove.com/content/2022/07/11/11512742.html (由X牵头联合A、B…等部门)",
     "綏寧新聞網訊(記者 向海)7月10日,由縣交通問題頑瘴痼疾集中整治辦公室牽頭聯合縣交警大隊、交通局、市場監督管理局、城管局等部門開展城市工程運輸車專項整治聯合執法行動。",
     ["县交通问题顽瘴痼疾集中整治办公室"], ["县交警大队", "交通局", "市场监督管理局", "城管局"], []),
    ("joint_action", "http://m.fqjz1.com/gongkai/show/20190923175204-27840-00-000.html (X安排下属单位A和B联合C在…开展: the units sent lead)",
     "国庆双节即将来临,为深入开展道路运输行业防风险、保平安、迎大庆专项行动,有效治理各类货运行业乱象,营造安全稳定的行业整体环境,县交通运输局安排下属单位县运管所和县路政大队联合县公安交警大队在G351线连接线处开展货运乱象专项治理联合执法。",
     ["县运管所", "县路政大队"], ["县公安交警大队"], []),
    ("joint_action", "http://www.hsslxd.cn/show/news/89187.html (X聯合Y成立工作專班)",
     "秀山網訊 近日,縣交通運輸綜合行政執法支隊聯合交巡警支隊成立工作專班,共同開展非法營運集中整治統一行動。",
     ["县交通运输综合行政执法支队"], ["交巡警支队"], []),
    ("joint", "http://baode.gov.cn/zwyw/bmdt/202408/t20240820_4005246.html (X联合A、B、C开展)",
     "为进一步强化货运车辆道路交通安全管理,有效消除交通事故安全隐患,8月19日,保德县公安局交警大队联合县交通运输局、工信和科技局、市场监督管理局开展货运车辆道路交通秩序专项整治。",
     ["保德县公安局交警大队"], ["县交通运输局", "工信和科技局", "市场监督管理局"], []),
    ("joint_no_lead", "http://jtt.hunan.gov.cn/jtt/xxgk/gzdt/szdt1/201501/t20150128_3744149.html (fields 等部门组成联合检查组: none leads)",
     "寒假即将来临,为保障学生上下学交通安全,维护校园周边道路运输经营秩序,县安监、交通、运管、教育、公安等部门组成联合检查组,从1月15日开始,分片包干深入到50多所学校(幼儿园),对校车及接送学生车辆开展安全隐患检查整治。",
     [], ["县安监", "交通", "运管", "教育", "公安"], []),
    ("assisted", "constructed: 在A、B的配合下,X对…开展 (the help printed first: X leads)",
     "在县公安局、县交警大队的配合下,县交通运输局对城区客运站开展专项整治。", ["县交通运输局"], ["县公安局", "县交警大队"], []),
    ("joint_no_lead", "constructed: A与B一起对…开展 (none leads)", "近日,县市场监管局与县公安局一起对城区加油站开展专项检查。",
     [], ["县市场监管局", "县公安局"], []),
    ("joint_action", "http://111.205.184.227:8081/2012-12/18/content_6051795.htm (X按照…部署,会同A、B等相关部门,在…开展)",
     "12月15日、16日,北京市公安交通管理局按照市公安局统一部署,会同治安、城管等相关部门,在部分地区开展交通秩序整治攻坚战。",
     ["北京市公安交通管理局"], ["治安", "城管"], []),
    # tasks25 (fresh20 / fresh21 misses, one general cause each)
    ("joint_action", "fresh21 sichuan_pingwu-2025-yeshengjun-liutong-lianhe-xuncha-news.txt:8 (X联动Y、Z开展: 联动 takes partners)",
     "为有效预防野生菌中毒事件发生,2025年9月8日,平武县市场监督管理局联动县综合行政执法局、县卫健局开展流通领域野生菌联合巡查。",
     ["平武县市场监督管理局"], ["县综合行政执法局", "县卫健局"], []),
    ("joint_action", "fresh21 hainan_changjiang-2022-taifeng-yugang-yuchuan-xuncha-news.txt:5 (该县X: the county's own body)",
     "该县综合行政执法局联合海尾镇前往港口,宣传台风防御工作。", ["县综合行政执法局"], ["海尾镇"], []),
    ("joint_action", "fresh21 hubei-2023-hanchao-bingxue-baochang-gongan-jiaoguan-news-trad.txt:12 (a quote closed before the subject)",
     "”湖北省公安交管部门联合湖北交投、路政、民政等部门,对重点路段不间断融雪、分段布警、联合巡查,强化“云哨”预警。",
     ["湖北省公安交管部门"], ["湖北交投", "路政", "民政"], []),
    # (read by the 联合 row itself since round198: a body's second name in brackets, 经信局(商务局), is a unit as its name is,
    # duty_units._SECOND_BODY_NAME — same roles as the joint_action row gave)
    ("joint", "fresh21 xizang_lasa-chengguan-2020-zangli-xinnian-jiefan-lianhe-zhifa-converter.txt:2 (a partner's other name in brackets)",
     "2月21日,城关区应急管理局联合区市场监管局、消防救援大队、经信局(商务局)、八廓街道办事处等单位对老城区冲赛康商场开展联合执法检查。",
     ["城关区应急管理局"], ["区市场监管局", "消防救援大队", "经信局(商务局)", "八廓街道办事处"], []),
    ("joint_action", "fresh21 hubei_wuhan-2024-bingxue-gongan-lianqin-xiaozu-news-converter.txt:16 (a city's 公安 leads; 等政府职能部门)",
     "武汉公安联合交通、城管、施救等政府职能部门成立了128个联勤小组,提前将破冰除雪车、工业盐、融雪剂等装备就近投放到易结冰路段。",
     ["武汉公安"], ["交通", "城管", "施救"], []),
    ("joint_no_lead", "fresh21 gansu_yuzhong-2020-hehu-lianhe-zhifa-news-trad.txt:9 (A、B共同开展: none leads)",
     "榆中縣水務局、公安局共同開展河湖聯合執法3次,檢查河道60公裡,檢查點位3處。", [], ["榆中县水务局", "公安局"], []),
    ("joint_no_lead", "fresh21 hainan_danzhou-2017-haiandai-huanjing-zhengzhi-lianhe-xingdong-converter.txt:2 (A、B…和各X等单位将开展联合行动: "
     "the class works beside the named bodies)",
     "為推進整治行動見實效,儋州市財政局、市生態環保局、市海洋漁業局、市環衛局、中國海監儋州大隊和各沿海鎮黨委政府等單位將開展聯合行動,對沿海鎮海岸帶近岸海域的違規用海和環境衛生進行巡查和治理。",
     [], ["儋州市财政局", "市生态环保局", "市海洋渔业局", "市环卫局", "中国海监儋州大队"], []),
    ("led_by", "fresh20 heilongjiang_hulan-2023-nongzi-shichang-lianhe-jiancha-news.txt:3 (由X牵头,A、B、C联合开展: X leads the group)",
     "国际消费者权益日即将到来,在春耕备耕的关键时期,为确保农业安全生产,3月13日,由区农业综合行政执法大队牵头,区检察院、市场监管局、公安分局食药环大队联合开展区内农资市场监督检查,狠抓农资市场监管。",
     ["区农业综合行政执法大队"], ["区检察院", "市场监管局", "公安分局食药环大队"], []),
    ("joint_action", "fresh20 heilongjiang_qiqihar-2025-nongzi-dajia-zhuanxiang-zhili-trad.txt:1 (the subject carried over the aims it "
     "pursues, one clause each, to its 联合)",
     "為深入貫徹落實黨的二十大精神、中央和省、市委農村工作會議精神,齊齊哈爾市農業農村局嚴格按照《關于印發<黑龍江省2025年農資打假專項治理行動實施方案>的通知》(黑農廳聯發〔2025〕21號)要求,嚴厲打擊假冒偽劣行為,持續凈化全市農資市場經營秩序,保障農資產品質量,切實維護農民權益,聯合市公安局、市市場監督管理局在全市范圍內集中開展農資打假專項治理行動。",
     ["齐齐哈尔市农业农村局"], ["市公安局", "市市场监督管理局"], []),
    ("joint_no_lead", "fresh20 shanghai_hongkou-2024-youyong-changsuo-zhifa-choucha-epaper.txt:5 (由A、B…等联席单位组成的检查组)",
     "检查中,由区公安局治安支队、区文旅执法大队、区卫生监督所、区社会体育管理中心、区游泳救生协会等联席单位组成的检查组,先后前往虹口游泳池、虹口少体校游泳池。",
     [], ["区公安局治安支队", "区文旅执法大队", "区卫生监督所", "区社会体育管理中心", "区游泳救生协会"], []),
    ("joint", "fresh20 hebei_zhangjiakou-hedao-caisha-lianhe-zhifa-masked-news.txt:3 (X会同Y组织市县两级A、B…等部门: the organised "
     "fields cooperate too, the levels no part of a name)",
     "为进一步规范我市河道采砂秩序,*月*日至**日,市水务局会同市检察院组织市县两级水务、检察、公安、生态环境、自然资源和规划等部门,在全市范围内开展河道采砂联合执法行动,严厉打击了河道非法采砂行为。",
     ["市水务局"], ["市检察院", "水务", "检察", "公安", "生态环境", "自然资源和规划"], []),
    ("joint_no_lead", "fresh21 qinghai-2024-qing-zang-gan-chuan-kuaquyu-shengtai-lianhe-zhifa-news.txt:12 (A与B联合开展, two places "
     "standing for their bodies)",
     "果洛州与阿坝州联合开展青川毗邻地区突发环境事件隐患排查联合执法活动,切实保障跨区域地区生态环境安全。", [], ["果洛州", "阿坝州"], []),
    ("joint_no_lead", "fresh21 qinghai-2024-qing-zang-gan-chuan-kuaquyu-shengtai-lianhe-zhifa-news.txt:12 (a place与a body of another "
     "place, a count of times, a team formed)",
     "海西州与酒泉市生态环境部门2次组成跨省区执法巡查组对阿克塞县哈尔腾进行联合巡查。", [], ["海西州", "酒泉市生态环境部门"], []),
    ("joint_action", "fresh21 hubei_wuhan-2024-bingxue-gongan-lianqin-xiaozu-news-converter.txt:18 (a business taken along is no unit: "
     "the bureau leads alone)",
     "針對冰雪路面上擦碰事故增多的情況,交管部門聯合保險公司強化交通事故“快勘、快處、快撤”,做到快速出警、快速施救、快速恢復交通。",
     ["交管部门"], [], []),
    ("joint", "http://www.cq66666.cn/hot/bm/202111/t20211125_5661876.html (a place's 公安 among the partners, 宿松)",
     "宿松融媒訊 為推進水利行業常態化掃黑除惡工作落深落實,護衛長江一方安瀾,11月24日,縣水利局會同九江海事、宿松公安、交通、農村農業等相關部門開展聯合專項執法行動。",
     ["县水利局"], ["九江海事", "宿松公安", "交通", "农村农业"], []),
    ("joint_action", "http://m-huangshifb.cjyun.org/p/268959.html (由X联合A、B等多部门联合开展, 黄石)",
     "31号,根据农资打假“春雷”行动安排,由市农业农村局联合市食药监、市公安局等多部门联合开展了农资打假第三次行动,针对大冶、阳新的农资经营店进行集中抽查。",
     ["市农业农村局"], ["市食药监", "市公安局"], []),
    # tasks26 (fresh22 misses, one general cause each)
    ("joint_action", "fresh22 jiangsu_haimen-wujie-2024-diandong-zixingche-yecha-xingdong-news-converter.txt:1 (X经过前期部署,联合Y: "
     "the whole name before what it did first; 多部门 glued to the last partner closes the list)",
     "5月29日晚,區(qū)市場(chǎng)監(jiān)管局五接分局經(jīng)過(guò)前期部署,聯(lián)合五接鎮(zhèn)消防、公安、住建多部門(mén)開展電動(dòng)自行車(chē)夜查行動(dòng)。",
     ["区市场监管局五接分局"], ["五接镇消防", "公安", "住建"], []),
    ("joint_action", "fresh22 xinjiang_xinhe-chungeng-nongzi-shichang-zhifa-jiancha-news-converter.txt:1 (A、B联合其他相关部门: "
     "a class only, no unit cooperates)",
     "為確保社會(huì)穩(wěn)定、做好春耕備耕農(nóng)資準(zhǔn)備工作,新和縣農(nóng)業(yè)局、種子管理站聯(lián)合其他相關(guān)部門于3月3日至6日,3月12日至16日對(duì)全縣農(nóng)資銷售市場(chǎng)先後進(jìn)行了兩次全面的執(zhí)法檢查。",
     ["新和县农业局", "种子管理站"], [], []),
    ("joint_no_lead", "fresh22 jiangsu_zhenjiang-chunji-huyu-quyu-huizhan-lianhe-zhifa-news.txt:2 (此次联合行动由A、B、C、D共同开展)",
     "此次联合行动由镇江市农业农村局、市公安局、镇江海事局、丹徒区农业农村局共同开展。期间,共出动12名执法人员乘坐渔政、海事执法船艇,对禁捕区域进行巡航检查。",
     [], ["镇江市农业农村局", "市公安局", "镇江海事局", "丹徒区农业农村局"], []),
    ("joint_no_lead", "fresh22 anhui_susong-2023-jinyu-shuishang-lianhe-zhifa-news-trad.txt:11 (A、B、C集结执法人员…同步开展联合执法)",
     "當日上午,根據宿松縣委縣政府統一部署,縣公安局、農業農村局、市場監管局集結執法人員、執法車輛和執法快艇,分成四個小組,采取水上巡查與陸地巡查相結合的包片方式,同步開展聯合執法宣傳行動。",
     [], ["县公安局", "农业农村局", "市场监管局"], []),
    ("joint_action", "fresh22 liaoning_yingkou-nanlou-daji-daocai-kuangchan-ziyuan-news.txt:5 (X组织A和B等相关职能部门: two fields "
     "joined by 和 are two bodies)",
     "为认真贯彻落实市政府关于严厉打击非法盗采国家矿产资源行为的专题会议精神,日前,营口南楼经济开发区组织国土和公安等相关职能部门对圣水北沟七处盗采易发区,开展系列打击盗采国家矿产资源行动。",
     ["营口南楼经济开发区"], ["国土", "公安"], []),
    ("joint_action", "constructed (住房和城乡建设: one field name, 住房 is none, stays whole)",
     "市住建局联合住房和城乡建设等相关职能部门开展检查。", ["市住建局"], ["住房和城乡建设"], []),
    ("joint_action", "fresh22 fujian_xiamen-jimei-daji-feifa-buliu-zhuanxiang-xingdong-periodical.txt:2 (…由X牵头,组织A、B和各X: the "
     "body that 牵头s goes on as the subject; no 、 inside brackets splits; 和 before a class)",
     "11月1日起,福建省厦门市集美区由林业局牵头,组织区森林公安、森林消防和各镇(街、场)林业站开展的“打击非法捕猎、保护森林资源”专项行动,在辖区范围内全面铺开。",
     ["林业局"], ["区森林公安", "森林消防"], []),
    # tasks27 (fresh23 misses, one general cause each, with other pages' lines)
    ("joint_action", "fresh23 hubei_yiling-shigong-weidang-zhuanxiang-zhengzhi-news.txt:2 (http://www.5210.cn/content/show?catid="
     "332559&newsid=1053532; a manner word before the action after the 等-phrase: 重点对)",
     "整治过程中,城管交通执法大队联合住建、交通等部门,重点对施工工地、待建土地进行全面排查,督促建设单位、施工单位加强工程围挡的日常检查和维护。",
     ["城管交通执法大队"], ["住建", "交通"], []),
    ("joint_action", "fresh23 jiangxi_fengxin-yangshanxiang-yanhua-baozhu-zhengzhi-news.txt:2 (扎实开展 closes the partners; 辖区派出所, "
     "whichever station covers the place, is a class)",
     "为进一步加强烟花爆竹安全监管,严防烟花爆竹安全事故,连日来,奉新县仰山乡平安办联合辖区派出所、应急管理部门扎实开展烟花爆竹整治专项行动。",
     ["奉新县仰山乡平安办"], ["应急管理部门"], []),
    ("joint_action", "fresh23 henan_zhengzhou_jingkaiqu-2022-tingche-xuhua-zhengzhi-news.txt:15 (http://zhengzhou.henanrexian.com.cn/"
     "zhengzhou/2022/0803/104530.html; a clause opening with a manner word, 快速掌握…, carries the subject on to 联合)",
     "围绕交警城管联合执法工作,经开区城管局主动对接交警部门,快速掌握机动车违法管理措施和查处手段,联合交警十二支队,对辖区101条次干道、支部背街,和办事处、路障、社区、沿街商户、门店和企事业单位等组成联合工作组,以商业综合体、医院、学校、地铁站等部位为重点。",
     ["经开区城管局"], ["交警十二支队"], []),
    ("joint_action", "fresh23 liaoning_shenhe-2015-xiaojie-xiaoxiang-jiaotong-zhixu-zhengzhi-news.txt:5 (https://shenyang.baogaosu.com "
     "沈河区多部门联手清理小街小巷; 协调 + named units closed by a comma, whatever follows)",
     "区政府协调区公安分局、交警大队、行政执法局,放弃周末休息,以区执法局五个功能区为单元,结合各派出所、交警中队辖区,分成五个整治组开展工作。",
     ["区政府"], ["区公安分局", "交警大队", "行政执法局"], []),
    ("joint_no_lead", "fresh23 shanxi_shuocheng-2024-xiaoyuan-zhoubian-shipin-anquan-zhengzhi-news.txt:14 (此次 + any words for the "
     "work before 由)", "此次排查整治由朔城区市场监督管理局和朔城区教育局联合开展,以辣条等“五毛食品”为重点品种,主要检查是否销售“三无”食品。",
     [], ["朔城区市场监督管理局", "朔城区教育局"], []),
    ("joint_no_lead", "http://www.ljxww.com/html/8/20210201/6017773896321.shtml (由A和B联合执法 after a clause naming the plan)",
     "本次行动是根据《福州市新闻出版局关于开展中小学教科书发行专项检查活动的通知》要求,由连江县新闻出版局和县文化综合执法大队联合执法。",
     [], ["连江县新闻出版局", "县文化综合执法大队"], []),
    ("joint_action", "http://sxhctv.com/show.asp?id=821 (此次检查由X联合A、B…组成督察组)",
     "此次检查由市食品安全领域不正之风和腐败问题集中整治工作专班联合农业农村局、教育局、卫健局、公安局、行政审批局组成督察组,采取随机抽查方式,对部分经营主体开展现场督导检查。",
     ["市食品安全领域不正之风和腐败问题集中整治工作专班"], ["农业农村局", "教育局", "卫健局", "公安局", "行政审批局"], []),
    ("joint_action", "fresh23 hunan_yuhu-2020-changchengxiang-malu-shichang-zhengzhi-news-traditional.txt:11 (a station named after "
     "its bureau, 局长城所, is no 局长)",
     "中國雨湖網訊(通訊員 羅睿)為更好規範馬路市場經營,3月18日,長城鄉執法中隊聯合雨湖區行政管理和綜合執法局執法大隊、雨湖區交警大隊、雨湖區市場監管局長城所對高坪“馬路市場”開展聯合執法行動。",
     ["长城乡执法中队"], ["雨湖区行政管理和综合执法局执法大队", "雨湖区交警大队", "雨湖区市场监管局长城所"], []),
    ("joint_action", "fresh23 anhui_qianshan-2018-chengqu-diyi-pianqu-lianqin-zhifa-news-traditional.txt:3 (the label 牵头单位—— "
     "before the body is no part of its name)",
     "8月21日至22日,城區第一片區文明創建牽頭單位——市人大辦公室會同文昌街道、城管執法局、公安局特警大隊、交警大隊、翻身社區、石河村等單位,在片區責任路段開展聯勤執法整治兩日大行動。",
     ["市人大办公室"], ["文昌街道", "城管执法局", "公安局特警大队", "交警大队", "翻身社区", "石河村"], []),
    ("joint_action", "http://gjhbw.com/info/detail/49-14563.html (组织工作人员联合A、B等部门: the staff no partner)",
     "为做好“五城同创”和百日环境卫生综合治理工作,近日,济宁市中区南苑街道组织工作人员联合综合执法、公安、工商等部门,对博古庄,南新街,荷花路等辖区内市场及市场周边环境进行了综合整治。",
     ["济宁市中区南苑街道"], ["综合执法", "公安", "工商"], []),
    ("joint_action", "fresh22 yunnan_zhaoyang-longquan-jiedao-xiaoyuan-zhoubian-zhengzhi-news-converter.txt:1 (a street office printed "
     "with its city and district is a unit as printed)",
     "連日來,昭通市昭陽區(qū)龍泉街道辦事處聯(lián)合綜合執(zhí)法、應急管理、市場監(jiān)督管理等部門組成的聯(lián)合整治組,對轄區(qū)內(nèi) 9 所中小學校開展校園及周邊環(huán)境集中整治。",
     ["昭通市昭阳区龙泉街道办事处"], ["综合执法", "应急管理", "市场监督管理"], []),
    ("joint_action", "fresh22 guangxi_ningming-tingliang-2023-daji-feifa-caikuang-news.txt:2 (该 before a partner points back to "
     "the town: 镇派出所)", "近日,亭亮镇乡村建设管理中心联合该镇派出所,对辖区内非法开采矿产资源行为开展联合执法行动。",
     ["亭亮镇乡村建设管理中心"], ["镇派出所"], []),
    ("joint_action", "http://furuntx.com/p/298894.html (邵阳县诸甲亭乡: 联合该乡派出所及交警中队)",
     "近日,邵陽縣諸甲亭鄉人民政府聯合該鄉派出所及交警中隊開展安全執法行動。",
     ["邵阳县诸甲亭乡人民政府"], ["乡派出所", "交警中队"], []),
    ("joint_no_lead", "constructed (stop 18's convention: a city before a county's street office stays in its name; a county "
     "before a street is where the report is, fresh12's 仓山 rule, next row)",
     "金华市婺城区城北街道、城东街道联合开展环境整治。", [], ["金华市婺城区城北街道", "城东街道"], []),
    ("joint_no_lead", "constructed (仓山区对湖街道、金山街道: the first street keeps its name as printed)",
     "仓山区对湖街道、金山街道联合开展燃气安全检查。", [], ["仓山区对湖街道", "金山街道"], []),
    ("joint", "constructed (stop 18's convention: a city before a county's bureau stays in its name)",
     "金华市婺城区发改局联合区财政局、区住建局开展专项检查。", ["金华市婺城区发改局"], ["区财政局", "区住建局"], []),
    # (tasks28: wordings of never-seen pages — the forces a town draws, a count of 大 departments, a comma after the closing
    # 等-phrase, 重拳 opening the action, 联络 taking partners, an adverb before 与, help from classes only, the units a body
    # 负责组织s, a heading naming whose duties follow)
    ("joint_action", "http://m.ycrmtzx.cn/p/111639.html (X联合A、B、C及村(社区)辅警等多方力量,组成…: 等多方力量 closes the list, "
     "auxiliary police are persons)",
     "9月28日,应城市黄滩镇联合派出所、市场监督管理所、市场中心及村(社区)辅警等多方力量,组成专项检查组,对辖区内府艾路、兴盛街等重点商街沿街经营门店开展拉网式安全生产大检查。",
     ["应城市黄滩镇"], ["派出所", "市场监督管理所", "市场中心"], []),
    ("joint_action", "http://shareonl.com/xxgk/xwzx/lgyw/jddt/content/post_12053526.html (converter copy: X組織A、B…社區等力量,並聯合"
     "C、D: the second list drawn in right after the first cooperates too; 文体执法 a field's enforcement; 社区 a class)",
     "連日來,寶龍街道組織公服、安監(jiān)、執(zhí)法、交通、社區(qū)等力量,并聯(lián)合教育、文體執(zhí)法,深入33所中小學(xué)周邊,累計檢查38處文具銷售、校外培訓(xùn)、出版物經(jīng)營等場所。",
     ["宝龙街道"], ["公服", "安监", "执法", "交通", "教育", "文体执法"], []),
    ("joint_action", "http://www.yangjiang.gov.cn/zwgk/ztzl/cjgjwscs/content/post_137467.html (…等多个部门,每天派出…: the comma "
     "after the 等-phrase closes the list)",
     "市城管局执法支队有关负责人介绍,近段时间,为了配合做好创卫迎检工作,市城管局联合工商、交通等多个部门,每天派出300多人,分成两个小组,分别对市区32个集贸市场周边进行联合执法。",
     ["市城管局"], ["工商", "交通"], []),
    ("joint_action", "http://xzfxzy.com/News/show/1284231.html (X联合A、B重拳出击: 重拳 opens the action)",
     "以自治区授权公安机关行使林草行政执法权力为契机,扎兰屯市林业和草原局联合市公安局、市农牧业行政执法大队林草中队重拳出击,开展“打击毁林毁草专项整治行动”。",
     ["扎兰屯市林业和草原局"], ["市公安局", "市农牧业行政执法大队林草中队"], []),
    ("joint_action", "http://furuntx.com/p/103759.html (converter copy: X組織A、B、C、D和E等相關職能部門重拳出擊)",
     "4月24日,隆回縣羅洪鎮(zhèn)人民政府組織自然資源和環(huán)境保護辦公室、社會治安和應(yīng)急管理辦公室、綜合行政執(zhí)法大隊、派出所和交警中隊等相關職能部門重拳出擊,“零容忍”依法取締梓木溪村違法占用耕地建筑。",
     ["隆回县罗洪镇人民政府"], ["自然资源和环境保护办公室", "社会治安和应急管理办公室", "综合行政执法大队", "派出所", "交警中队"], []),
    ("joint_action", "http://epaper.jzrb.com/rb/html/2012-06/20/content_122245.htm (由X牵头A、B…和F七大职能部门联合组织: a count of "
     "大 departments closes the list)",
     "由该县政府办公室总协调,由县公安局牵头综治办、城管局、教育局、工商局、卫生局和文化广电新闻出版局七大职能部门联合组织,各乡镇政府、各级各类学校密切配合。",
     ["县公安局"], ["综治办", "城管局", "教育局", "工商局", "卫生局", "文化广电新闻出版局"], []),
    ("joint_action", "http://mcjidi.com/ninfo.asp?id=63126 (converter copy: X積極聯絡A、B、C相關執法部門: 联络 takes the partners, "
     "their sections dropped)",
     "為切實加強農資打假和監管工作,市農(nóng)業(yè)局執(zhí)法支隊(duì)積極聯(lián)絡(luò)市公安局、市市場(chǎng)監(jiān)督管理局、市質(zhì)監(jiān)局相關(guān)執(zhí)法部門,結(jié)合我市實(shí)際,于5月12日至16日,對各縣聯合執法情況進行督查。",
     ["市农业局执法支队"], ["市公安局", "市市场监督管理局", "市质监局"], []),
    ("joint_action", "https://nginx-maguan.yn.ynurl.com/maguan/site1/mweb/202508/04/c100508.html (X县聚焦…,联合A、B…共同开展: the "
     "county focusing its work is the subject the 联合-clause carries)",
     "8月1日,为维护松林资源生态安全,马关县聚焦违法采伐、运输、加工、经营松木等行为,联合文山州林业和草原局、文山州公安局、马关县林业和草原局、马关县公安局、马关县综合执法第三执法大队共同开展“护松2025”专项整治行动。",
     ["马关县"], ["文山州林业和草原局", "文山州公安局", "马关县林业和草原局", "马关县公安局", "马关县综合执法第三执法大队"], []),
    ("joint_action", "tasks31 henan_zhengdong-jinguanglu-banshichu-chengguanban-lianhe-kuohao.txt:2 (X联合A(B)、C…、G等开展: a bare 等 "
     "right before the action closes the list; http://mttkb.830036.com/kjkx/2023/0708/59669.html)",
     "7月7日,郑东新区金光路办事处城管办联合郑东新区综合行政执法局(城市管理局)、金光路执法中队、消防中心、郑州公用城联公司等开展燃气安全联合执法行动,对辖区内所有使用燃气的沿街餐饮、夜市摊位单位进行全面复查。",
     ["郑东新区金光路办事处城管办"], ["郑东新区综合行政执法局(城市管理局)", "金光路执法中队", "消防中心", "郑州公用城联公司"], []),
    ("joint_action", "tasks31 jilin_lushuihe-guanhu-dadui-qiantou-lianhe-converter.txt:1 (由X牵头,联合A、B、C、D林场: a named forest "
     "farm is a body; http://855696.cn/newshow.asp?id=7564)",
     "1月29日,由森林资源管护大队牵头,联合驻露专员办、森林公安分局、纪检政法委、新兴林场,对局管辖区内的木材加工厂进行了联合执法宣传行动。",
     ["森林资源管护大队"], ["驻露专员办", "森林公安分局", "纪检政法委", "新兴林场"], []),
    ("joint_no_lead", "tasks31 beijing-chengguan-yu-jiaoguan-gongan-zucheng-lianhe-zhifazu-traditional.txt:1 (X将…,与A、B等部门组成联合"
     "执法组: the clause's 与 goes on with the body opening the clause before; http://big5.cctv.com/gate/big5/news.cctv.cn/china/"
     "20090916/108544.shtml)",
     "记者16日从北京市城管执法局获悉,北京城管部门将以天安门广场及周边为重点管控点增加执法力量,与交管、公安等部门组成联合执法组,实施人盯车巡等措施。",
     [], ["北京城管部门", "交管", "公安"], []),
    ("joint_no_lead", "tasks31 beijing_shunyi-chengguan-qiantou-kaizhan-tongli-xiezuo.txt:13 (A、B、C等相关部门通力协作,: bodies "
     "working hand in hand, none leads; http://bj.chinadaily.com.cn/2017-07/04/content_29983543.htm)",
     "今年6月,在区委区政府的部署下,城管、公安、工商等相关部门通力协作,薛大人庄村社会秩序综合整治全面启动。", [], ["城管", "公安", "工商"], []),
    ("joint_no_lead", "tasks31 tianjin_wuqing-chengguanzhen-shirongban-nongyeban-zucheng-xunchadadui-traditional.txt:5 (由A、B及C组成的"
     "巡查大队; http://news.big5.enorth.com.cn/system/2016/04/07/030907653.shtml)",
     "同时,该镇还成立了由市容办、农业办及综合执法队组成的巡查大队,及时制止秸秆、荒草、垃圾焚烧等现象。", [], ["市容办", "农业办", "综合执法队"], []),
    ("joint_no_lead", "tasks31 hebei_fengning-jiaotong-zhifa-dadui-yu-huairou-jianchazhan.txt:13 (A与B、C深入合作: every body of the list "
     "a partner, none leads; http://jtaqlb.org.cn/show-95096.html)",
     "据悉,今年3月以来,丰宁满族自治县交通运输综合执法大队与北京市交通运输综合执法总队十支队、怀柔区交通运输局深入合作,实施一系列创新举措。",
     [], ["丰宁满族自治县交通运输综合执法大队", "北京市交通运输综合执法总队十支队", "怀柔区交通运输局"], []),
    ("joint_action", "tasks31 hainan_haikou-xiuying-fenju-qiantou-zuzhi-duo-bumen-converter.txt:5 (X(下称Y)牵头组织多部门协作: the short "
     "name no part of X; X leads alone, 多部门 a class; http://kingfishertimes.com/zt/14/2022/0601/93931.html)",
     "5月30日,市综合行政执法局秀英分局(下称秀英分局)牵头组织多部门协作、联勤联动开展西海岸沿线市容环境专项整治行动。",
     ["市综合行政执法局秀英分局"], [], []),
    ("joint_action", "tasks99 hainan-jinsu-gongjian-xiaozu-sheng-santing-liandong-haikou-liangju-wn.txt:3 (X联合多部门跨区域作战: "
     "X leads alone, 多部门 a class, whatever the deed after 跨区域)",
     "省禁塑执法攻坚小组联合多部门跨区域作战,在海口秀英港、新海港先后查获3台违规运输违禁塑料制品车辆,查扣违禁塑料制品约3000箱,持续筑牢我省禁塑防线。",
     ["省禁塑执法攻坚小组"], [], []),
    ("joint", "tasks31 shaanxi_dingbian-zhuanjingzhen-huitong-linyeju-paichusuo.txt:1 (X会同A、B、包抓责任部门C开展: the role before C is "
     "no part of its name; https://www.fabugov.com/html/fabuting/yulin/yl_xianquliangdian/2023/0227/26329.html)",
     "2月25日,砖井镇会同县林业局、安边森林派出所、包抓责任部门县应急管理局开展排专项查整治工作,密切配合、各司其职。",
     ["砖井镇"], ["县林业局", "安边森林派出所", "县应急管理局"], []),
    ("led_by", "tasks31 zhejiang_yongkang-changwu-huiyi-jiyao-shuiwu-qiantou-guotu-huitong.txt:4 (a 纪要's 要求X牵头: X leads alone; "
     "http://nbxinxi.com/a/yongkangshi/20210606/268822.html)",
     "会议原则同意该实施意见,要求水务部门牵头,根据本次会议精神,从前瞻性、科学性、可行性方面进一步修改完善后,提交市委常委会研究。",
     ["水务部门"], [], []),
    ("joint_no_lead", "tasks31 xizang_leiwuqi-xian-zuzhi-duojia-bumen-lianhe-dajiancha.txt:11 (X县组织A、B…等多家相关部门开展了…联合大"
     "检查: the county is where (fresh16's 博白), the bodies all cooperate; http://qxnanmeihotspring.com/article/201403/4189.html)",
     "200821920日,类乌齐县组织工商局、安监局、文化局、卫生局、商务局、乡企局、教育局、消防大队、电力公司等多家相关部门开展了节前食品安全联合大检查活动。",
     [], ["工商局", "安监局", "文化局", "卫生局", "商务局", "乡企局", "教育局", "消防大队", "电力公司"], []),
    ("joint_action", "tasks31 jilin_lushuihe-guanhu-dadui-qiantou-lianhe-converter.txt:3 (A、B将通过联合C,重点打击…: a planned joint "
     "action, both subjects lead; http://855696.cn/newshow.asp?id=7564)",
     "下一步工作中,天保中心、森林资源管护大队将通过联合露水河公安分局交通警察大队,重点打击林区无牌无证车辆;",
     ["天保中心", "森林资源管护大队"], ["露水河公安分局交通警察大队"], []),
    ("joint_no_lead", "tasks31 shanghai_jiading-guoziwei-yingjiju-fu-zhufang-jituan-jiancha.txt:5 (A、B赴C开展…检查: where they go is "
     "no body; http://guozi.jiading.cn/gzdt/content_943490)",
     "10月21日,嘉定区国资委、区应急管理局赴嘉定住房集团开展应急管理综合行政执法检查。", [], ["嘉定区国资委", "区应急管理局"], []),
    ("joint_no_lead", "http://news.43b.com.cn/tag_298282 (X积极与A、B等多部门联合执法: an adverb before 与; a brigade's name of 22 "
     "characters)",
     "为了积极营造良好的交通运输环境,鄂尔多斯市交通运输综合行政执法支队杭锦旗大队积极与市交管支队机动勤务大队、杭锦旗交管大队等多部门联合执法,双轨并进。",
     [], ["鄂尔多斯市交通运输综合行政执法支队杭锦旗大队", "市交管支队机动勤务大队", "杭锦旗交管大队"], []),
    ("assisted", "http://xzfxzy.com/News/show/1284231.html (X在各A和涉农B的配合下: helpers all classes, X leads alone)",
     "目前,林草执法中队在各乡镇人民政府和涉农街道办的配合下开展草原案件线索调查取证工作。",
     ["林草执法中队"], [], []),
    ("duty_sentence", "http://www.fsou.net.cn/html/text/lar/173198/17319833_1.html (X负责组织:A、B…: the units organised take part; "
     "a class among them is none)",
     "政府办负责组织:政府机关(指办公大楼一楼外所有单位)、中医院、法院、运管所、党校。",
     ["政府办"], ["中医院", "法院", "运管所", "党校"], []),
    ("duty_sentence", "http://www.fsou.net.cn/html/text/lar/173198/17319833_1.html (X负责组织:X、persons、A…: the subject listed "
     "again and the teachers are none)",
     "民政局负责组织:民政局、县一中教师和学生、环保局、文广局、工会。",
     ["民政局"], ["环保局", "文广局", "工会"], []),
    ("duty_heading", "http://www.fymate.net/html/text/lar/169527/16952764_4.html ((七)X部门职责、任务: the heading names whose "
     "duties follow)",
     "（七）卫生部门职责、任务", ["卫生部门"], [], []),
    ("joint_action", "tasks34 neimenggu-donghe-huimin-jiedao-lianhe-xietong-zhongdui-paichusuo.txt:1 (X主要领导和分管领导带队联合A、B和三社区"
     "工作人员,协同C、D开展…: X leads (fresh19's 由X(某同志)带队,联合Y), the 协同 list cooperates too, and 场所 inside the action ends no "
     "name; http://www.donghe.gov.cn/ywdt/bmjdxx/202512/t20251209_717440.html)",
     "为切实消除辖区安全隐患,保障人民群众生命财产安全,12月1日,回民街道办事处主要领导和分管领导带队联合社会治理办、城市管理办和三社区工作人员,协同城管执法中队、回民派出所开展人员密集场所、高层住宅电动车安全隐患专项整治行动,用脚步丈量安全防线,以实际行动织密平安网络。",
     ["回民街道办事处"], ["社会治理办", "城市管理办", "城管执法中队", "回民派出所"], []),
    ("joint_no_lead", "tasks34 hunan-zhijiang-biyong-zhen-zhifadui-paichusuo-duo-bumen.txt:4 (A、B民警、C等多部门开展联合行动: the officers "
     "stand for their station; http://www.zhijiangrongmei.cn/content/12396035)",
     "芷江融媒讯(通讯员 张江远)为规范辖区内市场秩序,落实全县顽瘴痼疾集中整治工作要求,12月3日赶集日,碧涌镇执法队、派出所民警、市场监管所等多部门开展联合行动,重点整治以路为市、占道经营、车辆乱停乱放等问题,巩固前期市场秩序整治成果。",
     [], ["碧涌镇执法队", "派出所", "市场监管所"], []),
    ("joint_no_lead", "tasks34 jiangsu-jianhu-si-danwei-lianhe-juban-yanlian.txt:9 (A、B、县林场、D联合举办: a county's own forest "
     "farm is a body; http://jianhunews.com/article/lists-content.html?key=66d6f80c614f89413d8b4568&parentkey=5bf273102dd4284f048b458b)",
     "8月29日,县资规局、县应急管理局、县林场、上冈消防站联合举办森林防灭火实战演练。",
     [], ["县资规局", "县应急管理局", "县林场", "上冈消防站"], []),
    ("joint_no_lead", "tasks34 henan-chuanhui-lianhe-jianchazu-you-jiu-danwei-zucheng.txt:2 (检查组由A、B…等单位工作人员组成,持续检查: "
     "the group named before its members; http://zhld.com/szb/pc/col/202201/19/content_158102.html)",
     "据了解,联合执法检查组由市公安局川汇分局、区卫健委、市市场监管局川汇分局、区市场发展中心、区城市管理局、区商务局、区教体局、区消防大队、区文旅局等单位工作人员组成,持续检查宾馆、超市、网吧、洗浴中心、校外培训机构及足疗店等人员密集场所,确保各场所严格落实疫情防控措施,筑牢安全防线。",
     [], ["市公安局川汇分局", "区卫健委", "市市场监管局川汇分局", "区市场发展中心", "区城市管理局", "区商务局", "区教体局", "区消防大队", "区文旅局"], []),
    ("joint_no_lead", "tasks34 jiangsu-suining-converter-jiaotong-yu-gongan-zucheng-zhifazu.txt:3 (A将与B、C、D等部门组成联合执法组: the "
     "future's 将 before 与; http://nbjinyuxuan.cn/jishi/2020/0619/384781.html)",
     "睢宁县交通运输局将与公安局、城管局、市监局等部门组成联合执法组,开展联合整治。",
     [], ["睢宁县交通运输局", "公安局", "城管局", "市监局"], []),
    ("joint_no_lead", "tasks34 fujian-xiangcheng-you-chengguan-chengjian-ge-zhenjie-lianhe.txt:5 (由A、B、各镇街联合,…: a class joined "
     "last beside two named bodies; http://m.shadafang.com/c/tj0Z214C3R2018_6.html)",
     "由区城管执法局、区城建局、各镇街联合,强化源头管控,采取违建信息物业登记报告制度,要求物业服务企业在本区域内发现违法建设行为,必须及时予以劝阻。",
     [], ["区城管执法局", "区城建局"], []),
    ("joint_no_lead", "tasks34 guizhou-tianzhu-converter-jiaojing-jiaotong-gonglu-zucheng-gongzuozu.txt:6 (由A、B、公路段组成专项整治工作组: "
     "a road section office is a body; http://m.dg-xinl.com/html/2021/tz_0204/189716.shtml)",
     "三是由交警、交通、公路段组成专项整治工作组,于2月4日起对全县非法营运、非法改装及超限超载进行集中专项整治,强化协调配合、工作联动,确保整治成效。",
     [], ["交警", "交通", "公路段"], []),
    ("joint_action", "tasks34 hunan-deshan-shi-qu-anjian-bumen-lianhe-gongan-gongshang.txt:2 (市、区X部门联合A、B、C等部门对…开展: levels "
     "before one body's name lead as printed; https://cdjkq.changde.gov.cn/zhdt/bmdt/content_602008)",
     "2月5日,市、区安监部门联合公安、工商、城管等部门对德山街道开展了节前烟花爆竹安全专项检查。",
     ["市", "区安监部门"], ["公安", "工商", "城管"], []),
    ("joint_no_lead", "tasks34 zhejiang-nanhu-xinxing-jiedao-wu-danwei-lianshou.txt:10 (A、B…的执法人员在…集合,“联手”对…开展: the bodies "
     "whose staff gather and join hands; http://nhhistory.zjol.com.cn/nhnews/system/2019/04/10/031577776.shtml)",
     "  昨天上午,新兴街道综合执法中队、市场监管所、安监站、派出所、交警中队的执法人员在文昌菜场东侧集合,“联手”对文昌路开展集中整治。",
     [], ["新兴街道综合执法中队", "市场监管所", "安监站", "派出所", "交警中队"], []),
    ("joint_action", "tasks34 beijing-malianwa-pingan-ban-huitong-xiaofangzhan.txt:2 (official带领X(remit),会同Y…: the body led goes on as "
     "the subject of 会同, not the official's office; https://www.bjwmb.gov.cn/xxgk/wmcj/202202/t20220211_878660.htm)",
     "时间:2022-02-11为切实加强冬春季节火灾防控工作,保障北京冬奥会和冬残奥会期间辖区社会面消防安全,2月8日下午,海淀区马连洼街道办事处副主任谢宏伟带领平安建设办公室(安全生产),会同中关村小型消防站工作人员,对辖区内重点点位、平房区开展消防安全检查。",
     ["平安建设办公室"], ["中关村小型消防站"], []),
    ("joint_no_lead", "tasks34 anhui-jinzhai-linyeju-lianhe-zhen-zhengfu-chouban-yanlian.txt:1 (A、B参加了协同演练: bodies taking part in a "
     "joint drill; https://www.ahjinzhai.gov.cn/public/6596451/37682188.html)",
     "防火演练以梅山镇为主体组织开展,全镇32个村、社区扑火队伍和镇级扑火队伍、中铁11局施工队伍共300余人参加了演练,县消防大队、县森林消防大队参加了协同演练。",
     [], ["县消防大队", "县森林消防大队"], []),
    # (tasks33: fresh26's misses)
    ("joint_action", "shaanxi_baihe-2016-zhujianju-dongji-ranqi-anquan-jiancha-news.txt:3 (other_districts_fresh26; X牵头抽调A、B、C"
     "成立…: the drawing of staff is no part of the first body's name)",
     "近期,县住建局燃气办牵头抽调建管股、监察大队、质安站成立联合检查组,对全县4家燃气公司,40个燃气网点进行拉网式检查。",
     ["县住建局燃气办"], ["建管股", "监察大队", "质安站"], []),
    ("joint_action", "shaanxi_xian-zhanghuzhai-zhongdui-zhandao-chudian-jingying-zhengzhi.txt:3 (other_districts_fresh26; X联合了A、B、"
     "社区及物业等多部门: 了 no part of a name; bare 社区 and 物业 are classes)",
     "此次专项整治行动,漳浒寨中队联合了交警、公安、社区及物业等多部门,明确各部门职责分工,协同作战。",
     ["漳浒寨中队"], ["交警", "公安"], []),
    ("joint_action", "hunan_shaoyang-tangdukou-zhen-ranqi-anquan-zhuanxiang-zhengzhi-news.txt:1 (other_districts_fresh26; …、燃气网点"
     "等部门单位: gas outlets by their kind, a class)",
     "近日,邵阳县塘渡口镇组织镇应急办、市监所、消防所、燃气网点等部门单位在辖区内开展城镇燃气安全专项整治工作。",
     ["邵阳县塘渡口镇"], ["镇应急办", "市监所", "消防所"], []),
    ("led_by", "henan_pingyu-laowanggang-xiang-ranqi-anquan-paicha-bushu-hui.txt:17 (other_districts_fresh26; 四是X牵头,各村配合: the "
     "point's number no part of the subject)",
     "四是乡应急办牵头,各村配合,加强对燃气安全知识的宣传力度,确保全乡群众人人都懂燃气安全;", ["乡应急办"], [], []),
    ("joint_action", "shandong_dezhou-changhe-jiedao-lianhe-zhifa-converter.txt:3 (other_districts_fresh26; a named community leads)",
     "綠城社區(qū)聯(lián)合德州銀行、城管分局深入轄區(qū)大小商戶進(jìn)行常態(tài)化宣傳", ["绿城社区"], ["德州银行", "城管分局"], []),
    ("joint_action", "beijing_huoxian-zhen-shijiansuo-xuexiao-shitang-jiancha-converter.txt:14 (other_districts_fresh26; X聯合鎮相關部門"
     "對…: the town's departments a class)",
     "2022年秋季學(xué)期即將開學(xué),漷縣鎮(zhèn)市場監(jiān)督管理所聯(lián)合鎮(zhèn)相關(guān)部門(mén)對(duì)轄區(qū)的中小學(xué)校進行檢查",
     ["漷县镇市场监督管理所"], [], []),
    ("duty_sentence", "henan_fengqiu-2025-xiaoyuan-shipin-anquan-lianxihui-news.txt:1 (other_districts_fresh26; a dateline and a time "
     "before X牵头组织召开…会; the bureaus' officials attending are persons)",
     "本报讯 (记者崔敬)2月8日上午,封丘县市场监管局牵头组织召开了封丘县校园食品安全工作联席会,县教体局、县公安局、县卫生健康委相关负责人参加会议,切实加强全县校园食品安全监管。",
     ["封丘县市场监管局"], [], []),
    ("charged_by", "anhui-jiegan-jinshao-fenpian-dudao-zhidao.txt:3 (other_districts_fresh26; 由X采取…措施)",
     "对连续两年考评排名后两位的地区,由省生态环境厅采取区域限批措施。", ["省生态环境厅"], [], []),
    # (tasks37: fresh28's groups and partners)
    ("led_by", "heilongjiang_baoqing-2025-chengpinyou-feifa-chuyoudian-lianhe-zhifa-trad.txt (other_districts_fresh28; 由X牵头,联合A、"
     "B…等多部门组成…: no verb glued to the first partner)",
     "由縣安委辦牽頭,聯合應急管理局、市場監管局、交通運輸局等多部門組成聯合執法組,對城區開展檢查。",
     ["县安委办"], ["应急管理局", "市场监管局", "交通运输局"], []),
    ("led_by", "xizang_lasa-chengguan-bayi-jiedao-qixiu-shichang-zhengzhi-news.txt (other_districts_fresh28; 由X牵头,A、B和C工作人员"
     "组成的联合执法队伍)",
     "5月20日,由城关区八一街道牵头,加措社区、城关区城市管理局八一执法中队和罗布林卡消防救援大队工作人员组成的联合执法队伍开展汽车快修市场乱象专项整治行动。",
     ["城关区八一街道"], ["加措社区", "城关区城市管理局八一执法中队", "罗布林卡消防救援大队"], []),
    ("joint_no_lead", "hebei_dacheng-2019-hei-jiayouzhan-jizhong-qingcha-news.txt (other_districts_fresh28; …等部门及各镇区,分成五个"
     "联合执法组: the class generic)",
     "随后立即开展行动,县政府办、发改局、公安局、交通局、市场监管局、应急管理局等部门及各镇区,分成五个联合执法组,对县域津保路两侧的停车场展开拉网式检查。",
     [], ["县政府办", "发改局", "公安局", "交通局", "市场监管局", "应急管理局"], []),
    ("joint_no_lead", "guangxi_wuzhou-2017-xiaji-leiting-xingdong-linye-news.txt (other_districts_fresh28; A、B等部门,在…范围内联合开展)",
     "为切实保护森林资源,梧州市林业、森林公安等部门,在全市范围内联合开展“夏季雷霆行动”,打击破坏森林资源的违法行为。",
     [], ["梧州市林业", "森林公安"], []),
    ("joint_no_lead", "gansu_lanzhou-2016-caoyuan-zhengzhanyong-sanji-lianhe-ducha-trad.txt (other_districts_fresh28; …和永登、皋兰县X"
     "省市县三级联合: a county printed bare before the next county's body, as printed)",
     "7月13日—14日,甘肅省草原監督管理局、蘭州市草原飼料監督管理站和永登、皋蘭縣草原監督管理站省市縣三級聯合,深入皋蘭縣黑石鎮對佔用草原情況進行現場督查。",
     [], ["甘肃省草原监督管理局", "兰州市草原饲料监督管理站", "永登", "皋兰县草原监督管理站"], []),
    ("joint_no_lead", "hebei_baoding-ranqi-zhuanxiang-zhili-lianhe-jiancha-bangongshi-converter.txt (other_districts_fresh28; X办公室由A"
     "与B联手成立)",
     "燃气专项治理联合检查办公室由市公安局与市公用事业局联手成立。", [], ["市公安局", "市公用事业局"], []),
    ("joint_no_lead", "yunnan_zhenxiong-2015-chengshi-huanjing-zonghe-zhengzhi-news.txt (other_districts_fresh28; 由A、B…等部门组成的"
     "160多人的执法队伍; the militia a class)",
     "6月18日一大早,由公安、城管、工商、环保、交警、民兵、食药监、烟草等部门组成的160多人的执法队伍,从镇雄县城中山路开始集中整治城市环境。",
     [], ["公安", "城管", "工商", "环保", "交警", "食药监", "烟草"], []),
    ("joint_action", "jiangxi_yingtan-2025-shipin-anquan-fuxiaozhang-pinqing-converter.txt (other_districts_fresh28; X联合Y聘请N名…)",
     "鹰潭市市场监管局联合市教育局聘请78名食品安全业务骨干,作为学校食品安全“副校长”。", ["鹰潭市市场监管局"], ["市教育局"], []),
    ("joint_action", "hainan_wenchang-2025-haiyang-yuye-zhifa-dadui-haishuijing-news.txt (other_districts_fresh28; 该局X大队联合属地镇"
     "政府: 该局 no part of the name; the town a class)",
     "记者从文昌市综合行政执法局了解到,该局海洋和渔业行政执法大队联合属地镇政府严格保护砂质岸线整改成果。",
     ["海洋和渔业行政执法大队"], [], []),
    ("joint_action", "tianjin_heping-nanshi-jiedao-2025-zhengxie-tian-dafu.txt:20 (other_districts_fresh28; 每日上午和下午X联合Y(counts)"
     "对…: the hours and the bracket's counts no part of a name)",
     "南市街道加强巡查,每日上午和下午执法大队联合街道保洁队(保洁车辆1台,保洁队员3名)对主次干道进行巡查治理。", ["执法大队"], ["街道保洁队"], []),
    ("duty_sentence", "hebei_botou-daji-hei-jiayou-wodian-zhuanxiang-zhengzhi-huiyi.txt (other_districts_fresh28; a class 要…,联合A、B"
     "等部门…: the class no lead, the fields it joins cooperate)",
     "二是各乡镇政府要切实落实好属地责任,联合商务、公安、市场监管等部门依法予以严厉打击。", [], ["商务", "公安", "市场监管"], ["各乡镇政府"]),
    # (tasks38: fresh29's joint actions)
    ("joint_action", "henan_luyi-guantang-2010-xiaoyuan-zhoubian-zhengzhi.txt:1 (other_districts_fresh29; X人大组织A、B、C等7个部门的"
     "执法人员,对…: a town's congress named short is a body)",
     "(记者 侯国防 通讯员 刘艳杰 孔德亮) 连日来,鹿邑县观堂镇人大组织镇派出所、司法所、工商所等7个部门的执法人员,对全镇各中小学校园周边环境进行了集中整治。",
     ["鹿邑县观堂镇人大"], ["镇派出所", "司法所", "工商所"], []),
    ("joint_action", "neimenggu_ewenke-2025-linyeju-huilin-huicao-xuanchuan-converter.txt:10 (other_districts_fresh29; a converter's "
     "garble ?xùn)| for 东 inside the last name: its lone bracket shields no separator, the name kept as printed; 苏木 a unit)",
     "為深入貫徹落實生態(tài)文明建設(shè)要求,切實保護林業(yè)和草原資源,4月9日,旗林草局聯(lián)合旗司法局、法院、檢察院、公安局、自然資源局、農科局、融媒體中心及錫尼河?xùn)|蘇木人民政府等多部門,開展毀林毀草集中整治專項宣傳活動。",
     ["旗林草局"], ["旗司法局", "法院", "检察院", "公安局", "自然资源局", "农科局", "融媒体中心", "锡尼河?xùn)|苏木人民政府"], []),
    ("joint_action", "heilongjiang_daoli-2019-ranqi-ruhu-jiancha.txt:7 (other_districts_fresh29, http://www.smga.org.cn/info/10574.jspx; "
     "X近日联合Y公司开展: the time between subject and verb; a named company a partner)",
     "道里区政府近日联合中庆燃气公司开展燃气安全入家庭检查,重点检查全区老旧居民区、棚户区居民家中燃气胶管老化、泄漏等隐患问题,确保百姓用气安全。",
     ["道里区政府"], ["中庆燃气公司"], []),
    ("joint_no_lead", "heilongjiang_daoli-2019-ranqi-ruhu-jiancha.txt:10 (other_districts_fresh29, http://www.smga.org.cn/info/10574.jspx; "
     "A、B分别与C、D工作人员进入…: all four cooperate)",
     "从26日开始,中庆燃气公司道里一分公司、四分公司开始分别与抚顺街道办事处、康安街道办事处工作人员进入居民家中检查用气安全情况。",
     [], ["中庆燃气公司道里一分公司", "四分公司", "抚顺街道办事处", "康安街道办事处"], []),
    ("assisted", "heilongjiang_daoli-2019-ranqi-ruhu-jiancha.txt:13 (other_districts_fresh29, http://www.smga.org.cn/info/10574.jspx; "
     "下一步,class将配合Y在…做到: Y leads, the class helps)",
     "下一步,道里区各镇政府、街道办事处将配合中庆燃气公司在辖区内做到燃气入户安全检查全覆盖,预计在6月底前完成43万用户的入户检查工作。",
     ["中庆燃气公司"], [], []),
    ("joint_no_lead", "xinjiang_emin-2023-zizhiqu-shifanshe-tuijian-gongshi.txt:1 (other_districts_fresh29; A、B…G共同审核: a joint "
     "review, no lead)",
     "经合作社自主申报,农业农村局、发改委、财政局、税务局、市场监督管理局、畜牧兽医局、供销社共同审核,决定推荐3家地区级农民专业合作社为第七批自治区级农民专业合作社示范社。",
     [], ["农业农村局", "发改委", "财政局", "税务局", "市场监督管理局", "畜牧兽医局", "供销社"], []),
    ("led_by", "shanxi_yingze-2021-yecha-yangchen-wuran-epaper.txt:5 (other_districts_fresh20; 联合A、B、C部门: fields sharing one "
     "部门, each named bare (other_districts/README.md, stop 20))",
     "为有效遏制扬尘污染,改善空气质量,8月26日至8月30日,由太原市迎泽区执法分局牵头,联合交警、交通、环卫部门组成夜查队,对承运建筑垃圾车辆未苫盖,运输车辆沿途抛洒,擅自乱倒、乱倾建筑垃圾,建筑工地车辆进出土等扬尘污染进行检查。",
     ["太原市迎泽区执法分局"], ["交警", "交通", "环卫"], []),
    ("joint", "shanghai_jiading-2022-youyong-changsuo-xiaji-kaifang-lianhe-zhifa.txt (other_districts_fresh20; a named body before the "
     "last field's 部门: the 部门 is the last one's own, kept)",
     "7月15日,嘉定大队联合区体育局、区卫生监督部门对嘉定工业区、南翔镇、嘉定新城等重点游泳场所和筹建游泳场所开展了联合执法检查。",
     ["嘉定大队"], ["区体育局", "区卫生监督部门"], []),
    ("duty_sentence", "anhui-yuzhengju-changjiang-hexie-lianhe-zhushou.txt:1 (other_districts_fresh29; 由A和B渔政站负责: the place "
     "stands for its own station, both lead)",
     "由铜陵市和无为县渔政站负责土桥至刘渡水域联合执法管理。", ["铜陵市", "无为县渔政站"], [], []),
    ("charged_by", "anhui-yuzhengju-changjiang-hexie-lianhe-zhushou.txt:1 (other_districts_fresh29; 由A、和县B和C负责: 和县 a county)",
     "至11月20日以前,由马鞍山市、和县渔政站和当涂县渔检站负责马鞍山长江港口区段水域联合执法管理;",
     ["马鞍山市", "和县渔政站", "当涂县渔检站"], [], []),
    ("led_by", "neimenggu_baotou-daqingshan-baohuqu-2021-jinmu-zhuanxiang-xingdong.txt:1 (other_districts_fresh28; A一行6人深入…参加了由X"
     "牵头,联合B、C等相关部门共同开展的…: X (a 苏木, the township) leads, A and the joined bodies cooperate)",
     "为深入推动内蒙古自治区大青山国家级自然保护区内禁牧工作,2021年9月9日管理局禁牧专班一行6人深入包头五当召管理站参加了由吉忽伦图苏木牵头,联合包头分局、石拐区自然资源局等相关部门共同开展的禁牧专项行动。",
     ["吉忽伦图苏木"], ["管理局禁牧专班", "包头分局", "石拐区自然资源局"], []),
    ("joint_action", "hubei_suizhou-2022-jinbian-lianhe-xuncha-converter.txt:3 (other_districts_fresh29; …、市场监管和供销等部门: two "
     "fields joined by 和, 供销 a field)",
     "2021年12月30日,市禁鞭辦組織公安、城管、應急管理、市場監(jiān)管和供銷等部門開展城區(qū)禁鞭聯(lián)合檢查行動,進一步鞏固隨州城區(qū)禁鞭、禁孔明燈工作成果。",
     ["市禁鞭办"], ["公安", "城管", "应急管理", "市场监管", "供销"], []),
    # (tasks41: fresh30's joint actions; its README's task decisions)
    ("joint_action", "heilongjiang_qingan-2024-dongji-yesheng-dongwu-lianhe-xingdong-converter.txt:1 (other_districts_fresh30; "
     "X(以下简称Y)联合A、B(食药环)、C、volunteers等多家单位: the short names in brackets no part of a name, the volunteers no unit)",
     "近日,為加強冬季野生動物保護工作,慶安國有林場管理局(以下簡稱慶安管局)聯(lián)合慶安縣林草局、慶安縣公安局食品藥品和環(huán)境犯罪偵查大隊(食藥環(huán))、綏化市公安局慶安森林分局、野生動物保護志愿者等多家單位,共同啟動了冬季野生動物保護聯(lián)合行動,全面提升保護效能,形成跨部門合作新格局。",
     ["庆安国有林场管理局"], ["庆安县林草局", "庆安县公安局食品药品和环境犯罪侦查大队", "绥化市公安局庆安森林分局"], []),
    ("joint_no_lead", "fujian_fengze-2023-linzhang-jingzhang-xunshan-converter.txt:2 (other_districts_fresh30; 由A…E等“…”联勤联动成员单位"
     "组成的车巡、步巡队伍: a mechanism's members named in quotes, two patrols; all cooperate)",
     "在清源山風景區(qū),可見由林長辦、區(qū)公安分局、區(qū)自然資源局、清源山景區(qū)執(zhí)法大隊、清源街道林長辦等“林長+警長”聯(lián)勤聯(lián)動成員單位組成的車巡、步巡隊伍,發(fā)揮各自職能職責,聯(lián)合開展景區(qū)巡山護林活動。",
     [], ["林长办", "区公安分局", "区自然资源局", "清源山景区执法大队", "清源街道林长办"], []),
    ("assisted", "xizang-2020-linye-caoyuan-ju-yingwu-ruzang-jianbao-converter.txt:25 (other_districts_fresh30; …,决定由X配合Y、Z对…"
     "调查处置: Y and Z lead, X helps)",
     "我局又分別向自治區(qū)市場監(jiān)督管理局和自治區(qū)農(nóng)業(yè)農(nóng)村廳溝通匯報了相關(guān)情況,決定由拉薩市林草局配合自治區(qū)動植物檢疫所、拉薩市市場監(jiān)督管理局對湖北孝感鸚鵡入藏一事進一步詳細調(diào)查處置。",
     ["自治区动植物检疫所", "拉萨市市场监督管理局"], ["拉萨市林草局"], []),
    ("joint_action", "xizang-2020-linye-caoyuan-ju-yingwu-ruzang-jianbao-converter.txt:23 (other_districts_fresh30; X接到…后,高度重视,"
     "紧急组织A和B到现场核实: X carried over 高度重视, 紧急 before 组织)",
     "區(qū)林草局接到情況通報後,高度重視,緊急組織局動植物保護處和森林公安局到現(xiàn)場核實相關(guān)情況,入藏鸚鵡來源地為湖北省孝感市云夢縣銳鋒鸚鵡養(yǎng)殖場。",
     ["区林草局"], ["局动植物保护处", "森林公安局"], []),
    ("joint_action", "guizhou_qingzhen-2022-changjiang-jinbu-kuaquyu-lianhe-xingdong-trad.txt:13 (other_districts_fresh30; X牵头,联合"
     "places、自治州Y专班: the places share the prefecture's 专班 name)",
     "此次貴州省長江流域重點水域跨區域禁捕執法聯合行動由貴州省長江流域禁捕退捕工作領導小組辦公室統一部署,貴陽貴安長江流域重點水域禁捕退捕工作專班牽頭,聯合遵義市、畢節市、安順市、黔南布依族苗族自治州長江流域重點水域禁捕退捕專班共同啟動。",
     ["贵阳贵安长江流域重点水域禁捕退捕工作专班"], ["遵义市", "毕节市", "安顺市", "黔南布依族苗族自治州长江流域重点水域禁捕退捕专班"], []),
    ("joint_action", "guizhou_qingzhen-2022-changjiang-jinbu-kuaquyu-lianhe-xingdong-trad.txt:15 (other_districts_fresh30; 同时,城市强化…,"
     "组织A、B等重点执法部门: the city leads)",
     "同時,清鎮市強化執法聯動,組織公安、交通、市場監管、農業等重點執法部門不定期開展聯合執法檢查,與交界的織金縣、黔西市等地相關部門建立跨區域聯合執法機制。",
     ["清镇市"], ["公安", "交通", "市场监管", "农业"], []),
    ("duty_sentence", "sichuan-2020-xingji-xiandai-nongye-yuanqu-mingdan-trad.txt:4 (other_districts_fresh30; 据了解, before the subject)",
     "據了解,四川省委農辦、農業農村廳牽頭組織開展了2020年度全省省星級現代農業園區的考評工作。",
     ["四川省委农办", "农业农村厅"], [], []),
    ("joint_no_lead", "shanghai_jinshan-2018-linzheng-jicha-zhuanxiang-xingdong.txt:2 (other_districts_fresh30; A和B,组成联合检查组)",
     "市局林政稽查办和林木种苗管理部门,组成联合检查组对各区自查与排查情况进行抽查。",
     [], ["市局林政稽查办", "林木种苗管理部门"], []),
    ("joint_action", "shanghai_jinshan-2018-linzheng-jicha-zhuanxiang-xingdong.txt:3 (other_districts_fresh30; X联合Y来…检查)",
     "6月底,第二阶段工作开启,市林政稽查办联合宝山林业站来金山检查。",
     ["市林政稽查办"], ["宝山林业站"], []),
    ("joint_no_lead", "hunan_shimen-lvjian-zhuanxiang-xingdong.txt:1 (other_districts_fresh30, http://www.zgmiaomuw.com/nr/xxnews/5336.html; "
     "A、B、C和D紧密配合: the bodies' own names before 紧密配合, none leads)",
     "自“绿箭”行动开展近一个月来,石门县林业局执法大队、木材检查站、木材巡查大队和石门县森林公安局紧密配合,采取了“阵地坚守”、“围追堵截”、“突击检查”等有效战术,共出动执法力量531人次。",
     [], ["石门县林业局执法大队", "木材检查站", "木材巡查大队", "石门县森林公安局"], []),
    ("joint_no_lead", "liaoning-2014-shengji-shifan-jiating-nongchang-hezuoshe-ni.txt:10 (other_districts_fresh30; 由X等相关部门分别组织"
     "专家: the one named body cooperates)",
     "此次评选是由辽宁省农委等相关部门分别组织专家,对各市推荐的省级示范家庭农场及农民合作社省级示范社进行评审,共有317个家庭农场和227家农民合作社参加了申报工作。",
     [], ["辽宁省农委"], []),
    ("joint_action", "hunan_xintian-2024-houniao-xuncha-lianhe-zhifa-converter.txt:6 (other_districts_fresh30; a county bureau's forest "
     "police leads)",
     "冬季是候鳥遷徙的季節(jié),為保護候鳥平安遷徙,近日,新田縣公安局森林公安聯(lián)合林業(yè)執(zhí)法大隊開展候鳥巡查巡護執(zhí)法行動,為候鳥及其他野生動物遷徙保駕護航。",
     ["新田县公安局森林公安"], ["林业执法大队"], []),
    # stop 21 (tasks43): 召集 draws bodies in as 组织 does, the subject carried from the clauses before (及时 / 果断决策), a
    # station and a paper among them, a class after 及
    ("joint_action", "jiangxi_xingan-gaolingtu-daji-zhengzhi-trad.txt:1 (other_districts_fresh31, simplified here; X高度重视,果断决策,"
     "及时召集A、B…及相关乡镇部署安排,开展)",
     "江西省新干县政府高度重视,果断决策,及时召集县公安、国土、林业、城管、交警、报社、电台及相关乡镇部署安排,开展集中打击整治活动。",
     ["江西省新干县政府"], ["县公安", "国土", "林业", "城管", "交警", "报社", "电台"], []),
    # a person leading is no unit; the bodies taking part still cooperate
    ("led_by", "jiangxi_yiyang-wanli-353guodao-huanjing-zhengzhi.txt:3 (other_districts_fresh31; 由(person)牵头负责,A、B、C共同参与)",
     "专项整治工作具体由乡党委副书记胡煜寰牵头负责,乡执法大队、清洁办、村委会共同参与、共同发力,坚持一盘棋、凝聚一条心、铆足一股劲。",
     [], ["乡执法大队", "清洁办"], []),
    # offices' short names printed in quotes; 该市 before a body named by its field is the list's place, no part of the field
    ("joint_action", "guangdong_wuchuan-lanshi-zhen-sanda-ban-feifa-caisha-converter.txt:1 (other_districts_fresh25, simplified here; "
     "A“办”、B“办”联合该市C、D、E等部门)",
     "吴川市“三打办”、兰石镇“三打办”联合该市水务、国土、公安等部门,组成40多人的联合执法小组,在兰石镇袂花江名利桥头开展打击非法采沙专项行动。",
     ["吴川市“三打办”", "兰石镇“三打办”"], ["水务", "国土", "公安"], []),
    # the body whose head leads the group carried to 统一协调组织; the lead's own field (应急) no partner; fields sharing the 部门
    # before a class joined by 和 named bare, the class generic
    ("joint_action", "sichuan_mianzhu-2025-yanhua-baozhu-lianhe-jiancha-tongzhi.txt:10 (other_districts_fresh22; 由X负责人任组长,"
     "统一协调组织A、B、C、D部门和相关镇(街道)开展)",
     "为确保本次联合检查顺利开展,特成立联合检查小组,由市应急局分管负责人任组长,统一协调组织公安、交通、应急、市场监管部门和相关镇(街道)开展联合检查。",
     ["市应急局"], ["公安", "交通", "市场监管"], []),
    # stop 21 (tasks48), fresh32's misses: named farms and corps farms are bodies (农场, 实验场, 红星一场); a year alone before the
    # first party; the staff between 组织 and 开展; 商议联合成立, 达成…,共同, 是…合办的; a bare school beside a body
    ("joint_action", "heilongjiang_shangzhi-2022-linqu-gongan-senlin-xuncha.txt:2 (other_districts_fresh32; X联合Y组织开展, Y a "
     "wildlife trial station)",
     "在尚志市,林区公安局苇河分局平山派出所联合平山野生动物实验场组织开展森林资源巡查工作。",
     ["林区公安局苇河分局平山派出所"], ["平山野生动物实验场"], []),
    ("joint_no_lead", "xinjiang_bingtuan-2015-bingdi-ronghe-diba-dishisan-shi.txt:9 (other_districts_fresh32; A、B、C、D联合举办, "
     "two corps farms, a township and a state company)",
     "黄田农场、大泉湾乡、红星四场、中铁九局联合举办“共筑共建同心融合”文化活动,设计了歌手大赛、手工艺品大赛、趣味运动会等7项共同参与的活动。",
     [], ["黄田农场", "大泉湾乡", "红星四场", "中铁九局"], []),
    ("joint_no_lead", "xinjiang_bingtuan-2015-bingdi-ronghe-diba-dishisan-shi.txt:9 (other_districts_fresh32; 是A和B合办的)",
     "今年的春节晚会,是第十三师红星一场和哈密市陶家宫镇合办的,兵地双方的职工群众一起走上舞台,各族群众喜笑颜开。",
     [], ["第十三师红星一场", "哈密市陶家宫镇"], []),
    ("joint_no_lead", "xinjiang_bingtuan-2015-bingdi-ronghe-diba-dishisan-shi.txt:7 (other_districts_fresh32; 年份 A与B达成《…协议》,共同)",
     "2002年136团“人影办”与克拉玛依区气象局达成《小拐地区人工影响天气合作协议》,共同编织防雹网,使得小拐地区近几年来没有发生一次严重的雹灾。",
     [], ["136团“人影办”", "克拉玛依区气象局"], []),
    # http://www.bt.chinanews.com.cn/shehui/2023-05-06/doc-ihcpafep6637971.shtml: a corps farm leading, a town of a five-character name
    ("joint_action", "中新网兵团 2023-05-06 (皮山农场联合科克铁热克镇共同举办)",
     "近日,新疆生产建设兵团第十四师皮山农场联合皮山县科克铁热克镇在皮山农场中学共同举办兵地联谊活动,进一步推动兵地融合。",
     ["新疆生产建设兵团第十四师皮山农场"], ["皮山县科克铁热克镇"], []),
    ("joint_no_lead", "ningxia_longde-2021-liangxian-sanxiang-lianfang-liankong-converter.txt:4 (other_districts_fresh32, simplified "
     "here; A、B、C商议联合成立, a town named 古城)",
     "10月29日,隆德县温堡乡、甘肃省静宁县曹务镇、甘肃静宁县古城镇商议联合成立宁甘“两县三乡(镇)”疫情阻击联合临时党支部,统一指挥、步调一致。",
     [], ["隆德县温堡乡", "甘肃省静宁县曹务镇", "甘肃静宁县古城镇"], []),
    ("joint_no_lead", "xizang_lasa-2014-najin-xiaoxue-saikang-jingwuzhan-niupixian-converter.txt:1 (other_districts_fresh32, "
     "simplified here; A小学和B警务站组织民(辅)警开展)",
     "2014年7月3日上午,纳金小学和赛康便民警务站组织民(辅)警开展辖区城市“牛皮癣”清理。",
     [], ["纳金小学", "赛康便民警务站"], []),
    # a clause opening with 与 carries the subject of the clause before into the group (none leads); a verb setting up a mechanism
    # is no part of the first field
    ("joint_no_lead", "jilin_liaoyuan-2020-zoubian-liaoyuan-huanjing-zhengzhi.txt:10 (other_districts_fresh32; X精心组织、缜密安排,"
     "与A、B共同开展)",
     "近日,按照《关于“走遍辽源”环境整治活动实施方案》要求,辽源市公安局精心组织、缜密安排,与市人大、市政府办共同开展“走遍辽源”环境整治活动和爱国卫生日活动。",
     [], ["辽源市公安局", "市人大", "市政府办"], []),
    ("joint_no_lead", "chongqing-2019-chengshi-zonghe-guanli-qida-gongcheng-meta.txt:17 (other_districts_fresh32; 建立A、B部门联合执法"
     "工作机制)",
     "建立公安、城市管理部门联合执法工作机制,严控占用道路停车行为,对确需占用道路停车的,应严格规划设置。",
     [], ["公安", "城市管理"], []),
    # one body named by 由 setting up the teams to act (fresh32's README: it leads, alone; 香格里拉's `X周密部署,组成…小组` is a
    # single body's deed, no task since stop 24: tests/test_task_convention.py); the help named after the lead's own action
    ("led_by", "hainan_haikou-2015-nongmao-shichang-huanjing-zhixu-zhengzhi.txt:2 (other_districts_fresh32; 由X成立4个巡查小组,每月2次对…进行)",
     "由海口市农贸市场、大型商场环境秩序整治工作领导小组办公室成立4个巡查小组,每月2次对40个农贸市场整治情况进行巡查评比,及时发现和协调解决整治工作中存在的突出问题。",
     ["海口市农贸市场、大型商场环境秩序整治工作领导小组办公室"], [], []),
    ("assisted", "shanghai_minhang-zhuanqiao-shichangsuo-wuzhao-jingying-zhengzhi.txt:3 (other_districts_fresh32; X…开展联合整治,"
     "在A、B、C等部门的共同配合下)",
     "近日,闵行区市场监管局颛桥市场所结合文明城区创建和大联动工作的要求,冒酷暑对颛卫路和中沟路上无证照餐饮店及六小行业开展联合整治,在公安、网格中心、环卫等部门的共同配合下,出动20余人,取缔无照餐饮店、理发店10户。",
     ["闵行区市场监管局颛桥市场所"], ["公安", "网格中心", "环卫"], []),
]


@pytest.mark.parametrize("sentence", [
    "县文化馆举办一场和县公安局的篮球比赛。",  # constructed: 一场 after a verb is no farm
    "全县中小学和各幼儿园组织开展安全教育。",  # constructed: classes of schools, no group
    "由各乡镇成立3个检查组,对辖区加油站进行检查。",  # constructed: a class setting up teams names no body
    "经过认真研究,在上级部门的大力支持下,全县经济稳步增长。",  # constructed: help with no action of a body before it
    "为做好工作,与市人大、市政府办共同开展活动。",  # constructed: 与 with no body opening the clause before
    "深圳市市场和质量监督管理委员会开展专项检查。",  # constructed: 市场和 inside one name splits nothing
])
def test_tasks48_readings_keep_their_limits(sentence):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert (roles.lead, roles.cooperate) == ([], [])


def test_farms_and_numbered_corps_farms_are_units_measures_are_not():
    """fresh32's 兵团 page and 尚志: 黄田农场, 红星四场, 平山野生动物实验场 are bodies; 国有农场, 举办一场, 第一场 are not."""
    from kg.extract.units import is_unit
    assert all(is_unit(x) for x in ("黄田农场", "红星四场", "第十三师红星一场", "平山野生动物实验场"))
    assert not any(is_unit(x) for x in ("国有农场", "家庭农场", "建设美丽牧场", "举办一场", "第一场", "市场", "农贸市场", "养殖场"))


def test_a_body_joining_hands_with_counted_places_departments_leads():
    """fresh32's 北京: X将携手与津冀两地城管执法部门不断完善…: X leads, the two regions' departments a class."""
    from kg.extract.joint_partners import partners
    r = partners("北京城管执法部门将携手与津冀两地城管执法部门不断完善执法协作工作体系,持续加强重点专项整治力度。")
    assert (r.lead, r.cooperate, r.generic_cooperate) == (["北京城管执法部门"], [], ["津冀两地城管执法部门"])


@pytest.mark.parametrize("sentence", [
    "区政府召集公安、城管、工商等部门召开专题会议。",  # constructed: a meeting the bodies are called to is no task
    "专项整治工作由副县长李四牵头,各乡镇配合。",  # constructed: a person leading classes names no body
    "“三打办”是打击非法采砂的机构。",  # constructed: a quoted short name with no joint action
])
def test_tasks43_readings_keep_their_limits(sentence):
    roles, style = _sentence_roles(normalize_line(sentence))
    assert style is None and (roles.lead, roles.cooperate) == ([], [])


def test_the_leads_own_field_is_no_partner_unless_it_is_the_only_one():
    """constructed beside fresh22's 绵竹: a bureau drawing in its own field among others; alone, the field is read as before."""
    from kg.extract.joint_action import joint_action
    r = joint_action("区城管局联合公安、城管、工商等部门开展整治。")
    assert (r.lead, r.cooperate) == (["区城管局"], ["公安", "工商"])
    r = joint_action("县水务局组织公安、交通部门和相关乡镇开展河道联合执法。")  # fields sharing 部门, then a class
    assert (r.lead, r.cooperate, r.generic_cooperate) == (["县水务局"], ["公安", "交通"], ["相关乡镇"])
    assert joint_action("县水务局联合公安、交通等部门和相关乡镇开展河道联合执法。") is None  # 等部门 then a class: as before


def test_a_radio_or_television_station_is_a_unit_a_platform_is_not():
    """fresh31's 新干: "…报社、电台及相关乡镇部署安排" — a station is a body, as a newspaper (社) is."""
    from kg.extract.units import is_unit
    assert is_unit("电台") and is_unit("县电视台") and is_unit("广播电视台")
    assert not is_unit("平台") and not is_unit("舞台")


# (tasks41) real and constructed lines the fresh30 readings leave alone
@pytest.mark.parametrize("sentence,lead,coop", [
    ("县林业局组织开展全县林政稽查专项行动。", [], []),  # constructed: a plan's 组织开展 (no 了) is no report of a sole action
    ("各乡镇组织开展了专项行动。", [], []),  # constructed: a class organising
    ("县林业局于5月组织开展了植树节宣传活动。", [], []),  # constructed: an event, no campaign
    ("县财政局密切配合,做好资金保障。", [], []),  # constructed: one body alone is no group
    # fresh16's gansu_jingchuan-zhatuche-jizhong-zhengzhi-news.txt:6: 密切协作 after the names restates line 3's joint action (no task)
    ("行动中,泾川县公安局交警大队城区中队和县交通局密切协作,以“强化管理,从严执法,集中整治,落实长效”为原则,突出强化重点时段和重点路段管控。", [], []),
    ("自然资源局、林业局联合开展检查。", [], ["自然资源局", "林业局"]),  # constructed: 自 of 自然 is no "since"
    ("市民政局(老龄办)联合市公安局开展检查。", ["市民政局(老龄办)"], ["市公安局"]),  # constructed: another body's name in brackets is kept
    # http://cnmq.com.cn/dfbm/bmdt/16373.html: 密切配合 after what the centre does, no list of bodies
    ("林业发展服务中心结合公安局森林公安提高政治站位,把握行动重点,强化沟通协调,密切配合、通力协作", [], []),
    # fresh18's shanghai-1996-tantu-guanli-tiaoli: a regulation's definition of a short name, no list and no joint verb after it: the
    # bracket stays and the sentence reads as before (no task)
    ("上海市滩涂管理处（以下简称市滩涂管理处）具体负责本市开发利用滩涂的管理工作。", [], []),
    # fresh10's shandong-2023-zhongwuran-jixiao-pingji-gonggao: a review the department organised, no campaign (no task)
    ("本着公正、公平、公开的原则,省生态环境厅组织开展了重点行业企业复核、新申报企业绩效评级,经企业自评、资料审核、现场核验、专家会审等程序,并结合各级监督帮扶、执法处罚结果等情况,截至目前,全省共认定A级企业77家。", [], []),
    # sample 001: a short name standing for a class of the bodies listed is kept, the list read as before (no task)
    ("区发改局、区财政局、区农业局、区水务局、区农业开发办、周村国土资源局（以下简称“各有关部门”）应当按照项目“谁牵头、谁入库、谁确认”的原则。", [], []),
])
def test_fresh30_readings_keep_their_limits(sentence, lead, coop):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert (roles.lead, roles.cooperate) == (lead, coop)


def test_bodies_deploying_a_campaign_then_a_lead_drawing_others_in_are_two_tasks():
    """fresh30's qinghai-2022-lvdun-qinghaihu-liuyu-jiandu-trad.txt:14: 自A、B等7部门部署开展…以来,X牵头,会同C、D…等部门,…: the
    bodies that deployed the campaign cooperate with none leading; X leads its own action (its README)."""
    from kg.extract.duties import _joint_clauses
    sent = normalize_line("據介紹,自生態環境部、國家林草局等7部門部署開展“綠盾2017”自然保護區監督檢查專項行動以來,青海省生態環境廳牽頭,"
                          "會同省林草局、省農業農村廳、省自然資源廳、省水利廳、省交通廳等部門,將全省11個自然保護區全部納入“綠盾”強化監督專項行動范疇。")
    parts = _joint_clauses(sent)
    assert len(parts) == 2
    first, second = (_sentence_roles(x)[0] for x in parts)
    assert (first.lead, first.cooperate) == ([], ["生态环境部", "国家林草局"])
    assert (second.lead, second.cooperate) == (["青海省生态环境厅"], ["省林草局", "省农业农村厅", "省自然资源厅", "省水利厅", "省交通厅"])


# (tasks37: the wider group markers never make a group of what names no body)
@pytest.mark.parametrize("sentence", [
    "全体人员分成五个小组,对辖区商户展开检查。",  # constructed: staff split into groups, no body
    "由于两家企业联手成立合资公司,市场格局发生变化。",  # constructed: 由于, firms
    "该局局长带队联合检查。",  # constructed: a person, no partner
    "执法人员聘请78名志愿者参与巡查。",  # constructed: staff hiring, no partner
    "县交通局(含路政所)联合检查。",  # constructed: a bracket of no counts, no list after 联合
    # (tasks38) constructed: persons paired off, 人大 alone
    "工作人员分别与居民进入家中检查。",
    "人大组织代表进村入户发放宣传单。",
    "全体队员深入各村参加了由镇领导带队的巡查。",  # constructed: staff and a person, no body
    # other_districts_fresh19's 连徐 (no gold task there): staff drawn daily, no body before 联合
    "路政部门在保证正常值班的情况下,每天抽出一个路政中队联合连徐高速公路路政大队进行联合治超执法。",
])
def test_no_group_from_the_wider_markers(sentence):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert roles.cooperate == [] and roles.lead == []


# (tasks28: headings and organised lists that name no body of their own)
@pytest.mark.parametrize("sentence", [
    "（三）各成员单位职责任务",  # constructed: a class
    "一、主要职责任务",  # constructed: no body
    "县财政局负责组织实施项目资金的拨付。",  # constructed: 组织实施 is the duty, no list
    "县委办负责组织:县委办、三中教师和学生参加。",  # http://www.fsou.net.cn/html/text/lar/173198/17319833_1.html: itself and persons
])
def test_no_partner_from_a_duty_heading_or_organised_list_without_bodies(sentence):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert roles.cooperate == [] and (roles.lead in ([], ["县财政局"], ["县委办"]))


# (fresh25's shared suffix: bare words that are classes share no name; one bare place does where it is a division's name, as
# tasks31's 武清 "组织通州、廊坊支队开展" (tasks36: each named as printed), a bare word that is no place never)
@pytest.mark.parametrize("sentence", [
    "县城管局联合社区、学校、镇派出所开展巡查。",  # constructed: classes, not places sharing a name
    "县农业农村局联合农户、县农机站开展巡查。",  # constructed: one bare word that is no division's name
])
def test_no_shared_suffix_without_two_bare_places(sentence):
    from kg.extract.joint_lists import _bodies
    got = _bodies(sentence.split("联合")[1].split("开展")[0], False)
    assert got is None or "农户" not in got[0] and "社区" not in got[0]


def test_one_division_before_the_last_ones_body_is_named_as_printed():
    from kg.extract.joint_lists import _bodies
    assert _bodies("汉川、江汉水政大队", False) == (["汉川", "江汉水政大队"], [])  # constructed


def test_a_second_clause_of_the_same_verb_without_bodies_adds_no_partner():
    # constructed: 并联合 before an activity, no body
    roles, _ = _sentence_roles(normalize_line("县城管局联合公安等部门开展检查,并联合宣传活动。"))
    assert (roles.lead, roles.cooperate) == (["县城管局"], ["公安"])


def test_a_class_run_of_places_sharing_one_organ_is_one_class():
    from kg.extract.units import split_units
    # https://newton.com.tw/wiki/六盤水市人民政府關於進一步做好新形勢下就業創業工作的實施意見 (a 責任單位 of classes only)
    assert split_units("各县、特区、区人民政府，各经济开发区管委会，市就业工作联席会议制度成员单位") == (
        [], ["各县、特区、区人民政府", "各经济开发区管委会", "市就业工作联席会议制度成员单位"])
    assert split_units("县发改局、县财政局、县人民政府") == (["县发改局", "县财政局", "县人民政府"], [])  # constructed: no 各
    # fresh10 liaoning-2023-gongzuo-baogao-renwu-fenjie-mirror.txt:29: a class, then a unit (no run of bare places)
    assert split_units("各市人民政府,省沈抚示范区管委会") == (["省沈抚示范区管委会"], ["各市人民政府"])


# (tasks25: real and constructed lines that the wider readers — 联动 taking partners, a carried subject, a city's 公安, 共同 /
# 开展联合 as a group's marker — must not read)
@pytest.mark.parametrize("sentence", [
    "部门联动、市区联动、区际联动",  # http://chongqing.baogaosu.com/yongyu/ (a heading's nouns: 联动 with no body acting)
    "该县将继续加大执法力度,联合有关部门开展整治。",  # constructed: 该县 a place, no body
    "该县围绕安全生产,联合县应急局开展检查。",  # constructed: 该县 points back, no place named (tasks28's 聚焦 rule skips it)
    "全市公安联合交通部门开展专项整治。",  # constructed: 全市公安 is every police body, no one leading
    # ("根据统一部署,县政府将开展联合检查行动。" is no joint reading, but a task of 县政府 (stop 24's convention, rule 2:
    # tests/test_task_convention.py))
    "县文联、县作协共同主办的征文活动受到好评。",  # constructed: 共同主办的 qualifies a noun
    # (tasks27: a comma closes only two or more named units; a manner word carries a subject only from a body's clause)
    "区政府协调区公安分局,放弃周末休息,开展整治。",  # constructed: one name before the comma
    "县政府协调公安、交警,做好保障工作。",  # constructed: fields, no named units, before the comma
    "会议强调,要快速推进整治,联合有关部门开展检查。",  # constructed: no body opens the clauses before
    # fresh21 gansu_yuzhong-2020-hehu-lianhe-zhifa-news-trad.txt:9: one body's own work before the joint one
    "榆中县水务局研究制定实施方案,并成立了河湖联合执法专项行动工作领导小组。",
    # (tasks31: 主办 closing a clause and the partners named by 协作单位为 read only beside a lead)
    "本次征文由市委宣传部主办的读书会承接。",  # constructed: 主办的 qualifies a noun
    "协作单位为市公安局、市水利局。",  # constructed: partners with no lead named
    # http://yjglj.gz.gov.cn/gzajj/ajxw_xzgw/201909/e10d534da448456d8c711db19d0f232c.shtml: persons, no unit
    "并被确定为2019年重点提案,由市政协刘悦伦主席牵头督办、陈怡霓副主席配合。",
    "检查组赴嘉定住房集团开展检查。",  # constructed: one group going, no bodies listed
    "市民等开展健身活动。",  # constructed: a bare 等 after no body
    "全市开展整治,与交管、公安等部门组成联合执法组。",  # constructed: 与 after a clause no body opens
    "国有林场与周边村组开展护林。",  # constructed: 国有林场 names no farm
    "各部门通力协作,确保整治到位。",  # constructed: a class working together, no bodies
    "区政府与某某科技有限公司深入合作,共建产业园。",  # constructed: a partnership with a business, no joint task
    "该县联合多部门开展整治。",  # constructed: 该县 a place, no body, before 多部门
    "会议要求各部门牵头抓好落实。",  # constructed: a class asked, no body
    "要求有关部门牵头,抓好落实。",  # constructed: a class asked, no body
    "将通过联合有关部门,重点打击违法行为。",  # constructed: no body before the verb
    "由志愿者组成的巡查队每天上街。",  # constructed: persons, no bodies
    # sample corpus 003_4e5ccb238a0f172a.txt:4483: places, no bodies, before a bare 等
    "（5）引导妇女提高媒介素养。利用妇女之家、图书馆、网络课堂等开展面向妇女的媒介素养培训和指导。",
])
def test_no_joint_reading_from_the_wider_markers(sentence):
    text = normalize_line(sentence)
    roles, style = _sentence_roles(text)
    assert style is None or not (roles.lead or roles.cooperate), (style, roles)


def test_several_joint_actions_in_one_sentence_are_one_task_each():
    """fresh21 qinghai-2024-qing-zang-gan-chuan-kuaquyu-shengtai-lianhe-zhifa-news.txt:12: each clause opening with its own
    pair of bodies is cut off; a clause going on with the same subject (与甘肃省…开展) stays, and a duty after a joint action
    is the duty readers' (no cut)"""
    from kg.extract.duties import _joint_clauses

    sent = normalize_line("去年以来,青海省与西藏自治区生态环境厅在阿里地区联合开展盐湖锂资源开发产业执法监管交流帮扶活动,与甘肃省生态环境厅在"
                          "祁连山交界地区开展联合检查,海西州与酒泉市生态环境部门2次组成跨省区执法巡查组对阿克塞县哈尔腾、白雪山北麓,肃北县盐池湾,"
                          "德令哈市哈拉湖、绿湖,青甘边界哈熊掌等区域进行联合巡查,海北州与张掖市生态环境部门联合对峨堡镇扁都口甘青管护站建设运行"
                          "和黑河流域黄藏寺水利枢纽、武仙高速建设项目污染防治措施落实情况进行执法检查,果洛州与阿坝州联合开展青川毗邻地区突发环境事件隐患排查联合执法活动,切实保障跨区域地区生态环境安全。")
    got = [_sentence_roles(x)[0].cooperate for x in _joint_clauses(sent)]
    assert got == [["青海省", "西藏自治区生态环境厅"], ["海西州", "酒泉市生态环境部门"], ["海北州", "张掖市生态环境部门"], ["果洛州", "阿坝州"]]
    assert _joint_clauses("县财政局联合县审计局开展专项检查,县教育局要做好配合。") == ["县财政局联合县审计局开展专项检查,县教育局要做好配合。"]
    # (two places named with 与 and no joint work in their clause: no partners)
    assert _sentence_roles("青海省与甘肃省在祁连山的交界线长达数百公里,两省联合保护生态。")[0].empty
    # (/work/shared/gazettes 003_4e5ccb238a0f172a.txt:3410: 我区 and 相邻区县 name no place)
    assert _sentence_roles("市政府及其部门未启动响应机制时，由我区与相邻区县联合成立应急指挥机构，双方（或多方）有关负责同志共同担任总指挥。")[0].empty


def test_a_later_clause_with_its_own_subject_keeps_it():
    """constructed: the aims a subject pursues carry it on, another body opening a clause does not"""
    roles, _ = _sentence_roles("市农业农村局严格按照要求,保障农资供应,县公安局联合县市场监管局开展检查。")
    assert (roles.lead, roles.cooperate) == (["县公安局"], ["县市场监管局"])


def test_a_station_named_after_its_bureau_is_no_person():
    """fresh23's 雨湖 (局长城所: the bureau's 长城 station); a head named by his title still is a person"""
    from kg.extract.duty_units import PERSON_BY_POST

    assert not PERSON_BY_POST.search("雨湖区市场监管局长城所") and not PERSON_BY_POST.search("县交通局长安站")
    assert PERSON_BY_POST.search("常务副县长张三") and PERSON_BY_POST.search("县公安局局长李明") and PERSON_BY_POST.search("市长王建国")


# (real lines with the fresh19 closers — an adverb, 聚焦, a head count, a rank 带队 — and no list of partners: no joint action)
@pytest.mark.parametrize("sentence", [
    # https://scjgj.huaian.gov.cn/col/3983_253667/art/17698752/17707748904489bxtgFQQ.html
    "春节临近,市市场监管局园区分局紧扣“内部综合查”工作部署,聚焦民生消费重点领域,全面开展节前市场综合检查,以高效监管、精准执法守护群众平安过节。",
    # https://yaliqi.com/new/657098508221814784
    "检查组一行先后深入新世纪百货开州商都等大型商业综合体,采取实地勘查与资料审查相结合的方式,对用火用电安全、施工改造作业进行了全面细致的排查。",
    # https://www.xuancheng.gov.cn/News/show/1403515.html
    "9月8日,市局党组书记、局长高真理带队对节前“三品一特”安全状况、疫情防控落实、价格监管以及商品过度包装和“天价”月饼和涉蟹卡蟹券情况深入一线进行检查。",
    # http://www.lowongankerja-keluarnegeri.com/bmzb/xscjdglj/zwgk/gzdt/content/post_4414254.html
    "此次联合执法行动共出动执法人员20人次,执法车辆5车次,检查各类市场主体36家次,暂未发现违法经营行为。",
    # https://zztdbp.com/index.php/article/view/id/111268.html: a purpose with 打击 and no body
    "據悉,為維護我市客運市場秩序持續穩定,嚴厲打擊黑出租、非法網約車的違法行為,每天出動執法人員16人次,警車3臺,加大執法力度和密度。",
    # http://www.wblndd.cn/jjly/202502/t20250213_8819744.htm: fields acting, 联合执法 a noun at the end
    "在人员密集、出租汽车流动量大的关键点位,开展定点值守,协同监管,联合执法。",
    # http://www.ctfzzz.com/show-8-42771-1.html: a document the bodies issued together, read at a meeting
    "会议中,学习了黄冈市公安、市监、烟草联合发文,并就下步工作进行了安排部署。",
    # http://www.lowongankerja-keluarnegeri.com/bmzb/xscjdglj/zwgk/gzdt/content/post_4414254.html: a class 联动s, no body
    "本次联合执法行动,各职能部门积极联动,形成合力,有力整顿了国庆节前市场秩序,净化了节日市场环境。",
    # https://www.gaoming.gov.cn/gzjg/zfgzbm/qscjgj/pacj_1106237/content/post_63844.html: 部门联动 a heading's noun
    "一是部门联动、集中排查。迅速开展集中拉网式排查,全面掌握辖区内市场中可能存在的黑恶势力。",
    "联合国教科文组织发布报告,呼吁各国加强教育投入。",  # constructed: 联合国 is a name, no joint marker
    "具体办法由县人民政府会同有关部门另行制定。",  # constructed: 会同 in a rule's wording, no joint action reported
    "本条例所称联合会,是指依法成立的行业联合会。",  # constructed: 联合会 a noun
    "市总工会、市妇联联合会议纪要已印发。",  # constructed: 联合会议纪要 a noun
    "县文联、县作家协会联合会员开展采风的做法值得推广。",  # constructed: …的做法 qualifies a noun
])
def test_no_joint_action_from_the_closers_alone(sentence):
    from kg.extract.joint_groups import joint_group
    from kg.extract.joint_action import joint_action, joint_without_lead, listed_actors
    text = normalize_line(sentence)
    assert all(read(text) is None for read in (joint_action, joint_without_lead, joint_group, listed_actors))


@pytest.mark.parametrize("sentence", [
    "县政府组织开展安全生产大检查。",  # constructed: 组织开展 names no body
    "市商务局联合印发《关于促进消费的通知》,部署全年工作。",  # constructed: a joint issue, no list of bodies
    "区委组织部、区财政局要加强协作。",  # constructed: 组织 inside a name is no verb of a joint action
    # fresh12 hubei_qichun-hedao-caisha-zhuanxiang-zhili-leiting-xingdong-news.txt:7: a subject is carried only from the
    # clause just before (or over a condition), never from an earlier clause that is no body
    "受利益驱使,近段时间,青石辖区内非法盗采河砂现象有所抬头,在当天的专项治理行动中,联合执法专班在蕲河黄土堰到上垸河段发现并制止了盗采行为。",
    "市场监管局与税务局的数据显示,今年以来全市新增市场主体增长10%。",  # constructed: 与 with no joint action
    # /work/shared/gazettes 003_4e5ccb238a0f172a.txt:4318: 工会组织 is a noun, and nobody organises
    "鼓励支持工会组织、社区开展妇女健身活动，不断提高妇女的健康水平。",
    # /work/shared/gazettes 002_a74681798106870b.txt:2414: 组织对… names no partner
    "危害控制组组织对相关药品进行统计、溯源，组织药品经营企业紧急召回。",
    "县发改局协调解决项目用地问题。",  # constructed: 协调 + a task, no partners
    "区应急局协同推进安全生产工作。",  # constructed: 协同 + a task, no partners
])
def test_no_joint_action_without_bodies_after_the_verb(sentence):
    from kg.extract.joint_action import joint_action, joint_without_lead

    from kg.extract.joint_partners import partners

    assert joint_action(sentence) is None and joint_without_lead(sentence) is None and partners(sentence) is None


def test_charges_listed_with_a_pause_mark_are_one_duty_each():
    """gansu_ningxian-nongzi-dajia-zhuanxiang-zhili-news.txt:3 (other_districts_fresh12): X负责Y、Z负责W …"""
    from kg.extract.duties import _charge_list

    sent = "市场监管局负责化肥、农业执法大队负责农药、种子管理站负责种子、农技中心负责地膜、畜牧兽医站负责兽药、饲料、饲料添加剂检查。"
    got = [(_sentence_roles(x)[0].lead, x[-4:]) for x in _charge_list(sent)]
    assert got == [(["市场监管局"], "负责化肥"), (["农业执法大队"], "负责农药"), (["种子管理站"], "负责种子"), (["农技中心"], "负责地膜"),
                   (["畜牧兽医站"], "剂检查。")]
    assert _charge_list("县财政局负责资金、物资保障。") == ["县财政局负责资金、物资保障。"]  # one charge: not cut


@pytest.mark.parametrize("style,where,sentence,lead,coop,glead", SENTENCES, ids=[f"{s[0]}:{s[1][:20]}" for s in SENTENCES])
def test_sentence_styles(style, where, sentence, lead, coop, glead):
    text = normalize_line(sentence)
    text = text.split("）", 1)[1] if text.startswith("（四）") else text
    roles, got = _sentence_roles(text)
    assert (got, roles.lead, roles.cooperate, roles.generic_lead) == (style, lead, coop, glead)


@pytest.mark.parametrize("file", ["hainan-jinsu-gongjian-xiaozu-sheng-santing-liandong-haikou-liangju-wn.txt",
                                  "hainan-jinsu-gongjian-xiaozu-sheng-santing-liandong-haikou-liangju-wn-s2twp.txt"])
def test_a_group_pointed_back_to_joining_many_departments_leads(file):
    """tasks99's 禁塑 (line 3, simplified and s2twp copies): "记者从省禁塑执法攻坚小组(以下简称攻坚小组)获悉,该攻坚小组联合多部门跨区域作战,
    在海口秀英港…查获…" — 跨区域 after 多部门 opens the deed as 开展 does; 该攻坚小组 reads back to the group named before it (its gold)."""
    from conftest import dev_set_tasks
    leads = [[fold(x) for x in lead] for line, lead, _ in dev_set_tasks("tasks99", file, names=True) if line == 3]
    assert ["省禁塑执法攻坚小组"] in leads


def test_a_class_of_towns_after_the_closing_phrase_is_part_of_it():
    """tasks34 zhejiang-wencheng-nongye-lianhe-jiaojing-zhen-zhengfu.txt:7 (http://xs.66wz.com/xs/system/2021/02/03/013978762.shtml):
    X联合A、B、C等部门、乡镇在…开展 — the towns after the 等-phrase are no partner (joint_action's list reader; the sentence reader
    _joint, tried first, still reads the class wrong)."""
    from kg.extract.joint_action import joint_action
    r = joint_action("县农业农村局联合县市场监督管理局、县交警大队、峃口镇人民政府等部门、乡镇在峃口镇城东村文成驿站处开展设卡联合执法检查行动。")
    assert (r.lead, r.cooperate) == (["县农业农村局"], ["县市场监督管理局", "县交警大队", "峃口镇人民政府"])


@pytest.mark.parametrize("sentence", [
    # tasks34 anhui-jinzhai-linyeju-lianhe-zhen-zhengfu-chouban-yanlian.txt:1 (https://www.ahjinzhai.gov.cn/public/6596451/37682188.html):
    # a meeting two bodies host is no task
    "此次会议由县林业局联合梅山镇政府共同筹办。",
    "县消防大队、县森林消防大队参加了会议。",  # constructed: taking part in a meeting is no joint action
])
def test_a_meeting_hosted_or_attended_is_no_joint_action(sentence):
    assert _sentence_roles(normalize_line(sentence))[1] is None


def test_staff_gathering_without_joining_hands_is_no_joint_action():
    """constructed from tasks34's 南湖 line: staff gathering alone, no 联合 / 联手 after it, is no task."""
    from kg.extract.joint_action import staff_together
    assert staff_together("昨天上午,新兴街道综合执法中队、市场监管所的执法人员在文昌菜场东侧集合。") is None


@pytest.mark.parametrize("sentence", [
    "市、区有关部门联合开展专项检查。",  # constructed: a class at both levels names no body
    "由区城管执法局、各镇街联合,强化源头管控。",  # constructed: one named body beside a class is no group
])
def test_no_levels_lead_or_class_group_without_named_bodies(sentence):
    from kg.extract.joint_groups import joint_group
    from kg.extract.joint_action import joint_action
    r = joint_action(sentence)
    assert (r is None or not r.lead) and joint_group(sentence) is None


def test_a_later_xietong_clause_names_no_partner():
    """anhui_qiaocheng-fenjie-meta-pipe.txt:21 (other_districts_fresh2): 协同配合单位 after a comma is a role, no partner."""
    roles, _ = _sentence_roles(normalize_line("主要责任单位要与协同配合单位加强沟通联系,协同配合单位要服从工作大局,齐心协力推进政府工作报告重点工作。"))
    assert roles.cooperate == []


def test_a_meetings_reported_words_name_no_body():
    """hunan_chenzhou-2021-qiudongji-chuanranbing-xuexiao-weisheng-huiyi-news.txt:9 (fresh16) and hubei_changyang-xiangmu-
    bangonghui-news.txt:3 (fresh4): 会议强调 / 会议要求 + what it asks is no subject of a duty."""
    for sent in ["会议强调国庆节期间卫生健康和教育部门要进一步做好新冠肺炎疫情常态化防控工作,加强宣传引导,加强重点场所、重点人员管理。",
                 "会议要求各地各部门申报项目时必须包括项目名称、项目业主、建设性质、建设规模及内容、建设起止年限、总投资、资金来源、前期工作完成情况、项目联系责任人、申报单位。"]:
        assert _sentence_roles(normalize_line(sent))[1] is None
    # a body opening the sentence still leads ("会议" inside no subject)
    assert _sentence_roles("区卫健局要进一步做好疫情防控工作。")[0].lead == ["区卫健局"]


def test_a_person_convening_names_no_body():
    """/work/shared/gazettes: a 联席会议 convened by a leader, with no 成员单位 clause, is no 召集人 task."""
    from kg.extract.duty_roles import _convened

    assert _convened("联席会议由分管民政工作的县领导担任召集人,县政府协调民政工作的县府办副主任、县民政局主要负责同志担任副召集人。") is None
    assert _convened("由分管副区长任召集人,区发改委、区财政局为成员单位。") is None  # constructed: a person only
    # constructed: the heads of a class convene: the class stays a class (generic), never a lead
    got = _convened("联席会议由各街道办事处主要负责人任召集人,区发改委、区财政局为成员单位。")
    assert got is None or (got.lead, got.generic_lead) == ([], ["各街道办事处"])


@pytest.mark.parametrize("sentence", [
    # fresh13 fujian_changle-2025-shijianju-gongan-lianhe-zhifa-news.txt:4: a headline's words before a dash
    "联动执法出重拳守护民生保安全——长乐区市场监管局与区公安局联合行动纪实",
    # fresh14 jiangxi_dean-2021-chunjie-yanhua-baozhu-dafei-zhiwei-news.txt:8: 通过…的联合执法行动 qualifies a noun
    "通过春节期间县公安局、县应急管理局的联合执法行动,有力地打击了我县烟花爆竹非法违法经营行为,对不法经营户形成震慑。",
    "县公安局组织交通、城管联合执法。",  # constructed: a body (no place) organising others leads: not a group
    "科技、金融联合发力,推动产业升级。",  # constructed: open fields outside the field names read no group
    "市委宣传部联合主办的读书活动受到好评。",  # constructed: one body alone is no group
    "市委组织部、市财政局组织开展的培训活动受到好评。",  # constructed: 组织开展的 qualifies a noun
    "省工信厅、省水利厅评选出的节水型企业名单已公布。",  # constructed: 评选出的 qualifies a noun
    "县政府组织开展安全生产大检查。",  # constructed: one body organising is no group
    "村支书张明带领村民到田间开展秸秆禁烧宣传。",  # constructed: a person leading persons, no bodies
    "市统计局率先开展数据核查。",  # constructed: 率先 is "first", no 率 of a leader
    "县领导率先垂范,带头开展检查。",  # constructed: a leader setting an example leads no group
    # fresh13 sichuan_cangxi-2017-xiangzhen-jiaotong-zhixu-zhengzhi-news.txt:8 (its gold: persons leading an inspection, no task)
    "广元市苍溪县副县长、公安局局长张家和带领交警大队、路政所、运管所等部门负责人一行到县城区北门沟路、歧坪镇、岳东镇、东溪镇调研督导道路交通秩序管理工作。",
    "通过市场监管局、公安局等部门的努力,组织开展的活动很成功。",  # constructed: a group after 通过, its 组织开展的 a noun's
    "根据市委办公室、市政府办公室联合印发的《实施方案》要求,做好相关工作。",  # constructed: 联合印发的 cites a document
    "按照省、市联合印发《方案》要求开展工作。",  # constructed: levels, no bodies
    "区财政局、区审计局要严格按照规定执行。",  # constructed: a duty with 要 (the duty styles read it: both lead)
    "县教育局严格按照要求开展检查。",  # constructed: one body is no group
    "市民政局、市财政局联合印发《关于加强困难群众救助工作的实施方案》的通知。",  # constructed: a notice's title, no action
    "本次联合执法行动,各职能部门积极联动,形成合力。",  # (the lowongankerja page above): a class 积极联动s
    # (a `pages` search result that came without its address, 6 provinces' traffic police campaign): a point of a plan, 会同
    # with no subject and no list of bodies
    "二是加强跨部门联动。加强重点收费站、服务区、国省道定点值守和流动巡查,会同交通运输部门严查超员载客面包车非法营运等违法行为。",
    "县公安局、县交警大队联合对外发布通告的做法得到好评。",  # constructed: 对外发布 is no object acted on
    # fresh5 sichuan_shengrenshe-shoufa-chengxin-a-tongbao.txt:1: a verb inside the list (我厅会同…) is no group
    "根据《企业劳动保障守法诚信等级评价办法》(人社部规〔2016〕1号)等有关规定,我厅会同省发展改革委、住房城乡建设厅、交通运输厅等部门(单位),组织开展了2023年度企业劳动保障守法诚信等级评价工作。",
    # (tasks26: 集结 and 此次联合行动由 read no group without several bodies)
    "县公安局集结执法人员、执法车辆,开展夜间巡查。",  # constructed: one body gathering its own staff
    "各乡镇集结力量开展秸秆禁烧巡查。",  # constructed: a class, no named bodies
    "此次联合行动由县公安局牵头开展。",  # constructed: one body
])
def test_no_joint_group_without_a_group_of_bodies(sentence):
    from kg.extract.joint_groups import joint_group
    assert joint_group(sentence) is None


@pytest.mark.parametrize("sentence", [
    "领导小组由区发改局、区财政局组成。",  # constructed: a 领导小组 is no working group (the duty styles read its members)
    "由事发地镇办负责同志、区相关部门负责同志组成的现场指挥机构。",  # /work/shared/gazettes: persons make up a 指挥机构
    # tasks34 fujian-licheng-kaiyuan-converter-zhuanban-you-zucheng.txt:3 (http://www.ghqlgyb.cn/quanzhou/licheng/2314959.html): a
    # standing 专班 made up of officers by function (隊員), no bodies acting
    "開元街道“門前三包”專班執法隊於8月25日正式成立,由交警、市場監管、城管、治安巡邏隊員組成,共有隊員13名。",
    "由负责规划实施的相关部门组成的工作组。",  # /work/shared/gazettes (shortened): a class, no named bodies
])
def test_no_composed_group_without_named_bodies_forming_a_working_group(sentence):
    from kg.extract.joint_action import composed_group, joint_without_lead
    assert composed_group(sentence) is None and joint_without_lead(sentence) is None


def test_a_leading_group_formed_without_by_is_no_joint_team():
    """组成 read without 由 (fresh17's 西城 / 船山) still never reads a 领导小组 (constructed)."""
    from kg.extract.joint_action import joint_without_lead
    assert joint_without_lead("区发改局、区财政局组成领导小组,负责统筹协调。") is None


@pytest.mark.parametrize("sentence", [
    "市委宣传部、市文明办开展的志愿服务活动受到群众好评。",  # constructed: the action qualifies a noun
    "市应急管理局开展清缴非法违规烟花爆竹统一行动。",  # constructed: one body, no list (not a joint report)
    "党员、群众开展志愿服务。",  # constructed: persons, no bodies
    "支持残疾人专门协会和村（社区）残疾人协会开展服务残疾人和维护残疾人权益的工作。",  # 001:752: the bodies supported
    "上级党委、政府及相关部门指导下级党委、政府及相应部门开展应对工作。",  # 003:3472 (shortened): a verb inside the list
])
def test_no_listed_actors_without_several_bodies_acting(sentence):
    from kg.extract.joint_action import listed_actors
    assert listed_actors(sentence) is None


def test_members_are_read_only_from_a_composed_of_clause_before_the_lead():
    from kg.extract.duty_roles import _members_before

    # /work/shared/gazettes (emergency plan): persons make up the body, and the next clause names no lead unit
    assert _members_before("成员由承担突发事件防范处置职责的区委、区政府有关部门负责同志组成，", ["区应急管理局"]) == ([], [])
    assert _members_before("联席会议办公室设在教育部，", ["教育部"]) == ([], [])  # tasks18 :20, no 组成 clause


@pytest.mark.parametrize("sentence", [
    "本办法由区水务局负责解释，自公布之日起施行。",  # 001:2254
    "本意见所涉及的政策措施由区地方金融监管局会同区财政局负责解释。",  # 004:464
])
def test_interpretation_clauses_are_not_tasks(sentence):
    assert _sentence_roles(sentence)[1] is None


def test_a_convention_remark_is_no_task():
    # 000_47a7f2ad322c84aa.txt:791: the bold convention, not a unit
    assert _sentence_roles("具体为（其中黑体标注单位为牵头单位）：")[1] is None


# tasks39's wordings (benchmarks/data/other_districts_tasks39): (style, source, sentence as printed, lead, cooperate, generic
# cooperate); the readers' rows: joint_action's named places' bodies and towns, a leader by rank and name, the departments of a
# level counted as many, bodies counted not named; duty_styles' _subject_role, _joined_hands, _staff_to_assist, _led_persons_with
TASKS39 = [
    ("joint_action", "http://m.jitongbianyaqi.com/news/shizhou/jiuquan/2024/10/14/172889860499857.html (a community printed with its "
     "district and street leads)", "近日,肅州區東北街街道同德巷社區聯合東北街道城市管理綜合執法中隊對西峰寺五六隊城中村占道經營現象進行全面整治。",
     ["肃州区东北街街道同德巷社区"], ["东北街道城市管理综合执法中队"], []),
    ("joint_action", "tasks39's s2twp copy of https://yybnet.net/hefei/chaohu/202110/11591683.html (社区 as s2twp writes it)",
     "10月19日,臥牛山街道西河街社群聯合街道規劃等職能部門,對天湖商城、十字街等出店經營現象進行全面清查整治。",
     ["卧牛山街道西河街社群"], ["街道规划"], []),
    ("joint_action", "https://szbbsapp.sznews.com/thread-4088933-1-1.html (a street's many departments: a class)",
     "2020年9月11日,莲塘社区联合街道多个部门,对辖区的主次干道、背街小巷、农贸超市、建筑工地等开展环境卫生专项整治行动。",
     ["莲塘社区"], [], ["街道多个部门"]),
    ("joint_action", "http://www.ghqlgyb.cn/longyan/liancheng/1589944.html (converter; two named towns closed by a comma cooperate)",
     "昨日,連城縣人社局聯(lián)合北團鎮(zhèn)、文亨鎮(zhèn),為落戶連城工業(yè)園區(qū)的重點項目冠睿電子科技有限公司送上了40多名新員工",
     ["连城县人社局"], ["北团镇", "文亨镇"], []),
    ("joint_action", "http://www.jiangyin.gov.cn/doc/2025/08/29/1352032.shtml (a leader by rank and name: the bureau leads)",
     "近期,市发改委分管领导项勇带队,会同市水利局、市供电公司相关同志一行,赴顾山镇、华士镇、澄江街道开展“线树矛盾”等电力隐患专项治理工作。",
     ["市发改委"], ["市水利局", "市供电公司"], []),
    ("joint_action", "http://www.3gvb.com/News_View.asp?AID=3172 (bodies counted, not named: a class)",
     "10月20日,由嘉興市工商聯會同長三角地區9個城市工商聯聯合主辦的首場長三角商協會資源對接會在長三角生態綠色一體化示范區--嘉善縣成功舉辦。",
     ["嘉兴市工商联"], [], ["长三角地区9个城市工商联"]),
    ("role_named", "http://www.fymate.net/html/text/lar/169684/16968457_1.html (X为…工作的市级牵头部门)",
     "市工商局为城区菜市场监管工作的市级牵头部门,受市政府委托制订城区菜市场监管工作责任目标,组织监督检查和考评城区菜市场监管工作落实情况;",
     ["市工商局"], [], []),
    ("role_named", "http://www.fymate.net/html/text/lar/169684/16968457_1.html (A、B区政府和C管委会作为…责任主体,负责…: places before "
     "one printed 区政府 as printed)",
     "锦江、青羊、金牛、武侯、成华区政府和成都高新区管委会作为属地内菜市场监管工作的责任主体,负责本辖区菜市场监管工作的组织协调,组织专项整治和依法查处违法违规经营行为;",
     ["锦江", "青羊", "金牛", "武侯", "成华区政府", "成都高新区管委会"], [], []),
    ("joint_no_lead", "http://che.qc188.com/news/201304/31300.html (X要和Y联手开展: both cooperate)",
     "最后,卿县长对农村摩托车管理工作做了五点重要指示:一是交警队要和小沙江政府联手开展交通安全宣传,采取各种形式不断提高农村驾驶人和广大群众的交通安全意识;",
     [], ["交警队", "小沙江政府"], []),
    ("assisted", "http://che.qc188.com/news/201304/31300.html (X要确定专人负责配合Y的…工作: Y leads, the towns a class)",
     "三是各乡镇政府要确定专人负责配合交警队的交通安全宣传、交通安全管理工作;", ["交警队"], [], ["各乡镇政府"]),
    ("joint_no_lead", "http://town.zjol.com.cn/czjsb/201810/t20181017_8502404.shtml (X带领志愿者与A、B、C等部门开展: all cooperate)",
     "近日,城管中队带领志愿者与交警、市场监管、派出所等部门开展联合整治,重点对潜阳路市容“六乱”进行整治。",
     [], ["城管中队", "交警", "市场监管", "派出所"], []),
    ("joint_no_lead", "http://easyclosetorganizer.com/news/zhengfa/zhengfa_104578.html (converter; a patrol 由A、B、persons等组成: the "
     "bodies cooperate)", "為切實(shí)維護(hù)轄區(qū)社會治安穩(wěn)定,三家館鄉(xiāng)日前成立了一支由鄉(xiāng)政府、鄉(xiāng)綜治辦、村治安積極分子等組成的義務(wù)巡邏隊(duì),現(xiàn)已正式開展工作,并形成工作體系。",
     [], ["乡政府", "乡综治办"], []),
]


@pytest.mark.parametrize("style,where,sentence,lead,coop,gcoop", TASKS39, ids=[f"{s[0]}:{s[1][:30]}" for s in TASKS39])
def test_tasks39_styles(style, where, sentence, lead, coop, gcoop):
    roles, got = _sentence_roles(normalize_line(sentence))
    assert (got, roles.lead, roles.cooperate, roles.generic_cooperate) == (style, lead, coop, gcoop)


@pytest.mark.parametrize("sentence", [
    # http://www.fymate.net/html/text/lar/169684/16968457_1.html: every street office is the 落实主体 (是, a class): no lead read
    "街道办事处是本辖区范围内菜市场监管责任的落实主体,负责落实辖区内菜市场专职监管人员,督促菜市场经营管理单位履行“第一责任人”职责。",
    # http://www.zzswgk.cn/article/58467.html: a meeting one centre organises is no joint action
    "8月19日,敖包苏木综治中心组织派出所、信访办、综治办等部门召开联席会议,由苏木党委副书记王亮主持。",
    # http://hs.hebei.com.cn/system/2020/08/14/100417482.shtml: a group of persons by post
    "由政府各片区负责人、村委会安全委员及供电区域负责人为成员的电力设施保护联防工作小组,建立各层级工作职责,细化工作任务。",
    # constructed: two persons joining hands, no body
    "一是镇长要和村支书联手开展宣传;",
    # constructed: staff named to assist a class
    "各村要确定专人负责配合各有关部门的工作;",
])
def test_tasks39_no_task(sentence):
    roles, got = _sentence_roles(normalize_line(sentence))
    assert got is None or not (roles.lead or roles.cooperate), (got, roles)


def test_cadres_and_a_teams_leading_are_no_units():
    # http://www.julu.gov.cn/content/32766.html: 由镇执法队、包村干部、村干部分组带队,做好巡查工作 — the team, not the cadres
    from kg.extract.units import is_unit
    assert [is_unit(x) for x in ("镇执法队", "包村干部", "村干部分组带队", "村干部", "市委组织部", "交警大队")] == [
        True, False, False, False, True, True]


def test_bodies_counted_not_named_are_a_class():
    # http://www.3gvb.com/News_View.asp?AID=3172; the sample corpus's "四个周期的妇女发展纲要" is no body at all
    assert [is_generic(x) for x in ("长三角地区9个城市工商联", "三个乡镇政府", "我区已制定实施了四个周期的妇女发展纲要", "市发改委")] == [
        True, True, False, False]


def test_a_cooperating_sentence_after_the_lead_role_joins_its_task():
    # https://www.dangtu.net.cn/article/174.html: X作为牵头单位要…。A、B、C等部门要积极配合… — one task
    text = "\n".join(["当涂县2017’新春招聘会统筹协调会议", "会议要求各部门高度重视。人社部门作为牵头单位要精心组织,摸排企业用工需求,保障重点企业用工。"
                      "公安、城管、供电局等部门要积极配合,确保招聘会现场秩序和交通人员安全。"])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "dangtu.txt"))
    assert [([u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in tasks if t["lead"] or t["cooperate"]] == [
        (["人社部门"], ["公安", "城管", "供电局"])]


def test_every_sentence_style_is_in_the_table():
    names = {name for name, _ in SENTENCE_STYLES} - {"duty_subject"} | {"duty_sentence"}  # duty_subject reports these
    assert names <= {s[0] for s in SENTENCES} | {"led_by"}  # led_by rows: tests/test_units.py


@pytest.mark.parametrize("page,want", [
    # 责任单位 on its own line after each item: the item is the task, the sole unit leads
    ("caidian_item_notes.txt", [("(一)地区生产总值增长7%以上", ["区发展和改革局"], []),
                                ("(二)规上工业增加值增长12%以上", ["区科技和经信局"], []),
                                ("(三)固定资产投资增长10%以上", ["区发展和改革局"], [])]),
    ("xialu_square_notes.txt", [("1、切实提高政治站位,慎终如始精准抓好疫情防控工作。", ["区卫健局"], []),
                                ("2、以爱国卫生运动和文明城市创建为抓手,大力开展环境卫生综合整治,", ["区卫健局", "区创文办"], [])]),
])
def test_pages_give_their_tasks(page, want):
    issue = segment_issue(normalize_lines((PAGES / page).read_text(encoding="utf-8")), page)
    got = [(t["text"], [u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in extract_tasks(issue)]
    assert [(text[: len(w[0])], lead, coop) for (text, lead, coop), w in zip(got, want)] == want
    assert len(got) == len(want)


def test_duties_run_together_each_closed_by_its_note():
    """anhui_guichi-2020-shipin-anquan-zhongdian-gongzuo-anpai-converter.txt:21 (other_districts_fresh11, a converter
    mirror): two duties on one line, each closed by its own (X负责) after its full stop; a bracket with no role after
    a full stop (constructed: (2020年底前)) cuts nothing."""
    line = ("    1.實施風險評估和標準貫宣專項行動。  完善食品安全標準管理制度,加強食品安全國家標準宣貫培訓、跟蹤評價。(區(qū)衛(wèi)生健康委負責)"
            "嚴格貫徹落實農(nóng)藥殘留限量新標準、獸藥殘留新標準和豬肉水分限量國家標準,結合貴池區(qū)實際出臺貫徹實施意見。(區(qū)農(nóng)業(yè)農(nóng)村局負責)")
    notice = ["貴池區食品安全委員會關於印發2020年食品安全重點工作安排的通知", "各有關單位:", "現印發給你們。"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(notice + [line])), "guichi.txt"))
    assert [(fold(t["text"])[:8], [fold(u["name"]) for u in t["lead"]]) for t in tasks] == [
        ("1.实施风险评估", ["区卫生健康委"]), ("严格贯彻落实农药", ["区农业农村局"])]
    plain = "完善管理制度。(2020年底前)严格落实新标准,出台实施意见。(區農業農村局負責)"
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(notice + [plain])), "guichi.txt"))
    assert [(fold(t["text"])[:6], [fold(u["name"]) for u in t["lead"]]) for t in tasks] == [("完善管理制度", ["区农业农村局"])]


def test_a_table_flattened_without_separators():
    """Header cells on lines of their own (工作措施 / 责任单位 / 备注), then each task cell followed by a line of
    units only: https://www.shdbkk.com/html_3/chayanjiu/4398/list/1.html (咸宁 责任分工表)."""
    text = "\n".join(["市人民政府办公室关于印发支持企业复工复产若干措施责任分工的通知", "咸政办发〔2020〕5号", "各县、市、区人民政府:",
                      "现印发给你们。", "工作措施", "责任单位", "备注", "一、加大财政金融支持力度", "(一)加强对防疫重点企业财税支持",
                      "市税务局等,各县、市、区政府,咸宁高新区管委会", "2020年12月",
                      "2.纳入工信部支持新冠肺炎防护用品(具)技术改造设备购置补贴的重点企业,省财政给予补贴。",
                      "市经信局、市财政局等,各县、市、区政府,咸宁高新区管委会"])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "xianning.txt"))
    got = [(t["text"][:10], [u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]], t["generic_cooperate"])
           for t in tasks if t["style"] == "table_bare"]
    assert got == [("(一)加强对防疫重点", [], ["市税务局", "咸宁高新区管委会"], ["各县、市、区政府"]),
                   ("2.纳入工信部支持新", [], ["市经信局", "市财政局", "咸宁高新区管委会"], ["各县、市、区政府"])]


# (source, sentence as printed, the clauses it is cut into: each named unit answers for its own clause)
CLAUSES = [
    ("http://baokang.cjyun.org/p/7930.html",
     "县财政局要做好项目投资评审工作,及时拨付项目资金,县自然资源和规划局要及时跟进已上报的项目,尽快争取立项批复。",
     ["县财政局要做好项目投资评审工作,及时拨付项目资金,", "县自然资源和规划局要及时跟进已上报的项目,尽快争取立项批复。"]),
    ("https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml",
     "从2023年第一季度开始,各责任单位要在每季度最后一个月的30日前将本季度落实各项工作目标任务进展情况报区人民政府办公室,"
     "区人民政府办公室将对各项工作目标任务的落实情况进行全程跟踪督办,并适时通报有关办理落实情况。",
     ["从2023年第一季度开始,各责任单位要在每季度最后一个月的30日前将本季度落实各项工作目标任务进展情况报区人民政府办公室,",
      "区人民政府办公室将对各项工作目标任务的落实情况进行全程跟踪督办,并适时通报有关办理落实情况。"]),
    # a leading condition stays with the unit that answers for it (001_ace590f4be284911.txt)
    ("001_ace590f4be284911.txt", "涉嫌违反《中华人民共和国反垄断法》的，反垄断执法机构要依法调查核实，并向有关上级机关提出处理建议。",
     ["涉嫌违反《中华人民共和国反垄断法》的，反垄断执法机构要依法调查核实，并向有关上级机关提出处理建议。"]),
    # fujian_licheng-rencai-lingdao-xiaozu-news.txt:18 (other_districts_fresh5): a class, a person, then two fields
    # sharing one 部门 with a duty of their own
    ("fujian_licheng-rencai-lingdao-xiaozu-news.txt",
     "各级各部门要通力合作,主要负责同志要切实履行好“一把手抓第一资源”职责,组织、人社部门要牵头抓总,加强工作统筹协调,",
     ["各级各部门要通力合作,主要负责同志要切实履行好“一把手抓第一资源”职责,", "组织、人社部门要牵头抓总,加强工作统筹协调,"]),
    # 003_4e5ccb238a0f172a.txt: two bodies, two duties
    ("003_4e5ccb238a0f172a.txt", "区妇儿工委负责组织、协调、指导、督促工作，区妇儿工委办公室负责具体工作。",
     ["区妇儿工委负责组织、协调、指导、督促工作，", "区妇儿工委办公室负责具体工作。"]),
]


# (source, sentences of one line, (clause, units whose part it states) for each): after a numbered directive of a
# speech (一要…。), each clause opening with a named body is that body's part; elsewhere nothing is read this way
DIRECTIVES = [
    ("hebei_qianxi-xiaoyuan-zhili-meipian.txt:5 (other_districts_fresh3)",
     ["二要完善学生通勤机制。", "教育部门整理统计走读生居住信息,联运公司针对学生上、下学的时段及流量,推广“校园通勤车”,实现家、校直通,保障学生出行安全。"],
     [("二要完善学生通勤机制。", None), ("教育部门整理统计走读生居住信息,", ["教育部门"]),
      ("联运公司针对学生上、下学的时段及流量,推广“校园通勤车”,实现家、校直通,保障学生出行安全。", ["联运公司"])]),
    # a class opens the clause: no named body's part
    ("hebei_qianxi-xiaoyuan-zhili-meipian.txt:5 (other_districts_fresh3)",
     ["一要完善校园护卫机制。", "县城内各中小学、幼儿园组建由学生家长志愿者、公安干警、学校老师及保安力量组成的“四位一体”校园护卫队伍,维护校园周边秩序。"],
     [("一要完善校园护卫机制。", None),
      ("县城内各中小学、幼儿园组建由学生家长志愿者、公安干警、学校老师及保安力量组成的“四位一体”校园护卫队伍,维护校园周边秩序。", None)]),
    # a report's sibling parts parted by semicolons, each body and what it did (fresh15): single bodies' deeds, events and
    # no parts (stop 24's convention, rule 3); persons (城管队员) and an ellipsis-run (交警整治…各个部门) are no body either
    ("zhejiang_lin_an_qingliangfeng-2017-xiaochengzhen-lianhe-zhifa-news.txt:5 (other_districts_fresh15)",
     ["在现场,城管中队清理沿街商户门口和沿街住房房前屋后的堆积物,清除乱贴乱挂广告,整治牛皮癣;",
      "龙岗市场监管所督促食品加工经销店保持店面卫生,教育引导商家的出店经营行为;",
      "交警整治集镇范围内的车乱停放……各个部门各司其职,协力改善集镇环境面貌。"],
     [("在现场,城管中队清理沿街商户门口和沿街住房房前屋后的堆积物,清除乱贴乱挂广告,整治牛皮癣;", None),
      ("龙岗市场监管所督促食品加工经销店保持店面卫生,教育引导商家的出店经营行为;", None),
      ("交警整治集镇范围内的车乱停放……各个部门各司其职,协力改善集镇环境面貌。", None)]),
    ("zhejiang_shaoxing_anchang-2018-jizhen-huanjing-zhengzhi-news.txt:3 (other_districts_fresh15)",
     ["城管队员已整治各类广告牌一百余块;", "安昌镇管委会共整治无主无牌无序未圈养狗共46条;", "市场监督管理所共检查集镇餐饮经营户70余户,已取缔无证经营户4家;"],
     [("城管队员已整治各类广告牌一百余块;", None), ("安昌镇管委会共整治无主无牌无序未圈养狗共46条;", None),
      ("市场监督管理所共检查集镇餐饮经营户70余户,已取缔无证经营户4家;", None)]),
    # a zone's duty list, each body its share to keep up (tasks76's 涟水 开发区): parts
    ("jiangsu-lianshui-kaifaqu-yuanqu-guanli-zhize-qiantou-bumen-fuze-metadata-table.txt:17 (other_districts_tasks76)",
     ["综合工作部做好舆情和处置;", "财政审计局保障园区管理资金使用;", "区派出所及时处置社会治理问题,保护企业的合法权益。"],
     [("综合工作部做好舆情和处置;", ["综合工作部"]), ("财政审计局保障园区管理资金使用;", ["财政审计局"]),
      ("区派出所及时处置社会治理问题,保护企业的合法权益。", ["区派出所"])]),
    # a sentence opening by announcing a division of labour (各部门分工协作,) gives each body at a clause's head its part
    ("hunan_pingkou-xiaoyuan-zhoubian-liudong-tanfan-zhengzhi-converter.txt:1 (other_districts_fresh18)",
     ["行动中各部门分工协作,镇综合执法大队文明劝导摊贩到指定区域经营,市监所检查食品卫生及食材来源,并对卫生安全提出了具体要求,派出所疏导交通维持秩序,护校队向师生家长宣传食品安全风险。"],
     [("行动中各部门分工协作,", None), ("镇综合执法大队文明劝导摊贩到指定区域经营,", ["镇综合执法大队"]),
      ("市监所检查食品卫生及食材来源,并对卫生安全提出了具体要求,", ["市监所"]), ("派出所疏导交通维持秩序,", ["派出所"]),
      ("护校队向师生家长宣传食品安全风险。", ["护校队"])]),
    # constructed: the division announced with no body after it reads no part
    ("constructed", ["各部门分工协作,形成工作合力。"], [("各部门分工协作,形成工作合力。", None)]),
    # /work/shared/gazettes 003:3415 and 001:1243: clauses opening with bodies that report no deed (设立…, a street's areas)
    ("/work/shared/gazettes 003:3415", ["省委、省政府设立现场指挥机构；", "市级党委、政府设立现场指挥机构；", "区委、区政府设立现场指挥机构。"],
     [("省委、省政府设立现场指挥机构；", None), ("市级党委、政府设立现场指挥机构；", None), ("区委、区政府设立现场指挥机构。", None)]),
    ("/work/shared/gazettes 001:1243", ["大街街道元宝湾生活片区、长安生活片区、和平生活片区、鸿泰生活片区；", "丝绸路街道米山生活片区、米河生活片区、市南生活片区、站北路片区；"],
     [("大街街道元宝湾生活片区、长安生活片区、和平生活片区、鸿泰生活片区；", None), ("丝绸路街道米山生活片区、米河生活片区、市南生活片区、站北路片区；", None)]),
    # one body's clause alone among semicolons is no report of parts
    ("constructed", ["县教育局整理统计走读生居住信息;", "加强校园周边巡查。"],
     [("县教育局整理统计走读生居住信息;", None), ("加强校园周边巡查。", None)]),
    # no directive before: the sentence styles alone read it
    ("constructed", ["完善学生通勤机制。", "教育部门整理统计走读生居住信息。"],
     [("完善学生通勤机制。", None), ("教育部门整理统计走读生居住信息。", None)]),
]


@pytest.mark.parametrize("where,sentences,want", DIRECTIVES, ids=[f"{d[0][:20]}:{d[1][-1][:8]}" for d in DIRECTIVES])
def test_the_parts_named_after_a_directive(where, sentences, want):
    from kg.extract.duties import _directive_parts

    assert _directive_parts(sentences) == want


def test_the_body_acting_on_a_numbered_items_title():
    """jiangsu_lianyungang-zhengxie-ti-an-44056-dafu-traditional.txt:5 (other_districts_fresh15, a 提案 reply): after the
    item's title the body acting on it; a later clause opening with a preposition (将…) names no body; untitled, none."""
    from kg.extract.duties import _directive_parts

    sentences = [normalize_line(x) for x in ["決策征求群眾意見。", "市自然資源局在詳細規劃等編制時,在完成前期調研、確定更新策略和控制性要求后,"
                                               "將規劃方案廣泛征求公眾及市級部門、專家等各方意見,按照意見進行修改完善后。"]]
    parts = _directive_parts(sentences, titled=True)
    assert [u for _, u in parts] == [None, ["市自然资源局"]]  # (not cut before 将规划方案…部门)
    assert [u for _, u in _directive_parts(sentences)] == [None, None]
    # /work/shared/gazettes 000:168's sentence after a constructed title: it opens with no acting body, so it is no part
    plan = ["深化医疗体制改革。", "改革完善区级医院与基层医疗机构运行管理模式。"]
    assert [u for _, u in _directive_parts(plan, titled=True)] == [None, None]


@pytest.mark.parametrize("where,sentence,clauses", CLAUSES, ids=[c[0][-30:] for c in CLAUSES])
def test_a_sentence_is_cut_before_each_unit_with_its_own_duty(where, sentence, clauses):
    from kg.extract.duties import _subject_clauses

    assert _subject_clauses(normalize_line(sentence)) == [normalize_line(c) for c in clauses]


def test_customs_is_a_unit():
    from kg.extract.units import split_units

    # https://huaxiataike.com/news/42399.html (吴江区, pipe table printed one cell per line): "★区商务局、吴江海关"
    assert split_units("区商务局、吴江海关") == (["区商务局", "吴江海关"], [])
    from kg.extract.units import is_unit

    assert is_unit("吴江海关")


def test_a_short_row_beside_a_person_column():
    """A markdown row that lost its 责任领导 cell (constructed after jiangsu_chongchuan-minsheng-cells.txt): the
    units stay in the unit columns instead of shifting into the person column."""
    text = "\n".join(["某县人民政府办公室关于印发重点工作任务分工方案的通知", "某政办发〔2023〕12号", "各乡镇人民政府：", "现印发给你们。",
                      "| 序号 | 重点任务 | 责任领导 | 牵头单位 | 配合单位 |", "|---|---|---|---|---|",
                      "| 1 | 推进项目建设 | 张三 | 县发改局 | 县财政局 |", "| 3 | 加快项目验收 | 县住建局 | 县应急局 |"])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "x.txt"))
    assert [(t["text"], [u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in tasks] == \
        [("推进项目建设", ["县发改局"], ["县财政局"]), ("加快项目验收", ["县住建局"], ["县应急局"])]


def test_a_short_pipe_row_is_read_where_its_cells_fit():
    """A row that lost a cell at its end (constructed, 序号 | 重点任务 | 牵头单位 | 配合单位): its units are read in
    the unit columns, not shifted into the task column; rows that lost leading cells keep the right alignment."""
    text = "\n".join(["某县人民政府办公室关于印发重点工作任务分工方案的通知", "某政办发〔2023〕12号", "各乡镇人民政府：", "现印发给你们。",
                      "| 序号 | 重点任务 | 牵头单位 | 配合单位 |", "|---|---|---|---|",
                      "| 1 | 推进项目建设 | 县发改局 | 县财政局 |", "| 2 | 加快项目审批 | 县财政局 |",
                      "| 加快项目验收 | 县住建局 | 县应急局 |"])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "x.txt"))
    got = [(t["text"], [u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in tasks]
    assert got == [("推进项目建设", ["县发改局"], ["县财政局"]), ("加快项目审批", ["县财政局"], []),
                   ("加快项目验收", ["县住建局"], ["县应急局"])]


# Tables printed one cell per line whose rows are told by their numbers (kg/extract/cell_tables.py): real
# excerpts of benchmarks/data/other_districts_fresh (file:lines), the tasks they give (text opening, lead,
# cooperate, generic cooperate).
CELL_TABLES = [
    ("group_row_before_the_first_row (bare cells between blank lines; a 一、… row groups the rows under a person)",
     "anhui_luan-2022-zhongdian-gongzuo-zeren-qingdan.txt:14-36 (other_districts_fresh7)",
     ["2022年重点工作及责任清单", "", "序号", "", "重点工作", "", "牵头责任单位", "", "协同责任单位", "", "任务来源", "",
      "一、潘东旭市长负责事项(共9项)", "", "1", "", "全面延伸“双招双引”,继续坚持“顶格倾听、顶格协调、顶格推进”。", "", "市政府办", "",
      "市政府各部门、各直属机构", "", "皖政〔2022〕9号文件"],
     [("全面延伸“双招", ["市政府办"], [], ["市政府各部门", "各直属机构"])]),
    ("row_skips_cell + person_names_column (pipe cells; 分管领导 is a person; the row lacks 全年目标任务)",
     "jiangsu_chongchuan-minsheng-cells.txt:2-31",
     ["2023年区政府重点民生实事项目推进情况(1-11月)", "序号 |", "主要任务 |", "全年目标任务 |", "分管 领导 |", "牵头 单位 |",
      "责任主体与协同单位 |", "1-10月推进情况 |", "1-11月推进情况 |", "是否达序 |", "说明 |", "24 |", "优化提升50条背街后巷交通组织。 |",
      "徐国江 |", "城管局 |", "市政局、相关街道 |", "已进场施工,完成30%。 |", "已进场施工,完成60%。 |", "是 |", "||", "25 |",
      "新增四分类“三定一督”达标小区210个。 |", "徐国江 |", "城管局 |", "市政局、环卫处、崇川经济开发区、各街道 |",
      "已进场施工,正在推进点位选址、场地硬化,第一批451个厢房(亭房)正在加紧制作。 |", "在46个小区,建成38个厢房,70个分类亭。 |", "否 |",
      "前期配合区相关部门对该项目招标质疑、投诉处置,项目于9月28才签订合同,滞后了2个月,后期将加快推进。 |", "|"],
     [("优化提升50条", ["城管局"], ["市政局"], ["相关街道"]),
      ("新增四分类“三", ["城管局"], ["市政局", "环卫处", "崇川经济开发区"], ["各街道"])]),
    ("columns_责任单位_before_牵头单位 (bare cells between blank lines; the lead is listed again among 责任单位)",
     "zhejiang_liandu-zerenfenjie-cells-reversed.txt:6-42",
     ["2023年莲都区政府工作报告重点工作责任分解", "", "分类", "", "序号", "", "事项", "", "责任单位", "", "牵头单位", "", "发展目标", "",
      "1", "", "地区生产总值增长6.5%以上。", "",
      "区农业农村局、区经商局、区市场监管局、区建设局、区发改局、区交通局、莲都邮政管理局、区商金中心、区人力社保局", "", "区发改局", "",
      "2", "", "区本级固定资产投资增长25%。", "", "区发改局", "", "区发改局", "", "3", "", "区本级规上工业增加值增长10%。", "",
      "区经商局、莲都经开区管委会", "", "区经商局"],
     [("地区生产总值增", ["区发改局"], ["区农业农村局", "区经商局", "区市场监管局", "区建设局", "区交通局", "莲都邮政管理局", "区商金中心",
                                  "区人力社保局"], []),
      ("区本级固定资产", ["区发改局"], [], []), ("区本级规上工业", ["区经商局"], ["莲都经开区管委会"], [])]),
    ("split_header_cells + 责任科室_column_sole (责任 ⏎ 领导, 责任 ⏎ 科室; the leader is a person)",
     "zhejiang_xiangshan-sizhoutou-cells-leaders.txt:1-45",
     ["泗洲头镇2024年度重点工作计划二季度执行情况", "", "序号", "", "重点工作", "", "责任", "", "领导", "", "责任", "", "科室", "",
      "攻坚目标", "", "任务", "", "工作任务安排", "", "第二季度", "", "完成情况", "", "1", "", "白仙山水库工程政策处理", "", "欧乾震", "",
      "白仙山水库工程政策处理工作领导小组", "", "完成项目政策处理工作,推进大坝、溢洪道、引水隧洞及配套设施建设。", "", "推进坟墓迁移工作。", "",
      "该工程库区内坟墓迁移进度达60%。", "", "2", "", "现代化美丽城镇", "", "吴宇凡", "", "乡村振兴办", "", "成功创建首批浙江省美丽城镇。"],
     # a sole named unit in the 责任科室 column leads (issue #16: a sole 责任单位 leads; fresh's gold marks it sole)
     [("白仙山水库工程", ["白仙山水库工程政策处理工作领导小组"], [], []), ("现代化美丽城镇", ["乡村振兴办"], [], [])]),
]


CELL_TABLES.append(
    ("unit_cell_over_several_lines_and_long_row (大竹: a 责任单位 cell of three lines; a row holding a second task; a "
     "sentence naming a 中心 is text)", "sichuan_dazhu-minsheng-shishi-cells.txt:34-100 (other_districts_fresh4)",
     ["序号", "", "民生实事", "", "责任单位", "", "完成时限", "", "1", "", "启动建设东柳河城区段综合治理工程和东湖湿地公园。", "",
      "县水务局", "", "县住建局", "", "县护城河指挥部", "", "12月底前", "", "2", "", "新建2座人行天桥。", "", "县住建局", "",
      "9月投入使用", "", "3", "", "启动县图书馆新馆建设。", "", "县文体广新局", "", "县代建中心", "", "12月底前", "", "4", "",
      "建成县残疾人综合服务中心。", "", "县残联", "", "5月底前动工", "", "5", "", "开工建设县老年养护楼。", "", "县民政局", "",
      "5月底前动工", "", "开工建设老年大学。", "", "12月底前", "", "6", "", "迁建县政务服务中心。", "", "县政务服务中心", "",
      "县代建中心", "", "12月底前"],
     [("启动建设东柳河", [], ["县水务局", "县住建局", "县护城河指挥部"], []), ("新建2座人行天", ["县住建局"], [], []),
      ("启动县图书馆新", [], ["县文体广新局", "县代建中心"], []), ("建成县残疾人综", ["县残联"], [], []),
      ("开工建设县老年", ["县民政局"], [], []), ("迁建县政务服务", [], ["县政务服务中心", "县代建中心"], [])]))


CELL_TABLES.append(
    ("row_closing_empty_cell (洋县: each pipe row, the header too, closed by a lone |; a 建设地点 column before 责任单位; "
     "a sole 责任单位 leads)", "shaanxi_yangxian-minsheng-shishi-traditional-cells.txt:13-44 (other_districts_fresh4)",
     # (the lines in simplified script: the traditional-copy test below runs them as printed)
     ["|", "序号 |", "项目名称 |", "建设地点 |", "建设时间 |", "2024年建设内容 |", "年度投资金额 (万元) |", "责任单位 |", "|", "1 |",
      "洋县中小学幼儿园基础设施提升改造项目 |", "相关镇 (街道) |", "2024 |", "对马畅中小、湑水中小、茅坪学校等学校运动场地进行改造。 |",
      "300 |", "教体局 |", "|", "2 |", "城北小学门前道路建设项目 |", "纸坊街道 |", "2024 |", "建成唐塔北路延伸段(城北小学门前)道路。 |",
      "300 |", "住建局 |", "|"],
     [("洋县中小学幼儿", ["教体局"], [], []), ("城北小学门前道", ["住建局"], [], [])]))


CELL_TABLES.append(
    ("numbering_restarts (constructed: rows numbered again from 1 under each group label)", "constructed",
     ["序号", "", "工作任务", "", "牵头单位", "", "配合单位", "", "一、经济发展", "", "1", "", "加快项目建设", "", "县发改局", "",
      "县财政局、县住建局", "", "2", "", "推进改革", "", "县委编办", "", "县人社局", "", "二、社会事业", "", "1", "", "办好教育", "",
      "县教育局", "", "县财政局"],
     [("加快项目建设", ["县发改局"], ["县财政局", "县住建局"], []), ("推进改革", ["县委编办"], ["县人社局"], []),
      ("办好教育", ["县教育局"], ["县财政局"], [])]))


CELL_TABLES.append(
    ("unit_list_broken_over_two_cells (constructed: a list ending in 、 continues on the next cell line)", "constructed",
     ["序号", "", "工作任务", "", "牵头单位", "", "配合单位", "", "1", "", "加快项目建设", "", "县发改局", "", "县财政局、县住建局、", "",
      "县自然资源局", "", "2", "", "推进改革", "", "县委编办", "", "县人社局"],
     [("加快项目建设", ["县发改局"], ["县财政局", "县住建局", "县自然资源局"], []), ("推进改革", ["县委编办"], ["县人社局"], [])]))


CELL_TABLES.append(
    ("task_column_工作目标 (constructed: a task column named otherwise than the tables seen)", "constructed",
     ["序号", "", "工作目标", "", "牵头单位", "", "配合单位", "", "1", "", "推进项目建设", "", "县发改局", "", "县财政局"],
     [("推进项目建设", ["县发改局"], ["县财政局"], [])]))
CELL_TABLES.append(
    ("header_over_two_rows (constructed: 责任单位 spanning 牵头 / 配合, each cell on its own line)", "constructed",
     ["序号", "", "工作任务", "", "责任单位", "", "牵头", "", "配合", "", "1", "", "推进项目建设", "", "县发改局", "", "县财政局", "", "2", "",
      "加快项目审批", "", "县财政局", "", "县住建局"],
     [("推进项目建设", ["县发改局"], ["县财政局"], []), ("加快项目审批", ["县财政局"], ["县住建局"], [])]))


CELL_TABLES.append(
    ("unit_cell_over_several_lines (a bracketed header line 责任股室 ⏎ (单位); a cell listing units one a line, no lead: "
     "all cooperate)", "shaanxi_lueyang-wenlv-renwu-cells.txt:1-31 (other_districts_fresh3, http://www.lueyang.gov.cn; rows 2-5 left out, renumbered)",
     ["序号", "指标", "工作任务", "完成时限", "责任领导", "责任股室", "(单位)", "备注", "1", "公共文化服务", "“两馆一站”免费开放服务人次较上年增长15%。",
      "12月底前", "夏俊贵", "文化宣传股", "文化馆", "图书馆", "2", "推进县文化馆、图书馆总分馆制建设。", "3", "非遗保护",
      "完成非遗展厅布展任务,办好《郙阁颂》学术交流活动。", "羌研会", "灵岩寺博物馆"],
     [("公共文化服务：", [], ["文化宣传股", "文化馆", "图书馆"], []), ("完成非遗展厅布", [], ["羌研会", "灵岩寺博物馆"], [])]))


CELL_TABLES.append(
    ("shared_suffix_in_a_coop_cell (广州: a header cell over two lines 市政府 ⏎ 分管领导 beside a person column; the 配合单位 "
     "cell lists bare districts before a 区政府 printed once: 黄埔区、南沙区政府)",
     "guangdong_guangzhou-2021-gongzuo-baogao-zeren-fengong.txt:26-75 (other_districts_fresh9)",
     ["2021年市政府工作报告部署工作责任分工", "", "序号", "", "重点工作", "", "市政府", "", "分管领导", "", "牵头单位", "", "配合单位", "",
      "备注", "", "强化科技创新支撑能力。", "", "", "", "", "", "(一)", "", "加强战略科技力量建设。", "", "", "", "", "", "1", "",
      "加快建设以中新知识城、南沙科学城为极点,链接全市域科技创新关键节点的科技创新轴。", "", "王 东", "", "市科技局", "", "黄埔区、南沙区政府",
      "", "", "2", "", "全力做好呼吸领域国家实验室筹建保障服务工作。", "", "王 东", "", "市科技局", "",
      "市政府办公厅、市发展改革委、市财政局、市卫生健康委,荔湾区、黄埔区政府"],
     [("加快建设以中新", ["市科技局"], ["黄埔区", "南沙区政府"], []),
      ("全力做好呼吸领", ["市科技局"], ["市政府办公厅", "市发展改革委", "市财政局", "市卫生健康委", "荔湾区", "黄埔区政府"], [])]))


CELL_TABLES.append(
    ("scoring_column_after_the_unit_column (嵊泗: 责任部门 | 评分部门; a 责任部门 cell over two lines, then the scoring body "
     "glued as printed, 市海洋渔业局市农业农村局; the header's 年度目标 ⏎ 责任部门 are two columns)",
     "zhejiang_shengsi-2021-xiangcun-zhenxing-renwu-qingdan.txt:25-96 (other_districts_fresh12)",
     ['考核项目', '', '序号', '', '考核指标', '', '考核内容', '', '单位', '', '年度目标', '', '责任部门', '', '评分部门', '', '农业高质高效', '',
      '1', '', '确保粮食和重要农产品有效供给', '', '农林牧渔业增加值增幅', '', '%', '', '≥2%', '', '县海洋与渔业局', '', '县农业农村局', '',
      '市海洋渔业局市农业农村局', '', '2', '', '农业劳动生产率及增幅', '', '万元/人', '', '全市统筹', '', '县海洋与渔业局', '', '县农业农村局', '',
      '市海洋渔业局市农业农村局', '', '3', '', '粮食安全责任制', '', '-', '', '良好以上', '', '县经济和信息化局', '', '市商务局', '', '4', '',
      '粮食播种面积', '', '万亩', '', '0.07', '', '县农业农村局', '', '市农业农村局', ''],
     [("农林牧渔业增加", [], ["县海洋与渔业局", "县农业农村局"], []), ("农业劳动生产率", [], ["县海洋与渔业局", "县农业农村局"], []),
      ("粮食安全责任制", ["县经济和信息化局"], [], []), ("粮食播种面积", ["县农业农村局"], [], [])]))


CELL_TABLES.append(
    ("lead_and_cooperate_cells_over_several_lines (金东: 牵头单位 | 协同单位, each cell one unit a line, no line between the two "
     "columns; a lead cell names one unit, the lines after it cooperate; a class in the 协同 column is generic)",
     "zhejiang_jindong-2024-zhengfu-minsheng-shishi-renwu-fenjie-fangan.txt:29-159 (other_districts_fresh14)",
     ['序号', '', '事项分类', '', '事项名称', '', '项目内容', '', '牵头单位', '', '协同单位', '', '3', '', '“医”心为民工程', '',
      '新(改)建村卫生室', '', '新(改)建村卫生室80家。', '', '区卫健局', '', '各乡镇(街道)', '', '4', '', '医疗卫生机构迁(扩)建', '',
      '实施卫生院迁(扩)建1家。', '', '区卫健局', '', '源东乡', '', '区发改局', '', '区资规分局', '', '5', '', '献血屋建设', '',
      '建设献血屋1个。', '', '区卫健局', '', '区红十字会', '', '区行政执法局', '', '区资规分局', '', '6', '', '“防灾救灾”工程', '',
      '避灾安置场所规范化建设', '', '新增避灾安置场所50个,并完成规范化建设。', '', '区应急管理局', '', '各乡镇(街道)', '', '7', '',
      '基层消防力量建设提质升级', '', '对乡镇(街道)专职消防队、村志愿队、社区微型消防站灭火救援装备提档升级。', '', '区消防救援大队', '',
      '各乡镇(街道)', '', '8', '', '“娃有所托”工程', '', '暑期托管服务', '', '开设100个暑期公益托管班。', '', '团区委', '', '各乡镇(街道)', '',
      '区总工会', '', '区妇联', '', '区教体局'],
     [("“医”心为民工", ["区卫健局"], [], ["各乡镇(街道)"]),
      ("医疗卫生机构迁", ["区卫健局"], ["源东乡", "区发改局", "区资规分局"], []),
      ("献血屋建设：建", ["区卫健局"], ["区红十字会", "区行政执法局", "区资规分局"], []),
      ("避灾安置场所规", ["区应急管理局"], [], ["各乡镇(街道)"]), ("基层消防力量建", ["区消防救援大队"], [], ["各乡镇(街道)"]),
      ("暑期托管服务：", ["团区委"], ["区总工会", "区妇联", "区教体局"], ["各乡镇(街道)"])]))


@pytest.mark.parametrize("style,where,text,want", CELL_TABLES, ids=[c[0].split(" ")[0] for c in CELL_TABLES])
def test_cell_per_line_tables_numbered_rows(style, where, text, want):
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(text)), where.split(":")[0]))
    got = [(t["text"][:7], [u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]], t["generic_cooperate"])
           for t in tasks]
    assert got == want


def test_row_cells_go_where_they_fit():
    from kg.extract.cell_tables import merge_header_cells
    from kg.extract.row_fit import align_row

    # a row without its 全年目标任务 cell: the person and the units keep their columns
    assert align_row(["优化提升50条背街后巷交通组织。", "徐国江", "城管局", "市政局、相关街道"],
                     ["text", "text", "person", "lead", "cooperate"]) == [0, 2, 3, 4]
    assert merge_header_cells(["编", "号", "重点工作"]) == ["编号", "重点工作"]
    assert merge_header_cells(["序号", "重点工作", "责任", "领导", "责任", "科室", "攻坚目标", "任务"]) == \
        ["序号", "重点工作", "责任领导", "责任科室", "攻坚目标任务"]


# A sentence folded into the duty before it on the same line (benchmarks/data/other_districts_fresh):
# (source, line as printed, [(lead, cooperate)] of the tasks it gives)
FOLLOWING = [
    ("henan_puyang-jingai-lawsite-numeral-date.txt:33 (fields before 等部门 cooperate)",
     "第四条 市政主管部门负责全市城市道路范围内窨井设施的日常监管和应急处置工作。规划、公安、房产等部门依据各自职责,协同做好窨井设施的监督管理工作。",
     [(["市政主管部门"], ["规划", "公安", "房产"])]),
    ("chongqing_shi-changtong-article-fuze.txt:5 (the lead joined by another unit)",
     "(十)重庆警备区司令部负责对军车的整治。重庆警备区司令部和市公安局交管局要建立定期通报联系制度,成立军警联合纠察队。",
     [(["重庆警备区司令部"], ["市公安局交管局"])]),
    ("zhejiang_lishui-chaiqian-lawsite-shixiao.txt:35 (fields等部门和<a class>应依照…,互相配合 after the duty)",
     "第六条 丽水市建设局是本市房屋拆迁主管部门,负责市区内的房屋拆迁监督管理工作。财政、计划、公安、工商、价格等部门和乡(镇)人民政府"
     "(街道办事处)应依照本暂行办法的规定,互相配合,保证房屋拆迁工作的顺利进行。",
     [(["丽水市建设局"], ["财政", "计划", "公安", "工商", "价格"])]),
    ("constructed (Y要积极配合 after X负责: Y cooperates on X's duty)",
     "（一）县发改局负责项目审批。县财政局要积极配合做好资金保障。", [(["县发改局"], ["县财政局"])]),
    ("001_ace590f4be284911.txt:2169 (units that 各负其责，密切配合 keep a duty of their own)",
     "区残联、各有关部门要各负其责，密切配合，为残疾儿童康复救助工作提供积极的支持。", [(["区残联"], [])]),
    ("003_4e5ccb238a0f172a.txt:3413 (a cooperating body after the duty: unnamed village committees are a class, "
     "generic, as the other_districts_fresh2 gold reads them)",
     "镇办要结合实际强化应急管理职责。村（居）民委员会协助做好村（社区）应急管理相关工作。", [([], [])]),
]


@pytest.mark.parametrize("where,line,want", FOLLOWING, ids=[f[0].split(" ")[0] for f in FOLLOWING])
def test_a_following_sentence_joins_the_duty(where, line, want):
    text = "\n".join(["某市人民政府关于印发某规定的通知", "某府发〔2020〕1号", "各区县人民政府:", line])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "x.txt"))
    assert [([u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in tasks] == want


def test_a_table_of_label_cells():
    """guangdong_guangzhou-weijian-labelcells.txt:2-6 (other_districts_fresh): one task per block of label cells."""
    text = "\n".join(["", "重点工作: | 135.统筹违法建设治理与城市更新,促进违法建设科学分类治理。 |", "牵头单位: | 市城市管理综合执法局 |",
                     "年度阶段性工作目标: | 第一季度:印发《广州市2023年违法建设治理工作方案》。 |", "进展情况、存在问题 及下一步工作建议: |",
                     "已完成。 |"])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "gz.txt"))
    assert [(t["text"][:15], [u["name"] for u in t["lead"]], t["source"]["line_start"], t["source"]["line_end"]) for t in tasks] == \
        [("135.统筹违法建设治理与城市", ["市城市管理综合执法局"], 2, 3)]


def test_a_short_article_sentence_is_a_duty_not_a_title():
    """tianjin_linshi-jiuzhu-converter.txt:5 (other_districts_fresh2, converter copy): an article (第四条) has no title
    of its own, so its short first sentence is read; unnamed village committees are a class."""
    line = ("第四條 區(qū)民政部門(mén)是審批臨時(shí)救助的責(zé)任主體。村(居)民委員會(huì)協(xié)助做好臨時(shí)救助對(duì)象的"
            "發(fā)現(xiàn)報(bào)告、救助申請(qǐng)等相關(guān)工作。")
    tasks = extract_tasks(segment_issue(normalize_lines(line), "tj.txt"))
    assert [([fold(u["name"]) for u in t["lead"]], t["cooperate"], [fold(g) for g in t["generic_cooperate"]]) for t in tasks] == \
        [(["区民政部门"], [], ["村(居)民委员会"])]


def test_a_flattened_converter_page_is_cut_at_its_double_commas():
    """hunan_youxian-touzi-converter-oneline.txt:1 (other_districts_fresh2): a converter copy flattened to one line,
    its sentences joined by ",," and its lists by ",、"; each sentence gives its own task."""
    line = ("政府性投資項(xiàng)目結(jié)算評(píng)審由縣財(cái)政局組織實(shí)施,,政府性投資項(xiàng)目結(jié)算審計(jì)由縣審計(jì)局組織實(shí)施,,"
            "由縣發(fā)改局牽頭縣財(cái)政局,、行業(yè)主管部門(mén)核查責(zé)任,,變更審批由縣發(fā)改局出具《會審意見呈報表》")
    tasks = extract_tasks(segment_issue(normalize_lines(line), "yx.txt"))
    assert [([fold(u["name"]) for u in t["lead"]], [fold(u["name"]) for u in t["cooperate"]]) for t in tasks][:3] == \
        [(["县财政局"], []), (["县审计局"], []), (["县发改局"], ["县财政局"])]


def test_the_next_line_of_an_article_names_who_cooperates():
    """jiangsu_wuxi-jishi-tiaoli-lawsite.txt:35-36 (other_districts_fresh2): fields before 等部门 on the article's next
    line, 按各自的职责，与X相互配合, cooperate on its duty; a next line with a duty of its own does not."""
    text = ["第六条 城乡集市贸易由当地工商行政管理机关实施行政管理和监督。",
            "物价、税务、公安、卫生、环卫、检疫、标准、计量、商业、供销、城乡建设等部门应按各自的职责,与工商行政管理机关相互配合,共同管理好城乡集市。"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(text)), "wx.txt"))
    assert [([u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]], t["source"]["line_start"],
             t["source"]["line_end"]) for t in tasks] == \
        [(["工商行政管理机关"], ["物价", "税务", "公安", "卫生", "环卫", "检疫", "标准", "计量", "商业", "供销", "城乡建设"], 1, 2)]
    own = [text[0], "县住房城乡建设局、县综合执法局负责人依次汇报了近期工作开展情况。"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(own)), "wx.txt"))
    assert [u["name"] for u in tasks[0]["cooperate"]] == [] and tasks[0]["source"]["line_end"] == 1


def test_label_lines_each_over_its_value():
    """ningxia_tongxin-renwu-label-lines.txt:1-8 (other_districts_fresh2): a key-value table printed one label a
    line, the value on the next; a 责任单位 set against a separate 配合单位 leads. A header printed one cell per line
    (labels one after another) is no record."""
    text = ["具体任务", "全面落实疫情防控“新十条”,抓紧完成方舱医院升级改造亚定点医院。", "责任单位", "卫健局、文旅局", "配合单位", "各乡镇",
            "完成时限", "1月底前完成"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(text)), "tx.txt"))
    assert [(t["text"][:8], [u["name"] for u in t["lead"]], t["cooperate"], t["generic_cooperate"], t["source"]["line_start"],
             t["source"]["line_end"]) for t in tasks] == [("全面落实疫情防控", ["卫健局", "文旅局"], [], ["各乡镇"], 1, 8)]
    header = ["具体任务", "责任单位", "配合单位", "完成时限"]
    assert extract_tasks(segment_issue(normalize_lines("\n".join(header)), "tx.txt")) == []


def test_a_pipe_row_keeps_the_space_between_two_units():
    """jiangxi_jishui-minsheng-shishi-pipe.txt:2-3 (other_districts_fresh3, http://www.jishui.gov.cn): a
    责任单位 cell printing one bureau and a class with a space between them: a sole unit, the class generic."""
    text = ["一、10件民生实事任务分解表", "序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |",
            "4 | 扎实推进城乡供水一体化建设,年内启动尚贤、冠山等6个乡镇供水管网设施建设,提升城区及工业园区供水能力。 | 张学伟 | "
            "县住建局 各相关乡镇政府 | 金滩水厂建设基本完成,预计年底可投产。 |"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(text)), "js.txt"))
    assert [([u["name"] for u in t["lead"] + t["cooperate"]], t["generic_lead"] + t["generic_cooperate"]) for t in tasks] == \
        [(["县住建局"], ["各相关乡镇政府"])]


def test_rows_printed_with_spaces_between_cells():
    """henan_pingdingshan-hezhang-fenjie-rows.txt:26-29 (other_districts_fresh3, http://www.pds.gov.cn): spaces
    part the cells and also break text cells, so the unit columns closing the header are read from the row's
    last cells; 牵头单位 leads, 参与单位 cooperates; a bracketed list (各县(市、区)) stays one class."""
    text = ["平顶山市全面推行河长制主要任务分解表", "", "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位",
            "1 加强水资源保 护 严守水资源开发利用控制红线 实施水资源消耗总量和强度双控行动,防止不合理新增取水。 市水利局 "
            "市发展改革委、工业和信息化委、住房和城乡建设局、农业局等 各县(市、区)党委和人民政府",
            "3   抓好工业节水。加快实施工业节水技术改造,坚决遏制用水浪费。 市工业和信息化委、水利局 市发展改革委等 各县(市、区)党委和人民政府"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(text)), "pds.txt"))
    assert [(t["text"][:6], [u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]], t["generic_cooperate"],
             t["source"]["line_start"]) for t in tasks] == [
        ("加强水资源保", ["市水利局"], ["市发展改革委", "工业和信息化委", "住房和城乡建设局", "农业局"], ["等", "各县(市、区)党委和人民政府"], 4),
        ("抓好工业节水", ["市工业和信息化委", "水利局"], ["市发展改革委"], ["等", "各县(市、区)党委和人民政府"], 5)]


def test_rows_printed_with_spaces_with_text_columns_after_the_unit_column():
    """anhui_huoqiu-2025-zhongdian-renwu-yijidu-converter.txt:4-7 (other_districts_fresh7, a converter copy): the one
    unit column (牵头责任单位) is followed by a text column (一季度完成情况) whose cells hold spaces too, so the unit cell is
    the row's first cell of units after its task."""
    text = ["2025年縣政府重點(diǎn)工作任務(wù)一季度完成情況", "", "序號(hào) 重點(diǎn)工作任務(wù) 牽頭責(zé)任單位 一季度完成情況",
            "1 地區(qū)生產(chǎn)總值增長6%以上。 縣發(fā)改委 一季度地區(qū)生產(chǎn)總值增長6.8%",
            "2 規(guī)模工業(yè)增加值增長4.5%。 縣工信局 規(guī)模工業(yè)增加值增長 11.9%",
            "3 財(cái)政一般公共預(yù)算收入增長3.7%以上。 縣財(cái)政局、縣稅務(wù)局 財(cái)政一般公共預(yù)算收入增長4.8%"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(text)), "huoqiu.txt"))
    assert [(fold(t["text"])[:6], [fold(u["name"]) for u in t["lead"]], t["cooperate"]) for t in tasks] == [
        ("地区生产总值", ["县发改委"], []), ("规模工业增加", ["县工信局"], []), ("财政一般公共", ["县财政局", "县税务局"], [])]


def test_a_unit_line_over_its_duty_line():
    """jiangsu_gaogang-zhongkao-zhize-bianjie.txt:7-21 (other_districts_fresh3, a 责任清单 page, http://
    www.tzgg.gov.cn): under a 相关部门 | 职责分工 header printed one cell per line, each unit's line leads the duty
    line after it, and the duty's own 会同 clause names cooperating functional names. A unit line with no duty
    after it, and a page without the header, give nothing."""
    text = ["管理事项 中考、高考保障", "职责分工 职责分工", "", "相关部门", "", "职责分工", "", "区公安分局", "", "维护考点周边安全、网上不良信息检查、试卷运送保管安全保障。", "",
            "区教育局", "", "负责高考、中考的具体组织、实施和协调工作;层层签订教育考试责任书,落实相关责任;会同保密部门和公安部门,"
            "对所有考区试卷保密室进行一次考", "", "区市场监管局", "", "考点周边宾馆及服务业、餐饮卫生检查。", "", "相关依据 相关依据"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(text)), "gg.txt"))
    assert [(t["text"][:6], [u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]], t["source"]["line_start"],
             t["source"]["line_end"]) for t in tasks] == [
        ("维护考点周边", ["区公安分局"], [], 8, 10), ("负责高考、中", ["区教育局"], ["保密部门", "公安部门"], 12, 14),
        ("考点周边宾馆", ["区市场监管局"], [], 16, 18)]
    assert extract_tasks(segment_issue(normalize_lines("\n".join(text[:2] + text[7:11])), "gg.txt")) == []
    import opencc  # the page's traditional (s2twp) copy reads the same
    copy = opencc.OpenCC("s2twp").convert("\n".join(text))
    assert len(extract_tasks(segment_issue(normalize_lines(copy), "gg.txt"))) == 3


def test_a_tab_table_with_responsible_units_before_the_lead():
    """The liandu layout (zhejiang_liandu-zerenfenjie-cells-reversed.txt) as a tab table: the lead picked out of the
    责任单位 list does not also cooperate."""
    text = "\n".join(["某县人民政府办公室关于印发重点工作任务分工方案的通知", "某政办发〔2023〕12号", "各乡镇人民政府：", "现印发给你们。",
                      "序号\t工作任务\t责任单位\t牵头单位", "1\t加快项目建设\t县发改局、县财政局、县住建局\t县发改局",
                      "2\t推进改革\t县委编办\t县委编办"])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "x.txt"))
    assert [([u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in tasks] == \
        [(["县发改局"], ["县财政局", "县住建局"]), (["县委编办"], [])]


@pytest.mark.parametrize("style,where,text,want", CELL_TABLES, ids=[c[0].split(" ")[0] for c in CELL_TABLES])
def test_cell_per_line_tables_in_a_traditional_copy(style, where, text, want):
    """The same tables from a traditional-script copy: the same tasks, names as printed (compared folded)."""
    import opencc

    from kg.parse.normalize import fold

    copy = opencc.OpenCC("s2t").convert("\n".join(text))
    tasks = extract_tasks(segment_issue(normalize_lines(copy), where.split(":")[0]))
    f = lambda xs: [fold(x) for x in xs]
    got = [(fold(t["text"])[:7], f([u["name"] for u in t["lead"]]), f([u["name"] for u in t["cooperate"]]), f(t["generic_cooperate"]))
           for t in tasks]
    assert got == want


@pytest.mark.parametrize("header", [
    ["序号\t重点任务\t责任单位\t", "\t\t牵头单位\t配合单位"],  # tab rows
    ["| 序号 | 重点任务 | 责任单位 | |", "| | | 牵头 | 配合 |"],  # markdown rows, bare sub-labels
])
def test_a_header_over_two_rows(header):
    """责任单位 spanning two sub-columns 牵头 / 配合 on a second header row (constructed: the merged-cell header of
    many 任务分工表)."""
    body = ["1\t推进项目建设\t县发改局\t县财政局"] if "\t" in header[0] else ["| 1 | 推进项目建设 | 县发改局 | 县财政局 |"]
    text = "\n".join(["某县人民政府办公室关于印发重点工作任务分工方案的通知", "某政办发〔2023〕12号", "各乡镇人民政府：", "现印发给你们。"]
                     + header + body)
    tasks = extract_tasks(segment_issue(normalize_lines(text), "x.txt"))
    assert [(t["text"], [u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in tasks] == \
        [("推进项目建设", ["县发改局"], ["县财政局"])]


@pytest.mark.parametrize("line,want", [
    # jiangsu_yixing-zhongdian-gongzuo-meta-paren-units.txt:35 (other_districts_fresh4): a bracket of units after the
    # item's full stop, no role word: no lead marked, all cooperate
    ("1、地区生产总值增长6.5%;一般公共预算收入增长5%。(市发展改革委、财政局、税务局)",
     ("1、地区生产总值增长6.5%;一般公共预算收入增长5%。", "市发展改革委、财政局、税务局")),
    ("1、全年组织开展惠民演出。(县融媒体中心)", None),  # one name: a credit line as often as a note
    ("1、全年组织开展惠民演出。(来源:太仓日报)", None),
    ("1、全年组织开展惠民演出。(目录见附件1)", None),
])
def test_a_bracket_of_units_closing_an_item(line, want):
    from kg.extract.tasks import unit_list_note

    assert unit_list_note(normalize_line(line)) == want


@pytest.mark.parametrize("line,want", [
    # hubei_sheng-yingshang-huanjing-trad-qiantou.txt:9 (other_districts_fresh5): the page cut the note before its
    # close; the whole note is read, not only its last field
    ("全面開放市場,不得限制或者排斥本地、本系統以外的法人或者其他組織參加投標。(牽頭單位:省發展改革委;責任單位:省編辦、省國土資源廳、",
     "牵头单位:省发展改革委;责任单位:省编办、省国土资源厅、"),
    # guangxi_hechi-yingshang-gongzuo-yaodian.txt:9 (other_districts_fresh6), from its last sentence: cut in a 〔 bracket
    # with a whole bracketed word inside the cut last name
    ("推行“打包办”、“一件事一次办”高效推进多业务、多部门联办智能化审批。〔牵头单位:市市场监管局、发展改革委;配合单位:市公安局、"
     "河池海关、河池税务局,各县(区)人民", "牵头单位:市市场监管局、发展改革委;配合单位:市公安局、河池海关、河池税务局,"),
    ("1.推进项目建设。责任单位:区发改局、区财政局", "责任单位:区发改局、区财政局"),  # constructed: the labelled tail
    # zhejiang_haiyan-2022-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie.txt:8 (other_districts_fresh13), wrapped:
    # the next item's number ends the note
    ("1.坚持县政府常务会议集体学法,提高决策科学化民主化水平。 责任单位:县司法局 2.深化“亩均论英雄”“标准地”改革,狠抓全域土地综合整治",
     "责任单位:县司法局"),
    ("1.推进项目建设(责任单位:区发改局)。另见附件。", None),  # a closed bracket is no cut note
    # shandong_heze-dongneng-spaced-number.txt:7 (other_districts_fresh): the page cut the note inside a name: the
    # cut name is dropped
    ("1. 菏泽市深化新旧动能转换建设绿色低碳高质量发展先行区实现重大突破,形成一批可复制可推广的成功经验。(牵头单位:市发",
     "牵头单位:"),
])
def test_a_labelled_note_closing_a_line(line, want):
    from kg.extract.tasks import labelled_tail

    got = labelled_tail(normalize_line(line))
    assert (got[1] if got else None) == want


def test_a_bracket_of_units_closing_an_item_is_a_task_only_on_a_numbered_item():
    body = ["某市人民政府关于印发2020年重点工作分解落实方案的通知", "某政发〔2020〕1号", "各镇人民政府:", "现将方案印发给你们。",
            "1、地区生产总值增长6.5%;一般公共预算收入增长5%。(市发展改革委、财政局、税务局)",
            "全年组织开展惠民演出。(市文旅局、市财政局)"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(body)), "constructed"))
    assert [([u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in tasks] == [
        ([], ["市发展改革委", "财政局", "税务局"])]


@pytest.mark.parametrize("line,want", [
    # hunan-2019-zhengfu-gongzuo-baogao-bumen-fengong.txt:23 (other_districts_fresh6): the page ends inside the note
    ("万元GDP能耗下降2.5%(分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省",
     "分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、"),
    ("万元GDP能耗下降2.5%(见附件", None),  # no role clause: no note
    ("万元GDP能耗下降2.5%(省发展改革委牵头)", None),  # closed: trailing_note reads it
])
def test_an_unlabelled_note_the_page_cut(line, want):
    from kg.extract.tasks import cut_clause_note

    got = cut_clause_note(normalize_line(line))
    assert (got[1] if got else None) == want


@pytest.mark.parametrize("note,only", [
    ("第一责任单位为牵头单位,下同", True),  # fujian_xiamen-yingshang-ruogan-cuoshi.txt:31 (other_districts_fresh6)
    ("列第一位者为牵头或汇总单位,下同", True),  # zhejiang_haishu-2024-zhengfu-gongzuo-baogao-zeren-fenjie.txt:43
    ("责任单位:市税务局、市财政局,排在首位的为牵头单位,下同", False),  # guangdong_shaoguan-zhizaoye-trad.txt:19: a list first
])
def test_a_bracket_that_only_states_the_convention_is_no_note(note, only):
    from kg.extract.units import states_convention_only

    assert states_convention_only(note) is only


def test_a_section_heading_names_its_lead():
    # shanxi-2008-zhengfu-gongzuo-mubiao-zeren-fenjie.txt:15-33 (other_districts_fresh6): (一)X牵头的工作 heads the
    # duties of unit X; a 协同单位 line inside the section names who cooperates; a person's section is no task
    text = "\n".join(["山西省人民政府关于印发2008年省人民政府工作目标责任分解意见的通知", "晋政发〔2008〕10号",
                      "各市、县人民政府,省人民政府各委、厅,各直属机构:", "现将2008年省人民政府工作目标责任分解安排如下:",
                      "一、孟学农省长负责的工作", "全面负责省人民政府工作任务的落实。", "(一)省监察厅牵头的工作",
                      "加强行政监察工作,全面落实政府系统党风廉政建设责任制。", "(二)省审计厅牵头的工作", "全面加强审计工作。",
                      "协同单位:省直各部门和各市人民政府。", "(三)省编办牵头的工作", "1.深化行政管理体制改革,优化政府机构设置。",
                      "2.积极稳妥地推进乡镇机构改革。", "协同单位:省财政厅、省人事厅、省农业厅等省直有关部门和各市人民政府。",
                      "二、薛延忠常务副省长负责的工作"])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "shanxi.txt"))
    assert [(t["text"][:9], [u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in tasks] == [
        ("(一)省监察厅牵头", ["省监察厅"], []), ("(二)省审计厅牵头", ["省审计厅"], []),
        ("(三)省编办牵头的", ["省编办"], ["省财政厅", "省人事厅", "省农业厅"])]


def test_a_paragraph_wrapped_mid_sentence_is_one_item():
    # liaoning-jiuye-chuangye-shishi-yijian-wiki.txt:3-4 (other_districts_fresh6, shortened): the item's heading is on
    # the line above the one its note closes
    text = "\n".join(["辽宁省人民政府关于进一步做好新形势下就业创业工作的实施意见", "辽政发〔2015〕49号", "各市人民政府:", "现提出以下实施意见:",
                      "(一)坚持扩大就业发展战略。把稳定和扩大就业作为经济运行合理区间的下限,合理确定经济增长速度和发展模式,科学把握宏观调控的方向和力度,建立宏观经济政策对就业影响的评价机制和公",
                      "评估机制。鼓励社会资金和金融资本参与创业投资,推动创业带动就业工作。(省发展改革委、省科技厅、省财政厅等负责,列第一位者为牵头单位,下同)"])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "liaoning.txt"))
    assert [(t["text"][:6], t["source"]["line_start"], [u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]])
            for t in tasks] == [("(一)坚持扩", 5, ["省发展改革委"], ["省科技厅", "省财政厅"])]


def test_a_page_flattened_to_one_line_gives_one_task_per_labelled_field():
    """guangdong-2023-gongzuo-baogao-fengong-nongye-news.txt:8 (other_districts_fresh8), its first two items: each
    heading with its 工作措施 closed by its 部门分工 field, all on one line."""
    line = ("粮食产量1268万吨以上 部门分工:省农业农村厅牵头,各地、各部门配合。 大力推进20个战略性产业集群建设 工作措施:完成战略性"
            "产业集群“1+20”政策文件的中期评估及修订工作。出台未来产业集群专项行动计划。 部门分工:省工业和信息化厅牵头,省发展改革委、"
            "科技厅、农业农村厅、统计局、政务服务数据管理局、能源局等配合。")
    tasks = extract_tasks(segment_issue(normalize_lines("近日\n一起来看看吧~\n" + line + "\n"), "x"))
    got = [(t["text"][:6], [u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in tasks]
    assert got == [("粮食产量12", ["省农业农村厅"], []),
                   ("大力推进20", ["省工业和信息化厅"], ["省发展改革委", "科技厅", "农业农村厅", "统计局", "政务服务数据管理局",
                                                     "能源局"])]


SHIJINGSHAN = "beijing_shijingshan-2019-jiedao-gongzuo-renwu-fenjie-essay-site.txt:29-33 (other_districts_fresh9)"


@pytest.mark.parametrize("label_line,next_line,want", [
    ("协办单位:区委编办、区民政局(区委社会工委)、园区党工", "委、各街道党工委", True),  # SHIJINGSHAN:32-33, a name cut by the wrap
    ("协办单位:区委编办、区民政局、", "各街道党工委", True),  # constructed: the wrap after a 、
    ("牵头单位:区委组织部", "协办单位:区委编办", False),  # a label line of its own
    ("协办单位:区委编办、区民政局", "2.推进社区治理。", False),  # the next item
    ("协办单位:区委编办", "委托第三方开展评估。", False),  # the last name is whole: no wrap
])
def test_a_label_line_wrapped_by_the_page(label_line, next_line, want):
    from kg.extract.tasks import wrapped_list
    assert wrapped_list(label_line, next_line) is want


@pytest.mark.parametrize("convert", [lambda s: s, fold], ids=["as printed", "folded"])
def test_a_label_lines_list_wrapped_onto_the_next_line(convert):
    text = ["1.加强党对城市基层工作的领导。", "确保党的路线方针政策在", "基层有效贯彻落实。", "牵头单位:区委组织部",
            "协办单位:区委编办、区民政局(区委社会工委)、园区党工", "委、各街道党工委"]  # SHIJINGSHAN (item text shortened)
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(convert(x) for x in text)), "sjs.txt"))
    assert [([u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]], t["generic_cooperate"]) for t in tasks] == [
        (["区委组织部"], ["区委编办", "区民政局(区委社会工委)", "园区党工委"], ["各街道党工委"])]


_CHENGDU = Path(__file__).parents[1] / "benchmarks/data/other_districts_fresh11/texts"


@pytest.mark.parametrize("name", ["sichuan_chengdu-2021-shenghuo-laji-fenlei-zhongdian-renwu-zeren-fengong-doc-site.txt",
                                  "sichuan_chengdu-2021-shenghuo-laji-fenlei-zhongdian-renwu-zeren-fengong-doc-site-s2twp.txt"])
def test_a_table_run_together_into_one_paragraph(name):
    """other_districts_fresh11 成都 (a document-sharing site's text, lines 3-4): the header's cells glued after 序号
    (序号工作内容目标任务责任单位备注), each row glued to the next: its number, its text cells, then the unit cell closing
    it (after the last 。); 2021年2月 inside a text cell starts no row; a page number glued into a cell (市 ⏎ 2、住建局) is
    dropped; the 责任单位 column names no lead, so its units cooperate; the cut last row (no unit cell) is none."""
    text = (_CHENGDU / name).read_text(encoding="utf-8")
    tasks = [t for t in extract_tasks(segment_issue(normalize_lines(text), name)) if t["style"] == "table_run_together"]
    got = [(fold(t["text"])[:8], [u["name"] for u in t["lead"]], [fold(u["name"]) for u in t["cooperate"]],
            [fold(g) for g in t["generic_cooperate"]], t["source"]["line_start"], t["source"]["line_end"]) for t in tasks]
    districts = "各区(市)县政府(管委会)"
    assert got == [
        ("将生活垃圾分类投", [], ["市委宣传部(市文明办)", "市城管委", "市住建局", "市总工会", "团市委", "市妇联", "市文广旅局"],
         ["等部门", districts], 3, 3),
        ("完善生活垃圾回收", [], ["市商务局", "市住建局", "市城管委", "市委社治委", "市发改委", "市规划和自然资源局"], [districts], 3, 4),
        ("加强家庭源危险废", [], ["市生态环境局"], [districts], 4, 4),
        ("依据国土空间规划", [], ["市城管委", "市规划和自然资源局", "市生态环境局", "市商务局", "市住建局"], [districts], 4, 4)]


def test_a_run_together_row_needs_its_unit_cell():
    """Constructed from the 成都 header: a row whose text closes on no unit list ends the table."""
    text = "\n".join(["责任分工表序号工作内容责任单位1做好宣传工作。市委宣传部、市城管委2完善回收体系。尽快建成。"])
    tasks = [t for t in extract_tasks(segment_issue(normalize_lines(text), "x.txt")) if t["style"] == "table_run_together"]
    assert [(t["text"], [u["name"] for u in t["cooperate"]]) for t in tasks] == [("做好宣传工作。", ["市委宣传部", "市城管委"])]
    wide = text.replace("1", "１").replace("2", "２")  # row numbers printed in full-width digits
    tasks = [t for t in extract_tasks(segment_issue(normalize_lines(wide), "x.txt")) if t["style"] == "table_run_together"]
    assert [[u["name"] for u in t["cooperate"]] for t in tasks] == [["市委宣传部", "市城管委"]]


def test_a_spaced_header_joined_to_its_first_row_is_no_run_together_table():
    """henan_pingdingshan-hezhang-fenjie-rows.txt:26-27 (other_districts_fresh3) as a reader joins them once the page is
    hard-wrapped: its header's cells are printed apart by spaces, so it is a spaced table's header, not a glued one."""
    line = ("序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位1 加强水资源保 护 严守水资源开发利用控制红线 实施水资源消耗总量和强度双控行动,"
            "防止不合理新增取水。 市水利局 市发展改革委、工业和信息化委、住房和城乡建设局、农业局等 各县(市、区)党委和人民政府")
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(["平顶山市全面推行河长制主要任务分解表", "", line])), "pds.txt"))
    assert [t for t in tasks if t["style"] == "table_run_together"] == []


def test_a_body_charged_after_the_lead_clause_is_no_share():
    """constructed: "由X牵头，Y负责…" names who does the work; only 分别负责 / 配合 / 参与 / 抽调 clauses are shares."""
    from kg.extract.joint_assisted import led_shares

    assert led_shares("由区政府牵头,区发改局负责具体实施。") is None


# fresh13 (other_districts_fresh13): a duty list printed unit, full stop, duty — "县环保局。负责…"
DUTY_LIST = ("三、组织领导及职责分工为切实加强对秸秆禁烧工作的领导,县政府成立县农作物秸秆禁烧工作领导小组(名单附后),领导小组下设办公室(以下简称县禁烧办)。"
             "各组成单位及其职责如下:县环保局。负责对全县秸秆禁烧工作实施统一监督,并承担县禁烧办的日常工作。加强现场执法检查,发现有燃烧行为的,责令立即停止。"
             "县交通局、公路局。负责对全县辖区内国道、省道、县道两侧燃烧秸秆情况的巡查,对在公路两侧燃烧秸秆影响道路交通平安的,依法进行查处。"
             "县农委。负责全县农作物秸秆综合利用工作的督导;负责全县秸秆宽行覆盖、堆沤还田等综合利用技术的宣传推广和指导工作。")


def test_a_duty_list_of_units_each_over_its_duty():
    """county-jiegan-jinshao-gongzuo-shishi-fangan-doc-site.txt:1 (other_districts_fresh13): one unit answers for its duty
    (leads); two listed with no lead marked share it (cooperate); the duty after the unit's full stop is the task."""
    tasks = extract_tasks(segment_issue(normalize_lines(DUTY_LIST), "constructed"))
    got = [(t["style"], [u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]], t["text"][:12]) for t in tasks]
    assert got == [("unit_duty", ["县环保局"], [], "县环保局。负责对全县秸秆"),
                   ("unit_duty", [], ["县交通局", "公路局"], "县交通局、公路局。负责对"),
                   ("unit_duty", ["县农委"], [], "县农委。负责全县农作物秸")]


@pytest.mark.parametrize("parts,want", [
    ([("各组成单位及其职责如下:县环保局。", None), ("负责对全县秸秆禁烧工作实施统一监督。", None)],
     [("县环保局。负责对全县秸秆禁烧工作实施统一监督。", ["县环保局"], "unit_duty")]),
    # a unit sentence followed by anything but a duty opening with 负责 heads nothing
    ([("县环保局。", None), ("负责人:张三。", None)], [("县环保局。", None, None), ("负责人:张三。", None, None)]),
    ([("推进秸秆综合利用。", None), ("负责全县秸秆综合利用。", None)],
     [("推进秸秆综合利用。", None, None), ("负责全县秸秆综合利用。", None, None)]),
])
def test_a_units_sentence_heads_the_duty_after_it(parts, want):
    from kg.extract.duties import headed_duties

    assert headed_duties(parts) == want


HAIYAN = ("各镇人民政府(街道办事处),县政府各部门、直属各单位: 《政府工作报告2022年重点工作责任分解》已经县政府讨论确定,现印发给你们,请认真贯彻执行。 "
          "政府工作报告2022年重点工作责任分解 一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%;城乡居民人均可支配收入与经济增长基本同步,"
          "收入倍差进一步缩小。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局、县农业农村局 2.落实党政机关过紧日子的要求,节俭办一切事业。 "
          "责任单位:县财政局 二、曹惠明常务副县长牵头重点工作 1.坚持县政府常务会议集体学法,加强重大行政决策事前论证和事后评估。 责任单位:县司法局 "
          "2.深化“亩均论英雄”“标准地”改革,狠抓全域土地综合整治")


def test_a_responsibility_list_flattened_to_one_line_with_its_convention_inside_the_first_list():
    """zhejiang_haiyan-2022-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie.txt:8 (other_districts_fresh13): each
    item closed by its 责任单位 field, the field ending where the next item's number begins; the page's own rule
    (首位单位为牵头单位,下同), printed inside the first list, holds for every list."""
    tasks = extract_tasks(segment_issue(normalize_lines(HAIYAN), "constructed"))
    got = [([u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]], t["text"][:8]) for t in tasks]
    assert got == [(["县发改局"], ["县财政局", "县税务局", "县农业农村局"], "1.全县生产总值"),
                   (["县财政局"], [], "2.落实党政机关"), (["县司法局"], [], "1.坚持县政府常")]


@pytest.mark.parametrize("note,lead,coop", [
    ("责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局、县农业农村局", ["县发改局"], ["县财政局", "县税务局", "县农业农村局"]),
    ("责任单位:县发改局(含县统计局)、县财政局", [], ["县发改局(含县统计局)", "县财政局"]),  # constructed: a remark, no rule
    # zhejiang_huzhou-2020-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie.txt:12 (other_districts_fresh14): the rule
    # as a bracket closing the list, the lead called 工作牵头单位
    ("责任单位:市经信局、市财政局、市发展改革委、市人力社保局、市金融办、市税务局(列第一位者为工作牵头单位或汇总单位,下同)",
     ["市经信局"], ["市财政局", "市发展改革委", "市人力社保局", "市金融办", "市税务局"]),
])
def test_a_convention_printed_inside_the_list(note, lead, coop):
    r = parse_roles(note)
    assert (r.lead, r.cooperate) == (lead, coop)


# the family of declarations that the first listed unit leads; real lines, and constructed members of the family
@pytest.mark.parametrize("line,first_leads", [
    ("(列第一位者为工作牵头单位或汇总单位,下同)", True),  # 湖州 (other_districts_fresh14)
    ("责任单位:县发改局(首位单位为牵头单位,下同)", True),  # 海盐 (other_districts_fresh13)
    ("中储粮株洲直属库。排名第一的为牵头单位,下同", True),
    ("市发改委、市财政局(第一责任单位为牵头单位,下同)", True),  # 厦门
    ("排名第一位为牵头单位,下同", True),  # 云浮
    ("负责单位中列第一位者为牵头单位，其余为主要参与单位", True),  # 001:841
    ("排在首位的为牵头单位", True), ("第一个单位为牵头单位", True), ("排在第一位的部门是主要牵头部门", True),  # constructed
    ("各责任单位要认真履责", False), ("第一次联席会议由市发改委牵头召开", False), ("县发改局为牵头单位", False),
])
def test_the_family_of_first_unit_leads_declarations(line, first_leads):
    assert document_convention([line]).first_leads is first_leads


def test_a_role_label_heading_a_numbered_field():
    """shandong_jiaxiang-yijianshi-shishi-jigou-sql-repo.txt:3 (other_districts_fresh13): 一件事 guides as markdown strings
    of a SQL dump, flattened to one line; "2. **实施机构**   X牵头，Y…配合。3. **适用范围**" — the page reader keeps
    "2.实施机构X…", the label heading its field with no colon."""
    from kg.extract.tasks import fielded_items, heading_labels

    line = ("(7,1,'退役军人服务一件事.md','1.涉及事项1.退役报到2.自主就业一次性经济补助金的给付；11.预备役登记。2.实施机构县退役军人事务局牵头，"
            "县武装部、县公安局、县司法局、县人力资源和社会保障局、县医疗保障局等部门配合。3.适用范围当年度经部队批准退出现役"
            "(8,1,'新生儿出生一件事.md','1.涉及事项1.《出生医学证明》办理(首签)；7.科学育儿指导服务登记（免申即享）。2.实施机构\t\t嘉祥县卫生健康局、"
            "嘉祥县公安局、嘉祥县人力资源和社会保障局、嘉祥县行政审批局、嘉祥县医疗保障局3.适用范围\t\t嘉祥县内符合网上联办条件的新生儿")
    fields = fielded_items(heading_labels(line.replace("\t", "")))
    notes = [parse_roles(f.split("。实施机构")[1].lstrip("：")) for f in fields]
    assert [(r.lead, r.cooperate) for r in notes] == [
        (["县退役军人事务局"], ["县武装部", "县公安局", "县司法局", "县人力资源和社会保障局", "县医疗保障局"]),
        ([], ["嘉祥县卫生健康局", "嘉祥县公安局", "嘉祥县人力资源和社会保障局", "嘉祥县行政审批局", "嘉祥县医疗保障局"])]
    assert heading_labels("3.牵头单位要加强协调") == "3.牵头单位要加强协调"  # constructed: a sentence, no field


def test_a_verb_glued_to_the_first_field_is_no_field():
    """sichuan_zhongzi-2021-anquan-shengchan-sige-wang-news.txt:6 (other_districts_fresh13) once gave the body "联合公安"."""
    from kg.extract.joint_lists import _bodies

    assert _bodies("联合公安、消防、市场监管", closed=True) is None
    assert _bodies("公安、消防、市场监管", closed=True) == (["公安", "消防", "市场监管"], [])


@pytest.mark.parametrize("sentence,lead,coop,gcoop", [
    # constructed variants of zhejiang_fenghuang-2022-chengjing-liandong-zhuanxiang-zhengzhi-news.txt:12 (fresh13)
    ("县城管执法局在公安、交警等部门的配合下,对占道经营开展集中整治。", ["县城管执法局"], ["公安", "交警"], []),
    ("县城管执法局在县公安局的配合下,对占道经营开展集中整治。", ["县城管执法局"], ["县公安局"], []),
    # the shanghai / ningbo regulations of fresh13: no body opens the clause before 在…的指导下
    ("乡镇、街道综治委应当动员组织本地区的单位和居民，在公安机关的指导下，维护地区社会治安秩序。", None, None, None),
])
def test_a_body_acting_with_others_help(sentence, lead, coop, gcoop):
    from kg.extract.joint_assisted import assisted_by

    roles = assisted_by(sentence)
    assert (roles.lead, roles.cooperate, roles.generic_cooperate) == (lead, coop, gcoop) if lead else roles is None


def test_a_page_flattened_to_one_line_opening_with_its_title():
    """other_districts_fresh14's county plan on a document site: the whole plan is one line opening with its title
    ("自然灾害应急预案(2023版)1总则…"), so the header reader counts it the title line; its numbered member units' duties
    ("…。(34)县民政局:支持引导…;…(35)乡村振兴服务中心:负责统计…") are still read, each unit sole, without its (N)."""
    name = "county-2023-ziran-zaihai-yingji-yuan-doc-site.txt"
    text = (_CHENGDU.parent.parent / "other_districts_fresh14" / "texts" / name).read_text(encoding="utf-8")
    got = [([u["name"] for u in t["lead"]], t["text"][:12]) for t in extract_tasks(segment_issue(normalize_lines(text), name))
           if t["lead"]]
    assert got == [(["县民政局"], "县民政局:支持引导社会力"), (["乡村振兴服务中心"], "乡村振兴服务中心:负责统")]


def test_a_short_clause_before_a_you_clause_stays_in_its_task_text():
    """henan_zhengzhou-2025-rendadaibiao-jianyi-dafu-xiaoyuan-zhoubian-xiaoshangfan.txt:4 (fresh16): "建立联席会议制度,由X牵头,
    Y配合" — the 由-clause is cut off as its own duty, and the short clause before it, with no body of its own, is what that
    duty does: it stays in the task's text (a clause with bodies of its own is a task of its own and is not joined)."""
    from benchmarks.other_districts import run_pipeline

    data = Path(__file__).parent.parent / "benchmarks" / "data" / "other_districts_fresh16" / "texts"
    _, facts, _ = run_pipeline(data / "henan_zhengzhou-2025-rendadaibiao-jianyi-dafu-xiaoyuan-zhoubian-xiaoshangfan.txt")
    led = [t for t in facts["tasks"] if t["line"] == 4 and t["style"] == "led_by"]
    assert [t["text"][:25] for t in led] == ["建立联席会议制度,由市市场监管局牵头,教育局配合,"]
    assert [x["name"] for x in led[0]["lead"]] == ["市市场监管局"] and [x["name"] for x in led[0]["cooperate"]] == ["教育局"]


def test_a_plan_whose_first_listed_unit_leads_reads_its_items_unit_lists():
    """guangdong-2019-yuegangao-dawanqu-sannian-xingdong-jihua-traditional.txt:7 and :11 (fresh16): the plan's preamble states
    "(列在任務分工首位的為牽頭單位,其他為主要參加單位)" — the convention, no note and no duty — and each item closes with a bare
    list "(省發展改革委,省工業和信息化廳、省交通運輸廳,大灣區內地各市)": the first unit leads, the region's cities are a class."""
    from benchmarks.other_districts import run_pipeline
    from kg.extract.tasks import unit_list_note
    from kg.extract.units import states_convention_only

    assert states_convention_only("列在任务分工首位的为牵头单位,其他为主要参加单位")
    assert not states_convention_only("省发展改革委,其他为主要参加单位")  # a unit before: a note
    assert is_generic("大湾区内地各市") and not is_generic("会议要求各乡镇")  # (fresh4's 长阳: a sentence, no class)
    assert unit_list_note("…增强珠江西岸发展动能。(省发展改革委,省工业和信息化厅、省交通运输厅,大湾区内地各市)")
    assert unit_list_note("…增强珠江西岸发展动能。(省发展改革委,大湾区内地各市)") is None  # one named unit: no list note

    data = Path(__file__).parent.parent / "benchmarks" / "data" / "other_districts_fresh16" / "texts"
    _, facts, _ = run_pipeline(data / "guangdong-2019-yuegangao-dawanqu-sannian-xingdong-jihua-traditional.txt")
    got = [(t["line"], [x["name"] for x in t["lead"]], [x["name"] for x in t["cooperate"]], t["generic_cooperate"])
           for t in facts["tasks"]]
    assert got == [(11, ["省發展改革委"], ["省工業和信息化廳", "省交通運輸廳"], ["大湾区内地各市"])]


def test_a_body_named_with_its_owner_only_where_both_are_bodies():
    """X设立的Y / X的Y机构 (fresh17's 上海 regulation) gives Y only where X and Y are both bodies (constructed negatives)."""
    from kg.extract.duty_units import _owned_body
    assert _owned_body("市劳动和社会保障行政部门设立的社会保险经办机构") == "社会保险经办机构"
    assert _owned_body("本市的社会保险经办机构") is None  # 本市 is no body
    assert _owned_body("市民政局的工作人员") is None  # staff, no body
    assert _owned_body("市民政局、市财政局") is None


def test_a_numbered_point_of_a_news_item_goes_on_with_the_items_subject():
    """zhejiang_qianwan-ranqi-lingyu-yinhuan-paicha-news.txt:3 (fresh18): "一季度,前湾新区市监分局以…为重点,…" ⏎ "二是通过…检查,
    联合资规建、经信、…、应急以及华润燃气等6家部门和单位开展联合检查": the point's 联合 clause has no subject of its own; the body
    the item's first sentence opens with leads (以及 joins a field too; 等6家部门和单位 closes the list). The 三是 point's 协同…
    村 names no joint action and stays unread."""
    from benchmarks.other_districts import run_pipeline
    from kg.extract.duties import _point_of_report

    data = Path(__file__).parent.parent / "benchmarks" / "data" / "other_districts_fresh18" / "texts"
    _, facts, _ = run_pipeline(data / "zhejiang_qianwan-ranqi-lingyu-yinhuan-paicha-news.txt")
    got = [(t["line"], [x["name"] for x in t["lead"]], [x["name"] for x in t["cooperate"]]) for t in facts["tasks"]]
    assert got == [(3, ["前湾新区市监分局"], ["资规建", "经信", "综合执法", "社发", "应急", "华润燃气"])]
    # constructed: no subject read from the item, or no list after 联合: nothing
    assert _point_of_report("二是加强部门协作,联合开展专项检查。", "县市场监管局")[1] is None
    assert _point_of_report("二是通过突击检查,联合公安、应急等部门开展联合检查。", None)[1] is None


def test_no_help_without_a_named_body_helped():
    """在…的支持下 with no named body acting (constructed): no task."""
    from kg.extract.joint_assisted import assisted_by
    assert assisted_by("在各级党委政府的支持下,我县开展了专项整治。") is None
    assert assisted_by("在社会各界的大力支持下,活动取得圆满成功。") is None


# whichever office covers the place names no unit (辖区X, 属地X, 所在地X: the integrator's convention of stop 18): a class;
# a body with a name of its own stays one
SCOPED = [
    ("fresh17 sichuan_chuanshan-2021-duobumen-daji-feifa-caisha-news.txt:2",
     "2021年2月1日凌晨1点,由区自然资源和规划局、区水利局、区公路路政管理大队、老池镇及辖区派出所组成集中整治执法工作小组,开展砂石整治专项执法行动,对老池镇铜锣村外坝采砂船进行突击检查。",
     [], ["区自然资源和规划局", "区水利局", "区公路路政管理大队", "老池镇"], ["辖区派出所"]),
    ("fresh23 jiangxi_fengxin-yangshanxiang-yanhua-baozhu-zhengzhi-news.txt:2",
     "为进一步加强烟花爆竹安全监管,严防烟花爆竹安全事故,连日来,奉新县仰山乡平安办联合辖区派出所、应急管理部门扎实开展烟花爆竹整治专项行动。",
     ["奉新县仰山乡平安办"], ["应急管理部门"], ["辖区派出所"]),
    ("fresh13 gansu_fulongping-2021-jiedao-lianhe-zhifa-zhengzhi-news-converter.txt:2 "
     "(http://ifyoulikebooks.com/lanzhounews/2021-04/16/content_4757473.htm)",
     "針對轄區(qū)棚戶區(qū)基礎(chǔ)條件差的現(xiàn)狀,為扎實開展“我為群眾辦實事”實踐活動,自4月14日起,城關(guān)區(qū)伏龍坪街道組織轄區(qū)派出所、"
     "市場監(jiān)管局、城管執(zhí)法中隊、蘭山交警支隊、城關(guān)消防支隊等相關(guān)部門開展為期三天的聯(lián)合執(zhí)法行動,",
     ["城关区伏龙坪街道"], ["市场监管局", "城管执法中队", "兰山交警支队", "城关消防支队"], ["辖区派出所"]),
    ("https://news.66wz.com/system/2022/05/31/105473094.shtml (鹿城仰义街道)",
     "今年年初,鹿城仰义街道联合辖区派出所、劳动监察、行政执法、社区等7个部门,在沿江一社区开展村居专项整治,推动社会问题综合治理。",
     ["鹿城仰义街道"], ["劳动监察", "行政执法"], ["辖区派出所", "社区"]),
    ("http://www.tnvelaivaaippu.org/showinfo-252-362901-0.html (驻马店 刘阁街道, traditional)",
     "8月20日,駐馬店市城鄉一體化示範區劉閣街道辦事處城管中隊聯合轄區公安派出所、巡防隊共同啟動常態化治安巡邏行動,進一步織密轄區平安防護網。",
     ["驻马店市城乡一体化示范区刘阁街道办事处城管中队"], ["巡防队"], ["辖区公安派出所"]),
    ("fresh17 chongqing_yongchuan-2022-dianodongche-feixian-chongdian-zhengzhi-converter.txt:4 (属地街道)",
     "近日,永川區消防救援支隊聯合區住房城鄉建委、區經信委、區城市管理局、屬地街道等多部門組成聯合檢查組開展居民小區電動車“飛線”充電專項整治。",
     ["永川区消防救援支队"], ["区住房城乡建委", "区经信委", "区城市管理局"], ["属地街道"]),
    ("http://jtj.cngy.gov.cn/ygj/News/show/20210311120659294.html (a list printed with commas)",
     "3月11日,支队路政大队、一大队联合经开区特巡警大队,辖区交警大队,高速交警大队等多部门在陵江高速路口、陵宝线开展专项执法检查,共检查车辆9辆,查处违法车辆3辆。",
     ["支队路政大队", "一大队"], ["经开区特巡警大队", "高速交警大队"], ["辖区交警大队"]),
    # negatives: a station with its own name is a unit; 辖区内 says where the partners are
    ("constructed (a named station)", "近日,街道综合执法队联合东城派出所、市场监管所开展联合执法行动。",
     ["街道综合执法队"], ["东城派出所", "市场监管所"], []),
    ("constructed (辖区内: where, no part of a name; fresh18's 天桥 rule)", "近日,街道综合执法队联合辖区内派出所、市场监管所开展联合执法行动。",
     ["街道综合执法队"], ["派出所", "市场监管所"], []),
]


@pytest.mark.parametrize("where,sentence,lead,coop,gcoop", SCOPED, ids=[s[0][:40] for s in SCOPED])
def test_the_office_covering_the_place_is_a_class(where, sentence, lead, coop, gcoop):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert (roles.lead, roles.cooperate, roles.generic_cooperate) == (lead, coop, gcoop)


def test_the_office_covering_the_place_is_generic_a_named_one_is_not():
    """is_generic: 辖区派出所 / 属地街道 / 所在地工商所 name no unit; 东城派出所, 仰义派出所 (https://news.66wz.com/system/2022/
    05/31/105473094.shtml: "街道劳动监管部门迅速联合仰义派出所"), 八大峡派出所 (http://www.isunte.cn/p/8602.html) do."""
    from kg.extract.units import is_generic, is_unit
    for name in ("辖区派出所", "辖区公安派出所", "属地街道", "属地街道办事处", "所在地工商所"):
        assert is_generic(name), name
    for name in ("东城派出所", "仰义派出所", "八大峡派出所"):
        assert is_unit(name) and not is_generic(name), name


# 带领 / 率领 taking the partners along, as 联合 does (fresh20's 闵行, its gold: 带领 as 牵头); the members of a 联席会议 are a class
LED_ALONG = [
    ("fresh20 shanghai_minhang-youyong-changsuo-lianxi-huiyi-lianhe-jiancha-news.txt:2",
     "据闵行区介绍,自7月份以来,区体育局已带领区游泳场所夏季开放联席会议成员单位对游泳场所夏季开放进行联合执法检查。",
     ["区体育局"], [], ["区游泳场所夏季开放联席会议成员单位"]),
    ("constructed (named partners)", "区体育局带领区教育局、区公安分局对游泳场所进行联合执法检查。",
     ["区体育局"], ["区教育局", "区公安分局"], []),
]


@pytest.mark.parametrize("where,sentence,lead,coop,gcoop", LED_ALONG, ids=[s[0][:40] for s in LED_ALONG])
def test_a_body_leading_its_partners_along_leads(where, sentence, lead, coop, gcoop):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert (roles.lead, roles.cooperate, roles.generic_cooperate) == (lead, coop, gcoop)


@pytest.mark.parametrize("sentence", [
    # https://www2.cfsn.cn/front/web/mobile.shengnewshow?lmid=4&newsid=24966&sjid=17: persons lead the teams, no body
    "赤壁市市场监管局将民兵与与该局综合执法大队 20 名执法人员整合列队,分组分工,在各执法组长带领下,开始全天 24 小时昼夜巡查市场,"
    "重点维持市场内生活物资购销秩序、巡查市场主体未经许可私自经营等行为。",
    "村党支部书记带领村民对河道进行清理。",
])
def test_no_body_leads_where_a_person_or_the_public_is_led(sentence):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert roles.lead == [] and roles.cooperate == []


# a bare list of units in brackets closing a sentence is a note where the document says the first listed leads (下同)
@pytest.mark.parametrize("line,item_end,note", [
    # fresh20 neimenggu-2012-guowuyuan-yijian-zhongdian-gongzuo-fengong-law-site.txt:12 and :13 (a law site's copy; line 11
    # states "列第一位者为牵头部门,其他有关部门按职责分工负责,下同")
    ("2.全面落实草原生态保护补助奖励政策,严格执行草畜平衡、休牧轮牧制度,对严重退化、沙化草原实行禁牧。探索建立基本草原保护制度,"
     "研究制定草原征用占用补偿标准,依法征收草原植被恢复费。 (农牧业厅、发展改革委、财政厅、国土资源厅等)",
     "依法征收草原植被恢复费。", "农牧业厅、发展改革委、财政厅、国土资源厅等"),
    ("3.推进草原生态保护和治理的技术研究与应用,加强草原生态监测监理体系建设,加大草原管护力度。 (农牧业厅、发展改革委、科技厅、财政厅、环境保护厅等)",
     "加大草原管护力度。", "农牧业厅、发展改革委、科技厅、财政厅、环境保护厅等"),
])
def test_a_bare_unit_list_in_brackets_is_a_note(line, item_end, note):
    from kg.extract.tasks import listed_note
    item, got = listed_note(line)
    assert item.endswith(item_end) and got == note
    assert parse_roles(got, document_convention(["列第一位者为牵头部门,其他有关部门按职责分工负责,下同"])).lead == ["农牧业厅"]


@pytest.mark.parametrize("line", [
    "建立市场监管联席会议(以下简称联席会议)制度。",
    "制定实施方案。(2023—2025年)",
    "加强组织领导。(各县区、各部门)",
    "完善工作机制。(市发改委)",  # one unit: no list
])
def test_no_bare_unit_note_without_named_units(line):
    from kg.extract.tasks import listed_note
    assert listed_note(line) is None


# (tasks30) fresh24's joint-action misses by general cause: a frequency adverb before the action (不定期组织开展), 等行政执法部门
# closing a list, 组织协调 one verb, a start day before 开展联合 (从1月6日起), a carried subject before 联动, two bodies printed
# without a separator the second named by where it serves (市场局辖区派出所), 联合 opening a sentence whose subject is unprinted,
# an action others take part in (X在…开展…行动,A、B等有关部门参加), several bodies' staff acting together (…的相关工作人员一起)
FRESH24_JOINT = [
    ("fresh24 henan_erqi-2023-mifengzhang-jiedao-zhandao-jingying-zhengzhi-news.txt:11 (不定期 before the action)",
     "针对占道经营问题严重工地周边,城市管理部联合城管执法中队不定期组织开展专项整治行动,面对执法人员耐心的普法教育,只是表面配合。",
     ["城市管理部"], ["城管执法中队"], [], []),
    ("constructed (定期 before the action)", "区城管局联合区市场监管局定期开展夜市专项检查。",
     ["区城管局"], ["区市场监管局"], [], []),
    ("fresh24 hubei_ezhou-2015-xiaoyuan-zhoubian-wenhua-huanjing-lianhe-zhengzhi-news.txt:5 (等行政执法部门, at both levels)",
     "日前,鄂州市文体新广局组织市区两级文化、公安、工商等行政执法部门针对学校秋季开学在即这一时间节点,在全市范围内开展了联合整治校园周边文化环境行动。",
     ["鄂州市文体新广局"], ["文化", "公安", "工商"], [], []),
    ("fresh24 sichuan_lushan-2020-dongji-chengshi-huozai-fangkong-spam-masked-news.txt:15 (a start day before 开展联合)",
     "县应急局、县消防大队、县综合行政执法局等部门从1月6日起开展联合执法检查,并建立曝光台,全面集中整治各类消防安全隐患。",
     [], ["县应急局", "县消防大队", "县综合行政执法局"], [], []),
    ("fresh24 guangdong_huiyang-2024-liangjing-shichang-shirong-zhengzhi-news.txt:1 (the body opening the clause before "
     "goes on to 联动)", "做好全区2024年省级典型镇培育指导工作,惠阳区城管执法局积极探索推进“镇街吹哨、部门报到”工作机制,"
     "联动良井镇对良井市场周边等重点区域开展市容市貌集中整治行动。", ["惠阳区城管执法局"], ["良井镇"], [], []),
    ("fresh24 anhui_guoyang-2024-chengguan-jiedao-xiaoyuan-zhoubian-wenhua-shichang-news.txt:4 (市场局辖区派出所: two bodies, "
     "the station that covers the place a class)", "日前,涡阳县城关街道新时代文明实践所、市场局辖区派出所联合对辖区中小学校园周边文具店、书店等文化市场进行专项检查。",
     [], ["涡阳县城关街道新时代文明实践所", "市场局"], [], ["辖区派出所"]),
    ("fresh24 sichuan_mianyang-2022-changzhen-zhixu-guifan-guanli-news.txt:3 (联合 opening the sentence, no subject printed)",
     "联合公安、市场监管等部门力量,开展场镇违建专项整治行动、场镇经营秩序专项整治行动,共拆除违建10余处。",
     [], ["公安", "市场监管"], [], []),
    ("fresh24 anhui_yushan-2021-changjiang-jinbu-liandong-zhifa-xuncha-traditional.txt:1 (X在…开展…行动,A、B…等有关部门參加)",
     "5月29日晚,雨山公安分局在長江雨山區水域開展打擊非法捕撈聯動執法巡查行動,雨山區禁捕辦、農業農村水利局、采石街道、城管中隊以及市漁政執法大隊等有關部門參加。",
     ["雨山公安分局"], ["雨山区禁捕办", "农业农村水利局", "采石街道", "城管中队", "市渔政执法大队"], [], []),
    ("fresh24 hunan_shaoyang-2024-zijiang-zhongdian-shuiyu-lianhe-zhifa-traditional.txt:9 (…的相關工作人員一起…開展聯合執法)",
     "4月30日9時許,市禁捕辦、市農業綜合行政執法支隊、市公安局森警支隊、三區禁捕辦、沿河各街道辦的相關工作人員一起登上了執法船,對市轄三區資江水域開展聯合執法行動。",
     [], ["市禁捕办", "市农业综合行政执法支队", "市公安局森警支队", "三区禁捕办"], [], ["沿河各街道办"]),
]


@pytest.mark.parametrize("where,sentence,lead,coop,glead,gcoop", FRESH24_JOINT, ids=[s[0][:50] for s in FRESH24_JOINT])
def test_fresh24_joint_actions(where, sentence, lead, coop, glead, gcoop):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert (roles.lead, roles.cooperate, roles.generic_lead, roles.generic_cooperate) == (lead, coop, glead, gcoop)


@pytest.mark.parametrize("sentence", [
    "联合有关部门开展专项整治。",  # constructed: 联合 opening a plan's item, no list closed by 等…部门
    "联合开展“双随机、一公开”抽查。",  # constructed: no partners
    "县文旅局在县城广场开展文化惠民演出活动,市民踊跃参加。",  # constructed: the public take part, no bodies
    "区委宣传部在区会议中心开展专题培训,各镇街宣传委员参加了会议。",  # constructed: persons attend a meeting
    "各单位的工作人员一起参加了植树活动。",  # constructed: a class's staff, no joint action
    # fresh22 anhui_susong-2023-jinyu-shuishang-lianhe-zhifa-news-trad.txt:9: a way of working and a scope, no bodies
    "宿松縣采取省際聯合與部門聯動相結合方式,組織跨區域多部門執法力量圍繞長江流域、內湖水域開展聯合執法行動。",
])
def test_no_reading_from_fresh24s_wider_joint_readers(sentence):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert not (roles.lead or roles.cooperate), roles


# (tasks33: what the fresh26 rules must not read)
@pytest.mark.parametrize("sentence", [
    "街道組織相關部門對龍康路南側墻內、墻外樹林中的垃圾進行全面、徹底的清理",  # fresh26's 长河 line 3: a bare 街道 names no unit
    "县应急局联合了解情况。",  # constructed: 了解 is no aspect mark
    "由市、县全额承担。",  # fresh26's 安徽 line 3: places, no unit
    "近日,天气晴朗。",  # constructed: a time and nothing after it
    # other_districts_fresh17's 北京 生活饮用水 条例 and fresh18's 古树名木 条例: a class, or the party ordered, takes the measures
    "停止供水期间由污染责任单位采取措施解决临时供水；",
    "对影响和危害古树名木生长的生产、生活设施，由古树名木行政主管部门责令有关单位或者个人限期采取措施，消除影响和危害。",
])
def test_no_task_from_the_fresh26_openings_alone(sentence):
    roles, style = _sentence_roles(normalize_line(sentence))
    assert (style, roles.lead, roles.cooperate) == (None, [], [])


def test_a_sentence_going_on_with_the_subject_before_it_on_the_line():
    """anhui-jiegan-jinshao-fenpian-dudao-zhidao.txt:3 (other_districts_fresh26): "X于…进行考评,…。同时,会同Y…进行清算": X leads,
    Y cooperates; a 同时 sentence with no joint verb reads nothing."""
    text = "\n".join(["安徽省秸秆禁烧分片督导", "省生态环境厅于全年秸秆禁烧工作结束后,以每百万亩火点数为依据,对各市秸秆禁烧工作进行考评,"
                      "评分结果提交省政府目标管理绩效考核领导小组。同时,会同省财政厅按照全年秸秆焚烧火点数对省财政秸秆禁烧和综合利用奖补资金进行清算。"
                      "同时,加大宣传力度。"])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "anhui.txt"))
    got = [([fold(u["name"]) for u in t["lead"]], [fold(u["name"]) for u in t["cooperate"]]) for t in tasks]
    assert got == [(["省生态环境厅"], ["省财政厅"])]


def test_a_body_paragraph_among_a_repeated_headlines_lines_is_read():
    """beijing_huoxian-zhen-shijiansuo-xuexiao-shitang-jiancha-converter.txt:12-18 (other_districts_fresh26): the headline printed
    again over the body, the header reader counting the paragraph under it among the title's lines; a paragraph of clauses closed
    by a full stop is read, the headline itself is not."""
    text = "\n".join(["漷縣鎮市場監督管理所對轄區中小學校、幼兒園食堂進行開學前食品安全檢查", "",
                      "2022年秋季學期即將開學,漷縣鎮市場監督管理所聯合鎮相關部門對轄區的中小學校、幼兒園進行日常檢查,重點檢查食堂食品安全及環境衛生,"
                      "切實保障師生用餐安全,及時消除食品安全隱患,預防校園食品安全事故的發生。", "", "關鍵詞: 食品安全 秋季學期 環境衛生 日常檢查 相關部門",
                      "", "責任編輯:hnmd004"])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "huoxian.txt"))
    got = [(t["line"], [fold(u["name"]) for u in t["lead"]], t["generic_cooperate"]) for t in tasks]
    assert got == [(3, ["漷县镇市场监督管理所"], ["镇相关部门"])]


def test_a_point_going_on_after_the_staff_sent_out_folds_its_partner_into_the_point():
    """henan_zhengdong-jichenglu-jiedao-shirong-huanjing-zhengzhi.txt:2 (other_districts_fresh26): "一是由城管办牵头,…。出动100余人次,
    联合执法中队分区域…排查…": the squadron cooperates on the office's task, no task of the street's own."""
    text = "\n".join(["祭城路街道开展市容环境整治", "祭城路街道多措并举开展市容环境整治。",
                      "一是由城管办牵头,大力做好道路环境整治工作。出动100余人次,联合执法中队分区域、分地段、全方位、无死角排查背街小巷、农贸市场等现象,"
                      "及时劝导规诫,确保道路整洁。二是由各社区负责,全面落实小区环境整治工作。"])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "zhengdong.txt"))
    got = [([fold(u["name"]) for u in t["lead"]], [fold(u["name"]) for u in t["cooperate"]], t["generic_lead"]) for t in tasks]
    assert got == [(["城管办"], ["执法中队"], []), ([], [], ["各社区"])]


def test_a_summary_cut_short_of_the_sentence_read_in_full_is_no_task_of_its_own():
    """beijing_huoxian-zhen-shijiansuo-xuexiao-shitang-jiancha-converter.txt:7 and :14 (other_districts_fresh26): the page's summary
    cut mid-sentence repeats the article's sentence; one task, the full one."""
    text = "\n".join(["【新視野】漷縣鎮市場監督管理所對轄區中小學校、幼兒園食堂進行開學前食品安全檢查", "",
                      "漷縣鎮市場監督管理所對轄區中小學校、幼兒園食堂進行開學前食品安全檢查2022年秋季學期即將開學,漷縣鎮市場監督管理所聯合鎮相關部門對轄區",
                      "", "(資料圖)", "", "2022年秋季學期即將開學,漷縣鎮市場監督管理所聯合鎮相關部門對轄區的中小學校、幼兒園進行日常檢查,重點檢查食堂食品安全及環境衛生,"
                      "切實保障師生用餐安全,及時消除食品安全隱患,預防校園食品安全事故的發生。"])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "huoxian.txt"))
    assert [t["line"] for t in tasks] == [7]


# (fresh27, tasks35: the wordings of its joint-action reports that no reader knew; each line as the page prints it)
FRESH27 = [
    # a time of the plan glued to the first body of a list
    ("zhejiang_luqiao-jiancai-shichang-zhengzhi-lianxi-huiyi-news.txt:3 (三是下周A、B、C联合…约谈)",
     "三是下周商务局、建设局、市场监管局联合对商品混凝土企业进行约谈。", [], ["商务局", "建设局", "市场监管局"], []),
    # one named body with the kinds of body every community has: the kinds generic, the body cooperates
    ("tianjin_dongli-huaming-jiedao-2019-shirong-zhengzhi-news.txt:15 (随后A、社区居委会、物业公司联合行动)",
     "通过张贴清理通知书、入户宣传等形式提前告知居民,随后街道城管办、社区居委会、物业公司联合行动,志愿者、居民积极参与,两周时间内共清理违法堆放物品。",
     [], ["街道城管办"], ["社区居委会", "物业公司"]),
    ("fujian_yunxiao-pumei-zhen-dajia-paicha-trad.txt:3 (由X联合村(社区)两委组成…: X leads alone)",
     "3月20日晚,莆美镇组织开展全镇范围内的打假排查活动,由驻村工作队联合村(社区)两委组成巡查队伍,对辖区内大街小巷进行巡查。",
     ["驻村工作队"], [], ["村(社区)两委"]),
    ("henan_zhengzhou-erqi-yimalu-jiedao-2024-shirong-zhengzhi-news.txt:5 (X联合A、B、社区网格开展)",
     "近期,一马路街道办事处联合执法中队、城管分队、社区网格开展辖区市容环境卫生综合整治行动。",
     ["一马路街道办事处"], ["执法中队", "城管分队"], ["社区网格"]),
    # 等县直部门 closes the list
    ("shandong_juancheng-huanghe-hewuju-lianhe-xuncha-news.txt:1 (X联合A等县直部门开展)",
     "本站5月15日讯近日,鄄城黄河河务局联合县公安局等县直部门开展“加强协作联动,守护黄河安澜”活动。",
     ["鄄城黄河河务局"], ["县公安局"], []),
    # a short name with its level, its staff taken along
    ("chongqing_shizhu-2024-xiaoyuan-shipin-anquan-lianhe-jiancha-news.txt:5 (X联合县教委工作人员前往)",
     "1月25日,县市场监管局联合县教委工作人员前往石柱中学、职教中心、三河中学,督导检查专项行动开展情况。",
     ["县市场监管局"], ["县教委"], []),
    # a community named with its street; the community's 片长 are persons; 共出动 closes the list
    ("gansu_jiuquan-suzhou-xinanjie-jiedao-zhandao-jingying-trad.txt:1 (X社区联合A、社区片长,共出动…)",
     "近日,西南街街道肃州路社区联合区执法局、社区片长,共出动20多人,对相关问题进行了集中联合执法行动。",
     ["西南街街道肃州路社区"], ["区执法局"], []),
    # a county whose name opens with 和; 相关执法部门 a class
    ("neimenggu_helingeer-gonganju-yanjiu-zhuanxiang-jiancha-news.txt:1 (和林格尔县 inside the lead's name)",
     "城关讯近日,呼和浩特市公安局和林格尔县公安局环食药侦大队联合相关执法部门开展烟酒类行业专项执法检查。",
     ["呼和浩特市公安局和林格尔县公安局环食药侦大队"], [], ["相关执法部门"]),
    # 配合 with no organiser: the bodies assisted lead; with one: the organiser leads, the rest cooperate
    ("guizhou_guiyang-zonghe-zhifa-duiwu-shirong-huanjing-news.txt:4 (X配合A、B,制定…)",
     "南明大队配合区城市管理局、区交管分局,制定完善“严管街”管理标准。", ["区城市管理局", "区交管分局"], ["南明大队"], []),
    ("zhejiang_cangnan-jinxiang-zhen-weijian-zongci-chaichu-trad.txt:7 (在Z的组织下,X配合A、B…等相关职能部门,以及…)",
     "为遏制违法建设的产生和蔓延,4月25日,在金乡镇人民政府的组织下,县综合行政执法局金乡中队配合金乡镇城镇综合管理中心、交警队、资规所、"
     "住建所、村镇办等相关职能部门,以及民工与保安共计200余人对辖区内违建宗祠进行拆除。",
     ["金乡镇人民政府"], ["县综合行政执法局金乡中队", "金乡镇城镇综合管理中心", "交警队", "资规所", "住建所", "村镇办"], []),
    # X与A、B…等单位联动: X leads (the set's README)
    ("guizhou_guiyang-zonghe-zhifa-duiwu-shirong-huanjing-news.txt:3 (X与A、B…等单位联动)",
     "乌当大队与市消防大队、生态文明局、规划局、国土局、住建局、应急局等单位联动,将夜市摊区经营户引入室内经营。",
     ["乌当大队"], ["市消防大队", "生态文明局", "规划局", "国土局", "住建局", "应急局"], []),
    # a comma as a pause mark inside the partners' list
    ("xinjiang_zepu-2025-saohuang-dafei-wenhua-shichang-lianhe-jiancha-news.txt:3 (由X牵头,联合A,B、C、D等部门,…)",
     "6月26日至27日,由泽普县委宣传部牵头,联合县委统战部,县文化体育广播电视和旅游局、公安局、教育局、市场监管局等部门,组织开展“扫黄打非”文化市场环境联合执法检查。",
     ["泽普县委宣传部"], ["县委统战部", "县文化体育广播电视和旅游局", "公安局", "教育局", "市场监管局"], ["等部门"]),  # (_joint keeps 等部门)
    ("fujian_yunxiao-pumei-zhen-2018-liangdun-dajia-news.txt:14 (A,B等多部门联动,…)",
     "以各村(社区)、片为单位,派出所,市场监督所等多部门联动,实行地毯式排查,不留死角;", [], ["派出所", "市场监督所"], []),
    # bodies closed by their 等-phrase taking part (参与) in the work, functional names as printed
    ("hainan_sanya-2020-sanyawan-zonghe-zhengzhi-news.txt:15 (A、B…等14个相关单位也参与综合整治)",
     "在推行“六位一体”工作模式的同时,天涯区旅游警察、交通运输、市场监督、应急管理、住房与建设等14个相关单位也参与综合整治,",
     [], ["天涯区旅游警察", "交通运输", "市场监督", "应急管理", "住房与建设"], []),
    # a long object after the closing 等-phrase and its comma
    ("guangxi_nanning-xingning-qingxiu-liudong-tandian-zhengzhi-news.txt:13 (A、B、C、D等部门,对…问题开展专项联合整治)",
     "4月12日晚,兴宁区在朝阳商圈开展流动摊点专项综合整治行动,兴宁区民生街道办、兴宁区综合行政执法局、南宁市公安局交警支队四大队、兴宁公安分局等部门,"
     "对新华西关路口、人民西关路口、南宁百货大楼大门前、西关路等路口、路段的违规占道摆卖、堵塞交通、卫生保洁不到位等问题开展专项联合整治。",
     [], ["兴宁区民生街道办", "兴宁区综合行政执法局", "南宁市公安局交警支队四大队", "兴宁公安分局"], []),
]


# (tasks36: a subject no reader knows as a body, glued by its verb to the first body it draws in; 结合 as 联合 after a body)
DRAWN_IN = [
    ("fresh25 guangdong_changan-fangfan-xuesheng-nishui-xuncha-converter.txt:3 (X系统联合A、B、C等部门开展)",
     "4月1日,长安镇宣教文体旅系统联合水务工程运营中心、公安分局、网格管理中心等部门开展防范学生溺水巡查工作,对镇内水库等重点场所进行防溺水安全隐患排查。",
     ["长安镇宣教文体旅系统"], ["水务工程运营中心", "公安分局", "网格管理中心"], []),
    ("tasks31 hebei_dachang-jiaojing-lianhe-chengguan-jiaotongju-lianhe-zhifadui.txt:12 (交警联合A、B联合执法队成员,…开展)",
     "在集中治理阶段,交警联合县城市管理行政执法局、县交通局联合执法队成员,在县城区重点街道、路口开展集中治理行动,以引导、劝返、集中查扣等方式方法循序推进。",
     ["交警"], ["县城市管理行政执法局", "县交通局"], []),
    ("fresh27 shanxi_jiangxian-xiaoyuan-shipin-anquan-lianhe-jiancha-spun.txt:5, http://www.huichengpos.com/shipinanquanzixun/366.html "
     "(X结合A、B构成结合查抄组: a spun 联合…组成)",
     "近日,绛县市场监管局结合县教体局、县查察院构成结合查抄组,深切山冲学校、古绛镇中杨小学、开展秋季校园食物平安专项监视查抄,全力守护师生“舌尖上的平安”。",
     ["绛县市场监管局"], ["县教体局", "县查察院"], []),
    # places, one or more, before the last one's body: each named as printed
    ("tasks31 tianjin_wuqing-nongye-zhifa-zhidui-zuzhi-tongzhou-langfang-zhidui.txt:3 (X组织A、B支队开展)",
     "武清区农业综合行政执法支队组织通州、廊坊支队开展跨区域联合执法行动。",
     ["武清区农业综合行政执法支队"], ["通州", "廊坊支队"], []),
    ("tasks31 hebei-gongan-jiaoguanju-qiantou-lianhe-wu-sheng-jiaoguan-traditional.txt:1 (X牵头,联合A、B、C、D公安交管部门开展)",
     "河北省公安厅交通管理局牵头,联合北京、天津、山西、内蒙古公安交管部门开展联合整治。",
     ["河北省公安厅交通管理局"], ["北京", "天津", "山西", "内蒙古公安交管部门"], []),
    # where the bodies act glued to the last one (在…处): no part of a name
    ("tasks34 zhejiang-wencheng-nongye-lianhe-jiaojing-zhen-zhengfu.txt:7, http://xs.66wz.com/xs/system/2021/02/03/013978762.shtml "
     "(X联合A、B、C等部门、乡镇在…处开展)",
     "2月2日凌晨2点,县农业农村局联合县市场监督管理局、县交警大队、峃口镇人民政府等部门、乡镇在峃口镇城东村文成驿站处开展设卡联合执法检查行动。",
     ["县农业农村局"], ["县市场监督管理局", "县交警大队", "峃口镇人民政府"], []),
    ("constructed (X会同A、B在…处开展)", "县发改局会同县财政局、县审计局在县行政服务中心处开展联合检查。",
     ["县发改局"], ["县财政局", "县审计局"], []),
    # a field asked to act with fields closed by 等部门: the field leads
    ("tasks31 zhejiang_yongkang-changwu-huiyi-jiyao-shuiwu-qiantou-guotu-huitong.txt:5 (请X会同A、B等部门,…制定出)",
     "3.请国土会同发改、财政等部门,在半个月之内制定出地下空间开发利用所涉具体收费标准,与该意见一同实施。",
     ["国土"], ["发改", "财政"], ["等部门"]),
]


@pytest.mark.parametrize("where,sentence,lead,coop,generic", DRAWN_IN, ids=[w[:40] for w, *_ in DRAWN_IN])
def test_a_subject_drawing_others_in(where, sentence, lead, coop, generic):
    roles, _style = _sentence_roles(normalize_line(sentence))
    assert (roles.lead, roles.cooperate, roles.generic_lead + roles.generic_cooperate) == (lead, coop, generic)


@pytest.mark.parametrize("sentence", [
    # a name of its own holding 联合 is no subject and verb (constructed)
    "县工商业联合会、县民政局联合开展节日慰问活动。",
    "县联合执法大队、县民政局联合开展检查。",
    # 结合 before no body: the body's own conditions (http://scfzyj.com/ga/2018-10-24/17780.html; constructed 县情)
    "10月21日,汉源县公安局交警大队结合辖区道路交通实际,联合城管部门组成执法组,对九襄城区内占道经营、乱停乱放进行集中整治行动。",
    "县教育局结合县情开展校园安全检查。",
    # no field before 会同: the meeting asks, nobody named leads (constructed)
    "会议要求会同发改、财政等部门制定方案。",
    # a bare word that is no place before the last body: no list of places (constructed)
    "县农业农村局组织农户、县农机站开展秸秆还田培训。",
])
def test_no_subject_split_from_a_name_or_a_condition(sentence):
    roles, _style = _sentence_roles(normalize_line(sentence))
    if "汉源" in sentence:  # (its 联合 after the comma is read: the brigade leads, the city managers cooperate)
        assert (roles.lead, roles.cooperate) == (["汉源县公安局交警大队"], ["城管部门"])
    else:
        assert not roles.lead and not any("结合" in x for x in roles.cooperate)


@pytest.mark.parametrize("where,sentence,lead,coop,generic", FRESH27, ids=[w[:40] for w, *_ in FRESH27])
def test_fresh27_joint_action_wordings(where, sentence, lead, coop, generic):
    roles, _style = _sentence_roles(normalize_line(sentence))
    assert (roles.lead, roles.cooperate, roles.generic_lead + roles.generic_cooperate) == (lead, coop, generic)


@pytest.mark.parametrize("sentence", [
    # a time word that is the start of a name stays in it ("本月" is no part of these; constructed negatives)
    "下周一,县市场监管局、县公安局联合开展专项检查。",  # a weekday after 下周: the bodies are read after the comma
    # 和 before a county that is no 和-county joins two bodies
    "市公安局和区教育局联合开展校园周边治安整治。",
    # 与 + a list and 联合 (not 联动): no lead (fresh3's rule stays)
    "长乐区市场监督管理局与区公安分局、区交通局等单位联合开展执法行动。",
])
def test_fresh27_readings_keep_their_limits(sentence):
    roles, _style = _sentence_roles(normalize_line(sentence))
    if "下周一" in sentence:
        assert roles.cooperate == ["县市场监管局", "县公安局"]
    elif "和区教育局" in sentence:
        assert roles.cooperate == ["市公安局", "区教育局"] and not roles.lead
    else:
        assert roles.lead == [] and "长乐区市场监督管理局" in roles.cooperate


def test_examples_after_a_joint_action_are_cut_off_it():
    """hainan_sanya-2020-sanyawan-zonghe-zhengzhi-news.txt:15 (other_districts_fresh27): "…等14个相关单位也参与综合整治,如旅游警察负责…"
    — the bodies taking part are one task, each example after 如 another (its body, one of those taking part, leads); a 如
    clause after no joint action stays in its sentence."""
    from kg.extract.duties import _examples_cut

    sent = ("在推行“六位一体”工作模式的同时,天涯区旅游警察、交通运输、市场监督、应急管理、住房与建设等14个相关单位也参与综合整治,"
            "如旅游警察负责在三亚湾组织开展海上巡查和港口、海滩检查,住房与城乡建设局负责完善三亚湾沿线基础设施建设。")
    assert [x[:8] for x in _examples_cut(sent)] == ["在推行“六位一体", "如旅游警察负责在", "住房与城乡建设局"]
    # the example's body is one of the bodies taking part (printed short): it leads; a body the action did not name does not
    from kg.extract.duties import _example_of
    from kg.extract.units import Roles

    part = Roles(cooperate=["天涯区旅游警察", "交通运输", "市场监督"])
    assert _example_of("如旅游警察负责在三亚湾组织开展海上巡查,", part).lead == ["旅游警察"]
    assert _example_of("如遇台风天气负责转移群众,", part) is None
    plain = "各部门要加强协作,如遇重大情况,由县应急管理局负责统一协调。"  # constructed: no joint action before 如
    assert _examples_cut(plain) == [plain]


# ---- tasks40: tables and numbered lists with column names earlier sets lacked --------------------------------------

CHENGDU_2019 = "https://0798ci.com/rule/79109.html"  # tasks40 sichuan-chengdu-…-shuju-tigong-danwei.txt
CHENGDU_2022 = "http://gxrzs.yfsoft.com.cn/64179.html"
LUAN = "http://wxrb.luaninfo.com/p/a.aspx?id=11118&t=3&time=2017-08-11"  # tasks40 anhui-luan-…-inline.txt


@pytest.mark.parametrize("note,lead,coop", [
    # a 数据提供单位 (the body supplying the indicator's figures) beside the lead cooperates; the 牵头领导 is a person
    ("(牵头领导:谢瑞武,牵头单位:市发改委,数据提供单位:市统计局)", ["市发改委"], ["市统计局"]),  # CHENGDU_2019 (一)
    ("(牵头领导:刘筱柳,牵头单位:市人社局,责任单位:市农业农村局;数据提供单位:成调队)", ["市人社局"], ["市农业农村局", "成调队"]),
    ("(牵头单位:市农业农村局;责任单位:市人社局;数据提供单位:成都调查队)", ["市农业农村局"], ["市人社局", "成都调查队"]),  # CHENGDU_2022 11.
    # a 责任单位 cell of bodies closed by the verb of their part (杭州 责任分解, https://m.wxycw.com/fanwen/134701.html)
    ("市发改委、市人力社保局、市科技局、团市委配合落实", [], ["市发改委", "市人力社保局", "市科技局", "团市委"]),
])
def test_tasks40_notes(note, lead, coop):
    r = parse_roles(normalize_line(note))
    assert (r.lead, r.cooperate) == (lead, coop)


def test_tasks40_column_names():
    from kg.extract.task_tables import _column_roles

    # 双随机 joint-check plans (郴州, 长治, 武汉开发区: 发起部门 | 配合部门; 石家庄 文广旅局: 发起处室 | 联合处室; 上高: 检查主体)
    assert _column_roles(["序号", "发起部门", "配合部门", "发起处室", "联合处室", "检查主体", "数据提供单位"]) == {
        0: "no", 1: "lead", 2: "cooperate", 3: "lead", 4: "cooperate", 5: "responsible", 6: "cooperate"}
    # (a check's 抽查层级 / 实施层级 and its 股室 are no unit columns)
    assert _column_roles(["抽查层级", "股室", "实施层级及说明"]) == {}


@pytest.mark.parametrize("line,want", [
    ("1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。", ("1、农村道路畅通工程", "牵头部门:市交通局")),  # LUAN
    ("6、棚户区改造,牵头部门:市住建委。新开工,完成进度相对较慢的为开发区和市本级。", ("6、棚户区改造", "牵头部门:市住建委")),  # LUAN
    # negatives (constructed): no colon (a role word, not a field), a class of bodies, no item number
    ("1、农村道路畅通工程,牵头部门要加强调度。", None),
    ("2、棚户区改造,牵头部门:各县区政府。", None),
    ("农村道路畅通工程,牵头部门:市交通局。", None),
])
def test_tasks40_inline_label_field_closing_an_items_first_clause(line, want):
    from kg.extract.tasks import inline_label_note

    assert inline_label_note(line) == want


def test_tasks40_points_run_into_one_line_after_commas_are_sentences_of_their_own():
    # 唐山 病媒生物防制管理办法 digest (https://www.chacewang.com/newsdetail/news122778.html): the numbered points after a colon
    # or comma are read one by one; "县(市、区)爱卫办" (every county's office) names no unit
    line = ("第六条市、县(市、区)爱卫办应当履行下列职责:(一)组织开展病媒生物预防控制宣传教育和技术培训,按照以下分工负责病媒生物预防"
            "控制监督管理工作:(一)卫生健康委负责医疗机构及公共场所病媒生物预防控制工作的监督管理,(二)市场监督管理局负责监督管理"
            "餐饮服务场所的病媒生物预防控制工作,(六)教育局负责监督管理各类学校的病媒生物预防控制工作,")
    notice = ["唐山市病媒生物防制管理办法", "第一条为科学预防、控制和消除病媒生物危害,制定本办法。"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(notice + [line])), "tangshan.txt"))
    assert [[u["name"] for u in t["lead"]] for t in tasks if t["lead"]] == [["卫生健康委"], ["市场监督管理局"], ["教育局"]]


def test_tasks40_a_table_of_cells_parted_by_bars_on_lines_of_their_own():
    # 杭州 重点工作责任分解 (https://m.wxycw.com/fanwen/134701.html): each cell on its own line, "|" alone between cells,
    # a group row "(一)…牵头重点工作" between the header and row 1
    cells = ["序号", "重点工作任务", "责任单位", "(一)刘忻市长牵头重点工作", "1", "扛起全面从严治党主体责任。", "市政府各直属单位",
             "2", "推进人才创新创业服务综合体、全球青年人才中心建设。", "市发改委、市人力社保局、市科技局、团市委配合落实",
             "3", "大力发展生产性服务业,服务业增加值增长8%。", "市发改委"]
    text = "\n".join(["杭州市重点工作责任分解", "各区、县(市)人民政府:", "现印发给你们。"] + [x for c in cells for x in (c, "|")])
    tasks = extract_tasks(segment_issue(normalize_lines(text), "hangzhou.txt"))
    got = [(t["text"][:6], [u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in tasks]
    assert got == [("扛起全面从严", [], []),  # (its cell names every body directly under the city: generic only)
                   ("推进人才创新", [], ["市发改委", "市人力社保局", "市科技局", "团市委"]), ("大力发展生产", ["市发改委"], [])]
    assert tasks[0]["generic_cooperate"] == ["市政府各直属单位"]


def test_tasks40_a_numbered_row_of_sub_items_each_with_its_own_cells():
    # 武汉开发区 抽查计划 (https://www.whkfq.gov.cn/xxgk/fdzdgk/qtzdgk/zfgb/202205/t20220523_1975521.html), cells one a
    # line: row 1 holds sub-items 1.-3.; item 2 prints no 发起/配合 cells (merged with item 1's) and gives no task
    raw = ["序号 |", "抽查领域 |", "抽查事项 |", "检查对象 |", "抽查比例 |", "发起部门 |", "配合部门 |", "实施层级 及说明 |",
           "1 |", "学校办学情况抽查 |", "1.学校招生、办学、收费等情况的检查 |", "学科类校外培训机构 |", "10-20% |", "教育部门 |",
           "市场监管部门 |", "区级发起,区级检查 |", "2.中小学教育装备产品(含文体教育用品、教学仪器、校服等)检查 |",
           "各类中小学(校服质量专项检查) |", "60-70家 |", "区级发起,区级检查 | ||||", "3.学校食堂食品安全情况的检查 |", "高校 |",
           "30% |", "市场监管部门 |", "教育部门 |", "区级发起,区级检查 | ||", "中小学、幼儿园 |", "50% | ||||||", "2 |",
           "保安行业相关单位抽查 |", "4.保安从业单位及其保安服务活动情况的检查 |", "保安行业相关单位 |", "8% |", "公安部门 |",
           "市场监管部门 |", "市级发起,下派区级检查 |"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(raw)), "whkfq.txt"))
    got = [(re.search(r"\d\.[\u4e00-\u9fff]{4}", fold(t["text"]))[0], [u["name"] for u in t["lead"]],
            [u["name"] for u in t["cooperate"]]) for t in tasks if t["lead"] or t["cooperate"]]
    assert got == [("1.学校招生", ["教育部门"], ["市场监管部门"]), ("3.学校食堂", ["市场监管部门"], ["教育部门"]),
                   ("4.保安从业", ["公安部门"], ["市场监管部门"])]


def test_tasks40_a_last_numbered_row_of_sub_items_and_wrapped_bracketed_bodies():
    # 钟楼 责任分解表 (https://www.zhonglou.gov.cn/html/czzl/2024/FPJALMLN_0311/21514.html), cells one a line: a person
    # (分管领导), the 牵头单位 and the 配合单位 cell one name a line; a bracketed body on the line below its name is one
    # cell with it (read as both bodies); the group's heading "全区…的主要预期目标" is text, not a class of bodies
    cells = ["序号", "目标名称", "工 作 标 准", "区政府", "分管领导", "牵头单位", "配合单位", "1", "全区经济社会发展的主要预期目标",
             "(1)地区生产总值增长6%左右。", "王旭锋", "发改局", "经开区", "高新园", "(邹区镇)", "各街道", "统计局",
             "(2)一般公共预算收入增长3%以上。", "财政局", "(6)主要污染物减排完成市下达任务。", "谢志诚", "工信局", "生态环境局",
             "(7)安全生产形势平稳向好。", "应急管理局", "(安委办)", "区安委会各成员单位"]
    text = "\n".join(["常州市钟楼区人民政府关于印发责任分解方案的通知", "各街道:", "现印发给你们。"] + cells)
    tasks = extract_tasks(segment_issue(normalize_lines(text), "zhonglou.txt"))
    got = [("(%s)" % re.search(r"[（(](\d)[)）]", t["text"])[1], [u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]])
           for t in tasks if t["lead"] or t["cooperate"]]
    assert got == [("(1)", ["发改局"], ["经开区", "高新园", "邹区镇", "统计局"]), ("(2)", ["财政局"], []),
                   ("(6)", ["工信局"], ["生态环境局"]), ("(7)", ["应急管理局", "安委办"], [])]


@pytest.mark.parametrize("cell,kind", [
    ("全区经济社会发展的主要预期目标", "text"),  # 钟楼: a group heading opening with 全区
    ("4.保安从业单位及其保安服务活动情况的检查", "text"),  # 武汉开发区: a sub-item's text
    ("人力资源和社会保障、市场监管部门", "units"),  # 武汉开发区: fields sharing the last name's body word
    ("城乡建设、卫生健康、市场监管部门", "units"),
    ("市发改委、市人力社保局、市科技局、团市委配合落实", "units"),  # 杭州
    # negatives: a class of bodies stays units; fields with no body word after them are text
    ("各乡镇、各街道", "units"),
    ("有关的单位", "units"),
    ("加强宣传教育、落实主体责任", "text"),
])
def test_tasks40_cell_kinds(cell, kind):
    from kg.extract.row_fit import cell_kind

    assert cell_kind(cell) == kind


@pytest.mark.parametrize("sentence,lead", [
    # 唐山 病媒生物防制管理办法: each by its own duties before the verb
    ("商务局、市场监督管理局根据各自职责负责集贸市场等场所卫生和病媒生物预防控制的监督管理工作,", ["商务局", "市场监督管理局"]),
    ("(三)商务局、市场监督管理局根据各自职责负责集贸市场等场所卫生工作,", ["商务局", "市场监督管理局"]),  # its point's number
    # negatives: a class of bodies leads no one
    ("各有关部门根据各自职责负责做好相关工作。", []),
])
def test_tasks40_bodies_by_their_own_duties(sentence, lead):
    from kg.extract.duty_styles import sentence_roles

    assert sentence_roles(sentence)[0].lead == lead


# (tasks42) a body charging a named street office (责成, read as 组织: fresh29's decision), the places counted after a list of
# bare places (等6区), a regiment and a town setting up one group together (共同成立…领导小组)
@pytest.mark.parametrize("sentence,lead,coop,gcoop", [
    # fresh31's tianjin-2017-quanyuncun-zhoubian-zhifa.txt:5: a street office named by its street is a unit, in an open list too
    ("西青区政府责成李七庄街道办事处抽调30人组成专项治理执法队伍,对非法占路经营进行整治。", ["西青区政府"], ["李七庄街道办事处"], []),
    # fresh31's beijing_haidian-kuaqu-lianhe-zhifa-meibian-lijie.txt:2: 与海淀接壤的 says where the partners are, no part of a name
    ("日前,海淀区城管执法监察局联合与海淀接壤的门头沟、朝阳、丰台等6区,签订联动执法合作协议,并选出军庄路等6条交界道路试点共治共管。",
     ["海淀区城管执法监察局"], ["门头沟", "朝阳", "丰台"], []),
    # http://bttzb.xjbt.gov.cn/c/2023-09-27/8303335.shtml (fresh31's 83团): a regiment and a town, none leading
    ("83团与托里镇共同成立以兵地党委书记任组长的共建领导小组,签订《八十三团与精河县托里镇兵地结对共建工作方案》。",
     [], ["83团", "托里镇"], []),
    # negatives: whichever office covers the place stays a class (https://dgxww.gov.cn/portal/article/index.html?id=11527398)
    ("7月23日,区城管局联合属地街道办事处、公安、特警等部门对湖滨街、宜园路占道经营、秩序混乱现象进行集中整治。",
     ["区城管局"], ["公安", "特警"], ["属地街道办事处"]),
    # the regiment meeting the towns around it names a class beside it (the same page): no task
    ("83团与周边乡镇多次召开兵地结对共建联席会议,健全兵地共同维稳机制。", [], [], []),
    # a body charged with leading by a meeting is _ASKED_TO_LEAD's reading, no 责成 joint action (constructed)
    ("执法局责成该企业立即整改。", [], [], []),
])
def test_tasks42_charged_office_counted_places_and_regiment(sentence, lead, coop, gcoop):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert (roles.lead, roles.cooperate, roles.generic_cooperate) == (lead, coop, gcoop)


# ---- tasks44: towns, streets, communities, the corps, forest regions and autonomous prefectures --------------------------

HEYUAN = "http://www.heyuanxw.com/2020/ms_0501/64908.html"  # tasks44 guangdong-lianping-lianhe-zhuban-chengban.txt
DANLING = "https://www.scdl.gov.cn/info/1559/253232.htm"  # tasks44 sichuan-danling-zhangchangzhen-zhuban-chengban.txt
GUANGHAN = "http://scghcdc.cn/html/gongzuodongtai/jikongyaowen/20180604/8662.html"  # tasks44 sichuan-guanghan-cdc-…
JINZHOU = "http://www.delmunsoft.com/news/show-401955.html"  # tasks44 liaoning-jinzhou-…-converter.txt
NEIJIANG = "http://jonivangill.com/html/zhongxindongtai/gongzuodongtai/20190312/6140.html"  # tasks44 sichuan-neijiang-…
JINYANG = "https://reportify.cn/news/1214102806944944128"  # tasks44 guizhou-guanshanhu-jinyangjiedao-…
SHIHEZI = "https://p2.ttnews.xyz/a/5b114fc67943e3038873afd6"  # tasks44 xinjiang-bingtuan-bashi-shihezi-…
QINGCHENG = "https://www.chinaqingcheng.gov.cn/zwxx/jjfz/content_8455"  # tasks44 gansu-qingcheng-…
MINQUAN = "http://dzzcxx.com/news/mqyw/23933.html"  # tasks44 henan-minquan-…-converter.txt (read here in simplified)
BAIYU = "http://www.5aisb.com/internet/2023/0319/10971.html"  # tasks44 sichuan-ganzi-baiyu-…-trad.txt (simplified here)


@pytest.mark.parametrize("sentence,lead,coop", [
    # 主办 beside 承办: the hosts lead, the bodies that run the event cooperate; places before one printed 政府 kept as printed
    ("此次活动由省三防办、省应急管理厅、市三防指挥部联合主办,连平县三防指挥部、上坪镇和内莞镇政府承办。",
     ["省三防办", "省应急管理厅", "市三防指挥部"], ["连平县三防指挥部", "上坪镇", "内莞镇政府"]),  # HEYUAN
    ("此次演练由县政府主办,张场镇人民政府、县水利局、县应急管理局、县气象局、县消防救援大队承办,共有七支队伍,将近90人参加演练。",
     ["县政府"], ["张场镇人民政府", "县水利局", "县应急管理局", "县气象局", "县消防救援大队"]),  # DANLING
    # under a body's leadership or organisation: the organiser leads (fresh27), the acting bodies cooperate
    ("保障广大师生的健康安全,在市政府组织领导下,2018年5月22日-31日,我中心联合市教育局、市食药监局对全市102所托幼机构开展督导。",
     ["市政府"], ["我中心", "市教育局", "市食药监局"]),  # GUANGHAN
    ("在市农业农村局领导下与市农业执法队、市农科院联合组成人居环境工作专班,常态化开展农村环境净化整治暗访检查",
     ["市农业农村局"], ["市农业执法队", "市农科院"]),  # JINZHOU 一是
    ("区疾控中心在区卫生健康局、区教育局的组织领导下", ["区卫生健康局", "区教育局"], ["区疾控中心"]),  # NEIJIANG
    # a body's command likewise (fresh34 天水, read here in simplified; the lead's ruling of stop 37)
    ("11月12日上午,在东关街道办事处的统一指挥下,忠武巷社区联合综合执法、环卫、城建、市场监管、食药监、交警等部门,对社区背街小巷——忠武巷巷道进行回头看,再次整顿秩序",
     ["东关街道办事处"], ["忠武巷社区", "综合执法", "环卫", "城建", "市场监管", "食药监", "交警"]),  # TIANSHUI
    # a report's numbered point, its subject unprinted, helping another body: the body helped leads
    ("二是按照市农业农村局统一部署,配合开展“春风清洁行动”“秋风提升行动”,组织力量对各县(市)区乡村公路进行督导检查",
     ["市农业农村局"], []),  # JINZHOU
    ("三是配合市农业农村局开展乡村特色产业调研,", ["市农业农村局"], []),  # JINZHOU
    # the lead's part taken up (as tasks18's 要发挥牵头作用)
    ("三是生态环境局做好牵头作用,对上级督察的所有问题,逐一高质量整改到位。", ["生态环境局"], []),  # http://hscmw.cn/a/a/g/content_pc_90034.shtml
    # one body arranging or reporting, closing its clause
    ("每次巡查的内容和路线都由安办统一安排,巡查后,巡逻队将检查的记录本和资料全部交到资料收集组", ["安办"], []),
    # https://m.yybnet.net/luzhou/news/201501/4588080.html
    ("对督导中发现的问题及时提出了督导意见和建议,并将督导情况汇总给市教育局,由市教育局按要求通报。", ["市教育局"], []),  # GUANGHAN
    # a subject before the means it works by or the use it makes of the work, then 联合
    ("本报讯(通讯员张彦彬王晨宇)连日来,阿龙山森工公司依托“林长+警长”工作机制,联合内蒙古大兴安岭森林公安局阿龙山分局开展“三清”专项行动",
     ["阿龙山森工公司"], ["内蒙古大兴安岭森林公安局阿龙山分局"]),  # https://m.imfic.com.cn/lqxw/148901.html
    # a property firm by its short name is a unit (https://www.fengxian.gov.cn/cgzfj/jcdt/20250422/87828.html)
    ("近日,海湾镇综合行政执法队联合海滨新二村居委会、镇环卫部门及东杭物业,共同开展“清洁家园”环境整治专项行动。",
     ["海湾镇综合行政执法队"], ["海滨新二村居委会", "镇环卫部门", "东杭物业"]),
    # groups formed to act, none leading (tasks34): an acceptance team, the heads of bodies, bodies setting a group up
    ("5月28日,由自治区水利厅、兵团水利局、自治区水政监察总队等单位组成的验收组,对八师石河子市全面建立河长制湖长制工作进行验收。",
     [], ["自治区水利厅", "兵团水利局", "自治区水政监察总队"]),  # SHIHEZI
    ("4月10日,县委考核办、果业局、农牧局、林业局和等单位负责人组成联合督查组,对驿马镇春季农业生产工作进展情况进行了督查指导。",
     [], ["县委考核办", "果业局", "农牧局", "林业局"]),  # QINGCHENG
    ("县纪委、督查局、农业农村局等成立督导组,明察暗访每月通报排名。", [], ["县纪委", "督查局", "农业农村局"]),  # MINQUAN
    ("由白玉县公安局食药环森大队和辖区派出所民辅警共同组成的巡护队,踏冰河跨高山", [], ["白玉县公安局食药环森大队"]),  # BAIYU
    # negatives: a party committee's leadership frames all work (constructed), a 主办 with no 承办 beside it is _CHARGED_BY's
    # (constructed), a 领导小组 set up by bodies is no working group (constructed), a bare 配合 in a duty list is its subject's
    ("在县委县政府的坚强领导下,县林业局联合县公安局开展专项行动", ["县林业局"], ["县公安局"]),
    ("县纪委、督查局等成立领导小组,负责统筹协调。", [], []),
    ("配合药品监督管理部门做好药品安全事件的调查处理;", [], []),
])
def test_tasks44_sentences(sentence, lead, coop):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert (roles.lead, roles.cooperate) == (lead, coop)


@pytest.mark.parametrize("sentence,lead,gcoop", [
    # a community drawing in partners named only by their kind (JINYANG): the community leads, the kinds generic
    ("金湖社区依托“双报到”机制,联合共建单位党支部,凝聚社区党员、机关党员、物业和志愿者等多方力量", ["金湖社区"], ["共建单位党支部"]),
    ("帝景社区党支部将此次活动作为深化“双报到”工作的实践平台,联合共建单位、物业及志愿者30余人开展清理工作",
     ["帝景社区党支部"], ["共建单位", "物业"]),
    ("黎海社区联合物业及志愿者,重点清理主干道、卫生死角和绿化带", ["黎海社区"], ["物业"]),
    ("碧海社区联动物业和居民分组作业,清理野广告、花坛和杂物", ["碧海社区"], ["物业"]),
    ("黎苑社区联合“双报到”单位及物业开展全覆盖清扫", ["黎苑社区"], ["“双报到”单位", "物业"]),
    # the stations of two levels, none named, are a class (BAIYU)
    ("食药环森大队联合区乡派出所、森警中队深入村组、自然保护区开展隐患排查", ["食药环森大队"], ["区乡派出所"]),
])
def test_tasks44_partners_named_by_kind(sentence, lead, gcoop):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert roles.lead == lead and roles.generic_cooperate == gcoop


def test_tasks44_a_digest_line_parts_its_points_at_their_source_marks():
    # JINYANG: a finance portal's digest, every point on one line closed by "[1]", sections joined by " - "
    line = ("文章核心观点 - 金阳街道通过组织环境卫生集中整治活动,构建了社区治理模式 [1] 具体活动内容与执行 - 黎海社区联合物业及志愿者,"
            "重点清理主干道 [1] - 碧海社区联动物业和居民分组作业,清理野广告 [1]")
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(["观山湖区金阳街道党群合力“大扫除”", line])), "jinyang.txt"))
    assert [[u["name"] for u in t["lead"]] for t in tasks] == [["黎海社区"], ["碧海社区"]]


def test_tasks44_units():
    from kg.extract.units import is_generic, is_unit

    assert is_unit("东杭物业") and not is_unit("物业") and not is_unit("小区物业")
    assert is_generic("区乡派出所") and not is_generic("东城派出所")


@pytest.mark.parametrize("organised,took_part,lead,coop", [
    # http://xianyu.chinaxiaokang.com/xianyuzhanshi/luxi/jigou/2021/0130/4234503.html (tasks44's 银河镇): the bureau head a person,
    # each body less its staff
    ("1月25日,银河镇组织开展综合应急演练活动。", "县应急管理局局长刘绍萍、镇应急分队全体人员、镇派出所、森林防灭火半专业队伍及消防专职队全体人员参加。",
     ["银河镇"], ["镇应急分队", "镇派出所", "森林防灭火半专业队伍", "消防专职队"]),
    # http://m.worldreviewdaily.com/dfbm/xzdt/33454.html (白云寺镇, converter page, read here in simplified): leaders attend first
    ("5月26日中午,白云寺镇举行2023年防灾减灾抗旱防汛应急演练。", "镇党委书记梁付营、镇长陈灿出席活动,全体应急管理人员、派出所、供电所、卫生院等参与演练。",
     ["白云寺镇"], ["派出所", "供电所", "卫生院"]),
    # negatives: a meeting and who attends it (http://www.behemothit.com/html/xwzx/mzyw/202003/22934.html, tasks44's 米脂; the
    # 文山州 推进会, https://kunming.baogaosu.com/…/50855096)
    ("3月30日,县委书记王国忠主持召开全县统筹疫情防控和经济社会发展工作专题会。", "县委办、人大办、政府办、政协办、统计局等有关单位负责人参加会议。",
     None, None),
    ("9月26日下午,文山州召开集中打击整治破坏森林资源违法行为专项行动推进会,通报前期工作开展情况。",
     "文山州林业局、住建局、州、民政局、森林公安局、国土局等州级挂钩单位参加会议。", None, None),
])
def test_tasks44_an_organised_exercise_then_who_took_part(organised, took_part, lead, coop):
    from kg.extract.duty_reports import attended_after

    roles = attended_after(normalize_line(organised), normalize_line(took_part))
    assert (roles.lead, roles.cooperate) == (lead, coop) if lead else roles is None


def test_tasks44_a_metadata_block_in_cells_is_no_task_table():
    from kg.extract.task_tables import _column_roles

    # https://www.zyx.gov.cn/Content-2463854.html (tasks44's 紫阳): 公开责任部门 publishes the page; 文号 / 有效性 rows no units
    assert _column_roles(["公开责任部门", "紫阳县政府办公室", "公开形式:", "主动公开"]) == {}
    # http://www.hhtz.gov.cn/art/2023/6/27/art_1229507934_4177054.html: the bare 责任部门 of a metadata row
    assert _column_roles(["责任部门", "区卫健局", "公开形式", "主动公开"]) == {}
    # a task table's own 责任部门 column stays (tasks40's tables)
    assert _column_roles(["序号", "重点任务", "责任部门", "完成时限"])[2] == "responsible"


@pytest.mark.parametrize("sentence,lead", [
    # one bureau's own section given the detailed work: no task (http://huanlegouqql.com/html/xw/jjgz/30583.html, tasks44's
    # 甘孜州, read in simplified; tasks39's 荣成)
    ("州局成立了以局长为组长,副局长为副组长,相关科室为成员的城乡市场环境整治工作领导小组,由市场科负责具体工作。", []),
    ("该局由主要负责人定路子,分管负责人抓统筹,法规监察科负责具体实施。", []),
    # a body of a level given the detailed work stays (constructed)
    ("由县农业农村局负责具体实施。", ["县农业农村局"]),
])
def test_tasks44_own_section_given_the_detailed_work(sentence, lead):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert roles.lead == lead


def test_tasks44_a_compliance_verb_glued_to_a_body_is_no_name():
    from kg.extract.units import is_name, is_unit

    # http://dzzcxx.com/news/mqyw/23933.html (tasks44's 民权): "严格落实县委、县政府出台的…办法"
    assert not is_unit("严格落实县委") and not is_name("严格落实县委")
    assert is_unit("县委") and is_unit("执行局")


@pytest.mark.parametrize("headline", [
    "圖強林業局潮中林場:靶向發力護生態 筑牢野生動植物保護屏障",  # http://www.txfzv.com/content/2025-12/18/content_873671.html
    "海湾中队:多方联动共建美丽家园 助力社区环境焕新颜",  # https://www.fengxian.gov.cn/cgzfj/jcdt/20250422/87828.html
])
def test_tasks44_a_headline_of_a_body_and_two_slogans_is_no_duty(headline):
    lines = ["来源:黑龙江经济网 2025-12-18 13:00:46", headline, "林场成立森林资源保护工作组,加强对重点支岔线的巡查力度。"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(lines)), "headline.txt"))
    assert not [t for t in tasks if t["lead"] or t["cooperate"]]


def test_tasks44_a_duty_after_a_colon_stays():
    # a duty list's colon line (constructed on the order of fresh15's 北京 `市社会办:指导各区县社会办配合有关部门做好…`)
    lines = ["关于做好防汛工作的通知", "各乡镇人民政府:", "县水利局:负责全县水库、河道的防汛调度和险情处置工作。"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(lines)), "colon.txt"))
    assert [[u["name"] for u in t["lead"]] for t in tasks] == [["县水利局"]]


@pytest.mark.parametrize("sentence,lead,coop", [
    # the bodies closed by their class before 联合, and staff of unnamed bodies drawn in to form a group (fresh33's 邻水,
    # http://kjb.sckjw.com.cn/837c19ff697f4933aa0324bc7ee201b1): the bureaus lead, the town staff are persons
    ("6月5日~9日,邻水县公安局、自然资源和规划局、农业农村局等部门联合乡镇工作人员组成联合检查组,共同开展森林防灭火暨松材线虫疫情防控专项检查。",
     ["邻水县公安局", "自然资源和规划局", "农业农村局"], []),
    # fields sharing one 等部门, where and how long printed before 联合 (fresh33's 北京, http://chinanews.com.cn/gn/news/2008/01-02/
    # 1121624.shtml): none leads, each field bare
    ("今后城管、交管、公安等部门将在上述区域24小时不间断联合执法,联动处置问题。", [], ["城管", "交管", "公安"]),
    # an official leading, 带队 before whom he organises; the companies visited are no partners (fresh33's 英德,
    # http://www.yingde.gov.cn/zwgk/zwdt/zjdt/content/post_2066131.html)
    ("下午,东华镇副镇长巫宏吉带队,组织应急办安监组、消防事务中心工作人员,前往广东友联钢结构材料有限公司、英德市佐桐化学品有限公司开展企业安全检查。",
     [], ["应急办安监组", "消防事务中心"]),
    # a sole body: dated by the clause before and its second name in brackets (fresh33's 津南, https://wxredian.com/art?id=
    # a7f5f12fb8b2f1164d5ac4deeb44ebb4), from the day it began (fresh33's 修水, http://mmm.xiushui.net/m/view.php?aid=10362), its staff
    # sent to demolish (fresh33's 霞寨, https://159sucan.com/ShowInfo.aspx?id=186589)
    ("切实保障农贸市场、菜市场春节期间运行稳定,近日,双港镇农村农业事务服务中心(镇域经济发展服务中心)组织开展农贸市场、菜市场安全生产专项检查。",
     [], []),  # stop 24's convention, rule 3: a single body's reported deed, no task
    ("保护森林资源,让广大林农群众过上一个安乐详和的春节,修水县林业局从2010年元月22日开始,在全县范围集中开展为期40天的冬季林区治安秩序整治行动。",
     [], []),  # stop 24's convention, rule 3: a single body's reported deed, no task
    ("7月15日,霞寨镇组织工作人员对霞寨镇坑内村一处占用基本农田违建的养鸭场进行拆除。", [], []),  # stop 24's convention, rule 3: a single body's reported deed, no task
    # regions before the corps' name printed once after the last, the action dated by 自 (fresh33's 甘肃, https://fcgxiehui.com/
    # shnews/2024-08/20/content_506511021.htm)
    ("由甘肃省公安厅交警总队牵头,联合内蒙古、西藏、青海、宁夏、新疆、兵团交警总队,自8月12日起开展区域会战第二次集中统一行动,以旅游客运为重点",
     ["甘肃省公安厅交警总队"], ["内蒙古", "西藏", "青海", "宁夏", "新疆", "兵团交警总队"]),
    # a town organising named bodies across the town (http://www.chxf.gov.cn/Bwcx/Article/show/id/6740.html): still joint_action's
    ("由镇安委会主任、镇长尹明带队,组织公安派出所、工商所、供电所等相关部门在全镇范围内开展了一次安全生产大检查,重点是消防安全。",
     ["镇安委"], ["公安派出所", "工商所", "供电所"]),
    # negatives: a plan's duty to organise staff is no report (constructed), staff sent to visit without an action (https://shizhu.cbg.cn/
    # show/7508-2387199.html), companies acting on their own (constructed), a bare date with a sole body's plan (constructed)
    ("各乡镇要组织工作人员对辖区违法建筑进行拆除。", [], []),
    ("近日,大歇镇组织工作人员到辖区企业开展安全检查。", [], []),
    ("前往甲有限公司、乙有限公司开展检查。", [], []),
    ("县林业局从明年开始,将在全县范围开展植树活动。", [], []),
])
def test_fresh33_sentences(sentence, lead, coop):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert (roles.lead, roles.cooperate) == (lead, coop)


def test_fresh33_a_converters_doubled_comma_after_a_lead_joins_its_partners():
    # fresh33's 甘肃 converter page: ",," after 由X牵头 and after the partners is no sentence break
    line = ("为保障群众出行平安,由甘肃省公安厅交警总队牵头,,联合内蒙古、西藏,、青海,、宁夏、新疆,、兵团交警总队,,自8月12日起开展区域会战第二次"
            "集中统一行动,以旅游客运为重点。")
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(["交警区域会战第二次集中行动", line])), "gansu.txt"))
    assert [([u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in tasks] == [
        (["甘肃省公安厅交警总队"], ["内蒙古", "西藏", "青海", "宁夏", "新疆", "兵团交警总队"])]


def test_fresh33_a_squadron_named_before_partners_again():
    # fresh33's 金凤 (https://szb.nxrb.cn/nxfzb/pc/con/202309/15/content_90052.html): 该中队与A、B再次开展联合行动 — none leads, the
    # squadron the text named in full before and both partners cooperate
    text = ["金凤区联合铲除私垦菜地",
            "近日,银川市金凤区综合执法局长城中路执法中队对望湖景苑南侧河堤边私自开垦种菜整改情况进行“回头看”,发现仍有居民私自垦荒种菜。"
            "该中队与长城中路街道办事处、望湖景苑物业再次开展联合行动,利用挖掘机对河堤边种植的蔬菜进行全面清理。"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(text)), "jinfeng.txt"))
    assert [([u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in tasks] == [
        ([], ["银川市金凤区综合执法局长城中路执法中队", "长城中路街道办事处", "望湖景苑物业"])]
    # (a partnership with no joint work reported, and a pair of persons, stay none: constructed)
    for line in ("该中队与长城中路街道办事处再次开展交流。", "张三与李四再次开展联合行动。"):
        assert _sentence_roles(normalize_line(line))[1] is None


@pytest.mark.parametrize("sentence,lead", [
    # a sole body reporting the inspection it made, after its date and 根据…要求 clauses (fresh25's 宣城, http://nyncj.xuancheng.gov.cn/
    # News/show/1299553.html; its gold: the bureau leads, the officials who accompany it persons) or opening the sentence (fresh31's
    # 天津, http://app.72177.com/print.php?contentid=4290736; its gold: sole_body_action)
    ("11月11日,根据市大气办分片督导工作要求,市农业农村局对宣州区秋季秸秆禁烧工作开展督导检查,宣州区生态环境分局和区农业农村局相关负责人陪同督查。",
     []),  # stop 24's convention, rule 3: a single body's reported deed, no task
    ("市综合执法局对全市22条高速公路、11条铁路沿线所存在的问题进行认真梳理,现已梳理出高速公路沿线4900处问题、铁路沿线707处问题。",
     []),  # stop 24's convention, rule 3: a single body's reported deed, no task
    # negatives: a team sent by a bureau (https://wudalianchi.nongjiao.com/info/47828), a plan's duty and a body that will act
    # (constructed), a body's 回头看 (fresh33's 金凤), the act after a clause that is no date or ground (constructed)
    ("督查组对秸秆禁烧管控和综合利用工作开展情况、会议记录、责任书签订情况进行了督导检查,并对下步工作提出要求。", []),
    ("各乡镇要对辖区秸秆禁烧工作开展督导检查。", []),
    ("近日,银川市金凤区综合执法局长城中路执法中队对望湖景苑南侧河堤边私自开垦种菜整改情况进行“回头看”,发现仍有居民私自垦荒种菜。", []),
    ("会议强调,市农业农村局对各县区工作开展督导检查。", []),
    # a supervisor checking how others carry out their tasks (tasks44's 紫阳 督查通报; its README: the 督查室 is no party)
    ("近期,县政府督查室对2022年第八次县政府常务会议确定事项落实情况开展了专项督查,现通报如下。", []),
])
def test_tasks55_a_sole_body_reporting_its_inspection_is_no_task(sentence, lead):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert (roles.lead, roles.cooperate) == (lead, [])


@pytest.mark.parametrize("sentence,lead", [
    # a street office named by its street is a body of its own, parted from the next body by 和 (fresh28's 天津和平 政协提案答复:
    # `A和B将持续…对…实施整治`, its gold: both lead); the office also names a page's issuer ("发布机构: 周矶街道办事处",
    # https://www.hbqj.gov.cn/xxgk/xxgkml/qzcxxgkml/zj/zfxxgk/fdzdgknr/gysyjs_34501/cszhzf_36248/202507/t20250715_5722235.html)
    ("南市街道办事处和执法大队将持续高度重视非法占路经营问题,严密部署日常巡视治理举措和大规模治理行动的安排,根据流动商贩的活动规律,"
     "对南市街道辖区内24条主次支道路和背街里巷存在的影响市容环境的非法占路经营实施整治", ["南市街道办事处", "执法大队"]),
])
def test_tasks55_a_named_street_office_is_a_body(sentence, lead):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert roles.lead == lead


@pytest.mark.parametrize("name,generic", [
    ("南市街道办事处", False), ("李七庄街道办事处", False), ("周矶街道办事处", False),
    # the kind, every one, the ones concerned, the place's own and a level's stay a class
    ("街道办事处", True), ("各街道办事处", True), ("有关街道办事处", True), ("辖区街道办事处", True), ("城区街道办事处", True),
    ("区街道办事处", True), ("属地街道办事处", True), ("三个街道办事处", True), ("各镇、街道办事处", True),
])
def test_tasks55_only_a_named_street_office_is_no_class(name, generic):
    assert is_generic(name) == generic


def test_tasks55_a_subjects_own_duty_before_a_later_joint_clause_is_a_task_of_its_own():
    # fresh28's 天津和平 政协提案答复: `A和B将持续…对…实施整治,每日上午和下午B联合C(…,…)对…进行巡查治理` — two tasks, the comma inside
    # the remark's brackets no end of the joint clause
    line = ("南市街道办事处和执法大队将持续高度重视非法占路经营问题,严密部署日常巡视治理举措和大规模治理行动的安排,根据流动商贩的活动规律,"
            "对南市街道辖区内24条主次支道路和背街里巷存在的影响市容环境的非法占路经营实施整治,每日上午和下午执法大队联合街道保洁队"
            "(保洁车辆1台,保洁队员3名)对主次干道进行巡查治理。")
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(["1.强化巡查监管机制", line])), "heping.txt"))
    assert [([u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]]) for t in tasks] == [
        (["南市街道办事处", "执法大队"], []), (["执法大队"], ["街道保洁队"])]
    # (a subject that goes on to act with partners itself stays one task: constructed)
    line = "县市场监管局将持续加强监管,每月联合县公安局开展专项检查。"
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(["1.强化监管", line])), "c.txt"))
    assert len(tasks) <= 1


def test_tasks55_an_items_marker_stays_in_its_printed_text():
    # tasks50's 雁塔: numbered items run together on one line; each task's text is its item as printed, marker included
    line = ("1、此项活动由区商贸旅游局、长延堡街办、华东服装城共同组织实施。2、由区商贸旅游局牵头,全面负责活动的组织实施(包括活动方案的制定);"
            "长延堡街办负责协调华东服装城活动落实工作。3、区城管执法局负责联系市城管执法局,支持活动的开展。")
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(["举办服装展销会", line])), "yanta.txt"))
    texts = [t["source"]["text"].split("\n")[-1] for t in tasks]
    assert "3、区城管执法局负责联系市城管执法局,支持活动的开展。" in texts
    assert any(x.startswith("2、由区商贸旅游局牵头") for x in texts)


# tasks64: a bureau pointed back to (该局) going on with the role it plays, then drawing others in by a means clause
# (fresh24 jiangsu_taizhou-2022-lianhe-zhichao-changtaihua-news.txt:3, the 市交通运输局 of the sentence before leads)
@pytest.mark.parametrize("sentence,lead,coop,gcoop", [
    ("该局充分发挥部门联动协调作用,会同相关职能部门通过定期、不定期和定点、流动巡查的方式,开展联合执法,严厉打击公路货车超限超载、非法改装等道路运输违法行为。",
     ["该局"], [], ["相关职能部门"]),
    # the means clause before the action, with a named partner (constructed on 泰州's wording)
    ("市交通运输局会同市公安局通过定期巡查的方式,开展联合执法。", ["市交通运输局"], ["市公安局"], []),
    # the role played, by a body named in full: the role is no part of the body's name (constructed on 泰州's wording)
    ("市交通运输局充分发挥部门联动协调作用,会同市公安局开展联合执法。", ["市交通运输局"], ["市公安局"], []),
])
def test_a_body_pointed_back_to_or_working_by_a_means_draws_others_in(sentence, lead, coop, gcoop):
    roles, style = _sentence_roles(normalize_line(sentence))
    assert (style, roles.lead, roles.cooperate, roles.generic_cooperate) == ("joint_action", lead, coop, gcoop)


def test_the_bureau_pointed_back_to_is_the_one_the_text_named_before():
    from kg.extract.back_refs import resolve_back_refs

    roles, _ = _sentence_roles(normalize_line(
        "该局充分发挥部门联动协调作用,会同相关职能部门通过定期、不定期和定点、流动巡查的方式,开展联合执法。"))
    before = "本报讯 近年来,市交通运输局以深化“联合治超常态化”为目标,不断强化工作举措,高频率开展治超行动。"
    assert resolve_back_refs(roles, before).lead == ["市交通运输局"]


@pytest.mark.parametrize("sentence", [
    # 通过 with no means after it in its clause is no action: a plan passed, a list approved (constructed)
    "市交通运输局会同市公安局通过的方案已经印发。",
    "市商务局会同市财政局通过审核的企业名单已公布,资金通过转账方式拨付。",
    # 该局 before a state of its own, no role it plays: no subject carried to the clause after (constructed)
    "该局下属企业较多,会同市公安局开展联合执法存在困难。",
])
def test_no_means_or_pointed_back_subject_from_the_wider_words(sentence):
    assert _sentence_roles(normalize_line(sentence))[1] is None


# tasks127: staff standing for their body, and kinds of body read as partners (one row each, the gold's own line)
# (style, where, sentence, lead, cooperate, generic_cooperate)
KINDS_AND_STAFF = [
    ("joint_action", "shaanxi_xian-lintong-xiangqiao-jiedao-chengjianke-ranqi-jiancha.txt:1 (other_districts_fresh42; X联合Y工作人员"
     "利用…开展: the staff stand for their unit, 集会 no name)",
     "为切实保障相桥辖区居民用气安全,1月10日,相桥街道城建科联合市场监管所工作人员利用集会开展小摊贩用气安全检查工作",
     ["相桥街道城建科"], ["市场监管所"], []),
    ("joint_no_lead", "sichuan_zigong-fushun-shishi-zhen-maodun-jiufen-duoyuan-jiefen.txt:11 (other_districts_fresh42; a post is a "
     "person, 群团部门 a class)", "由镇政法委员、社治办、派出所、司法所和群团部门、属地村社区联合开展调解工作",
     [], ["社治办", "派出所", "司法所"], ["群团部门", "属地村社区"]),
    ("joint_action", "shaanxi_yanta-xiaozhailu-jiedao-chengshi-guanliban-lianhe-baozhua-keshi.txt:2 (other_districts_tasks31; "
     "X联合包抓科室: a class)", "城市综合管理办联合包抓科室,重点对辖区红专南路市场、吉祥村市场沿街商铺等使用管道燃气及瓶装液化气的餐饮经营场所进行燃气安全督导",
     ["城市综合管理办"], [], ["包抓科室"]),
    ("joint_no_lead", "beijing_mentougou-yanchi-zhen-chengguan-duoqin-liandong-chaichu-meta.txt:25 (other_districts_fresh39; "
     "村“两委” in quotes a class)", "副镇长白鹤桥、镇综合行政执法队、司法所、包村组以及村“两委”第一时间到达现场核实具体情况",
     [], ["镇综合行政执法队", "司法所", "包村组"], ["村“两委”"]),
    ("joint_action", "unknown-jiedaoban-chuangwen-zai-shi-chengguanju-qiantou-xia-lianhe-traditional.txt:1 (other_districts_tasks107; "
     "a market's management company, none named: generic)",
     "在市城管局牽頭組織下,我街道辦聯合市城管局、市交警大隊、市農業農村局和市場管理公司協同行動,采取網格化布崗與機動巡查",
     ["市城管局"], ["市交警大队", "市农业农村局"], ["市场管理公司"]),
    ("joint_action", "jiangsu_changzhou-wujin-qianhuang-zhen-chengjing-liandong-changxiao.txt:17 (other_districts_fresh50; "
     "a party named by its role, then 组建: generic)",
     "针对园区非机动车乱停(部分占绿化带、堵人行道),执法办联合园区管理方组建巡查小组,每日巡查动态管理",
     ["执法办"], [], ["园区管理方"]),
]


@pytest.mark.parametrize("style,where,sentence,lead,coop,gcoop", KINDS_AND_STAFF, ids=[s[1][:30] for s in KINDS_AND_STAFF])
def test_staff_stand_for_their_body_and_kinds_of_body_are_generic(style, where, sentence, lead, coop, gcoop):
    roles, got = _sentence_roles(normalize_line(sentence))
    assert (got, roles.lead, roles.cooperate, roles.generic_cooperate) == (style, lead, coop, gcoop)


def test_a_news_paragraph_with_a_dated_clause_is_no_title_line():
    """fresh42's 相桥: the header reader counts a paragraph with no full stop as the title; its date between commas says body."""
    from kg.extract.duties import _body_paragraph
    assert _body_paragraph("为切实保障相桥辖区居民用气安全,1月10日,相桥街道城建科联合市场监管所工作人员利用集会开展小摊贩用气安全检查工作")
    assert not _body_paragraph("关于开展2024年燃气安全专项整治工作的通知")
