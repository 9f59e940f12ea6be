"""The kind of passage a question asks for (index/asked_kind.py): the cues, the passage kinds on real lines of the
sample corpus, and the order within the head."""

import pytest

from index.asked_kind import _DUTY, _DUTY_QUESTION, ASKED_KINDS, asked_kind_first, is_contents, is_header, is_issuing
from kg.config import SAMPLE_CORPUS, Config
from kg.parse.normalize import normalize_line


def _passage(file: str, first: int, last: int) -> str:
    """Lines `first`..`last` of a sample-corpus file as a passage stores them (normalised, blank lines out)."""
    lines = (SAMPLE_CORPUS / file).read_text(encoding="utf-8").split("\n")[first - 1:last]
    return "\n".join(t for t in (normalize_line(x).strip() for x in lines) if t)


def _asks(query: str) -> str | None:
    return next((row.name for row in ASKED_KINDS if row.cue.search(query)), None)


@pytest.mark.parametrize("query,kind", [
    # the open questions each row was written for (fresh19, fresh20, od_fresh11, od_fresh17 …)
    ("张店防止残疾的三年行动计划在这期公报哪一页", "page"),
    ("周村涉金融领域失信问题专项治理工作方案在公报第几页", "page"),
    ("张店有没有专门讲孩子成长发展的十四五规划", "document"),
    ("周村有没有发过搞好天气预报气象工作的文件", "document"),
    ("周村经济开发区的权力责任清单改过没有", "document"),
    ("钟楼区粮食应急预案什么时候发布的", "document"),
    ("张家川查煤气罐安全是哪个单位发的文", "document"),
    # the 印发 notice that carries a 方案 / 办法, and whether the government agreed to it (fresh21)
    ("张店老百姓攒的诚信分 是哪个通知定的管理办法", "notice"),
    ("张店评选讲诚信做买卖的示范街 是哪份通知发的", "notice"),
    ("张店十四五期间看病就医这方面的规划 区政府批准了没有", "notice"),
    ("张店吸引银行证券这些金融机构扎堆落户的政策 区政府通过了吗", "notice"),
    ("平江清理旧文件是不是谁定的谁来清理", None),  # od_fresh4 o079: who cleans up what, not a notice
    # stop 20 (fresh21, fresh22): 区里批了吗; what the notice told the units to do with what it hands down; which
    # notices or 方案 were sent
    ("周村让外地来的人和本地人一样享受公共卫生服务的示范区方案 区里批了吗", "notice"),
    ("张店2021年让企业办事更方便的任务分工 区里批了没有", "notice"),
    ("张店对企业守不守信用打分评级的那个办法 下发时让各单位怎么办", "notice"),
    ("张店要求吃公家饭的人讲诚信的方案 各单位得怎么落实", "notice"),
    ("周村防治高血压糖尿病这些慢性病的示范区方案 要各单位怎么抓落实", "notice"),
    ("周村2018年老小区改造的施工方案发下来 要求镇街怎么落实", "notice"),
    ("周村卖盐管盐的改革 一共发了哪两个方案", "notice"),
    ("周村给企业降低办事成本的任务分工 发过什么通知", "notice"),
    ("沂源县加强县属国有企业监管的规定 国企要怎么执行", None),  # unanswerable u1803: a rule for firms, no notice
    ("宅基地建房区里批了以后多久能动工", None),  # a permit granted, not a document agreed to
    ("周村要是出了假药劣药吃坏人的事 有没有应急预案", "document"),
    ("张店有多少家基层医疗机构", "count"),
    ("宁海 三星级绿色工厂 第三批 几家企业", "count"),
    ("平江县2020年第二批废止了几件规范性文件", "measure"),
    ("沈阳沈河区 路边停了好久没人开的破车 拖走了几辆", "measure"),
    ("上班的人里女的要占多少", None),  # a share: no row (its passages of the first document moved no answer)
    ("重庆哪几家工厂治污做得好被评了A级？", "firms"),
    # asked of no kind: a rule, money paid, a yes or no
    ("保康拆旧房复垦的奖励补助钱什么时候发", None),
    ("公共厕所女厕所坑位太少 有没有规定", "document"),  # (n1064: its head holds no opening passage; nothing moves)
    ("打市长热线乱投诉假举报 会记失信吗", None),
    ("周村高铁站什么时候开建？", None),
    ("苍溪县公安局局长是谁", None),
])
def test_the_kind_a_question_asks(query, kind):
    assert _asks(query) == kind


