"""News headlines that are one joint-work sentence (kg/extract/joint_headlines.py) and sentences set one phrase a line
(kg/extract/phrase_lines.py): each style with the real lines it was written for, negatives, and the two real files read
end to end."""

from pathlib import Path

import pytest

from kg.extract import extract_all
from kg.extract.joint_headlines import JOINT_HEADLINES, joint_headline, without_restated_headlines
from kg.extract.phrase_lines import OPEN_HEADS, phrase_sentence
from kg.parse import parse_issue
from kg.parse.normalize import compact, normalize_lines

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"

# (where, headline line, style read or None)
HEADLINES = [
    ("fresh22 安乡 l.3", "县自然资源局联合县森林公安局开展现场执法", "X联合Y开展"),
    ("fresh15 新干 l.4 (restated in the body)", "江西吉安市新干县局联合县教体局开展校园食品安全专项检查", "X联合Y开展"),
    # negatives: no partner named, a notice's title, the sentence's punctuation, a body paragraph
    ("fresh22 鹤壁 l.3", "市交通运输执法局联合多部门专项整治客运市场", None),
    ("constructed", "关于县自然资源局联合县森林公安局开展现场执法的通知", None),
    ("constructed", "县自然资源局联合县森林公安局开展专项行动的实施方案", None),
    ("constructed", "近日，县自然资源局联合县森林公安局开展现场执法", None),
]


@pytest.mark.parametrize("where,line,style", HEADLINES, ids=[r[0] + " " + r[1][:12] for r in HEADLINES])
def test_joint_headline(where, line, style):
    assert joint_headline(compact(line)) == style, where


def test_every_headline_style_has_its_real_line():
    for name, shape, line in JOINT_HEADLINES:
        assert joint_headline(compact(line)) == name


def _task(names_lead, names_coop, headline=False):
    t = {"lead": [{"name": n} for n in names_lead], "cooperate": [{"name": n} for n in names_coop]}
    if headline:
        t["headline"] = True
    return t


def test_restated_headline_dropped():
    # fresh15 新干: the body names the lead in full, the same partner
    head = _task(["江西吉安市新干县局"], ["县教体局"], headline=True)
    body = _task(["吉安市新干县市场监管局"], ["县教体局"])
    assert without_restated_headlines([head, body]) == [body]
    # fresh22 安乡: the body's 县自然资源局 alone is the lead's own deed (no task): the headline stays, its flag gone
    lone = _task(["县自然资源局"], ["县森林公安局"], headline=True)
    assert without_restated_headlines([lone]) == [_task(["县自然资源局"], ["县森林公安局"])]


# (where, the lines from the opening on, the sentence read or None)
PHRASES = [
    ("fresh20 南通 l.35-41", ["市公安局联合崇川区安委会", "", "对市区部分", "", "“剧本杀”“密室逃生”场馆", "", "进行了一次突击检查",
                            "", "", "", "检查中发现"],
     "市公安局联合崇川区安委会对市区部分“剧本杀”“密室逃生”场馆进行了一次突击检查"),
    # negatives: 联合 an adverb before no partner (fresh50 沈北 l.5), the paragraph ending before any action, a class
    ("fresh50 沈北 l.5", ["沈阳沈北新区多部门联合执法整治背街小巷", "", "执法现场供图沈北新区委宣传部"], None),
    ("constructed", ["市公安局联合崇川区安委会", "", "", "对市区部分场馆进行了检查"], None),
    ("fresh13 恭城 l.2", ["我县多部门联合开展检查排查整治燃气安全隐患", "我县多部门联合开展检查排查整治燃气安全隐患"], None),
]


@pytest.mark.parametrize("where,raws,want", PHRASES, ids=[r[0] for r in PHRASES])
def test_phrase_sentence(where, raws, want):
    lines = normalize_lines("\n".join(raws))
    got = phrase_sentence(lines, 0)
    assert (got[0] if got else None) == want, where


def test_every_open_head_has_its_real_line():
    for _, shape, line in OPEN_HEADS:
        assert shape.match(line)


@pytest.mark.parametrize("folder,name,line,lead,coop,span", [
    ("other_districts_fresh22", "hunan_anxiang-2022-gengdi-baohu-xianchang-zhifa-forum.txt", 3,
     ["县自然资源局"], ["县森林公安局"], (3, 3)),
    ("other_districts_fresh20", "jiangsu_nantong-2021-jubensha-mishi-tuji-jiancha-forum.txt", 35,
     ["市公安局"], ["崇川区安委会"], (35, 41)),
])
def test_real_files(folder, name, line, lead, coop, span):
    tasks = extract_all([parse_issue(DATA / folder / "texts" / name)])["tasks"]
    got = [t for t in tasks if t["line"] == line]
    assert len(got) == 1
    t = got[0]
    assert [u["name"] for u in t["lead"]] == lead and [u["name"] for u in t["cooperate"]] == coop
    assert (t["source"]["line_start"], t["source"]["line_end"]) == span
    assert "headline" not in t
