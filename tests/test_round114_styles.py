"""Styles read in round 114 (other_districts_fresh43, opened to development): each a real line or page excerpt (source
given) with what it states — a province's list held by the companies of a pipe table's 主体 column, a pointer to the list
glued to a proposed name, an amending decision's items named alone, a decree printed on one line, a head's signature dating
a decree, a page's title and bare number over its header, and the duty sentences (X、Y将对列入…的, a class and a town after
等…和, the short name of a list before 负责, 通过召开 closing a 联合 list)."""

from pathlib import Path

import pytest

from kg.extract.amendments import titled_item_amendments
from kg.extract.duty_styles import _sentence_roles
from kg.extract.enterprises import extract_enterprises
from kg.parse.normalize import normalize_line, normalize_lines
from kg.parse.segment import segment_issue

FRESH43 = Path(__file__).parent.parent / "benchmarks" / "data" / "other_districts_fresh43" / "texts"
JIANGSU = "jiangsu_nongye-nongcun-ting-shoupi-xiandai-nongye-quanchanyelian-biaozhunhua-jidi.txt"


def test_a_pipe_table_of_holders_under_a_counted_group_takes_its_class():
    # 江苏省农业农村厅's 首批现代农业全产业链标准化基地 (http://lbny.cn/xwzx/tzgg/2022/0916/1383.html): "序号 | 市别 | 主体 | 产品",
    # one pipe cell a line, the city cell spanning rows; the text above counts the group by its first holder
    lines = (FRESH43 / JIANGSU).read_text().split("\n")[:54]
    got = extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))
    names = {e["name"]: {c["class"] for c in e["classifications"]} for e in got}
    assert names["南京金色庄园农产品有限公司"] == {"省级"}
    assert names["邳州市金丰公社服务有限公司"] == {"省级"}
    assert names["如东县狼山鸡种鸡场"] == {"省级"}  # (a breeding farm is a market entity)
    assert names["连云港集瑞园农业科技有限公司"] == {"省级"}
    assert "市别" not in names and "草莓" not in names and len(names) == 11


def test_a_pointer_to_the_list_is_no_part_of_a_proposed_name():
    # 克拉玛依 棉花加工企业 验收公示 (fresh43's 沙湾): "认为X(详见公示名单)符合…验收合格。…现予以公示"
    text = ("经克拉玛依市发展改革委、沙湾市人民政府、市场监管局等相关部门验收,认为沙湾市腾乐棉业有限公司(详见公示名单)符合自治区棉花加工"
            "企业基本技术条件的要求和最新的文件精神,验收合格。依据相关政策规定,现予以公示(第一批),公示期为7个工作日。")
    got = extract_enterprises(segment_issue(normalize_lines(text), "x.txt"))
    assert [e["name"] for e in got] == ["沙湾市腾乐棉业有限公司"]


def test_an_amending_decisions_items_named_alone_over_their_changes():
    # 天津 津政令第7号 关于修改部分市政府规章的决定 (fresh43): the item glued after the last change above it, or alone on its line
    texts = ["根据《中华人民共和国 的规定实施处罚。”四、《天津市电磁辐射环境保护管理办法》(2005年市人民政府令第96号)。",
             "删去第九条第二款。",
             "五、《天津市防止拆船污染环境管理实施办法》(1993年市人民政府令第7号)。",
             "将第七条第一款修改为:“拆船排放未经处理的洗舱水、压舱水和舱底水,须事先向监督拆船污染的主管部门提出申请,经批准后方可排放。”",
             "八、《天津市取水许可管理规定》(1998年市人民政府令第126号)。",
             "(一)将第十条修改为:“建设项目批准立项后,…。”"]
    got = [(i, a["title"], a["doc_number"]) for i, a in titled_item_amendments(texts)]
    assert got == [(0, "天津市电磁辐射环境保护管理办法", "2005年市人民政府令第96号"),
                   (2, "天津市防止拆船污染环境管理实施办法", "1993年市人民政府令第7号"),
                   (4, "天津市取水许可管理规定", "1998年市人民政府令第126号")]


def test_a_titled_item_with_no_change_under_it_is_none():
    # (a list of rules cited, no change below them: constructed on 天津's wording)
    assert titled_item_amendments(["四、《天津市电磁辐射环境保护管理办法》(2005年市人民政府令第96号)。",
                                   "五、《天津市房地产抵押管理规定》(1997年市人民政府令第89号)。"]) == []


