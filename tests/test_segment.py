"""Segmenting the five sample issues: golden documents, every metadata field, and the traps."""

import pytest

from conftest import doc_at

COUNTS = {"000": 8, "001": 22, "002": 6, "003": 10, "004": 7}


@pytest.mark.parametrize("seed,count", COUNTS.items())
def test_document_counts(issues, seed, count):
    assert len([d for d in issues[seed].documents if d.header_found]) == count


@pytest.mark.parametrize("seed,end", [("000", 23), ("001", 36), ("004", 22), ("002", None), ("003", None)])
def test_text_before_the_first_header_is_kept(issues, seed, end):
    """The masthead and 目录 are a document of their own (searchable); issues starting with a header have none."""
    pre = [d for d in issues[seed].documents if d.metadata.get("part") == "preamble"]
    if end is None:
        assert pre == []
        return
    [d] = pre
    assert (d.id.endswith("-00"), d.title, d.line_start, d.line_end, d.header_found) == (True, "目录", 1, end, False)
    assert issues[seed].documents[1].line_start > end


# (seed, line_start, line_end, title, 文号, issuer, date, registration) — read by eye from the text.
GOLDEN = [
    ("000", 25, 348, "张店区人民政府办公室关于印发《张店区“十四五”卫生与健康规划》的通知", "张政办字〔2023〕13号",
     "张店区人民政府办公室", "2023-09-03", None),
    # no 文号; signed a year before the issue
    ("000", 350, 452, "张店区人民政府办公室关于印发《张店区分类培育高质量纳统工作实施方案》的通知", None,
     "张店区人民政府办公室", "2022-09-07", None),
    # title over three lines with blank lines between
    ("000", 567, 709, "张店区人民政府办公室关于印发《张店区残疾预防行动计划（2023—2025年）》的通知", None,
     "张店区人民政府办公室", "2023-09-20", None),
    # signature printed after 附件1 and the heading of 附件2
    ("000", 873, 948, "张店区人民政府办公室关于做好“淄博齐惠保”宣传推广工作的通知", None,
     "张店区人民政府办公室", "2023-09-22", None),
    ("000", 992, 1094, "张店区人民政府印发关于进一步加强区属国有企业监管若干规定的通知", "张政发〔2023〕6号",
     "张店区人民政府", "2023-09-14", None),
    # another 文号 inside the title
    ("001", 142, 243, "周村区人民政府关于贯彻淄政发〔2017〕17号文件加快推进普惠金融发展的实施意见", "周政发〔2017〕63号",
     "周村区人民政府", "2017-11-17", None),
    # 登记号 with em-dashes above the header
    ("001", 2089, 2196, "周村区人民政府办公室关于印发周村区残疾儿童抢救性康复救助项目实施方案的通知", "周政办字〔2017〕152号",
     "周村区人民政府办公室", "2017-12-21", "ZCDR—2017—0020009"),
    ("001", 1695, 1723, "周村区人民政府办公室关于下达退役士兵安置所需公益性岗位指标的通知", "周政办字〔2017〕143号",
     "周村区人民政府办公室", "2017-06-26", None),
    # an issue without 目录; title split over lines 73 and 75
    ("002", 71, 277, "周村区人民政府关于印发周村区2023年国民经济和社会发展计划的通知", "周政发〔2023〕34号",
     "周村区人民政府", "2023-04-25", None),
    ("002", 2155, 2590, "周村区人民政府办公室关于印发周村区药品安全事件应急预案的通知", "周政办字〔2023〕15号",
     "周村区人民政府办公室", "2023-04-21", None),
    # the first document of a file with no 目录 and no 文号
    ("003", 1, 124, "张店区人民政府办公室关于促进3岁以下婴幼儿照护服务发展的实施意见", None,
     "张店区人民政府办公室", "2021-12-31", None),
    # 登记号 printed after the previous 版记, then 文号, then issuer and title
    ("003", 361, 730, "张店区人民政府关于印发张店区社会信用体系建设实施方案（试行）的通知", "张政字〔2021〕86号",
     "张店区人民政府", "2021-12-31", "ZDDR-2021-0010003"),
    ("003", 4743, 4759, "张店区人民政府关于同意对“莲池北街”等道路命名的批复", "张政发〔2021〕20号",
     "张店区人民政府", "2022-01-08", None),
    ("004", 24, 126, "张店区人民政府办公室关于印发张店区促进金融业集聚发展若干政策的通知", "张政办字〔2021〕20号",
     "张店区人民政府办公室", "2021-05-17", "ZDDR-2021-0020002"),
    # titled by the office, signed by the government
    ("004", 582, 686, "张店区人民政府办公室关于印发《张店区政府议事协调机构印章使用和管理规定(试行)》的通知", None,
     "张店区人民政府办公室", "2021-05-25", None),
    # a 通告 with neither 文号 nor 主送
    ("004", 688, 714, "张店区人民政府关于划定禁止使用高排放非道路移动机械区域的通告", None,
     "张店区人民政府", "2021-05-27", None),
]


@pytest.mark.parametrize("seed,start,end,title,number,issuer,date,reg", GOLDEN)
def test_golden_documents(issues, seed, start, end, title, number, issuer, date, reg):
    d = doc_at(issues[seed], start)
    assert (d.line_end, d.title, d.doc_number, d.issuer, d.date, d.registration) == (end, title, number, issuer, date, reg)


def test_district_from_issuer(issues):
    assert {d.district for d in issues["001"].documents} == {"周村区"}
    assert {d.district for d in issues["003"].documents} == {"张店区"}


def test_toc_is_never_a_body_and_cross_checks(issues):
    for seed in ("000", "001", "004"):
        issue = issues[seed]
        toc_end = max(e.line for e in issue.toc)
        docs = [d for d in issue.documents if d.header_found]
        assert all(d.line_start > toc_end for d in docs)
        assert all(d.toc_title for d in docs), seed
        assert not [w for w in issue.warnings if "目录" in w]
    assert issues["002"].toc == [] and issues["003"].toc == []


def test_attachments_belong_to_their_notice(issues):
    d = doc_at(issues["000"], 454)
    assert d.attachments == ("2023年张店区规模以上工业企业“亩产效益”评价分类结果",
                             "2023年张店区规模以下工业企业“亩产效益”评价分类结果")
    assert d.line_end == 565  # both attachment tables are inside the notice


def test_recipients(issues):
    assert doc_at(issues["003"], 4743).recipients == "张店区民政局"


def test_outline_levels(issues):
    d = doc_at(issues["000"], 25)
    first = [(h.level, h.marker, h.title) for h in d.outline[:3]]
    assert first == [(1, "一、", "发展背景"), (2, "(一)", "“十三五”工作成效"), (2, "（二）", "形势分析")]
    pre = doc_at(issues["002"], 2155).outline
    assert (1, "1", "总则") in [(h.level, h.marker, h.title) for h in pre]
    assert (2, "1.1", "编制目的") in [(h.level, h.marker, h.title) for h in pre]
