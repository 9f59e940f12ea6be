"""Place scope: the place words of a question and of a page, and whether a page may be the page of the place asked
(index.place_scope, index.places) — each reader on the real questions and lines it was written for. Moved out of
test_confidence.py (stop 28), which keeps the confidence features, the fitted model and the verdict."""

import pytest

from index.confidence import answer_type_miss, place_stem, topic_words
from index.place_scope import (area_off, area_place, could_be_page_of, is_place_word, join_place_runs, joined_places,
                               named_areas, page_places, page_towns, place_level, place_out_of_scope, prints_name,
                               question_places, short_district_after, suffix_cut_off, towns_fit, unit_place,
                               unit_places, written_as)


# Place words: administrative names jieba misses or mis-tags (高青县 is a person's name to it), kinds of area that end
# like a place (开发区, 小区), and jieba's place tags that name no place (庆典, 城市, 中考) — words of real questions.
NS = frozenset({"黄石市", "杭州市", "杭州", "北京市", "北京", "庆典", "城市", "中考", "商城", "淄博", "淄博市", "西湖区", "西湖",
                "苏州工业园区", "滨海新区", "莒县", "全县", "唐山市", "北京郊区", "盘锦市", "桓台县", "河区", "北市"})


@pytest.mark.parametrize("word,place", [
    ("高青县", True), ("临淄区", True), ("东营市", True), ("博山区", True),  # 博山区 ends in 山区, still a place
    ("苏州工业园区", True), ("滨海新区", True), ("杭州", True), ("淄博", True), ("西湖", True),
    ("开发区", False), ("示范区", False), ("周村经济开发区", False), ("卫生城市", False), ("小区", False),
    ("新区", False), ("庆典", False), ("城市", False), ("中考", False), ("商城", False),
    ("产业园区", False), ("居住小区", False), ("旅游度假区", False), ("黄山区", True),
    # a prefecture's stem (迪庆 of 迪庆州深化森林督查工作会召开, cut 迪庆 / 州: fresh39's 迪庆 page, line 2, u3613; 阿拉善 of
    # 阿拉善盟), not one character (杭 of 杭州) nor a word the national list gives no prefecture (五大 of 五大州)
    ("迪庆", True), ("德宏", True), ("阿拉善", True), ("杭", False), ("五大", False),
    # a province-level autonomous region's stem (西藏 of fresh52's 西藏2025年地区生产总值预期增长多少, u4371; 内蒙古 of
    # 内蒙古农牧厅是哪天挂牌的, u4382): no 西藏省 or 西藏市; a foreign name jieba holds with 自治区 is none
    ("西藏", True), ("内蒙古", True), ("巴勒斯坦", False), ("自治", False),
    # a bare name of one character is none, whatever abbreviation jieba holds with a suffix (河区, 北市: 河 of fresh53's
    # 宁夏实行河长制工作方案是哪年印发的 and 河北省总河长由谁担任, u4405, u4401); a county of one character is written with
    # its 县
    ("河", False), ("北", False), ("莒县", True),
])
def test_is_place_word(word, place):
    assert is_place_word(word, NS) is place


# jieba's dictionary frequencies of the words the tables below need (政府 makes 区政府 a suffix and a word)
FREQ = {"是不是": 5655, "现任": 719, "取消": 3052, "上报": 677, "政府": 23452, "人民政府": 15227, "哪些": 2849}.get


@pytest.mark.parametrize("tagged,places", [
    # u109: jieba does not tag 高青县 as a place; the administrative suffix does
    ([("高青县", "x"), ("退役", "x"), ("士兵", "x")], ["高青县"]),
    # n149: jieba tags 庆典 ns; a resident writes 周村 for the corpus's 周村区
    ([("在", "x"), ("周村", "x"), ("放", "x"), ("庆典", "ns")], ["周村"]),
    # u121: 周村区 once, and its stem
    ([("周村区", "x"), ("城市", "ns"), ("低保", "x")], ["周村区", "周村"]),
    ([("杭州", "ns"), ("西湖", "ns"), ("益联保", "x")], ["杭州", "西湖"]),
    ([("周村", "x"), ("创建", "x"), ("示范", "x"), ("区公安分局", "x")], ["周村"]),
    # q009: jieba cuts 张店 into characters; the stem still starts a word
    ([("张", "x"), ("店", "x"), ("新", "x"), ("修", "x"), ("的", "x"), ("公共", "x"), ("卫生间", "x")], ["张店"]),
    # a known stem starting inside another word is no place (市中区's stem in 城市中心)
    ([("城市", "ns"), ("中心", "x"), ("广场", "x")], []),
    # n311: a bare place name inside the sentence is a word (盐都 in 卖的盐都是), not where the question asks about
    ([("周村", "x"), ("超市", "x"), ("卖", "x"), ("的", "x"), ("盐都", "ns"), ("是", "x")], ["周村"]),
    # …but after a word of place it is one, wherever it stands
    ([("我", "x"), ("想", "x"), ("问问", "x"), ("在", "x"), ("杭州", "ns"), ("上学", "x")], ["杭州"]),
    # u203: jieba cuts 章丘区 into 章丘 + 区; u218: 双台子 + 区政府 after the city
    ([("章丘", "x"), ("区", "x"), ("鼓励", "x"), ("总部", "x")], ["章丘区"]),
    # …and 盘锦, untagged by jieba but the stem of its 盘锦市, the question's first word: a city's name
    ([("盘锦", "x"), ("双台子", "x"), ("区政府", "x"), ("工作", "x"), ("报告", "x")], ["盘锦", "双台子区"]),
    # u546: 黄石 (黄石市), untagged and a common word to jieba, as a question's first word names the city; 三水区's
    # 三水 inside a question is no place (a first word only)
    ([("黄石", "x"), ("老", "x"), ("小区", "x"), ("暖气", "x"), ("管网", "x"), ("改造", "x")], ["黄石"]),
    ([("张店", "x"), ("三水", "x"), ("分离", "x")], ["张店"]),
    # u1705: 桓台 (桓台县) likewise names the county as a question's first word; not after another word (张店's
    # questions name no county of its neighbours mid-sentence as their place)
    ([("桓台", "x"), ("打", "x"), ("完", "x"), ("疫苗", "x"), ("出", "x"), ("了", "x"), ("问题", "x")], ["桓台"]),
    ([("张店", "x"), ("桓台", "x"), ("疫苗", "x")], ["张店"]),
    # u209: 德城区 ends in 城区 and is a district all the same
    ([("德城区", "ns"), ("高标准", "x"), ("农田", "x")], ["德城区"]),
    # u261: a county of one character; 全县 is no county
    ([("莒县", "ns"), ("妇女", "x"), ("发展", "x"), ("规划", "x")], ["莒县"]),
    ([("全县", "ns"), ("妇女", "x"), ("发展", "x")], []),
    # u272 / u273: names jieba cut into characters (唐/山, 麦/积/区) joined back where a question names its place
    ([("唐", "x"), ("山", "x"), ("遵化", "x"), ("学校", "x"), ("门口", "x")], ["唐山"]),
    ([("天水", "x"), ("麦", "x"), ("积", "x"), ("区", "x"), ("道路交通", "x")], ["麦积区"]),
    # o107: jieba keeps 北京郊区 one word; its place is 北京
    ([("北京郊区", "ns"), ("评", "x"), ("上", "x"), ("特色", "x")], ["北京"]),
    # u379: a county of one character jieba does not know (曹/县), where the question names its place (its first
    # word); not mid-sentence, and no determiner (本/县 is two function words, 各县 no county)
    ([("曹", "x"), ("县", "x"), ("突发事件", "x"), ("应急", "x"), ("响应", "x")], ["曹县"]),
    ([("关于", "x"), ("突发事件", "x"), ("曹", "x"), ("县", "x")], []),
    ([("各", "x"), ("县", "x"), ("突发事件", "x")], []),
])
def test_question_places(tagged, places):
    assert question_places(tagged, NS, frozenset({"张店", "周村", "市中"}), lambda w: FREQ(w) or 0) == places


