"""round207's fresh62 misses (issue #16; fresh62 opened to development, its README's rulings), each rule with the real lines it
was written from and plain negatives: a named place's plan printed as a headline leads (duties._place_plan_title); a body or place
that decides, then 并力争, leads (carried_subjects.decided_then_striving); a group named by the document it drafts, its 《》 kept,
leads when a meeting charges it (duty_subjects._DOC_NAMED_GROUP); a holder stated with 是 + a level + a designation
(held_lists._ACT) and a holder named as a sentence's subject, then pointed back to by 该公司 (holder_reader._FIRM_OPENING,
_THAT_FIRM); an approval line broken inside its bracket dates the page (printed_dates._DASHED_DAY); a 解读 page's 来源 after its
解读单位 field names its issuer (source_fields._AFTER_FIELD)."""

from pathlib import Path

import pytest

from conftest import dev_set_tasks, page_documents, sentence_roles

JIANGXI = "jiangxi_sheng-2017-liangqu-huading-gaobiaozhun-nongtian-tunong.txt"
GANGU = "gansu_gangu-xian-2016-zhengfu-gongzuo-baogao-zuotanhui-hadlsm-converter.txt"

# (sentence, lead, cooperate); None: no task read
ROWS = [
    # fresh62's 江西 高标准农田 page, line 13: the named place decides, then strives (力争) — its own commitment
    ("新华社南昌12月21日电(记者秦宏)以确保国家粮食安全和保障重要农产品有效供给为目标,江西决定在三年内划定3500万亩水稻功能区和油菜籽生产保护区,"
     "并力争到2020年完成“两区”内高标准农田建设。", ["江西"], []),
    ("江西決定在三年內劃定3500萬畝水稻功能區和油菜籽生產保護區,並力爭到2020年完成“兩區”內高標準農田建設。", ["江西"], []),
    ("市政府决定在全市开展专项整治,并力争年底前完成。", ["市政府"], []),
    # fresh62's 甘谷 座谈会 converter page, line 7: a meeting's charge to the report's drafting group, its 《》 kept as printed
    ("會議要求,《報告》起草小組要對征集到的意見建議逐條歸納梳理,積極吸收,進一步修改完善《報告》,使其成為一份集中民智、反映民情、符合民意的報告。",
     ["《报告》起草小组"], []),
    ("会议要求,《政府工作报告》起草组要认真吸收各方意见。", ["《政府工作报告》起草组"], []),
    # negatives: the 核心提示 line cut before 力争 (a decision alone), a place's 提出 before a subjectless 力争 (the README's
    # doubtful reading), a meeting's 决定, a document's own words after its 《》, a document with 要
    ("核心提示:  新华社南昌12月21日电(记者秦宏)以确保国家粮食安全和保障重要农产品有效供给为目标,江西决定在三年内划定3500万亩水稻功能",
     None, None),
    ("与此同时,江西提出,力争到2020年,按照“集中连片、土地平整”的要求,基本完成“两区”高标准农田建设工作。", None, None),
    ("会议决定在全市开展专项整治,并力争年底前完成。", None, None),
    ("会议要求,《方案》明确各部门要加强配合。", None, None),
    ("会议要求,《报告》要充分吸收意见。", None, None),
]


@pytest.mark.parametrize("sentence,lead,coop", ROWS, ids=[r[0][:16] for r in ROWS])
def test_round207_rows(sentence, lead, coop):
    roles, _ = sentence_roles(sentence)
    if lead is None:
        assert not (roles and roles.lead), roles
        return
    assert (roles.lead, roles.cooperate) == (lead, coop)


TITLE_ROWS = [
    ("江西计划划定3500万亩水稻和油菜籽生产田", True),  # fresh62's 江西 headline (:9)
    ("今年海南计划新建250个和美乡村", True),
    ("吉林省計劃通過積極培育和發展農機合作社", True),
    # negatives: a document's title, a project's plan, a body that is no place, a plan's kind
    ("关于印发2024年度工作计划的通知", False),
    ("山南市植樹造林工程計劃實施新建項目15個", False),
    ("该合作社计划新建200亩基地", False),
    ("江西计划单列市名单", False),
]


@pytest.mark.parametrize("title,read", TITLE_ROWS, ids=[r[0][:12] for r in TITLE_ROWS])
def test_place_plan_title(title, read):
    from kg.extract.duties import _place_plan_title
    from kg.parse.normalize import compact, normalize_line

    assert _place_plan_title(compact(normalize_line(title))) is read


def test_the_places_headline_decision_and_will_lead():
    # line 9 the headline (the header reader's title), 13 决定…并力争, 15 将; line 12 (核心提示, cut) and 17 (提出,力争) none
    assert dev_set_tasks("fresh62", JIANGXI, names=True) == [(9, ["江西"], []), (13, ["江西"], []), (15, ["江西"], [])]


