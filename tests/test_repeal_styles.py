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
    # ---- verbs and shapes beyond 废止 (real lines)
    ("原《X》即行废止", "https://m.juanbaike.com/changshi/8QWqwK32xr.html (公文写法: 在新文件后面备注废止内容)",
     "本规定自某年某月某日起执行,原《×××规定》即行废止。", [("×××规定", None, "即行废止")]),
    # ---- never a repeal (real lines from benchmarks/data/repeal_notices and the development set)
    ("cited upstream decision whose own title says 宣布失效",
     "http://foodwifi.net/zcfg/201803/14933.html (广东省人民政府)",
     "为贯彻落实《中共中央 国务院关于印发〈法治政府建设实施纲要(2015-2020年)〉的通知》(中发〔2015〕36号)、"
     "《国务院关于宣布失效一批国务院文件的决定》(国发〔2015〕68号)等文件,进一步推进我省简政放权、放管结合、优化服务改革", []),
    ("a count of 宣布失效 documents names none", "http://foodwifi.net/zcfg/201803/14933.html (广东省人民政府)",
     "经清理,省政府决定,对不符合现行法律法规规章或者国家文件规定、不适应经济社会发展、适用期已过、调整对象已消失、"
     "规定任务已完成的2274件省政府文件宣布失效。凡宣布失效的省政府文件,自本决定印发之日起一律停止执行,不再作为行政管理的依据。", []),
    ("amended (修改) is not repealed", "http://law865.infoeach.com/view-ODY1fDExOTI0NA==.html (石家庄市人民政府令第166号)",
     "为适应行政村档案管理新的要求和形式,进一步规范行政村档案管理,市政府决定对《石家庄市行政村档案管理办法》做如下修改:", []),
    ("an amending decision's own title", "http://law865.infoeach.com/view-ODY1fDExOTI0NA==.html (石家庄市人民政府令第166号)",
     "《石家庄市人民政府关于修改〈石家庄市行政村档案管理办法〉的决定》已经二○○九年四月十一日市第十二届人民政府第二十四次常务会议讨论通过,现予发布。", []),
    ("a revised edition cited as basis", "https://www.jiading.gov.cn/publicity/jcgk/zdgkwj/qzfwj/qfbwj/14888 (嘉定区)",
     "《国家自然灾害救助应急预案》、《上海市自然灾害救助应急预案》(2012年修订版)、《上海市突发公共事件总体应急预案》", []),
    ("unnamed 不再执行 of a cleanup", "http://wlnch.com/RegionArticle/Detail/13034 (花垣县)",
     "上述宣布废止、失效的规范性文件,自本决定公布之日起不再执行;继续有效的规范性文件,有效期自该规范性文件发布之日起计算。", []),
    ("a 解读 page title naming a 废止目录 notice", "http://pingjiang.gov.cn/35048/35065/content_1782067.html (平江县)",
     "关于发布《平江县人民政府关于公布2020年第二批规范性文件废止目录的通知》的解读说明", []),
    ("proposed counts: 拟失效", "https://ixbang.com/bid/detail/785E411112727D7CAF9705DA0CA65FAB.html (濮阳县)",
     "经汇总统计,此次规范性文件清理工作共梳理文件136件,其中拟保留91件、拟失效44件、拟修改1件。", []),
    ("the new plan issued beside the repealed one", "http://www.mdx.gov.cn/info/egovinfo/1007/overt_centent/11532323015172622Y-/2018-1220012.htm",
     "现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行", []),
    # ---- shapes of issue #16 without a real line yet (the pages corpus gave none not already in the evaluation sets)
    ("a list before the verb: every item is a target", "issue #16 (shape: 本办法自…起施行，《…》（…）同时废止)",
     "本办法自2020年1月1日起施行,《某县物业管理暂行规定》(某政发〔2015〕2号)、《某县城市管理办法》(某政发〔2016〕3号)同时废止。",
     [("某县物业管理暂行规定", "某政发〔2015〕2号", "同时废止"), ("某县城市管理办法", "某政发〔2016〕3号", "同时废止")]),
    ("自…起废止", "issue #16 (shape)", "原《某县物业管理暂行规定》自2020年1月1日起废止。", [("某县物业管理暂行规定", None, "废止")]),
    ("停止执行 with 文件", "issue #16 (shape)", "《某县城市管理办法》(某政发〔2016〕3号)文件停止执行。",
     [("某县城市管理办法", "某政发〔2016〕3号", "停止执行")]),
    ("numbers only", "issue #16 (shape: lists of 文号 only)", "某政发〔2015〕2号、某政办发〔2016〕7号文件同时废止。",
     [(None, "某政发〔2015〕2号", "同时废止"), (None, "某政办发〔2016〕7号", "同时废止")]),
    ("proposed before the list: 拟将《X》废止", "issue #16 (shape)", "经评估,拟将《某县城市管理办法》予以废止。", []),
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


def test_a_proposed_list_heading_repeals_nothing():
    """拟废止 / 拟宣布失效 … 目录 headings announce a proposal: their items stay in force."""
    text = "\n".join([
        "某县人民政府关于征求规范性文件清理意见的通知",
        "某政办函〔2025〕5号",
        "各乡镇人民政府:",
        "现将清理意见公布如下。",
        "一、拟废止的规范性文件",
        "1.《某县物业管理暂行规定》(某政发〔2015〕2号)",
        "二、拟宣布失效的规范性文件",
        "1.《某县行政许可事项清单》(某政办发〔2022〕7号)",
        "某县人民政府办公室",
        "2025年8月1日",
    ])
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert extract_repeals(issue) == []


def test_a_list_of_numbers_only_under_a_repeal_heading():
    """Shape of issue #16 ("lists of 文号 only"): numbered 文号 under a 废止 heading are targets; under 继续有效 not."""
    text = "\n".join([
        "某县人民政府关于废止部分规范性文件的决定",
        "某政发〔2024〕9号",
        "各乡镇人民政府:",
        "一、继续有效的规范性文件",
        "1.某政发〔2020〕3号",
        "二、决定废止的规范性文件",
        "1.某政发〔2015〕2号",
        "2.某政办发〔2016〕7号",
        "某县人民政府",
        "2024年9月1日",
    ])
    issue = segment_issue(normalize_lines(text), "x.txt")
    got = sorted((r["target_title"], r["target_doc_number"], r["kind"]) for r in extract_repeals(issue))
    assert got == [(None, "某政办发〔2016〕7号", "废止"), (None, "某政发〔2015〕2号", "废止")]
