"""Repeal phrasings from other districts: one row per style, real lines (source given), expected targets."""

import pytest

from kg.extract.repeals import extract_repeals, sentence_repeals
from kg.parse.normalize import normalize_line, normalize_lines
from kg.parse.segment import segment_issue

HUAYUAN = "http://wlnch.com/RegionArticle/Detail/13034 (花垣县 清理结果)"

# (style, source, sentence as printed, [(target title, 文号, verb)])
SENTENCES = [
    ("清理 category: 失效", HUAYUAN,
     "二、《花垣县人民政府办公室关于印发〈花垣县行政许可事项清单(2022年版)〉的通知》等4件规范性文件失效。",
     [("花垣县人民政府办公室关于印发〈花垣县行政许可事项清单(2022年版)〉的通知", None, "失效")]),
    ("清理 category: 废止", HUAYUAN,
     "三、《花垣县人民政府办公室关于印发〈花垣县农村土地经营权流转管理办法实施细则(试行)〉的通知》等2件规范性文件废止。",
     [("花垣县人民政府办公室关于印发〈花垣县农村土地经营权流转管理办法实施细则(试行)〉的通知", None, "废止")]),
    ("清理 category: 继续有效 is not a repeal", HUAYUAN,
     "一、《花垣县人民政府办公室关于印发〈花垣县县级储备粮管理办法〉的通知》等7件规范性文件继续有效。", []),
    ("同时废止 with 原", "http://www.mdx.gov.cn/info/egovinfo/1007/overt_centent/11532323015172622Y-/2018-1220012.htm",
     "经县人民政府同意,现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行,原2007年印发的《牟定县突发环境事件应急预案》同时废止。",
     [("牟定县突发环境事件应急预案", None, "同时废止")]),
    ("verb first, several targets, 等N件", "issue #16",
     "决定废止《某县城市管理办法》(某政发〔2015〕3号)、《某县物业管理暂行规定》等2件规范性文件。",
     [("某县城市管理办法", "某政发〔2015〕3号", "废止"), ("某县物业管理暂行规定", None, "废止")]),
    ("proposed: 拟废止 is not a repeal", "issue #16", "经评估,拟废止《某县城市管理办法》(某政发〔2015〕3号)。", []),
    ("an upstream document cited beside the repeal is not a target", "issue #16",
     "根据《国务院关于取消一批行政许可事项的决定》(国发〔2020〕13号),决定废止《某县行政许可实施办法》。",
     [("某县行政许可实施办法", None, "废止")]),
]


@pytest.mark.parametrize("style,source,sentence,want", SENTENCES, ids=[s[0] for s in SENTENCES])
def test_repeal_sentences(style, source, sentence, want):
    got = sentence_repeals(normalize_line(sentence).replace(" ", ""))
    assert [(r["title"], r["doc_number"], r["verb"]) for r in got] == want


def test_a_cleanup_list_repeals_only_its_failed_and_repealed_items():
    text = "\n".join([
        "某县人民政府关于公布规范性文件清理结果的决定",
        "某政发〔2024〕5号",
        "各乡镇人民政府:",
        "现将清理结果公布如下。",
        "一、继续有效的规范性文件",
        "1.《某县县级储备粮管理办法》(某政办发〔2020〕3号)",
        "二、宣布失效的规范性文件",
        "1.《某县行政许可事项清单》(某政办发〔2022〕7号)",
        "三、决定废止的规范性文件",
        "1.《某县物业管理暂行规定》(某政发〔2015〕2号)",
        "某县人民政府",
        "2024年8月31日",
    ])
    issue = segment_issue(normalize_lines(text), "x.txt")
    got = sorted((r["target_doc_number"], r["kind"]) for r in extract_repeals(issue))
    assert got == [("某政办发〔2022〕7号", "宣布失效"), ("某政发〔2015〕2号", "废止")]
