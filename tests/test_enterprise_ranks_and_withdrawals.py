"""Enterprise lists whose wording earlier rules did not know (stop 24, entrep92): counted groups each printed with a rank
(道路运输 特级 / 一级, star-rated stations), several lists in one sentence closed by one act, a withdrawal opening the list
after it, a warned section's rows keeping their grade, a count vouching for short names, an award heading over a row of
names, an evaluation's grade before what it rates, a designation confirmed (确认…为), and product lists as negatives.
Real lines, each with its source; real negatives beside them."""

import pytest

from kg.extract.enterprise_classes import is_enterprise
from kg.extract.enterprise_sentences import _joined, narrative_classes
from kg.extract.enterprises import extract_enterprises
from kg.parse.normalize import compact, fold, normalize_line, normalize_lines
from kg.parse.segment import segment_issue

_E92 = "benchmarks/data/other_districts_entrep92/texts/"


def _held(lines: list[str]) -> set[tuple[str, str, str | None]]:
    """(name, class, status) of every classification a page's lines give."""
    issue = segment_issue(normalize_lines("\n".join(lines)), "x.txt")
    return {(fold(e["name"]), c["class"], c["status"]) for e in extract_enterprises(issue) for c in e["classifications"]}


def _file(name: str) -> list[str]:
    with open(_E92 + name, encoding="utf-8") as f:
        return f.read().split("\n")


# https://www.crta.org.cn/details.html?id=22&contentId=3216 (中国道路运输协会, entrep92): one sentence, eleven lists, each
# named by its first holder, counted and ranked; its act (进行公布) closes the last clause only
_CRTA = ("现将通过评定的北京首汽(集团)股份有限公司等2家客运特级企业、山东省济宁交通运输集团有限公司等6家客运一级企业、四川省汽车运输"
         "自贡集团有限公司等6家客运二级企业;山西汽车运输集团有限公司等2家货运特级企业、山东滨州交运集团有限责任公司等1家货运一级企业;"
         "湖北鹏达联合运输有限公司等1家危险货物运输二级企业;首汽租赁有限责任公司等1家汽车租赁一级企业;晋城市汇通汽车运输有限公司客运东站"
         "等10家五星级服务汽车客运站、山东泰安交通运输集团有限公司肥城汽车站等4家四星级服务汽车客运站、甘肃省陇南市陇运汽车运输(集团)"
         "有限责任公司文县汽车站等1家三星级服务汽车客运站;东方时尚驾驶学校股份有限公司等10家五星级服务机动车驾驶员培训机构名单进行公布"
         "(见附件)。")
_CRTA_WANT = [("北京首汽(集团)股份有限公司", "特级"), ("山东省济宁交通运输集团有限公司", "一级"), ("四川省汽车运输自贡集团有限公司", "二级"),
              ("山西汽车运输集团有限公司", "特级"), ("山东滨州交运集团有限责任公司", "一级"), ("湖北鹏达联合运输有限公司", "二级"),
              ("首汽租赁有限责任公司", "一级"), ("晋城市汇通汽车运输有限公司客运东站", "五星级"),
              ("山东泰安交通运输集团有限公司肥城汽车站", "四星级"), ("甘肃省陇南市陇运汽车运输(集团)有限责任公司文县汽车站", "三星级"),
              ("东方时尚驾驶学校股份有限公司", "五星级")]


@pytest.mark.parametrize("source,sentence,want", [
    ("crta.org.cn (entrep92) X等N家客运特级企业、Y等M家客运一级企业…", _CRTA, [(n, c, None) for n, c in _CRTA_WANT]),
    # http://yjglj.sh.gov.cn/aqzd/cbzhjs/gmqy/dbgg/20250326/1d3fbb0c0b1a42ceae882dc4521572ca.html (上海市应急管理局): the
    # counted group, then 为 and the scheme before the rank
    ("上海市应急管理局 X等15家为安全生产标准化二级企业",
     "根据应急管理部《企业安全生产标准化建设定级办法》(应急〔2021〕83号)规定,经企业自评、申请、评审单位评审、评审组织单位审核、"
     "定级部门公示等程序,中芯南方集成电路制造有限公司等15家为安全生产标准化二级企业(见附件)。",
     [("中芯南方集成电路制造有限公司", "二级", None)]),
    # negatives: a rank withdrawn; a count with no rank after it; a 二级 inside a word that is no rank (二级市场)
    ("a withdrawn rank holds nothing", "撤销宁波市特利影针织有限公司等22家企业安全生产标准化三级企业等级。", []),
    ("a counted group without a rank", "北京首汽(集团)股份有限公司等2家企业参加了评审。", []),
])
def test_counted_groups_each_with_its_rank(source, sentence, want):
    got = narrative_classes(compact(normalize_line(sentence)))
    assert [(fold(n), c, l) for n, c, l in got] == want


