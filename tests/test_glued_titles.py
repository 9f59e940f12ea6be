"""glued_titles.py's registry, each style with the real line it was written for; and the heading lines a title
opening on 《 keeps (fallback_header._fallback_title, page_titles._first_title); a gazette issue's label is no title
(page_titles._title_like)."""

from pathlib import Path

import pytest

from kg.parse.glued_titles import GLUED_TITLE_STYLES, glued_title_in
from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue

# (style, the line as printed (its start), title, 文号)
CASES = [
    # benchmarks/data/other_districts_entrep92/texts/shandong-zhuanjingtexin-2020-xinrending-fuhe-buzaibaoliu-traditional.txt:2
    ("echoed_title",
     "關于公布2020年度省級“專精特新”中小企業的通知關于公布2020年度省級“專精特新”中小企業的通知 來源:山東省工業和信息化廳 "
     "魯工信創〔2020〕217號 各市工業和信息化局,青島市民營經濟發展局,有關單位: 為貫徹落實中辦、國辦…",
     "关于公布2020年度省级“专精特新”中小企业的通知", "鲁工信创〔2020〕217号"),
    # benchmarks/data/other_districts_tasks50/texts/shaanxi-yanta-xiaofei-huodong-you-x-qiantou-fenhao-gefuzeze.txt:1
    ("kind_into_opening_sentence",
     "区利用消费热点促进居民消费意见针对一季度我区商贸流通业出现销售水平整体下滑,销售形势较为严峻,社会零售额增长幅度减缓的情况。",
     "区利用消费热点促进居民消费意见", None),
    # benchmarks/data/other_districts_tasks50/texts/hubei-jianli-daqi-zhize-qingdan-space-table-wrapped-unit-wancheng-shijian.txt:2
    ("attachment_over_table",
     "附件 监利县2018年环境空气质量综合整治方案职责清单 工作任务和内容 责任单位 配合单位 完成时间 负责全县环境空气质量达标整治工作的舆论宣传,",
     "监利县2018年环境空气质量综合整治方案职责清单", None),
    # (its s2twp copy: the spaces read from the printed line, folded)
    ("attachment_over_table",
     "附件 監利縣2018年環境空氣質量綜合整治方案職責清單 工作任務和內容 責任單位 配合單位 完成時間 負責全縣環境空氣質量達標整治工作的輿論宣傳,",
     "监利县2018年环境空气质量综合整治方案职责清单", None),
]

# lines no style reads as a title run into the text
NOT_TITLES = [
    # a sentence opening on its ground, a plan named inside it
    "根据《某县农村人居环境整治方案》针对当前存在的问题,现就有关工作通知如下:各乡镇要高度重视,切实抓好落实,确保各项任务按期完成,取得实效。",
    # a body sentence with a kind word, run on with no bound
    "各乡镇要按照方案要求认真组织实施,切实加强组织领导,强化责任落实,确保各项工作任务落到实处,取得明显成效,请于每月底前报送进展情况。",
    # an attachment's title with no table after it (nor a sentence of its ground or purpose)
    "附件 监利县2018年环境空气质量综合整治方案职责清单 现将各单位在全县环境空气质量达标整治工作中的职责明确如下,请认真遵照执行并按时报送进展。",
]


@pytest.mark.parametrize("style,line,title,number", CASES)
def test_glued_title_styles(style, line, title, number):
    lines = normalize_lines(line)
    assert glued_title_in(lines[0].text, lines[0].raw) == (style, title, number)


@pytest.mark.parametrize("line", NOT_TITLES)
def test_no_glued_title(line):
    lines = normalize_lines(line)
    assert glued_title_in(lines[0].text, lines[0].raw) is None


def test_every_style_has_a_case():
    assert {s.name for s in GLUED_TITLE_STYLES} == {c[0] for c in CASES}


def test_one_line_page_titled():
    """A one-line page with no heading of its own: the glued title, not the file's name."""
    text = "编辑: 麒麟兔爷 2019-03-14\n" + CASES[2][1] + "利用电台、电视、门户网站等媒体,开展全县环境空气质量达标整治工作的专题宣传和跟踪报道。\n"
    doc = segment_issue(normalize_lines(text), "jianli.txt").documents[0]
    assert doc.title == CASES[2][2]


def test_quoted_title_over_three_lines():
    """A notice's title whose 关于印发 was left off, opening on 《 and closing it two lines down (fresh55
    jilin_sheng-lvyou-lingdao-xiaozu-2021-bingxue-lvyou-shishi-fangan.txt:1-3), over a body that quotes a 关于 title."""
    path = Path("benchmarks/data/other_districts_fresh55/texts/jilin_sheng-lvyou-lingdao-xiaozu-2021-bingxue-lvyou-shishi-fangan.txt")
    lines = normalize_lines(path.read_text(encoding="utf-8"))
    doc = segment_issue(lines, path.name).documents[0]
    assert doc.title == "《关于落实文化和旅游部国家发展改革委国家体育总局<冰雪旅游发展行动计划(2021-2023年)>的实施方案》的通知"
    assert doc.line_start == 1


@pytest.mark.parametrize("line,title_like", [
    # benchmarks/data/other_districts_tasks117/texts/taiwan-taoyuan-zhuguan-huiyi-qing-guanguang-xingxiaoju-zhuzheng-traditional.txt:1,4
    ("◆民国100年度第05期", False),
    ("2021年第5期", False),
    ("桃园县政府第615次主管会议纪录", True),
    ("2021年第5期工作简报", True),
])
def test_issue_label_is_no_title(line, title_like):
    from kg.parse.page_titles import _title_like

    assert _title_like(line) is title_like