# fresh37 (noanswer124): jieba cuts 安康县 off its 县 (安康 + 县政协, o2404); joined back it names 安康县 alone, not the city of its
# bare name as well (安康市, which the corpus prints: o2404's 安康县政协 page says only 县 and 陕西 and stays excused).
# A known stem cut off its suffix likewise (章丘区); a bare name written apart as well stays (张店 … 张店区).
@pytest.mark.parametrize("tagged,places", [
    ([("安康", "x"), ("县", "x"), ("政协", "x"), ("2018", "x"), ("年", "x"), ("大会", "x")], ["安康县"]),
    ([("章丘", "x"), ("区", "x"), ("鼓励", "x"), ("总部", "x")], ["章丘区"]),
    ([("张店", "x"), ("区", "x"), ("和", "x"), ("张店", "x"), ("周边", "x")], ["张店区", "张店"]),
])
def test_question_places_name_a_place_cut_off_its_suffix_once(tagged, places):
    stems = frozenset({"张店", "周村", "章丘", "安康"})
    assert question_places(tagged, NS | {"安康市"}, stems, lambda w: FREQ(w) or 0) == places


@pytest.mark.parametrize("word,joined,text,cut", [
    ("安康", ["安康县"], "安康县政协2018年大会提案组共收到多少件提案", True),
    ("张店", ["张店区"], "张店区和张店周边", False),
    ("盘锦", ["双台子区"], "盘锦双台子区政府工作报告", False),
])
def test_suffix_cut_off(word, joined, text, cut):
    assert suffix_cut_off(word, joined, text) == cut


# fresh38 (noanswer131): the 环境秩序 整治 duties list (o2512, o2514) prints 北京 only as 驻京; a place with no
# one-character name of its own (a city: 宁 is 南京's and 宁夏's) is printed by its name alone.
@pytest.mark.parametrize("stem,line,printed", [
    ("北京", "21.市政府外联服务办:负责整治过程中与中央单位、驻京部队和外省区市驻京机构的协调联络工作。", True),
    ("北京", "22.市城管执法局:负责环境秩序综合整治的组织工作,协调、部署专项整治行动,推动各单位落实整治任务。", False),
    ("合肥", "我市共26个项目入选,包括9个智能工厂和17个应用场景。", False),
])
def test_written_as(stem, line, printed):
    assert any(w in line for w in written_as(stem)) is printed
    assert written_as(stem)[0] == stem and (len(written_as(stem)) > 1) is (stem == "北京")


def test_question_places_finds_a_stem_at_a_word_start_among_hundreds():
    """The corpus's district stems (hundreds at 200x the sample: 甲店, 乙村 …) count where a word starts with
    them, each once, in sorted order, as a look for every stem at every word start finds them."""
    stems = frozenset({"张店", "周村", "市中", "张店甲"} | {a + b for a in "甲乙丙丁戊己庚辛" for b in "店村山川"})
    for words in (["张店", "甲店", "的", "周村区"], ["张", "店"], ["城市中心"], ["甲店乙村"], ["张店甲区", "丁"], []):
        text, starts = "".join(words), {sum(map(len, words[:i])) for i in range(len(words))}
        want = [s for s in sorted(stems) if any(text.startswith(s, i) for i in starts)]
        tagged = [(w, "x") for w in words]
        assert question_places(tagged, NS, stems) == list(dict.fromkeys(question_places(tagged, NS, ()) + want)), words
    # a stem inside a word (乙村 in 甲店乙村) is no word start; 张店甲 starts where 张店 does
    assert question_places([("张店甲", "x"), ("甲店乙村", "x")], NS, stems) == ["张店", "张店甲", "甲店"]


# Names jieba cut off their suffix, in real questions; and words before a suffix that name no place: mid-sentence
# (n026 取消 + 区级, n042 上报 + 区水务局), a common word after a place (o006 是不是 + 县长), a suffix that starts a
# word of its own (n148 全面实施 + 市场准入).
@pytest.mark.parametrize("tagged,places", [
    ([("章丘", "x"), ("区", "x"), ("鼓励", "x")], ["章丘区"]),
    ([("威海", "ns"), ("文登", "x"), ("区", "x"), ("评", "x")], ["文登区"]),
    ([("盘锦", "x"), ("双台子", "x"), ("区政府", "x")], ["双台子区"]),
    ([("周村", "x"), ("取消", "x"), ("区", "x"), ("级", "x")], []),
    ([("水库", "x"), ("移民", "x"), ("人口", "x"), ("上报", "x"), ("区", "x"), ("水务局", "x")], []),
    ([("盐池", "x"), ("县政府", "x"), ("是不是", "x"), ("县长", "x")], ["盐池县"]),
    ([("周村区", "x"), ("全面实施", "x"), ("市场准入", "x")], []),
    ([("周村", "x"), ("区", "x"), ("哪些", "x"), ("区", "x")], ["周村区"]),
    ([("中心", "x"), ("城区", "x")], []),
])
def test_joined_places(tagged, places):
    assert joined_places(tagged, NS, lambda w: FREQ(w) or 0) == places


