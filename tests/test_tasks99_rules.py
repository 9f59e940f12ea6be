"""Readers widened for tasks99's misses (stop 25): a plan's dotted section number glued to a duty entry's subject
(`2.6.2县民政局:负责…`), the named body a colon entry helps (`X:协助Y做好…` → Y leads, as tasks76's `X协助Y检查…`), a list of
places as the subject (`拉萨市、那曲市、山南市将统筹…`), a 三定 regulation's duty moved to a body (`X职责划归Y`), a place or body
named as the one exercising a power or organising a duty (`由X行使…工作`, `由X统一组织进行`), and `X分工负责…`. Each with the real
lines it was written from and real or plain negatives that must not match."""

import pytest

from conftest import sentence_roles


@pytest.mark.parametrize("sentence,style,lead,cooperate", [
    # a 预案's member-unit duties, each entry numbered 2.6.N before its subject (tasks99's 铜梁县 自然灾害救助保障预案,
    # http://www.tlsfiji.com/Emergency/Case/201009/49805_2.shtml, entries 2.6.2–2.6.4)
    ("2.6.2县民政局:负责调查核实灾区居民房屋损失及灾民生活困难情况,并及时向县政府、市民政局报告。", "duty_colon", ["县民政局"], []),
    ("2.6.3县交通局:负责抢修被破坏的公路、水路、码头和有关设施,迅速恢复正常的交通秩序,保证运输安全。", "duty_colon", ["县交通局"], []),
    ("2.6.4县建委:负责牵头组织市政、国土房管等部门负责人和技术人员到灾害现场,协助制定灾后恢复重建规划和工程设计施工。",
     "duty_colon", ["县建委"], []),
    # the same entry helping a named body (entry 2.6.1): the helped body leads, the entry's subject cooperates
    ("2.6.1县救灾办:协助县政府做好特、重大自然灾害的信息收集、上报、情况通报和应急处置工作。", "duty_colon", ["县政府"], ["县救灾办"]),
    # places as the subject of 将, each for its administration (tasks99's 西藏 森布日 搬迁, 新华社, a converter mirror:
    # http://leklassic.com/cn/news/zx/202206/t20220628_7229470.html)
    ("拉薩市、那曲市、山南市將統(tǒng)籌協(xié)調(diào)安排搬遷前期、搬遷過(guò)程中及后續(xù)保障各項(xiàng)工作,確保搬遷安置工作安全、順利、有序?qū)嵤?",
     "duty_sentence", ["拉萨市", "那曲市", "山南市"], []),
    # a 三定's 职责调整 (tasks99's 长春 办公厅 三定, 长府办发〔2009〕47号, https://www.ehs.cn/law/45331.html), one clause a duty
    ("将开发区建设组织协调职责划归市工业和信息化局", "charged_by", ["市工业和信息化局"], []),
    ("外国专家管理有关职责划归市人力资源和社会保障局", "charged_by", ["市人力资源和社会保障局"], []),
    ("金融协调服务职责划归市发展和改革委员会。", "charged_by", ["市发展和改革委员会"], []),
    # a place exercising the powers handed to it (tasks99's 晋中 城管 改革, http://bbs.jinzhongzx.com/archiver/showtopic-16189.aspx)
    ("晋中市将把城市管理行政处罚权及城市管理执法队伍(晋中市城市管理综合执法支队)整体划转至榆次区城市管理执法部门,由榆次区行使晋中市城区城市"
     "管理工作。", "charged_by", ["榆次区"], []),
    # a regulation's body organising a duty (tasks99's 大同 开发区 条例, http://www.fymate.net/html/text/lar/168397/16839756_1.html)
    ("第十四条 开发区内企业依法年检工作由开发区管委会统一组织进行。", "charged_by", ["开发区管委会"], []),
    # 分工负责 as 负责, one of three duties on one line (tasks99's 广元 county, http://guangyuanol.cn/caijing/20151106/494651.html)
    ("县农牧局分工负责方案审查,技术指导,落实专人督促项目进度,项目工程质量监管,技术方面信息资料的报送,迎检资料的收集、整理等工作",
     "duty_sentence", ["县农牧局"], []),
    # the places a lead works with after the comma (tasks99's 乌海 联防协作, https://app.wuhainews.org.cn/folder17/folder18/folder25/
    # folder39/2024-07-19/31179.html)
    ("按照自治区“扫黄打非”办公室工作部署,为进一步提升相邻区域治理能力,净化内蒙古西部区域社会文化环境、维护文化市场良好秩序,由乌海市“扫黄打非”"
     "办公室牵头,与阿拉善盟、巴彦淖尔市两家兄弟盟市主动沟通、积极协调,于7月15日开启了为期一周的乌海市——阿拉善盟——巴彦淖尔市“扫黄打非”区域"
     "联防协作工作。", "led_by", ["乌海市“扫黄打非”办公室"], ["阿拉善盟", "巴彦淖尔市"]),
    # a colon entry coordinating named bodies (tasks99's 海淀 禁放 职责分工, http://www.fymate.net/html/text/lar/173991/17399174_1.html)
    # (the bare field beside the named body is a unit too: stop 28's convention, task_convention.md)
    ("商委:协调公安、供销社做好准放区烟花爆竹品种、数量的需求,掌握供销情况。", "duty_colon", ["商委"], ["公安", "供销社"]),
    ("區委宣傳部:制訂宣傳工作方案,協調新聞單位做好禁放宣傳報導,教育群眾自覺遵守禁放規定。", "duty_colon", ["区委宣传部"], []),
    # a body and its own offices in the field: the body leads, the offices a class (tasks99's 大同 开发区 条例, 第十六条)
    ("第十六条 开发区管委会及派出机构应当依据《大同市政务信息公开条例》实行政务公开制度。", "duty_sentence", ["开发区管委会"], []),
    # an office seated in a body and given the duty: the office leads (decision F, the office_seat reading's own lines)
    ("联席会议办公室设在区金融办，具体负责联席会议日常工作。", "office_seat", ["联席会议办公室"], []),
])
def test_tasks99_readings(sentence, style, lead, cooperate):
    roles, got = sentence_roles(sentence)
    assert got == style and (roles.lead, roles.cooperate) == (lead, cooperate)


