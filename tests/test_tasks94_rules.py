"""Readers widened for fresh39's task misses (stop 24's tasks94): inline HTML emphasis before a point's subject
(`<b>一是</b>X要…`), the body handling a deputy's proposal (`X承办的“…建议”`), a later clause's `要求A及B、C政府要…`, the
helper's dispatched force between it and 配合 (`X出动执法人员6人,车辆1台,配合Y、Z等单位对…`), and the help printed first with
no 的 (`在X协同配合下,Y…行动正式拉开序幕`). Each with the real lines it was written from (and other real pages where the
pages corpus held one) and real or plain negatives that must not match."""

import pytest

from conftest import sentence_roles

from kg.parse.normalize import normalize_line


@pytest.mark.parametrize("sentence,style,lead,cooperate", [
    # a point's subject after inline emphasis, on a one-line page of <p class="ql-block"> paragraphs (fresh39's 海口 秀英区
    # 城管局 page and its s2twp copy): the markup is dropped before reading, the body leads alone
    ("<b>一是</b>秀英区城市管理局要提高政治站位,切实履行主体责任,指导镇政府,务必于12 月29日前全部完成ZL133 号矿坑整改工作。",
     "duty_sentence", ["秀英区城市管理局"], []),
    ("<b>四是</b>秀英區城市管理局要組織力量加大巡查督導,發現問題立行立改,確保秀英轄區範圍的環境衛生得到有效提升。",
     "duty_sentence", ["秀英区城市管理局"], []),
    # the body handling a proposal, in a 督查通报 of 人大建议 / 政协提案 (fresh39's 沙坡头 督查通报第13期, lines 20 and 24)
    ("农业和科技委员会承办的“关于解决沙坡头区柔远镇夹渠村自来水并网的建议”(第1号)", "charged_by", ["农业和科技委员会"], []),
    ("财政局承办的“关于将镇罗、宣和、常乐等工业园区基础设施建设资金纳入市财政预算的建议”(第2号)", "charged_by", ["财政局"], []),
    # a visiting group's requirement in a later clause, the places listed before the one printing 政府 (fresh39's 宁夏 环保厅
    # 督查, line 7); the body word stays on the last as printed, as fresh36's "督导组要求大兴区、通州区政府…" reads it
    ("督查组对贺兰山东麓葡萄种植基地环境整治工作做出了具体部署,要求银川市及西夏区、贺兰县政府要进一步高度重视贺兰山东麓葡萄文化长廊"
     "环境整治工作,认真贯彻自治区人民政府专题会议纪要", "required_subject", ["银川市", "西夏区", "贺兰县政府"], []),
    ("督导组要求大兴区、通州区政府进一步对标对表,严格落实安全生产和消防安全责任", "required_subject", ["大兴区", "通州区政府"], []),
    # the force a helper sends between it and 配合, the helped bodies closed by 等单位, an object printed at length (fresh39's
    # 桂平 自然资源局 page, both items)
    ("为严守耕地红线,坚决遏制“双违”行为,2023年10月 24日,桂平市自然资源局国土资源执法监察大队出动执法人员 6人,车辆1台,配合西山镇"
     "政府、西山镇综合执法大队对西山镇白兰村坪冲屯一处违法建设房屋进行依法拆除。", "assisted",
     ["西山镇政府", "西山镇综合执法大队"], ["桂平市自然资源局国土资源执法监察大队"]),
    ("为加强农房管控工作,严厉打击违法占地、违法建筑的行为,加快城市建设规范化步伐,2023年10月24日,桂平市自然资源局国土资源执法监察大队"
     "出动执法人员6人,车辆1台,配合市农业农村局、石龙镇政府、石龙镇综合执法大队等单位对位于石龙镇永兴村一处占用基本农田违建图斑"
     "(卫片图斑号HN4508812023022603130348)进行依法拆除。", "assisted",
     ["市农业农村局", "石龙镇政府", "石龙镇综合执法大队"], ["桂平市自然资源局国土资源执法监察大队"]),
    # the help printed first with no 的, the lead's campaign opening after it (fresh39's 黎平 环保局 page)
    ("近日,在县检察院协同配合下,黎平县环保局执法风暴专项行动正式拉开序幕,重点检查群众反映强烈,影响社会稳定的环境污染问题。",
     "assisted", ["黎平县环保局"], ["县检察院"]),
    ("在县公安局、县交警大队的配合下,县交通运输局对城区开展整治", "assisted", ["县交通运输局"], ["县公安局", "县交警大队"]),
])
def test_fresh39_readings(sentence, style, lead, cooperate):
    roles, got = sentence_roles(sentence)
    assert got == style and (roles.lead, roles.cooperate) == (lead, cooperate)


