"""fresh47's writing styles (benchmarks/data/other_districts_fresh47, opened to development at stop 28), each with the
line as printed in its file: the rules they were fixed by live in the registries of the modules named per section."""

import pytest

from kg.parse.normalize import normalize_lines


# ---------------------------------------------------------------- issuers (kg/parse/source_fields.py)

@pytest.mark.parametrize("text,organ", [
    # sichuan_guangyuan-shichang-jianguanju-lianhe-zhuanxiang-zhengzhi-dudao-converter.txt:4, the organ's own site's footer,
    # a converter copy (pinyin residues kept as printed): the README's decision C, the page prints its issuer there
    ("此次聯(lián)合督導(dǎo)中,市級(jí)督導(dǎo)組共計(jì)發(fā)現(xiàn)相關(guān)行政單位在落實(shí)聯(lián)合整治行動(dòng)中的問題。\n"
     "主辦單位:廣元市市場(chǎng)監(jiān)督管理局", "广元市市场监督管理局"),
    # negatives (constructed): a site or a newspaper running the page is no issuer
    ("此次督导中发现问题12个。\n主办单位:东南网", None),
    ("此次督导中发现问题12个。\n主办单位:广元日报社", None),
])
def test_a_footers_organising_organ_is_the_items_issuer(text, organ):
    from kg.parse.source_fields import news_source

    lines = normalize_lines(text)
    assert news_source(lines, 0, len(lines) - 1) == organ


@pytest.mark.parametrize("text,organ", [
    # guizhou_guiyang-shichang-jianguanju-2025-nongcun-jishi-lianhe-jiancha-converter.txt:3-5, an unlabelled byline: the
    # date, the organ, the view counter glued to it
    ("貴陽市市場監(jiān)督管理局聯(lián)合多部門開展集市檢查 筑牢農(nóng)村食品安全防線\n\n   2025-11-04 貴陽市市場監(jiān)督管理局4330",
     "贵阳市市场监督管理局"),
    # negatives (constructed): an unplaced office, a site
    ("2025-11-04 办公室4330", None),
    ("2025-11-04 中国食品网4330", None),
])
def test_a_dated_bylines_organ_before_its_counter(text, organ):
    from kg.parse.source_fields import news_source

    lines = normalize_lines(text)
    assert news_source(lines, 0, len(lines) - 1) == organ