@pytest.mark.parametrize("sentence", [
    # land or assets put under a body, no duty moved (plain)
    "将该地块划归市土地储备中心管理。",
    # a class or a person exercising a power (plain)
    "公民依法享有的权利由本人行使。",
    # places listed as where a thing happens, no charge (tasks99's 西藏 森布日, the same page)
    "共计17555人将从平均海拔超过4500米的那曲市雙湖縣、安多縣、尼瑪縣,搬遷到海拔3600米的山南市貢嘎縣森布日村。",
    # a reform merging one body's staff and duties into another (the sample corpus's 周村 综合执法 reform, 001:1014, 001:974): left to
    # the integrator, the sample's gold (not ours) holds no task there — 划入 is not read as 划归, nor a body taking over what another
    # exercised as 由X行使
    "将周村区水务局机关相关科室承担的行政执法职责、周村区水产站承担的相关执法职责划入周村区水资源管理办公室，周村区水产站不再作为执法队伍进行管理。",
    "根据职责调整,将周村区木材检查站原有3名财政拨款事业编制中的2名划入周村区林业工作站,由区林业工作站承担原区木材检查站行使的除行政处罚权外的法律、"
    "法规、规章规定的其他行政权力",
    # a town list of classes before 要 (tasks99's 海淀 禁放, line 1)
    "3、各乡(镇)政府、街道办事处必须依据区政府禁放工作部署,结合实际制定本辖区内禁放的整体方案。",
])
def test_tasks99_negatives(sentence):
    roles, got = sentence_roles(sentence)
    assert got is None or not (roles.lead or roles.cooperate), (got, roles.lead, roles.cooperate)


def test_lead_working_with_a_class_names_no_partner():
    roles, got = sentence_roles("由县发改局牵头,与有关部门沟通协调,制定方案。")
    assert (roles.lead, roles.cooperate) == (["县发改局"], [])


def test_colon_entry_helping_a_field_names_no_lead():
    # "区公安分局：提供…，配合卫计部门…" (the reading the colon entries had before): a field helped names no lead
    roles, got = sentence_roles("区公安分局：提供技术支持，配合卫计部门做好病媒生物防制。")
    assert (roles.lead, roles.cooperate) == ([], ["区公安分局"])


def test_leader_charging_the_town_with_yao_reads_back_to_it():
    """A leader's wish charging 该镇 with 要 is the town's task (the back-reference convention); what the town's head says the
    town will do (`梁志豪表示,望牛墩鎮將…`) is his line (decision E), and a name holding 該 is no full name to read back to
    (`希望市農業農村局繼續關注該鎮…`). tasks99's 望牛墩 converter page, https://12ap.com/wnd/jjwnd/tpxw/content/post_3736108.html"""
    from conftest import dev_set_tasks

    tasks = dev_set_tasks("tasks99", "guangdong-dongguan-wangniudun-zhenzhang-biaoshi-zhen-jiang-person-words-converter.txt", names=True)
    assert tasks == [(2, ["望牛墩鎮"], [])]


@pytest.mark.parametrize("sentence,lead", [
    ("对该镇开展工作所取得的成效表示肯定,希望该镇要以做好农村人居环境整治提升为基础", ["该镇"]),
    ("该乡要进一步压实防汛责任", ["该乡"]),
    ("该镇要求各村做好环境整治", None),  # 要求: the town asks, names no charge of its own
    ("该镇要", None),
])
def test_place_back_reference_with_yao(sentence, lead):
    roles, _ = sentence_roles(sentence)
    assert (roles.lead or None) == lead