@pytest.mark.parametrize("file,first,last,section,header,contents", [
    ("000_47a7f2ad322c84aa.txt", 3, 8, "", False, True),  # 目 录 【区政府办公室文件】 …
    ("001_ace590f4be284911.txt", 29, 31, "", False, True),  # …的通知·····\t97
    ("002_a74681798106870b.txt", 1, 5, "", True, False),  # 周村区人民政府 关于加快推进全区气象高质量发展的通知 周政发〔2023〕32号
    ("000_47a7f2ad322c84aa.txt", 950, 955, "", True, False),  # 关于废止和宣布失效相关行政规范性文件的通知
    # an article under its section names no document, even where it quotes one (《张店区“十四五”…规划》)
    ("002_a74681798106870b.txt", 288, 289, "一、调整后权责清单情况", False, False),
    ("003_4e5ccb238a0f172a.txt", 4677, 4679, "三、发展领域、主要目标和策略措施", False, False),
])
def test_passage_kinds_on_real_lines(file, first, last, section, header, contents):
    text = _passage(file, first, last)
    assert is_header(text, section) is header
    assert is_contents(text, section) is contents


@pytest.mark.parametrize("file,first,last,section,issuing", [
    # the 关于印发…的通知 title, and the 《…》已经区政府同意，现印发给你们 sentence (the same opening in other places'
    # notices: 粤办函〔2023〕316号 "《…实施方案》已经省人民政府同意,现印发给你们", https://m.xwboo.com/news/detail/106615.html)
    ("003_4e5ccb238a0f172a.txt", 2414, 2421, "", True),  # 张政字〔2021〕89号 … 关于印发张店区个人诚信积分…的通知
    ("004_02113af7f14ec3cd.txt", 26, 32, "", True),  # …关于印发张店区促进金融业集聚发展 若干政策的通知 … 已经区政府研究同意
    ("000_47a7f2ad322c84aa.txt", 29, 31, "", True),  # 《张店区“十四五”卫生与健康规划》已经区政府同意，现印发给你们
    # a notice that carries no 方案 (its own rules follow), and an article under its section that quotes a 意见
    ("002_a74681798106870b.txt", 1, 5, "", False),  # 关于加快推进全区气象高质量发展的通知
    ("003_4e5ccb238a0f172a.txt", 2432, 2433, "一、总体要求", False),  # 为贯彻落实《…关于加强个人诚信体系建设的指导意见》
    ("000_47a7f2ad322c84aa.txt", 3, 8, "", False),  # the 目 录, which lists 关于印发…的通知 titles too
])
def test_issuing_notice_openings_on_real_lines(file, first, last, section, issuing):
    assert is_issuing(_passage(file, first, last), section) is issuing


def test_a_notice_opening_is_reached_beyond_the_head():
    # fresh21's n2022: the 规划's 就医 passages fill the fused list; its opening passage (已经区政府同意) is far down
    doc = {"doc_id": "000#1"}
    body = {i: {"text": f"{i}.持续增强高质量医疗服务能力。", "section": "四、主要任务", **doc} for i in range(1, 40)}
    passages = {0: {"text": "张店区人民政府办公室 关于印发《张店区“十四五”卫生与健康规划》 的通知\n张政办字〔2023〕13号\n"
                        "《张店区“十四五”卫生与健康规划》已经区政府同意，现印发给你们", "section": "", **doc},
                99: {"text": "张店区人民政府办公室 关于印发张店区促进金融业集聚发展 若干政策的通知", "section": "",
                     "doc_id": "004#1"}, **body}
    q = "张店十四五期间看病就医这方面的规划 区政府批准了没有"
    ranked = [(i, 1 - i / 100) for i in body] + [(0, 0.5)]
    assert asked_kind_first(ranked, q, passages.__getitem__) == [(0, 0.5)] + ranked[:-1]
    # another document's opening is not taken, nor one beyond the reach (200)
    other = [(i, 1 - i / 100) for i in body] + [(99, 0.5)]
    assert asked_kind_first(other, q, passages.__getitem__) == other
    deep = [(i, 0.9) for i in body] * 6 + [(0, 0.5)]  # 235th
    assert asked_kind_first(deep, q, passages.__getitem__) == deep
    # the 有没有…文件 row keeps to its head: its questions often ask for a rule the document holds (fresh17 n1617)
    assert asked_kind_first(ranked, "张店有没有卫生与健康规划", passages.__getitem__) == ranked