# Runs of single characters: joined where a question names its place (first two words, after 在/到…), left as
# they are elsewhere (n026 取消 + 区 + 级; q009 张/店 is no place word of NS and stays for the district stems).
@pytest.mark.parametrize("tagged,joined", [
    ([("唐", "x"), ("山", "x"), ("遵化", "x")], [("唐山", "ns"), ("遵化", "x")]),
    ([("天水", "x"), ("麦", "x"), ("积", "x"), ("区", "x")], [("天水", "x"), ("麦积区", "ns")]),
    ([("周村", "x"), ("取消", "x"), ("区", "x"), ("级", "x")], [("周村", "x"), ("取消", "x"), ("区", "x"), ("级", "x")]),
    ([("我", "x"), ("在", "x"), ("本", "x"), ("区", "x")], [("我", "x"), ("在", "x"), ("本", "x"), ("区", "x")]),
    ([("张", "x"), ("店", "x"), ("新", "x"), ("修", "x")], [("张", "x"), ("店", "x"), ("新", "x"), ("修", "x")]),
    # fresh44 (noanswer164): a change of kind ends the name (o3118 月塘乡改镇要花的钱是省里出还是莆田自己出 names 月塘乡,
    # which 月塘乡's 撤乡设镇 批复 prints, docs/fujian_putian-2016-yuetangxiang-chexiang-shezhen-pifu-forum-post.txt line 10)
    ([("月", "x"), ("塘", "x"), ("乡", "x"), ("改", "x"), ("镇", "x"), ("要", "x")],
     [("月塘乡", "ns"), ("改", "x"), ("镇", "x"), ("要", "x")]),
    # a city of the national list cut into a character and a word (u4117 项城市平安建设工作推进会提了哪些要求, whose first
    # page is 沈丘's 老城镇 meeting); a word the list does not give stays as it is (大/城市)
    ([("项", "x"), ("城市", "ns"), ("平安", "x")], [("项城市", "ns"), ("平安", "x")]),
    ([("大", "x"), ("城市", "ns"), ("房价", "x")], [("大", "x"), ("城市", "ns"), ("房价", "x")]),
])
def test_join_place_runs(tagged, joined):
    assert join_place_runs(tagged, NS) == joined


def test_area_place():
    assert area_place("北京郊区", NS) == "北京" and area_place("博山区", NS) == "博山区"
    assert area_place("苏州工业园区", NS) == "苏州工业园区" and area_place("产业园区", NS) == "产业园区"


@pytest.mark.parametrize("place,level", [
    ("山东省", 0), ("广西壮族自治区", 0), ("淄博市", 1), ("阿拉善盟", 1), ("临淄区", 2), ("高青县", 2),
    ("阿拉善左旗", 2), ("北郊镇", 3), ("杭州", 1), ("西湖", 2), ("庆典", None),
    # county-level cities by the national list (kg/data/counties.tsv), not by their 市
    ("乳山市", 2), ("兰溪市", 2), ("监利市", 2), ("监利", 2), ("荆州", 1),
    # jieba's place words that are no division (鲁南区 is in its dictionary): no level
    ("鲁南", None),
])
def test_place_level(place, level):
    assert place_level(place, NS) == level




# A named area asked must be printed by the evidence: a city's own 高新区 with its city (the 济宁 notice's real title, o026
# and o027, answerable; 周村's 药品安全事件应急预案 cites 《淄博市突发事件总体应急预案》, which is no plan of 淄博高新区:
# u1903), an area of another name by its name (the 大青山 news's real first line is no page of 乌拉山保护区: u2005). A
# kind of area after a word of topic (慢性病综合防控示范区, 高速服务区) names none.
_JINING = "济宁高新区管委会关于公布2023年度工业企业“亩产效益”综合评价结果的通知"
_ZHOUCUN_PLAN = "《山东省突发事件总体应急预案》《关于淄博市市级机构改革的实施意见》《淄博市突发事件总体应急预案》等法律法规"
_DAQINGSHAN = "为深入推动内蒙古自治区大青山国家级自然保护区内禁牧工作,2021年9月9日管理局禁牧专班一行6人"


@pytest.mark.parametrize("query,areas,evidence,off", [
    ("济宁高新区2023年度亩产效益评价A类企业有多少家", [("济宁", "高新区")], _JINING, False),
    ("淄博高新区药品安全事件应急预案 指挥部办公室设在哪个单位", [("淄博", "高新区")], _ZHOUCUN_PLAN, True),
    ("淄博高新区药品安全事件应急预案", [("淄博", "高新区")], "淄博高新技术产业开发区药品安全事件应急预案", False),
    ("乌拉山保护区禁牧专项行动扣了多少只羊", [("乌拉山", "保护区")], _DAQINGSHAN, True),
    # a 经济技术开发区 by its short name 经开区 (jieba cuts it 经/开/区): printed in full by its page (济宁's 亩产效益
    # 公示, fresh27's o1421 and o1423; 南宁's 分工方案, fresh5), not by another area of the city (济宁高新区's page)
    ("济宁经开区给工厂按占地出多少效益打的分 不服的话找哪个部门", [("济宁", "经开区")],
     "自本日起5日内,如对评价结果有异议,可向济宁经济技术开发区经济发展局提出申诉。", False),
    ("济宁经开区亩产效益打分结果挂出来几天内能提意见", [("济宁", "经开区")], "济宁经济开发区亩产效益评价改革工作领导小组", False),
    ("济宁经开区亩产效益打分结果挂出来几天内能提意见", [("济宁", "经开区")], _JINING, True),
    ("南宁经开区2020年重点工作任务分工", [("南宁", "经开区")],
     "关于南宁经济技术开发区落实政府工作报告2020年重点工作任务分工方案的通知", False),
    ("郑州经开区停车序化整治", [("郑州", "经开区")], "今日讯!交警、城管执法力量深度融合,经开区掀起序化整治高潮 郑州晚报", True),
    ("周村慢性病综合防控示范区创建领导小组组长由谁担任", [], "", False),
    ("吐鲁番执法人员在高速服务区给游客讲些什么", [], "", False),
])
def test_a_named_area_is_printed_by_the_evidence(real_tagger, query, areas, evidence, off):
    tagger, _freq = real_tagger
    found = named_areas(tagger.lcut(query.lower()))
    assert found == areas
    assert area_off(found, evidence.lower(), tagger.places) is off


# o1421 / o1423 (fresh27): 经开区 (jieba's 经/开/区) is a kind of area, 济宁经济技术开发区's short name, not a place
# named 经开 (its area is read by named_areas); a district's own name in 区 still is one (天水麦积区).
@pytest.mark.parametrize("query,places", [
    ("济宁经开区亩产效益打分结果挂出来几天内能提意见", ["济宁"]),
    ("南宁经开区2020年重点工作任务分工", ["南宁"]),
    ("天水麦积区道路交通", ["天水", "麦积区"]),
])
def test_a_development_zone_short_name_is_no_place(real_tagger, query, places):
    tagger, freq = real_tagger
    assert question_places(tagger.lcut(query.lower()), tagger.places, frozenset(), freq) == places


