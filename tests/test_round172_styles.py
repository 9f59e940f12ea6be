"""Readers widened for the weakest provinces' task misses (issue #16, round172: 内蒙古, 天津, 西藏): 即将 as the future and
计划用…时间 after a purpose clause (kg/extract/duty_subjects.py), a named body consulting a class before joint work
(kg/extract/joint_in_concert.py's consulting_partners), 交管 as a field (kg/extract/joint_lists.py's _FIELD_NAME). Each with
the real line it was written from and plain negatives."""

import pytest

from conftest import sentence_roles

# (sentence, lead, cooperate, generic); None: no task read
ROWS = [
    # fresh38's 西藏 (xizang_qiangji-huimin-diqipi-zhucun-gongzuodui.txt:1): 即将, about to, is rule 2's future
    ("中新社拉萨12月12日电 (孙翔)记者12日从西藏自治区强基惠民领导小组办公室获悉,西藏即将派出第七批近2.2万名干部驻村,服务基层5475个村的"
     "农牧民,实现西藏村居服务全覆盖。", ["西藏"], [], []),
    # tasks99's 西藏 converter copy (xizang-senburi-banqian-lasa-naqu-shannan-jiang-tongchou-converter.txt:17): 计划用…时间
    # after a purpose clause, as at a sentence's start
    ("為了破解人與自然和諧共生難題,筑牢國家生態安全屏障,西藏計劃用8年時間,對日喀則、那曲、阿里3個地市20個縣、97個鄉鎮的13萬余名群眾"
     "實施極高海拔生態搬遷。(完)", ["西藏"], [], []),
    # fresh37's 杭锦旗 (neimenggu_ordos-hangjinqi-nongmuyeju-liangjin-gongzuo.txt:16): a named station consulting a class before
    # joint work: the station cooperates, the class is generic (fresh31's A与B, no lead)
    ("与此同时,草监所积极与司法机关协调对接,联合办案,对非法开垦草原20亩以上构成刑事犯罪的案件及时移送司法机关,对于20亩以下非法开草原案件"
     "按照相关法律法规及时进行行政处罚", [], ["草监所"], ["司法机关"]),
    # 交管 as a field beside a named lead (fresh28's 南市街道 l.24 prints "执法大队联合公安、交管、市" cut by the excerpt; the
    # whole wording, constructed from it)
    ("执法大队联合公安、交管、市场监管开展联合检查", ["执法大队"], ["公安", "交管", "市场监管"], []),
    # negatives: a consulting line with no joint work after it; 即 not before 将 ("即将" only); a plan without its span of time
    ("与此同时,草监所积极与司法机关协调对接,推进工作", None, None, None),
    ("记者获悉,西藏即派出第七批干部驻村", None, None, None),
    ("為了破解難題,西藏計劃書已經印發", None, None, None),
]


@pytest.mark.parametrize("sentence,lead,coop,generic", ROWS, ids=[r[0][:16] for r in ROWS])
def test_round172_rows(sentence, lead, coop, generic):
    roles, _ = sentence_roles(sentence)
    if lead is None:
        assert not (roles and (roles.lead or roles.cooperate)), roles
        return
    assert (roles.lead, roles.cooperate, roles.generic_cooperate) == (lead, coop, generic)
