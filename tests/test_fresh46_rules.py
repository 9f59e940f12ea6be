"""fresh46's rules (issue #16, stop 28): the styles its first, never-seen score missed, each read by a general rule with
its real line as printed (file and line in the comment) and negatives. fresh46 was opened to development after that score
(benchmarks/data/other_districts_fresh46/README.md)."""

import pytest

from kg.extract.units import document_convention, parse_roles, split_units

D = "benchmarks/data/other_districts_fresh46/texts/"
HUANGGANG = "hubei_huanggang-shizhengfu-bangongshi-2007-fenjie-luoshi-zhengfu-gongzuo-baogao.txt"


# a legend making the first-listed body lead, printed as 由…牵头 (kg/extract/units.py _FIRST_LEADS)
@pytest.mark.parametrize("line,first_leads", [
    ("一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同", True),  # 黄冈 :22
    ("由列第一位的单位牵头", True),  # constructed member of the family
    ("由市发展改革委牵头负责", False), ("由各部门按职责分工负责", False),  # a named lead, a class: no legend
])
def test_a_legend_naming_the_first_listed_body_as_the_subject_of_qiantou(line, first_leads):
    assert document_convention([line]).first_leads is first_leads


@pytest.mark.parametrize("note,lead,coop", [
    # 黄冈 :22, the note that states the legend and closes with 。下同
    ("由市发展改革委、经委、农办、农业局、商务局、旅游局、统计局负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同",
     ["市发展改革委"], ["经委", "农办", "农业局", "商务局", "旅游局", "统计局"]),
])
def test_a_note_stating_the_first_listed_leads_legend(note, lead, coop):
    r = parse_roles(note)
    assert (r.lead, r.cooperate) == (lead, coop)


@pytest.mark.parametrize("text,units", [
    ("市商务局、经委、财政局、国税局、统计局", ["市商务局", "经委", "财政局", "国税局", "统计局"]),  # 黄冈 :25 (经委 = 经济委员会)
])
def test_jingwei_is_a_body_not_the_preposition_jing(text, units):
    assert split_units(text)[0] == units


def test_the_lines_are_printed_in_their_files():
    text = open(D + HUANGGANG, encoding="utf-8").read()
    assert "一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同" in text and "市商务局、经委、财政局、国税局、统计局" in text


# ---------------------------------------------------------------- issuers (kg/parse/source_fields.py, title_organs.py, signature.py)

@pytest.mark.parametrize("text,organ", [
    # shaanxi_ankang-ziyang-wamiao-zhen-shipin-yaopin-zhuanxiang-zhengzhi.txt:2 and :8, a site's 来源 then the writer's byline
    ("来源:陕西法制网\n撰 稿 人:周洪波(紫阳县瓦庙镇人民政府)", "紫阳县瓦庙镇人民政府"),
    # jiangsu_suqian-sucheng-qu-shengji-nongye-longtou-qiye-xin-chengyuan.txt:8, the organ's role printed before its placed name
    ("(稿件来源:全国农村经济动态监测点江苏省宿迁市宿城区发改局)", "江苏省宿迁市宿城区发改局"),
    # negatives: a writer alone is a person; a writer's unplaced affiliation; a role before no placed organ (constructed)
    ("撰 稿 人:周洪波", None),
    ("撰稿人:周洪波(办公室)", None),
    ("(稿件来源:全国农村经济动态监测点)", None),
])
def test_a_news_items_writer_organ_and_a_role_before_the_credited_organ(text, organ):
    from kg.parse.normalize import normalize_lines
    from kg.parse.source_fields import news_source

    lines = normalize_lines(text)
    assert news_source(lines, 0, len(lines) - 1) == organ


@pytest.mark.parametrize("title,organ", [
    ("湘乡市人民政府(市政府办公室)信息公开指南", "湘乡市人民政府"),  # hunan_xiangtan-xiangxiang-…-spam-trad.txt:3, folded
    ("会宁县民政局政府信息公开目录", "会宁县民政局"),  # the row's first example, unchanged
    ("关于(市政府办公室)信息公开指南", None),  # constructed: no organ before the bracket
])
def test_an_organs_guide_titled_with_its_acting_office_in_brackets(title, organ):
    from kg.parse.title_organs import title_organ

    assert title_organ(title) == organ


