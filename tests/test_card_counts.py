"""Colour-card holders named by the card's count (kg/extract/card_counts.py), on real lines."""

from kg.extract.card_counts import card_counts, counted_card_holders

# fresh55 guangdong_zhongshan-shi-huanbaoju-2017-huanjing-xinyong-nipingjia-hongpai.txt lines 6, 9, 11
ZHONGSHAN_PAGE = ("17家企业拟挂“红牌”"
                  "市环保局日前在官网公示了2016年度我市市级企业环境信用评价结果,参评的358家企业中,有17家拟亮“红牌”、9家拟亮“黄牌”,"
                  "这些企业将在市场准入、融资授信、评先评优、享受政策方面被相关部门实施联合惩戒。")
ZHONGSHAN_LINE = ("记者查询看到,拟评环保严管企业分布在三角镇、东凤镇、板芙镇等9个镇区,包括联兴纺织印染(中山)有限公司、中山市来威涂料有限公司、"
                  "中山市和鑫精密金属有限公司等17家企业,涉及五金、灯饰、印染等行业。")


def test_card_counts_of_a_page():
    assert card_counts(ZHONGSHAN_PAGE) == {"17": "红牌", "9": "黄牌"}
    assert card_counts("5家红牌、5家黄牌") == {}  # (a count given two cards is none's)


def test_counted_group_takes_its_counts_card():
    assert counted_card_holders(ZHONGSHAN_LINE, card_counts(ZHONGSHAN_PAGE)) == [
        ("联兴纺织印染(中山)有限公司", "红牌", None), ("中山市来威涂料有限公司", "红牌", None), ("中山市和鑫精密金属有限公司", "红牌", None)]
    # (a count the page gives no card: nothing)
    assert counted_card_holders(ZHONGSHAN_LINE.replace("等17家", "等12家"), card_counts(ZHONGSHAN_PAGE)) == []