def test_a_sentence_of_lists_closed_by_one_act_is_final_after_a_publicity_step():
    # (the page told of the 公示 before: "我会将评审结果在官方网站、微信公众号上进行了公示", the line above)
    lines = ["关于公布全国道路运输企业等级第二轮第四批企业评定结果的通知", "各有关单位:",
             "按照规定程序,我会将评审结果在官方网站、微信公众号上进行了公示。", _CRTA]
    got = _held(lines)
    assert {(n, c, None) for n, c in _CRTA_WANT} <= got
    assert not {x for x in got if x[2] == "proposed"}


def test_a_withdrawal_opening_the_list_after_it_leaves_no_holder():
    # http://economy.china.com/industrial/11173306/20180112/31949703.html (上海市旅游饭店星级评定委员会, entrep92): the
    # grade printed before each group is the one its names lose
    lost = ("因必备项目、设施设备、营运质量未达标或因关、停、转、主动取消等原因,经全国旅游星级饭店评定委员会及上海市、区两级旅游饭店星级评定"
            "机构审核,取消下列11家饭店星级资格:五星级:上海科雅国际大酒店(原:上海正地豪生大酒店);四星级:上海红楼戴斯宾馆、上海奥林匹克"
            "俱乐部;三星级:上海汇苑宾馆、华晶宾馆、上海华夏宾馆、上海云悦华尔兹酒店(原:上海徐汇云悦酒店)、上海和欣苑大酒店;二星级:上海"
            "天益宾馆、青浦人家宾馆;一星级:华方大酒店。")
    assert narrative_classes(compact(normalize_line(lost))) == []
    # (a grade and its list run on with no withdrawal before them keep their reading: "安徽省五星级农家乐:X、Y", 安徽)
    kept = "安徽省五星级农家乐:巢湖市和县白果山庄、巢湖市庐江县金孔雀度假村古堡山庄、合肥市长丰县岗集镇兴河庄园"
    assert narrative_classes(compact(normalize_line(kept)))


def test_a_warned_sections_rows_keep_the_grade_and_a_withdrawn_sections_hold_none():
    # https://www.gov.cn/gzdt/2012-06/19/content_2164543.htm (全国旅游星级饭店评定委员会公告 2012年第3号, entrep92)
    lines = _file("quanguo-xingji-fandian-quxiao-wuxing-xianqi-zhenggai-2012.txt")
    got = _held(lines)
    assert {(n, "五星级", None) for n in ("上海裕景大酒店", "湖南同升湖通程山庄酒店", "江苏泰州宾馆")} == got


def test_a_count_vouches_for_the_short_names_it_counts():
    # https://www.easyfundingllc.com/cn/Instant/local/202306/t20230612_7432015.html (天津, a converter page, entrep92):
    # twelve short names, two of two characters or opening with a Latin brand, pinyin residue inside two
    got = _held(_file("tianjin-danxiang-guanjun-12jia-zhengshu-converter.txt"))
    want = ["高盛钢丝绳", "鹏翎集团", "长荣科技", "航天精工", "恒银金融", "TCL中环", "源泰德润", "天锻", "津宝乐器", "特变电工",
            "立中车轮", "新宇彩板"]
    assert {(n, "国家级", None) for n in want} == got
    # (a count the items do not meet vouches for nothing: only the names with an enterprise's ending are read)
    short = _held(["获得证书的12家国家制造业单项冠军企业分别是高盛钢丝绳、鹏翎集团、长荣科技,这些企业在各自的细分领域位居全球前三。"])
    assert {n for n, _, _ in short} == {"鹏翎集团"}


@pytest.mark.parametrize("part,want", [
    # http://sino-test.net/news/2129.html (小巨人 公示, entrep92): 和 inside a trade name
    ("深圳市誉和钻石工具有限公司", ["深圳市誉和钻石工具有限公司"]),
    ("芜湖市繁昌县芜湖和睦园生态农庄", ["芜湖市繁昌县芜湖和睦园生态农庄"]),
    # (two names joined by 和 stay two: a list's last two, 六安; two homestays' bare names)
    ("安徽安凯华夏汽车配件制造有限公司和安徽永成电子机械技术有限公司", ["安徽安凯华夏汽车配件制造有限公司", "安徽永成电子机械技术有限公司"]),
    ("繁星小院和一搏山吧", ["繁星小院", "一搏山吧"]),
])
def test_a_name_holding_he_is_one_name(part, want):
    assert _joined(part) == want