# fresh32: a unit's name the searcher's jieba holds as one word (the build adds department names to its dictionary)
# names the place it starts with (unit_places): 松岭区公安局森保大队 (u2918), 龙门县打假办 (u2920), as the searcher cut
# them; a leading year (2024年) is no part of the place after it (u2913: 年/新/吴/区 was read as 年新吴区), and that
# place still stands where a question names its own; a unit of no place (县自然资源和规划局) and a determiner after
# the year (全区) name none.
@pytest.mark.parametrize("tagged,places", [
    ([("松岭区公安局森保大队", "x"), ("的", "x"), ("大队长", "x"), ("叫", "x"), ("什么", "x")], ["松岭区"]),
    ([("龙门县打假办", "x"), ("这次", "x"), ("扣押", "x"), ("的", "x"), ("食品", "x"), ("货值", "x"), ("多少", "x"),
      ("元", "x")], ["龙门县"]),
    ([("2024", "x"), ("年", "x"), ("新", "x"), ("吴", "x"), ("区", "x"), ("安全", "x"), ("示范", "x"), ("企业名单", "x"),
      ("一共", "x"), ("多少", "x"), ("家", "x")], ["新吴区"]),
    ([("2024", "x"), ("年度", "x"), ("张店区", "ns"), ("的", "x"), ("预算", "x")], ["张店区"]),
    ([("县自然资源和规划局", "x"), ("的", "x"), ("电话", "x")], []),
    ([("2024", "x"), ("年", "x"), ("全", "x"), ("区", "x"), ("安全", "x"), ("示范", "x"), ("企业", "x")], []),
])
def test_a_unit_or_a_year_before_the_place(real_tagger, tagged, places):
    tagger, freq = real_tagger
    assert question_places(tagged, tagger.places, frozenset(), freq) == places


# A county-level name of the national list that jieba cuts into characters (新/吴/区, made in 2015) is read on a page
# of unknown place: the 新吴区 安全示范企业 page (fresh35, jiangsu_wuxi-gaoxinqu-xinwu-anquan-shifan-qiye-2023.txt,
# its real lines) named only 无锡 and might be 梁溪区's (u2901), and is no page of its sibling now; a run joining to
# no county (全/区, 各/县/区) names none.
@pytest.mark.parametrize("line,found", [
    ("根据《新吴区“安全示范企业”创建活动方案》的有关安排,新吴区应急管理局组织开展了全区安全生产示范企业评选认定工作", ["新吴区"]),
    ("附件:新吴区安全示范企业名单(33家).无锡高新区(新吴区)应急管理局2023年7月1日。", ["新吴区", "无锡"]),
    ("提升全区企业本质安全水平,各街道要将创建活动作为推进安全生产标准化的重要载体", []),
    ("各县区要结合实际,在本区内开展评选", []),
])
def test_a_county_cut_into_characters(real_tagger, line, found):
    from kg.parse.normalize import compact

    tagger, freq = real_tagger
    got = page_places(tagger.lcut(compact(line).lower()), tagger.places, freq)
    assert got == found
    assert could_be_page_of("梁溪区", got, tagger.places) is ("新吴区" not in got)
    assert could_be_page_of("新吴区", got, tagger.places)


# The pages of unknown place (no district, a title that names none) among the other-district excerpts, the places
# they name (page_places, jieba's real dictionary, over the excerpt as copied), and whether each may be the page of a
# place asked: the 昆明 page (官渡区) is no page of 高青县 (u362); the 福州 news, which names its counties' firms, none
# of 厦门 (u385) or of another county; the 广丰区 notice, which names only its city 上饶 and 各乡镇, may be 广丰区's
# (o036-o038, answerable); the 青田 page is 青田县's, not 郯城县's (u375: its indexed part names no place).
@pytest.mark.parametrize("doc,named,may_be,may_not_be", [
    ("yunnan_guandu-wenzengzhang-qiantou.txt", {"官渡区", "昆明市"}, ["官渡区", "云南省"], ["高青县", "厦门"]),
    ("fujian_fuzhou-2017-qiye-huanjing-xinyong-pingjia-news.txt", {"福州", "福建", "闽侯县"}, ["福建省"],
     ["厦门", "绵阳市", "闽清县"]),
    ("jiangxi_guangfeng-fengong-notice.txt", {"上饶"}, ["广丰区", "广丰"], ["抚州市"]),
    ("zhejiang_qingtian-qingli-jiedu.txt", {"青田县", "丽水市"}, ["青田县", "浙江省"], ["郯城县"]),
])
def test_could_be_page_of(real_tagger, doc, named, may_be, may_not_be):
    from kg.parse.normalize import compact

    from benchmarks.search import OTHER_DOCS

    tagger, freq = real_tagger
    text = (OTHER_DOCS / doc).read_text(encoding="utf-8")
    found = page_places(tagger.lcut(compact(text[:3000]).lower()), tagger.places, freq)
    assert named <= set(found)
    # kinds of place jieba knows as common nouns, and determiners, name no page's place
    assert not {"自治区", "贫困县", "各县区", "各乡镇"} & set(found)
    assert all(could_be_page_of(p, found, tagger.places) for p in may_be)
    assert not any(could_be_page_of(p, found, tagger.places) for p in may_not_be)


@pytest.mark.parametrize("name,text,printed", [
    # o143: the fresh7 福州 news prints 南京 only inside a hospital's name, which says nothing of 南京
    ("南京", "福建医科大学附属协和医院、中国人民解放军南京军区福州总医院、福州创源同方水务有限公司", False),
    ("南京", "江苏省南京市人民政府办公厅", True),
    ("临淄区", "淄博市临淄区人民政府", True),
    ("临淄", "张店区、临淄区、周村区", True),  # the stem of a district printed with its suffix
    ("保康", "确保康复质量", False),
])
def test_prints_name(real_tagger, name, text, printed):
    tagger, _freq = real_tagger
    assert prints_name(name, tagger.tk.lcut(text, HMM=False)) is printed


# A unit's name the searcher's jieba holds as one word (the build adds enterprise and department names) starts with
# its place: the 漯河 物业 news (u445) names 漯河市 only so, and is then no page of 平顶山.
@pytest.mark.parametrize("word,place", [
    ("漯河市恒润物业服务有限公司", "漯河市"),
    ("漯河市威世纪物业管理有限公司", "漯河市"),
    ("淄博市生态环境局", "淄博市"),
    ("县自然资源和规划局", None),  # the 保康 news: no place before the unit
    ("市住建局", None),
    ("河南天明物业管理有限公司漯河分公司", None),  # a province without its suffix starts no place here
    ("漯河市", None),  # a place, not a unit
    ("兰溪市综合行政执法局灵洞中队", "兰溪市"),  # a squad of a bureau (the 兰溪 集镇 news, fresh12's u917 / u924)
    ("县消防救援大队", None),
])
def test_unit_place(real_tagger, word, place):
    tagger, _freq = real_tagger
    assert unit_place(word, tagger.places) == place


