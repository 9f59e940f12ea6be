"""Readers widened for fresh40's task misses and extras (stop 25's tasks100): the future 将 before the span of time a body
gives itself (`将用100天左右的时间`), before 明确, and before the whole area it acts over (`将在全区范围内开展`); a province-level
place printed short as a party (`广西将…`); a government head printed with his place taking other bodies' heads out
(`自治区副主席X率拉萨市和自治区相关部门负责人赴…`); and three extras: a meeting a body calls alone (`X组织召开…会`), the
body's own counted teams (`X组织5个明察暗访组`), a letter's 主送 list run on into its body (`各市…局、Y局:根据…现将…`). Each
with the real lines it was written from (and other real pages where the pages corpus held one) and real negatives that must
not match."""

import pytest

from conftest import sentence_roles

from kg.extract.duties import _HEADLINE
from kg.extract.tasks import extract_tasks
from kg.parse.normalize import normalize_lines
from kg.parse.segment import segment_issue


def _roles(sentence: str):
    roles, _ = sentence_roles(sentence)
    return roles.lead, roles.cooperate


@pytest.mark.parametrize("sentence,lead,cooperate", [
    # 将 before the span of time, and before 明确 (fresh40's 广西 自建房 page, lines 8 and 12): the region printed short leads
    ("近日,记者从自治区住房城乡建设厅获悉,从6月开始,广西将用100天左右的时间集中开展全区经营性自建房安全专项整治“百日攻坚”行动,"
     "确保到9月底前,全部完成初步判定存在严重安全隐患的经营性自建房房屋安全鉴定工作。", ["广西"], []),
    ("“百日攻坚”行动期间,广西将明确时间表、路线图以及职责分工,实施“日抽查、周调度、月通报”制度,把攻坚任务、完成时限具体化、表格化。",
     ["广西"], []),
    # 将在 + the whole area (fresh40's 宁夏 食药局 page, line 5, and its s2twp copy)
    ("一是专项抽检。春节前,自治区食品药品监督管理局将在全区范围内开展食品安全专项抽检工作,抽检范围覆盖食品10个品种148批次。",
     ["自治区食品药品监督管理局"], []),
    ("一是專項抽檢。春節前,自治區食品藥品監督管理局將在全區範圍內開展食品安全專項抽檢工作,抽檢範圍覆蓋食品10個品種148批次。",
     ["自治区食品药品监督管理局"], []),
    # a province printed short with a word 将 already read (四川's answer to the State Council's inspectors, 四川日报 2021-09-02,
    # the pages corpus's copy of "国务院第十四督查组…对四川省开展实地督查")
    ("四川将认真贯彻落实习近平总书记重要指示精神和李克强总理重要批示要求。", ["四川"], []),
    # negatives: 将 before the place a thing was found (fresh40's 青海 巡查, rule 4), 将在 + no whole area (sample corpus 003:785's
    # wording), a passive with 工作 as subject (fresh40's 广西, line 10)
    ("同时,根据《2025年度市州党委和政府、省安委会成员单位安全生产工作巡查要点》和地区实际选取重点行业领域开展明查暗访,将在市州级党委和"
     "政府发现的问题,归口溯源到相关成员单位,推动自上而下解决问题。", [], []),
    ("信息提供应按照规定的原则,及时准确归集市场主体信用信息,对于应录入不录入的单位将在一定范围内通报。", [], []),
    ("据了解,全区初步判定存在严重和一定安全隐患的经营性自建房分类整治工作将加快推动,确保到9月底整治销号率至少达到50%及以上。", [], []),
    # the bodies named before, pointed back to by their count (fresh20's 泰安, line 9; fresh22's 鹤壁, line 9; fresh21's 张掖, line 14)
    ("下一步,两部门将加大联合执法力度,防止夜间渣土运输车辆存在侥幸心理,钻管理的空子。", [], []),
    ("下一步,三部门将采取突击检查、移动跟踪、定点设卡等有效手段,加强客运市场监管。", [], []),
    ("今后,两地生态环境部门将按照联合执法协议不断加强沟通协作。", [], []),
    # 定于 + a date (fresh40's 海口 notice, line 3; its s2twp copy), 组织协调并实施 (fresh40's 延吉, line 12), 将会 尽职尽责 after the
    # helpers' departments, 我 before the group's own name (fresh40's 乌海, line 7); negatives: 会议定于 (no body), 我们将 (no name)
    ("我局定于11月5日组织专家组对2025年海口市第四批科技型中小企业评价企业开展实地核查工作,注意事项如下:", ["我局"], []),
    ("我局定於11月5日組織專家組對2025年海口市第四批科技型中小企業評價企業開展實地核查工作,注意事項如下:", ["我局"], []),
    ("會議定於12月召開,請各單位做好準備。", [], []),
    ("據介紹,此次督查由延吉市委、延吉市政府督查室組織協調並實施,督查工作結束後,督查室負責第一時間對各部門整改落實情況進行督查通報。",
     ["延吉市委", "延吉市政府督查室"], []),
    ("在攸攸板镇及海西办事处相关部门的配合下,我第十督导组将会尽职尽责做好西部城区百日攻坚战工作。", ["第十督导组"],
     ["攸攸板镇", "海西办事处"]),
    ("我们将继续加大执法力度,确保整治取得实效。", [], []),
    ("在县公安局、县交警大队的配合下,县交通运输局对辖区货运车辆开展检查。", ["县交通运输局"], ["县公安局", "县交警大队"]),
    # a government head printed with his place, taking other bodies' heads out (fresh40's 西藏 epaper, line 9): the place of
    # his post leads, the city cooperates, the region's departments are a class
    ("本报拉萨8月16日讯(记者 王雨霏)在喜迎西藏和平解放70周年之际,16日上午,自治区副主席甲热·洛桑丹增率拉萨市和自治区相关部门负责人"
     "赴拉萨城关万达广场,调研检查食品安全、产品质量等工作。", ["自治区"], ["拉萨市"]),
    # negatives: a head printed with no place (http://hepingcm.com/gtx/2021-07/17/content_1490526.html; fresh13's 苍溪), leaders
    # by rank alone (fresh25's 秀洲: the bodies cooperate, none leads)
    ("根據省委安排,7月14日至15日,副省長郭寧寧帶領省直有關部門負責同志,深入莆田市開展2021年省委和省政府工作檢查。", [], []),
    ("副县长、公安局局长张家和带领交警大队、路政所、运管所等部门负责人一行到乡镇调研督导交通秩序整治工作。", [], []),
    ("秀洲区相关领导率区公安分局、区消防大队、区教育文化体育局、区综合行政执法局、区工商分局及市文化市场执法支队一行开展文化市场联合执法"
     "检查行动。", [], ["区公安分局", "区消防大队", "区教育文化体育局", "区综合行政执法局", "区工商分局", "市文化市场执法支队"]),
    # extras: a meeting the body calls alone (fresh40's 青海 巡查, line 9), the body's own counted teams (fresh40's 云南 通报, line 7;
    # http://news.xinxuanze.com.cn/2017/shehui_0807/6501.html), a letter's addressees run on into its body (fresh40's 河北
    # converter page, line 4)
    ("1月20日,省安委办组织召开安全生产巡查专题培训动员会,对巡查工作进行专题培训和部署,进一步统一思想、明确工作要求、严明工作纪律。",
     [], []),
    ("近日,省森防指办公室再次组织5个明察暗访组,对昆明市、玉溪市、楚雄州、大理州、丽江市、怒江州、迪庆州等7个州、市的森林草原防灭火"
     "工作落实情况开展了明察暗访。", [], []),
    ("从8月2日起,省政府组成了9个督查组,对全省18个省辖市、10个省直管县(市)和郑州航空港经济综合实验区进行实地督查。", [], []),
    ("各市(含定州、辛集市)工业和信息化局、雄安新区改革发展局:根据《河北省优质中小企业梯度培育管理实施细则》(冀工信企业函〔2022〕611号)"
     "规定,经企业自主申报、各市推荐、专家审核,现将2023年第三批河北省创新型中小企业名单予以公布。", [], []),
    # (the 主送 list opening with a class, its body opening with the basis it acts on, no 现将 in reach: entrep66's 宁波 撤销 notice)
    ("各区县(市)、市直开发园区应急管理局:根据《浙江省企业安全生产标准化建设定级办法》有关规定,经企业申请,决定撤销以下企业的安全生产"
     "标准化等级。", [], []),
    # a page's metadata field before its colon (the dev set's 任城, docmeta33's 黄冈, docmeta38's 唐县 and 株洲, fresh3's 龙海,
    # fresh31's 天津, fresh27's 石嘴山, fresh15's 马祖)
    ("发布部门:济宁市任城区人民政府", [], []),
    ("發布機關:黃岡市新型冠狀病毒感染的肺炎防控指揮部", [], []),
    ("批准机关:河北省人民政府", [], []),
    ("联系部门:株洲市自然资源和规划局(天元区长江北路369号)国土空间生态修复科", [], []),
    ("解读机构:漳州市龙海区司法局", [], []),
    ("(联系处室:市工业和信息化局中小企业服务发展处;", [], []),
    ("内容出处:《石嘴山年鉴2021》图书", [], []),
    ("出处:中国水产养殖网综合", [], []),
    # positives kept: a body organising named partners, a colon duty opening with 根据 (constructed from the readers' own rows),
    # a duty list's colon line (fresh15's 北京 成员单位职责, line 9)
    ("县安委办组织县应急局、县住建局等部门开展联合检查。", ["县安委办"], ["县应急局", "县住建局"]),
    ("区公安分局：根据职责负责辖区治安管理。", ["区公安分局"], []),
    ("市城管执法局:负责环境秩序综合整治的组织工作,协调、督促各区县政府和有关部门开展综合整治工作。", ["市城管执法局"], []),
])
def test_fresh40_wordings(sentence, lead, cooperate):
    assert _roles(sentence) == (lead, cooperate)