def test_the_drafting_group_leads():
    assert dev_set_tasks("fresh62", GANGU, names=True) == [(7, ["《報告》起草小組"], [])]


# Holders (fresh62)
DEJIANG = "guizhou_dejiang-xian-2020-zhaoshang-kaocha-fengyuan-nongye-gzpeople.txt"
BIJIE = "guizhou_bijie-shi-2023-nongye-longtou-qiye-gznews.txt"


def _holders(path: Path) -> list[tuple[int, str, list]]:
    from kg.extract import extract_all
    from kg.parse import parse_issue

    return [(e["source"]["line_start"], e["name"], [k.get("class") for k in e.get("classifications", [])])
            for e in extract_all([parse_issue(path)])["enterprises"]]


def _fresh62(file: str) -> Path:
    return Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "other_districts_fresh62" / "texts" / file


HOLDER_ROWS = [
    # fresh62's 德江 page, line 2 (its sentence): a holder stated in the present, 是 + a level + a designation
    ("贵州丰源现代农业有限公司是省级重点龙头企业,以贵州特有品质红托竹荪为主导产业,现已完成红托竹荪液体菌种研发推广及种植工作。",
     [("贵州丰源现代农业有限公司", ["省级"])]),
    # 评选为 as 评为
    ("贵州高原蓝梦菇业科技有限公司在2021年被评选为国家级农业产业化重点龙头企业。",
     [("贵州高原蓝梦菇业科技有限公司", ["国家级"])]),
    # fresh62's 毕节 page, lines 17 and 19 (their sentences): the company named as a sentence's subject, then 该公司
    ("位于黔西市洪水镇新桥村的贵州高原蓝梦菇业科技有限公司,是一家集自主培育菌种、工厂化生产菌棒于一体的现代生物技术企业。\n\n"
     "该公司牵头建成了黔西市22个食用菌种植基地,辐射18个乡镇参与种植,成为助推当地产业振兴的生力军,在2021年被评选为国家级农业产业化重点龙头企业。",
     [("贵州高原蓝梦菇业科技有限公司", ["国家级"])]),
    # negatives: 是 with no level (a profile), 该公司 with no company named before, an application
    ("贵州高原蓝梦菇业科技有限公司是一家集自主培育菌种于一体的现代生物技术企业。", []),
    ("该公司在2021年被评选为国家级农业产业化重点龙头企业。", []),
    ("位于黔西市的贵州高原蓝梦菇业科技有限公司,是一家食用菌企业。该公司正在申报国家级农业产业化重点龙头企业。", []),
]


@pytest.mark.parametrize("text,want", HOLDER_ROWS, ids=[r[0][:16] for r in HOLDER_ROWS])
def test_round207_holder_rows(tmp_path, text, want):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assert [(n, k) for _, n, k in _holders(path)] == want


def test_the_present_holder_and_the_pointed_back_holder():
    assert _holders(_fresh62(DEJIANG)) == [(2, "贵州丰源现代农业有限公司", ["省级"])]
    assert _holders(_fresh62(BIJIE)) == [(19, "贵州高原蓝梦菇业科技有限公司", ["国家级"])]


# Documents (fresh62)
def test_an_approval_line_broken_in_its_bracket_dates_the_page():
    from kg.parse import parse_issue

    # xinjiang_yiwu-…-mulu.txt:1-2: "(2021年1月18日伊吾县第十七届人民代表大会" ⏎ "第六次会议通过)" over a table of contents
    docs = parse_issue(_fresh62("xinjiang_yiwu-xian-2021-shisiwu-guihua-gangyao-mulu.txt")).documents
    assert [d.date for d in docs] == ["2021-01-18"]


def test_a_dash_line_broken_the_same_way_still_dates(tmp_path):
    docs = page_documents(tmp_path, "——2021年12月11日日喀则市第二届人民代表大会\n第二次会议通过\n目 录\n第一章 发展基础\n")
    assert docs[0].date == "2021-12-11"


def test_the_jiedu_pages_source_after_its_reading_unit():
    from kg.parse import parse_issue

    # hubei_qianjiang-…-jiedu.txt:11: "解读单位: 农业农村局 来源: 市农业农村局 发布日期: 2021年02月19日 09:40 解读类型: …"
    docs = parse_issue(_fresh62("hubei_qianjiang-shi-nongyenongcunju-2021-liangshi-shengchan-gongzuo-fangan-jiedu.txt")).documents
    assert [(d.issuer, d.date) for d in docs] == [("市农业农村局", "2021-02-19")]
