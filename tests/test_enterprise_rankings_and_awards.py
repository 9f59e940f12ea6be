"""Enterprise lists whose wording earlier rules did not know (stop 25, entrep101): a ranking's members told by their place
in it (居于首位, 分列第二至第十位, 前三名…分别为, 排名91位, 排名第500的), an award's grade after the award (…质量奖金奖 / 银奖), a
designation approved (核准X29家企业…为…), a dash between a count and its names, a place with 的 before a name, 本 as a
name's first character, and as negatives: persons beside companies on an award's list, a count of a group's own units,
a ranking's sentence of those who left it. Real lines, each with its source; real negatives beside them. (The 十大名茶
makers, once a negative here, hold the title by decision G: tests/test_maker_titles.py.)"""

import pytest

from kg.extract.counted_lists import RANKING_PUBLISHED, ranked_names, ranking_class
from kg.extract.enterprise_classes import counted_owners
from kg.extract.enterprises import _unlocated, extract_enterprises
from kg.extract.held_lists import object_class
from kg.extract.holder_reader import HolderReader
from kg.extract.held_names import NOT_NAME, enterprise_names
from kg.parse.normalize import compact, fold, normalize_line, normalize_lines
from kg.parse.segment import segment_issue


def _held(lines: list[str]) -> set[tuple[str, str, str | None]]:
    """(name, class, status) of every classification a page's lines give."""
    issue = segment_issue(normalize_lines("\n".join(lines)), "x.txt")
    return {(fold(e["name"]), c["class"], c["status"]) for e in extract_enterprises(issue) for c in e["classifications"]}


def _read(*lines: str) -> list[tuple[str, str]]:
    """The holders a HolderReader takes from lines read in order (the page's state carried)."""
    reader, out = HolderReader(), []
    for line in lines:
        out += reader.read(compact(normalize_line(line)), line)
    return [(fold(n), c) for n, c in out]


# ---------------------------------------------------------------- rankings

_HENAN = ("11月8日上午,省工商联正式发布“2015河南民营企业100强榜单”,天瑞集团股份有限公司以356.01亿元的年度营业收入总额居于首位。"
          "而民营企业100强净利润前三名,则分别为宇通集团有限公司、天瑞集团股份有限公司、辅仁药业集团有限公司。")
_CEC = ("中国企业联合会、中国企业家协会9月1日在长春发布2012中国企业500强,中石化以2011年营业收入25519.5亿元连续8年领跑榜单,中石油、"
        "国家电网、工商银行、建设银行、中国移动、农业银行、中国银行、中国建筑、中海油分列第二至第十位。")