# Each place a unit's name starts with, the city and then its district: the 中原区 school news (fresh13's u1021 郑州二七区,
# u919 瑞金市) names its district only in 郑州市中原区百花艺术小学.
@pytest.mark.parametrize("word,places", [
    ("郑州市中原区百花艺术小学", ["郑州市", "中原区"]),
    ("淄博市生态环境局", ["淄博市"]),
    ("淄博市张店区人民医院", ["淄博市", "张店区"]),
    ("市住建局", []),
    ("郑州市中原区", []),  # places, not a unit
    # an office by its short name and a field's departments (fresh15: the 莲池区 钢瓶 news, 莲池区安委办牵头…, is no
    # page of 竞秀区, u1218; the 孝南区 药店 news, 孝南区市场监管部门联合医疗保障部门…, none of 孝昌县, u1215)
    ("莲池区安委办", ["莲池区"]),
    ("孝南区市场监管部门", ["孝南区"]),
    ("医疗保障部门", []),  # no place before the unit
    ("县市场监管部门", []),
    ("区政府办公室", []),
])
def test_unit_places(real_tagger, word, places):
    tagger, _freq = real_tagger
    assert unit_places(word, tagger.places) == places


# A county named before one of its towns (the 双桥镇 news: 近日,寿县双桥镇联合…, u916 凤台县 / u1019 师宗县): a
# two-character county of the national list, held as one word with the town or before it; not a word before 县
# that names no county (大县), nor a county of the list before no town.
@pytest.mark.parametrize("tagged,found", [
    ([("近日", "x"), ("寿县双桥镇", "x"), ("联合", "x")], ["寿县"]),
    ([("寿县", "ns"), ("双桥镇", "x")], ["寿县"]),
    ([("寿县", "ns"), ("联合", "x")], []),
    ([("大县", "ns"), ("双桥镇", "x")], []),
    ([("各县", "x"), ("双桥镇", "x")], []),
])
def test_a_county_before_its_town(real_tagger, tagged, found):
    tagger, freq = real_tagger
    assert page_places(tagged, tagger.places, freq) == found


# A two-character county written right after its own city or province (the national list's) is the page's county,
# as before its town: the 藤县 news (fresh31, guangxi_tengxian-2023-xiaoyuan-zhoubian-zhian-zonghe-zhengzhi-news.txt
# l.3) prints 今日广西藤县讯, and is no page of 岑溪市, another county of 梧州 (u2808); 广西 before a 大县 or a county of
# another province (安徽 before 藤县) names no county.
@pytest.mark.parametrize("line,found", [
    ("今日广西藤县讯(通讯员 黄小勇 霍茂林 卢钦全)为进一步提升校园周边治安综合整治力度,关爱未成年人成长", ["广西", "藤县"]),
    ("梧州藤县", ["梧州", "藤县"]),
    ("今日广西大县讯", ["广西"]),
    ("安徽藤县讯", ["安徽"]),
])
def test_a_county_after_its_own_province(real_tagger, line, found):
    from kg.parse.normalize import compact

    tagger, freq = real_tagger
    got = page_places(tagger.lcut(compact(line).lower()), tagger.places, freq)
    assert got == found
    assert could_be_page_of("岑溪市", got, tagger.places) is ("藤县" not in got and "安徽" not in got)


def test_county_level_cities_are_counties_to_a_page(real_tagger):
    """A county-level city is a county's peer (the national list): the 兰溪市 page is no page of 桐庐县 or 龙游县, the
    荆州 page (荆州市, 沙市区) none of 监利市; a region jieba takes for a place (鲁南经济圈) has no level and says
    nothing against 兰陵's own page."""
    tagger, _freq = real_tagger
    ns = tagger.places
    assert not could_be_page_of("桐庐县", ["兰溪市"], ns) and not could_be_page_of("龙游县", ["兰溪市"], ns)
    assert not could_be_page_of("监利市", ["荆州市", "沙市区"], ns)
    assert could_be_page_of("兰陵", ["鲁南"], ns) and could_be_page_of("兰陵县", ["鲁南"], ns)
    assert not could_be_page_of("师宗县", ["板桥镇", "陆良县"], ns) and could_be_page_of("陆良县", ["陆良县"], ns)


def test_a_page_naming_another_city_is_no_page_of_its_counties(real_tagger):
    """The national list puts each county in its city: a page of unknown place that names a city other than the
    county's is none of its (the 铜山 超限 news names 徐州: no page of 宜章县, a county of 郴州, u1016; the 荣昌 劳动保障
    news names 重庆市, none of 长沙县, u544), while it may be a page of a county of that city (贾汪区 of 徐州); a city's
    page names its own counties (the 福州 news names 闽侯县 and 永泰县; a page naming only 浙江省 and 温岭市, a county of
    台州, is no page of 漯河). A county the list puts in no city, or in several (江北 of 重庆 and of 宁波), says
    nothing."""
    tagger, _freq = real_tagger
    ns = tagger.places
    assert not could_be_page_of("宜章县", ["徐州"], ns) and could_be_page_of("贾汪区", ["徐州"], ns)
    assert not could_be_page_of("长沙县", ["重庆市"], ns) and could_be_page_of("铜梁区", ["重庆市"], ns)
    assert could_be_page_of("福州", ["福州", "福建省", "闽侯县", "永泰县"], ns)
    assert not could_be_page_of("漯河", ["浙江省", "温岭市"], ns) and could_be_page_of("台州", ["浙江省", "温岭市"], ns)
    assert could_be_page_of("苏州", ["江北", "江苏省"], ns) and could_be_page_of("南京", ["江北", "江苏省"], ns)
    assert could_be_page_of("兰陵县", ["鲁南"], ns) and could_be_page_of("荣昌区", ["徐州"], ns)


def test_a_page_naming_another_provinces_city_is_no_page_of_the_province(real_tagger):
    """A province's page names its own cities (kg.places.province_cities): the 安徽 渔政 notice of unknown place that
    names 马鞍山市 and 铜陵市 is no page of 湖北 (u2110, 湖北长江河蟹特许捕捞期到哪天结束), nor is the 福州 news or the 湘阴
    news that names 益阳; it may be 安徽's page. A page naming only counties or no place says nothing against it; a
    municipality (重庆市) has no cities in the list and is left as before."""
    tagger, _freq = real_tagger
    ns = tagger.places
    anhui = ["马鞍山", "港口区", "马鞍山市", "当涂县", "铜陵市"]
    assert not could_be_page_of("湖北", anhui, ns) and not could_be_page_of("湖北省", anhui, ns)
    assert could_be_page_of("安徽", anhui, ns) and could_be_page_of("安徽省", anhui, ns)
    assert not could_be_page_of("湖北", ["福州市", "沿海各县", "连江县"], ns)
    assert not could_be_page_of("湖北", ["湘阴", "益阳", "沅江"], ns) and could_be_page_of("湖南", ["湘阴", "益阳", "沅江"], ns)
    assert could_be_page_of("湖北", [], ns) and could_be_page_of("湖北", ["当涂县"], ns)


