"""Reading gazette files: encodings are detected, bad input fails clearly and loses nothing."""

import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.parse import parse_issue
from kg.parse.read import decode_bytes, read_gazette

SAMPLE = "004_02113af7f14ec3cd.txt"


@pytest.fixture(scope="module")
def sample_text(corpus):
    return (corpus / SAMPLE).read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding,prefix", [
    ("gbk", b""), ("gb18030", b""), ("utf-16", b""), ("utf-16-le", b""), ("utf-8", b"\xef\xbb\xbf"),
])
def test_every_encoding_gives_identical_documents(tmp_path, sample_text, corpus, encoding, prefix):
    # GBK cannot encode every character of the sample; GB18030 can. Use GB18030-safe text for gbk.
    text = sample_text
    if encoding == "gbk":
        text = text.encode("gbk", errors="replace").decode("gbk")
    path = tmp_path / SAMPLE
    path.write_bytes(prefix + text.encode(encoding))
    got = parse_issue(path)
    want = parse_issue(corpus / SAMPLE)
    assert [(d.title, d.doc_number, d.date, d.line_start, d.line_end) for d in got.documents] == \
           [(d.title, d.doc_number, d.date, d.line_start, d.line_end) for d in want.documents]


def test_empty_file_is_a_clear_error(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"  \n\n")
    with pytest.raises(InputError, match="empty.txt: empty file"):
        read_gazette(p)


def test_binary_file_is_a_clear_error(tmp_path):
    p = tmp_path / "scan.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(InputError, match="scan.txt: binary"):
        read_gazette(p)


def test_missing_file_names_the_file(tmp_path):
    with pytest.raises(InputError, match="nope.txt"):
        read_gazette(tmp_path / "nope.txt")


def test_text_without_a_header_is_one_document(tmp_path):
    p = tmp_path / "notes.txt"
    p.write_text("会议纪要\n\n今天讨论了绿化工作。\n", encoding="utf-8")
    issue = parse_issue(p)
    [d] = issue.documents
    assert (d.title, d.header_found, d.line_start, d.line_end, d.issuer, d.date) == ("会议纪要", False, 1, 3, None, None)
    assert any("no document header" in w for w in issue.warnings)


def test_traditional_chinese_is_matched_as_simplified_but_kept_raw(tmp_path, sample_text):
    import opencc

    trad = opencc.OpenCC("s2t").convert(sample_text)
    p = tmp_path / "trad.txt"
    p.write_text(trad, encoding="utf-8")
    issue = parse_issue(p)
    assert len([d for d in issue.documents if d.header_found]) == 7
    d = issue.documents[-1]
    assert d.title == "张店区人民政府办公室关于提高全区困难群众救助保障标准的通知"
    assert "辦公室" in issue.line(d.line_start).raw  # the original is kept for display


def test_decode_reports_encoding():
    text, enc = decode_bytes("张店区人民政府".encode("gb18030"))
    assert text == "张店区人民政府" and enc == "gb18030"


def test_a_table_drawn_in_box_characters_is_text():
    """A law site prints an old decree's table of 30 规章 as ┌──┬────┐ / │序号│规章名称│ rows padded with spaces: box-drawing
    characters are a page's characters, not a binary file's (fresh54 海南 令第171号, a crash once)."""
    from kg.parse import parse_issue

    path = (Path(__file__).parent.parent / "benchmarks/data/other_districts_fresh54/texts"
            / "hainan_sheng-renmin-zhengfu-2004-xiugai-30jian-guizhang-jueding-ling171.txt")
    text, _ = read_gazette(path)
    assert "│序号│规章名称│" in text.replace(" ", "")
    titles = [d.title for d in parse_issue(path).documents]
    assert any("修改《海南省城市市容和环境卫生管理办法》等30件规章的决定" in (t or "") for t in titles)
    with pytest.raises(InputError, match="binary"):  # box characters alone do not make noise text
        decode_bytes(os.urandom(4000).replace(b"\x00", b"\x01"), "noise")


def test_a_japanese_translation_of_a_chinese_page_is_text(tmp_path):
    """Kana between the Chinese names of a translated page are a page's characters, no binary file's (entrep37 常州,
    http://www.akbankbankingcenter.com/ns_news/271437721554673)."""
    p = tmp_path / "ja.txt"
    p.write_text("7月13日、江蘇省商務庁が第一回「江蘇老字號」(江蘇老舗)企業名簿を公表し、84企業が入選されたことが明らかにした。\n"
                 "それは江蘇雙桂坊餐飲管理有限公司、常州府前樓餐飲有限公司、常州茶葉有限公司。\n", encoding="utf-8")
    assert "江蘇雙桂坊餐飲管理有限公司" in read_gazette(p)[0]
