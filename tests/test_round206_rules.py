"""round206's rules from fresh63's misses (issue #16), each with the real line it was written from and plain negatives: the
陜 variant folded as 陕 (normalize.to_simplified), more words that open a duty after a place's or a body's 将 (聚合 its
means, 实施 a quoted programme, 尽心尽力: duty_subjects._WILL_WORDS), a bare 等 closing the partners of X会同Y (duty_led.
_list_closed), a company recommended to apply for a project at the 公示's level (proposed_holders), the one of a counted
set recommended that won the designation (holder_shapes.granted_among) and a signature before a page's posting date
(segment: signed_before_posting)."""

import pytest

from conftest import dev_set_tasks, sentence_roles

# (sentence, lead, cooperate); None: no task read
ROWS = [
    # fresh63 shaanxi_sheng-nongyenongcunting-2023-nongye-nongcun-fazhan-fabuhui-1000kva.txt:3-5 (a real traditional page
    # printing the 陜 variant): the place with the future 將, in the page's own sentences (its README: lead, decision E
    # not applying — no 表示 / 介紹 governs them)
    ("下一步,陜西省將加快推進全省農業農村現代化。", ["陕西省"], []),
    ("陜西省將聚合要素發展特色產業,推動特色現代農業提檔升級和增收增效。", ["陕西省"], []),
    ("陜西省將持續深化農業農村改革。", ["陕西省"], []),
    # fresh63 shaanxi_sheng-2023-xiangcun-zhenxing-qida-gongcheng-17car.txt:7, the subheading: the place printed short
    ("今年陕西将实施“七大工程”全面推进乡村振兴", ["陕西"], []),
    # fresh63 qinghai_xining-shengwu-yuanqu-2022-jinhe-zangyao-zhuanjingtexin-fuhe-dsblog.txt:7: a named body with 将
    ("园区工会也将尽心尽力关心关爱园区企业,了解掌握企业困难和诉求,全力做好服务。", ["园区工会"], []),
    # fresh63 shanghai_putuo-qu-difangzhi-2020-zhuanjingtexin-zhongxiao-qiye-peiyu.txt:5: past joint work, a bare 等 closing
    # the partners before 组织 (rule 1)
    ("2020年,区商务委会同区大调研办、区投促办等组织30余家“专精特新”中小企业开展专题座谈;推荐2家企业申报工信部第二批专精特新"
     "“小巨人”企业。", ["区商务委"], ["区大调研办", "区投促办"]),
    ("区商务委会同区大调研办、区投促办等开展专题座谈。", ["区商务委"], ["区大调研办", "区投促办"]),
    # (a closing 等单位 stays among the generics as before; the bodies organised after a bare 等 still cooperate)
    ("市水务局会同市检察院等组织市县两级水务、检察、公安等部门,在全市范围内开展检查。", ["市水务局"],
     ["市检察院", "水务", "检察", "公安"]),
    # negatives: a person's words (decision E), 将 as 把 before a putting verb, 聚合 with nothing pooled, a bare 实施 closing
    # its clause, a class with 将
    ("王韬介绍,陕西省将加快推进全省农业农村现代化。", None, None),
    ("陕西省将聚合物材料纳入补贴目录。", None, None),
    ("陕西省将实施。", None, None),
    ("这些企业还将尽心尽力做好服务。", None, None),
]


@pytest.mark.parametrize("sentence,lead,coop", ROWS, ids=[r[0][:16] for r in ROWS])
def test_round206_rows(sentence, lead, coop):
    roles, _ = sentence_roles(sentence)
    if lead is None:
        assert not (roles and roles.lead), roles
        return
    assert (roles.lead, roles.cooperate) == (lead, coop)


def test_the_variant_shaan_folds_and_keeps_its_printed_form():
    from kg.parse.normalize import fold, printed_form

    assert fold("陜西省將") == "陕西省将"
    assert printed_form("陕西省", "下一步,陜西省將加快推進") == "陜西省"
    got = dev_set_tasks("fresh63", "shaanxi_sheng-nongyenongcunting-2023-nongye-nongcun-fazhan-fabuhui-1000kva.txt", names=True)
    assert got == [(3, ["陜西省"], []), (4, ["陜西省"], []), (5, ["陜西省"], [])]


def test_the_pages_tasks():
    assert dev_set_tasks("fresh63", "shaanxi_sheng-2023-xiangcun-zhenxing-qida-gongcheng-17car.txt", names=True)[0] \
        == (7, ["陕西"], [])
    assert dev_set_tasks("fresh63", "qinghai_xining-shengwu-yuanqu-2022-jinhe-zangyao-zhuanjingtexin-fuhe-dsblog.txt",
                         names=True) == [(7, ["园区工会"], [])]
    assert dev_set_tasks("fresh63", "shanghai_putuo-qu-difangzhi-2020-zhuanjingtexin-zhongxiao-qiye-peiyu.txt",
                         names=True) == [(5, ["区商务委"], ["区大调研办", "区投促办"])]


