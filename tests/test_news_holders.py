"""fresh52's enterprise misses (round163): kg/extract/news_holders' shapes read the holders of their real lines; the central
bank is no enterprise (enterprise_classes); a substitute's act word is no part of its name (held_names.LEAD_WORDS); a
legal form printed short is the same holder (name_twins.legal_form_twins). Real lines cite their fresh52 file and line."""

import pytest

from kg.extract.enterprise_classes import is_enterprise
from kg.extract.held_names import enterprise_name
from kg.extract.list_shapes import Context
from kg.extract.name_twins import merge_twins
from kg.extract.news_holders import SHAPES, example_in_point, representative_of_kind


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_each_shape_reads_the_holders_of_its_real_line(shape):
    got = shape.read("".join(shape.example.split()), Context())
    assert [n for n, *_ in got] == list(shape.holders)
    assert {k for _, k, *_ in got} == {shape.level}


@pytest.mark.parametrize("read,line", [
    # (constructed) an organ, a place or a class standing for the kind is no holder
    (representative_of_kind, "已形成以各县等龙头企业为代表的产业集群。"),
    (representative_of_kind, "已形成以农业农村部门等龙头企业为代表的服务体系。"),
    # (constructed) a count and 其中 outside a point on the region's 龙头企业
    (example_in_point, "二是农民专业合作社发展较快。销售收入超亿元的企业达到了4家,其中,桂林力源粮油食品集团有限公司销售收入达320亿元。"),
    # (constructed) 其中 before no enterprise's name
    (example_in_point, "二是广西龙头企业发展势头较好。销售收入超百亿的企业达到了4家,其中,食品加工类企业2家。"),
])
def test_news_holder_negatives(read, line):
    assert read(line, Context()) == []


def test_the_central_bank_is_no_enterprise():
    # gansu_lanzhou-xinqu-nongtou-jituan-2023-guojia-zhongdian-longtou-qiye-jiance.txt:4 "农业农村部、国家发展改革委、商务部、
    # 中国人民银行、中国证券监督管理委员会、中华全国供销合作总社联合发布《…》"
    assert not is_enterprise("中国人民银行")
    assert not is_enterprise("中国人民银行兰州中心支行")
    assert is_enterprise("中国农业银行股份有限公司")  # (a commercial bank stays one)


def test_a_substitutes_act_word_is_no_part_of_its_name():
    # gansu_lanzhou-xinqu-nongtou-jituan-2023-guojia-zhongdian-longtou-qiye-jiance.txt:6 "…,相应递补北京德润通农业科技发展有限公司
    # 等112家企业为农业产业化国家重点龙头企业"
    assert enterprise_name("相应递补北京德润通农业科技发展有限公司") == "北京德润通农业科技发展有限公司"


def _rec(name: str, klass: str) -> dict:
    return {"id": f"ent:{name}", "name": name, "aliases": [], "classifications": [{"class": klass}]}


def test_a_legal_form_printed_short():
    # gansu_jinchang-2022-nongye-chanyehua-guojia-zhongdian-longtou-qiye.txt:6 "金昌市源达农副果品有限责任公司榜上有名", line 10
    # "金昌市源达农副果品有限公司主营农副产品加工与购销"
    recs = [_rec("金昌市源达农副果品有限责任公司", "国家级"), _rec("金昌市源达农副果品有限公司", "国家级")]
    merge_twins(recs)
    assert [r["name"] for r in recs] == ["金昌市源达农副果品有限责任公司"] * 2


def test_a_short_form_alone_keeps_its_name():
    recs = [_rec("金昌市源达农副果品有限公司", "国家级"), _rec("甘肃元生农牧科技有限公司", "国家级")]
    merge_twins(recs)
    assert recs[0]["name"] == "金昌市源达农副果品有限公司"
