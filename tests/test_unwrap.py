"""A plain-text copy cut at a fixed width is joined back; texts typed a paragraph a line are left as they are."""

from pathlib import Path

import pytest

from kg.read.text import text_result
from kg.read.unwrap import unwrap_fixed_width, wrap_width

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
# a real page, one paragraph a line (benchmarks/data/other_districts_fresh2/hunan_xiangyin-yingshang-qiantou.txt)
REAL = DATA / "other_districts_fresh2" / "texts" / "hunan_xiangyin-yingshang-qiantou.txt"


def _cut(lines: list[str], width: int) -> list[str]:
    return [ln[i:i + width] for ln in lines for i in range(0, max(len(ln), 1), width)]


@pytest.mark.parametrize("width", [24, 30, 38])
def test_real_page_cut_at_a_width_reads_as_typed(width):
    lines = REAL.read_text(encoding="utf-8").split("\n")
    cut = _cut(lines, width)
    assert wrap_width(cut) == width
    back = unwrap_fixed_width(cut)
    # every paragraph comes back whole, but one that ends exactly at the width (glued to the next) or is cut
    # after a colon
    whole = "\n".join(back)
    assert sum(ln in back for ln in lines if ln.strip()) >= 0.9 * sum(1 for ln in lines if ln.strip())
    assert all(ln in whole for ln in lines if ln.strip() and len(ln) < width)


# real texts of the sets that a site printed cut at a fixed width: docmeta33's law-site copy of 国务院令第238号 is cut at
# 25 characters ("第二条国家对生猪实行定点屠宰、集中检疫、统一纳" / "税、分散经营的制度。")
CUT_AT = {"national-1997-guowuyuan-ling238-shengzhu-tuzai-guanli-tiaoli-law-site.txt": 25}


def test_no_real_text_of_the_sets_reads_as_cut_but_those_a_site_cut():
    texts = sorted(DATA.glob("*/texts/*.txt"))
    assert len(texts) > 300
    widths = {t.name: wrap_width(t.read_text(encoding="utf-8").split("\n")) for t in texts}
    assert {name: w for name, w in widths.items() if w} == CUT_AT


# (lines, expected): what is never joined to a cut line
KEPT_APART = [
    (["一二三四五六七八九十一二"] * 6 + ["(一)加强组织领导"], "(一)加强组织领导"),  # a numbered item
    (["一二三四五六七八九十一二"] * 6 + ["附件:任务分解表"], "附件:任务分解表"),  # an attachment line
    (["一二三四五六七八九十一二"] * 6 + ["1\t推进项目\t区发改局"], "1\t推进项目\t区发改局"),  # a table row
    (["一二三四五六七八九十一:"] * 6 + ["区发改局"], "区发改局"),  # the cut line announces a list
]


def test_line_ending_a_sentence_at_the_width_is_kept_apart():
    """entrep31's list of 老字号, one enterprise a paragraph, cut at 30: two paragraphs are exactly 30 characters."""
    body = ["一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", "完。"] * 5
    kept = ["宁波陆宝食品有限公司,品牌“郭滋生”,品牌创立于1899年。", "宁波申田工贸有限公司,品牌“汲绠斋”,品牌创立于1821年。",
            "宁波草湖食品有限公司,品牌“草湖”,品牌创立于1947年。"]
    assert wrap_width(body + kept) == 30
    assert unwrap_fixed_width(body + kept)[-3:] == kept


def test_cut_inside_a_number_or_word_is_joined_without_a_space():
    """quanguo 2013 核心育种场 list and a converter page's e-mail, cut at 30 inside "17." and "qq.com"."""
    body = ["一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", "完。"] * 5
    lines = body + ["16.湖南鑫广安农牧股份有限公司 1", "7.清远市龙发种猪有限公司", "报料热线:8862395@qq.co", "m"]
    # (the lines of 30 are the cuts; "7.清远…" starts like a numbered item but continues the number "1")
    lines[-4] = lines[-4].rjust(30, "一")
    lines[-2] = lines[-2].rjust(30, "一")
    got = unwrap_fixed_width(lines)
    assert got[-2:] == [lines[-4] + lines[-3], lines[-2] + lines[-1]]


@pytest.mark.parametrize("lines,kept", KEPT_APART)
def test_not_joined(lines, kept):
    assert unwrap_fixed_width(lines)[-1] == kept


def test_text_reader_joins_cut_lines():
    text = "\n".join(_cut(REAL.read_text(encoding="utf-8").split("\n"), 30))
    got = text_result("x.txt", text.encode("utf-8")).lines
    assert len(got) < len(text.split("\n"))
    assert text_result("x.txt", REAL.read_bytes()).lines == REAL.read_text(encoding="utf-8").rstrip("\n").split("\n")


def test_a_cut_ending_in_spaces_is_joined():
    """hubei_jiayu-fenjie-meta.txt (benchmarks/data/other_districts) cut at 30: the cut falls inside 文       号."""
    body = ["一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", "完。"] * 5
    lines = ["索引号 : 01105619X/2024-07672 文  ", "     号 : 嘉政办发〔2024〕1号"] + body
    # (one space where the cut fell on spaces: the metadata reader reads a spaced label, 文 号)
    assert unwrap_fixed_width(lines)[0] == "索引号 : 01105619X/2024-07672 文 号 : 嘉政办发〔2024〕1号"
