"""Rules written from fresh51's first-sight document, amendment and enterprise misses (round158), each with the real lines of
fresh51's texts it was written from (the task rows are tests/test_carried_subjects.py, the entrant shapes
tests/test_entrant_lists.py)."""

import pytest

from kg.parse.normalize import normalize_lines


# ---------------------------------------------------------------- documents (kg/parse)

@pytest.mark.parametrize("line,date", [
    # fujian_shengzhengfu-bangongting-2012-shengtaisheng-shierwu-guihua-renwu-fengong-fangan.txt:17 (闽政办〔2012〕61号)
    ("一二年四月十日", "2012-04-10"),
    ("一九年十二月一日", "2019-12-01"),
    # (the earlier reading, 二〇〇三's zeros lost, stays)
    ("二三年十月十五日", "2003-10-15"),
])
def test_a_year_that_lost_its_leading_er_ling(line, date):
    from kg.parse.patterns import parse_date

    assert parse_date(line) == date


def test_a_lone_year_digit_is_no_date():
    from kg.parse.patterns import parse_date

    assert parse_date("一年四月十日") is None


def test_a_byline_source_after_a_space_names_the_issuer():
    from kg.parse.source_fields import news_source

    # jilin_songyuan-jiaotong-yunshu-zhifa-fenju-lijian-2022-lianhe-zhifa.txt:5 (the 作者 field's person before 来源, no stop)
    lines = normalize_lines("省交通运输执法局丨利剑出鞘,初战告捷\n\n作者:淳于谨 裴寄希    编辑:裴寄希    来源:省交通运输执法局    "
                            "2022-05-26 09:38 校对:于梦宇    审核:金可红")
    assert news_source(lines, 0, len(lines) - 1) == "省交通运输执法局"


def test_a_browser_title_with_the_sites_name_is_the_pages_title():
    from kg.parse.page_top import _page_top

    # jilin_songyuan-jiaotong-yunshu-zhifa-fenju-lijian-2022-lianhe-zhifa.txt:1
    lines = normalize_lines("省交通运输执法局丨利剑出鞘,初战告捷_吉林广播网,吉林人民广播电台,新闻综合广播,交通广播,经济广播")
    assert _page_top(lines, "省交通运输执法局丨利剑出鞘,初战告捷")
    assert not _page_top(lines, "省交通运输执法局丨另一个标题")


def test_a_red_header_number_on_the_flattened_line_under_the_title():
    from pathlib import Path

    from kg.parse import parse_issue

    # yunnan_lincang-yunxian-2018-renmin-zhengfu-gongzuo-guize.txt:1-2 ("云县人民政府文件 云县政府发〔2018〕29 号 云县人民政府关于印发
    # 云县人民政府 工作规则的通知 各乡、民族乡、镇人民政府,县级各部门: …", the attached file flattened onto one line)
    p = (Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "other_districts_fresh51" / "texts"
         / "yunnan_lincang-yunxian-2018-renmin-zhengfu-gongzuo-guize.txt")
    doc = parse_issue(p).documents[0]
    assert (doc.doc_number, doc.issuer, doc.date) == ("云县政府发〔2018〕29号", "云县人民政府", "2018-08-22")


# ---------------------------------------------------------------- amendments (kg/extract/amendments.py)

def test_a_revision_the_notice_reissues_under_its_own_name():
    from kg.extract.amendments import sentence_amendments

    # yunnan_kunming-nongyenongcunju-2025-nongye-chanyehua-shiji-longtou-qiye-rending-jiance-banfa.txt:7
    got = sentence_amendments("市农业农村局、市发展改革委、市税务局、市财政局、市商务局、市委金融办、市供销社、云南滇中新区税务局对《农业产业化市级"
                              "重点龙头企业认定和运行监测管理办法》(昆农通〔2018〕71号)进行修订,现将新修订的《昆明市农业产业化市级重点龙头企业认定"
                              "和运行监测管理办法》印发给你们,请认真贯彻执行。")
    assert [(a["kind"], a["title"], a["doc_number"]) for a in got] == [
        ("修订", "农业产业化市级重点龙头企业认定和运行监测管理办法", "昆农通〔2018〕71号")]


def test_a_reported_revision_issuing_nothing_is_none():
    from kg.extract.amendments import sentence_amendments

    assert sentence_amendments("国家对《中华人民共和国食品安全法》进行了修订,各地要认真学习。") == []


# ---------------------------------------------------------------- enterprises (entrant_lists.site_footer, holder_reader)

@pytest.mark.parametrize("line,footer", [
    # shanghai_jingxinwei-2022-zhuanjingtexin-qiye-mingdan-gongbu-tongzhi.txt:25
    ("© 2017-2022  zhengsoso.com   版权所有   沪ICP备17032387号-1 上海立米企业管理有限公司", True),
    ("上海立米企业管理有限公司", False),
])
def test_a_sites_footer(line, footer):
    from kg.extract.entrant_lists import site_footer

    assert site_footer(line) is footer


def test_a_brackets_short_name_is_no_holder():
    from kg.extract.holder_reader import HolderReader

    # shandong_nongyenongcunting-2022-jiance-hege-shengji-zhongdian-longtou-qiye-mingdan-tongzhi.txt:4 (鲁农产业字〔2022〕22号)
    reader = HolderReader(None, "关于公布监测合格农业产业化省级重点龙头企业名单的通知", "省")
    assert reader.read("省农业农村厅组织开展了农业产业化省级重点龙头企业(以下简称:省级重点龙头企业)监测工作。") == []