def test_a_notice_is_looked_for_in_the_document_of_the_kind_named():
    # fresh22's n2103 (fresh21's n2019 alike): 打分评级的那个办法 — a 实施方案 that quotes the 办法's name comes first,
    # the 办法's own articles second and third, and its 印发 notice opening 113th
    fangan = {"doc_id": "003#3", "title": "张店区人民政府关于印发张店区社会信用体系建设实施方案（试行）的通知"}
    banfa = {"doc_id": "003#4", "title": "张店区人民政府关于印发张店区市场主体公共信用评价管理办法（试行）的通知"}
    passages = {0: {"text": "6.强化企业信用评价结果运用", "section": "二、主要任务", **fangan},
                1: {"text": "第十五条公共信用综合评价指标体系，根据实际情况，及时进行动态调整和优化。", "section": "第三章信用评价",
                    **banfa},
                2: {"text": "张店区人民政府\n关于印发张店区社会信用体系建设实施方案（试行）的通知\n现将《张店区社会信用体系"
                            "建设实施方案（试行）》印发给你们，请认真贯彻执行。", "section": "", **fangan},
                3: {"text": "张政字〔2021〕87号\n张店区人民政府\n关于印发张店区市场主体公共信用评价管理办法（试行）的通知\n"
                            "现将《张店区市场主体公共信用评价管理办法（试行）》印发给你们，请认真贯彻执行。", "section": "", **banfa}}
    body = {i: {"text": f"第{i}条", "section": "第三章信用评价", **banfa} for i in range(10, 121)}
    passages.update(body)
    ranked = [(0, 0.9), (1, 0.8)] + [(i, 0.7) for i in body] + [(2, 0.3), (3, 0.2)]
    q = "张店对企业守不守信用打分评级的那个办法 下发时让各单位怎么办"
    assert asked_kind_first(ranked, q, passages.__getitem__)[0] == (3, 0.2)
    # the question names a 方案: the first passage's document is the one looked in
    q2 = "张店社会信用体系建设的那个方案 下发时让各单位怎么办"
    assert asked_kind_first(ranked, q2, passages.__getitem__)[0] == (2, 0.3)
    # naming no kind: the first passage's document as before
    q3 = "张店对企业守不守信用打分评级 下发时让各单位怎么办"
    assert asked_kind_first(ranked, q3, passages.__getitem__)[0] == (2, 0.3)


def test_the_asked_kind_goes_first_within_the_head():
    # fresh20's n1947: 有没有…的文件 over an article of the 通知 first and its opening passage fifth
    doc = {"doc_id": "002#1"}
    passages = {0: {"text": "（三）提升气象保障生态文明建设能力\n1.做好重污染天气监测预警。", "section": "二、主要任务", **doc},
                1: {"text": "3.增强气象灾害监测预报预警能力。", "section": "二、主要任务", **doc},
                2: {"text": "周村区人民政府\n关于加快推进全区气象高质量发展的通知\n周政发〔2023〕32号", "section": "", **doc},
                3: {"text": "四、保障措施", "section": "四、保障措施", **doc},
                4: {"text": "张店区人民政府\n关于印发气象防灾减灾规划的通知\n张政发〔2022〕5号", "section": "",
                    "doc_id": "000#7"}}
    ranked = [(0, 0.9), (1, 0.8), (2, 0.7), (3, 0.6)]
    q = "周村有没有发过搞好天气预报气象工作的文件"
    assert asked_kind_first(ranked, q, passages.__getitem__) == [(2, 0.7), (0, 0.9), (1, 0.8), (3, 0.6)]
    # nothing moves: a question of no kind, the first already of the kind, none of the kind in the head
    assert asked_kind_first(ranked, "周村气象灾害预警怎么做", passages.__getitem__) == ranked
    assert asked_kind_first([(2, 0.7), (0, 0.9)], q, passages.__getitem__) == [(2, 0.7), (0, 0.9)]
    assert asked_kind_first([(0, 0.9), (1, 0.8), (3, 0.6)], q, passages.__getitem__) == [(0, 0.9), (1, 0.8), (3, 0.6)]
    # beyond the row's head (5 for a document) nothing is looked at
    far = [(0, 0.9), (1, 0.8), (3, 0.6), (1, 0.5), (0, 0.4), (2, 0.3)]
    assert asked_kind_first(far, q, passages.__getitem__) == far
    # another document's opening passage does not go before the first one's article
    assert asked_kind_first([(0, 0.9), (4, 0.8)], q, passages.__getitem__) == [(0, 0.9), (4, 0.8)]