def test_the_first_two_joined_by_yu_and_the_last_before_a_demonstrative_count():
    # https://luozaitianjin.com/zixun/tjnews/66809.html (天津, entrep92)
    got = _held(["赛象公司员工的这份自豪再一次被佐证──日前,国家工信部印发了第六批国家级制造业单项冠军名单,赛象公司与华海智汇技术有限公司、"
                 "华海清科股份有限公司、博思特能源装备(天津)股份有限公司、天津凯发电气股份有限公司、科迈化工股份有限公司、天津银龙预应力材料"
                 "股份有限公司这6家天津企业一起成功入选最终名单,成为国家级制造业单项冠军。"])
    names = {n for n, _, _ in got}
    assert {"华海智汇技术有限公司", "天津银龙预应力材料股份有限公司"} <= names
    assert not any("与" in n or n.endswith("这") for n in names)


def test_a_row_of_names_under_an_award_heading_and_towns_under_theirs():
    # http://www.fymate.net/html/text/lar/169388/16938890.html (中府〔2006〕74号, entrep92; the page is cut inside the
    # eighth name)
    got = _held(_file("guangdong-zhongshan-jingji-qiangzhen-gongye-tuchu-gongxian-biaozhang.txt"))
    assert {n for n, _, _ in got} == {"完美(中国)日用品有限公司", "佳能(中山)办公设备有限公司", "好来化工(中山)有限公司",
                                      "乐百氏(广东)食品饮料有限公司", "中山广盛运动器材有限公司", "曼秀雷敦(中国)药业有限公司",
                                      "格兰仕(中山)家用电器有限公司"}
    assert {c for _, c, _ in got} == {"市级"}


@pytest.mark.parametrize("source,lines,want", [
    # http://kananhui8.baijite.net/plus/view.php?aid=3385 (合肥经开区, entrep92): an evaluation's grade before what it rates
    ("合肥 被评为2013年度优秀省认定企业技术中心",
     ["据悉,日前安徽省经信委等七部门公布了全省第22批省认定企业技术中心名单及2013年度省认定企业技术中心评价结果。其中合肥经开区的"
      "合肥神马科技集团有限公司、安徽叉车集团有限责任公司等2家企业技术中心被评为2013年度优秀省认定企业技术中心。"],
     {("合肥神马科技集团有限公司", "优秀", None), ("安徽叉车集团有限责任公司", "优秀", None)}),
    # http://www.lcgsx.org.cn/detail.asp?id_=%7B639C8FAA-2B3F-484C-8972-9274544E65AB%7D (辽宁, converter, entrep92)
    ("辽宁 确认X等68户企业的技术开发机构为第十六批省级企业技术中心", _file("liaoning-shengji-qiye-jishu-zhongxin-16pi-68hu-converter.txt"),
     {("沈阳芯源微电子设备有限公司", "省级", None), ("中国北车集团大连机车研究所有限公司", "省级", None),
      ("辽宁中新自动控制集团有限公司", "省级", None)}),
    # http://www.53asp.com/2022/09/07/… (蚌埠高新区, converter, entrep92): a comma between the counted set and its names
    ("蚌埠 其中有3家…所在企业位于高新区,分别是A、B、C", _file("anhui-bengbu-gaoxinqu-shengji-qiye-jishu-zhongxin-30pi-converter.txt"),
     {("安徽元鼎建设工程有限责任公司", "省级", None), ("蚌埠高华电子股份有限公司", "省级", None),
      ("大富科技(安徽)股份有限公司", "省级", None)}),
])
def test_grades_confirmations_and_counted_sets_closed_by_a_comma(source, lines, want):
    assert _held(lines) == want


def test_companies_named_for_a_product_list_hold_nothing():
    # https://ttnews.xyz/a/5bddce80dc9b5e0f8c5f395f (北京, traditional, entrep92): the four companies of 绿色设计产品, and the
    # zone of 绿色园区, beside the ten 绿色工厂
    got = _held(_file("beijing-lvse-gongchang-guojia-disanpi-traditional.txt"))
    names = {n for n, _, _ in got}
    assert len(names) == 10 and "甘李药业股份有限公司" in names
    assert not names & {"北京绿伞化学股份有限公司", "北京智米科技有限公司", "北京鼎一通远科技发展有限公司", "小米通讯技术有限公司"}


@pytest.mark.parametrize("name,want", [
    ("晋城市汇通汽车运输有限公司客运东站", True), ("山东泰安交通运输集团有限公司肥城汽车站", True),
    ("肥城汽车站", False),  # (a station named alone is no company's)
])
def test_a_companys_bus_station_is_its_branch(name, want):
    assert is_enterprise(name) is want