def test_a_news_item_gives_the_regions_two_future_lines():
    """fresh40's 广西 自建房 page in brief (guangxi-zijianfang-…-guangxi-jiang.txt:8-12): both 广西将 lines are tasks, the passive
    line between them none."""
    text = ["广西开展经营性自建房安全专项整治“百日攻坚”",
            "近日,记者从自治区住房城乡建设厅获悉,从6月开始,广西将用100天左右的时间集中开展全区经营性自建房安全专项整治“百日攻坚”行动。",
            "据了解,全区初步判定存在严重和一定安全隐患的经营性自建房分类整治工作将加快推动,确保到9月底整治销号率至少达到50%及以上。",
            "“百日攻坚”行动期间,广西将明确时间表、路线图以及职责分工,实施“日抽查、周调度、月通报”制度。"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(text)), "guangxi.txt"))
    assert [([u["name"] for u in t["lead"]], t["source"]["line_start"]) for t in tasks] == [(["广西"], 2), (["广西"], 4)]


@pytest.mark.parametrize("headline", [
    "嘉定城管工业区中队:多措并举,提升城乡结合部管理效能",  # fresh40's 嘉定, line 1
    "真新城管中队:美丽商区,从我做起",  # fresh12's 真新, line 1 (http://chengguan.jiading.cn/gzdt/zxzd/content_508066)
    "蜜蜂张街道:重拳出击,整治占道经营",  # fresh24's 二七区, line 2
    "圖強林業局潮中林場:靶向發力護生態 筑牢野生動植物保護屏障",  # the space-parted form read before (tasks44)
])
def test_a_headline_naming_its_body_before_slogans_is_no_task(headline):
    text = [headline, "发布日期:2021-10-29", "娄塘地区作为城乡结合部,对其的市容市貌治理一直是嘉定工业区城管中队的工作重点。"]
    assert extract_tasks(segment_issue(normalize_lines("\n".join(text)), "headline.txt")) == []


