"""Readers added for tasks58's division pages (stop 22), each with the real lines it was written from and real or
plain negatives that must not match."""

from kg.extract.duty_led import _charged_by
from kg.extract.duty_subjects import _required_subjects
from kg.extract.row_fit import cell_kind
from kg.extract.tasks import closed_duties, extract_tasks
from kg.extract.units import is_generic, parse_roles, split_units
from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue


def _tasks(text: str, name: str = "t.txt") -> list[tuple[list[str], list[str], str]]:
    tasks = extract_tasks(segment_issue(normalize_lines(text), name))
    return [([u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]], t["text"]) for t in tasks]


def test_shared_responsibility_label_cooperates_and_functional_zones_are_a_class():
    # 连云港 2023 民生实事 (http://rd.lyg.gov.cn/lygrd/rdgg/content/2d35dff7-8846-4ce5-92c6-c7af4b552216.html)
    roles = parse_roles("牵头单位:市教育局;共同责任单位:市发改委、市财政局、市自然资源局、市住建局,各县区、功能板块")
    assert roles.lead == ["市教育局"]
    assert roles.cooperate == ["市发改委", "市财政局", "市自然资源局", "市住建局"]
    assert "共同" not in roles.lead and "功能板块" not in roles.cooperate
    roles = parse_roles("牵头单位:市教育局;共同责任单位:各县区、功能板块")
    assert (roles.lead, roles.cooperate) == (["市教育局"], [])
    # a plain 责任单位 list is untouched by the longer label; a named 功能区 body stays a unit
    assert parse_roles("责任单位:市发改委、市财政局").cooperate == ["市发改委", "市财政局"]
    assert split_units("市财政局、市机关管理局,各县区、功能板块") == (["市财政局", "市机关管理局"], ["各县区、功能板块"])
    assert not is_generic("临港功能区管委会")


def test_divided_duty_verb_is_no_part_of_the_last_name():
    # 西平 2020 法治政府建设工作安排 (http://xiping.gov.cn/portal/zwgk/zfwj/xzb/xzbelel/webinfo/2020/09/1606553978297842.htm)
    roles = parse_roles("责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政府按职责分工分别负责。")
    assert roles.lead == ["县政府办公室", "县司法局"]
    assert not any("按职责" in u for u in roles.lead + roles.cooperate)
    # the plain verbs are read as before (names whole, no verb glued to them)
    for note in ("县发改局、县财政局按职责分工负责", "县发改局、县财政局分别负责"):
        roles = parse_roles(note)
        assert sorted(roles.lead + roles.cooperate) == ["县发改局", "县财政局"]


def test_sentences_each_closed_by_a_note_before_the_full_stop():
    # 安化 2023 重点民生实事 (http://anhua.gov.cn/199/2808/2853/2855/content_1826015.html)
    line = ("4.开展妇幼健康守护行动。完成1个县级妇幼保健机构安化县妇幼保健院标准化建设(县卫健局牵头)。"
            "农村适龄及城镇低保适龄妇女“两癌”免费检查20400人(县妇联牵头)。")
    assert closed_duties(line) == ["4.开展妇幼健康守护行动。完成1个县级妇幼保健机构安化县妇幼保健院标准化建设(县卫健局牵头)。",
                                   "农村适龄及城镇低保适龄妇女“两癌”免费检查20400人(县妇联牵头)。"]
    got = [lead for lead, coop, text in _tasks("安化县2023年重点民生实事项目实施意见\n\n" + line + "\n", "anhua.txt")]
    assert got == [["县卫健局"], ["县妇联"]]
    # one note closing the line, or a bracket that is no note: no cut
    assert closed_duties("1.启动县域普通高中“徐特立项目”。改善办学条件(县教育局牵头)。") is None
    assert closed_duties("完成安化县妇幼保健院(二级)标准化建设。农村适龄妇女免费检查。") is None


QIAOCHENG = ("谯城区教育局2025年政府工作报告重点工作任务分解表\n\n序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n"
             "一、2025年经济社会发展的主要预期目标\n\n3\n\n固定资产投资增长7.5%左右。\n\n区发改委\n\n"
             "区工信局、区住建局、区交通局、区水利局、区农业农村局、区教育局、区卫健委,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。\n\n"
             "二、全力以赴扩投资、优服务,筑牢经济增长根基\n\n三、全力以赴延链条、壮集群,构建现代产业体系\n\n"
             "六、全力以赴惠民生、增福祉,加快社会事业发展\n\n68\n\n持续推进学前教育普及普惠、义务教育优质均衡发展,加快建设黎明小学、亳州四中等扩建教学楼项目。\n\n"
             "区教育局\n\n区政府有关部门,各乡镇人民政府、街道办事处。\n\n69\n\n深化与海亮集团合作,积极引进优质教育资源。\n\n区教育局\n\n区投资促进中心。\n\n"
             "73\n\n大力推进“安心托幼”,全区托位数提高至560\n")