@pytest.mark.parametrize("tail,organs", [
    # zhejiang_ningbo-cixi-2024-mujun-xiaoyi-zonghe-pingjia-jieguo-gonggao-spam.txt:10-13, masked signers over the date
    ("(\n)**市制造业高质量发展(市数字经济发展)联席会议\n****点击查看信息化局\n2025年8月8日",
     ["市制造业高质量发展(市数字经济发展)联席会议", "信息化局"]),
    # constructed: a mask over nothing an organ names is no signer
    ("正文结束\n****点击查看更多\n2025年8月8日", []),
])
def test_masked_signers_are_read_after_their_mask(tail, organs):
    from kg.parse.normalize import normalize_lines
    from kg.parse.signature import signature_organs

    lines = normalize_lines(tail)
    assert signature_organs(lines, len(lines) - 1) == organs


def test_masked_signers_under_a_closing_sentence_are_read_in_printed_order():
    """The same masked lines under a notice's closing sentence with no date under them (closing_signers reads downwards;
    the rule was first copied from the upward reader and raised UnboundLocalError on a masked line)."""
    from kg.parse.normalize import normalize_lines
    from kg.parse.signature import closing_signers

    lines = normalize_lines("现予公布。\n**市制造业高质量发展(市数字经济发展)联席会议\n****点击查看信息化局\n")
    assert closing_signers(lines, 0, len(lines) - 1) == ["市制造业高质量发展(市数字经济发展)联席会议", "信息化局"]


def test_a_content_farms_bait_headline_gives_way_to_the_title_under_its_byline():
    """hainan_sanya-wuye-guanli-shishi-banfa-2011.txt:1-7: the section word, the bait headline, the farm's posting time,
    the regulation's own title."""
    from kg.parse.normalize import normalize_lines
    from kg.parse.page_titles import _first_title

    text = ("档案管理制度\n\n三亚物业管理条例全文,最新三亚物业管理条例(修订版)\n\n发布时间:2023-09-19 05:44:44\n\n"
            "三亚市物业管理实施办法(2011)\n\n  第一章总则\n")
    lines = normalize_lines(text)
    assert lines[_first_title(lines, 0, len(lines))].text.strip() == "三亚市物业管理实施办法(2011)"
    # without the bait the headline over the byline stays the title (constructed)
    plain = normalize_lines(text.replace("三亚物业管理条例全文,最新三亚物业管理条例(修订版)", "三亚市物业管理实施办法解读"))
    assert plain[_first_title(plain, 0, len(plain))].text.strip() == "三亚市物业管理实施办法解读"


# ---------------------------------------------------------------- tasks (kg/extract/duty_*.py, joint_*.py)