@pytest.mark.parametrize("sentence", [
    # a count of proposals a body handles, no quoted title, a back-reference (https://public.xinmi.gov.cn/D49Y/4606450.jhtml)
    # and a government's results (http://yueyang.gov.cn/yysqw/43332/43335/44292/47078/47137/content_1284618.html)
    "政府承办的代表建议得到解决的56件,占39.7%",
    "我局承办的“关于加强城市管理的建议”",
    # a class handling proposals (fresh39's 沙坡头, line 10)
    "近期,区政府督查室对各部门承办的中卫市、沙坡头区人大建议、政协提案办理情况进行了督查,现将具体情况通报如下:",
    # a requirement whose subject runs past a comma (a 昭化 安监 督查 report the pages corpus holds with no address), and a
    # business's staff (plain)
    "针对督查出的挂牌不规范等问题,要求乡镇党委、政府,区级部门要立即整改",
    "检查组指出问题,并要求企业负责人要立即整改",
    # a dispatch with no 配合 after it (a 两违 report in the pages corpus: "旧镇镇重拳出击,出动执法人员30名、执法车辆8辆、铲车1部,对…")
    "日前,旧镇镇重拳出击,出动执法人员30名、执法车辆8辆、铲车1部,对镇区重点管控区内的4处违建抢建进行强制拆除",
    # a party committee's leadership is no help (the frame of all work)
    "在县委的坚强领导下,县水利局对全县水库开展检查",
])
def test_no_fresh39_reading(sentence):
    roles, style = sentence_roles(sentence)
    assert style not in ("charged_by", "required_subject", "assisted") or roles.empty


@pytest.mark.parametrize("sentence,lead,cooperate", [
    # an official leading the work, the other bodies' officials joining it (fresh39's 天津开发区 and 海口 pages; the officials stand
    # for their bodies, fresh33)
    ("*月**日,为切实抓好西区安全生产工作,确保春节期间区域安全稳定,开发区管委会副主任于梅带队到西区开展安全检查,西区办、安监局、消防支队、"
     "公寓管理中心等部门相关负责同志参加了检查。", ["开发区管委会"], ["西区办", "安监局", "消防支队", "公寓管理中心"]),
    ("按照市资规局来文《关于加快 ZL133 号矿坑清理工作的提醒函》(海资规修复〔2024〕163 号)要求我局配合做好ZL133 号矿坑整改工作,2024年12月"
     "26日上午,海口市城市管理局四级调研员刘波牵头组织,市容管理科黄建科、李宏,秀英区城市管理局副局长(环卫局局长)周佐安,永兴镇镇长陈华祯"
     "一同到ZL133号矿坑开展督导整改工作。", ["海口市城市管理局"], ["市容管理科", "秀英区城市管理局", "永兴镇"]),
    # the same with two ranks of one body's staff (http://anqiu.gov.cn/yw/bmdt/sajj/202411/t20241106_6411741.html)
    ("10月28日上午,潍坊市工信局党组成员、副局长吴国宗带队,对我市重点时期安全生产工作落实情况进行督导检查,市应急局主要负责同志、分管负责"
     "同志,市工信局主要负责同志陪同检查。", ["潍坊市工信局"], ["市应急局", "市工信局"]),
])
def test_an_officials_body_leads_the_joining_bodies(sentence, lead, cooperate):
    roles, style = sentence_roles(sentence)
    assert style == "joint_action" and (roles.lead, roles.cooperate) == (lead, cooperate)


@pytest.mark.parametrize("sentence", [
    # a rank with no body before it (http://www.swsm.net/thread-366507-1-1.html), and a business's staff (plain)
    "8月20日,副市长骆金堤带队到海丰县开展安全生产检查工作,市民政局、市食品药品监督管理局主要负责人陪同。",
    "县应急局局长李四带队到企业检查,企业负责人陪同。",
])
def test_no_official_led_reading(sentence):
    assert sentence_roles(sentence)[1] != "joint_action"