def test_a_decree_printed_on_one_line():
    # 海南省人民政府令第188号 (fresh43), a page flattened with its breaks turned to spaces
    text = ("海南省人民政府令 第188号 《海南省规范性文件制定与备案登记规定》已经2005年5月16日海南省人民政府第63次常务会议审议通过,"
            "现予公布,自2005年9月1日起施行。 省长卫留成 二○○五年五月二十三日 海南省规范性文件制定与备案登记规定 第一章 总 则 第一条 "
            "为了规范行政机关规范性文件的制定和备案登记,制定本规定。")
    doc = segment_issue(normalize_lines(text), "x.txt").documents[0]
    assert (doc.title, doc.doc_number, doc.date, doc.issuer) == (
        "海南省规范性文件制定与备案登记规定", "海南省人民政府令第188号", "2005-05-23", "海南省人民政府")


def _script_copies(text: str) -> list[str]:
    """The text as a zh-TW copy (OpenCC s2tw) and a converter copy (pinyin after characters) print it."""
    import opencc

    from benchmarks.converter_pinyin import converter_copy

    return [opencc.OpenCC("s2tw").convert(text), "\n".join(converter_copy(ln) for ln in text.split("\n"))]


def test_a_decree_printed_on_one_line_in_a_traditional_or_converter_copy():
    # the same page as a zh-TW or converter copy (benchmarks.other_districts_perturbed s2tw / pinyin): the flattened line
    # is matched folded, so its header stands
    text = ("海南省人民政府令 第188号 《海南省规范性文件制定与备案登记规定》已经2005年5月16日海南省人民政府第63次常务会议审议通过,"
            "现予公布,自2005年9月1日起施行。 省长卫留成 二○○五年五月二十三日 海南省规范性文件制定与备案登记规定 第一章 总 则 第一条 "
            "为了规范行政机关规范性文件的制定和备案登记,制定本规定。")
    for copy in _script_copies(text):
        doc = segment_issue(normalize_lines(copy), "x.txt").documents[0]
        assert (doc.title, doc.doc_number, doc.date, doc.issuer) == (
            "海南省规范性文件制定与备案登记规定", "海南省人民政府令第188号", "2005-05-23", "海南省人民政府")


TIANJIN_7 = ["文 号:津政令第7号", "发布日期:2014-3-25", "执行日期:2014-4-12",
             "《关于修改部分市政府规章的决定》已于2014年3月25日经市人民政府第28次常务会议通过,现予公布,自公布之日起施行。",
             "天津市市长 黄兴国", "2014年4月12日", "关于修改部分市政府规章的决定", "删去第九条第二款。"]


def test_a_mayor_signed_decree_in_a_traditional_or_converter_copy():
    # 天津 津政令第7号 (fresh43) as a zh-TW or converter copy: "天津市市長 黃興國" is the same head signature
    for copy in _script_copies("\n".join(TIANJIN_7)):
        doc = segment_issue(normalize_lines(copy), "x.txt").documents[0]
        assert (doc.doc_number, doc.date, doc.issuer) == ("津政令第7号", "2014-04-12", "天津市人民政府")


def test_a_decree_signed_by_the_mayor_over_its_title_is_dated_by_the_signature():
    # 天津 津政令第7号 (fresh43): the law site's 发布日期 is the day the meeting adopted it; the mayor signs a later day
    lines = ["文 号:津政令第7号", "发布日期:2014-3-25", "执行日期:2014-4-12",
             "《关于修改部分市政府规章的决定》已于2014年3月25日经市人民政府第28次常务会议通过,现予公布,自公布之日起施行。",
             "天津市市长 黄兴国", "2014年4月12日", "关于修改部分市政府规章的决定", "删去第九条第二款。"]
    doc = segment_issue(normalize_lines("\n".join(lines)), "x.txt").documents[0]
    assert (doc.title, doc.doc_number, doc.date, doc.issuer) == (
        "关于修改部分市政府规章的决定", "津政令第7号", "2014-04-12", "天津市人民政府")


def test_a_page_title_and_bare_number_over_the_header_less_its_organ():
    # 文安县人民政府办公室 (fresh43): the page's title and its number without prefix over the notice's own header
    lines = ["关于印发《2022年文安县县城建设提质升级攻坚行动工作方案》的通知", "〔2022〕9号", "文安县人民政府办公室",
             "关于印发《2022年文安县县城建设提质升级", "攻坚行动工作方案》的通知", "文安镇人民政府,经济开发区管委会,县政府有关部门:",
             "《2022年文安县县城建设提质升级攻坚行动工作方案》已经县政府同意,现印发给你们,请认真抓好贯彻落实。",
             "文安县人民政府办公室", "2022年5月19日"]
    docs = segment_issue(normalize_lines("\n".join(lines)), "x.txt").documents
    # (one document from the page's top; its title is the header's, the organ line over the 关于 line, as the earlier sets'
    # mirrors record it — fresh43's gold prints the page's title: left to the integrator)
    assert [(d.title, d.doc_number, d.date, d.issuer) for d in docs] == [
        ("文安县人民政府办公室关于印发《2022年文安县县城建设提质升级攻坚行动工作方案》的通知", "〔2022〕9号", "2022-05-19",
         "文安县人民政府办公室")]


