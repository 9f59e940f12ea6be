"""Readers widened for fresh41's task misses (stop 25's tasks103), each a general wording with the real lines it was written
from (and other real pages where the pages corpus held one) and real or plain negatives that must not match:

- a speaker glued to the body he charges (`他强调X要…`): the speaker is no part of the subject (duty_styles `_SPEAKER`);
- `A与B,针对…,联合开展…`: the aim between commas before the joint work, and a named nature reserve as a partner
  (joint_action `_PARTNERS`, `_PARTNER_PLACE`);
- `A、B、C组织专家对…进行评审`: bodies organising a review together, none leads (joint_action `experts_organised`);
- `由X等多部门深入到…进行检查`: X leads, the counted partners generic, a back-reference `该团` dropped (duty_styles `_by_visiting`);
- `X为联席会议牵头单位` after the line `联席会议由A、B…组成。`: the members cooperate (duty_styles `_ROLE_NAMED`,
  duties `_composed_before`);
- a key-value table that lost its cells with blank lines between a label and its value (task_tables `_bare_label`);
- a group's visit, then the officials who joined it (`…考核组在…考核…。A局局长X,B区区长Y一同开展考核。`): the group leads, the
  officials' bodies cooperate (duty_styles `visiting_group`, `joined_officials`; duties `_accompanied_group`)."""

import pytest

from conftest import dev_set_tasks, sentence_roles


@pytest.mark.parametrize("sentence,style,lead,cooperate", [
    # a speaker glued to the body he charges (fresh41's 三十三团, line 11; its README: the office leads)
    ("同时,他强调平安法治建设办公室要持续加强安全知识宣传,通过微信群、宣传栏等渠道普及防范技能,营造全员参与的安全氛围 。",
     "duty_sentence", ["平安法治建设办公室"], []),
    ("苏超指出平安法治建设办公室要持续加强安全知识宣传", "duty_sentence", ["平安法治建设办公室"], []),
    # the speaker with a comma after him, read as before (仁寿 节前安全检查, https://ms.newssc.org/system/20210918/003197666.html)
    ("徐孝贵指出,县教体局和县民政局要督促项目施工单位,倒排工期,加快整改,确保如期完成隐患整改", "duty_sentence",
     ["县教体局", "县民政局"], []),
    # the aim between commas before A与B's joint work, a named reserve standing for its administration (fresh41's 凉水, line 9)
    ("9月25日,黑龙江凉水国家级自然保护区与伊春森林公安局朗乡分局,针对秋季森林防火和森林资源管护工作,联合开展了专项检查行动。",
     "joint_no_lead", [], ["黑龙江凉水国家级自然保护区", "伊春森林公安局朗乡分局"]),
    ("黑龙江凉水国家级自然保护区与伊春森林公安局朗乡分局联合开展林政防火专项检查行动", "joint_no_lead", [],
     ["黑龙江凉水国家级自然保护区", "伊春森林公安局朗乡分局"]),
    # bodies organising a review together (fresh41's 广西 研发中心, line 11; 河北 技术创新示范企业 公示, its 省工信廳、省財政廳 as
    # printed in traditional script, http://www.zkyjcjx.com/policy/view?id=1123)
    ("为推动企业创新平台建设,根据《广西壮族自治区级研发中心管理办法》(桂政办发〔2012〕249号)有关规定,自治区工业和信息化委、科技厅、"
     "发展改革委组织专家对申报自治区级研发中心认定的企业进行评审,经审核,认定南南铝业股份有限公司等46家企业研发中心为自治区级研发中心",
     "joint_no_lead", [], ["自治区工业和信息化委", "科技厅", "发展改革委"]),
    ("省工信厅、省财政厅组织专家对申报企业进行评审", "joint_no_lead", [], ["省工信厅", "省财政厅"]),
    # the body 由 names going out on its check (fresh41's 182团, line 2; 该团 a back-reference)
    ("由该团农业发展服务中心等多部门深入到河北的东干渠、西干渠、河南的总干渠、顶山水库、景林水库、乌伦古河一八二团段等重点部位进行安全"
     "检查,实地查看干渠周边是否存在安全隐患", "charged_by", ["农业发展服务中心"], []),
    ("由县应急局等部门组成联合检查组深入企业开展检查", "charged_by", ["县应急局"], []),
    # the 牵头单位 of a joint body named before the role with no 的, its members listed in the clause before (fresh41's 北京)
    ("联席会议由市民政局、首都综治办、市委宣传部等3个部门组成，市民政局为联席会议牵头单位", "role_named", ["市民政局"],
     ["首都综治办", "市委宣传部"]),
])
def test_fresh41_readings(sentence, style, lead, cooperate):
    roles, got = sentence_roles(sentence)
    assert got == style and (roles.lead, roles.cooperate) == (lead, cooperate)


