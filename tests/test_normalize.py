"""Normalisation keeps a map back to the original lines."""

from kg.parse.normalize import NormalizedText, normalize_doc_number, normalize_line, normalize_lines, normalize_registration


def test_spaces_inside_numbers_and_fullwidth_digits():
    assert normalize_line("补助 200 万元") == "补助200万元"
    assert normalize_line("促进３岁以下婴幼儿") == "促进3岁以下婴幼儿"
    assert normalize_line("≥38％") == "≥38%"
    assert normalize_line("2023 年9月20日") == "2023年9月20日"


def test_ascii_words_keep_their_space_and_tabs_survive():
    assert normalize_line("资源布局 and 居民服务需求") == "资源布局 and 居民服务需求"
    assert normalize_line("1\t山东辰祥电气设备有限公司\tA（优先发展类）") == "1\t山东辰祥电气设备有限公司\tA（优先发展类）"


def test_conversion_markup_is_removed():
    assert normalize_line(" [bookmark: _Toc5076][bookmark: _Toc7097]张店区社会信用体系建设实施方案（试行）") == \
        "张店区社会信用体系建设实施方案（试行）"
    assert normalize_line("<p>1.开展学生健康体检。</p>") == "1.开展学生健康体检。"
    assert normalize_line("- | | | |") == ""


def test_page_numbers_become_blank_lines_raw_kept():
    lines = normalize_lines("第一段\n\n— 15 —\n\n第二段\n")
    assert [ln.text for ln in lines] == ["第一段", "", "", "", "第二段"]
    assert lines[2].raw == "— 15 —"


def test_table_numbers_are_not_page_numbers():
    lines = normalize_lines("\t1\n\t区发展改革局\n")
    assert lines[0].text == "\t1"


def test_character_map_gives_original_lines():
    lines = normalize_lines("甲乙\n丙丁\n戊")
    nt = NormalizedText.from_lines(lines)
    i = nt.text.index("丁")
    assert nt.lines_of(i, i + 3) == (2, 3)


def test_doc_number_and_registration_variants():
    assert normalize_doc_number("张政办字[2021]20 号") == "张政办字〔2021〕20号"
    assert normalize_doc_number("周政办字〔2017〕126 号") == "周政办字〔2017〕126号"
    assert normalize_registration("ZCDR—2017—0020009") == "ZCDR-2017-0020009"
