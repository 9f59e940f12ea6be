"""Readers widened for fresh54's misses (issue #16, round169), each with the real lines it was written from
(benchmarks/data/other_districts_fresh54/texts, file and line per row) and plain negatives: roles a report states in
prose (kg/extract/reported_roles.py: `主责单位是A、B`, `如X,亦表示要`, `A、B和C经…程序,认定`), 锚定 after a body's 将
(duty_subjects._WILL_WORDS), a wiki's 通过日期 bullet (metadata.FIELDS), an organ line over its 主送
(unsigned_issuers.organ_over_recipients) and a decree note whose open bracket was lost (decree_notes._NOTE_DECREE,
printed_dates._ADOPTION)."""

import pytest

from kg.extract.duty_styles import _sentence_roles
from kg.extract.reported_roles import conferred_jointly, pledged_subject, pledged_to, role_label_is
from kg.parse.normalize import fold, normalize_lines
from kg.parse.segment import segment_issue

BEIJING = "beijing_shi-zhengfu-2018-zhengfu-gongzuo-baogao-zhongdian-gongzuo-fengong-xinjingbao.txt"

# (what, sentence as the reader sees it (folded), lead, cooperate, generic)
SENTENCES = [
    # BEIJING line 6, its first sentence: a lone named 主责单位 beside a class; the 牵头领导 a person
    ("a lone named 主责单位 beside a class",
     "例如,第1项任务“地区生产总值增长6.5%左右”,牵头领导是常务副市长张工,主责单位是市发展改革委、各区政府。",
     ["市发展改革委"], [], ["各区政府"]),
    # BEIJING line 6, its second sentence: three named 主责 bodies, no lead marked among them: all lead
    ("three named 主责 bodies and a class",
     "第98项任务“制定全市地面停车规划,实施公共区域停车管理网格化巡查,加强交通静态管理”,牵头领导是市政府党组成员、公安局局长王小洪和"
     "副市长杨斌,主责单位是市交通委、市公安局、市城管执法局、有关区政府。",
     ["市交通委", "市公安局", "市城管执法局"], [], ["有关区政府"]),
    # the s2twp copy of BEIJING line 6 (traditional, folded by the normaliser)
    ("the traditional copy", fold("主責單位是市交通委、市公安局、市城管執法局、有關區政府。"),
     ["市交通委", "市公安局", "市城管执法局"], [], ["有关区政府"]),
    # xinjiang_2010-zhongyang-buwei-yuanjiang-xin-jieduan-chinanews-trad.txt line 11, its last clause (after duties' cut)
    ("a place's pledge with 要 after an example's 如", fold("如安徽省,亦表示要在5年內投入13億支援和田地區皮山縣。"),
     ["安徽省"], [], []),
    # shaanxi_xian-lintong-qu-2013-keji-xing-nongye-longtou-qiye-diyipi-trad.txt line 4: four bodies confer a title jointly
    ("four bodies conferring a title after a procedure",
     fold("據了解,西安市科技局、市統籌辦、市農委和市發改委經公開徵集、專家評審等程序,全市首批認定科技型農業龍頭企業24家,科技型農民專業合作社19家。"),
     [], ["西安市科技局", "市统筹办", "市农委", "市发改委"], []),
    # jilin_jilin-shi-2025-jingji-shehui-fazhan-xingshi-tongbaohui-chinanews.txt line 3, its second sentence (cut mid-word
    # as the excerpt is): the city government's future 将 before the target it anchors to
    ("a government's 将锚定", "市政府将锚定全年经济发展预期目标,聚焦全方位扩大内需、现代", ["市政府"], [], []),
]


@pytest.mark.parametrize("what,sent,lead,coop,generic", SENTENCES, ids=[s[0] for s in SENTENCES])
def test_reported_roles(what, sent, lead, coop, generic):
    roles, style = _sentence_roles(sent)
    assert style is not None, what
    assert (roles.lead, roles.cooperate, roles.generic_lead + roles.generic_cooperate) == (lead, coop, generic)