_YANLING = ("经过综合考评,拟推荐炎陵县坳头新希望生态农业科技有限公司申报2022年度省级农业特色产业园项目,拟推荐湖南耕夫子农产品开发股份有限公司"
            "申报2022年度百企培育工程项目,拟推荐“炎陵黄桃”申报地理标志农产品保护工程项目。特此公示。")


@pytest.mark.parametrize("sentence,title,expected", [
    # fresh63 hunan_yanling-xian-nongyenongcunju-2022-chanye-ronghe-xiangmu-ni-tuijian-gongshi.txt:5 under its title: the
    # project's own level, else the title's; the product is no enterprise
    (_YANLING, "关于推荐2022年省级农业产业融合发展项目创建主体的公示",
     [("炎陵县坳头新希望生态农业科技有限公司", "省级"), ("湖南耕夫子农产品开发股份有限公司", "省级")]),
    # with no title, the project that names no level holds none
    (_YANLING, "", [("炎陵县坳头新希望生态农业科技有限公司", "省级")]),
    # a recommendation already made (no 拟) proposes nothing here
    ("推荐湖南耕夫子农产品开发股份有限公司申报2022年度省级农业特色产业园项目。", "关于推荐2022年省级农业产业融合发展项目创建主体的公示", []),
])
def test_companies_proposed_for_a_project(sentence, title, expected):
    from kg.extract.proposed_holders import proposed_holders

    assert [(n, k) for n, k, _ in proposed_holders(sentence, sentence, title)] == expected


@pytest.mark.parametrize("line,expected", [
    # fresh63 普陀 line 5 (its part): the one of the two recommended that won 工信部's title: final, 国家级
    ("推荐2家企业申报工信部第二批专精特新“小巨人”企业,其中上海古鳌电子科技股份有限公司获认定;组织52家“专精特新”中小企业完成问卷。",
     [("上海古鳌电子科技股份有限公司", "国家级")]),
    # more names than recommended, or a designation with no level, or no 获认定: nothing
    ("推荐1家企业申报工信部第二批专精特新“小巨人”企业,其中上海古鳌电子科技股份有限公司、上海某某科技有限公司获认定。", []),
    ("推荐2家企业申报第二批创新型企业,其中上海古鳌电子科技股份有限公司获认定。", []),
    ("推荐2家企业申报工信部第二批专精特新“小巨人”企业,其中上海古鳌电子科技股份有限公司进入公示。", []),
])
def test_the_one_recommended_that_won(line, expected):
    from kg.extract.holder_shapes import granted_among
    from kg.extract.list_shapes import Context

    assert [(n, k) for n, k, *_ in granted_among(line, Context())] == expected


def test_a_signature_before_the_pages_posting_date_signs_it():
    # fresh63 hebei_sheng-zhengfu-bangongting-2021-xianyu-tese-chanye-tizhi-shengji-fangan-chinasme.txt: 发布日期 2023-08-22,
    # 信息来源 河北省人民政府, signed "河北省人民政府办公厅" ⏎ "2021年8月9日" under the notice
    from pathlib import Path

    from kg.parse import parse_issue

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "other_districts_fresh63" / "texts" \
        / "hebei_sheng-zhengfu-bangongting-2021-xianyu-tese-chanye-tizhi-shengji-fangan-chinasme.txt"
    doc = parse_issue(path).documents[0]
    assert (doc.issuer, doc.date) == ("河北省人民政府办公厅", "2021-08-09")


def test_a_signature_after_the_pages_posting_date_is_no_signing(tmp_path):
    # (constructed guard) the same page with its signing date after the posting: the posting's field stays the issuer
    from conftest import page_documents

    text = ("河北省县域特色产业提质升级工作方案(2021-2025年)\n\n发布日期:2021-08-22 09:16 信息来源:河北省人民政府\n\n"
            "各市(含定州、辛集市)人民政府,雄安新区管委会,省政府有关部门:\n"
            "    《河北省县域特色产业提质升级工作方案(2021-2025年)》已经省政府同意,现印发给你们,请认真组织实施。\n\n"
            "  河北省人民政府办公厅\n  2023年8月9日\n")
    assert page_documents(tmp_path, text)[0].issuer == "河北省人民政府"
    # (nor does it over a 发布机构 field, which names the issuing organ itself: fresh61's constructed 崇明 row)
    text = text.replace("2023年8月9日", "2021年8月9日").replace("2021-08-22", "2023-08-22").replace("信息来源", "发布机构")
    assert page_documents(tmp_path, text)[0].issuer == "河北省人民政府"
