"""Readers widened for fresh53's misses (issue #16, round166), each with the real lines it was written from
(benchmarks/data/other_districts_fresh53/texts, file and line per row) and plain negatives: a law site's page headed by
the 办法 a joint notice issues (kg/parse/issuing_notice.py); a title run on with its 主送 and no 文号; a national commission's
`…文件` banner and its title line (patterns.NATIONAL_ORGAN); the number and the date in one parenthesis under a title
(header_lines._DATE_AND_NUMBER); a jury's 审定 (held_lists._ACT); a short name beside a named firm in a group counted as 企业
(kg/extract/short_siblings.py); holders implied by a 龙头 title's monitoring or a 中小企业 list's entry
(kg/extract/implied_holders.py); a household is no trade name (enterprise_sentences.short_run)."""

import pytest

from kg.extract.enterprise_sentences import short_run
from kg.extract.held_lists import act_holders
from kg.extract.implied_holders import implied_holders, monitored_holders, sme_entrants
from kg.extract.short_siblings import with_short_siblings
from kg.parse.issuing_notice import issuing_notice_below, joint_organs_of
from kg.parse.normalize import compact, fold, normalize_lines
from kg.parse.segment import segment_issue

# (what, text, [(title, 文号, issuer, date)]) — titles and issuers as the normaliser reads them (simplified, residue off)
HEADERS = [
    # ningxia_zizhiqu-zhengfu-bangongting-2001-gongwen-geshi-guiding-tongzhi.txt lines 1-5: the title over two lines, then
    # the number and the date in one parenthesis, as gazettes print them
    ("number and date in one parenthesis under a two-line title",
     "宁夏回族自治区人民政府办公厅关于印发\n《宁夏回族自治区人民政府公文格式规定》的通知\n(宁政办发〔2001〕99号 2001年5月29日)\n"
     "固原行署,各市、县(区)人民政府,自治区政府各部门、直属机构:\n为了保持自治区人民政府公文形式和公文格式的统一、严肃、整洁,现予印发。\n",
     [("宁夏回族自治区人民政府办公厅关于印发《宁夏回族自治区人民政府公文格式规定》的通知", "宁政办发〔2001〕99号",
       "宁夏回族自治区人民政府办公厅", "2001-05-29")]),
    # heilongjiang_nongyenongcunting-2025-longtou-qiye-rending-jiance-banfa-lianhe-tongzhi.txt lines 1-20 (the field lines
    # once): a law site's heading names the attached 办法 with its version tag; the notice issuing it, eight organs in its
    # title, and its number follow the fields; the field names the same organs, the last cut short
    ("a law site headed by the 办法 its joint notice issues",
     "黑龙江省农业产业化重点龙头企业认定和运行监测管理办法(2025修改)\n\n"
     "颁布机构: 黑龙江省农业农村厅 黑龙江省发展和改革委员会 黑龙江省财政厅 黑龙江省商务厅 中国人民银行黑龙江省分行 国家税务总局黑龙江省税务局 "
     "中国证券监督管理委员会黑龙江监管局 黑龙江省供销合作社\n生效状态: 在用\n所属类型: 地方规范性文件\n适用地区: 黑龙江省\n适用领域: 认证认可\n"
     "生效日期: 2025/09/02\n颁布日期: 2025/09/02\n\n"
     "黑龙江省农业农村厅、黑龙江省发展和改革委员会、黑龙江省财政厅、黑龙江省商务厅、中国人民银行黑龙江省分行、国家税务总局黑龙江省税务局、"
     "中国证券监督管理委员会黑龙江监管局、黑龙江省供销合作社联合社关于印发《黑龙江省农业产业化重点龙头企业认定和运行监测管理办法》的通知"
     "(2025修改)\n\n黑农厅联规〔2025〕11号\n\n\n"
     "各市(地)、县(市、区)农业农村局、发展改革委(局)、财政局、商务局、供销合作社,中国人民银行黑龙江省各地市分行:\n\n"
     "  为深入实施乡村振兴战略,对2019年印发的《黑龙江省农业产业化重点龙头企业认定和运行监测管理办法》进行了修改完善。\n",
     [("黑龙江省农业农村厅、黑龙江省发展和改革委员会、黑龙江省财政厅、黑龙江省商务厅、中国人民银行黑龙江省分行、国家税务总局黑龙江省税务局、"
       "中国证券监督管理委员会黑龙江监管局、黑龙江省供销合作社联合社关于印发《黑龙江省农业产业化重点龙头企业认定和运行监测管理办法》的通知",
       "黑农厅联规〔2025〕11号",
       "黑龙江省农业农村厅、黑龙江省发展和改革委员会、黑龙江省财政厅、黑龙江省商务厅、中国人民银行黑龙江省分行、国家税务总局黑龙江省税务局、"
       "中国证券监督管理委员会黑龙江监管局、黑龙江省供销合作社联合社", "2025-09-02")]),
    # quanguo_guoziwei-wenmingwei-2011-fucha-tuijian-quanguo-wenming-danwei-converter.txt lines 1-4: a national commission's
    # banner over a title printed without its organ, then 主送 (converter residue)
    ("a national commission's 文件 banner over its title",
     "國資委精神文明建設(shè)指導(dǎo)委員會文件\n關(guān)于復(fù)查推薦全國文明單位的通知\n各中央企業(yè)黨委(黨組):\n"
     "根據(jù)中央文明辦《關(guān)于做好第三批全國文明城市、文明村鎮(zhèn)、文明單位等推薦工作的通知》(文明辦[2011]8號)精神,國資委文明辦將進(jìn)行復(fù)查。\n",
     [("关于复查推荐全国文明单位的通知", None, "国资委精神文明建设指导委员会", None)]),
]