def test_a_page_is_asked_of_the_contents_of_any_document():
    # fresh20's n1929: the 通知's opening passage first, the contents (its own passage) fifth
    passages = {0: {"text": "张店区人民政府办公室\n关于印发《张店区残疾预防行动计划（2023—2025年）》的通知", "section": "",
                    "doc_id": "000#9"},
                1: {"text": "目录\n【区政府办公室文件】\n张店区人民政府办公室关于印发《张店区残疾预防行动计划》的通知56",
                    "section": "", "doc_id": "000#0"}}
    q = "张店防止残疾的三年行动计划在这期公报哪一页"
    assert asked_kind_first([(0, 0.9), (1, 0.5)], q, passages.__getitem__) == [(1, 0.5), (0, 0.9)]
    # n1942: fourteen passages of the asked 方案 itself before the contents; they are looked for 20 deep
    body = {i: {"text": f"（{i}）专项治理工作", "section": "三、任务分工", "doc_id": "001#18"} for i in range(2, 16)}
    ranked = [(0, 0.9)] + [(i, 0.8 - i / 100) for i in body] + [(1, 0.5)]
    with_body = {**passages, **body}
    assert asked_kind_first(ranked, q, with_body.__getitem__)[0] == (1, 0.5)
    far = [(0, 0.9)] + [(i, 0.8) for i in body] * 2 + [(1, 0.5)]  # the contents 29th: not looked at
    assert asked_kind_first(far, q, with_body.__getitem__) == far


def test_asked_kind_is_on_by_default():
    assert Config().asked_kind is True


@pytest.mark.parametrize("query,duty", [
    # which unit is responsible, leads or helps (stop 20, lay32: fresh20 n1904 n1906 n1910-n1914, fresh3 n230,
    # fresh11 n1012, fresh14 n1314, od_fresh11 o412, od_fresh7 o179)
    ("城里下暴雨路上积水内涝 张店哪个单位负责", True),
    ("打的疫苗出了问题 张店哪个部门管", True),
    ("张店抢险救援要用的物资装备 配合单位有哪些", True),
    ("遭了灾以后老百姓吃饭住的地方谁管 张店", True),
    ("张店突发事件勤务保障由哪些部门负责", True),
    ("出了突发事件 张店找专家帮忙谁来组织", True),
    ("张店诚信的企业办事能走绿色通道 这事哪几个部门负责", True),
    ("残疾人服务行业管理 由哪些单位负责", True),
    ("衡阳办丧事归哪个部门管", True),
    ("教当爹妈的怎么让孩子吃得健康 谁牵头", True),
    # not asked who is responsible: who issued it (the document row), who qualifies, a rule, who is in office
    ("张家川查煤气罐安全是哪个单位发的文", False),
    ("平江清理旧文件是不是谁定的谁来清理", False),
    ("苍溪县公安局局长是谁", False),
    ("哪些人可以申请公租房", False),
    ("打市长热线乱投诉假举报 会记失信吗", False),
])
def test_a_duty_question(query, duty):
    assert bool(_DUTY_QUESTION.search(query)) is duty
    if duty:
        assert _asks(query) == "duty"