@pytest.mark.parametrize("source,lines,want", [
    # http://hnr.cn/hnr/mclient/news_finance/201511/t20151109_2142341.html (河南, entrep101): the first by 居于首位, then a
    # top count with its names (the province's federation's ranking: 省级)
    ("hnr.cn 100强 居于首位 / 前三名…分别为", [_HENAN],
     [("天瑞集团股份有限公司", "省级"), ("宇通集团有限公司", "省级"), ("天瑞集团股份有限公司", "省级"),
      ("辅仁药业集团有限公司", "省级")]),
    # https://chinavalue.com.cn/article/2012/9/3/927834.html (entrep101): short names, the span of places vouching for
    # as many; then, a paragraph later, the last place named before its holder
    ("chinavalue.com.cn 500强 领跑榜单 / 分列第二至第十位 / 排名第500的",
     [_CEC, "值得关注的是,在这500家企业中,内部差距仍然非常大。如中石化的资产规模达到1.75万亿元、营业收入达到2.55万亿元,但排名第500的"
            "哈药集团的资产规模和营业收入仅为180.65亿元和175.07亿元。"],
     [("中石油", "国家级"), ("国家电网", "国家级"), ("工商银行", "国家级"), ("建设银行", "国家级"), ("中国移动", "国家级"),
      ("农业银行", "国家级"), ("中国银行", "国家级"), ("中国建筑", "国家级"), ("中海油", "国家级"), ("中石化", "国家级"),
      ("哈药集团", "国家级")]),
    # http://epaper.gmw.cn/gmrb/html/2016-08/26/nw.D110000gmrb_20160826_2-07.htm (光明日报 2016): 荣登榜首, 分列2-5位
    ("gmw.cn 民营企业500强 荣登榜首 / 分列2-5位",
     ["本报北京8月25日电(记者钟超)由全国工商联发布的“2016中国民营企业500强榜单”25日揭晓,华为控股有限公司以营业收入总额3950.09亿元"
      "荣登榜首,苏宁控股集团、山东魏桥创业集团有限公司、联想控股股份有限公司、正威国际集团有限公司分列2-5位。"],
     [("苏宁控股集团", "国家级"), ("山东魏桥创业集团有限公司", "国家级"), ("联想控股股份有限公司", "国家级"),
      ("正威国际集团有限公司", "国家级"), ("华为控股有限公司", "国家级")]),
    # http://m.ihas.com.cn/html/news/gn/2014_10/27/15118031.html (a converter page, simplified here; entrep101): the
    # ranking published in the first line, a top three of two-character short names, then each place as 排名N位
    ("ihas.com.cn 民营500强 前三…被A、B和C占据 / 排名91位",
     ["今年8月份,全国工商联也曾发布过中国民营500强企业榜,前三也同样被苏宁、联想和魏桥占据。",
      "我省共有3家民营企业入榜,全威(铜陵)铜业科技有限公司排名91位,比去年上升4位,安徽国购投资集团排名147位,上升速度最快,与去年"
      "相比上跳了60位,铜陵精达铜材(集团)有限责任公司今年入榜,排名477位。"],
     [("苏宁", "国家级"), ("联想", "国家级"), ("魏桥", "国家级"), ("全威(铜陵)铜业科技有限公司", "国家级"),
      ("安徽国购投资集团", "国家级"), ("铜陵精达铜材(集团)有限责任公司", "国家级")]),
    # negatives: places told on a page that published no ranking; a ranking's sentence of those who left its top ten (退出:
    # no place told); a place among provinces is no holder
    ("no ranking published: a place is no membership", ["该公司产品市场占有率排名第3位,中石油、中石化分列第二至第三位。"], []),
    ("those who left the top ten", [_CEC.split(",中石化")[0] + "。", "中国中铁、中国铁建、中国人寿退出前十位。"], []),
    ("provinces ranked by their count", ["2015河南民营企业100强榜单发布。浙江、江苏、广东入围企业数量位居前三名,其中广东入围企业增加最多。"], []),
])
def test_a_rankings_members_by_their_place(source, lines, want):
    assert _read(*lines) == want, source


@pytest.mark.parametrize("obj,want", [
    ("2015河南民营企业100强榜单", "省级"),  # (a year before the province read past)
    ("2012中国企业500强", "国家级"),
    ("中国民营500强企业榜", "国家级"),
    ("湖南省2010年度纳税50强企业", "省级"),
])
def test_a_published_rankings_class(obj, want):
    assert [m["obj"] for m in RANKING_PUBLISHED.finditer(compact(f"省工商联正式发布“{obj}”,"))] == [obj]
    assert ranking_class(obj) == want


@pytest.mark.parametrize("sentence", [
    "2021年民营企业百强的营收门槛为791.4亿元,五成百强企业的营收处于1000-2000亿元区间",  # (cima.org.cn: no place told)
    "广东省、浙江省、北京市、江苏省的百强民企数量分别为16家、16家、12家、12家",  # (provinces and counts)
    "比去年上升4位",
])
def test_sentences_of_a_ranking_that_place_nobody(sentence):
    assert ranked_names(compact(sentence)) == []


# ---------------------------------------------------------------- an award's grade, an approval, a dash, 的, 本

