"""The filler of a resident's question (index/filler.py): every matcher with the real question wording it was
written for, and the gazette words it must leave alone."""

import pytest

from index.filler import FILLERS, without_filler
from kg.parse.normalize import compact


def _words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("name, question, cleaned", [
    ("a_not_a", "帮残疾人的公益组织周村扶不扶持", "帮残疾人的公益组织周村扶持"),
    ("a_not_a", "孩子有没有残疾", "孩子有残疾"),
    ("a_not_a", "公务员办了护照要不要交", "公务员办了护照要交"),
    ("asking", "请问低保怎么申请", "低保 申请"),
    ("how", "小区没有物业管怎么办", "小区没有物业管"),
    ("how", "残疾证怎么办理", "残疾证 办理"),
    ("how", "张店怎么加强", "张店 加强"),
    ("speaker", "我家孩子上学", "家孩子上学"),
    ("speaker", "咱们村的路谁修", "村的路谁修"),
    ("emphasis", "到底归谁管", "归谁管"),
    ("particle", "企业信用会怎样呢", "企业信用会怎样"),
    ("particle", "有奖励吗", "有奖励"),
    ("what", "周村到2020年要做到啥样", "周村到2020年要做到 样"),
])
def test_filler_matchers(name, question, cleaned):
    assert name in FILLERS
    assert _words(without_filler(question)) == _words(cleaned)


@pytest.mark.parametrize("text", [
    "我国", "我省", "我市", "我区", "自我管理",  # the gazette's own 我X and 自我
    "统一下发", "网吧", "酒吧",  # 一下 and 吧 inside words
    "不得不", "防不胜防",  # 不 between two different characters
    "低保标准",
])
def test_filler_leaves_gazette_words_alone(text):
    assert without_filler(text) == text


def test_filler_reads_compacted_text_and_never_joins_two_words():
    # A removed piece leaves a space: no bigram spans the seam where 我 / 怎么办 stood.
    assert "家孩" in without_filler(compact("我 家孩子"))
    assert without_filler("补贴怎么办理") == "补贴 办理"  # 怎么办 only ends a question: here 怎么 + 办理