SENTENCES = [
    # (file, sentence as printed (folded to simplified where the page is traditional or a converter's), lead, cooperate)
    ("shaanxi_sheng-zhengfu-2007-nongcun-cunji-shehui-shiye-gonggong-sheshi-jianshe-lianxi-huiyi-zhidu.txt",
     "联席会议的职责是:负责指导全省农村村级社会事业公共设施建设工作", ["联席会议"], []),
    ("shaanxi_sheng-zhengfu-2007-nongcun-cunji-shehui-shiye-gonggong-sheshi-jianshe-lianxi-huiyi-zhidu.txt",
     "联席会议办公室职责:协调落实联席会议确定的重大事项,负责联席会议日常工作", ["联席会议办公室"], []),
    ("gansu_lanzhou-yuzhong-xian-beijie-xiaoxiang-huanjing-jizhong-zhengzhi.txt",
     "此次整治活动由县委办、农业局、卫生局等10个牵头单位组织并督促责任区域内114个党政机关和驻县单位、群众志愿者参与",
     ["县委办", "农业局", "卫生局"], []),
    ("hebei_baoding-gaoyang-xingjianan-zhen-daqi-wuran-fangzhi-huanjing-weisheng-zhengzhi.txt",
     "同时,镇住建所、环保所、清拆办连同17个村的保洁员队伍,督导推进", [], ["镇住建所", "环保所", "清拆办"]),
    ("shaanxi_ankang-baihe-shichang-jianguanju-shan-e-kuasheng-shipin-anquan-liandong-trad.txt",
     "同时,4县(区)市场监管局建立常态化沟通机制,白河县与郧西县还联合成立消费维权服务、知识产权保护联盟", [], ["白河县", "郧西县"]),
    ("jiangxi_shangrao-poyang-hu-longkou-lianhe-xunluo-zhifadian.txt",
     "近日,由江西省委政法委宣传处等联合举办的“赣法云·走基层”(第四期)采风活动启动", [], ["江西省委政法委宣传处"]),
    ("hebei_langfang-guan-xian-sanmei-guankong-xingdong-converter.txt",
     "7月19日,固安县散煤管控工作会议要求,由固安县市场监督管理局牵头,县公安局、交通运输局、发展和改革局、自然资源和规划局、行政审批局、"
     "生态环境分局等7个职能部门分工协作,启动散煤管控行动", ["固安县市场监督管理局"],
     ["县公安局", "交通运输局", "发展和改革局", "自然资源和规划局", "行政审批局", "生态环境分局"]),
    ("hebei_langfang-guan-xian-sanmei-guankong-xingdong-converter.txt",
     "固安县市场监督管理局将联合公安、交通运输?shù)扔嘘P(guān)职能部门,在2019年7月31日之前做好全县乡镇村街散煤复烧管控工作",
     ["固安县市场监督管理局"], ["公安", "交通运输"]),
    ("gansu_tianshui-qinan-xianzhengfu-lingdao-ducha-chengqu-huanjing-weisheng-converter.txt",
     "3月24日,秦安县委常委、常务副县长王彦军,副县长张海龙带领县政府督查室、执法局、运管局、交警队、环卫所、三城联创办及兴国镇负责人"
     "深入太白街、兴国文化广场、北坛大众步行街等城区重点区域,督查环境卫生综合整治工作", [],
     ["县政府督查室", "执法局", "运管局", "交警队", "环卫所", "三城联创办", "兴国镇"]),
    # negatives (constructed): a meeting named without its duties; one named body and others holding no event; a class with
    # 连同 and no deed; a count of 牵头单位 whose named ones are a class
    ("constructed", "联席会议定期召开", [], []),
    ("constructed", "由市公安局等联合开展检查", [], []),
    ("constructed", "由各乡镇等5个牵头单位组织", [], []),
]


@pytest.mark.parametrize("file,sentence,lead,coop", SENTENCES)
def test_fresh46_sentence_styles(file, sentence, lead, coop):
    from kg.extract.duty_styles import _sentence_roles

    roles, _ = _sentence_roles(sentence)
    assert (roles.lead, roles.cooperate) == (lead, coop)


@pytest.mark.parametrize("file,sentence", [(f, s) for f, s, _, _ in SENTENCES if f != "constructed"])
def test_each_sentence_is_printed_in_its_file(file, sentence):
    from kg.parse.normalize import compact, fold

    printed = compact(fold(open(D + file, encoding="utf-8").read()))
    assert compact(sentence) in printed


def test_a_specified_lead_after_a_future_duty_is_a_second_task():
    """jiangsu_suzhou-shizhengfu-2018-xiada-zhengfu-gongzuo-renwu-tongzhi.txt:11: "市政府将…,具体由市发改委牵头负责" is cut
    before its 具体由-clause (kg/extract/duties.py _BY_CLAUSE), each clause its task."""
    from kg.extract.duties import _BY_CLAUSE

    assert _BY_CLAUSE.split("市政府将对各目标任务实施动态管理,具体由市发改委牵头负责") == [
        "市政府将对各目标任务实施动态管理,", "具体由市发改委牵头负责"]
    assert _BY_CLAUSE.split("具体工作由市发改委牵头负责") == ["具体工作由市发改委牵头负责"]  # constructed: no clause before