@pytest.mark.parametrize("source,sentence,want", [
    # http://www.ln.gov.cn/…/3EA32028E4B14CC598217F5C50E1F86B/index.shtml (辽政发〔2019〕25号, entrep101): the award's grade
    # after it is the class; 本钢 is a company, no pronoun 本
    ("辽政发〔2019〕25号 …质量奖金奖 / 银奖",
     "省政府决定,授予大连华锐重工集团股份有限公司、国网辽宁省电力有限公司、本钢板材股份有限公司2019年省长质量奖金奖,授予北方华锦化学"
     "工业集团有限公司、东北制药集团股份有限公司2019年省长质量奖银奖。",
     [("大连华锐重工集团股份有限公司", "金奖"), ("国网辽宁省电力有限公司", "金奖"), ("本钢板材股份有限公司", "金奖"),
      ("北方华锦化学工业集团有限公司", "银奖"), ("东北制药集团股份有限公司", "银奖")]),
    # https://yjj.cq.gov.cn/zwgk_230/fdzdgknr/jdjc11/202303/t20230314_11758313.html (重庆市应急管理局 2023年第2号, entrep101):
    # 核准 designates; the count glued to the first name
    ("重庆 核准X29家企业(单位)…为…二级企业",
     "根据《应急管理部关于印发企业安全生产标准化建设定级办法的通知》(应急〔2021〕83号)的有关规定,经考评并公示,核准招商局新材料科技"
     "(重庆)有限公司29家企业(单位)(详见附件)为国家安全生产标准化二级企业,现予通告。",
     [("招商局新材料科技(重庆)有限公司", "二级")]),
    # http://news.xinxuanze.com.cn/shehui/2023/0831/187646.html (西藏商报 2023, entrep101): a dash after the count
    ("西藏老字号 认定12家市场主体——A、B…为…",
     "据悉,自治区商务厅根据《“西藏老字号”认定管理办法》,经企业自主申报、地(市)初审推荐、专家评审、社会公示,认定12家市场主体——西藏"
     "甘露藏药股份有限公司、西藏拉萨啤酒有限公司、铁崩岗五香凉粉店、日喀则市康嘎尔藏香厂为西藏自治区第一批“西藏老字号”。",
     [("西藏甘露藏药股份有限公司", "省级"), ("西藏拉萨啤酒有限公司", "省级"), ("铁崩岗五香凉粉店", "省级"),
      ("日喀则市康嘎尔藏香厂", "省级")]),
    # https://big5.cri.cn/gate/big5/news.cri.cn/2023-02-21/db42b81c-e71a-ba60-d3a3-7e9b3d922aa4.html (安徽日报, traditional,
    # simplified here; entrep101): the persons' groups, each employer before a person, hold nothing
    ("安徽 品质奖 N家组织和X李德斌1名个人",
     "安徽省交通控股集团有限公司、芜湖中集瑞江汽车有限公司、安徽迎驾贡酒股份有限公司等4家组织和安徽江淮汽车集团控股有限公司李德斌1名"
     "个人荣获第六届安徽省人民政府品质奖;安徽皖维高新材料股份有限公司、泰尔重工股份有限公司等8家组织和国网安徽省电力有限公司宿州供电"
     "公司许启金、国营芜湖机械厂阚艳等2名个人荣获第六届安徽省人民政府品质奖提名奖。",
     [("安徽省交通控股集团有限公司", "省级"), ("芜湖中集瑞江汽车有限公司", "省级"), ("安徽迎驾贡酒股份有限公司", "省级"),
      ("安徽皖维高新材料股份有限公司", "省级"), ("泰尔重工股份有限公司", "省级")]),
    # fresh33 xinjiang_bingtuan-dershi-guannong-qiye-fenlei-huaji.txt line 1 (a company's news): the corps' grading of its
    # enterprises fixed in the passive, 被定为 its 类 and 级 — the class as printed
    ("兵团 X…被定为兵团一类二级企业",
     "近日,新疆冠农果茸集团股份有限公司顺利通过了兵团企业分类划级审计调查,被定为兵团一类二级企业,位列二师第一。",
     [("新疆冠农果茸集团股份有限公司", "一类二级")]),
    # (a grade with no 企业 after it fixes no holder here: the company's own pronoun, 该公司, names nobody)
    ("兵团 该公司…被定为一类二级", "经过综合测评,该公司在2013年度225家兵团企业中被定为一类二级,在二师位列第一。", []),
])
def test_award_grades_approvals_dashes_and_persons(source, sentence, want):
    assert _read(sentence) == want, source