@pytest.mark.parametrize("what,text,want", HEADERS, ids=[h[0] for h in HEADERS])
def test_header_styles(what, text, want):
    issue = segment_issue(normalize_lines(text), "x.txt")
    assert [(d.title, d.doc_number, d.issuer, d.date) for d in issue.documents] == want


def test_a_title_run_on_with_its_recipients_and_no_number():
    # xizang_wenmingban-2015-disijie-wenming-danwei-tuijian-tongzhi.txt lines 1-9: an essay site's heading, its post date,
    # then the notice's title (spaces as printed) run on with 主送 and body on one line (the real line 9, whole)
    text = ("西藏精神文明建设评选表彰通知文明单位评选申报表\n\n2024-12-19 版权声明 我要投稿\n\n西藏精神文明建设评选表彰通知文明单位评选申报表\n\n"
            "西藏精神文明建设评选表彰通知文明单位评选申报表 篇1\n\n"
            "西藏自治区文明办关于做好第四届自治区文明村镇 文明县城 文明单位 文明社区 第五届自治区文明户推荐工作的通知 各地市文明办、区(中)直各部门"
            ":党的十八大以来,在中央文明办有力指导下,在自治区党委坚强领导下,全区各地各部门认真贯彻落实中央和自治区关于锲而不舍抓好社会主义精神文明建设"
            "的系列部署要求,积极培育和践行社会主义核心价值观,大力开展群众性精神文明创建活动,全区城乡文明程度和公民文明素质进一步提升,为推进西藏跨越式"
            "发展和长治久安发挥了重要作用。为充分展示社会主义精神文明建设丰硕成果,推动群众性精神文明创建活动深入发展,根据自治区文明委2015年工作安排"
            ",经自治区文明委领导批准,今年评选表彰第四届自治区文明村镇、文明县城、文明单位、文明社区和第五届自治区文明户。现将有关事项通知如下:"
            "\n\n一、指导思想\n")
    doc = next(d for d in segment_issue(normalize_lines(text), "x.txt").documents if d.line_start <= 9 <= d.line_end)
    assert (compact(doc.title), doc.issuer) == (
        "西藏自治区文明办关于做好第四届自治区文明村镇文明县城文明单位文明社区第五届自治区文明户推荐工作的通知", "西藏自治区文明办")


def test_an_organ_line_over_the_title_of_a_central_commission():
    # quanguo_zhongyang-wenmingwei-2009-dierpi-quanguo-wenming-chengshi-danwei-biaozhang-jueding-converter.txt lines 1-3
    text = ("新華社北京1月22日電\n中央精神文明建設(shè)指導(dǎo)委員會(huì)\n"
            "關(guān)于表彰第二批全國文明城市(區(qū))、文明村鎮(zhèn)、文明單位和第四批全國創(chuàng)建工作先進(jìn)城市(區(qū))的決定\n"
            "2005年中央文明委表彰首批全國文明城市等創(chuàng)建工作先進(jìn)典型以來,各地各部門高舉中國特色社會(huì)主義偉大旗幟。\n")
    (doc,) = segment_issue(normalize_lines(text), "x.txt").documents
    assert doc.issuer == "中央精神文明建设指导委员会"


