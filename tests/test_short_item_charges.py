"""Short news items' task sentences (issue #16, round179; kg/extract/short_item_charges.py): a body acting on another's
deployment, a place planning a counted amount, a numbered point with no 要. Each row is a real line (folder/file/line cited)
or a plain negative: a person, a class, a report of results or of a deed done."""

import pytest

from conftest import dev_set_tasks, sentence_roles

# (sentence, lead, cooperate, generic); None: no task read
ROWS = [
    # fresh31's 丰满 converter copy (jilin_fengman-2017-mucai-jianchazhan-zhuanxiang-zhengzhi-converter.txt:5): Y按照X的统一部署
    # 开展: Y leads, the deploying bodies take no role (fresh31's README)
    ("為進一步加大森林資源保護力度,自4月初,吉林市豐滿區木材檢查站按照林業局黨委、林業稽查大隊的統一部署,在全區範圍內開展嚴歷打擊非法運輸"
     "木材專項整治行動。", ["吉林市丰满区木材检查站"], [], []),
    # tasks99's 西藏 converter copy (xizang-senburi-banqian-lasa-naqu-shannan-jiang-tongchou-converter.txt:13, its first clause):
    # 计划 with a counted amount commits the county (rule 2)
    ("其中,尼瑪縣計劃搬遷1368戶4105人,", ["尼玛县"], [], []),
    # tasks34's 天柱 converter copy (guizhou-tianzhu-converter-jiaojing-jiaotong-gonglu-zucheng-gongzuozu.txt:6, its second point
    # after 会议要求): the requirement's 要 carries to the point
    ("二是縣公安交通警察大隊立即起草我縣專項整治方案,并明確各鄉鎮職責,建立起縣、鄉、村三級聯動機制,重拳出擊,規范我縣交通運輸良好秩序;",
     ["县公安交通警察大队"], [], []),
    # negatives: fresh54's 江西 (jiangxi_sheng-shichang-jianguanju-tiequan-xingdong-minsheng-lingyu-anjian.txt:1, its gold: no
    # task) reports the action's results; a person, a class acting on a deployment
    ("江西省市场监管局按照市场监管总局统一部署,强化各级责任,完善制度机制,突出查处重点,推进社会共治,开展“铁拳”行动成效明显。", None, None, None),
    ("张局长按照县委的统一部署,在全县开展专项整治行动", None, None, None),
    # plans: a person's, the name 计划生育, no count
    ("其中,李书记计划走访100户困难群众", None, None, None),
    ("尼玛县计划生育工作成绩突出", None, None, None),
    # points: the deed done (了), a person, no adverb of the order and no point number
    ("二是县公安交通警察大队立即起草了我县专项整治方案", None, None, None),
    ("二是石林同志立即起草我县专项整治方案", None, None, None),
    ("县公安交通警察大队立即起草我县专项整治方案", None, None, None),
    # fresh43's 大沽街 converter copy (tianjin_binhai-dagu-jie-zonghe-zhifa-dadui-xiaji-anquan-lianhe-zhifa-converter.txt:1;
    # kg/extract/kind_closed_lists.py): partners with commas closed by their kind (等社区物业), a market's management after it
    ("夏季高溫多雨,安全風險隱患易發多發。大沽街綜合執法大隊扎實開展夏季安全聯合執法行動,切實保障居民生命財產安全,聯合河南里社區,安陽社區,"
     "萬科物業,碧桂園等社區物業、河南里北市場管理方,聚焦消防、防汛兩大重點領域,全面開展夏季安全聯合執法行動,織密織牢社區安全防護網。"
     .split("。", 1)[1], ["大沽街综合执法大队"], ["河南里社区", "安阳社区", "万科物业", "碧桂园", "河南里北市场管理方"], []),
    # negatives: a person opening the sentence; classes before the kind; a class of managements after it
    ("张三扎实开展夏季安全联合执法行动,联合河南里社区,安阳社区,万科物业,碧桂园等社区物业、河南里北市场管理方,全面开展行动", None, None, None),
    ("大沽街综合执法大队扎实开展行动,联合河南里社区,安阳社区,碧桂园等社区物业、各市场管理方,全面开展夏季安全联合执法行动", None, None, None),
]


@pytest.mark.parametrize("sentence,lead,coop,generic", ROWS, ids=[r[0][:16] for r in ROWS])
def test_short_item_rows(sentence, lead, coop, generic):
    roles, _ = sentence_roles(sentence)
    if lead is None:
        assert not (roles and (roles.lead or roles.cooperate)), roles
        return
    assert (roles.lead, roles.cooperate, roles.generic_cooperate) == (lead, coop, generic)


def test_each_county_plan_is_its_own_task():
    """tasks99's 西藏 item, line 13: three counties' plans in one sentence, three tasks (and the cities' 将 after them)."""
    tasks = dev_set_tasks("tasks99", "xizang-senburi-banqian-lasa-naqu-shannan-jiang-tongchou-converter.txt", names=True)
    leads = [lead for line, lead, _ in tasks if line == 13]
    for county in ("尼瑪縣", "雙湖縣", "安多縣"):
        assert any(county in "".join(x) for x in leads), leads
