"""Readers (kg.read): real PDF, DOCX, DOC and HTML files read into lines with pages, tables as rows, bad
input as one-line errors; the CCAR repeal table and the 政府工作报告 targets checked against hand-made gold."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.model import Document
from kg.parse import parse_issue
from kg.parse.normalize import compact
from kg.read import UnsupportedFormat, read, sniff
from kg.read.cjk import repair_spaces

DATA = Path(__file__).parent / "data"
REPEAL_PDF = DATA / "pdf" / "CCAR-19LR-I中国民用航空总局关于废止部分民用航空规章和规章性文件的决定.pdf"
SCAN_PDF = DATA / "pdf" / "关于2025年下半年颁发港澳台航线经营许可信息通告.pdf"
STATS_PDF = DATA / "pdf" / "中国民航2025年12月份主要生产指标统计.pdf"
DOC = DATA / "doc" / "CCAR-45-R3交通运输部关于修改《民用航空器国籍登记规定》的决定.doc"
DOCX = sorted((DATA / "docx").glob("*.docx"))
HTML = DATA / "html"


def whole_file_document(issue):
    """Test fallback for a file whose header the segmenter does not recognise (ministry and provincial files):
    one document over the whole file, titled by its first line. Not part of the product."""
    if issue.documents:
        return issue
    first = next(ln for ln in issue.lines if not ln.blank)
    issue.documents = [Document(
        id=f"{Path(issue.file).stem}-01", file=issue.file, title=compact(first.text), doc_number=None, issuer=None,
        district=None, date=None, registration=None, line_start=1, line_end=len(issue.lines),
        title_line_start=first.no, title_line_end=first.no)]
    return issue


# --- choosing the reader by content ---------------------------------------------------------------------

@pytest.mark.parametrize("src,name,want", [
    (REPEAL_PDF, "gazette.txt", "pdf"),
    (DOCX[0], "report.bin", "docx"),
    (DOC, "decision.txt", "doc"),
    (HTML / "caidian_2023_1.html", "page", "html"),
    (Path(__file__).parent.parent / "data" / "gazettes" / "000_47a7f2ad322c84aa.txt", "gazette.pdf", "text"),
])
def test_reader_is_chosen_by_content_not_extension(tmp_path, src, name, want):
    p = tmp_path / name
    shutil.copy(src, p)
    assert sniff(p) == want


def test_archive_is_an_unsupported_format_with_its_kind(tmp_path):
    import zipfile

    p = tmp_path / "attachments.zip"
    with zipfile.ZipFile(p, "w") as z:
        z.write(REPEAL_PDF, "a.pdf")
    with pytest.raises(UnsupportedFormat, match=r"attachments.zip: unsupported format: zip archive"):
        read(p)


@pytest.mark.parametrize("printed,repaired", [
    ("已经 2005 年 6 月 8 日中国", "已经2005年6月8日中国"),
    ("二 00 五年六月二十八日", "二00五年六月二十八日"),
    ("（CCAR-19-I） 已经", "（CCAR-19-I）已经"),
    ("SOS, or XXX", "SOS, or XXX"),
    ("陈浩翔\u3000男\u3000中国民用航空局", "陈浩翔\u3000男\u3000中国民用航空局"),  # typed ideographic spaces stay
])
def test_cjk_space_repair(printed, repaired):
    assert repair_spaces(printed) == repaired


# --- PDF with a text layer --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def repeal_pdf():
    return read(REPEAL_PDF)


def test_pdf_lines_carry_pages_and_repaired_text(repeal_pdf):
    r = repeal_pdf
    assert r.format == "pdf" and r.page_count == 5 and len(r.pages) == len(r.lines)
    assert r.pages[0] == 1 and r.pages[-1] == 5 and r.pages == sorted(r.pages)
    text = r.text
    assert "2005年6月8日" in text and "二00五年六月二十八日" in text
    # a sentence the layout broke over three lines is one line again
    assert any(ln.startswith("为贯彻落实《中华人民共和国行政许可法》") and ln.endswith("民航总局决定：") for ln in r.lines)
    # the attachment title broken before "件）" is whole
    assert "附件二：中国民用航空总局决定废止的民用航空规章性文件目录（20件）" in r.lines


def test_pdf_table_rows_are_tab_rows_and_never_repeated(repeal_pdf):
    rows = [ln.split("\t") for ln in repeal_pdf.lines if "\t" in ln]
    assert [compact(c) for c in rows[0]] == ["序号", "规章名称", "发布机关及日期", "说明"]  # printed "说　明"
    assert len([r for r in rows if r[0].isdigit()]) == 34 and all(len(r) == 4 for r in rows)
    # a title broken over four lines of its cell is one cell
    assert rows[1][:3] == ["1", "单方经营中国大陆与台湾间民用航空运输补偿费的规定", "1990年7月6日民航局令第10号发布"]
    # row 13 is cut by the page break: its rest on page 4 is joined back, not a row of its own
    row13 = next(r for r in rows if r[0] == "13" and "维修" in r[1])
    assert row13[1] == "民用航空维修技术人员学校合格审定规定"
    assert row13[3] == "该规章的有关内容已经被《民用航空维修单位合格审定规定》（民航总局令第104号）所取代，应当废止。"
    assert not any(r[0] == "" for r in rows)
    # the table's text is not also in the running text
    assert repeal_pdf.text.count("单方经营中国大陆与台湾间民用") == 1


def test_pdf_statistics_table_keeps_its_columns():
    r = read(STATS_PDF)
    row = next(ln.split("\t") for ln in r.lines if ln.startswith("运输总周转量"))
    assert row == ["运输总周转量", "亿吨公里", "138.1", "11.2", "1640.8", "10.5"]


# Hand-counted from the PDF: 附件一 lists 14 规章, 附件二 20 规章性文件 (titles as printed, stray bracket included).
REPEAL_GOLD = [
    "单方经营中国大陆与台湾间民用航空运输补偿费的规定", "民用航空机场停车场建设和管理暂行规定",
    "民航局关于对航空运输服务方面罚款的暂行规定", "中国民用航空机场生产统计实施办法",
    "全民所有制民航企业转换经营机制实施办法", "雇用外籍飞行人员从事公共航空运输飞行的暂行规定",
    "民用机场运营管理暂行办法）", "民用机场工程设计管理规定", "民用机场工程施工许可证管理规定", "民用机场工程建设监理规定",
    "中国民用航空内部审计工作规定", "民用航空企业规范化基础管理规定", "民用航空维修技术人员学校合格审定规定",
    "中国民用航空快递业管理规定",
    "中国民用航空领航条例", "中国民用航空专业飞行工作细则",
    "中国民用航空局关于租用外国飞机和直升机以及雇佣外籍飞行（技术）人员在中国飞行的有关规定",
    "中国民用航空直升机近海飞行规则", "直升机吊挂飞行暂行规定", "关于提高国内行李赔偿额和临时生活补偿额的通知",
    "中国民用航空油料工作条例", "关于不准货机载运旅客的通知", "航空公司航行资格审定规则",
    "关于下放不正常航班旅客地面服务费用标准的通知", "民航系统实施技师聘任制的实施意见", "民航局关于技师考评和聘任试行办法",
    "民用机场建设行业管理暂行规定", "民航基本建设项目档案管理细则", "民用航空安全保卫工作规则(1987年9月6日发布实施）",
    "关于民用机场土地使用和管理有关问题的通知", "中国民航机载农用设备主要技术性能指标暂行规定",
    "实施居民身份证查验制度后民航办理乘机的货运手续的有关规定", "民航机场管理建设费征收管理办法",
    "关于地方、部门组建民用机场管理机构的暂行规定",
]
# The 令 numbers of 附件一 as printed in its 发布机关及日期 column.
ORDER_GOLD = ["民航局令第10号", "民航局令第11号", "民航局令第12号", "民航局、国家统计局令第16号", "民航总局令第32号",
              "民航总局令第33号", "民航总局令第34号", "民航总局令第42号", "民航总局令第43号", "民航总局令第44号",
              "民航总局令第54号", "民航总局令第62号", "民航总局令第63号", "民航总局令第73号"]


def test_repeal_table_targets_whole_with_page():
    from kg.extract.repeals import extract_repeals

    issue = whole_file_document(parse_issue(REPEAL_PDF))
    got = [r for r in extract_repeals(issue) if r["kind"] == "废止"]
    titles = [compact(r["target_title"]) for r in got]
    found = sum(1 for t in REPEAL_GOLD if compact(t) in titles)
    assert found / len(REPEAL_GOLD) >= 0.85, (found, titles)
    assert len(got) == len(REPEAL_GOLD)  # nothing extra: no header row, no 说明 text as a target
    assert [r["target_doc_number"] for r in got[:14]] == ORDER_GOLD
    first = got[0]["source"]
    assert first["page"] == 3 and issue.line(first["line_start"]).page == 3
    assert got[13]["source"]["page"] == 4 and got[-1]["source"]["page"] == 5


def test_corrupt_pdf_is_one_line_error(tmp_path):
    p = tmp_path / "broken.pdf"
    p.write_bytes(REPEAL_PDF.read_bytes()[:3000])
    with pytest.raises(InputError) as err:
        read(p)
    assert "broken.pdf: not a readable PDF" in str(err.value) and "\n" not in str(err.value)


def test_render_page_png(tmp_path):
    from kg.read.pdf import render_page_png

    png = render_page_png(REPEAL_PDF, 3, scale=0.5)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000
    with pytest.raises(InputError, match="no page 9"):
        render_page_png(REPEAL_PDF, 9)


# --- scans -------------------------------------------------------------------------------------------------

def test_scan_without_ocr_is_a_clear_message():
    from kg.read.pdf import NoTextLayer

    with pytest.raises(NoTextLayer, match=r"扫描件/scan.*gazette-kg\[ocr\]"):
        read(SCAN_PDF, ocr=False)


@pytest.mark.slow
def test_scan_is_read_by_ocr_offline(monkeypatch):
    from kg.read import ocr

    if not ocr.available():
        pytest.skip("rapidocr-onnxruntime (extra ocr) not installed")

    def no_network(*a, **k):
        raise OSError("network used during OCR")

    # The models ship inside the wheel: OCR must not open a connection.
    monkeypatch.setattr(socket.socket, "connect", no_network)
    r = read(SCAN_PDF)
    assert r.format == "pdf-ocr" and set(r.pages) == {1}
    text = compact(r.text)
    assert "港澳台地区航线经营许可信息通告" in text and "民航局运输司" in text
    rows = [ln for ln in r.lines if "\t" in ln]
    assert len(rows) >= 8 and any("香港=长沙" in ln for ln in rows)


# --- DOCX --------------------------------------------------------------------------------------------------

def test_docx_paragraphs_in_order():
    r = read(DOCX[1])  # 北京
    assert r.format == "docx" and r.pages is None
    assert r.lines[0] == "2025年北京市政府工作报告"
    assert any("地区生产总值增长5%左右" in ln for ln in r.lines)


def test_docx_tables_in_place_with_merged_cells_once(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("附件一：中国民用航空总局决定废止的民用航空规章目录")
    t = d.add_table(rows=3, cols=3)
    for i, c in enumerate(["序号", "规章名称", "发布机关及日期"]):
        t.cell(0, i).text = c
    t.cell(1, 0).text = "1"
    t.cell(1, 1).text = "单方经营中国大陆与台湾间民用航空运输补偿费的规定"
    t.cell(1, 2).text = "1990年7月6日民航局令第10号发布"
    merged = t.cell(2, 0).merge(t.cell(2, 1))
    merged.text = "（以下空白）"
    cell = t.cell(1, 2)
    cell.add_paragraph("（已废止）")
    d.add_paragraph("本决定自发布之日起施行。")
    p = tmp_path / "table.docx"
    d.save(p)
    lines = read(p).lines
    assert lines == [
        "附件一：中国民用航空总局决定废止的民用航空规章目录",
        "序号\t规章名称\t发布机关及日期",
        "1\t单方经营中国大陆与台湾间民用航空运输补偿费的规定\t1990年7月6日民航局令第10号发布 （已废止）",
        "（以下空白）\t\t",
        "本决定自发布之日起施行。",
    ]


# The main targets of each report's 主要预期目标 paragraph, hand-copied: (name contains, number, comparator).
REPORT_GOLD = {
    "上海": [("生产总值", 5, "≈"), ("一般公共预算收入", 2, "="), ("研发经费支出", 4.5, "≈"), ("城镇调查失业率", 5, "≤"),
            ("居民消费价格涨幅", 2, "≈")],
    "北京": [("地区生产总值", 5, "≈"), ("一般公共预算收入", 4, "≈"), ("城镇调查失业率", 5, "≤"), ("居民消费价格涨幅", 2, "≈")],
    "四川": [("地区生产总值", 5.5, "≥"), ("城镇新增就业", 85, "="), ("城镇调查失业率", 5.5, "≈"), ("居民消费价格涨幅", 2, "≈"),
            ("一般公共预算收入", 2, "="), ("粮食产量", 725, "≥")],
    "广东": [("地区生产总值", 5, "≈"), ("社会消费品零售总额", 5, "≈"), ("规模以上工业增加值", 6, "≈"), ("一般公共预算收入", 3, "="),
            ("居民消费价格涨幅", 2, "≈"), ("城镇调查失业率", 5.5, "≈"), ("城镇新增就业", 110, "≥"), ("粮食产量", 1285, "=")],
    "浙江": [("生产总值", 5.5, "≈"), ("城镇调查失业率", 5, "≤"), ("居民消费价格涨幅", 2, "≈")],
}


def test_work_report_targets_as_indicators():
    from kg.extract.indicators import extract_indicators

    reports_ok = 0
    for path in DOCX:
        province = next(k for k in REPORT_GOLD if k in path.name)
        issue = whole_file_document(parse_issue(path))
        inds = extract_indicators(issue)
        hit = 0
        for name, number, cmp in REPORT_GOLD[province]:
            hit += any(name in r["name"] and r["number"] == number and r["comparator"] == cmp and r["year"] == 2025
                       and r["kind"] == "target" for r in inds)
        reports_ok += hit == len(REPORT_GOLD[province])
    assert reports_ok / len(DOCX) >= 0.9


# --- DOC ---------------------------------------------------------------------------------------------------

def test_doc_is_converted():
    from kg.read.doc import converters

    if not converters():
        pytest.skip("no antiword/catdoc/LibreOffice installed")
    r = read(DOC)
    assert r.format == "doc"
    assert "2022年第22号" in r.lines
    assert any(ln.startswith("《交通运输部关于修改〈民用航空器国籍登记规定〉的决定》已于2022年7月5日") for ln in r.lines)


def test_doc_without_converter_names_the_package(monkeypatch):
    import kg.read.doc as doc

    monkeypatch.setattr(doc.shutil, "which", lambda exe: None)
    with pytest.raises(InputError, match=r"apt-get install antiword"):
        read(DOC)


# --- HTML --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("page,fields,first_content", [
    ("gaoqing_2021_1.html", {"发文字号": "高政发〔2021〕1号", "成文日期": "2021-03-26", "有效性": "有效",
                             "发文机关": "高青县人民政府办公室", "索引号": "11370322004222241N/2021-5135380"},
     "高青县人民政府关于印发高青县行政规范性文件管理办法的通知"),
    ("caidian_2023_1.html", {"文号": "蔡政办〔2023〕1号", "发文日期": "2023-01-03", "有效性": "有效",
                             "标题": "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知"},
     "各街道办事处、乡人民政府,区人民政府各部门、各直属机构:"),
    ("bzqc_2020_task_split.html", {"发文字号": "无", "发布日期": "2020-04-09 08:44", "有效性": "失效",
                                   "发布机构": "谯城区政府(办公室)"},
     "各乡镇人民政府、街道办事处,区政府各部门、各直属机构:"),
])
def test_html_metadata_then_content(page, fields, first_content):
    r = read(HTML / page)
    head = r.lines[: r.lines.index("")]
    got = dict(ln.split("：", 1) for ln in head)
    for k, v in fields.items():
        assert got.get(k) == v
    assert "成文日期" not in got or got["成文日期"]  # an empty field is not given the next label as value
    body = r.lines[r.lines.index("") + 1:]
    assert body[0] == first_content
    assert not any(ln.startswith(("索引号", "索 引 号")) for ln in body)  # the metadata block is not repeated


def test_html_main_content_only_and_tables_as_rows(tmp_path):
    page = (HTML / "caidian_2023_1.html").read_text(encoding="utf-8")
    rows = "".join(f"<tr><td>{n}</td><td>{t}</td><td>{d}</td></tr>" for n, t, d in [
        ("序号", "规章名称", "发布机关及日期"), ("1", "单方经营中国大陆与台湾间民用航空运输补偿费的规定", "1990年7月6日民航局令第10号发布")])
    nav = "<div class='nav'><ul>" + "".join(f"<li><a href='/{i}'>栏目导航{i}</a></li>" for i in range(12)) + "</ul></div>"
    page = page.replace("<body>", f"<body>{nav}<script>var tracker='统计代码';</script>")
    page = page.replace("</div>\n</div>", f"<table>{rows}</table></div>\n</div><div class='footer'>版权所有 网站标识码</div>")
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    lines = read(p).lines
    text = "\n".join(lines)
    assert "栏目导航" not in text and "统计代码" not in text and "版权所有" not in text
    assert "序号\t规章名称\t发布机关及日期" in lines
    assert "1\t单方经营中国大陆与台湾间民用航空运输补偿费的规定\t1990年7月6日民航局令第10号发布" in lines


# --- the build over a mixed folder ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def mixed_build(tmp_path_factory, corpus):
    from kg.cli import main

    src = tmp_path_factory.mktemp("mixed")
    shutil.copy(corpus / "000_47a7f2ad322c84aa.txt", src)
    shutil.copy(REPEAL_PDF, src)
    (src / "sub").mkdir()
    shutil.copy(DOCX[1], src / "sub")
    shutil.copy(DOC, src / "sub")
    shutil.copy(HTML / "gaoqing_2021_1.html", src / "sub")
    (src / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (src / "sub" / "broken.pdf").write_bytes(REPEAL_PDF.read_bytes()[:3000])
    data = tmp_path_factory.mktemp("mixed-data")
    return src, data, main


def test_mixed_folder_fails_on_a_corrupt_pdf_without_skip_bad(mixed_build, capsys):
    src, data, main = mixed_build
    code = main(["build", str(src), "--data", str(data / "a"), "--embedder", "none", "--no-ocr"])
    err = capsys.readouterr().err
    assert code == 2 and "broken.pdf: not a readable PDF" in err


def test_mixed_folder_builds_in_one_command(mixed_build, capsys):
    from kg.store import load_facts, load_files, load_issue_lines

    src, data, main = mixed_build
    out = data / "b"
    code = main(["build", str(src), "--data", str(out), "--embedder", "none", "--skip-bad", "--no-ocr"])
    cap = capsys.readouterr()
    assert code == 0, cap.err
    assert "skipped:" in cap.err and "broken.pdf: not a readable PDF" in cap.err and ".DS_Store: hidden file" in cap.err
    rows = load_files(out)
    formats = {r["file"]: r["format"] for r in rows}
    assert sorted(formats.values()) == ["doc", "docx", "html", "pdf", "text"]
    pdf_row = next(r for r in rows if r["format"] == "pdf")
    assert pdf_row["page_count"] == 5
    assert Path(pdf_row["path"]).name == REPEAL_PDF.name
    all_lines = load_issue_lines(out)
    text_file = next(r["file"] for r in rows if r["format"] == "text")
    assert {ln.page for ln in all_lines[text_file]} == {None}
    lines = all_lines[REPEAL_PDF.name]
    assert len(lines) == pdf_row["n_lines"] and {ln.page for ln in lines} == {1, 2, 3, 4, 5}
    facts = load_facts(out)
    pdf_repeals = [r for r in facts["repeals"] if r["source"]["file"] == REPEAL_PDF.name]
    assert len(pdf_repeals) == 34 and all(r["source"]["page"] in (3, 4, 5) for r in pdf_repeals)


def test_no_recursive_lists_the_subfolder(mixed_build):
    from kg.pipeline import walk_inputs

    src, _, _ = mixed_build
    files, notes = walk_inputs([src], recursive=False)
    assert {p.name for p in files} == {"000_47a7f2ad322c84aa.txt", REPEAL_PDF.name}
    assert any(n.endswith("sub: folder not read (--no-recursive)") for n in notes)


def test_repeal_target_in_the_corpus_resolves_to_its_document():
    from kg.extract import extract_all

    target_pdf = DATA / "pdf" / "CCAR-311FI单方经营中国大陆与台湾间民用航空运输补偿费的规定.pdf"
    issues = [whole_file_document(parse_issue(REPEAL_PDF)), whole_file_document(parse_issue(target_pdf))]
    target_doc = issues[1].documents[0]
    assert target_doc.title == "单方经营中国大陆与台湾间民用航空运输补偿费的规定"
    facts = extract_all(issues)
    row1 = next(r for r in facts["repeals"] if r["target_title"] == target_doc.title)
    assert row1["target_doc_id"] == target_doc.id
    assert facts["status"][target_doc.id]["state"] == "repealed"
    from kg.graph import build_graph

    edge = build_graph(issues, facts).get_edge_data(row1["by_doc_id"], target_doc.id)["废止"]
    assert edge["prov"]["page"] == 3 and edge["prov"]["line_start"] == row1["source"]["line_start"]


def test_running_headers_and_page_numbers_are_dropped():
    """The real pages of the repeal decision with a running header and a page number added to every page
    read exactly as without them (none of the sample PDFs prints them; gazettes do)."""
    import pdfplumber

    from kg.read.pdf import _Item, _page_items, items_to_result

    def pages(decorate):
        out = []
        with pdfplumber.open(REPEAL_PDF) as pdf:
            for n, page in enumerate(pdf.pages, 1):
                items = _page_items(page, n)
                w, h = float(page.width), float(page.height)
                if decorate:
                    items.insert(0, _Item(n, 0.04 * h, 0.04 * h + 9, 250, 340, 9, "中国民用航空总局文告",
                                          page_width=w, page_height=h))
                    items.append(_Item(n, 0.94 * h, 0.94 * h + 10, 280, 315, 10, f"— {n} —", page_width=w, page_height=h))
                out.append(items)
        return out

    plain = items_to_result("x.pdf", pages(False))
    decorated = items_to_result("x.pdf", pages(True))
    assert decorated.lines == plain.lines and decorated.pages == plain.pages


def test_docx_text_box_stored_twice_is_read_once(tmp_path):
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    p = d.add_paragraph("附件")
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = ('<w:p><w:r><w:t>张店区人民政府办公室</w:t></w:r></w:p>')
    p._p.append(parse_xml(
        f'<w:r xmlns:w="{w}" xmlns:mc="{mc}"><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>{box}'
        f'</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>{box}</w:txbxContent></mc:Fallback>'
        '</mc:AlternateContent></w:r>'))
    path = tmp_path / "box.docx"
    d.save(path)
    assert read(path).lines == ["附件张店区人民政府办公室"]


def test_excel_binary_is_not_taken_for_a_word_document(tmp_path):
    # Word, Excel and PowerPoint binaries share the OLE container; the stream names tell them apart.
    p = tmp_path / "统计表.xls"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "Workbook".encode("utf-16-le") + b"\x00" * 64)
    with pytest.raises(UnsupportedFormat, match="xls spreadsheet"):
        read(p)
    assert sniff(DOC) == "doc"


def test_scanned_page_inside_a_text_pdf_is_reported_and_a_blank_page_ignored(tmp_path):
    import pypdfium2

    doc = pypdfium2.PdfDocument.new()
    for src in (REPEAL_PDF, SCAN_PDF):
        part = pypdfium2.PdfDocument(str(src))
        doc.import_pages(part)
        part.close()
    doc.new_page(595, 842)  # a blank back page
    p = tmp_path / "mixed.pdf"
    doc.save(str(p))
    doc.close()
    r = read(p, ocr=False)
    assert r.page_count == 7 and set(r.pages) == {1, 2, 3, 4, 5}
    from kg.read.ocr import SCAN_MESSAGE

    assert r.warnings == [f"pages 6 are images without text: {SCAN_MESSAGE}"]


def test_folder_linked_back_into_the_tree_is_read_once(tmp_path, corpus):
    from kg.pipeline import walk_inputs

    (tmp_path / "a").mkdir()
    shutil.copy(corpus / "000_47a7f2ad322c84aa.txt", tmp_path / "a")
    (tmp_path / "a" / "back").symlink_to(tmp_path)
    files, notes = walk_inputs([tmp_path])
    assert [p.name for p in files] == ["000_47a7f2ad322c84aa.txt"]
    assert notes == [f"{tmp_path / 'a' / 'back'}: folder already read (a link back into the tree)"]