@pytest.mark.parametrize("obj,want", [
    ("2019年省长质量奖金奖", "金奖"),
    ("2019年省长质量奖银奖", "银奖"),
    # negatives: a fair's gold medal is no grade of a graded award (no 奖 before it); a 奖章 is a person's medal
    ("第十届中国国际农产品交易会金奖", None),
    ("全国五一劳动奖章", None),
    ("获得省长质量奖金奖励100万元", None),  # (the prize money is no grade)
])
def test_an_awards_grade_printed_after_it(obj, want):
    got = object_class(obj)
    assert (got if got in ("金奖", "银奖", "铜奖") else None) == want


def test_a_place_with_de_before_a_name_is_no_part_of_it():
    # https://qingzhou.sd.cn/guanzhu/283048.html (青州, entrep101) and fresh39's 通化 page (a clause cut off before its 的)
    assert _unlocated("青州市的山东青州中外运储运有限公司") == "山东青州中外运储运有限公司"
    assert _unlocated("的通化茂祥制药有限公司") == "通化茂祥制药有限公司"
    # negatives: a name that is whole stays; a 的 left with no enterprise after it is no locator
    assert _unlocated("青州亿鑫物流有限公司") == "青州亿鑫物流有限公司"
    assert _unlocated("市的公司") == "市的公司"
    lines = ["近日,中国物流与采购联合会发布第三十五批A级物流企业名单,青州市的山东青州中外运储运有限公司成功获评4A级物流企业,"
             " 青州亿鑫物流有限公司成功获评3A级物流企业。"]
    assert {("山东青州中外运储运有限公司", "4A", None), ("青州亿鑫物流有限公司", "3A", None)} <= _held(lines)


@pytest.mark.parametrize("text,is_name", [
    ("本钢板材股份有限公司", True),  # (辽政发〔2019〕25号)
    ("本溪县凤驰玉米种植家庭农场", True),
    ("本公司控股子公司", False),
    ("本市企业", False),
    ("本次入选企业", False),
    ("本着公平公正原则", False),
])
def test_ben_opens_a_pronoun_only_before_a_noun_of_the_speakers_own(text, is_name):
    assert (not NOT_NAME.search(text)) == is_name


def test_a_count_after_a_designating_act_is_no_groups_own_units():
    # the act's count (重庆 2023年第2号) against a group's own units (fresh33 龙江森工), as test_counted_owners
    assert counted_owners("核准招商局新材料科技(重庆)有限公司29家企业(单位)为国家安全生产标准化二级企业") == set()
    assert counted_owners("近日,黑龙江省林草局公布了第二批省级林下经济示范基地名单,龙江森工集团9家单位的10个基地上榜") == {"龙江森工集团"}


def test_a_dash_parts_a_count_from_its_names_and_persons_groups_are_dropped():
    assert enterprise_names("12家市场主体——西藏甘露藏药股份有限公司、西藏拉萨啤酒有限公司") == \
        ["西藏甘露藏药股份有限公司", "西藏拉萨啤酒有限公司"]
    assert enterprise_names("安徽迎驾贡酒股份有限公司等4家组织和安徽江淮汽车集团控股有限公司李德斌1名个人") == ["安徽迎驾贡酒股份有限公司"]


@pytest.mark.parametrize("line,want", [
    # https://www.zhcement.com/article/23377.html (湖北省2025年第二批重污染天气重点行业企业绩效评级结果, entrep101): one company a
    # line; a grade lowered is the grade now held (as fresh39's 从四星级提升至五星级 is the raised one)
    ("宜昌花林水泥有限公司获评B级", [("宜昌花林水泥有限公司", "B", None)]),
    ("崇阳县昌华实业有限公司由B级降为C级", [("崇阳县昌华实业有限公司", "C", None)]),
    # the same page's sentence of the review names nobody
    ("省生态环境厅组织开展了2025年第二批重污染天气重点行业企业绩效分级工作,并对2020-2024年已评定的部分B(含B-)级及以上和引领性企业"
     "开展抽查复核。", []),
])
def test_a_grade_raised_or_lowered_is_the_grade_held(line, want):
    from kg.extract.enterprise_sentences import narrative_classes
    assert [(fold(n), c, l) for n, c, l in narrative_classes(compact(normalize_line(line)), False)] == want