@pytest.mark.parametrize("sent", [
    # a person's label, no body: BEIJING line 6's own clause alone
    "牵头领导是常务副市长张工。",
    # a list's convention stated, no clause opening with the label (fresh5's 杭州: "列第一位的责任单位为牵头单位或汇总单位")
    "列第一位的责任单位为牵头单位或汇总单位。",
    # a label naming a role, no body (fresh6's 厦门 remark, its bracket gone)
    "责任单位为牵头单位,下同。",
])
def test_no_role_label_without_a_named_body(sent):
    assert role_label_is(sent) is None


@pytest.mark.parametrize("sent", [
    # xinjiang …-trad.txt line 11, its first clause: `已表示` with no 要 prints no duty (its README: no task)
    "如广东省已表示,5年内投入100余亿元人民币支援新疆喀什地区5县市",
    # a person's pledge names no unit (jilin line 3's speaker, constructed with 要)
    "王吉表示要锚定全年目标",
    # fresh21's 张掖 item: "双方表示要进一步加强工作协调联动" (双方 is no body)
    "双方表示要进一步加强工作协调联动",
])
def test_no_pledge_without_a_named_body_and_要(sent):
    assert pledged_to(sent) is None and pledged_subject(sent) is None


@pytest.mark.parametrize("sent", [
    # one body's conferral is its deed (rule 3), no task
    "西安市科技局经公开征集、专家评审等程序,全市首批认定科技型农业龙头企业24家。",
    # a class among the bodies
    "市科技局和各有关部门经公开征集、专家评审等程序,认定龙头企业24家。",
])
def test_no_joint_conferral_without_two_named_bodies(sent):
    assert conferred_jointly(sent) is None


def test_a_places_future_and_anothers_pledge_on_one_line_are_two_tasks(tmp_path):
    from tests.conftest import page_tasks

    # xinjiang_2010-zhongyang-buwei-yuanjiang-xin-jieduan-chinanews-trad.txt line 11 (whole, as printed)
    line = ("記者從新疆援疆工作領導小組辦公室獲悉,截至目前,19個支援省市已經全部赴新疆展開調研,完成對接工作。如廣東省已表示,5年內投入100余億"
            "元人民幣支援新疆喀什地區5縣市,北京則將在5年內斥資72億支援和田地區,財政相對薄弱些的省市,如安徽省,亦表示要在5年內投入13億支援"
            "和田地區皮山縣。首批援疆項目多半涉及民生,項目資金近百億。")
    tasks = page_tasks(tmp_path, "中央政府各部委再次赴新疆 援疆工作進入新階段\n\n" + line)
    assert [[u["name"] if isinstance(u, dict) else u for u in t["lead"]] for t in tasks] == [["北京"], ["安徽省"]]


def test_two_主责单位_sentences_on_one_line_are_two_tasks(tmp_path):
    from tests.conftest import page_tasks

    # BEIJING line 6 (whole, as printed), under its headline (line 1)
    text = ("分工方案涉及198项任务,新增全面实施城市总体规划、大力推进改革开放2方面重点工作\n"
            "例如,第1项任务“地区生产总值增长6.5%左右”,牵头领导是常务副市长张工,主责单位是市发展改革委、各区政府。第98项任务“制定全市地面停车"
            "规划,实施公共区域停车管理网格化巡查,加强交通静态管理”,牵头领导是市政府党组成员、公安局局长王小洪和副市长杨斌,主责单位是市交通委、"
            "市公安局、市城管执法局、有关区政府。")
    tasks = page_tasks(tmp_path, text)
    assert [[u["name"] if isinstance(u, dict) else u for u in t["lead"]] for t in tasks] == [
        ["市发展改革委"], ["市交通委", "市公安局", "市城管执法局"]]