def test_the_issuing_notice_is_the_one_naming_the_heading():
    lines = normalize_lines("某省农业产业化重点龙头企业认定办法(2025修改)\n颁布机构: 某省农业农村厅 某省财政厅\n"
                            "某省农业农村厅、某省财政厅关于印发《某省农业产业化重点龙头企业认定办法》的通知(2025修改)\n"
                            "某省农业农村厅、某省财政厅关于印发《某省农民合作社示范社评定办法》的通知\n")
    heading = lines[0].text
    assert issuing_notice_below(lines, 2, 3, heading) == (
        2, "某省农业农村厅、某省财政厅关于印发《某省农业产业化重点龙头企业认定办法》的通知")
    # (constructed guard) a notice issuing another document than the heading's is not the page's document
    assert issuing_notice_below(lines, 3, 4, heading) is None
    # the organs as the title prints them where the field names the same ones; none where it names others
    title = issuing_notice_below(lines, 2, 3, heading)[1]
    assert joint_organs_of(title, lines, 1) == ["某省农业农村厅", "某省财政厅"]
    other = normalize_lines("颁布机构: 某省商务厅")
    assert joint_organs_of(title, other, 0) == []


# (sentence, page level, [(holder, class)])
ACTS = [
    # heilongjiang_sheng-kejiting-gaoxin-jishu-longtou-qiye-pingxuan-shoujie.txt line 5: a jury's 审定, a short name beside
    # a firm named by its 集团 ending in a group counted as 企业 (names as printed, fresh47's 呼兰)
    ("最后,由省科技厅组织的大评委会议审定亿阳集团、哈飞等12家企业为本年度本省高新技术龙头企业。", None,
     [("亿阳集团", "省级"), ("哈飞", "省级")]),
]


@pytest.mark.parametrize("sentence,level,want", ACTS)
def test_act_holders(sentence, level, want):
    assert act_holders(sentence, level)[0] == want


@pytest.mark.parametrize("region,names,want", [
    ("亿阳集团、哈飞等12家企业", ["亿阳集团"], ["亿阳集团", "哈飞"]),  # (fresh53 黑龙江 科技厅, line 5)
    ("亿阳集团、哈尔滨市等12家企业", ["亿阳集团"], ["亿阳集团"]),  # (constructed guard) a place is no sibling
    ("亿阳集团、张三等12人", ["亿阳集团"], ["亿阳集团"]),  # (constructed guard) a count of persons vouches for none
    ("亿阳集团、哈飞等12家企业", [], []),  # (constructed guard) no firm named by its ending: nothing to stand beside
])
def test_with_short_siblings(region, names, want):
    assert with_short_siblings(region, names) == want


@pytest.mark.parametrize("sentence,want", [
    # ningxia_zhongwei-nongyenongcunju-2025-gouqi-chanye-longtou-qiye.txt line 9: a national holder by its monitoring; the
    # companies the funds support beside it hold nothing
    ("积极争取自治区产业融合发展项目资金425万元,支持宁夏华宝枸杞产业有限公司、玺赞庄园枸杞有限公司、早康枸杞股份有限公司等8家枸杞企业进行"
     "农产品加工装备改造升级。协助宁夏华宝枸杞产业有限公司成功开展国家农业产业化重点龙头企业监测工作。",
     [("宁夏华宝枸杞产业有限公司", "国家级", None)]),
    # (real, fresh51's 鲁农产业字〔2022〕22号) an organ organising the monitoring names no holder
    ("组织开展了农业产业化省级重点龙头企业监测工作", []),
    # liaoning_gongxinting-2024-zhuanjing-texin-zhongxiao-qiye-shenyang-xibao-zhongxin-trad.txt line 3 (traditional)
    (compact(fold("沈陽細胞中心憑借“專”業化的核心業務、“精”細化管理流程、“特”色化的技術優勢及創“新”的研發能力,成功入選遼寧省專精特新中小企業榜單。")),
     [("沈阳细胞中心", "省级", None)]),
    # (constructed guards) a company's own technology centre, and an organ's centre, are no entrant
    ("某某股份有限公司技术中心凭借创新能力,成功入选辽宁省专精特新中小企业榜单。", []),
    ("沈阳市政务服务中心凭借优质服务,成功入选辽宁省专精特新中小企业榜单。", []),
])
def test_implied_holders(sentence, want):
    assert implied_holders(sentence) == want


def test_the_two_implied_readers_apart():
    assert monitored_holders("沈阳细胞中心凭借研发能力,成功入选辽宁省专精特新中小企业榜单。") == []
    assert sme_entrants("协助宁夏华宝枸杞产业有限公司成功开展国家农业产业化重点龙头企业监测工作。") == []


def test_households_are_no_short_run():
    # sichuan_zigong-2020-diwujie-sichuan-wenming-danwei-biaozhang-trad.txt line 8: 文明家庭 are families, no trade names
    assert short_run("自贡市的赖桂芳家庭、王淑华家庭、罗健家庭、李加建家庭、刘晓红家庭") == []
    # (the real 辽阳 run, docent59, still reads)
    assert short_run("港隆化工、康达塑胶、鸿港化工、金谷炭材、宏伟粮库、富强生物") == [
        "港隆化工", "康达塑胶", "鸿港化工", "金谷炭材", "宏伟粮库", "富强生物"]
