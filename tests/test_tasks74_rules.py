"""Readers added in stop 23's tasks74 for causes the development sets share (fresh35, tasks39, tasks28), each with the real lines
it was written from, other real pages with the same wording where the pages corpus held one, and negatives that must not match."""

import pytest

from conftest import sentence_roles

from kg.parse.normalize import normalize_line


@pytest.mark.parametrize("sentence,coop", [
    # fresh35's 维西 (http://www.xgll.com.cn/xwzx/2013-10/30/content_108172.htm): three counties' forest police, the suffix printed
    # once after the list, each place named as printed
    ("近日,维西县与怒江州兰坪县、丽江市玉龙县森林公安机关签订案件协查和治安管理协作协议,联手打击破坏森林资源违法活动、维护林区治安秩序。",
     ["维西县", "怒江州兰坪县", "丽江市玉龙县森林公安机关"]),
    # tasks39's 天荒坪 (http://szb.hz66.com/hzrb/html/2024-06/28/content_117517_17564642.htm): two party branches, a wire credit
    # and a time before 与
    ("本报讯 安吉县天荒坪镇综合行政执法队党支部日前与余山供电所党支部签署“党建共建共创”协议书,双方将通过“联防、联动、联治”工作机制,"
     "进一步整合优势资源。", ["安吉县天荒坪镇综合行政执法队党支部", "余山供电所党支部"]),
    # another page (http://lygc.lknet.ac.cn/d/zgly/a8a23c4dbc69719f82d5f43d51c80727.html): two bureaus of two provinces
    ("日前,天津市蓟县林业局与北京平谷区林业局签订了森林防火联防协议。", ["天津市蓟县林业局", "北京平谷区林业局"]),
])
def test_parties_signing_an_agreement_all_cooperate(sentence, coop):
    roles, style = sentence_roles(sentence)
    assert (roles.lead, roles.cooperate, style) == ([], coop, "joint_no_lead")


@pytest.mark.parametrize("sentence", [
    # a letter of responsibility handed to a class (constructed); a business (constructed); a signing ceremony named only
    # (a 东山街 report the pages corpus holds without its address); the sample corpus's regulations: a class and an unnamed party
    "县政府与各乡镇签订安全生产目标责任书。",
    "区政府与华为技术有限公司签署战略合作协议。",
    "5月16日,东山街机关党支部与中建三局东西湖片区联合党支部举行党建结对联建协议签约仪式。",
    "或与有关企业签订协议，保障应急救援物资、生活必需品和应急处置",
    "对生产经营单位未与承包单位、承租单位签订专门的安全生产管理协议的。",
])
def test_no_parties_signing(sentence):
    from kg.extract.joint_partners import signed_together
    assert signed_together(normalize_line(sentence)) is None


@pytest.mark.parametrize("sentence,lead,coop", [
    # fresh35's 通海: the lead printed with its staff (全体男民警辅警), the partner with its staff (工作人员): both stand for their body
    ("2月20日,通海县森林公安局全体男民警辅警联合通海县秀山自然保护区管护局工作人员对秀山进行了武装巡护。",
     ["通海县森林公安局"], ["通海县秀山自然保护区管护局"]),
    # (constructed from the same wording: 全体民警)
    ("县公安局全体民警联合县林业局开展森林防火巡逻。", ["县公安局"], ["县林业局"]),
    # tasks28's 五道水 (a converter copy of the page): staff of no named body drawn in are persons, the station leads alone
    ("日前,桑植县五道水镇交管站联合相关执法人员开展了路面超限超载执法行动,为冬春交通安全出行护航。", ["桑植县五道水镇交管站"], []),
])
def test_staff_on_either_side_of_a_joint_action(sentence, lead, coop):
    roles, style = sentence_roles(sentence)
    assert (roles.lead, roles.cooperate, style) == (lead, coop, "joint_action")


