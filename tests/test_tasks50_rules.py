"""Readers added for tasks50's division documents (stop 21), each with the real lines it was written from and real or
plain negatives that must not match."""

from kg.extract.duty_roles import _instructed_pair
from kg.extract.tasks import extract_tasks
from kg.extract.units import split_units
from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue


def _tasks(text: str, name: str = "t.txt") -> list[tuple[list[str], list[str], str]]:
    tasks = extract_tasks(segment_issue(normalize_lines(text), name))
    return [([u["name"] for u in t["lead"]], [u["name"] for u in t["cooperate"]], t["text"]) for t in tasks]


def test_a_level_class_after_a_class_of_the_same_list_is_generic():
    # 遂宁's 负责部门 cells (https://www.suining.gov.cn/gongkai/show/59c771049d684296b517a8c985056f68.html)
    assert split_units("市住建局,各县(区)政府、市直园区管委会") == (["市住建局"], ["各县(区)政府", "市直园区管委会"])
    assert split_units("市住建局、市环保局,各县(区)政府、市直园区管委会")[1] == ["各县(区)政府", "市直园区管委会"]
    # a named body of the level stays a unit; a 市直 name with no class before it is untouched
    assert split_units("各乡镇、市直机关工委") == (["市直机关工委"], ["各乡镇"])
    assert "市直园区管委会" in split_units("市住建局、市直园区管委会")[0]


SUINING = ("|\n序号\n|\n工作任务\n|\n负责部门\n|\n时间进度\n|\n|\n1\n|\n完善城市管理体制\n|\n市委编办、市住建局、市城管局\n|\n"
           "省出台文件后 2 个月完成\n|\n|\n2\n|\n完善城市工作机制\n|\n市住建局,各县(区)政府、市直园区管委会\n|\n2016 年 6 底前\n|\n|\n"
           "3\n|\n推进市、县、园区数字化城市管理平台建设,将城市环卫作业纳入数字化城市管理平台监管\n|\n市城管局,各县(区)政府、市直园区管委会\n|\n常态工作\n|\n")


def test_a_sole_named_unit_beside_classes_leads_its_table_cell():
    # 遂宁's 负责部门 table, one cell a line and every bar on its own line: a plain list cooperates, a sole named unit
    # beside the classes leads (the classes generic), as fresh11's 责任单位 cells are read
    got = [(lead, coop) for lead, coop, text in _tasks(SUINING, "suining.txt")]
    assert got == [([], ["市委编办", "市住建局", "市城管局"]), (["市住建局"], []), (["市城管局"], [])]


def test_an_instruction_pairing_a_body_that_acts_and_one_that_helps():
    # a mayor's 批示 quoted in a news item (锦州, http://nzgx.org/html/ZhengCeFaGui/DiFangFaGui/20181113/551697.html)
    roles = _instructed_pair("9月17日,锦州市代市长于学利对锦州市海洋督察整改工作做出批示:“海洋局认真抓紧整改,市督查室搞好配合。")
    assert (roles.lead, roles.cooperate) == (["海洋局"], ["市督查室"])
    # no named body on either side, or no helping clause: no task of this style
    assert _instructed_pair("各级各部门认真抓紧整改,群众积极配合。") is None
    assert _instructed_pair("县财政局认真落实政策,确保资金及时到位。") is None
    assert _instructed_pair("海洋局认真抓紧整改,确保按时销号。") is None


JIANLI = ("编辑: 麒麟兔爷 2019-03-14\n"
          "附件 监利县2018年环境空气质量综合整治方案职责清单 工作任务和内容 责任单位 配合单位 完成时间 负责全县环境空气质量达标整治工作的舆论宣传,"
          "利用电台、电视、门户网站等媒体,开展全县环境空气质量达标整治工作的专题宣传和跟踪报道,对大气污染问题和违法排污企业进行公开曝光.\n\n"
          "县委宣传部 持续开展 负责大气污染综合治理工作任务的督导和检查考核工作. 县委县政府 督查室 持续开展 负责制定监利县城区扬尘污染整治百日攻坚"
          "工作方案,督促拆迁项目单位落实扬尘污染防治工作. 县五城办 7月底前制定 扬尘治理方案 在主要交通路口划定大货车禁行区域,设立禁行标志. 县公安局 "
          "持续开展 负责抓好砂石场的扬尘污染防治,加快推广新能源汽车. 县交通 运输局 12月底前完成新能源汽车更换\n")


def test_a_table_flowing_as_one_paragraph_without_row_numbers():
    # 监利's 职责清单 reposted on a forum (https://www.wanglu.net/thread/t4-381931-0.html): duty, unit cell (a wrapped
    # one printed with a space), 完成时间 cell, the next row's duty
    got = [(lead, coop) for lead, coop, text in _tasks(JIANLI, "jianli.txt")]
    assert got == [(["县委宣传部"], []), (["县委县政府督查室"], []), (["县五城办"], []), (["县公安局"], []),
                   (["县交通运输局"], [])]


def test_a_spaced_paragraph_without_such_a_header_is_no_flowing_table():
    # the same rows with no header (工作任务 … 完成时间) before them: no table is read
    text = ("关于做好大气污染防治工作的通知\n"
            "县委宣传部 持续开展 负责大气污染综合治理工作任务的督导和检查考核工作. 县五城办 7月底前制定 扬尘治理方案\n")
    assert not [t for t in _tasks(text) if t[0] == ["县五城办"]]