def test_a_counted_set_of_the_published_list_told_where_it_comes_from():
    # http://news.cnstock.com/news,bwkx-201810-4280099.htm (北京市经信委's 2018 list, entrep92): the set counted, its sectors,
    # then its names, at the level of the list the page published (a municipality's: 市级)
    lines = _file("beijing-shiji-lvse-zhizao-mingdan-2018-shouci.txt")
    got = _held(lines)
    assert len(got) == 14 and {c for _, c, _ in got} == {"市级"}
    assert ("中国石油化工股份有限公司北京燕山分公司", "市级", None) in got
    # (with no list published before it the set names no level: nothing is read)
    assert _held([lines[8]]) == set()


def test_a_short_company_name_takes_the_full_name_the_page_prints():
    # https://luozaitianjin.com/zixun/tjnews/66809.html (天津, entrep92): "赛象公司" on the list line, its full name on the
    # line of its deputy manager's words
    lines = _file("tianjin-danxiang-guanjun-diliupi-7jia-saixiang.txt")
    got = {n for n, _, _ in _held(lines)}
    assert "天津赛象科技股份有限公司" in got and "赛象公司" not in got
    # (a page printing no full name keeps the short one as printed)
    assert "赛象公司" in {n for n, _, _ in _held([lines[8]])}


def test_a_second_counted_group_after_the_first_ones_object():
    # http://www.yigeqizhong.com/qdzqd/vip_doc/19211563.html (魯工信創〔2020〕217號, traditional, entrep92): 新认定 and 通过复核
    # in one act; the unnamed 不再保留 holds nothing
    got = _held(_file("shandong-zhuanjingtexin-2020-xinrending-fuhe-buzaibaoliu-traditional.txt"))
    assert {(n, c) for n, c, _ in got} == {("北谷电子有限公司", "省级"), ("济南东测试验机技术有限公司", "省级")}
    # (a second group whose act withdraws holds nothing: "撤销Y等3家企业称号" is no designation)
    got = _held(["认定北谷电子有限公司等670家企业为2020年度省级“专精特新”中小企业、济南东测试验机技术有限公司等3家企业为撤销称号企业。"])
    assert "济南东测试验机技术有限公司" not in {n for n, _, _ in got}


def test_subjects_printed_apart_by_a_comma_pass_a_customs_grade_together():
    # https://zibchina.com/news/newsinfo.html?id=2018 (杭州海关 AEO 复审, entrep92): the parent before 下属的 is no holder
    got = _held(_file("zhejiang-hangzhou-haiguan-aeo-gaoji-renzheng-fushen-shengtuxu.txt"))
    assert {(n, c) for n, c, _ in got} == {(n, "高级认证") for n in ("浙江惠元对外贸易有限责任公司", "浙江惠隆对外贸易有限责任公司",
                                                                 "浙江惠灵对外贸易有限责任公司", "省纺织公司")}
    # (a clause before the comma that is no run of names gives none: "…召开AEO高级认证企业大会,X正式通过…")
    got = narrative_classes(compact(normalize_line("杭州海关召开大会,浙江惠元对外贸易有限责任公司正式通过海关AEO高级认证企业复审。")))
    assert [n for n, _, _ in got] == ["浙江惠元对外贸易有限责任公司"]


@pytest.mark.parametrize("sentence,want", [
    # http://www.qinghai.gov.cn/zwgk/system/2020/07/09/010362260.shtml (青海企业50强, entrep92): the ranking's members at the
    # level of the bodies that rank (省工业和信息化厅、省国资委…), their places in it no class
    ("近日,2020年“青海企业50强”榜单正式发布。西部矿业集团有限公司、国网青海省电力公司、黄河上游水电开发有限责任公司成为2020年"
     "“青海企业50强”前三。",
     {("西部矿业集团有限公司", "省级", None), ("国网青海省电力公司", "省级", None), ("黄河上游水电开发有限责任公司", "省级", None)}),
    # (an aim is no membership: 力争成为 / 将成为)
    ("西部矿业集团有限公司力争成为“青海企业50强”。", set()),
])
def test_members_of_a_ranking(sentence, want):
    assert _held([sentence]) == want



def test_grades_printed_as_alternatives_are_a_condition_no_class():
    """中国公路建设行业协会's 百家诚信施工企业 (zgszjs.com, entrep138): the AA / A grades are what the commended had to hold."""
    from kg.extract.enterprise_sentences import narrative_classes
    line = ("日前,中国公路建设行业协会发布了首批“公路建设百家诚信施工企业”表彰决定,对湖南路桥建设集团公司、山东省路桥集团有限公司"
            "等全国134家具有一级及以上资质、连续两年在交通运输部信用评价中评为AA级或A级的公路施工企业进行表彰。")
    assert not [k for _, k, _ in narrative_classes(line) if k in ("AA", "A")]
    assert narrative_classes("湖南路桥建设集团公司被评为AA级信用企业。")[0][1] == "AA"  # one grade: the class