def test_a_partners_staff_braving_the_weather_before_what_they_did():
    # fresh35's 通海 as printed: the partner's staff 头顶烈日、翻山越岭 before the comma and 对…进行了武装巡护
    roles, style = sentence_roles("近日,通海县森林公安局全体男民警辅警联合通海县秀山自然保护区管护局工作人员头顶烈日、翻山越岭,对涉及里山乡、秀山街道、"
                          "九龙街道、河西镇的部分核心保护区、实验区进行了武装巡护。")
    assert (roles.lead, roles.cooperate, style) == (["通海县森林公安局"], ["通海县秀山自然保护区管护局"], "joint_action")
    # (fresh25's 太湖 wording, the group formed after the comma, still read; constructed with a named lead)
    roles, _ = sentence_roles("县环保局联合县农业综合服务中心执法人员冒着炎热高温天气,组成联合执法队。")
    assert (roles.lead, roles.cooperate) == (["县环保局"], ["县农业综合服务中心"])


@pytest.mark.parametrize("line,body", [
    # fresh35's 维西: a news paragraph the header reader counted among the headline's lines (its wire credit a short first clause)
    ("香格里拉网讯(通讯员何晓华)近日,维西县与怒江州兰坪县、丽江市玉龙县森林公安机关签订案件协查和治安管理协作协议,联手打击破坏森林资源违法活动、"
     "维护林区治安秩序。", True),
    # fresh26's 漷县 (the older rule: several long clauses; its converter's pinyin left out)
    ("2022年秋季學期即將開學,漷縣鎮市場監督管理所聯合鎮相關部門對轄區的中小學校、幼兒園進行日常檢查,重點檢查食堂食品安全及環境衛生,"
     "切實保障師生用餐安全,及時消除食品安全隱患,預防校園食品安全事故的發生。", True),
    # negatives: the same page's headline; a long title with its 文号 (sample-style, constructed); a title with a book title mark
    ("维西兰坪玉龙共建平安林区", False),
    ("关于印发维西县森林防火工作方案的通知,维政办发〔2013〕12号,发布单位维西县人民政府办公室,发布日期2013年10月30日", False),
    ("关于印发《维西县森林防火工作方案》的通知,请各乡镇、县直各部门结合本地本部门实际认真贯彻落实执行。", False),
])
def test_a_body_paragraph_among_a_headlines_lines(line, body):
    from kg.extract.duties import _body_paragraph
    assert _body_paragraph(line) is body


def test_staff_of_no_named_body_lead_nothing():
    # negatives: staff before 联合 with no body's name (constructed); a station's officers with a place before them that is no body
    # (constructed)
    from kg.extract.joint_action import joint_action
    assert joint_action(normalize_line("全体民警联合县林业局开展巡逻。")) is None
    assert joint_action(normalize_line("城区派出所民警联合社区工作人员开展走访。")) is None


def test_places_sharing_one_body_each_joining_a_partner():
    # fresh35's 川渝 (由A、B、C、D生态环境部门分别联合E、F、G、H生态环境部门): the suffix printed once after each list, every place as
    # printed; the four districts' bodies lead, the four cities' bodies cooperate
    roles, style = sentence_roles("第二阶段为市区级联合执法,自即日起至2023年11月底,由重庆市合川区、潼南区、荣昌区、梁平区生态环境部门分别联合四川省广安市、"
                          "资阳市、内江市、达州市生态环境部门,对重点区域内的重点点位开展现场检查,其余毗邻地区开展常态性联合执法和环境风险隐患排查。")
    assert (roles.lead, roles.cooperate, style) == (["重庆市合川区", "潼南区", "荣昌区", "梁平区生态环境部门"],
                                                    ["四川省广安市", "资阳市", "内江市", "达州市生态环境部门"], "joint_action")
    # (分别 before 联合 with named bureaus, constructed: each leads)
    roles, _ = sentence_roles("县交通局、县公安局分别联合县市场监管局开展检查。")
    assert (roles.lead, roles.cooperate) == (["县交通局", "县公安局"], ["县市场监管局"])


def test_bare_places_before_no_body_lead_nothing():
    # negatives: places alone before 联合, their last item no body (a 川渝 report, http://www.sxhbgcpt.com/news/show.php?itemid=1121:
    # left as it was read); a class after the places (constructed)
    from kg.extract.joint_action import joint_action
    assert joint_action(normalize_line("资阳市、遂宁市联合重庆市大足区、潼南区在琼江、高升河、西眉河沿线开展跨流域生态环境联合执法行动。")) is None
    assert joint_action(normalize_line("合川区、潼南区各部门联合县公安局开展检查。")) is None
