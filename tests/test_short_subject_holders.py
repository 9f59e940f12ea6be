"""A firm named by its short name alone as the whole subject of a clause that enters it into an enterprise designation
at a level (kg.extract.holder_reader.short_subject_holders): the real line and real negatives."""

import pytest

from kg.extract.holder_reader import HolderReader, short_subject_holders

# liaoning-dengling-chuying-gongshi-jieshu-short-names-zigongsi.txt (entrep46) line 2, after the sentence that closed the
# 公示: a listed firm and its subsidiary (公司控股子公司) by their short names
YASHI = "亚世光电确定入选辽宁省瞪羚企业,公司控股子公司奇新光电入选辽宁省雏鹰企业"


def test_the_real_line():
    assert short_subject_holders(YASHI) == [("亚世光电", "省级"), ("奇新光电", "省级")]
    assert HolderReader().read(YASHI + "。") == [("亚世光电", "省级"), ("奇新光电", "省级")]


@pytest.mark.parametrize("sentence", [
    "我市企业入选辽宁省瞪羚企业",        # a speaker's word and a kind, no name
    "张三入选辽宁省瞪羚企业",            # a person's name is shorter than four
    "沈阳市入选国家级绿色工厂企业",      # a place
    "高新技术入选省级瞪羚企业",          # a kind of thing entered
    "亚世光电入选辽宁省瞪羚企业培育库",  # no designation at the clause's end
    "亚世光电入选瞪羚企业",              # no level
])
def test_no_short_subject(sentence):
    assert short_subject_holders(sentence) == []


def test_a_proposal_holds_nothing():
    assert HolderReader().read("亚世光电拟入选辽宁省瞪羚企业。") == []
