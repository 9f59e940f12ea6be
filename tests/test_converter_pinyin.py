"""The converter-pinyin table (benchmarks.converter_pinyin.PINYIN) is what the real converter pages print.

The table is shared by the synthetic converter copies and the metamorphic `pinyin` transform; it must be the harvest
of the development folders' real converter pages (never-seen folders are not read), and its readings must be the ones
real lines print.
"""

from pathlib import Path

import pytest

from benchmarks.converter_pinyin import (ANNOTATION, PINYIN, annotate, converter_copy, development_converter_pages, harvest,
                                         table_source)
from kg.parse.normalize import fold, strip_pinyin

# (where, the line as printed): real converter lines of the development folders
REAL_LINES = [
    ("other_districts_fresh44/jilin_baicheng-zhenlai-xiaofang-jiuyuan-dadui-xiaofang-chanpin-jiancha-converter.txt:1",
     "鎮(zhèn)賚縣消防救援大隊(duì)"),
    ("other_districts_entrep101/guangdong-dongyuan-xianji-nongye-longtou-niren-ding-gongshi-yinhao-converter.txt:1",
     "關(guān)于對擬認(rèn)定2024年縣重點(diǎn)農(nóng)業(yè)龍頭企業(yè)名單的公示"),
    ("other_districts_docent59/ningxia_zizhiqu-2019-huanjing-xinyong-sipai-converter.txt:1",
     "您當(dāng)前的位置:首頁 > 財(cái)經(jīng)資訊 > 國內(nèi)資訊"),
    ("other_districts/shanghai_zhengwuchengxin-converter.txt", "滬府發(fā)〔2017〕92號"),
    ("other_districts/jiangsu_wujiang-zhongdian-converter.txt", "蘇州市吳江區(qū)人民政府"),
    ("other_districts/liaoning_panshan-chuangwei-converter.txt", "各鎮(zhèn)人民政府,縣政府各有關(guān)部門:"),
]


@pytest.mark.parametrize("where,line", REAL_LINES, ids=[w.split("/")[-1] for w, _ in REAL_LINES])
def test_table_reads_real_converter_lines(where, line):
    printed = ANNOTATION.findall(line)
    assert printed, where
    for ch, syllable in printed:
        assert PINYIN.get(ch) == syllable, f"{where}: {ch}({syllable})"
    # annotating the bare line with the table prints at least every annotation the real converter printed
    again = ANNOTATION.findall(annotate(strip_pinyin(line)))
    assert set(printed) <= set(again), where


def test_table_is_the_harvest_of_the_development_converter_pages():
    pages = list(development_converter_pages())
    assert len(pages) >= 300
    assert harvest(pages) == PINYIN


def test_the_written_block_is_the_modules_own():
    # `--write` puts table_source(harvest) in place of the module's block: the block as it stands is that form
    import benchmarks.converter_pinyin as module

    src = Path(module.__file__).read_text(encoding="utf-8")
    assert table_source(PINYIN) in src


def test_converter_copy_reads_back_as_the_simplified_text():
    for s in ("南沙开发区管委会", "自治区工业和信息化厅", "县政发〔2024〕7号", "由县委督查室组建联合督查组"):
        copy = converter_copy(s)
        assert ANNOTATION.search(copy) and fold(copy) == s
    # a converter run over a converter copy prints the syllable twice; the run goes as one
    assert fold(converter_copy("联合督查组") .replace("聯(lián)", "聯(lián)(lián)")) == "联合督查组"