@pytest.mark.parametrize("style,source,sentence,lead,coop,generic", [
    ("X、Y将对列入…的: the put-word qualifies the object of 对", "fresh43's 通榆 重大行政决策事项目录 notice, line 9",
     "三、县政府办公室、县司法局将对列入《目录》的决策事项履行法定程序情况进行全流程指导监督。",
     ["县政府办公室", "县司法局"], [], []),
    ("A、B、C等相关部门和D要选派…组成专班: a team formed, no lead; the town after the class (its 镇 doubled)",
     "fresh43's 肥乡 美丽乡村 news, line 9",
     "区规划局、交通局、林业局等相关区直部门和辛安镇镇要选派精干力量组成专班",
     [], ["区规划局", "交通局", "林业局", "辛安镇"], ["相关区直部门"]),
    ("places and the urban area's bureau, the list's short name before 负责 (decision B)", "fresh43's 威海 regulation, line 40",
     "荣成市、文登市、乳山市、市区烟草专卖局(以下简称县级烟草专卖行政主管部门)负责各自辖区内零售点布局规划的具体实施。",
     ["荣成市", "文登市", "乳山市", "市区烟草专卖局"], [], []),
    ("X联合Y、Z通过召开…: the meeting closes the list", "fresh43's 大沽街 converter page, line 3",
     "行動開展前,綜合執(zhí)法大隊(duì)聯(lián)合河南里社區(qū)、安陽(yáng)社區(qū)通過(guò)召開(kāi)專(zhuān)題部署會(huì),明確各方職責(zé)分工。",
     ["综合执法大队"], ["河南里社区", "安阳社区"], []),
])
def test_duty_sentences(style, source, sentence, lead, coop, generic):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert (roles.lead, roles.cooperate, roles.generic_cooperate) == (lead, coop, generic)


@pytest.mark.parametrize("sentence", [
    # 将 putting something into a list stays closed (constructed on 通榆's wording)
    "县司法局将重大决策事项列入《目录》管理。",
    # a class with its short name, no named body, before 负责 (constructed)
    "各县市区烟草专卖局(以下简称县级主管部门)负责各自辖区内的具体实施。",
])
def test_no_new_duty_from_the_wider_words(sentence):
    roles, _ = _sentence_roles(normalize_line(sentence))
    assert not roles.lead and not roles.cooperate


def test_a_regulations_note_naming_its_government_by_level_only():
    # fresh43's 江西 1992 办法 on a law site: the organ line over the title, the note adopted then published, cut before ")"
    lines = ["江西省外商投资企业用地管理办法", "", "江西省人民政府", "", "江西省外商投资企业用地管理办法", "",
             "(1992年7月25日省人民政府第一三七次常务会议通过, 1992年10月22日省人民政府令第18号发布", "",
             "  第一条 为加强本省外商投资企业的用地管理,鼓励外商投资,保护外商投资企业的合法权益,制定本办法。"]
    doc = segment_issue(normalize_lines("\n".join(lines)), "x.txt").documents[0]
    assert (doc.doc_number, doc.issuer) == ("江西省人民政府令第18号", "江西省人民政府")


def test_a_company_named_with_and_without_its_places_level_is_one():
    # fresh43's 十堰 news: "十堰昌欣香菇产业发展有限公司" in the text, "十堰市昌欣香菇产业发展有限公司" on the list below it
    lines = ["日前,湖北省农业产业化经营领导小组下发《关于公布2021年湖北省农业产业化重点龙头企业名单的通知》(鄂农产发[2021]1号),"
             "我市54家企业榜上有名。十堰昌欣香菇产业发展有限公司、湖北鑫榄源油橄榄科技有限公司等12家企业被新认定为省级龙头企业。",
             "2021年新认定的省级龙头企业名单", "十堰供销华西国际农商城有限公司", "十堰市昌欣香菇产业发展有限公司", "湖北鑫榄源油橄榄科技有限公司"]
    got = {e["name"] for e in extract_enterprises(segment_issue(normalize_lines("\n".join(lines)), "x.txt"))}
    assert "十堰市昌欣香菇产业发展有限公司" in got and "十堰昌欣香菇产业发展有限公司" not in got