def test_a_department_prints_its_own_rows_of_a_numbered_cell_table():
    # 谯城区教育局's rows of the 2025 分解表 (https://www.bzqc.gov.cn/XxgkContent/show/2831654.html): group headings between rows,
    # the numbering jumping (3, then 68, 69, 73), every cell closed by a full stop
    got = [(lead, coop) for lead, coop, text in _tasks(QIAOCHENG, "qiaocheng.txt")]
    assert got[0][0] == ["区发改委"] and "魏武国控集团" in got[0][1]
    assert got[1:3] == [(["区教育局"], []), (["区教育局"], ["区投资促进中心"])]
    # a body's name closed by a full stop is a unit cell; a sentence naming one body is text
    assert cell_kind("区投资促进中心。") == "units"
    assert cell_kind("建成县残疾人综合服务中心。") == "text"
    assert cell_kind("新建乡镇综合文化站。") == "text"


def test_a_later_number_after_a_full_row_opens_the_next_row():
    # a full row followed by a later number (a department's own rows, 69 then 73): the number opens the next row, where the
    # row used to swallow it and the next row's text as cells of its own
    table = ("2023年民生实事任务分解表\n\n序号\n\n工作任务\n\n责任单位\n\n1\n\n建成10个村卫生室\n\n县卫健局\n\n"
             "2\n\n新增学位20个\n\n县教育局\n\n5\n\n新建公园1个\n\n县住建局\n")
    got = [(lead, text) for lead, coop, text in _tasks(table, "seq.txt")]
    assert (["县教育局"], "新增学位20个") in got and (["县住建局"], "新建公园1个") in got


def test_a_fix_urged_by_the_body_in_charge():
    # 平利 市容环境综合整治 通报 (https://www.pingli.gov.cn/Content-1108393.html)
    assert _charged_by("整改措施:由县住建局督促商户更换。").lead == ["县住建局"]
    assert _charged_by("整改措施:由包片单位县文广局督促住户移走晾晒的衣物,并加强教育引导").lead == ["县文广局"]
    assert _charged_by("整改措施:由包片单位县民政局督促住户移走晾晒的坐垫").lead == ["县民政局"]
    # 督促 with no body in charge before it, or a class: no named lead
    assert _charged_by("县双创办将督促各单位整改落实。") is None
    roles = _charged_by("由各乡镇督促农户整改。")
    assert roles is None or not roles.lead


def test_bodies_a_meeting_requires_to_act():
    # 澧南镇 秸秆禁烧 调度会 (http://www1.ekgqq.com/zcmbhl/7983.html)
    roles = _required_subjects("会议要求,镇秸秆禁烧巡查队、镇村两级包保干部严格按照《澧南镇农作物秸秆禁烧工作方案》执行24小时值班巡查")
    assert roles.lead == ["镇秸秆禁烧巡查队"]
    # cadres or classes only, a functional name, or no adverb of the order: none
    assert _required_subjects("会议要求,镇村两级干部严格按照方案执行") is None
    assert _required_subjects("会议要求,各村(社区)提前掌握属地内秸秆存量") is None
    assert _required_subjects("会议要求,教育部门严格落实校园安全责任") is None
    assert _required_subjects("会议要求,全镇上下要统一思想") is None


YUEQING = ("2022年度省市县三级民生实事共计126项。\n"
           "另,“新开工提标加固海塘18.4公里”(市水利局)、“公共场所新增AED”(市红十字会)、“老旧小区改造”(市住建局)、"
           "“完成回迁安置857户以上”(市住建局)、“实施二次供水改造提升8个居民小区”(市综合行政执法局)等5个项目曾因过程性滞后被温州通报,"
           "但均能如期完成。“居家养老服务设施改造”(市民政局)被温州采纳为亮点案例。\n")


def test_quoted_projects_each_followed_by_its_body():
    # 乐清 2022年度民生实事 完成情况 (http://bbs.21yq.com/forum.php?action=printable&mod=viewthread&tid=1183855)
    got = [(lead, text) for lead, coop, text in _tasks(YUEQING, "yueqing.txt")]
    assert got == [(["市水利局"], "新开工提标加固海塘18.4公里"), (["市红十字会"], "公共场所新增AED"), (["市住建局"], "老旧小区改造"),
                   (["市住建局"], "完成回迁安置857户以上"), (["市综合行政执法局"], "实施二次供水改造提升8个居民小区"),
                   (["市民政局"], "居家养老服务设施改造")]
    # one quoted name glossed by a bracket, a quoted document title, or a bracket that is no body: no task
    assert _tasks("会议审议了“十四五”规划纲要(草案)和“民生实事”(2023年)项目。\n", "neg1.txt") == []
    assert _tasks("印发了“关于加强安全生产的通知”(市政府办)和“关于做好防汛工作的意见”(市应急局)。\n", "neg2.txt") == []
    assert _tasks("开展“清洁家园”(市城管局)专项行动。\n", "neg3.txt") == []
