"""Readers added for tasks76's joint-work pages (stop 23): an event's 主办 / 承办 / 协办 bodies, partners joined 多次 or
紧紧…联手, a body that 邀请s others 联合, 协助 as 配合 before a check, a body's named campaign or its check of the work, a working
group's head then its lead, forces closing a list, a project's 责任单位 line, 将 before 强化 or 以…为起点, a duty stated as
`X的主要职责是`, and a point's `把好X关` heading. Each with the real lines it was written from (URLs in the readers' comments;
other real pages with the same wording where the pages corpus held one) and real or plain negatives that must not match."""

import pytest

from conftest import sentence_roles

from kg.extract.units import split_units


@pytest.mark.parametrize("sentence,lead,coop", [
    # an event's host, the body that runs it and those that assist (安龙; 三穗's event named at length before 由, traditional)
    ("据悉,本届荷花节活动的主题为“荷谐安龙”,由黔西南州人民政府主办,安龙县人民政府承办,黔西南州委宣传部等6家单位协办。",
     ["黔西南州人民政府"], ["安龙县人民政府", "黔西南州委宣传部"]),
    ("2012年三穗縣春節文化活動由中共三穗縣委、三穗縣人民政府主辦 ,中共三穗縣委宣傳部、三穗縣文體廣電旅游局、三穗縣文學藝術界聯合會承辦 。",
     ["中共三穗县委", "三穗县人民政府"], ["中共三穗县委宣传部", "三穗县文体广电旅游局", "三穗县文学艺术界联合会"]),
    # host and assistant as the event's attribute (冷水江, a converter copy, residue stripped by normalize_line)
    ("3月8日,在冷水江市全民健身服务中心,冷水江市总工会主办、市妇联协办的全市第六届庆“三八”女职工趣味运动会精彩上演。",
     ["冷水江市总工会"], ["市妇联"]),
    # (the same as the event's attribute with 承办, another page: a county 文广新局's year report)
    ("2月9日晚,由xx县文广新局主办、xx县广场舞文化协会承办的2018春节联欢晚会在东山演出厅举行,县政协副主席xxx出席晚会。",
     ["xx县文广新局"], ["xx县广场舞文化协会"]),
    # partners joined many times, or hand in hand (阜阳开发区): none leads
    ("近两年来,该局与技术监督分局、卫生分局、消防大队等单位多次联合举办特种设备、职业卫生、消防知识培训班,共培训500多人次。",
     [], ["该局", "技术监督分局", "卫生分局", "消防大队"]),
    ("在去冬今春的烟花爆竹打非专项行动中,区安监局紧紧与公安分局、工商分局和京九办事处等部门和单位联手,依法摧毁2个非法储存窝点,查处无证经营8家。",
     [], ["区安监局", "公安分局", "工商分局", "京九办事处"]),
    # the body that invites the others to strike together leads (阜阳开发区)
    ("在去年开展的非煤矿山专项整治中,安监局邀请京九办事处、工商分局、行政执法大队联合出击,按照各自的管理职能,对40多家非法生产非煤矿山分别进行了处罚。",
     ["安监局"], ["京九办事处", "工商分局", "行政执法大队"]),
    # 协助 as 配合, before the check the helped body runs (西安 街道)
    ("城管科协助执法中队检查早市结束时间、道路清扫情况,巡查市政设施维护不到位等情况。", ["执法中队"], ["城管科"]),
    # a working group's head (a person), then its lead and the bodies that take part (会泽 抗震救灾志)
    ("由县人民政府分管民政的副县长任组长,县民政局牵头,受灾乡(镇、街道)及时选择集中安置点和分散安置点,紧急妥善安置受灾群众。", ["县民政局"], []),
    ("由县人民政府副县长、公安局局长任组长,县公安局牵头、武警曲靖支队三大队、武警中队、信访局、司法局参与,严厉打击盗窃、抢劫、哄抢救灾物资。",
     ["县公安局"], ["武警曲靖支队三大队", "武警中队", "信访局", "司法局"]),
    # forces closing the list of bodies that do the work (会泽)
    ("县人武部、消防大队、武警中队、公安局、民兵应急大队等各救援力量负责搭建帐篷、活动板房,解决受灾群众临时住所问题。",
     ["县人武部", "消防大队", "武警中队", "公安局", "民兵应急大队"], []),
    # a body alone: its named campaign somewhere (晋安), its check of the work (西安 街道) — single bodies' reported deeds, events
    # and no tasks (stop 24's convention, rule 3)
    ("近期,晉安區(qū)城市管理局在象園街道開展“樓道革命”,針對轄區(qū)部分老舊小區(qū)的違建和堆積雜物現(xiàn)象,予以重拳整治。",
     [], []),
    # (the same wording on another page: tasks34's 上街, https://www.zzsj.gov.cn/zxqk/4052716.jhtml, found by this reader)
    ("为进一步提升城市环境,推进落实上街区高品质城市建设工作,近日,上街区城管局在主城区开展了“住改商”专项整治工作。", [], []),  # stop 24's convention, rule 3: a single body's reported deed is an event, no task
    ("四是街道纪工委对工作开展情况进行检查,发现有工作不到岗、到岗不到位的情况,进行严肃处理。", [], []),  # stop 24's convention, rule 3: a single body's reported deed is an event, no task
    # 将 before 强化 (八里台)
    ("据悉,清明节期间,八里台镇将强化网格化管理,建立清明节期间禁烧责任区划分表,并建立巡查制度,组织对重点区域的驻守、巡查和值班。",
     ["八里台镇"], []),
    # a duty stated as the body's main duty (涟水 开发区)
    ("管委会的主要职责是维护开发区的形象,强化园区安全、环境和效能的统一性。", ["管委会"], []),
    # a person leading a check joined by a body (西安 街道): the person no unit, the body cooperates
    ("三是保洁员严格按照作业时间保洁,保洁公司经理、保洁队长全天候巡查,发现问题及时整改,保洁队长会同城管科开展一周一次建筑工地检查。", [], ["城管科"]),
    # the report's body, unprinted, also helping another's work (阜阳开发区): the body helped leads
    ("同时,配合技术监督分局多次开展特种设备安全隐患排查,配合企业发展局对医药销售企业多次进行安全大检查,两年来,参与各部门安全检查、隐患排查40多次。",
     ["技术监督分局"], []),
    # a point's heading glued to its subject (复兴镇)
    ("把好检查关镇应急办联合镇执法大队对辖区7家企业进行消防安全检查38人次。", ["镇应急办"], ["镇执法大队"]),
])
def test_joint_work_roles(sentence, lead, coop):
    roles, _ = sentence_roles(sentence)
    assert (sorted(roles.lead), sorted(roles.cooperate)) == (sorted(lead), sorted(coop))