def test_the_visiting_body_counts_its_partners_generic():
    roles, _ = sentence_roles("由该团农业发展服务中心等多部门深入到河北的东干渠等重点部位进行安全检查")
    assert roles.generic_cooperate == ["多部门"]


@pytest.mark.parametrize("sentence", [
    # a meeting's words (fresh16's 郴州) and a speaker whose words name classes only (fresh41's 三十三团, line 9)
    "会议强调国庆节期间卫生健康和教育部门要加强值守",
    "苏超指出,校园安全无小事,学校、幼儿园要定期进行应急演练,提升师生防护能力",
    # one body organising experts is its own procedure (a 科技局 page in the pages corpus, https://hbysdy.com/xxgk/kxjsj/fdzdgknr/
    # gzdt/rcgzdt/202212/t20221228_1422267; the 工信部 notice, http://www.cdxdyzl.com/2023/0221/908702.html), and a class
    "12月15日,市科技局组织召开高科技领军企业专家评审会,邀请五位专家对我市申报高科技领军企业的6家企业进行评审。",
    "市科技局组织专家对申报企业进行评审",
    "各县区、市直有关部门组织专家进行评审",
    # a class going out (plain), and two bodies with the aim clause but no joint work
    "由各乡镇深入到村组进行排查",
    "县应急局与县消防大队,针对节日安全,分别开展了检查。",
    # a reserve named after 该 is a back-reference, not a name (plain)
    "该自然保护区与伊春森林公安局朗乡分局联合开展检查",
])
def test_no_fresh41_reading(sentence):
    roles, style = sentence_roles(sentence)
    assert style not in ("joint_no_lead", "charged_by", "duty_sentence") or roles.empty


def test_a_joint_body_composed_on_the_line_before_its_lead():
    """fresh41's 北京 联席会议制度: `联席会议由A、B…等20个部门组成。` (line 15) ⏎ `市民政局为联席会议牵头单位,…` (line 16)."""
    tasks = dev_set_tasks("fresh41", "beijing_liulang-qitao-jiuzhu-lianxi-huiyi-zhidu-chengyuan-danwei.txt", names=True)
    lead, coop = next((lead, coop) for line, lead, coop in tasks if line == 16 and coop)
    assert lead == ["市民政局"] and len(coop) == 19 and coop[0] == "首都综治办" and coop[-1] == "市人民检察院"


def test_a_label_over_its_value_past_blank_lines():
    """fresh41's 成安 销号公示: `整改任务` ⏎ blank ⏎ a no-break space ⏎ blank ⏎ the task, `责任单位` ⏎ blank ⏎ the bodies: a
    plain 责任单位 list, every unit cooperating."""
    tasks = dev_set_tasks("fresh41", "hebei_handan-chengan-shuiliju-ducha-zhenggai-xiaohao-gongshi.txt", names=True)
    assert (25, [], ["成安县水利局", "市生态环境局成安县分局", "市政公用事业服务中心", "商城镇"]) in tasks


@pytest.mark.parametrize("sentence,bodies", [
    # the officials who joined a group's visit, each for the body printed with his post, a district's head for the district
    # (fresh41's 乃东, line 9); a post printing no body (副市长) is none
    ("副市长江嘎,市应急管理局局长达娃次仁,乃东区委副书记、区长张维一同开展考核。", ["市应急管理局", "乃东区"]),
    ("县应急管理局副局长王明,县消防救援大队大队长李强一同开展检查。", ["县应急管理局"]),
    # negatives: posts printing no body, and a list that is no joining (plain)
    ("副市长江嘎一同开展考核。", None),
    ("市应急管理局局长达娃次仁主持召开会议。", None),
])
def test_officials_joining_a_visit(sentence, bodies):
    from kg.extract.duty_reports import joined_officials

    assert joined_officials(sentence) == bodies


def test_a_group_visit_joined_by_officials():
    """fresh41's 乃东 (line 9): the group leads, the bodies of the officials who joined it cooperate; its `考核组指出,乡(镇)、
    村(居)…要…` (a class) gives none."""
    tasks = dev_set_tasks("fresh41", "xizang_shannan-naidong-changzhu-zhen-anquan-xiaofang-kaohe.txt", names=True)
    assert tasks == [(9, ["自治区安全生产和消防考核组"], ["市应急管理局", "乃东区"])]


def test_a_group_visit_alone_is_an_event():
    """A group's visit with no officials joining it is the group's own deed (stop 24's rule 3): no task."""
    from kg.extract.duty_reports import visiting_group

    assert visiting_group("12月13日,自治区安全生产和消防考核组在乃东区昌珠镇考核安全生产和消防工作。") == "自治区安全生产和消防考核组"
    roles, style = sentence_roles("12月13日,自治区安全生产和消防考核组在乃东区昌珠镇考核安全生产和消防工作。")
    assert style is None or roles.empty