# Towns a page of unknown place prints, read at word starts (real lines: the 秀山 夜查 news, the 锦屏 夜查 news, the 陆良
# 养老 news, the 南京 燃气 意见; a question of fresh49).
@pytest.mark.parametrize("text,towns", [
    ("县消防救援大队联合县市场监管局、县城市管理中心、县公安局、平凯街道等部门组成联合检查组", ["平凯街道"]),
    ("县文广局联合县公安局、三江镇人民政府共同开展“夜查行动”", ["三江镇"]),
    ("中枢街道信息公开同乐街道信息公开板桥镇信息公开", ["中枢街道", "同乐街道", "板桥镇"]),
    ("按照国务院和省关于城镇燃气安全相关工作部署要求", []),  # 关于城镇: no 于城镇 (a town of 海盐县) inside 关于
    ("各乡镇要配合辖区管理交通的派出所", []),
    # 乡下 read as one word is the countryside, not the 樟树乡 of the national list (fresh49's o3376)
    ("樟树乡下小店卖假种子假化肥假农药,工商会不会管", []),
    # 乡村 read as one word is the countryside too: 六/村/乡村/振兴 prints no 六村乡 (the 闵行 2022 乡村振兴 task table,
    # fresh51's o3462 and o3464); a 乡 jieba cuts alone before 村 stays a town
    ("确定连片发展区域,推进研究制定浦江大治河南部区域“一带六村”乡村振兴方案等工作。", []),
    ("城关乡村民委员会", ["城关乡"]),
])
def test_page_towns(real_tagger, text, towns):
    from index.places import town_names

    tagger, _freq = real_tagger
    assert page_towns([w for w, _f in tagger.lcut(text)], town_names()) == towns


# A town a question names is its place for a typed question (index.answer_features reads the question's towns with
# page_towns): u2320 asks 砖井镇's 亩, and of its real first passages only the 砖井镇 news is about it — the 38.3859亩
# of 安乡's 耕地 case is no answer (o1313 and o1314 ask 砖井镇's date and villages, no typed value).
def test_a_town_asked_is_the_place_a_typed_value_must_stand_by(real_tagger):
    from index.places import town_names

    tagger, _freq = real_tagger
    q = "砖井镇这次排查出的违法毁林图斑一共多少亩"
    towns = page_towns([w for w, _f in tagger.lcut(q)], town_names())
    assert towns == ["砖井镇"]
    zhuanjing = ("2月25日,砖井镇会同县林业局、安边森林派出所、包抓责任部门县应急管理局开展排专项查整治工作,"
                 "针对2022年违法图斑面积较大的重点村组,实行逐个过、蹲点守、零容忍的原则")
    anxiang = "县自然资源局对其进行了调查,并下达了责令改正违法行为通知书。据测量和专业鉴定,韩某等人开挖永久基本农田38.3859亩。"
    evidence, words = [zhuanjing, anxiang], ["砖井镇", "违法", "图斑"]
    stem = place_stem(towns[0])
    assert answer_type_miss(q, evidence, words, about=lambda j: stem in evidence[j]) == 1.0
    assert answer_type_miss(q, evidence, words) == 0.0  # without the town, 安乡's 亩 stood in


# A county's own news names its own towns: the 秀山 news (平凯街道) is no page of 酉阳县 (u1017), the 锦屏 news (三江镇)
# none of 天柱县 (u1020); a place the list has no towns for (a province, a region) is not judged by towns.
@pytest.mark.parametrize("place,printed,fits", [
    ("酉阳县", ["平凯街道"], False), ("秀山县", ["平凯街道"], True), ("秀山", ["平凯街道"], True),
    ("秀山土家族苗族自治县", ["平凯街道"], True),
    ("天柱县", ["三江镇"], False), ("锦屏县", ["三江镇"], True), ("黔东南", ["三江镇"], True),  # the city holds its counties' towns
    ("师宗县", ["中枢街道", "板桥镇"], False), ("陆良县", ["中枢街道", "板桥镇"], True),
    ("天柱县", [], True), ("鲁南", ["三江镇"], True), ("贵州省", ["三江镇"], True),
])
def test_towns_fit(place, printed, fits):
    from index.places import towns_of

    assert towns_fit(place, printed, towns_of) is fits


def test_a_county_level_city_asked_mid_question(real_tagger):
    """监利 (a common word to jieba, freq 1046) with its 市 after another place is a place: 荆州市沙市区以外的监利市."""
    tagger, freq = real_tagger
    places = question_places(tagger.lcut("荆州市沙市区以外的监利市有没有查黑气点"), tagger.places, frozenset(), freq)
    assert "监利市" in places


def test_a_page_naming_its_place_in_unit_names_only(real_tagger):
    tagger, freq = real_tagger
    tagged = [("本报讯", "x"), ("全市", "x"), ("各县区", "ns"), ("漯河市恒润物业服务有限公司", "x"), ("等", "x")]
    found = page_places(tagged, tagger.places, freq)
    assert found == ["漯河市"]
    assert not could_be_page_of("平顶山", found, tagger.places) and could_be_page_of("源汇区", found, tagger.places)


# The words that say what a question asks about, not where (the pages of unknown place must answer them as well as
# the first passage does to be the place's own page).
@pytest.mark.parametrize("words,places,topic", [
    (["高青县", "开放日", "一年"], ["高青县"], ["开放日", "一年"]),  # u423
    (["济宁", "任城", "预决算", "公开"], ["济宁", "任城区", "任城"], ["预决算", "公开"]),  # u437
    (["福州鼓楼", "违建"], ["福州", "鼓楼区"], ["违建"]),
    (["托育", "服务"], [], ["托育", "服务"]),
])
def test_topic_words(words, places, topic):
    assert topic_words(words, places) == topic


# A bare name right after an adverb that only a verb follows is a verb, no place (_BEFORE_A_VERB): the 西安 街道 page
# (fresh31 o1827-o1829, http://m.news.wmxa.cn/n/201408/141080.html) names no place, but 上街 (郑州's district to jieba)
# in its 全天候上街检查 / 分别上街巡查 made it a page of 上街 and no page of 西安; a place before a verb (the 太原 渣土
# news' title) or with its suffix (the 上街区 住改商 news) is still read.
@pytest.mark.parametrize("line,found", [
    ("一是街道主任早10:00、晚19:00两次检查辖区精细化问题,分管主任全天候上街检查。", []),
    ("各社区全体人员分成四班,一班两人,早9:00 、早11:00、下午3:00、下午5:00分别上街巡查,督查所属区域精细化管理工作存在问题", []),
    ("上街区开展“住改商”专项整治优化居住环境打造精品街区", ["上街区"]),
    ("太原开展夜查行动规范渣土运输", ["太原"]),
])
def test_a_name_after_an_adverb_is_a_verb(real_tagger, line, found):
    from kg.parse.normalize import compact

    tagger, freq = real_tagger
    assert page_places(tagger.lcut(compact(line).lower()), tagger.places, freq) == found
    # the 西安 page may be 西安's; a page naming 上街区 or 太原 is none of 西安's
    assert could_be_page_of("西安", found, tagger.places) is (not found)