@pytest.mark.parametrize("text,duty", [
    # real lines that print who leads and who helps: the sample corpus's 张店 突发事件总体应急预案 9.1/9.2 tables
    # (003_4e5ccb238a0f172a-08), its 儿童发展规划 (-09), 周村's 重点任务分工 tables (001_ace590f4be284911-03, -04, -05),
    # 张店's 营商环境 tasks (004_02113af7f14ec3cd-02); and the same labels elsewhere: 立山区 2023 任务分解
    # (http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html, 牵头单位:区发改局 / 责任单位:…),
    # 蔡甸区 责任分解方案 (https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml)
    ("9.1突发事件主要牵头部门\n一、自然灾害事件\n序号\n事件类别\n主要牵头部门", True),
    ("序号\n应急保障措施\n牵头协调部门\n配合部门和单位", True),
    ("（11）未成年人网络保护力度加强。（牵头单位：区委网信办。责任单位：区教体局、张店公安分局）", True),
    ("序号\t重点任务\t牵头单位\t配合单位", True),
    ("18\t落实《关于对海关失信企业实施联合惩戒的合作备忘录》（发改财金〔2017〕427号）\t区商务局\t区有关部门", True),
    ("注：负责单位中列第一位者为牵头单位，其余为主要参与单位。", True),
    ("（区市场监管局牵头负责）", True),
    ("(区优化营商环境工作专班牵头,区政府相关部门按职责分工负责)", True),
    ("区农业农村局负责兽医服务业、农牧技术推广服务、农业机械设备租赁等行业的分类培育高质量纳统工作。", True),
    ("4.培训服务、专业支持。后台审批部门负责对综合窗口人员提供必要的业务培训和法律法规、政策支持服务。", True),
    ("灾害监测组：负责组织灾害风险监测，指导防范次生衍生灾害；", True),
    ("牵头单位:区发改局", True),
    ("责任单位:区发展和改革局", True),
    # no unit in a lead / help role: a unit named for something else, 各… units told to act, a leader, the labels
    # named in a sentence (陇西 为民实事 o030; 大洼区 http://www.dawa.gov.cn/2021_02/01_16/content-307974.html)
    ("②张店区应急管理局应急物资储备库，位于张店区和平路15号（和平路与西四路西南角区委党校院内）", False),
    ("序号\n单位\n电话\n物资储备类型\n1\n区发展改革局\n0533-2865186\n救灾、医疗物资", False),
    ("可以设立由事发地镇办负责同志、区相关部门负责同志组成的现场指挥机构", False),
    ("由各镇办牵头负责，各\n行业主管部门共同推进", False),
    ("各责任部门（单位）负责对所管辖行业“准四上”和“种子”企业的培育", False),
    ("明确县级责任领导、部门责任领导、牵头单位、配合单位及实施主体,形成分级负责、协同推进的工作格局", False),
    ("请各牵头单位要严格按照任务分工,对涉及的工作任务进行再细化、再分解", False),
    ("窗口人员负责对服务对象在申办业务时的各类咨询进行解答", False),
])
def test_passages_that_print_who_leads_and_helps(text, duty):
    assert bool(_DUTY.search(text)) is duty


def test_a_duty_passage_goes_first_within_the_first_documents_run():
    # fresh20's n1910: the 预案's 物资装备 articles first, its 9.2 牵头和配合部门 table fourth
    doc = {"doc_id": "003#8", "section": ""}
    passages = {0: {"text": "序号\n单位\n电话\n物资储备类型\n1\n区发展改革局", **doc},
                1: {"text": "（3）张店区各储备库应急救援物资装备名称、存放地点、管理部门等信息如下：", **doc},
                2: {"text": "9.2突发事件应急保障工作主要牵头和配合部门\n序号\n应急保障措施\n牵头协调部门\n配合部门和单位", **doc},
                3: {"text": "第四条市民政局主管全市殡葬管理工作,县市区民政局负责本行政区域内的殡葬管理工作。",
                    "doc_id": "hunan#1", "section": ""}}
    q = "张店抢险救援要用的物资装备 配合单位有哪些"
    assert asked_kind_first([(0, 0.9), (1, 0.8), (2, 0.7)], q, passages.__getitem__) == [(2, 0.7), (0, 0.9), (1, 0.8)]
    # od_fresh7's o179: past a passage of another document the first one's is not looked at (高陵's answer second,
    # 衡阳's article third stays third)
    assert asked_kind_first([(0, 0.9), (3, 0.8), (2, 0.7)], q, passages.__getitem__) == [(0, 0.9), (3, 0.8), (2, 0.7)]