@pytest.mark.parametrize("line", [
    "一、县公安局:负责治安,配合执法检查",
    "二、县交通局:加强巡查,及时处置",
    "14.市卫生局:负责医院周边环境秩序综合整治的协调工作;负责对大排档的食品卫生进行监管,查处非法行医等违法行为。",  # fresh15's 北京
])
def test_a_colon_duty_line_is_no_headline(line):
    """A duty list's line with a comma after its colon is no headline (constructed from the readers' own rows, and fresh15's
    北京 成员单位职责 line 9)."""
    assert not _HEADLINE.match(line)


def test_the_bodies_just_named_pointed_back_to_are_one_task():
    """fresh40's 延吉 line 12: `督查室負責…` after `由延吉市委、延吉市政府督查室組織協調並實施` points back to the two just named (one
    task, both lead); a later clause naming a body of its own still is its own task (the cut's own example)."""
    text = ["延吉市督查组环保督查整改",
            "據介紹,此次督查由延吉市委、延吉市政府督查室組織協調並實施,督查工作結束後,督查室負責第一時間對各部門整改落實情況進行督查通報。",
            "县财政局要做好资金保障,及时拨付项目资金,县自然资源和规划局要及时跟进用地审批。"]
    tasks = extract_tasks(segment_issue(normalize_lines("\n".join(text)), "yanji.txt"))
    assert [([u["name"] for u in t["lead"]], t["line"]) for t in tasks] == [
        (["延吉市委", "延吉市政府督查室"], 2), (["县财政局"], 3), (["县自然资源和规划局"], 3)]