# A prefecture named by its stem before 州 (jieba cuts 迪庆州 into 迪庆 / 州): fresh39's 迪庆 森林督查 page
# (yunnan_diqing-zhou-shenhua-senlin-ducha-gongzuohui.txt, lines 2-3) names 迪庆, a place of 德宏州's level, so it is
# no page of 德宏州 (u3613), while it may still be 迪庆州's and 云南's.
@pytest.mark.parametrize("line,found", [
    ("迪庆州深化森林督查工作会召开", ["迪庆"]),
    ("近日,云南省林业厅召开2018年全省深化森林督查工作动员视频会议,州林业、州、县(市)森林公安局收看了视频会。", ["云南"]),
])
def test_a_prefecture_named_by_its_stem(real_tagger, line, found):
    from kg.parse.normalize import compact

    tagger, freq = real_tagger
    got = page_places(tagger.lcut(compact(line).lower()), tagger.places, freq)
    assert got == found
    assert could_be_page_of("德宏州", got, tagger.places) is ("迪庆" not in got)
    assert could_be_page_of("迪庆州", got, tagger.places)


def test_page_places_leaves_kinds_of_place_out(real_tagger):
    tagger, freq = real_tagger
    # 上思县's 办法 (o068) names 自治区 and 贫困县 as kinds, 上思县 as its place
    found = page_places(tagger.lcut("自治区扶贫开发领导小组 贫困县统筹整合使用财政涉农资金 上思县人民政府"), tagger.places,
                        freq)
    assert "上思县" in found and "自治区" not in found and "贫困县" not in found


def test_place_out_of_scope():
    assert place_stem("临淄区") == "临淄" and place_stem("新区") == "新区"
    printed = "张店区 周村区 临淄区 淄博市".__contains__
    # the district is printed elsewhere in the corpus, but not in the evidence for the topic: another district's
    no, yes = (lambda: False), (lambda: True)
    assert place_out_of_scope(["临淄区"], "张店区卫生与健康规划人均期望寿命".__contains__, printed, no)
    assert not place_out_of_scope(["张店区", "张店"], "张店区卫生与健康规划".__contains__, printed, no)
    assert not place_out_of_scope(["周村"], "周村区人民政府办公室关于…".__contains__, printed, no)
    # printed nowhere: out of scope, unless a candidate document's place is unknown (a page need not print
    # its own place: the 广丰区 notice says 区政府 throughout)
    notice = "区政府办公室关于印发2021年区政府工作报告重点工作责任分工的通知".__contains__
    assert place_out_of_scope(["广丰"], notice, printed, no)
    assert not place_out_of_scope(["广丰"], notice, printed, yes)
    # ... unless that page cannot be the place's own (u362: the 官渡区 page is no page of 高青县)
    assert place_out_of_scope(["高青县"], notice, printed, yes, "高青县网上中介超市怎么用", lambda w: False,
                              lambda p: could_be_page_of(p, ["官渡区", "昆明市"], NS))
    assert not place_out_of_scope(["广丰区"], notice, printed, yes, "广丰区重点工作", lambda w: False,
                                  lambda p: could_be_page_of(p, ["上饶"], NS | {"上饶市"}))
    # a place the corpus prints stays out of scope whatever the other documents
    assert place_out_of_scope(["临淄区"], "张店区".__contains__, printed, yes)
    # o068: a candidate of unknown place that prints the place (上思县's 办法 names 上思县 in its text only) excuses
    # it though the corpus prints it; a candidate that does not print it does not
    assert not place_out_of_scope(["上思县"], "周村区".__contains__, "上思县".__contains__, yes, "",
                                  "上思县".__contains__)
    assert place_out_of_scope(["上思县"], "周村区".__contains__, "上思县".__contains__, yes, "", lambda w: False)
    # o069: the name as the question writes it: 保康县 is printed nowhere though 保康 is (inside 确保康复)
    assert not place_out_of_scope(["保康县"], "县政府召开专题会议".__contains__, "确保康复质量".__contains__, yes)
    # u216: a district written after its city is excused only by an unknown-place page that prints the one or the
    # other (a 三门峡 page says nothing of 达州); o036-style 上饶广丰区 over the 广丰区 notice, which prints 上饶, is
    q = "达州通川区规范性文件清理结果"
    in_ev = "达川区人民政府 达州市人民政府办公室".__contains__
    assert place_out_of_scope(["达州", "通川区"], in_ev, printed, yes, q, "三门峡市".__contains__)
    assert not place_out_of_scope(["达州", "通川区"], in_ev, printed, yes, q, "达州".__contains__)
    assert not place_out_of_scope(["上饶", "广丰区"], "周村区".__contains__, printed, yes, "上饶广丰区重点工作",
                                  "上饶市".__contains__)
    # a city written right before a district the evidence prints is that district's city (o042-style: the
    # 陕州区 page never prints 三门峡); a district of the city the evidence does not print is still out of scope
    # u439: 福州鼓楼区 over the 仓山区 news, which prints the city 福州 but names another district: no page of 鼓楼区
    q = "福州鼓楼区违建拆了多少处"
    cangshan = lambda p, *_printing: could_be_page_of(p, ["仓山区"], NS | {"福州市"})
    # u541-style: the page that prints the city (重庆, the 铜梁 news) must be the one that may be the district's
    # page; another page that may be anywhere's (a 福州 page) does not lend it the city
    q, chongqing = "重庆大足区环保诚信企业名单", "重庆".__contains__
    only_elsewhere = lambda p, printing=None: printing is None
    assert place_out_of_scope(["重庆", "大足区"], "重庆".__contains__, printed, yes, q, chongqing, only_elsewhere)
    assert not place_out_of_scope(["重庆", "大足区"], "重庆".__contains__, printed, yes, q, chongqing,
                                  lambda p, printing=None: True)
    assert place_out_of_scope(["福州", "鼓楼区"], "福州".__contains__, printed, yes, q, "福州".__contains__, cangshan)
    assert not place_out_of_scope(["福州", "鼓楼区"], "福州".__contains__, printed, yes, q, "福州".__contains__)
    # u218: 盘锦双台子区 over a page of unknown place that prints neither (a city found before its district)
    q = "盘锦双台子区政府工作报告任务分解表"
    assert place_out_of_scope(["双台子区", "盘锦"], "区政府工作报告".__contains__, printed, yes, q, "三门峡".__contains__)
    page = "陕州区人民政府关于规范性文件清理结果的决定".__contains__
    assert not place_out_of_scope(["三门峡市", "陕州区"], page, printed, no, "三门峡市陕州区规范性文件清理结果")
    assert place_out_of_scope(["淄博市", "临淄区"], "淄博市张店区".__contains__, printed, no, "淄博市临淄区卫生规划")
    # o909: a city written with its town (郑州蜜蜂张街道: 二七区's sub-district in the national list) over the
    # sub-district's own news, which never prints 郑州 or 二七区; a town of another city does not excuse it
    mifengzhang = "蜜蜂张街道:重拳出击,整治占道经营 来源:蜜蜂张街道".__contains__
    assert not place_out_of_scope(["郑州"], mifengzhang, printed, no, "郑州蜜蜂张街道的摊主跟城管打游击 会怎么处理")
    assert not place_out_of_scope(["二七区"], mifengzhang, printed, no, "二七区蜜蜂张街道占道经营怎么处理")
    assert place_out_of_scope(["洛阳"], mifengzhang, printed, no, "洛阳蜜蜂张街道的摊主跟城管打游击 会怎么处理")
    assert place_out_of_scope(["郑州"], mifengzhang, printed, no, "郑州的摊主跟城管打游击 会怎么处理")
    assert place_out_of_scope(["郑州"], "来源:周村区".__contains__, printed, no, "郑州蜜蜂张街道占道经营")
    # o676: a city written before its district's short name (宁波前湾 for 前湾新区) is excused by a page of unknown place
    # that prints the district (the 前湾新区 燃气 news never prints 宁波); a page that prints no such district does not
    q = "宁波前湾饭店医院用的煤气管子老化漏气有人查吗"
    ningbo = "宁波市 镇海区".__contains__  # the corpus prints 宁波 elsewhere
    assert not place_out_of_scope(["宁波"], "前湾新区市监分局".__contains__, ningbo, yes, q, "前湾新区市监分局".__contains__)
    assert place_out_of_scope(["宁波"], "周村区".__contains__, ningbo, yes, q, "周村区".__contains__)
    assert short_district_after("宁波", q) == ["前湾新区", "前湾区", "前湾县"]
    assert short_district_after("张店", "张店开发区") == ["开发新区", "开发县"] and short_district_after("张店", "张店") == []
    # u2606: 自治 after a prefecture begins its 自治条例, no 自治区 (the 内蒙古 page printing 自治区 excused 恩施州)
    assert short_district_after("恩施州", "恩施州自治条例修正草案征求意见到哪天截止") == []