@pytest.mark.parametrize("text,is_name", [
    # http://smetz.cn/index/tongzhi/69.html (枣庄, entrep101): the application for a designation is no name
    ("申报绿色工厂也有利于提高绿色示范企业形象", False),
    ("争创绿色工厂", False),
    # negatives: names that open with the same characters of another word stand
    ("申通快递有限公司", True),
    ("建设银行", True),
])
def test_a_clause_applying_for_a_designation_is_no_name(text, is_name):
    assert (not NOT_NAME.search(text)) == is_name


_JYG = ("山东景阳冈酒厂有限公司已成为一个集历史文化、传统文化、工业遗产、非遗体验、生产展示、农耕文明、科普教育、研学实践为一体的综合性工业旅游"
        "景区。企业广泛开展历史文化、党建文化、廉政文化、革命文化教育活动,成为开展党建活动的重要阵地。先后被评为“聊城市社会科学普及教育基地”、"
        "“山东省文化产业示范基地”、“山东省非物质文化遗产”、“山东省重点文化产业项目”、“山东省工业旅游示范点”、“国家AAA级旅游景区”。")


@pytest.mark.parametrize("source,lines,want", [
    # https://meijiu.com/xinwen/32679 (景阳冈, entrep101): the paragraph's subject holds each quoted title its later
    # sentence names (a scenic area's grade, a craft and a project are none of its titles)
    ("meijiu.com 先后被评为“A”、“B”…", [_JYG],
     [("山东景阳冈酒厂有限公司", "市级"), ("山东景阳冈酒厂有限公司", "省级"), ("山东景阳冈酒厂有限公司", "省级")]),
    # http://www.ydxx.net/show/209/8834.html (泉州农情): the company as 企业, a brand's title beside its own
    ("ydxx.net 企业获选为“A”、“B”等称号",
     ["泉州市高吕阁生态农林生态农林发展股份有限公司种植茶叶303亩,是福建省农业产业化龙头企业,也是海峡股权交易中心挂牌后备企业。2021年企业"
      "获选为“泉州知名农产品品牌”、“南安市诚信示范企业”等称号。"],
     [("泉州市高吕阁生态农林生态农林发展股份有限公司", "县级")]),  # (南安 a county-level city: 县级, the lead's ruling of stop 37)
    # negatives: no company opens a sentence of the paragraph (a person's titles); a company named only inside a sentence
    ("a person's titles", ["王某某同志长期扎根基层。先后被评为“全国劳动模范”、“山东省优秀共产党员”。"], []),
    ("no subject opening a sentence", ["今年以来,我县与山东景阳冈酒厂有限公司合作开发研学线路。先后被评为“山东省研学旅游示范基地”。"], []),
])
def test_a_profiles_titles_are_its_subjects(source, lines, want):
    got = [x for x in _read(*lines) if x[1] in ("市级", "省级", "国家级", "县级")]
    assert got == want, source


@pytest.mark.parametrize("region,want", [
    # https://big5.cri.cn/…/db42b81c-e71a-ba60-d3a3-7e9b3d922aa4.html (安徽 品质奖, entrep101): the 等 of 等离子体 parts no
    # names, and an academy's institute is no enterprise
    ("安徽省交通控股集团有限公司、中科院合肥物质科学研究院等离子体物理研究所、芜湖中集瑞江汽车有限公司等4家组织",
     ["安徽省交通控股集团有限公司", "芜湖中集瑞江汽车有限公司"]),
    # a company the academy founded keeps its ending; the list's own 等 still parts its count
    ("中科院成都信息技术股份有限公司、四川宏华石油设备有限公司等2家企业", ["中科院成都信息技术股份有限公司", "四川宏华石油设备有限公司"]),
    ("X科技有限公司、Y材料有限公司等企业", ["X科技有限公司", "Y材料有限公司"]),
])
def test_the_de_of_a_word_and_the_academies_institutes(region, want):
    assert enterprise_names(region) == want
