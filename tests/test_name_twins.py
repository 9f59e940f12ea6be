"""kg.extract.name_twins: one holder printed by two forms of its name on a page becomes one name (real pages)."""

from kg.extract.name_twins import merge_twins


def _rec(name: str, klass: str) -> dict:
    return {"id": f"ent:{name}", "name": name, "aliases": [], "classifications": [{"class": klass}]}


def test_a_hotel_named_later_without_its_registered_word():
    # entrep154 hubei-2009-xinzeng-4jia-wuxingji-fandian-hezhun-converter.txt, folded: line 4 "…、荆州晶崴国际大酒店被核准为
    # 五星级饭店", line 6 "荆州晶崴大酒店今年被评定为五星级饭店"
    recs = [_rec("荆州晶崴国际大酒店", "五星级"), _rec("荆州晶崴大酒店", "五星级")]
    merge_twins(recs)
    assert [r["name"] for r in recs] == ["荆州晶崴国际大酒店"] * 2 and recs[1]["aliases"] == ["荆州晶崴大酒店"]


def test_a_twin_of_another_class_is_kept_apart():
    recs = [_rec("荆州晶崴国际大酒店", "五星级"), _rec("荆州晶崴大酒店", "四星级")]
    merge_twins(recs)
    assert recs[1]["name"] == "荆州晶崴大酒店"


def test_a_place_printed_with_its_level():
    # fresh43's 十堰 (the rule moved here from enterprises)
    recs = [_rec("十堰昌欣香菇产业发展有限公司", "省级"), _rec("十堰市昌欣香菇产业发展有限公司", "省级")]
    merge_twins(recs)
    assert recs[0]["name"] == "十堰市昌欣香菇产业发展有限公司"