def test_bodies_acting_at_once_after_an_adverb_of_haste():
    # fresh39's 雁翅镇 page (its README: two bodies' joint act with no lead, both cooperate)
    roles, style = sentence_roles("随后,执法队、司法所立即开展入户法律法规宣传,按照“先劝导再拆违”的原则,积极和违建户主沟通,逐户进行思想教育。")
    assert style == "joint_no_lead" and roles.cooperate == ["执法队", "司法所"] and not roles.lead


def test_bodies_arriving_at_the_scene_at_once():
    # fresh39's 雁翅镇 page (its README: the squad, the justice office and the village-contact group cooperate; the vice-mayor a
    # person; the village committees, printed as a class, are read with them here)
    roles, style = sentence_roles("副镇长白鹤桥、镇综合行政执法队、司法所、包村组以及村“两委”第一时间到达现场核实具体情况,确认情况属实。")
    assert style == "joint_no_lead" and roles.cooperate[:3] == ["镇综合行政执法队", "司法所", "包村组"] and not roles.lead


@pytest.mark.parametrize("sentence", [
    "消防救援大队第一时间赶到现场处置",  # one body (stop 24's rule 3: its own deed)
    "镇长张三第一时间赶到现场查看",  # a person
    "雁翅镇高度重视,积极处理,主动协调,迅速行动。",  # fresh39's 雁翅镇, the line before: no body acts with another
    "县应急局、县消防大队到达现场后,立即开展救援",  # no haste word before the arrival: only 开展 after the comma reads, with no bodies
])
def test_no_arrival_reading(sentence):
    assert sentence_roles(sentence)[1] != "joint_no_lead"


@pytest.mark.parametrize("sentence,bodies", [
    ("工作组首先对敖市镇五家石材厂进行了现场执法检查,敖市镇政府相关领导陪同。", ["敖市镇政府"]),  # fresh39's 黎平
    ("区生态环境局、区住房城乡建委、璧山高新区管委会负责人陪同。", ["区生态环境局", "区住房城乡建委", "璧山高新区管委会"]),  # 璧山
    # negatives: a rank and a class (http://www.zltai.com/show-180-47467-1.html), no staff word, the verb not closing the sentence
    ("副縣長崔全華,縣直有關部門負責同志陪同活動。", None),
    ("区生态环境局陪同。", None),
    ("敖市镇政府相关领导陪同检查组查看了现场。", None),
])
def test_accompanying_bodies(sentence, bodies):
    from kg.extract.duty_reports import accompanying_bodies
    assert accompanying_bodies(normalize_line(sentence)) == bodies


def test_a_group_led_out_by_an_official_then_the_accompanying_bodies_is_one_task(tmp_path):
    from kg.extract import extract_all
    from kg.parse import parse_issue
    # fresh39's 璧山 page (lines 1–3 as printed) and 黎平 page (line 8): the accompanying sentence folds into the joint action
    text = ("市生态环境局督察五组到璧山区开展市级专项督察\n\n2023年8月23日,市生态环境局党组成员、副局长向霆带队督察五组到璧山区开展2023年市级"
            "生态环境保护专项督察,到璧山区德利鞋底厂现场督察“治气”方面情况。他强调,要严格落实生态环境保护党政同责。区生态环境局、区住房城乡"
            "建委、璧山高新区管委会负责人陪同。\n\n  近日,在县检察院协同配合下,黎平县环保局执法风暴专项行动正式拉开序幕,重点检查群众反映强烈的"
            "环境污染问题。工作组首先对敖市镇五家石材厂进行了现场执法检查,敖市镇政府相关领导陪同。\n")
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    tasks = extract_all([parse_issue(path)])["tasks"]
    got = {(tuple(x["name"] for x in t["lead"]), tuple(x["name"] for x in t["cooperate"])) for t in tasks}
    assert (("督察五组",), ("区生态环境局", "区住房城乡建委", "璧山高新区管委会")) in got
    assert (("黎平县环保局",), ("县检察院", "敖市镇政府")) in got
    # a group's own inspection with no body accompanying it is an event (stop 24's rule 3): no task
    path.write_text("督察\n\n2023年8月23日,市生态环境局副局长向霆带队督察五组到璧山区开展专项督察。他强调,要严格落实党政同责。\n",
                    encoding="utf-8")
    assert not extract_all([parse_issue(path)])["tasks"]
