"""fresh55's document and amendment misses (benchmarks/data/other_districts_fresh55, opened to development at stop 31; round171),
each with its line as printed: a 代签 note between the signer and the date (kg/parse/signature.py _SEAL_FOR), a source field
glued to the last paragraph's end (kg/parse/source_fields.py _TRAILING_FIELD), a one-line page's signature glued between
its annex's name and the annex printed after it (signature._after_repeated_annex), and a congress session deciding an
amendment (kg/extract/amendments.py _SELF)."""

import pytest

from kg.extract.amendments import sentence_amendments
from kg.parse.normalize import normalize_lines
from kg.parse.signature import glued_signing_date, signature_organs
from kg.parse.source_fields import news_source


def test_a_signature_signed_for_by_another_organ():
    # jilin_sheng-lvyou-lingdao-xiaozu-2021-bingxue-lvyou-shishi-fangan.txt:7-10
    lines = normalize_lines("此通知。\n吉林省旅游产业发展领导小组\n(吉林省文化和旅游厅代签)\n2021年4月13日")
    assert signature_organs(lines, 3) == ["吉林省旅游产业发展领导小组"]


@pytest.mark.parametrize("text,organ", [
    # xinjiang_akesu-diqu-2021-mianhua-chanye-sannian-xingdong-converter.txt:3 (its end), a converter copy
    ("【集萃網觀察】\n構建棉花產業(yè)利益共同體,鞏固優(yōu)質商品棉的國家戰(zhàn)略地位。 來源:阿克蘇地區(qū)農業(yè)農村局", "阿克苏地区农业农村局"),
    # negative (constructed): a site glued there is no organ
    ("【集萃網觀察】\n鞏固優質商品棉的國家戰略地位。 來源:集萃網", None),
])
def test_a_source_field_glued_to_the_last_paragraph(text, organ):
    lines = normalize_lines(text)
    assert news_source(lines, 0, len(lines) - 1) == organ


def test_a_one_line_signature_between_its_annexs_name_and_the_annex():
    # jilin_sheng-nongyenongcunting-2022-shengji-shifan-lianheti-nipingxuan-gongshi.txt:1 (its middle)
    line = ("按照《吉林省省级示范农业产业化联合体评选及管理暂行办法》要求,经县(市、区)组织联合体自愿申报、市(州)复核推荐等程序,拟评选"
            "榆树市榆乡农业产业化联合体等20个联合体为2022年度省级示范农业产业化联合体,现将联合体名单进行公示,公示期为5个工作日(10月28—"
            "11月4日),如有异议,请于2022年11月4日前向省农业产业化办公室反映,联系人:张东方联系电话:0431-88906915地址:省政府综合办公楼4号"
            "附件:拟评选2022年度省级示范农业产业化联合体吉林省农业农村厅2022年10月28日附件拟评选2022年度省级示范农业产业化联合体(20个)"
            "长春市:6个榆树市榆乡农业产业化联合体公主岭市金泰农业产业化联合体")
    lines = normalize_lines(line)
    date, at, organ = glued_signing_date(lines, 0, 0)
    assert (date, at, organ) == ("2022-10-28", 0, "吉林省农业农村厅")


def test_a_congress_session_deciding_an_amendment():
    # guizhou_zunyi-wuchuan-zizhixian-2006-zizhi-tiaoli-xiugai-jueding.txt:3
    got = sentence_amendments("务川仡佬族苗族自治县第五届人民代表大会第四次会议决定对《务川仡佬族苗族自治县自治条例》作如下修改:")
    assert [(a["kind"], a["title"]) for a in got] == [("修改", "务川仡佬族苗族自治县自治条例")]
    # (a report that someone else amended a law names no amendment of this page's)
    assert sentence_amendments("国家对《中华人民共和国公司法》作了修改。") == []


def test_a_short_government_printed_under_a_regulations_title():
    # ningxia_zizhiqu-zhengfu-shehui-banyi-geti-xingyi-guanli-banfa.txt:9-11 (a law site's page)
    from kg.parse.issuers import imprint_organ

    lines = normalize_lines("宁夏回族自治区社会办医和个体行医管理办法\n\n宁夏回族自治区政府\n\n\n宁夏回族自治区社会办医和个体行医管理办法\n第一条 为加强管理,制定本办法。")
    assert imprint_organ(lines, 0, len(lines) - 1, "宁夏回族自治区社会办医和个体行医管理办法") == "宁夏回族自治区政府"
    # (constructed guard) a class of governments is no organ
    lines = normalize_lines("宁夏回族自治区社会办医和个体行医管理办法\n各市县政府\n第一条 为加强管理,制定本办法。")
    assert imprint_organ(lines, 0, len(lines) - 1, "宁夏回族自治区社会办医和个体行医管理办法") is None
