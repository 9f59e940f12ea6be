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


@pytest.mark.parametrize("convert", ["s2tw", "pinyin"])
def test_column_table_in_a_traditional_or_converter_copy(convert):
    # the same rows as a zh-TW or converter copy (benchmarks.other_districts_perturbed): the printed cells are read folded
    import opencc

    from benchmarks.converter_pinyin import converter_copy

    copy = [opencc.OpenCC("s2tw").convert(ln) if convert == "s2tw" else converter_copy(ln) for ln in COLUMNS]
    blocks = find_metadata_blocks(normalize_lines("\n".join(copy)), min_fields=1)
    fields = {k: v for b in blocks for k, v in b.fields.items()}
    assert (fields.get("index_no"), fields.get("doc_number"), fields.get("issuer"), fields.get("published")) == (
        "N001-2011-000627", "宛政〔2011〕7号", "南阳市人民政府办公室", "2011-03-04")


@pytest.mark.parametrize("line,want", [
    # docmeta33 广西: an essay site's bare 【label】s on one line, a local government's decree with its year
    ("【发布文号】广西壮族自治区人民政府令2016年第116号 【发布日期】2016-12-06 【生效日期】2017-03-01 【失效日期】 "
     "【所属类别】地方法规", ("广西壮族自治区人民政府令第116号", "2016-12-06")),
    # a ministry's decree numbered by year keeps its year
    ("【发布文号】交通运输部令2016年第1号 【发布日期】2016-01-05", ("交通运输部令2016年第1号", "2016-01-05")),
    # one 【label】 with its colon: the value runs to the line's end as before
    ("【发布文号】新政发〔1994〕103号", ("新政发〔1994〕103号", None)),
])
def test_bare_lenticular_labels_on_one_line(line, want):
    blocks = find_metadata_blocks(normalize_lines(line + "\n【文件来源】某某人民政府\n"), min_fields=1)
    assert blocks and (blocks[0].doc_number, blocks[0].date) == want


@pytest.mark.parametrize("rows,want", [
    # docmeta33 宜兴 (a converter copy of the city portal's pipe table): the topic and genre row is no title; the summary
    # cell holding a whole title names it
    ("索引號 | 014046317/2024-05637 | 生成日期 | 2024-10-08 | 公開日期 | 2024-10-08 |\n"
     "文件編號 | 宜政發[2024]129號 | 公開時限 | 長期公開 | ||\n"
     "主題(一) | 綜合政務 | 主題(二) | 文秘工作 | 體裁 | 批復 |\n"
     "內容概況 | 市政府關于同意新莊街道、官林鎮地名命名的批復 |\n",
     ("宜政发〔2024〕129号", "市政府关于同意新庄街道、官林镇地名命名的批复")),
    # fresh4 宜兴: the summary runs the page's head and 文号 into the title: no title
    ("索引号 014046317/2020-03624 生成日期 2020-09-22 公开日期 2020-09-22\n文件编号 宜政发〔2020〕160号 公开时限 长期公开\n"
     "主题(一) 国民经济管理、国有资产监管 主题(二) 重大项目建设 体裁 通知\n"
     "内容概况 宜兴市人民政府文件宜政发〔2020〕160号市政府关于印发2020年重点工作分解落实方案的通知\n",
     ("宜政发〔2020〕160号", None)),
    # 钟楼 (http://www.zhonglou.gov.cn/html/czzl/2021/FPJBLMLO_0414/15821.html): a summary opening the text is no title
    ("信息名称:区政府办公室关于印发《常州市钟楼区粮食应急预案》的通知\n索 引 号:014119467/2020-00556\n"
     "文件编号:钟政办发〔2020〕51号 发布机构:政府办\n"
     "内容概述:开发区、高新园(邹区镇)、各街道,区各有关单位:现将《常州市钟楼区粮食应急预案》印发给你们,请结合实际,认真贯彻执行。\n",
     ("钟政办发〔2020〕51号", "区政府办公室关于印发《常州市钟楼区粮食应急预案》的通知")),
])
def test_a_portal_tables_topic_rows_and_summary(rows, want):
    [block] = find_metadata_blocks(normalize_lines(rows))
    assert (block.doc_number, block.title) == want


