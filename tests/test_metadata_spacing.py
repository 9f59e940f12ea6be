"""A page copied with a blank line after every line keeps its metadata block whole, and a real blank line
between two blocks still keeps them apart (real lines of benchmarks/data/other_districts*)."""

import pytest

from kg.parse.metadata import find_metadata_blocks
from kg.parse.normalize import normalize_lines

# shandong_jining-gaoxin-muchan-narrative: a pipe table of metadata, every row spaced by a blank line
JINING = ["索 引 号: | 11370800004234373R/2024-01953 | 发布机构: | 济宁高新区管委会 |", "---|---|---|---|",
          "成文日期: | 2024-07-24 | 发布日期: | 2024-07-24 |", "公开方式: | 主动公开 | 统一编号: | 暂无 |",
          "发文字号: | 济高新管发〔2024〕4号 | 有效性: | 有效 |", "各街道办事处,区直各部门单位,各驻区单位,各区管国有企业:"]
# zhejiang_lishui-chaiqian-lawsite-shixiao: the site's own date, the title, then the law's metadata
LISHUI = ["丽水市市区房屋拆迁管理暂行办法", "", "文章来源:京平拆迁律师", "发布日期:2024-04-19", "", "丽水市市区房屋拆迁管理暂行办法", "",
          "状态:失效 发布日期:2001-08-01 生效日期: 2001-08-01", "发布文号: 丽水市人民政府令[2001]7号", "第一章 总则"]

# fresh23 hunan-2022-xiaofeipin-gongye-sanpin-biaogan-qiye-mingdan (lines 2-22): a cell per line, empty cells printed as a
# bare "|" between a value and the next label
HUNAN = ["文件名称: |", "关于公布2022年湖南省消费品工业“三品”标杆企业名单的通知", "|", "索引号: |", "4305000026/2022-03360 |", "|", "|",
         "公开目录: |", "通知公告 |", "公开责任部门: |", "工业和信息化局 |", "发文日期: |", "2022-08-17", "|", "公开形式: |", "主动公开 |",
         "有效期: |", "永久 |", "湘工信消费品〔2022〕395号"]


def _spaced(lines: list[str]) -> str:
    return "\n".join(x for ln in lines for x in ((ln, "") if ln.strip() else (ln,)))


# (layout, text, [(number of fields, 文号 or None) per block])
ROWS = [
    ("table rows as printed", "\n".join(JINING), [(8, "济高新管发〔2024〕4号")]),
    ("table rows spaced by blank lines", _spaced(JINING), [(8, "济高新管发〔2024〕4号")]),
    ("two blocks apart", "\n".join(LISHUI), [(2, None), (4, "丽水市人民政府令〔2001〕7号")]),
    ("two blocks apart, every line spaced", _spaced(LISHUI), [(2, None), (4, "丽水市人民政府令〔2001〕7号")]),
    ("a cell per line with bare bars", "\n".join(HUNAN), [(7, None)]),
    # the bars print as blank lines once read: each with its spacing line is still one printed line, no gap
    ("a cell per line with bare bars, every line spaced", _spaced(HUNAN), [(7, None)]),
]


@pytest.mark.parametrize("layout,text,want", ROWS)
def test_blank_line_spacing(layout, text, want):
    blocks = find_metadata_blocks(normalize_lines(text))
    assert [(len(b.fields), b.fields.get("doc_number")) for b in blocks] == want


# fresh26 henan_nanyang-2011-tongdabei-biaozhang-jueding-meta-last (lines 36-42): the fields' labels on one line without
# colons, their values below in the same order, a space between cells
COLUMNS = ["主题词:农村公路 通达杯 表彰 决定", "", "索  引  号 文       号 发布机构 发布日期 公开范围 公开方式",
           "N001-2011-000627 宛政〔2011〕7号", "南阳市人民政府办公室 2011-03-04", "面向社会 主动公开", "标签:"]
# fresh11 hubei_xialu-2025-weichengnianren-fangnishui-gongzuo-fangan (lines 8-10): empty labelled fields over the title
EMPTY_LABELS = ["文 号: 文件分类: 所属机构:", "关于印发《2025年下陆区未成年人防溺水工作方案》的通知",
                "各街道(园区),区安全生产委员和防灾减灾救灾委员会相关成员单位:"]


@pytest.mark.parametrize("text,want", [
    ("\n".join(COLUMNS), {"keywords": "农村公路通达杯表彰决定", "index_no": "N001-2011-000627", "doc_number": "宛政〔2011〕7号",
                          "issuer": "南阳市人民政府办公室", "published": "2011-03-04", "disclosure": "面向社会"}),
    # a value missing (five cells for six labels): no column reading, no field taken from the rows
    ("\n".join(COLUMNS).replace("面向社会 ", ""), {"keywords": "农村公路通达杯表彰决定"}),
    # the cells out of order (a 文号 under 索引号): none
    ("\n".join(COLUMNS).replace("N001-2011-000627 宛政〔2011〕7号", "宛政〔2011〕7号 N001-2011-000627"),
     {"keywords": "农村公路通达杯表彰决定"}),
    ("\n".join(EMPTY_LABELS), {}),
])
def test_column_table(text, want):
    blocks = find_metadata_blocks(normalize_lines(text), min_fields=1)
    columns = ("index_no", "doc_number", "issuer", "published")  # (a label row's last field still takes the next line)
    assert {k: v for b in blocks for k, v in b.fields.items() if k in columns} == {k: v for k, v in want.items() if k in columns}