@pytest.mark.parametrize("line,units", [
    # a funded project's own 责任单位 line (叶城 公示): a plain list, all cooperate; one body alone leads
    ("项目责任单位:洛克乡、水利局", ([], ["洛克乡", "水利局"])),
    ("项目责任单位:宗朗乡、水利局", ([], ["宗朗乡", "水利局"])),
    ("项目责任单位:县水利局", (["县水利局"], [])),
])
def test_project_units_line(line, units):
    roles, _ = sentence_roles(line)
    assert (roles.lead, roles.cooperate) == units


@pytest.mark.parametrize("sentence", [
    # the persons of a project block are no units (叶城)
    "项目责任领导:努尔买买提·阿布来提(县人大常委会四级调研员)",
    "项目责任人:张海龙、王平",
    # one body hosting alone, no partner named (tymtjyzx / pdswomen lines of the pages corpus, plain forms)
    "新华区妇联举办了庆“三八”女职工趣味运动会。",
    "参加由市妇联举办的庆“三八”法恩莎杯趣味运动会。",
    # guests invited, no joint action after them
    "区政府邀请专家学者召开座谈会。",
    # a team with no named body checks the work
    "督查组对工作开展情况进行检查。",
    # a class in a place runs a campaign
    "各乡镇在辖区开展“清四乱”行动。",
    # 将 before a date, no duty
    "本办法将于2024年1月1日起施行。",
    # the duty of a text, not a body
    "本办法的主要职责是规范管理。",
    # 同时 before a duty of no named body
    "同时,要加强宣传。",
    "同时,配合有关部门做好工作。",
])
def test_no_task(sentence):
    roles, _ = sentence_roles(sentence)
    assert roles.lead == [] and roles.cooperate == []


def test_forces_tail_closes_a_list():
    assert split_units("县人武部、消防大队、民兵应急大队等各救援力量") == (["县人武部", "消防大队", "民兵应急大队"], ["等"])
    assert split_units("区水务局等部门") == (["区水务局"], ["等部门"])


def test_a_zone_duty_list_in_sibling_clauses():
    # 涟水 开发区: each body its share in clauses parted by semicolons (做好 / 保障 / 及时处置, a 部 named by its work)
    from kg.extract.duties import _directive_parts
    parts = _directive_parts(["综合工作部做好舆情和处置;", "财政审计局保障园区管理资金使用;", "区派出所及时处置社会治理问题,保护企业的合法权益。"])
    assert [units for _, units in parts] == [["综合工作部"], ["财政审计局"], ["区派出所"]]
    # no named body opening the clauses: a class, cadres, the whole
    parts = _directive_parts(["机关干部做好值班工作;", "各部门保障物资供应;", "全部人员及时处置到位。"])
    assert all(units is None for _, units in parts)