# (what, text, [(title, 文号, issuer, date)] of the documents whose title is given) — as the normaliser reads them
DOCUMENTS = [
    # guangxi_zizhiqu-renda-changweihui-2022-xiangcun-zhenxing-cujin-tiaoli-trad.txt lines 1-10: a wiki's bullet fields,
    # the regulation's adoption date its 通過日期
    ("a wiki's 通过日期 bullet",
     "廣西壯族自治區鄉村振興促進條例\n\n 《廣西壯族自治區鄉村振興促進條例》已由廣西壯族自治區第十三屆人民代表大會常務委員會第二十八次會議於"
     "2022年3月24日通過,現予公布,自2022年5月1\n\n基本介紹\n\n  • 中文名:廣西壯族自治區鄉村振興促進條例\n  • 實施時間:2022年5月1日\n"
     "  • 發布單位:廣西壯族自治區人大常委會\n  • 通過日期:2022年3月24日\n條例全文,內容解讀,\n\n條例全文\n\n第一章 總  則\n"
     "  第一條 為了全面實施鄉村振興戰略,促進農業全面升級、農村全面進步、農民全面發展,加快實現農業農村現代化。\n",
     "广西壮族自治区乡村振兴促进条例", (None, "广西壮族自治区人大常委会", "2022-03-24")),
    # tianjin_shi-renmin-zhengfu-2014-jiaqiang-shichang-jianguan-tixi-jianshe-yijian-converter.txt lines 1-4: the organ on
    # its own line, then the organ run on with the 主送 (converter residue as printed)
    ("an organ line over its 主送",
     "天津市人民政府\n天津市人民政府各區(qū)、縣人民政府,各委、局,各直屬單位:\n"
     "根據(jù)《中共中央關于全面深化改革若干重大問題的決定》精神,現就加強我市市場監(jiān)管體系建設(shè)提出如下意見。\n"
     "一、指導思想、基本原則和總體目標\n",
     "天津市人民政府", (None, "天津市人民政府", None)),
    # hainan_sheng-renmin-zhengfu-2004-xiugai-30jian-guizhang-jueding-ling171.txt lines 1-10: the ministry's site name, the
    # decision's title, the site's post line, then the note whose open bracket was lost
    ("a decree note with its open bracket lost",
     "中华人民共和国司法部\n\n海南省人民政府关于修改《海南省城市市容和环境卫生管理办法》等30件规章的决定\n\n"
     "来源:中国政府法制信息网 发布时间:2004-11-12 14:01\n分享到 打印\n\n"
     "2004年2月16日海南省人民政府第30次常务会议审议通过  2004年2月26日海南省人民政府令第171号公布  自公布之日起施行)\n\n \n\n"
     "    为了贯彻实施《中华人民共和国行政许可法》,省人民政府决定修改下列30件规章:\n",
     "海南省人民政府关于修改《海南省城市市容和环境卫生管理办法》等30件规章的决定",
     ("海南省人民政府令第171号", "海南省人民政府", "2004-02-26")),
]


@pytest.mark.parametrize("what,text,title,want", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_document_fields(what, text, title, want):
    docs = segment_issue(normalize_lines(text), "x.txt").documents
    d = next(d for d in docs if d.title == title)
    assert (d.doc_number, d.issuer, d.date) == want


def test_no_issuer_from_an_organ_line_without_a_主送():
    # a portal's banner over a news headline names no issuer of the item (decision A): no 主送 follows it
    text = "天津市人民政府\n我市召开市场监管工作会议\n来源:天津日报 2014-05-06\n会议强调,各区县要加强市场监管体系建设。\n"
    docs = segment_issue(normalize_lines(text), "x.txt").documents
    assert all(d.issuer != "天津市人民政府" for d in docs)


@pytest.mark.parametrize("line,number", [
    # hainan_sheng-renmin-zhengfu-2004-xiugai-30jian-guizhang-jueding-ling171.txt line 8, compacted: the open bracket lost
    ("2004年2月16日海南省人民政府第30次常务会议审议通过2004年2月26日海南省人民政府令第171号公布自公布之日起施行)", "海南省人民政府令第171号"),
    # the readings before it keep: a repository's unbracketed note line, a bracketed note with its effect
    ("2022年4月14日国家市场监督管理总局令第56号公布", "国家市场监督管理总局令第56号"),
    ("(2022年1月29日芜湖市人民政府令第65号公布自2022年3月1日起施行)", "芜湖市人民政府令第65号"),
    # a bracket closing with no open one and no effect clause before it is no note
    ("2004年2月26日海南省人民政府令第171号公布)", None),
])
def test_a_decree_note_with_its_open_bracket_lost(line, number):
    from kg.parse.decree_notes import _NOTE_DECREE

    m = _NOTE_DECREE.match(line)
    assert (m["num"] if m else None) == number