# A page's towns speak for its county (towns_speak): the 闵行 乡村振兴 task table (fresh50's o3410-o3412; real lines)
# prints six towns of 闵行区 and no place name but 新建 in 做好新建农房信息报送 — 南昌's 新建区 to jieba, which made it no
# page of 闵行. Where its towns are two or more, all the place's own, a bare word is no county of the page's; a word
# with its suffix (新建区) stays, and so do the words of a page whose towns are another's or one town alone.
def _read_page(real_tagger, text: str):
    """(tagger, the places a page's text names, its towns) as the search reads a page (page_places, page_towns)."""
    from kg.parse.normalize import compact

    from index.places import town_names

    tagger, freq = real_tagger
    tagged = tagger.lcut(compact(text).lower())
    return tagger, page_places(tagged, tagger.places, freq), page_towns([w for w, _f in tagged], town_names())


def test_a_pages_towns_speak_for_its_county(real_tagger):
    from index.place_scope import towns_speak
    from index.places import towns_of

    text = ("区农业农村委*、区规划资源局、区房管局、区财政局、区征收中心浦江镇、浦锦街道、梅陇镇、颛桥镇12月底加强农房建设管理"
            "做好新建农房信息报送。区建管委*、区农业农村委、区规划资源局浦江镇、马桥镇、华漕镇、梅陇镇、")
    tagger, found, towns = _read_page(real_tagger, text)
    assert "新建" in found and {"浦江镇", "浦锦街道", "马桥镇", "华漕镇", "梅陇镇", "颛桥镇"} <= set(towns)
    assert not could_be_page_of("闵行区", found, tagger.places)
    for place in ("闵行区", "闵行"):
        kept = towns_speak(place, found, towns, towns_of)
        assert "新建" not in kept and could_be_page_of(place, kept, tagger.places)
    # the towns are no other county's: the page stays as it read for 松江区 (and towns_fit says no)
    assert towns_speak("松江区", found, towns, towns_of) == found and not towns_fit("松江区", towns, towns_of)
    assert towns_speak("闵行区", ["新建", "浦江镇"], ["浦江镇"], towns_of) == ["新建", "浦江镇"]
    assert towns_speak("闵行区", ["新建区", "浦江镇", "马桥镇"], ["浦江镇", "马桥镇"], towns_of) == ["新建区", "浦江镇", "马桥镇"]
    assert towns_speak("闵行区", ["新建", "浦江镇", "平凯街道"], ["浦江镇", "平凯街道"], towns_of) == ["新建", "浦江镇",
                                                                                              "平凯街道"]


# The 闵行 2022 乡村振兴 task table (fresh51's o3462, o3464; real lines) prints 马桥镇, 华漕镇, 浦江镇, 浦锦街道 and, in
# 研究制定浦江大治河南部区域“一带六村”乡村振兴方案, the bare 浦江 (浦江县 of 金华 to the national list): with 六村乡 read
# out of 六村 + 乡村 its towns were not all 闵行's, so 浦江 stood as another county's and scope_miss and place_top fired over
# the gold page. Read right, its towns speak for 闵行 and 浦江 is no county of the page's.
def test_a_word_xiangcun_is_no_town_and_the_pages_towns_speak(real_tagger):
    from index.place_scope import towns_speak
    from index.places import towns_of

    text = ("根据2022年度市级美丽乡村示范村评定标准,启动2022年度市级美丽乡村示范村创建工作。区农业农村委*、区交通委、区绿容局、"
            "区水务局等马桥镇、华漕镇、浦江镇、浦锦街道确定连片发展区域,推进研究制定浦江大治河南部区域“一带六村”乡村振兴方案等工作。")
    tagger, found, towns = _read_page(real_tagger, text)
    assert "浦江" in found and set(towns) == {"马桥镇", "华漕镇", "浦江镇", "浦锦街道"}
    assert not could_be_page_of("闵行区", found, tagger.places)
    for place in ("闵行区", "闵行"):
        kept = towns_speak(place, found, towns, towns_of)
        assert "浦江" not in kept and could_be_page_of(place, kept, tagger.places) and towns_fit(place, towns, towns_of)