@pytest.mark.parametrize("row,number", [
    # tasks44 shaanxi-ziyang-changwuhui-youx-fuze-diNjian (line 4, real; https://www.zyx.gov.cn/Content-2463854.html): a
    # supervision office's 通报 numbered in its series' issues, as the page's 文号 field prints it
    ("文号 | 督察通报第十七期 | 成文日期: | 2022年09月14日 |", "督察通报第十七期"),
    ("文号 | 督查通报2023年第5期 | 成文日期: | 2023年03月14日 |", "督查通报2023年第5期"),  # (constructed: the year before)
    # guards: a bare year and issue names no series (https://www.zyx.gov.cn/Content-2717260.html, real: "文号 二〇二四年
    # 第十六期"); a gazette's issue is the periodical's, not a document's number (fresh anhui_shexian-gongbao-brokenno)
    ("文号 | 二〇二四年第十六期 | 成文日期: | 2024年06月18日 |", None),
    ("文号 | 歙县人民政府公报2023年第11期 | 成文日期: | 2023年12月05日 |", None),
])
def test_a_bulletin_serial_in_the_number_field(row, number):
    rows = ["文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 | ||",
            "公开责任部门 | 紫阳县政府办公室 | 公开形式: | 主动公开 |", row, "有效性 | 有效 | 公开日期: | 2022年09月15日 |"]
    blocks = find_metadata_blocks(normalize_lines("\n".join(rows)))
    assert [b.doc_number for b in blocks] == [number]


@pytest.mark.parametrize("rows,title,more", [
    # fresh37 hainan_yangpu-danzhou-shengji-ducha-zhenggai-gongkai-meta (lines 4-5, real;
    # https://yangpu.hainan.gov.cn/yangpu/3302/202405/74b7bc85c3eb41c48acdfd413745b679.shtml): a bulleted block flattened, the
    # 标题's value on the next line run on into the 文号 and 发布日期 fields
    (["- 发文机关:洋浦经济开发区 成文日期:2024-05-31 22:14", "-", "标 题:",
      "儋州市公开贯彻落实海南省第五生态环境保护督察组督察反馈问题整改落实情况 - 文 号:发布日期: 2024-05-31 22:14",
      "- 备案登记号:"],
     "儋州市公开贯彻落实海南省第五生态环境保护督察组督察反馈问题整改落实情况", {"published": "2024-05-31 22:14"}),
    # fresh13 hunan_hejiadong-2016-tufa-shijian-zongti-yingji-yuan (lines 4-5, real; the same template on a 湖南 town's
    # page): the 名称's value run on into an empty 文号
    (["- 索 引 号:4311230009/2016-00065 分 类:", "-", "发文机关:", "发文日期: 2016-04-26 12:51 - 名称:",
      "何家洞镇突发事件总体应急预案 - 文号:", "何家洞镇突发事件总体应急预案"],
     "何家洞镇突发事件总体应急预案", {}),
    # guards: a value with no bullet's separator before the label is no such line (a sentence naming a label word); a line
    # with no pending label above it is never read as a value
    (["索 引 号:4311230009/2016-00065", "标 题:", "关于请于发布日期:2024年5月31日前报送材料的通知"], "关于请于发布日期:2024年5月31日前报送材料的通知", {}),
    (["索 引 号:4311230009/2016-00065", "发文日期: 2016-04-26", "某镇突发事件总体应急预案 - 文号:"], None, {}),
])
def test_a_value_run_on_into_the_next_fields(rows, title, more):
    blocks = find_metadata_blocks(normalize_lines("\n".join(rows)))
    assert blocks and blocks[0].fields.get("title") == title
    assert all(blocks[0].fields.get(k) == v for k, v in more.items())


@pytest.mark.parametrize("rows,number", [
    # docmeta119 anhui-renda-changweihui-gonggao-43hao-… (lines 1-7, real, normalised; https://mzt333.com/flfgk/30278.html, a
    # converter copy): a law library's 【】 labels, the 文号 field holding a people's congress standing committee's 公告 serial
    # (no bracketed year), the publisher field a code (no organ)
    (["- 【发布单位】81201", "- 【发布文号】安徽省人大常委会第43号", "- 【发布日期】1996-12-31", "- 【生效日期】1997-03-01",
      "- 【失效日期】--", "- 【文件来源】", "- 【所属类别】地方法规"], "安徽省人大常委会第43号"),
    # (constructed: the kind named in the value) / guard: a congress named with no serial is no number
    (["- 【发布文号】深圳市人民代表大会常务委员会公告第37号", "- 【发布日期】2001-12-26"], "深圳市人民代表大会常务委员会公告第37号"),
    (["- 【发布文号】安徽省人大常委会", "- 【发布日期】1996-12-31"], None),
])
def test_a_congress_notice_serial_in_the_number_field(rows, number):
    blocks = find_metadata_blocks(normalize_lines("\n".join(rows)))
    assert [b.doc_number for b in blocks] == [number]
